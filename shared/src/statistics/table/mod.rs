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
//! [`scoreboard`](super::scoreboard) give, which stay the definition; a property test
//! (`tests.rs`) compares the two on random facts.

mod counts;
mod packed;
mod snapshot;
#[cfg(test)]
mod tests;

pub use packed::{IdHasher, IdMap};
pub use snapshot::{Snapshot, SnapshotError};

use std::collections::BTreeMap;

use super::{Direction, Figures, RequestFacts, Scope, ScoreboardRow, StatisticsQuery};
use crate::{AuthorityId, CountryCode, Date};
use counts::{Counts, Speed};
use packed::{
    AREAS, COUNTRIES, Filter, PAIRS, Packed, RESPONDERS, Row, country_index, day_number,
    month_number, pair_cell, responder_cell,
};

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

    /// A table of the facts of `requests`, each id once: what a whole read builds at once,
    /// side by side where threads exist, rather than row by row.
    pub fn of(requests: &[(i32, RequestFacts)]) -> FactsTable {
        let rows: Vec<(i32, Row)> = requests
            .iter()
            .map(|(id, facts)| (*id, Row::pack(facts)))
            .collect();
        FactsTable::of_rows(&rows)
    }

    /// Keeps (or replaces) the facts of request `id`.
    pub fn put(&mut self, id: i32, facts: &RequestFacts) {
        self.remove(id);
        self.insert(id, Row::pack(facts));
    }

    /// Keeps the row of request `id`, which it does not hold yet.
    fn insert(&mut self, id: i32, row: Row) {
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

    /// A table of `rows`, each id once. The months (rows and sums) and the authorities'
    /// copies with the open rows are independent, so where threads exist they are built side
    /// by side: reading a million rows back from a snapshot is what a starting server waits
    /// for. Every list is sized ahead rather than grown by doubling and copying.
    fn of_rows(rows: &[(i32, Row)]) -> FactsTable {
        #[cfg(not(target_arch = "wasm32"))]
        let ((months, month_of), (authorities, open)) = std::thread::scope(|scope| {
            let side = scope.spawn(|| (authorities_of(rows), open_of(rows)));
            let months = months_of(rows);
            let side = side
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (months, side)
        });
        #[cfg(target_arch = "wasm32")]
        let ((months, month_of), (authorities, open)) =
            (months_of(rows), (authorities_of(rows), open_of(rows)));
        FactsTable {
            months,
            month_of,
            open,
            authorities,
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
        for (row, in_period) in self.partial_rows(span, filter) {
            counts.add(filter, row, in_period, today);
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

    /// The rows of the months the period covers in part, each with whether it is inside.
    fn partial_rows<'a>(
        &'a self,
        span: &'a Span,
        filter: &'a Filter,
    ) -> impl Iterator<Item = (&'a Row, bool)> + 'a {
        span.partial
            .iter()
            .filter_map(|number| self.months.get(number))
            .flat_map(|month| &month.rows.rows)
            .map(|row| (row, row.sent >= filter.from && row.sent <= filter.to))
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
        for (row, in_period) in self.partial_rows(span, filter) {
            if in_period
                && counted(row)
                && let Some(Some(line)) = lines.get_mut(usize::from(row.responder_country))
            {
                line.measure(row, today);
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
                ScoreboardRow::new(*country, performance)
            })
            .collect()
    }
}

/// The months of `rows` with their sums, and each row's month.
fn months_of(rows: &[(i32, Row)]) -> (BTreeMap<i32, Month>, IdMap<i32>) {
    let mut per_month: BTreeMap<i32, usize> = BTreeMap::new();
    for (_, row) in rows {
        *per_month.entry(row.sent_month).or_default() += 1;
    }
    let mut months: BTreeMap<i32, Month> = per_month
        .into_iter()
        .map(|(number, count)| {
            let mut month = Month::new();
            month.rows.rows.reserve(count);
            month.rows.ids.reserve(count);
            month.rows.positions.reserve(count);
            (number, month)
        })
        .collect();
    let mut month_of = IdMap::with_capacity_and_hasher(rows.len(), Default::default());
    for (id, row) in rows {
        if let Some(month) = months.get_mut(&row.sent_month) {
            month.sum(row, true);
            month.rows.insert(*id, *row);
        }
        month_of.insert(*id, row.sent_month);
    }
    (months, month_of)
}

/// Each authority's rows, sent or received.
fn authorities_of(rows: &[(i32, Row)]) -> IdMap<Vec<(i32, Row)>> {
    let mut counts: IdMap<usize> = IdMap::default();
    for (_, row) in rows {
        *counts.entry(row.requester).or_default() += 1;
        if row.responder != row.requester {
            *counts.entry(row.responder).or_default() += 1;
        }
    }
    let mut authorities: IdMap<Vec<(i32, Row)>> = counts
        .into_iter()
        .map(|(authority, count)| (authority, Vec::with_capacity(count)))
        .collect();
    for (id, row) in rows {
        let responder = (row.responder != row.requester).then_some(row.responder);
        for authority in std::iter::once(row.requester).chain(responder) {
            if let Some(kept) = authorities.get_mut(&authority) {
                kept.push((*id, *row));
            }
        }
    }
    authorities
}

/// The open rows.
fn open_of(rows: &[(i32, Row)]) -> Rows {
    let mut open = Rows::default();
    for (id, row) in rows.iter().filter(|(_, row)| row.is_open()) {
        open.insert(*id, *row);
    }
    open
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
