//! Figures being counted: speed and satisfaction with their days to answer, and every
//! figure of one scope.

use super::packed::{AREAS, COUNTRIES, Filter, NONE, Packed, Row};
use crate::lifecycle::RequestState;
use crate::statistics::{
    ACCEPT_DAYS, Exchange, Figure, Figures, Performance, Step, TWO_WEEKS_DAYS, Volume,
};
use crate::{CountryCode, LegislativeArea};

/// Speed and satisfaction being counted, with how many answers took each number of days,
/// for the median (counting beats collecting: half a million answers make a short array).
#[derive(Debug, Default, Clone)]
pub(super) struct Speed {
    pub(super) performance: Performance,
    pub(super) took: Vec<u32>,
}

impl Speed {
    /// [`super::measure`] on the packed row.
    pub(super) fn measure(&mut self, row: &Row, today: i32) {
        self.fixed(row, true);
        self.waiting(row, today);
    }

    /// What a request adds (or, with `add` false, takes away) that does not depend on the
    /// day: everything but an acceptance still awaited.
    pub(super) fn fixed(&mut self, row: &Row, add: bool) {
        let p = &mut self.performance;
        if row.accepted != NONE {
            tally(
                &mut p.accepted_within_7_days,
                i64::from(row.accepted) - i64::from(row.received) <= ACCEPT_DAYS,
                add,
            );
        }
        if row.answered != NONE {
            let took = u32::try_from((row.answered - row.received).max(0)).unwrap_or(0);
            change(&mut p.days_to_answer.numerator, u64::from(took), add);
            change(&mut p.days_to_answer.denominator, 1, add);
            let slot = usize::try_from(took).unwrap_or(usize::MAX);
            if self.took.len() <= slot {
                self.took.resize(slot + 1, 0);
            }
            if add {
                self.took[slot] += 1;
            } else {
                self.took[slot] -= 1;
            }
            tally(
                &mut p.answered_within_two_weeks,
                i64::from(took) <= TWO_WEEKS_DAYS,
                add,
            );
            if row.deadline != NONE {
                tally(
                    &mut p.answered_by_agreed_date,
                    row.answered <= row.deadline,
                    add,
                );
            }
        }
        if row.timeliness != 0 {
            tally(&mut p.negative_timeliness, row.timeliness == 1, add);
        }
        if row.effort != 0 {
            tally(&mut p.negative_effort, row.effort == 1, add);
        }
    }

    /// What an acceptance still awaited adds on `today`: a late one once 7 days have passed.
    pub(super) fn waiting(&mut self, row: &Row, today: i32) {
        if row.accepted == NONE
            && row.state == RequestState::AwaitingAcceptance
            && i64::from(today) - i64::from(row.received) > ACCEPT_DAYS
        {
            tally(&mut self.performance.accepted_within_7_days, false, true);
        }
    }

    /// Adds another's sums.
    pub(super) fn merge(&mut self, other: &Speed) {
        let (p, o) = (&mut self.performance, &other.performance);
        for (mine, theirs) in [
            (&mut p.accepted_within_7_days, &o.accepted_within_7_days),
            (&mut p.days_to_answer, &o.days_to_answer),
            (&mut p.answered_by_agreed_date, &o.answered_by_agreed_date),
            (
                &mut p.answered_within_two_weeks,
                &o.answered_within_two_weeks,
            ),
            (&mut p.negative_timeliness, &o.negative_timeliness),
            (&mut p.negative_effort, &o.negative_effort),
        ] {
            mine.numerator += theirs.numerator;
            mine.denominator += theirs.denominator;
        }
        if self.took.len() < other.took.len() {
            self.took.resize(other.took.len(), 0);
        }
        for (mine, theirs) in self.took.iter_mut().zip(&other.took) {
            *mine += theirs;
        }
    }

    pub(super) fn finish(mut self) -> Performance {
        // The lower middle answer: the first number of days by which more than half of
        // the others (rounded down) have been counted.
        let answers = self.performance.days_to_answer.denominator;
        self.performance.median_days_to_answer = answers.checked_sub(1).and_then(|last| {
            let middle = last / 2;
            let mut counted = 0u64;
            self.took.iter().enumerate().find_map(|(days, n)| {
                counted += u64::from(*n);
                (counted > middle).then_some(days as u64)
            })
        });
        self.performance
    }
}

/// Counts a request in a figure (or, with `add` false, takes it out again).
pub(super) fn tally(figure: &mut Figure, hit: bool, add: bool) {
    change(&mut figure.denominator, 1, add);
    change(&mut figure.numerator, u64::from(hit), add);
}

pub(super) fn change(value: &mut u64, by: u64, add: bool) {
    if add {
        *value += by;
    } else {
        *value -= by;
    }
}

