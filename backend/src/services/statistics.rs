//! Statistics for the Commission, coordinators and authorities: the facts of every sent
//! request (`shared::statistics::RequestFacts`, read from the request rows and their timeline,
//! never from personal data) given to `shared::statistics::compute`, the one definition of
//! every figure, within what the viewer may see.

use chrono::{DateTime, Datelike, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use shared::error::FieldCode;
use shared::lifecycle::{Rating, RequestState};
use shared::registry::CoordinatorKind;
use shared::request::EventKind;
use shared::statistics::{
    Indicator, IndicatorView, Party, RequestFacts, Scope, ScopeView, StatisticsQuery,
    StatisticsView, compute, scoreboard,
};
use shared::{AuthorityId, CountryCode, Date, LegislativeArea, Role};
use std::collections::BTreeMap;
use std::sync::Arc;

use crate::auth::{Account, AuthUser};
use crate::entities::{authority, request, request_event};
use crate::error::{AppError, Result};
use crate::services::registry::coordinatorship;
use crate::state::AppState;

/// The calendar day of an instant, in UTC (the time zone every figure is counted in).
fn day_of(at: DateTime<Utc>) -> Date {
    let day = at.date_naive();
    Date::from_ymd(
        u16::try_from(day.year()).unwrap_or(1),
        u8::try_from(day.month()).unwrap_or(1),
        u8::try_from(day.day()).unwrap_or(1),
    )
    .unwrap_or(Date::MIN)
}

/// What the viewer may see: the Commission's observers every country, a national
/// coordinator its country, an area coordinator its country's authorities in its areas,
/// any other official their own authority. A `country` asked for narrows the Commission's
/// view to that country; anyone else may only name their own.
async fn scope_of(
    db: &impl ConnectionTrait,
    user: &Account,
    country: Option<CountryCode>,
) -> Result<Scope> {
    let Some(official) = AuthUser::official(user.clone()) else {
        // The Commission's staff observe every country, and only observers see figures.
        return if user.roles.contains(&Role::COMMISSION_OBSERVER) {
            Ok(country.map_or(Scope::Everything, Scope::Country))
        } else {
            Err(AppError::Forbidden)
        };
    };
    let own_scope = match coordinatorship(db, &official).await? {
        Some(c) if c.kind == CoordinatorKind::National => Scope::Country(c.country),
        Some(c) => Scope::Areas(c.country, c.areas),
        None => Scope::Authority(official.authority_id),
    };
    let Some(asked) = country else {
        return Ok(own_scope);
    };
    let own_country = match &own_scope {
        Scope::Country(country) | Scope::Areas(country, _) => Some(*country),
        _ => authority::Entity::find_by_id(official.authority_id.0)
            .one(db)
            .await?
            .and_then(|row| CountryCode::parse(&row.country).ok()),
    };
    if own_country == Some(asked) {
        Ok(own_scope)
    } else {
        Err(AppError::field("country", FieldCode::NotOwnCountry))
    }
}

/// The dates the timeline gives each request: accepted (the last acceptance, by the
/// authority that holds it), first answered, and received (the last forward).
#[derive(Default)]
struct Dates {
    accepted: Option<Date>,
    answered: Option<Date>,
    forwarded: Option<Date>,
}

/// Reads the timeline's dates of the sent requests, oldest event first.
async fn timeline_dates(db: &impl ConnectionTrait) -> Result<BTreeMap<i32, Dates>> {
    let kinds = [
        EventKind::Accepted,
        EventKind::Answered,
        EventKind::Forwarded,
    ];
    let events: Vec<(i32, String, DateTime<Utc>)> = request_event::Entity::find()
        .select_only()
        .columns([
            request_event::Column::RequestId,
            request_event::Column::Kind,
            request_event::Column::At,
        ])
        .filter(request_event::Column::Kind.is_in(kinds.map(EventKind::as_str)))
        .order_by_asc(request_event::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let mut dates: BTreeMap<i32, Dates> = BTreeMap::new();
    for (request, kind, at) in events {
        let entry = dates.entry(request).or_default();
        let day = Some(day_of(at));
        match EventKind::parse(&kind) {
            Some(EventKind::Accepted) => entry.accepted = day,
            Some(EventKind::Answered) => entry.answered = entry.answered.or(day),
            Some(EventKind::Forwarded) => {
                // A forward hands the request to another authority, which has not accepted it.
                entry.forwarded = day;
                entry.accepted = None;
            }
            _ => {}
        }
    }
    Ok(dates)
}

/// The facts of every sent request as last read, with the version of the requests they were
/// read at: the sum of the authorities' `requests_version`, which every change to a request
/// raises in its own transaction (`overview_cache::bump`). A call reads the version first and
/// then the facts, so the facts kept are never older than the version they are kept under;
/// several instances each keep their own and each notices the others' changes.
#[derive(Default)]
pub struct FactsCache(tokio::sync::Mutex<Option<(i64, Arc<Vec<RequestFacts>>)>>);

impl FactsCache {
    /// The facts now: those kept while no request has changed, else read again (one caller
    /// reads, the others wait for it rather than read the same rows at once).
    pub async fn get(&self, db: &impl ConnectionTrait) -> Result<Arc<Vec<RequestFacts>>> {
        let version = requests_version(db).await?;
        let mut kept = self.0.lock().await;
        if let Some((at, facts)) = kept.as_ref()
            && *at == version
        {
            return Ok(facts.clone());
        }
        let facts = Arc::new(facts(db).await?);
        *kept = Some((version, facts.clone()));
        Ok(facts)
    }
}

/// The version of all requests: the sum of the authorities' versions of theirs.
async fn requests_version(db: &impl ConnectionTrait) -> Result<i64> {
    let sum: Option<i64> = authority::Entity::find()
        .select_only()
        .column_as(
            Expr::cust("CAST(COALESCE(SUM(requests_version), 0) AS BIGINT)"),
            "version",
        )
        .into_tuple()
        .one(db)
        .await?;
    Ok(sum.unwrap_or(0))
}

/// The facts of every sent request.
pub async fn facts(db: &impl ConnectionTrait) -> Result<Vec<RequestFacts>> {
    let countries: BTreeMap<i32, CountryCode> = authority::Entity::find()
        .select_only()
        .columns([authority::Column::Id, authority::Column::Country])
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(id, country)| Some((id, CountryCode::parse(&country).ok()?)))
        .collect();
    let party = |id: i32| {
        countries.get(&id).map(|&country| Party {
            authority: AuthorityId(id),
            country,
        })
    };
    let mut dates = timeline_dates(db).await?;
    let rows = request::Entity::find()
        .filter(request::Column::SentAt.is_not_null())
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let sent = day_of(row.sent_at?);
            let dates = dates.remove(&row.id).unwrap_or_default();
            Some(RequestFacts {
                area: LegislativeArea::parse(&row.area).ok()?,
                requester: party(row.requester_id)?,
                responder: party(row.responder_id?)?,
                state: RequestState::parse(&row.state)?,
                sent,
                received: dates.forwarded.unwrap_or(sent),
                accepted: dates.accepted,
                answered: dates.answered,
                deadline: row.deadline.as_deref().and_then(|d| Date::parse(d).ok()),
                timeliness: row.timeliness.as_deref().and_then(Rating::parse),
                effort: row.effort.as_deref().and_then(Rating::parse),
            })
        })
        .collect())
}

