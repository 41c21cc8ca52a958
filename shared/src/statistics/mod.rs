//! Statistics of how requests travel: the Commission's scoreboard indicators, volumes and
//! speed, computed from one row of facts per request ([`RequestFacts`]) that holds no
//! personal data, so that blocking or deleting a request's personal data changes no figure.
//!
//! [`compute`] (with [`scoreboard`]) is the definition of every figure. The server answers
//! from [`FactsTable`], the same facts packed and counted in one pass, which a property test
//! holds to the definition's numbers. All days are calendar days in UTC.
//!
//! Which requests count where:
//! - A request counts from the day it was **sent**; drafts never count.
//! - A **forwarded** request counts once, for the authority that holds it last; its
//!   acceptance and answer are measured from the day that authority **received** it (the
//!   last forward), so a responder is not charged for the days another one held it.
//! - A **split-off** request is a request of its own, sent the day it was split off; the
//!   request it came from keeps its own dates.
//! - A **withdrawn** request counts in the volumes; it counts in a speed figure only for
//!   what happened before it was withdrawn (accepted within 7 days if it was accepted).
//! - A request **answered after clarification** was answered the first time it was answered:
//!   the clarification asked afterwards does not move its answer date.

mod table;

pub use table::{Answer, FactsTable, IdHasher, IdMap, Snapshot, SnapshotError};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::error::{FieldCode, FieldError, FieldParams};
use crate::lifecycle::{Rating, RequestState};
use crate::macros::wire_enum;
use crate::query::{Pairs, parsed};
use crate::{AuthorityId, CountryCode, Date, LegislativeArea};

/// The longest period one call may cover, in days (about ten years of monthly series).
pub const MAX_PERIOD_DAYS: i64 = 3_700;

/// A request accepted within this many days of its receipt counts as accepted in time.
pub const ACCEPT_DAYS: i64 = 7;

/// An answer within this many days of the receipt counts as given within two weeks.
pub const TWO_WEEKS_DAYS: i64 = 14;

wire_enum!(
    /// Which side of a request the viewed authorities are on.
    pub enum Direction {
        /// They sent it.
        Sent = "sent",
        /// They received it.
        Received = "received",
    }
);

wire_enum!(
    /// The length of one step of a series.
    pub enum Granularity {
        /// Calendar months.
        Month = "month",
        /// Calendar quarters.
        Quarter = "quarter",
        /// Calendar years.
        Year = "year",
    }
);

wire_enum!(
    /// Where an indicator stands against the Commission's thresholds.
    pub enum Band {
        /// Good.
        Green = "green",
        /// To watch.
        Yellow = "yellow",
        /// Poor.
        Red = "red",
    }
);

wire_enum!(
    /// The indicators of the Commission's scoreboard, each with its thresholds.
    pub enum Indicator {
        /// Share of requests accepted within 7 days of receipt: green from 80 %, red below 60 %.
        AcceptedWithinSevenDays = "accepted_within_7_days",
        /// Average days from receipt to the first answer: green below 16, red above 25.
        AverageDaysToAnswer = "average_days_to_answer",
        /// Share of answers given by the agreed date: green from 80 %, red below 60 %.
        AnsweredByAgreedDate = "answered_by_agreed_date",
        /// Share of closed requests whose requester rated timeliness negative: green below 5 %,
        /// red from 15 %.
        NegativeTimeliness = "negative_timeliness",
        /// Share of closed requests whose requester rated effort negative: same thresholds.
        NegativeEffort = "negative_effort",
    }
);

impl Indicator {
    /// The bounds of the yellow band, as the scoreboard prints them: (green side, red side),
    /// in percent or days.
    pub fn thresholds(self) -> (u32, u32) {
        match self {
            Indicator::AcceptedWithinSevenDays | Indicator::AnsweredByAgreedDate => (80, 60),
            Indicator::AverageDaysToAnswer => (16, 25),
            Indicator::NegativeTimeliness | Indicator::NegativeEffort => (5, 15),
        }
    }