/// One step of a series being counted.
#[derive(Default, Clone)]
pub(super) struct StepCount {
    pub(super) sent: u64,
    pub(super) received: u64,
    pub(super) speed: Speed,
}

/// Every figure of one scope being counted.
pub(super) struct Counts {
    pub(super) scope: Packed,
    pub(super) requests: u64,
    pub(super) sent: u64,
    pub(super) received: u64,
    pub(super) open_now: u64,
    pub(super) overdue_now: u64,
    pub(super) speed: Speed,
    pub(super) steps: Vec<StepCount>,
    pub(super) areas: [(u64, u64); AREAS],
    pub(super) partners: [(u64, u64); COUNTRIES],
    pub(super) exchanges: Vec<u64>,
}

impl Counts {
    pub(super) fn new(scope: Packed) -> Counts {
        Counts {
            scope,
            requests: 0,
            sent: 0,
            received: 0,
            open_now: 0,
            overdue_now: 0,
            speed: Speed::default(),
            steps: Vec::new(),
            areas: [(0, 0); AREAS],
            partners: [(0, 0); COUNTRIES],
            exchanges: vec![0; COUNTRIES * COUNTRIES],
        }
    }

    /// Counts `row` as [`super::compute`] does.
    pub(super) fn add(&mut self, filter: &Filter, row: &Row, in_period: bool, today: i32) {
        let Some((sent, received)) = filter.sides(self.scope, row) else {
            return;
        };
        if row.is_open() {
            self.open_now += 1;
            self.overdue_now += u64::from(row.is_overdue(today));
        }
        if !in_period {
            return;
        }
        let (area, requester, responder) = (
            usize::from(row.area),
            usize::from(row.requester_country),
            usize::from(row.responder_country),
        );
        let step = filter.step(row.sent_month);
        self.add_cell(step, (area, requester, responder), 1, (sent, received));
        if received {
            self.speed.measure(row, today);
            self.steps[step].speed.measure(row, today);
        }
    }

    /// Counts `n` requests of one step and cell, sent and received as said.
    pub(super) fn add_cell(
        &mut self,
        step: usize,
        (area, requester, responder): (usize, usize, usize),
        n: u64,
        (sent, received): (bool, bool),
    ) {
        let (as_sent, as_received) = (n * u64::from(sent), n * u64::from(received));
        self.requests += n;
        self.sent += as_sent;
        self.received += as_received;
        let step = self.step(step);
        step.sent += as_sent;
        step.received += as_received;
        self.areas[area].0 += as_sent;
        self.areas[area].1 += as_received;
        self.partners[responder].0 += as_sent;
        self.partners[requester].1 += as_received;
        self.exchanges[requester * COUNTRIES + responder] += n;
    }

    /// The step `index`, made when it is the first request of it.
    pub(super) fn step(&mut self, index: usize) -> &mut StepCount {
        if self.steps.len() <= index {
            self.steps.resize(index + 1, StepCount::default());
        }
        &mut self.steps[index]
    }

    pub(super) fn finish(self, filter: &Filter) -> Figures {
        let series = self
            .steps
            .into_iter()
            .enumerate()
            .filter(|(_, step)| step.sent + step.received > 0)
            .map(|(index, step)| Step {
                start: filter.step_start(index),
                sent: step.sent,
                received: step.received,
                performance: step.speed.finish(),
            })
            .collect();
        let by_area = counted_volumes(LegislativeArea::all(), self.areas);
        let by_partner = counted_volumes(CountryCode::all(), self.partners);
        let countries: Vec<CountryCode> = CountryCode::all().collect();
        let mut exchanges: Vec<Exchange> = self
            .exchanges
            .iter()
            .enumerate()
            .filter(|(_, requests)| **requests > 0)
            .map(|(i, requests)| Exchange {
                from: countries[i / COUNTRIES],
                to: countries[i % COUNTRIES],
                requests: *requests,
            })
            .collect();
        exchanges.sort_by_key(|exchange| (exchange.from, exchange.to));
        Figures {
            requests: self.requests,
            sent: self.sent,
            received: self.received,
            performance: self.speed.finish(),
            open_now: self.open_now,
            overdue_now: self.overdue_now,
            series,
            by_area,
            by_partner,
            exchanges,
        }
    }
}

/// The keys with a request, with their counts, in the keys' order (as [`super::volumes`]
/// gives them from its map).
pub(super) fn counted_volumes<K: Ord>(
    keys: impl Iterator<Item = K>,
    counts: impl IntoIterator<Item = (u64, u64)>,
) -> Vec<Volume<K>> {
    let mut volumes: Vec<Volume<K>> = keys
        .zip(counts)
        .filter(|(_, (sent, received))| sent + received > 0)
        .map(|(key, (sent, received))| Volume {
            key,
            sent,
            received,
        })
        .collect();
    volumes.sort_by(|a, b| a.key.cmp(&b.key));
    volumes
}
