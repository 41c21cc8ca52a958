//! What the statistics page asks for: the filters as the form holds them, changed by one
//! reducer, and the query they make once `shared`'s check (the server's own) accepts them, so
//! a period that ends before it starts is said at its field without a round trip.

use shared::error::FieldError;
use shared::statistics::{Direction, Granularity, StatisticsParams, StatisticsQuery};
use shared::{CountryCode, Date, LegislativeArea};
use std::rc::Rc;
use yew::prelude::*;

/// What the official asked to see.
#[derive(Debug, Clone, PartialEq)]
pub struct Filters {
    /// The date fields give `YYYY-MM-DD` once a date is complete, else nothing.
    pub from: String,
    pub to: String,
    pub area: Option<LegislativeArea>,
    pub partner: Option<CountryCode>,
    pub direction: Option<Direction>,
    pub granularity: Granularity,
    /// Whose figures, for the Commission: one country's, or every country's.
    pub country: Option<CountryCode>,
}

/// The first day of the month twelve months before `today`'s: the last 12 full months,
/// followed by the current month up to today.
fn a_year_of_months_before(today: Date) -> Date {
    Date::from_ymd(today.year() - 1, today.month(), 1).unwrap_or(today)
}

impl Filters {
    /// The filters a visit starts with: the last 12 full months up to `today`, by month, all
    /// areas, partners and directions.
    pub fn starting(today: Date) -> Filters {
        Filters {
            from: a_year_of_months_before(today).to_string(),
            to: today.to_string(),
            area: None,
            partner: None,
            direction: None,
            granularity: Granularity::Month,
            country: None,
        }
    }

    /// The query, or each field at fault with why, by the check the server runs.
    pub fn query(&self) -> Result<Query, Vec<FieldError>> {
        let code = |value: Option<&str>| value.map(str::to_owned);
        let params = StatisticsParams {
            // An incomplete date is no date: the check says it is missing.
            from: (!self.from.is_empty()).then(|| self.from.clone()),
            to: (!self.to.is_empty()).then(|| self.to.clone()),
            area: code(self.area.map(LegislativeArea::as_str)),
            country: code(self.country.map(CountryCode::as_str)),
            partner: code(self.partner.map(CountryCode::as_str)),
            direction: code(self.direction.map(Direction::as_str)),
            granularity: Some(self.granularity.as_str().to_owned()),
        };
        let (period, country) = params.check()?;
        Ok(Query { period, country })
    }
}

/// One change of the filters.
pub enum Filter {
    From(String),
    To(String),
    Area(Option<LegislativeArea>),
    Partner(Option<CountryCode>),
    Direction(Option<Direction>),
    Granularity(Granularity),
    Country(Option<CountryCode>),
}

impl Reducible for Filters {
    type Action = Filter;

    fn reduce(self: Rc<Self>, change: Filter) -> Rc<Self> {
        let mut next = (*self).clone();
        match change {
            Filter::From(from) => next.from = from,
            Filter::To(to) => next.to = to,
            Filter::Area(area) => next.area = area,
            Filter::Partner(partner) => next.partner = partner,
            Filter::Direction(direction) => next.direction = direction,
            Filter::Granularity(granularity) => next.granularity = granularity,
            Filter::Country(country) => next.country = country,
        }
        Rc::new(next)
    }
}

/// `GET /api/statistics`'s query, checked: the period with its filters, and for the
/// Commission whose figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    pub period: StatisticsQuery,
    pub country: Option<CountryCode>,
}

impl Query {
    /// The query string, written by `shared` as the server reads it.
    pub fn to_query_string(&self) -> String {
        self.period.to_query_string(self.country)
    }
}