    /// The band of a figure, compared exactly (as fractions, not rounded percentages), or
    /// `None` when the figure rests on no request.
    pub fn band(self, figure: &Figure) -> Option<Band> {
        let (sum, count) = (figure.numerator, figure.denominator);
        if count == 0 {
            return None;
        }
        let (green, red) = self.thresholds();
        let (green, red) = (u64::from(green), u64::from(red));
        Some(match self {
            // Shares where more is better: at least `green` % is green, below `red` % red.
            Indicator::AcceptedWithinSevenDays | Indicator::AnsweredByAgreedDate => {
                if sum * 100 >= green * count {
                    Band::Green
                } else if sum * 100 >= red * count {
                    Band::Yellow
                } else {
                    Band::Red
                }
            }
            // Days where fewer is better: below `green` days green, above `red` days red.
            Indicator::AverageDaysToAnswer => {
                if sum < green * count {
                    Band::Green
                } else if sum <= red * count {
                    Band::Yellow
                } else {
                    Band::Red
                }
            }
            // Shares where less is better: below `green` % green, from `red` % red.
            Indicator::NegativeTimeliness | Indicator::NegativeEffort => {
                if sum * 100 < green * count {
                    Band::Green
                } else if sum * 100 < red * count {
                    Band::Yellow
                } else {
                    Band::Red
                }
            }
        })
    }
}

/// One side of a request: the authority and its country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// The authority.
    pub authority: AuthorityId,
    /// Its country.
    pub country: CountryCode,
}

/// What statistics know of one sent request: no name, no text, no document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestFacts {
    /// Its legislative area.
    pub area: LegislativeArea,
    /// The authority that sent it.
    pub requester: Party,
    /// The authority that holds it now.
    pub responder: Party,
    /// Its state now.
    pub state: RequestState,
    /// The day it was sent.
    pub sent: Date,
    /// The day the current responder received it: `sent`, or the last forward's day.
    pub received: Date,
    /// The day the current responder accepted it.
    pub accepted: Option<Date>,
    /// The first answer's day.
    pub answered: Option<Date>,
    /// The agreed deadline.
    pub deadline: Option<Date>,
    /// The requester's rating of the answer's timeliness, once closed.
    pub timeliness: Option<Rating>,
    /// The requester's rating of the effort, once closed.
    pub effort: Option<Rating>,
}

/// Whose figures: what the viewer may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every country (the Commission).
    Everything,
    /// One country's authorities (its national coordinator).
    Country(CountryCode),
    /// One country's authorities in some legislative areas (an area coordinator).
    Areas(CountryCode, Vec<LegislativeArea>),
    /// One authority (its officials).
    Authority(AuthorityId),
}

impl Scope {
    /// Whether `party` is one of the viewed authorities for a request of `area`.
    fn covers(&self, party: &Party, area: LegislativeArea) -> bool {
        match self {
            Scope::Everything => true,
            Scope::Country(country) => party.country == *country,
            Scope::Areas(country, areas) => party.country == *country && areas.contains(&area),
            Scope::Authority(id) => party.authority == *id,
        }
    }
}

/// What one call asks for, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatisticsQuery {
    /// The first day, inclusive.
    pub from: Date,
    /// The last day, inclusive.
    pub to: Date,
    /// Only this legislative area.
    pub area: Option<LegislativeArea>,
    /// Only requests whose other side is of this country.
    pub partner: Option<CountryCode>,
    /// Only requests the viewed authorities sent, or only those they received.
    pub direction: Option<Direction>,
    /// The length of a series' steps.
    pub granularity: Granularity,
}

impl StatisticsQuery {
    /// The query string of `GET /api/statistics` for this query and, for the Commission,
    /// whose figures: written in this one place, read back by [`StatisticsParams::check`].
    pub fn to_query_string(&self, country: Option<CountryCode>) -> String {
        let mut pairs = Pairs::default();
        pairs.push("from", self.from);
        pairs.push("to", self.to);
        pairs.push("granularity", self.granularity.as_str());
        pairs.push_some("area", self.area.map(LegislativeArea::as_str));
        pairs.push_some("partner", self.partner.map(CountryCode::as_str));
        pairs.push_some("direction", self.direction.map(Direction::as_str));
        pairs.push_some("country", country.map(CountryCode::as_str));
        pairs.0
    }
}

/// `GET /api/statistics`'s parameters as the address carries them.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
pub struct StatisticsParams {
    /// The first day (`YYYY-MM-DD`), required.
    pub from: Option<String>,
    /// The last day (`YYYY-MM-DD`), required; at most 3,700 days after `from`.
    pub to: Option<String>,
    /// Only this legislative area.
    pub area: Option<String>,
    /// Whose figures, for the Commission: one country's (by default every country's).
    /// Others may name only what they see anyway.
    pub country: Option<String>,
    /// Only requests whose other side is of this country.
    pub partner: Option<String>,
    /// `sent` or `received`; both by default.
    pub direction: Option<String>,
    /// `month` (default), `quarter` or `year`.
    pub granularity: Option<String>,
}

