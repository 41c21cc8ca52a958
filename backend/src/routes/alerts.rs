//! Alerts: compose, act, read, list. The handlers parse and hand over to `services::alerts`,
//! which decides and writes. Reading routes take any account: the Commission's observers
//! read the alerts of the kinds that send it a copy (without personal data); writing routes
//! take an authority's official.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use shared::alert::{AlertBox, AlertDraftInput};
use shared::dto::ApiError;
use shared::dto::{
    AlertActionRequest, AlertCheck, AlertCounts, AlertDraftUpdate, AlertKindsView, AlertListPage,
    AlertRef, AlertSuggestions, AlertView,
};
use shared::error::FieldCode;

use crate::auth::{Account, AuthUser};
use crate::error::{AppError, Result};
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::services::alerts;
use crate::state::AppState;

/// The query of the reading routes.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct LanguageQuery {
    /// The language to read labels in; by default the user's, else English.
    language: Option<String>,
}

/// The query of `GET /api/alerts`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ListQuery {
    /// The box: `drafts`, `sent`, `to_approve`, `to_acknowledge` or `received` (the default).
    #[serde(rename = "box")]
    alert_box: Option<String>,
    /// The page, from 1.
    page: Option<u64>,
}

/// The query of `GET /api/alerts/check`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct CheckQuery {
    /// The person's name as typed (diacritics and one typo forgiven).
    name: String,
    /// A profession's taxonomy id, to narrow the search.
    profession: Option<String>,
    /// The language to read labels in; by default the user's, else English.
    language: Option<String>,
}

/// The longest name the check page searches for, in characters.
const MAX_CHECK_NAME_CHARS: usize = 200;

/// "May this doctor practise?": the qualification alerts in force about a person of this
/// name, among those the caller's country or authority received or sent.
#[utoipa::path(get, path = "/api/alerts/check", tag = "alerts", params(CheckQuery), responses(
    (status = 200, description = "The alerts found", body = AlertCheck),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 422, description = "`validation_failed`: the `name` is `missing` or `too_long`, the `profession` `unknown`", body = ApiError),
))]
pub async fn check(
    State(state): State<AppState>,
    user: AuthUser,
    ApiQuery(query): ApiQuery<CheckQuery>,
) -> Result<Json<AlertCheck>> {
    let language = user.reading_language(query.language.as_deref())?;
    let name = query.name.trim();
    if name.is_empty() {
        return Err(AppError::field("name", FieldCode::Missing));
    }
    if name.chars().count() > MAX_CHECK_NAME_CHARS {
        return Err(AppError::field("name", FieldCode::TooLong));
    }
    let profession = query
        .profession
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty());
    if let Some(id) = profession
        && state
            .search
            .taxonomy()
            .get(id)
            .is_none_or(|c| c.kind != shared::taxonomy::ConceptKind::Profession)
    {
        return Err(AppError::field("profession", FieldCode::Unknown));
    }
    Ok(Json(
        alerts::check(&state, &user.account, name, profession, language).await?,
    ))
}

/// The alert kinds, with their fields and texts in the reader's language.
#[utoipa::path(get, path = "/api/alert-kinds", tag = "alerts", params(LanguageQuery), responses(
    (status = 200, description = "The kinds", body = AlertKindsView),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 422, description = "`validation_failed`: an unknown `language`", body = ApiError),
))]
pub async fn kinds(
    State(state): State<AppState>,
    account: Account,
    ApiQuery(query): ApiQuery<LanguageQuery>,
) -> Result<Json<AlertKindsView>> {
    let language = account.reading_language(query.language.as_deref())?;
    Ok(Json(alerts::kinds(&state, &account, language).await?))
}

/// Starts a draft alert.
#[utoipa::path(post, path = "/api/alerts", tag = "alerts", request_body = AlertDraftInput, responses(
    (status = 201, description = "The draft", body = AlertRef),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 403, description = "`forbidden`: only request handlers write alerts", body = ApiError),
    (status = 422, description = "`validation_failed`, with the fields at fault", body = ApiError),
))]
pub async fn create(
    State(state): State<AppState>,
    user: AuthUser,
    ApiJson(draft): ApiJson<AlertDraftInput>,
) -> Result<(StatusCode, Json<AlertRef>)> {
    Ok((
        StatusCode::CREATED,
        Json(alerts::create(&state, &user, draft).await?),
    ))
}

