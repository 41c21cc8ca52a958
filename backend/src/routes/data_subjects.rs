//! A data subject's right of access, for the local data administrator of an authority.

use axum::Json;
use axum::extract::State;
use shared::dto::{
    ApiError, DataSubjectMatches, DataSubjectReport, DataSubjectReportInput, DataSubjectSearch,
};

use crate::auth::AuthUser;
use crate::error::Result;
use crate::extract::ApiJson;
use crate::services::data_subjects;
use crate::state::AppState;

/// Finds the requests of the caller's authority about a person (name with or without
/// diacritics, identifier, date of birth), blocked ones included; the reason is logged.
#[utoipa::path(post, path = "/api/data-subjects/search", tag = "data subjects", request_body = DataSubjectSearch, responses(
    (status = 200, description = "The requests found, newest first", body = DataSubjectMatches),
    (status = 403, description = "`forbidden`: only a local data administrator", body = ApiError),
    (status = 422, description = "`validation_failed`: no criterion, or no reason", body = ApiError),
))]
pub async fn search(
    State(state): State<AppState>,
    user: AuthUser,
    ApiJson(input): ApiJson<DataSubjectSearch>,
) -> Result<Json<DataSubjectMatches>> {
    Ok(Json(data_subjects::search(&state, &user, input).await?))
}

/// The report for a data subject: what the caller's authority holds about them, which
/// authorities received it and when, and when it is blocked and deleted; the request for it
/// is logged.
#[utoipa::path(post, path = "/api/data-subjects/report", tag = "data subjects", request_body = DataSubjectReportInput, responses(
    (status = 200, description = "The report", body = DataSubjectReport),
    (status = 403, description = "`forbidden`: only a local data administrator", body = ApiError),
    (status = 422, description = "`validation_failed`: no criterion, or no reason", body = ApiError),
))]
pub async fn report(
    State(state): State<AppState>,
    user: AuthUser,
    ApiJson(input): ApiJson<DataSubjectReportInput>,
) -> Result<Json<DataSubjectReport>> {
    Ok(Json(data_subjects::report(&state, &user, input).await?))
}
