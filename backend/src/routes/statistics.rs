//! `GET /api/statistics`: the figures a viewer may see.

use axum::Json;
use axum::extract::State;
use shared::dto::ApiError;
use shared::statistics::{StatisticsParams, StatisticsView};

use crate::auth::Account;
use crate::error::{AppError, Result};
use crate::extract::ApiQuery;
use crate::services;
use crate::state::AppState;

/// Volumes, speed and satisfaction of the requests sent in a period, for the caller's scope
/// (the Commission every country, a national coordinator its country, an area coordinator
/// its areas, anyone else their authority), beside the whole EEA's, with the scoreboard. Days
/// are calendar days in UTC. No request, name or text is part of it.
#[utoipa::path(get, path = "/api/statistics", tag = "statistics", params(StatisticsParams), responses(
    (status = 200, description = "The figures", body = StatisticsView),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 422, description = "`validation_failed`: `from` or `to` `missing` or `invalid_date`; `to` `out_of_range` (before `from`) or `too_long` (more than 3,700 days after it); `area`, `country`, `partner`, `direction` or `granularity` `unknown`; `country` `not_own_country` (only the Commission may name another)", body = ApiError),
))]
pub async fn statistics(
    State(state): State<AppState>,
    user: Account,
    ApiQuery(params): ApiQuery<StatisticsParams>,
) -> Result<Json<StatisticsView>> {
    let (query, country) = params.check().map_err(AppError::Validation)?;
    Ok(Json(
        services::statistics::view(&state, &user, query, country).await?,
    ))
}