impl StatisticsParams {
    /// The checked query and the country asked for, or every parameter at fault with why
    /// (`missing`, `invalid_date`, `unknown`; at `to`, `out_of_range` for a period that ends
    /// before it starts and `too_long` for one longer than [`MAX_PERIOD_DAYS`]).
    pub fn check(&self) -> Result<(StatisticsQuery, Option<CountryCode>), Vec<FieldError>> {
        let mut errors = Vec::new();
        let date = |errors: &mut Vec<FieldError>, name: &str, value: &Option<String>| match value
            .as_deref()
            .map(Date::parse)
        {
            None => {
                errors.push(FieldError::new(name, FieldCode::Missing));
                None
            }
            Some(Err(_)) => {
                errors.push(FieldError::new(name, FieldCode::InvalidDate));
                None
            }
            Some(Ok(date)) => Some(date),
        };
        let from = date(&mut errors, "from", &self.from);
        let to = date(&mut errors, "to", &self.to);
        let e = &mut errors;
        let unknown = FieldCode::Unknown;
        let area = parsed(e, "area", unknown, self.area.as_deref(), |a| {
            LegislativeArea::parse(a).ok()
        });
        let country = parsed(e, "country", unknown, self.country.as_deref(), |c| {
            CountryCode::parse(c).ok()
        });
        let partner = parsed(e, "partner", unknown, self.partner.as_deref(), |c| {
            CountryCode::parse(c).ok()
        });
        let direction = parsed(
            e,
            "direction",
            unknown,
            self.direction.as_deref(),
            Direction::parse,
        );
        let granularity = parsed(
            e,
            "granularity",
            unknown,
            self.granularity.as_deref(),
            Granularity::parse,
        );
        if let (Some(from), Some(to)) = (from, to) {
            // The end before the start is outside the period's range; a period longer than one
            // call may cover is too long.
            let days = from.days_until(to);
            if days < 0 {
                errors.push(FieldError::new("to", FieldCode::OutOfRange));
            } else if days > MAX_PERIOD_DAYS {
                errors.push(FieldError::new("to", FieldCode::TooLong).with(FieldParams {
                    max: u64::try_from(MAX_PERIOD_DAYS).ok(),
                    ..FieldParams::default()
                }));
            }
        }
        match (from, to) {
            (Some(from), Some(to)) if errors.is_empty() => Ok((
                StatisticsQuery {
                    from,
                    to,
                    area,
                    partner,
                    direction,
                    granularity: granularity.unwrap_or(Granularity::Month),
                },
                country,
            )),
            _ => Err(errors),
        }
    }
}

/// A figure with what it rests on: a share is `numerator` of `denominator` requests, an
/// average is `numerator` days over `denominator` answers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Figure {
    /// The requests it counts.
    pub numerator: u64,
    /// All the requests it rests on.
    pub denominator: u64,
}

impl Figure {
    fn count(&mut self, hit: bool) {
        self.denominator += 1;
        self.numerator += u64::from(hit);
    }

    /// The share (from 0 to 1), or the average; `None` when it rests on no request.
    pub fn value(&self) -> Option<f64> {
        (self.denominator > 0).then(|| self.numerator as f64 / self.denominator as f64)
    }
}

/// The speed and satisfaction figures of a set of requests.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Performance {
    /// Accepted within 7 days of receipt, of those accepted or waiting longer than that.
    pub accepted_within_7_days: Figure,
    /// Days from receipt to the first answer, over the answered requests.
    pub days_to_answer: Figure,
    /// The median of those days (the lower middle one of an even count).
    pub median_days_to_answer: Option<u64>,
    /// Answered by the agreed date, of the answered requests with an agreed date.
    pub answered_by_agreed_date: Figure,
    /// Answered within 14 days of receipt, of the answered requests.
    pub answered_within_two_weeks: Figure,
    /// Rated negative for timeliness, of the rated requests.
    pub negative_timeliness: Figure,
    /// Rated negative for effort, of the rated requests.
    pub negative_effort: Figure,
}

impl Performance {
    /// The figure of a scoreboard indicator.
    pub fn indicator(&self, indicator: Indicator) -> &Figure {
        match indicator {
            Indicator::AcceptedWithinSevenDays => &self.accepted_within_7_days,
            Indicator::AverageDaysToAnswer => &self.days_to_answer,
            Indicator::AnsweredByAgreedDate => &self.answered_by_agreed_date,
            Indicator::NegativeTimeliness => &self.negative_timeliness,
            Indicator::NegativeEffort => &self.negative_effort,
        }
    }
}

