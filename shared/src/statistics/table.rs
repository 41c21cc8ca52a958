//! The fast path of the statistics: the facts packed into small rows (day numbers, country
//! and area indexes), kept up to date request by request, and summed ahead by month.
//!
//! Each month keeps its rows, and for each (area, requesting country, responding country)
//! how many requests were sent and what they add to speed and satisfaction that does not
//! depend on the day it is asked (everything but an acceptance still awaited). A call adds
//! up the months wholly inside its period from those sums, counts the rows of a month it
//! covers only in part one by one, and goes through the open requests (a minority) for what
//! depends on today: open and overdue now, and acceptances awaited past 7 days. An
//! authority's own figures are counted from its rows.
//!
//! It must give exactly what [`compute`](super::compute) and
//! [`scoreboard`](super::scoreboard) give, which stay the definition; a property test below
//! compares the two on random facts.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use super::{
    ACCEPT_DAYS, Direction, Exchange, Figure, Figures, Granularity, Indicator, Performance,
    RequestFacts, Scope, ScoreboardRow, StatisticsQuery, Step, TWO_WEEKS_DAYS, Volume,
};
use crate::lifecycle::{Rating, RequestState};
use crate::{AuthorityId, CountryCode, Date, LegislativeArea};

/// Hashes a request or authority id with one multiplication: the ids are the database's,
/// not chosen by a caller, and the default hasher's care against chosen keys costs most of
/// a lookup here, where a call may look up sixty thousand of them.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_i32(&mut self, id: i32) {
        self.0 = u64::from(id.cast_unsigned()).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A map keyed by id.
type IdMap<V> = HashMap<i32, V, BuildHasherDefault<IdHasher>>;

/// A day that is not there (no acceptance, no answer, no deadline).
const NONE: i32 = i32::MIN;

const COUNTRIES: usize = CountryCode::ALL_CODES.len();
const AREAS: usize = LegislativeArea::ALL_CODES.len();
/// Cells of (area, requesting country, responding country).
const PAIRS: usize = AREAS * COUNTRIES * COUNTRIES;
/// Cells of (area, responding country).
const RESPONDERS: usize = AREAS * COUNTRIES;

fn pair_cell(area: usize, requester: usize, responder: usize) -> usize {
    (area * COUNTRIES + requester) * COUNTRIES + responder
}

fn responder_cell(area: usize, responder: usize) -> usize {
    area * COUNTRIES + responder
}

/// A day as the number of days since 1970-01-01.
fn day_number(date: Date) -> i32 {
    i32::try_from(date.days_since_epoch()).unwrap_or(NONE)
}

fn optional_day(date: Option<Date>) -> i32 {
    date.map_or(NONE, day_number)
}

/// The month a date falls in, counted from year 0.
fn month_number(date: Date) -> i32 {
    i32::from(date.year()) * 12 + i32::from(date.month()) - 1
}

fn country_index(country: CountryCode) -> u8 {
    CountryCode::ALL_CODES
        .iter()
        .position(|code| *code == country.as_str())
        .and_then(|i| u8::try_from(i).ok())
        .unwrap_or(u8::MAX)
}

fn area_index(area: LegislativeArea) -> u8 {
    LegislativeArea::ALL_CODES
        .iter()
        .position(|code| *code == area.as_str())
        .and_then(|i| u8::try_from(i).ok())
        .unwrap_or(u8::MAX)
}

/// A rating as the table keeps it: 0 none, 1 negative, 2 not negative.
fn rating_code(rating: Option<Rating>) -> u8 {
    match rating {
        None => 0,
        Some(rating) if rating.is_negative() => 1,
        Some(_) => 2,
    }
}

/// One request's facts, packed: what a pass over a million requests reads.
#[derive(Debug, Clone, Copy)]
struct Row {
    requester: i32,
    responder: i32,
    sent: i32,
    /// The month `sent` falls in, for the series.
    sent_month: i32,
    received: i32,
    accepted: i32,
    answered: i32,
    deadline: i32,
    requester_country: u8,
    responder_country: u8,
    area: u8,
    state: RequestState,
    timeliness: u8,
    effort: u8,
}

