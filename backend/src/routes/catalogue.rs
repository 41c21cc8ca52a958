use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use shared::LegislativeArea;
use shared::dto::ApiError;
use shared::dto::CatalogueView;
use shared::error::FieldCode;

use crate::auth::AuthUser;
use crate::error::{AppError, Result};
use crate::extract::ApiQuery;
use crate::state::AppState;

/// The query of `GET /api/catalogue`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct CatalogueQuery {
    /// The language of the texts; by default the user's, else English.
    language: Option<String>,
    /// Only this legislative area; by default all.
    area: Option<String>,
}

/// The pre-translated questions, grouped by legislative area and topic, in one language.
#[utoipa::path(get, path = "/api/catalogue", tag = "questions", params(CatalogueQuery), responses(
    (status = 200, description = "The catalogue", body = CatalogueView),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 422, description = "`validation_failed`: `language` or `area` is `unknown`", body = ApiError),
))]
pub async fn catalogue(
    State(state): State<AppState>,
    user: AuthUser,
    ApiQuery(query): ApiQuery<CatalogueQuery>,
) -> Result<Json<CatalogueView>> {
    let language = user.reading_language(query.language.as_deref())?;
    let only_area = query
        .area
        .as_deref()
        .map(|code| {
            LegislativeArea::parse(code).map_err(|_| AppError::field("area", FieldCode::Unknown))
        })
        .transpose()?;
    Ok(Json(state.catalogue.view(language, only_area)))
}