/// One step of a series: its first day and its figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Step {
    /// The first day of the month, quarter or year.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub start: Date,
    /// The first day of the month, quarter or year.
    pub sent: u64,
    /// Requests the viewed authorities sent.
    pub received: u64,
    /// Requests they received.
    pub performance: Performance,
}

/// A count per key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Volume<K> {
    /// What is counted: an area or a country.
    pub key: K,
    /// Requests the viewed authorities sent.
    pub sent: u64,
    /// Requests they received.
    pub received: u64,
}

/// Requests from one country to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Exchange {
    /// The requesting country.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub from: CountryCode,
    /// The responding country.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub to: CountryCode,
    /// How many requests.
    pub requests: u64,
}

/// A country's line of the scoreboard: its performance as the responding side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScoreboardRow {
    /// The country.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub country: CountryCode,
    /// Its speed and satisfaction as the responding side.
    pub performance: Performance,
    /// Each indicator's band, in [`Indicator::ALL`]'s order; `None` where it rests on no
    /// request.
    pub bands: Vec<Option<Band>>,
}

impl ScoreboardRow {
    /// A country's line: its figures and each indicator's band.
    pub fn new(country: CountryCode, performance: Performance) -> ScoreboardRow {
        let bands = Indicator::ALL
            .iter()
            .map(|indicator| indicator.band(performance.indicator(*indicator)))
            .collect();
        ScoreboardRow {
            country,
            performance,
            bands,
        }
    }
}

/// An indicator with its thresholds, for the legend beside the scoreboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IndicatorView {
    /// The indicator.
    pub indicator: Indicator,
    /// Where green ends (percent or days).
    pub green: u32,
    /// Where red begins (percent or days).
    pub red: u32,
}

/// What a viewer's figures are of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ScopeView {
    /// Every country.
    Everything,
    /// One country's authorities.
    Country {
        /// The country.
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        country: CountryCode,
    },
    /// One country's authorities in some legislative areas.
    Areas {
        /// The country.
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        country: CountryCode,
        /// The areas.
        #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>))]
        areas: Vec<LegislativeArea>,
    },
    /// One authority.
    Authority {
        /// The authority.
        #[cfg_attr(feature = "openapi", schema(value_type = i32))]
        authority: AuthorityId,
    },
}

impl From<&Scope> for ScopeView {
    fn from(scope: &Scope) -> ScopeView {
        match scope {
            Scope::Everything => ScopeView::Everything,
            Scope::Country(country) => ScopeView::Country { country: *country },
            Scope::Areas(country, areas) => ScopeView::Areas {
                country: *country,
                areas: areas.clone(),
            },
            Scope::Authority(authority) => ScopeView::Authority {
                authority: *authority,
            },
        }
    }
}

/// `GET /api/statistics`: the viewer's figures for the period, beside the whole EEA's, and
/// the scoreboard of the countries the viewer may compare.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatisticsView {
    /// Whose figures these are.
    pub scope: ScopeView,
    /// The first day of the period.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub from: Date,
    /// The last day of the period.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub to: Date,
    /// The day "now" is (for what is open and overdue), in `time_zone`.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub today: Date,
    /// The time zone every day is counted in: `UTC`.
    pub time_zone: String,
    /// The viewer's figures.
    pub figures: Figures,
    /// The whole EEA's, for comparison; `None` when the viewer's scope is already the EEA.
    pub eea: Option<Figures>,
    /// Each country's indicators as the responding side, coloured by the thresholds.
    pub scoreboard: Vec<ScoreboardRow>,
    /// The indicators and their thresholds.
    pub indicators: Vec<IndicatorView>,
}

/// Every figure of a set of requests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Figures {
    /// The requests sent in the period that the figures rest on.
    pub requests: u64,
    /// Of those, sent by the viewed authorities.
    pub sent: u64,
    /// Of those, received by the viewed authorities.
    pub received: u64,
    /// Their speed and satisfaction (as the responding side where they received).
    pub performance: Performance,
    /// Open now (waiting for acceptance, accepted or waiting for information), whenever sent.
    pub open_now: u64,
    /// Of those, past their agreed deadline.
    pub overdue_now: u64,
    /// The series of the period, one step per month, quarter or year with a request.
    pub series: Vec<Step>,
    /// The counts per legislative area.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub by_area: Vec<Volume<LegislativeArea>>,
    /// Per country of the other side.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub by_partner: Vec<Volume<CountryCode>>,
    /// Requests from country to country.
    pub exchanges: Vec<Exchange>,
}

