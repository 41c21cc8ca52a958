use axum::Json;
use axum::extract::State;
use shared::dto::ApiError;
use shared::dto::{TranslateRequest, Translation, TranslationStatus};
use shared::error::FieldCode;

use crate::auth::AuthUser;
use crate::error::{AppError, Result};
use crate::extract::ApiJson;
use crate::state::AppState;
use crate::translation::TranslateError;

/// Whether machine translation of free text is offered.
#[utoipa::path(get, path = "/api/translate", tag = "translation", responses(
    (status = 200, description = "Whether a provider is configured", body = TranslationStatus),
    (status = 401, description = "`unauthenticated`", body = ApiError),
))]
pub async fn status(State(state): State<AppState>, _user: AuthUser) -> Json<TranslationStatus> {
    Json(TranslationStatus {
        available: state.translator.is_some(),
    })
}

/// Machine-translates a piece of free text with the configured provider.
#[utoipa::path(post, path = "/api/translate", tag = "translation", request_body = TranslateRequest, responses(
    (status = 200, description = "The translation", body = Translation),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 422, description = "`validation_failed`: `text` is `required` or `too_long`", body = ApiError),
    (status = 404, description = "`translation_not_configured`: this server has no translation provider (see `GET /api/translate`)", body = ApiError),
    (status = 502, description = "`translation_failed`: the provider failed", body = ApiError),
))]
pub async fn translate(
    State(state): State<AppState>,
    _user: AuthUser,
    ApiJson(body): ApiJson<TranslateRequest>,
) -> Result<Json<Translation>> {
    let text = body.text.trim();
    if text.is_empty() {
        return Err(AppError::field("text", FieldCode::Missing));
    }
    if text.chars().count() > TranslateRequest::MAX_CHARS {
        return Err(AppError::field("text", FieldCode::TooLong));
    }
    let translator = state
        .translator
        .as_ref()
        .ok_or(TranslateError::NotConfigured)?;
    let translated = translator.translate(text, body.source, body.target).await?;
    Ok(Json(Translation { text: translated }))
}