/// One page of an alert box, newest first.
#[utoipa::path(get, path = "/api/alerts", tag = "alerts", params(ListQuery), responses(
    (status = 200, description = "One page", body = AlertListPage),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 422, description = "`validation_failed`: an `unknown` box or an `out_of_range` page", body = ApiError),
))]
pub async fn list(
    State(state): State<AppState>,
    account: Account,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<AlertListPage>> {
    let alert_box = match query.alert_box.as_deref() {
        None => AlertBox::Received,
        Some(code) => {
            AlertBox::parse(code).ok_or_else(|| AppError::field("box", FieldCode::Unknown))?
        }
    };
    let page = query.page.unwrap_or(1);
    if !(1..=100_000).contains(&page) {
        return Err(AppError::field("page", FieldCode::OutOfRange));
    }
    Ok(Json(alerts::list(&state, &account, alert_box, page).await?))
}

/// The caller's alert boxes' counts and unread alert notifications.
#[utoipa::path(get, path = "/api/alerts/counts", tag = "alerts", responses(
    (status = 200, description = "The counts", body = AlertCounts),
    (status = 401, description = "`unauthenticated`", body = ApiError),
))]
pub async fn counts(State(state): State<AppState>, account: Account) -> Result<Json<AlertCounts>> {
    Ok(Json(alerts::counts(&state, &account).await?))
}

/// An alert as the caller may see it, in the reader's language, with what they may do.
#[utoipa::path(get, path = "/api/alerts/{id}", tag = "alerts", params(("id" = i32, Path), LanguageQuery), responses(
    (status = 200, description = "The alert", body = AlertView),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 404, description = "`not_found`: no such alert, or not one the caller may see", body = ApiError),
    (status = 422, description = "`validation_failed`: an unknown `language`", body = ApiError),
))]
pub async fn view(
    State(state): State<AppState>,
    account: Account,
    ApiPath(id): ApiPath<i32>,
    ApiQuery(query): ApiQuery<LanguageQuery>,
) -> Result<Json<AlertView>> {
    let language = account.reading_language(query.language.as_deref())?;
    Ok(Json(alerts::view(&state, &account, id, language).await?))
}

/// Saves a draft, or modifies a sent alert (every recipient is told).
#[utoipa::path(put, path = "/api/alerts/{id}", tag = "alerts", params(("id" = i32, Path)), request_body = AlertDraftUpdate, responses(
    (status = 200, description = "Saved", body = AlertRef),
    (status = 403, description = "`forbidden`: not the caller's to change", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
    (status = 409, description = "`invalid_transition`: changed since `version`, or no longer open to change; `current_alert_state` says how it is now", body = ApiError),
    (status = 422, description = "`validation_failed`", body = ApiError),
))]
pub async fn save(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiJson(update): ApiJson<AlertDraftUpdate>,
) -> Result<Json<AlertRef>> {
    Ok(Json(alerts::update(&state, &user, id, update).await?))
}

/// Takes an action on an alert: send, approve, acknowledge, pass on, withdraw, close…
#[utoipa::path(post, path = "/api/alerts/{id}/actions", tag = "alerts", params(("id" = i32, Path)), request_body = AlertActionRequest, responses(
    (status = 200, description = "Done", body = AlertRef),
    (status = 403, description = "`forbidden`: not the caller's side or role", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
    (status = 409, description = "`invalid_transition`: someone acted first; `current_alert_state` says how it is now", body = ApiError),
    (status = 422, description = "`validation_failed`", body = ApiError),
))]
pub async fn act(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiJson(request): ApiJson<AlertActionRequest>,
) -> Result<Json<AlertRef>> {
    Ok(Json(alerts::act(&state, &user, id, request).await?))
}

/// For a receiving country's alert coordinator: the authorities of their country the registry
/// says are competent for the alert.
#[utoipa::path(get, path = "/api/alerts/{id}/suggestions", tag = "alerts", params(("id" = i32, Path)), responses(
    (status = 200, description = "The suggestions", body = AlertSuggestions),
    (status = 403, description = "`forbidden`: not a receiving country's alert coordinator", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
))]
pub async fn suggestions(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
) -> Result<Json<AlertSuggestions>> {
    Ok(Json(alerts::suggestions(&state, &user.account, id).await?))
}