/// Whether a request is one of the viewed authorities' (and on which side), under the
/// query's filters; `None` when it is not counted at all.
fn sides(facts: &RequestFacts, scope: &Scope, query: &StatisticsQuery) -> Option<(bool, bool)> {
    if query.area.is_some_and(|area| area != facts.area) {
        return None;
    }
    let sent = scope.covers(&facts.requester, facts.area)
        && query.partner.is_none_or(|c| c == facts.responder.country);
    let received = scope.covers(&facts.responder, facts.area)
        && query.partner.is_none_or(|c| c == facts.requester.country);
    let (sent, received) = match query.direction {
        None => (sent, received),
        Some(Direction::Sent) => (sent, false),
        Some(Direction::Received) => (false, received),
    };
    (sent || received).then_some((sent, received))
}

/// Adds a request to the speed and satisfaction figures of its responding side.
fn measure(performance: &mut Performance, days: &mut Vec<u64>, facts: &RequestFacts, today: Date) {
    match facts.accepted {
        Some(accepted) => performance
            .accepted_within_7_days
            .count(facts.received.days_until(accepted) <= ACCEPT_DAYS),
        // Still waiting, and already longer than 7 days: it can only be late.
        None if facts.state == RequestState::AwaitingAcceptance
            && facts.received.days_until(today) > ACCEPT_DAYS =>
        {
            performance.accepted_within_7_days.count(false)
        }
        None => {}
    }
    if let Some(answered) = facts.answered {
        let took = u64::try_from(facts.received.days_until(answered).max(0)).unwrap_or(0);
        performance.days_to_answer.numerator += took;
        performance.days_to_answer.denominator += 1;
        days.push(took);
        performance
            .answered_within_two_weeks
            .count(i64::try_from(took).unwrap_or(i64::MAX) <= TWO_WEEKS_DAYS);
        if let Some(deadline) = facts.deadline {
            performance
                .answered_by_agreed_date
                .count(answered <= deadline);
        }
    }
    if let Some(rating) = facts.timeliness {
        performance.negative_timeliness.count(rating.is_negative());
    }
    if let Some(rating) = facts.effort {
        performance.negative_effort.count(rating.is_negative());
    }
}

/// Counts of (sent, received) per key as volumes, in the keys' order.
fn volumes<K>(counts: BTreeMap<K, (u64, u64)>) -> Vec<Volume<K>> {
    counts
        .into_iter()
        .map(|(key, (sent, received))| Volume {
            key,
            sent,
            received,
        })
        .collect()
}

/// The median of whole days: the lower middle one of an even count.
fn median(mut days: Vec<u64>) -> Option<u64> {
    days.sort_unstable();
    let middle = days.len().checked_sub(1)? / 2;
    days.get(middle).copied()
}

/// The first day of the step `date` falls in.
pub fn step_start(date: Date, granularity: Granularity) -> Date {
    let month = match granularity {
        Granularity::Month => date.month(),
        Granularity::Quarter => (date.month() - 1) / 3 * 3 + 1,
        Granularity::Year => 1,
    };
    Date::from_ymd(date.year(), month, 1).unwrap_or(date)
}