impl Row {
    fn pack(facts: &RequestFacts) -> Row {
        Row {
            requester: facts.requester.authority.0,
            responder: facts.responder.authority.0,
            sent: day_number(facts.sent),
            sent_month: month_number(facts.sent),
            received: day_number(facts.received),
            accepted: optional_day(facts.accepted),
            answered: optional_day(facts.answered),
            deadline: optional_day(facts.deadline),
            requester_country: country_index(facts.requester.country),
            responder_country: country_index(facts.responder.country),
            area: area_index(facts.area),
            state: facts.state,
            timeliness: rating_code(facts.timeliness),
            effort: rating_code(facts.effort),
        }
    }

    fn is_open(&self) -> bool {
        matches!(
            self.state,
            RequestState::AwaitingAcceptance | RequestState::Accepted | RequestState::InfoRequested
        )
    }

    /// [`crate::lifecycle::is_overdue`] on day numbers.
    fn is_overdue(&self, today: i32) -> bool {
        self.state.awaits_answer() && self.deadline != NONE && today > self.deadline
    }
}

/// A viewer's scope on indexes.
#[derive(Clone, Copy)]
enum Packed {
    Everything,
    Country(u8),
    /// A country and a bit per area.
    Areas(u8, u32),
    Authority(i32),
}

impl Packed {
    fn of(scope: &Scope) -> Packed {
        match scope {
            Scope::Everything => Packed::Everything,
            Scope::Country(country) => Packed::Country(country_index(*country)),
            Scope::Areas(country, areas) => Packed::Areas(
                country_index(*country),
                areas
                    .iter()
                    .fold(0, |mask, area| mask | 1 << area_index(*area)),
            ),
            Scope::Authority(id) => Packed::Authority(id.0),
        }
    }

    /// Whether the scope covers every authority of `country` for requests of `area` (never
    /// for one authority's scope, which is counted row by row).
    fn covers_all(self, country: usize, area: usize) -> bool {
        match self {
            Packed::Everything => true,
            Packed::Country(c) => country == usize::from(c),
            Packed::Areas(c, mask) => country == usize::from(c) && mask & (1 << area) != 0,
            Packed::Authority(_) => false,
        }
    }

    fn covers(self, authority: i32, country: u8, area: u8) -> bool {
        match self {
            Packed::Everything => true,
            Packed::Country(c) => country == c,
            Packed::Areas(c, mask) => country == c && mask & (1 << area) != 0,
            Packed::Authority(id) => authority == id,
        }
    }
}

/// The query on indexes and day numbers.
struct Filter {
    from: i32,
    to: i32,
    area: Option<u8>,
    partner: Option<u8>,
    direction: Option<Direction>,
    granularity: Granularity,
    /// The first step's number (see [`Filter::step`]).
    first_step: i32,
}

impl Filter {
    fn of(query: &StatisticsQuery) -> Filter {
        let mut filter = Filter {
            from: day_number(query.from),
            to: day_number(query.to),
            area: query.area.map(area_index),
            partner: query.partner.map(country_index),
            direction: query.direction,
            granularity: query.granularity,
            first_step: 0,
        };
        filter.first_step = filter.step_number(month_number(query.from));
        filter
    }

    fn step_number(&self, month: i32) -> i32 {
        match self.granularity {
            Granularity::Month => month,
            Granularity::Quarter => month.div_euclid(3),
            Granularity::Year => month.div_euclid(12),
        }
    }

    /// The step a month falls in, from 0 for the period's first.
    fn step(&self, month: i32) -> usize {
        usize::try_from(self.step_number(month) - self.first_step).unwrap_or(0)
    }

    /// The first day of step `index`.
    fn step_start(&self, index: usize) -> Date {
        let number = self.first_step + i32::try_from(index).unwrap_or(0);
        let month = match self.granularity {
            Granularity::Month => number,
            Granularity::Quarter => number * 3,
            Granularity::Year => number * 12,
        };
        let year = u16::try_from(month.div_euclid(12)).unwrap_or(0);
        let month = u8::try_from(month.rem_euclid(12) + 1).unwrap_or(1);
        Date::from_ymd(year, month, 1).unwrap_or(Date::MIN)
    }

