use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use shared::dto::ApiError;
use shared::dto::{AuthorityProfile, AuthoritySearchPage};
use shared::query::AuthorityParams;

use crate::auth::AuthUser;
use crate::error::{AppError, Result};
use crate::extract::{ApiPath, ApiQuery};
use crate::state::AppState;

/// Finds authorities by free text in any language, with filters. Results are ranked by
/// relevance and say why they matched.
#[utoipa::path(get, path = "/api/authorities", tag = "registry", params(AuthorityParams), responses(
    (status = 200, description = "One page of results", body = AuthoritySearchPage),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 422, description = "`validation_failed`: `country`, `area`, `competence` or `language` is `unknown`, `page` or `per_page` `out_of_range`", body = ApiError),
))]
pub async fn search(
    State(state): State<AppState>,
    user: AuthUser,
    ApiQuery(params): ApiQuery<AuthorityParams>,
) -> Result<Json<AuthoritySearchPage>> {
    let query = params.check().map_err(AppError::Validation)?;
    Ok(Json(
        crate::services::registry::search(&state, &user, query).await?,
    ))
}

/// The query of `GET /api/authorities/{id}`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ProfileParams {
    /// The language of competence labels; by default the user's, else English.
    language: Option<String>,
}

/// An authority's profile, with its competences in the reader's language.
#[utoipa::path(get, path = "/api/authorities/{id}", tag = "registry", params(("id" = i32, Path, description = "The authority's id"), ProfileParams), responses(
    (status = 200, description = "The profile", body = AuthorityProfile),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
))]
pub async fn profile(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiQuery(params): ApiQuery<ProfileParams>,
) -> Result<Json<AuthorityProfile>> {
    let language = user.reading_language(params.language.as_deref())?;
    Ok(Json(
        crate::services::registry::profile(&state, &user, id, language).await?,
    ))
}
