//! Statistics for the Commission, coordinators and authorities: the facts of every sent
//! request (`shared::statistics::RequestFacts`, read from the request rows and their timeline,
//! never from personal data; see `facts`) counted by `shared::statistics::FactsTable`, held to
//! `shared::statistics::compute`, the one definition of every figure, within what the viewer
//! may see.

mod facts;

pub use facts::{FactsCache, all as all_facts};

use sea_orm::{ConnectionTrait, EntityTrait};
use shared::error::FieldCode;
use shared::registry::CoordinatorKind;
use shared::statistics::{
    Indicator, IndicatorView, Scope, ScopeView, StatisticsQuery, StatisticsView,
};
use shared::{CountryCode, Role};

use crate::auth::{Account, AuthUser};
use crate::entities::authority;
use crate::error::{AppError, Result};
use crate::services::registry::coordinatorship;
use crate::state::AppState;

/// Reads the facts at start-up, before the server listens, so that no dashboard call waits
/// for every request to be read; then writes them out, so that the next start reads what
/// changed since. When there was no snapshot to start from, the writing is part of the
/// start (it happens once); otherwise it runs in the background. A failure is logged: the
/// first call reads the facts instead.
pub async fn warm_up(state: &AppState) {
    let started = std::time::Instant::now();
    match state.statistics.with(&state.db, |table| table.len()).await {
        Ok(requests) => tracing::info!(
            requests,
            read = state.statistics.requests_read(),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "statistics ready"
        ),
        Err(err) => {
            tracing::warn!(error = %err, "statistics not read at start-up");
            return;
        }
    }
    let save = |state: AppState| async move {
        if let Err(err) = state.statistics.save(&state.db).await {
            tracing::warn!(error = %err, "statistics snapshot not written after start-up");
        }
    };
    if state.statistics.has_snapshot().await {
        tokio::spawn(save(state.clone()));
    } else {
        save(state.clone()).await;
    }
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
    let today = facts::day_of(state.clock.now());
    let countries: Vec<CountryCode> = match &scope {
        Scope::Everything => CountryCode::all().collect(),
        Scope::Country(country) => vec![*country],
        // An area coordinator's or an authority's own figures carry their bands in the page;
        // a country's whole line is more than they coordinate.
        Scope::Areas(..) | Scope::Authority(_) => Vec::new(),
    };
    let answer = state
        .statistics
        .with(&state.db, |table| {
            table.answer(&scope, &query, today, &countries)
        })
        .await?;
    Ok(StatisticsView {
        scope: ScopeView::from(&scope),
        from: query.from,
        to: query.to,
        today,
        time_zone: "UTC".to_owned(),
        figures: answer.figures,
        eea: answer.eea,
        scoreboard: answer.scoreboard,
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