/// The figures of the requests in `scope` under `query`, on `today` (for what is open and
/// overdue now). This is the definition of every figure.
pub fn compute(
    facts: &[RequestFacts],
    scope: &Scope,
    query: &StatisticsQuery,
    today: Date,
) -> Figures {
    let mut figures = Figures {
        requests: 0,
        sent: 0,
        received: 0,
        performance: Performance::default(),
        open_now: 0,
        overdue_now: 0,
        series: Vec::new(),
        by_area: Vec::new(),
        by_partner: Vec::new(),
        exchanges: Vec::new(),
    };
    let mut days = Vec::new();
    let mut steps: BTreeMap<Date, (u64, u64, Performance, Vec<u64>)> = BTreeMap::new();
    let mut areas: BTreeMap<LegislativeArea, (u64, u64)> = BTreeMap::new();
    let mut partners: BTreeMap<CountryCode, (u64, u64)> = BTreeMap::new();
    let mut exchanges: BTreeMap<(CountryCode, CountryCode), u64> = BTreeMap::new();
    for request in facts {
        let Some((sent, received)) = sides(request, scope, query) else {
            continue;
        };
        if matches!(
            request.state,
            RequestState::AwaitingAcceptance | RequestState::Accepted | RequestState::InfoRequested
        ) {
            figures.open_now += 1;
            figures.overdue_now += u64::from(crate::lifecycle::is_overdue(
                request.state,
                request.deadline,
                today,
            ));
        }
        if request.sent < query.from || request.sent > query.to {
            continue;
        }
        figures.requests += 1;
        figures.sent += u64::from(sent);
        figures.received += u64::from(received);
        let step = steps
            .entry(step_start(request.sent, query.granularity))
            .or_default();
        step.0 += u64::from(sent);
        step.1 += u64::from(received);
        let area = areas.entry(request.area).or_default();
        area.0 += u64::from(sent);
        area.1 += u64::from(received);
        if sent {
            partners.entry(request.responder.country).or_default().0 += 1;
        }
        if received {
            partners.entry(request.requester.country).or_default().1 += 1;
            // Speed and satisfaction are the responding side's: measured where the viewed
            // authorities received the request.
            measure(&mut figures.performance, &mut days, request, today);
            measure(&mut step.2, &mut step.3, request, today);
        }
        *exchanges
            .entry((request.requester.country, request.responder.country))
            .or_default() += 1;
    }
    figures.performance.median_days_to_answer = median(days);
    figures.series = steps
        .into_iter()
        .map(|(start, (sent, received, mut performance, days))| {
            performance.median_days_to_answer = median(days);
            Step {
                start,
                sent,
                received,
                performance,
            }
        })
        .collect();
    figures.by_area = volumes(areas);
    figures.by_partner = volumes(partners);
    figures.exchanges = exchanges
        .into_iter()
        .map(|((from, to), requests)| Exchange { from, to, requests })
        .collect();
    figures
}