/// The viewer's statistics for `query`: their figures, the EEA's beside them, and the
/// scoreboard of the countries they may compare (every country for the Commission, their
/// own for a national coordinator, none for others, who see their own figures).
pub async fn view(
    state: &AppState,
    user: &Account,
    query: StatisticsQuery,
    country: Option<CountryCode>,
) -> Result<StatisticsView> {
    let scope = scope_of(&state.db, user, country).await?;
    let facts = state.statistics.get(&state.db).await?;
    let today = day_of(state.clock.now());
    let countries: Vec<CountryCode> = match &scope {
        Scope::Everything => CountryCode::all().collect(),
        Scope::Country(country) => vec![*country],
        // An area coordinator's or an authority's own figures carry their bands in the page;
        // a country's whole line is more than they coordinate.
        Scope::Areas(..) | Scope::Authority(_) => Vec::new(),
    };
    let eea =
        (scope != Scope::Everything).then(|| compute(&facts, &Scope::Everything, &query, today));
    Ok(StatisticsView {
        scope: ScopeView::from(&scope),
        from: query.from,
        to: query.to,
        today,
        time_zone: "UTC".to_owned(),
        figures: compute(&facts, &scope, &query, today),
        eea,
        scoreboard: scoreboard(&facts, &countries, &query, today),
        indicators: Indicator::ALL
            .iter()
            .map(|&indicator| {
                let (green, red) = indicator.thresholds();
                IndicatorView {
                    indicator,
                    green,
                    red,
                }
            })
            .collect(),
    })
}
