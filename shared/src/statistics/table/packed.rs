//! The facts packed into small rows, and a call's scope and query on the same indexes.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::lifecycle::{Rating, RequestState};
use crate::statistics::{Direction, Granularity, RequestFacts, Scope, StatisticsQuery};
use crate::{CountryCode, Date, LegislativeArea};

/// Hashes a request or authority id with one multiplication: the ids are the database's,
/// not chosen by a caller, and the default hasher's care against chosen keys costs most of
/// a lookup here, where a call may look up sixty thousand of them.
#[derive(Default)]
pub struct IdHasher(u64);

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

/// A map keyed by a database id, hashed by [`IdHasher`].
pub type IdMap<V> = HashMap<i32, V, BuildHasherDefault<IdHasher>>;

/// A day that is not there (no acceptance, no answer, no deadline).
pub(super) const NONE: i32 = i32::MIN;

pub(super) const COUNTRIES: usize = CountryCode::ALL_CODES.len();
pub(super) const AREAS: usize = LegislativeArea::ALL_CODES.len();
/// Cells of (area, requesting country, responding country).
pub(super) const PAIRS: usize = AREAS * COUNTRIES * COUNTRIES;
/// Cells of (area, responding country).
pub(super) const RESPONDERS: usize = AREAS * COUNTRIES;

pub(super) fn pair_cell(area: usize, requester: usize, responder: usize) -> usize {
    (area * COUNTRIES + requester) * COUNTRIES + responder
}

pub(super) fn responder_cell(area: usize, responder: usize) -> usize {
    area * COUNTRIES + responder
}

/// A day as the number of days since 1970-01-01.
pub(super) fn day_number(date: Date) -> i32 {
    i32::try_from(date.days_since_epoch()).unwrap_or(NONE)
}

pub(super) fn optional_day(date: Option<Date>) -> i32 {
    date.map_or(NONE, day_number)
}

/// The month a date falls in, counted from year 0.
pub(super) fn month_number(date: Date) -> i32 {
    i32::from(date.year()) * 12 + i32::from(date.month()) - 1
}

pub(super) fn country_index(country: CountryCode) -> u8 {
    CountryCode::ALL_CODES
        .iter()
        .position(|code| *code == country.as_str())
        .and_then(|i| u8::try_from(i).ok())
        .unwrap_or(u8::MAX)
}

pub(super) fn area_index(area: LegislativeArea) -> u8 {
    LegislativeArea::ALL_CODES
        .iter()
        .position(|code| *code == area.as_str())
        .and_then(|i| u8::try_from(i).ok())
        .unwrap_or(u8::MAX)
}

/// A rating as the table keeps it: 0 none, 1 negative, 2 not negative.
pub(super) fn rating_code(rating: Option<Rating>) -> u8 {
    match rating {
        None => 0,
        Some(rating) if rating.is_negative() => 1,
        Some(_) => 2,
    }
}

/// One request's facts, packed: what a pass over a million requests reads.
#[derive(Debug, Clone, Copy)]
pub(super) struct Row {
    pub(super) requester: i32,
    pub(super) responder: i32,
    pub(super) sent: i32,
    /// The month `sent` falls in, for the series.
    pub(super) sent_month: i32,
    pub(super) received: i32,
    pub(super) accepted: i32,
    pub(super) answered: i32,
    pub(super) deadline: i32,
    pub(super) requester_country: u8,
    pub(super) responder_country: u8,
    pub(super) area: u8,
    pub(super) state: RequestState,
    pub(super) timeliness: u8,
    pub(super) effort: u8,
}

impl Row {
    pub(super) fn pack(facts: &RequestFacts) -> Row {
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

    pub(super) fn is_open(&self) -> bool {
        matches!(
            self.state,
            RequestState::AwaitingAcceptance | RequestState::Accepted | RequestState::InfoRequested
        )
    }

    /// [`crate::lifecycle::is_overdue`] on day numbers.
    pub(super) fn is_overdue(&self, today: i32) -> bool {
        self.state.awaits_answer() && self.deadline != NONE && today > self.deadline
    }
}

/// A viewer's scope on indexes.
#[derive(Clone, Copy)]
pub(super) enum Packed {
    Everything,
    Country(u8),
    /// A country and a bit per area.
    Areas(u8, u32),
    Authority(i32),
}

impl Packed {
    pub(super) fn of(scope: &Scope) -> Packed {
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
    pub(super) fn covers_all(self, country: usize, area: usize) -> bool {
        match self {
            Packed::Everything => true,
            Packed::Country(c) => country == usize::from(c),
            Packed::Areas(c, mask) => country == usize::from(c) && mask & (1 << area) != 0,
            Packed::Authority(_) => false,
        }
    }

    pub(super) fn covers(self, authority: i32, country: u8, area: u8) -> bool {
        match self {
            Packed::Everything => true,
            Packed::Country(c) => country == c,
            Packed::Areas(c, mask) => country == c && mask & (1 << area) != 0,
            Packed::Authority(id) => authority == id,
        }
    }
}

/// The query on indexes and day numbers.
pub(super) struct Filter {
    pub(super) from: i32,
    pub(super) to: i32,
    pub(super) area: Option<u8>,
    pub(super) partner: Option<u8>,
    pub(super) direction: Option<Direction>,
    pub(super) granularity: Granularity,
    /// The first step's number (see [`Filter::step`]).
    pub(super) first_step: i32,
}

impl Filter {
    pub(super) fn of(query: &StatisticsQuery) -> Filter {
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

    pub(super) fn step_number(&self, month: i32) -> i32 {
        match self.granularity {
            Granularity::Month => month,
            Granularity::Quarter => month.div_euclid(3),
            Granularity::Year => month.div_euclid(12),
        }
    }

    /// The step a month falls in, from 0 for the period's first.
    pub(super) fn step(&self, month: i32) -> usize {
        usize::try_from(self.step_number(month) - self.first_step).unwrap_or(0)
    }

    /// The first day of step `index`.
    pub(super) fn step_start(&self, index: usize) -> Date {
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
    pub(super) fn sides(&self, scope: Packed, row: &Row) -> Option<(bool, bool)> {
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