/// The scoreboard: each country of `countries` as the responding side, its indicators and
/// their bands. The same figures as [`compute`] for `Scope::Country` with
/// `Direction::Received`, counted in one pass over the facts rather than one per country.
pub fn scoreboard(
    facts: &[RequestFacts],
    countries: &[CountryCode],
    query: &StatisticsQuery,
    today: Date,
) -> Vec<ScoreboardRow> {
    let mut rows: BTreeMap<CountryCode, (Performance, Vec<u64>)> = countries
        .iter()
        .map(|&country| (country, Default::default()))
        .collect();
    for request in facts {
        let counted = query.area.is_none_or(|area| area == request.area)
            && query.partner.is_none_or(|c| c == request.requester.country)
            && (query.from..=query.to).contains(&request.sent);
        if let Some((performance, days)) =
            rows.get_mut(&request.responder.country).filter(|_| counted)
        {
            measure(performance, days, request, today);
        }
    }
    countries
        .iter()
        .map(|country| {
            let (mut performance, days) = rows.remove(country).unwrap_or_default();
            performance.median_days_to_answer = median(days);
            ScoreboardRow::new(*country, performance)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).expect("a date")
    }

    fn party(id: i32, country: &str) -> Party {
        Party {
            authority: AuthorityId(id),
            country: CountryCode::parse(country).expect("a country"),
        }
    }

    fn facts(sent: &str) -> RequestFacts {
        RequestFacts {
            area: LegislativeArea::parse("services").expect("an area"),
            requester: party(1, "LV"),
            responder: party(2, "PT"),
            state: RequestState::AwaitingAcceptance,
            sent: day(sent),
            received: day(sent),
            accepted: None,
            answered: None,
            deadline: None,
            timeliness: None,
            effort: None,
        }
    }

    fn query() -> StatisticsQuery {
        StatisticsQuery {
            from: day("2026-01-01"),
            to: day("2026-12-31"),
            area: None,
            partner: None,
            direction: None,
            granularity: Granularity::Month,
        }
    }

    #[test]
    fn bands_follow_the_commissions_thresholds_exactly() {
        let share = |numerator, denominator| Figure {
            numerator,
            denominator,
        };
        let accepted = Indicator::AcceptedWithinSevenDays;
        assert_eq!(accepted.band(&share(4, 5)), Some(Band::Green));
        assert_eq!(accepted.band(&share(79, 100)), Some(Band::Yellow));
        assert_eq!(accepted.band(&share(3, 5)), Some(Band::Yellow));
        assert_eq!(accepted.band(&share(59, 100)), Some(Band::Red));
        assert_eq!(accepted.band(&share(0, 0)), None);
        let days = Indicator::AverageDaysToAnswer;
        assert_eq!(days.band(&share(31, 2)), Some(Band::Green));
        assert_eq!(days.band(&share(32, 2)), Some(Band::Yellow));
        assert_eq!(days.band(&share(50, 2)), Some(Band::Yellow));
        assert_eq!(days.band(&share(51, 2)), Some(Band::Red));
        let negative = Indicator::NegativeEffort;
        assert_eq!(negative.band(&share(4, 100)), Some(Band::Green));
        assert_eq!(negative.band(&share(1, 20)), Some(Band::Yellow));
        assert_eq!(negative.band(&share(14, 100)), Some(Band::Yellow));
        assert_eq!(negative.band(&share(3, 20)), Some(Band::Red));
    }

    #[test]
    fn speed_is_measured_from_the_receipt_by_the_responder() {
        let mut forwarded = facts("2026-03-01");
        forwarded.received = day("2026-03-20");
        forwarded.accepted = Some(day("2026-03-25"));
        forwarded.answered = Some(day("2026-04-01"));
        forwarded.deadline = Some(day("2026-03-31"));
        forwarded.state = RequestState::Answered;
        let mut late = facts("2026-03-02");
        late.accepted = Some(day("2026-03-10"));
        late.answered = Some(day("2026-03-30"));
        late.deadline = Some(day("2026-04-30"));
        late.state = RequestState::Closed;
        late.timeliness = Some(Rating::Negative);
        late.effort = Some(Rating::Positive);
        let waiting = facts("2026-03-03");
        let all = [forwarded, late, waiting];
        let figures = compute(&all, &Scope::Everything, &query(), day("2026-03-12"));
        let p = &figures.performance;
        // Forwarded: 5 days after receipt; late: 8 days; waiting: 9 days and counting.
        assert_eq!(
            p.accepted_within_7_days,
            Figure {
                numerator: 1,
                denominator: 3
            }
        );
        assert_eq!(
            p.days_to_answer,
            Figure {
                numerator: 12 + 28,
                denominator: 2
            }
        );
        assert_eq!(p.median_days_to_answer, Some(12));
        assert_eq!(
            p.answered_by_agreed_date,
            Figure {
                numerator: 1,
                denominator: 2
            }
        );
        assert_eq!(
            p.answered_within_two_weeks,
            Figure {
                numerator: 1,
                denominator: 2
            }
        );
        assert_eq!(
            p.negative_timeliness,
            Figure {
                numerator: 1,
                denominator: 1
            }
        );
        assert_eq!(
            p.negative_effort,
            Figure {
                numerator: 0,
                denominator: 1
            }
        );
        assert_eq!((figures.open_now, figures.overdue_now), (1, 0));
    }

    #[test]
    fn sides_directions_and_partners_select_what_counts() {
        let mut back = facts("2026-05-05");
        (back.requester, back.responder) = (party(2, "PT"), party(3, "LV"));
        let mut elsewhere = facts("2026-05-06");
        (elsewhere.requester, elsewhere.responder) = (party(4, "DE"), party(5, "FR"));
        let all = [facts("2026-05-01"), back, elsewhere, facts("2025-12-31")];
        let latvia = Scope::Country(CountryCode::parse("LV").expect("LV"));
        let figures = compute(&all, &latvia, &query(), day("2026-06-01"));
        assert_eq!(
            (figures.requests, figures.sent, figures.received),
            (2, 1, 1)
        );
        let sent = StatisticsQuery {
            direction: Some(Direction::Sent),
            ..query()
        };
        assert_eq!(compute(&all, &latvia, &sent, day("2026-06-01")).requests, 1);
        let germany = StatisticsQuery {
            partner: CountryCode::parse("DE").ok(),
            ..query()
        };
        assert_eq!(
            compute(&all, &latvia, &germany, day("2026-06-01")).requests,
            0
        );
        let everything = compute(&all, &Scope::Everything, &query(), day("2026-06-01"));
        assert_eq!(everything.requests, 3);
        assert_eq!(everything.exchanges.len(), 3);
        // One authority sees its own requests only, in an area coordinator's areas too.
        assert_eq!(
            compute(
                &all,
                &Scope::Authority(AuthorityId(3)),
                &query(),
                day("2026-06-01")
            )
            .requests,
            1
        );
        let other_area = Scope::Areas(
            CountryCode::parse("LV").expect("LV"),
            vec![LegislativeArea::parse("posting_of_workers").expect("an area")],
        );
        assert_eq!(
            compute(&all, &other_area, &query(), day("2026-06-01")).requests,
            0
        );
    }

    #[test]
    fn the_scoreboard_is_each_countrys_received_figures() {
        let mut answered = facts("2026-04-01");
        answered.accepted = Some(day("2026-04-09"));
        answered.answered = Some(day("2026-04-20"));
        answered.deadline = Some(day("2026-04-15"));
        answered.state = RequestState::Closed;
        answered.timeliness = Some(Rating::Negative);
        answered.effort = Some(Rating::Neutral);
        let mut back = facts("2026-04-02");
        (back.requester, back.responder) = (party(2, "PT"), party(3, "LV"));
        back.accepted = Some(day("2026-04-03"));
        let outside = facts("2025-04-01");
        let all = [answered, back, outside, facts("2026-06-01")];
        let countries: Vec<CountryCode> = CountryCode::all().collect();
        for query in [
            query(),
            StatisticsQuery {
                partner: CountryCode::parse("LV").ok(),
                ..query()
            },
            StatisticsQuery {
                direction: Some(Direction::Sent),
                ..query()
            },
        ] {
            let rows = scoreboard(&all, &countries, &query, day("2026-07-01"));
            for row in rows {
                let received = StatisticsQuery {
                    direction: Some(Direction::Received),
                    ..query.clone()
                };
                let expected = compute(
                    &all,
                    &Scope::Country(row.country),
                    &received,
                    day("2026-07-01"),
                );
                assert_eq!(row.performance, expected.performance, "{}", row.country);
            }
        }
    }

    #[test]
    fn series_steps_start_on_their_first_day() {
        let all = [
            facts("2026-02-10"),
            facts("2026-02-28"),
            facts("2026-05-01"),
        ];
        let quarters = StatisticsQuery {
            granularity: Granularity::Quarter,
            ..query()
        };
        let figures = compute(&all, &Scope::Everything, &quarters, day("2026-06-01"));
        let starts: Vec<(String, u64)> = figures
            .series
            .iter()
            .map(|s| (s.start.to_string(), s.sent))
            .collect();
        assert_eq!(
            starts,
            [("2026-01-01".to_owned(), 2), ("2026-04-01".to_owned(), 1)]
        );
    }

    #[test]
    fn a_query_reads_back_as_written() {
        let written = StatisticsQuery {
            area: LegislativeArea::parse("services").ok(),
            partner: CountryCode::parse("PT").ok(),
            direction: Some(Direction::Received),
            granularity: Granularity::Quarter,
            ..query()
        };
        let country = CountryCode::parse("LV").ok();
        let text = written.to_query_string(country);
        let mut params = StatisticsParams::default();
        for pair in text.split('&') {
            let (key, value) = pair.split_once('=').expect("key=value");
            let value = Some(value.to_owned());
            match key {
                "from" => params.from = value,
                "to" => params.to = value,
                "area" => params.area = value,
                "partner" => params.partner = value,
                "direction" => params.direction = value,
                "granularity" => params.granularity = value,
                "country" => params.country = value,
                other => panic!("unexpected {other}"),
            }
        }
        assert_eq!(params.check(), Ok((written, country)));
    }

    #[test]
    fn parameters_are_checked_with_a_reason_each() {
        let params = |from: &str, to: &str| StatisticsParams {
            from: Some(from.to_owned()),
            to: Some(to.to_owned()),
            ..StatisticsParams::default()
        };
        assert!(params("2026-01-01", "2026-12-31").check().is_ok());
        let reversed = params("2026-12-31", "2026-01-01").check().unwrap_err();
        assert_eq!(
            (reversed[0].field.as_str(), reversed[0].code),
            ("to", FieldCode::OutOfRange)
        );
        let long = params("2000-01-01", "2026-01-01").check().unwrap_err();
        assert_eq!(long[0].code, FieldCode::TooLong);
        let unknown = StatisticsParams {
            area: Some("fishing".to_owned()),
            direction: Some("sideways".to_owned()),
            ..params("2026-01-01", "2026-02-01")
        }
        .check()
        .unwrap_err();
        let fields: Vec<&str> = unknown.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["area", "direction"]);
        let missing = StatisticsParams::default().check().unwrap_err();
        assert_eq!(missing.len(), 2);
    }
}