    /// [`super::sides`] on the packed row.
    fn sides(&self, scope: Packed, row: &Row) -> Option<(bool, bool)> {
        if self.area.is_some_and(|area| area != row.area) {
            return None;
        }
        let sent = scope.covers(row.requester, row.requester_country, row.area)
            && self.partner.is_none_or(|c| c == row.responder_country);
        let received = scope.covers(row.responder, row.responder_country, row.area)
            && self.partner.is_none_or(|c| c == row.requester_country);
        let (sent, received) = match self.direction {
            None => (sent, received),
            Some(Direction::Sent) => (sent, false),
            Some(Direction::Received) => (false, received),
        };
        (sent || received).then_some((sent, received))
    }
}

/// Speed and satisfaction being counted, with how many answers took each number of days,
/// for the median (counting beats collecting: half a million answers make a short array).
#[derive(Debug, Default, Clone)]
struct Speed {
    performance: Performance,
    took: Vec<u32>,
}

impl Speed {
    /// [`super::measure`] on the packed row.
    fn measure(&mut self, row: &Row, today: i32) {
        self.fixed(row, true);
        self.waiting(row, today);
    }

    /// What a request adds (or, with `add` false, takes away) that does not depend on the
    /// day: everything but an acceptance still awaited.
    fn fixed(&mut self, row: &Row, add: bool) {
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
    fn waiting(&mut self, row: &Row, today: i32) {
        if row.accepted == NONE
            && row.state == RequestState::AwaitingAcceptance
            && i64::from(today) - i64::from(row.received) > ACCEPT_DAYS
        {
            tally(&mut self.performance.accepted_within_7_days, false, true);
        }
    }

    /// Adds another's sums.
    fn merge(&mut self, other: &Speed) {
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

    fn finish(mut self) -> Performance {
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
fn tally(figure: &mut Figure, hit: bool, add: bool) {
    change(&mut figure.denominator, 1, add);
    change(&mut figure.numerator, u64::from(hit), add);
}

fn change(value: &mut u64, by: u64, add: bool) {
    if add {
        *value += by;
    } else {
        *value -= by;
    }
}

/// One step of a series being counted.
#[derive(Default, Clone)]
struct StepCount {
    sent: u64,
    received: u64,
    speed: Speed,
}

/// Every figure of one scope being counted.
struct Counts {
    scope: Packed,
    requests: u64,
    sent: u64,
    received: u64,
    open_now: u64,
    overdue_now: u64,
    speed: Speed,
    steps: Vec<StepCount>,
    areas: [(u64, u64); AREAS],
    partners: [(u64, u64); COUNTRIES],
    exchanges: Vec<u64>,
}

impl Counts {
    fn new(scope: Packed) -> Counts {
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
    fn add(&mut self, filter: &Filter, row: &Row, in_period: bool, today: i32) {
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
    fn add_cell(
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
    fn step(&mut self, index: usize) -> &mut StepCount {
        if self.steps.len() <= index {
            self.steps.resize(index + 1, StepCount::default());
        }
        &mut self.steps[index]
    }

    fn finish(self, filter: &Filter) -> Figures {
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
        let mut by_area: Vec<Volume<LegislativeArea>> = LegislativeArea::all()
            .zip(self.areas)
            .filter(|(_, (sent, received))| sent + received > 0)
            .map(|(key, (sent, received))| Volume {
                key,
                sent,
                received,
            })
            .collect();
        by_area.sort_by_key(|volume| volume.key);
        let mut by_partner: Vec<Volume<CountryCode>> = CountryCode::all()
            .zip(self.partners)
            .filter(|(_, (sent, received))| sent + received > 0)
            .map(|(key, (sent, received))| Volume {
                key,
                sent,
                received,
            })
            .collect();
        by_partner.sort_by_key(|volume| volume.key);
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

/// Rows kept by request id, side by side for a quick pass.
#[derive(Debug, Default, Clone)]
struct Rows {
    rows: Vec<Row>,
    ids: Vec<i32>,
    positions: IdMap<usize>,
}

impl Rows {
    fn insert(&mut self, id: i32, row: Row) {
        self.positions.insert(id, self.rows.len());
        self.rows.push(row);
        self.ids.push(id);
    }

    fn remove(&mut self, id: i32) -> Option<Row> {
        let at = self.positions.remove(&id)?;
        let row = self.rows.swap_remove(at);
        self.ids.swap_remove(at);
        if let Some(&moved) = self.ids.get(at) {
            self.positions.insert(moved, at);
        }
        Some(row)
    }
}

/// One month's requests (by the day they were sent) and their sums.
#[derive(Debug, Clone)]
struct Month {
    rows: Rows,
    /// Requests per (area, requesting country, responding country).
    counts: Vec<u32>,
    /// Speed and satisfaction per (area, responding country).
    by_responder: Vec<Speed>,
    /// Speed and satisfaction per (area, requesting country, responding country).
    by_pair: Vec<Speed>,
}

impl Month {
    fn new() -> Month {
        Month {
            rows: Rows::default(),
            counts: vec![0; PAIRS],
            by_responder: vec![Speed::default(); RESPONDERS],
            by_pair: vec![Speed::default(); PAIRS],
        }
    }

    /// Adds a row to the sums (or, with `add` false, takes it out).
    fn sum(&mut self, row: &Row, add: bool) {
        let (area, requester, responder) = (
            usize::from(row.area),
            usize::from(row.requester_country),
            usize::from(row.responder_country),
        );
        let pair = pair_cell(area, requester, responder);
        if add {
            self.counts[pair] += 1;
        } else {
            self.counts[pair] -= 1;
        }
        self.by_responder[responder_cell(area, responder)].fixed(row, add);
        self.by_pair[pair].fixed(row, add);
    }
}

/// Which months a period covers whole, and which in part.
struct Span {
    whole: Option<(i32, i32)>,
    partial: Vec<i32>,
}

impl Span {
    fn of(query: &StatisticsQuery) -> Span {
        let (first, last) = (month_number(query.from), month_number(query.to));
        let starts_whole = query.from.day() == 1;
        let ends_whole = query
            .to
            .add_days(1)
            .is_none_or(|next| next.month() != query.to.month());
        let mut partial = Vec::new();
        let first_whole = if starts_whole {
            first
        } else {
            partial.push(first);
            first + 1
        };
        let last_whole = if ends_whole {
            last
        } else {
            if last != first || starts_whole {
                partial.push(last);
            }
            last - 1
        };
        Span {
            whole: (first_whole <= last_whole).then_some((first_whole, last_whole)),
            partial,
        }
    }

    fn is_whole(&self, month: i32) -> bool {
        self.whole
            .is_some_and(|(first, last)| (first..=last).contains(&month))
    }
}

/// What one call answers: the viewer's figures, the EEA's beside them (unless the viewer's
/// are the EEA's) and the scoreboard's lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The viewer's figures.
    pub figures: Figures,
    /// The EEA's, when the scope is not everything.
    pub eea: Option<Figures>,
    /// The lines of the countries asked for.
    pub scoreboard: Vec<ScoreboardRow>,
}

/// The facts of every sent request, packed, kept by request id and summed by month.
#[derive(Debug, Default, Clone)]
pub struct FactsTable {
    months: BTreeMap<i32, Month>,
    /// Each request's month.
    month_of: IdMap<i32>,
    /// The open requests (waiting for acceptance, accepted, waiting for information), again.
    open: Rows,
    /// Each authority's requests, sent or received, again: an authority's figures are
    /// counted from its rows alone, side by side.
    authorities: IdMap<Vec<(i32, Row)>>,
}

impl FactsTable {
    /// How many requests it holds.
    pub fn len(&self) -> usize {
        self.month_of.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.month_of.is_empty()
    }

    /// Whether it holds request `id`.
    pub fn contains(&self, id: i32) -> bool {
        self.month_of.contains_key(&id)
    }

    /// Keeps (or replaces) the facts of request `id`.
    pub fn put(&mut self, id: i32, facts: &RequestFacts) {
        self.remove(id);
        let row = Row::pack(facts);
        let month = self.months.entry(row.sent_month).or_insert_with(Month::new);
        month.sum(&row, true);
        month.rows.insert(id, row);
        self.month_of.insert(id, row.sent_month);
        if row.is_open() {
            self.open.insert(id, row);
        }
        self.authorities
            .entry(row.requester)
            .or_default()
            .push((id, row));
        if row.responder != row.requester {
            self.authorities
                .entry(row.responder)
                .or_default()
                .push((id, row));
        }
    }

    /// Forgets request `id`.
    fn remove(&mut self, id: i32) {
        let Some(month) = self.month_of.remove(&id) else {
            return;
        };
        let Some(kept) = self.months.get_mut(&month) else {
            return;
        };
        let Some(row) = kept.rows.remove(id) else {
            return;
        };
        kept.sum(&row, false);
        self.open.remove(id);
        for authority in [row.requester, row.responder] {
            if let Some(ids) = self.authorities.get_mut(&authority)
                && let Some(at) = ids.iter().position(|(kept, _)| *kept == id)
            {
                ids.swap_remove(at);
            }
        }
    }

    /// Keeps only the requests `keep` says yes to, given the id, requester and responder.
    pub fn retain(&mut self, keep: impl Fn(i32, AuthorityId, AuthorityId) -> bool) {
        let gone: Vec<i32> = self
            .months
            .values()
            .flat_map(|month| month.rows.ids.iter().zip(&month.rows.rows))
            .filter(|(id, row)| !keep(**id, AuthorityId(row.requester), AuthorityId(row.responder)))
            .map(|(id, _)| *id)
            .collect();
        for id in gone {
            self.remove(id);
        }
    }

    /// The figures of `scope` under `query` on `today`, the EEA's beside them, and the
    /// scoreboard lines of `countries`.
    pub fn answer(
        &self,
        scope: &Scope,
        query: &StatisticsQuery,
        today: Date,
        countries: &[CountryCode],
    ) -> Answer {
        let filter = Filter::of(query);
        let span = Span::of(query);
        let today = day_number(today);
        let mut viewer = Counts::new(Packed::of(scope));
        match scope {
            Scope::Authority(id) => self.count_rows_of(id.0, &mut viewer, &filter, today),
            _ => self.count_sums(&mut viewer, &filter, &span, today),
        }
        let eea = (*scope != Scope::Everything).then(|| {
            let mut eea = Counts::new(Packed::Everything);
            self.count_sums(&mut eea, &filter, &span, today);
            eea.finish(&filter)
        });
        Answer {
            figures: viewer.finish(&filter),
            eea,
            scoreboard: self.scoreboard(countries, &filter, &span, today),
        }
    }

    /// An authority's figures, row by row.
    fn count_rows_of(&self, authority: i32, counts: &mut Counts, filter: &Filter, today: i32) {
        for (_, row) in self.authorities.get(&authority).into_iter().flatten() {
            let in_period = row.sent >= filter.from && row.sent <= filter.to;
            counts.add(filter, row, in_period, today);
        }
    }

    /// A scope of whole countries' figures: the months inside the period from their sums,
    /// those it covers in part row by row, and what depends on today from the open requests.
    fn count_sums(&self, counts: &mut Counts, filter: &Filter, span: &Span, today: i32) {
        let scope = counts.scope;
        if let Some((first, last)) = span.whole {
            for (&number, month) in self.months.range(first..=last) {
                let step = filter.step(number);
                for area in (0..AREAS).filter(|a| filter.area.is_none_or(|f| usize::from(f) == *a))
                {
                    for requester in 0..COUNTRIES {
                        for responder in 0..COUNTRIES {
                            let n = month.counts[pair_cell(area, requester, responder)];
                            if n == 0 {
                                continue;
                            }
                            if let Some(sides) =
                                cell_sides(scope, filter, area, requester, responder)
                            {
                                counts.add_cell(
                                    step,
                                    (area, requester, responder),
                                    u64::from(n),
                                    sides,
                                );
                            }
                        }
                    }
                    if filter.direction == Some(Direction::Sent) {
                        continue;
                    }
                    for responder in (0..COUNTRIES).filter(|r| scope.covers_all(*r, area)) {
                        let speed = match filter.partner {
                            None => &month.by_responder[responder_cell(area, responder)],
                            Some(p) => &month.by_pair[pair_cell(area, usize::from(p), responder)],
                        };
                        counts.speed.merge(speed);
                        counts.step(step).speed.merge(speed);
                    }
                }
            }
        }
        for number in &span.partial {
            for row in self
                .months
                .get(number)
                .into_iter()
                .flat_map(|m| &m.rows.rows)
            {
                let in_period = row.sent >= filter.from && row.sent <= filter.to;
                counts.add(filter, row, in_period, today);
            }
        }
        for row in &self.open.rows {
            if span.partial.contains(&row.sent_month) {
                continue;
            }
            let Some((_, received)) = filter.sides(scope, row) else {
                continue;
            };
            counts.open_now += 1;
            counts.overdue_now += u64::from(row.is_overdue(today));
            if received && span.is_whole(row.sent_month) {
                let step = filter.step(row.sent_month);
                counts.speed.waiting(row, today);
                counts.step(step).speed.waiting(row, today);
            }
        }
    }

    /// The scoreboard's lines: each country as the responding side, whatever the direction.
    fn scoreboard(
        &self,
        countries: &[CountryCode],
        filter: &Filter,
        span: &Span,
        today: i32,
    ) -> Vec<ScoreboardRow> {
        let mut lines: Vec<Option<Speed>> = vec![None; COUNTRIES];
        for country in countries {
            if let Some(line) = lines.get_mut(usize::from(country_index(*country))) {
                *line = Some(Speed::default());
            }
        }
        let counted = |row: &Row| {
            filter.area.is_none_or(|area| area == row.area)
                && filter.partner.is_none_or(|c| c == row.requester_country)
        };
        if let Some((first, last)) = span.whole {
            for month in self.months.range(first..=last).map(|(_, month)| month) {
                for area in (0..AREAS).filter(|a| filter.area.is_none_or(|f| usize::from(f) == *a))
                {
                    for (responder, line) in lines.iter_mut().enumerate() {
                        let Some(line) = line else { continue };
                        line.merge(match filter.partner {
                            None => &month.by_responder[responder_cell(area, responder)],
                            Some(p) => &month.by_pair[pair_cell(area, usize::from(p), responder)],
                        });
                    }
                }
            }
        }
        for number in &span.partial {
            for row in self
                .months
                .get(number)
                .into_iter()
                .flat_map(|m| &m.rows.rows)
            {
                let in_period = row.sent >= filter.from && row.sent <= filter.to;
                if in_period
                    && counted(row)
                    && let Some(Some(line)) = lines.get_mut(usize::from(row.responder_country))
                {
                    line.measure(row, today);
                }
            }
        }
        for row in &self.open.rows {
            if span.is_whole(row.sent_month)
                && counted(row)
                && let Some(Some(line)) = lines.get_mut(usize::from(row.responder_country))
            {
                line.waiting(row, today);
            }
        }
        countries
            .iter()
            .map(|country| {
                let performance = lines
                    .get_mut(usize::from(country_index(*country)))
                    .and_then(Option::take)
                    .map(Speed::finish)
                    .unwrap_or_default();
                let bands = Indicator::ALL
                    .iter()
                    .map(|indicator| indicator.band(performance.indicator(*indicator)))
                    .collect();
                ScoreboardRow {
                    country: *country,
                    performance,
                    bands,
                }
            })
            .collect()
    }
}

/// [`Filter::sides`] for a cell of whole countries.
fn cell_sides(
    scope: Packed,
    filter: &Filter,
    area: usize,
    requester: usize,
    responder: usize,
) -> Option<(bool, bool)> {
    let partner = filter.partner.map(usize::from);
    let sent = scope.covers_all(requester, area) && partner.is_none_or(|p| p == responder);
    let received = scope.covers_all(responder, area) && partner.is_none_or(|p| p == requester);
    let (sent, received) = match filter.direction {
        None => (sent, received),
        Some(Direction::Sent) => (sent, false),
        Some(Direction::Received) => (false, received),
    };
    (sent || received).then_some((sent, received))
}

#[cfg(test)]
mod tests {
    use super::super::{Party, compute, scoreboard};
    use super::*;
    use proptest::prelude::*;

    fn facts_strategy() -> impl Strategy<Value = RequestFacts> {
        let countries: Vec<CountryCode> = CountryCode::all().take(4).collect();
        let areas: Vec<LegislativeArea> = LegislativeArea::all().collect();
        let day = |offset: i64| Date::parse("2025-11-20").unwrap().add_days(offset);
        (
            (0..6i32, 0..6i32, 0..areas.len(), 0..7usize),
            (0..500i64, 0..20i64, proptest::option::of(0..15i64)),
            (
                proptest::option::of(0..60i64),
                proptest::option::of(-10..90i64),
                0..3u8,
                0..3u8,
            ),
        )
            .prop_map(
                move |(
                    (requester, responder, area, state),
                    (sent, forwarded_after, accepted_after),
                    (answered_after, deadline_after, timeliness, effort),
                )| {
                    let party = |id: i32| Party {
                        authority: AuthorityId(id),
                        country: countries[usize::try_from(id).unwrap() % countries.len()],
                    };
                    let sent_day = day(sent).unwrap();
                    let received = sent_day.add_days(forwarded_after).unwrap();
                    let rating = |code: u8| match code {
                        0 => None,
                        1 => Some(Rating::Negative),
                        _ => Some(Rating::Positive),
                    };
                    RequestFacts {
                        area: areas[area],
                        requester: party(requester),
                        responder: party(responder),
                        state: RequestState::ALL[state],
                        sent: sent_day,
                        received,
                        accepted: accepted_after.and_then(|d| received.add_days(d)),
                        answered: answered_after.and_then(|d| received.add_days(d)),
                        deadline: deadline_after.and_then(|d| received.add_days(d)),
                        timeliness: rating(timeliness),
                        effort: rating(effort),
                    }
                },
            )
    }

    fn scope_strategy() -> impl Strategy<Value = Scope> {
        let countries: Vec<CountryCode> = CountryCode::all().take(4).collect();
        let areas: Vec<LegislativeArea> = LegislativeArea::all().collect();
        prop_oneof![
            Just(Scope::Everything),
            (0..4usize).prop_map(move |c| Scope::Country(CountryCode::all().nth(c).unwrap())),
            (0..4usize, proptest::collection::vec(0..4usize, 0..3)).prop_map(move |(c, a)| {
                Scope::Areas(countries[c], a.into_iter().map(|i| areas[i]).collect())
            }),
            (0..6i32).prop_map(|id| Scope::Authority(AuthorityId(id))),
        ]
    }

    fn query_strategy() -> impl Strategy<Value = StatisticsQuery> {
        (
            0..400i64,
            0..500i64,
            proptest::option::of(0..4usize),
            proptest::option::of(0..4usize),
            0..3usize,
            0..3usize,
        )
            .prop_map(|(from, length, area, partner, direction, granularity)| {
                let from = Date::parse("2025-11-01").unwrap().add_days(from).unwrap();
                StatisticsQuery {
                    from,
                    to: from.add_days(length).unwrap(),
                    area: area.and_then(|i| LegislativeArea::all().nth(i)),
                    partner: partner.and_then(|i| CountryCode::all().nth(i)),
                    direction: [None, Some(Direction::Sent), Some(Direction::Received)][direction],
                    granularity: Granularity::ALL[granularity],
                }
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// The table answers exactly what the definition computes, for any facts, scope,
        /// query and day.
        #[test]
        fn the_table_gives_the_definitions_figures(
            facts in proptest::collection::vec(facts_strategy(), 0..60),
            scope in scope_strategy(),
            query in query_strategy(),
            today in 0..700i64,
            removed in 0..6i32,
        ) {
            let today = Date::parse("2025-11-20").unwrap().add_days(today).unwrap();
            let mut table = FactsTable::default();
            for (id, one) in facts.iter().enumerate() {
                table.put(i32::try_from(id).unwrap(), one);
            }
            // Replacing a row and forgetting an authority's requests keep the table exact.
            if let Some(first) = facts.first() {
                table.put(0, first);
            }
            table.retain(|_, requester, responder| requester.0 != removed && responder.0 != removed);
            let kept: Vec<RequestFacts> = facts
                .into_iter()
                .filter(|f| f.requester.authority.0 != removed && f.responder.authority.0 != removed)
                .collect();
            let countries: Vec<CountryCode> = CountryCode::all().take(3).collect();
            let answer = table.answer(&scope, &query, today, &countries);
            prop_assert_eq!(&answer.figures, &compute(&kept, &scope, &query, today));
            let eea = (scope != Scope::Everything).then(|| compute(&kept, &Scope::Everything, &query, today));
            prop_assert_eq!(&answer.eea, &eea);
            prop_assert_eq!(&answer.scoreboard, &scoreboard(&kept, &countries, &query, today));
            prop_assert_eq!(table.len(), kept.len());
        }
    }
}
