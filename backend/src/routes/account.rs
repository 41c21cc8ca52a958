use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use shared::dto::{LoginRequest, Me, SetLanguage};
use shared::error::ApiError;

use crate::auth::{self, AuthUser};
use crate::error::{AppError, Result};
use crate::extract::ApiJson;
use crate::services::accounts;
use crate::state::AppState;

/// Logs in with e-mail and password and sets the session cookie.
#[utoipa::path(post, path = "/api/auth/login", tag = "account", request_body = LoginRequest, responses(
    (status = 200, description = "Logged in; the session cookie is set", body = Me),
    (status = 401, description = "`invalid_credentials`", body = ApiError),
    (status = 422, description = "`validation_failed`: e-mail or password missing", body = ApiError),
    (status = 429, description = "`too_many_attempts`", body = ApiError),
))]
pub async fn login(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<LoginRequest>,
) -> Result<Response> {
    let mut missing = Vec::new();
    if body.email.trim().is_empty() {
        missing.push(shared::error::FieldError {
            field: "email".into(),
            code: "required".into(),
        });
    }
    if body.password.is_empty() {
        missing.push(shared::error::FieldError {
            field: "password".into(),
            code: "required".into(),
        });
    }
    if !missing.is_empty() {
        return Err(AppError::Validation(missing));
    }
    let user = auth::authenticate(&state, &body.email, &body.password).await?;
    let cookie = auth::start_session(&state, user.id).await?;
    let me = accounts::me(&state.db, user.id).await?;
    Ok(([(header::SET_COOKIE, cookie)], Json(me)).into_response())
}

/// Ends the current session and clears the cookie.
#[utoipa::path(post, path = "/api/auth/logout", tag = "account", responses(
    (status = 204, description = "Logged out"),
    (status = 401, description = "`unauthenticated`", body = ApiError),
))]
pub async fn logout(State(state): State<AppState>, user: AuthUser) -> Result<Response> {
    let cookie = auth::end_session(&state, &user.token_hash).await?;
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response())
}

/// Who is logged in: name, authority, roles and chosen language.
#[utoipa::path(get, path = "/api/me", tag = "account", responses(
    (status = 200, description = "The logged-in user", body = Me),
    (status = 401, description = "`unauthenticated`", body = ApiError),
))]
pub async fn me(State(state): State<AppState>, user: AuthUser) -> Result<Json<Me>> {
    Ok(Json(accounts::me(&state.db, user.user_id.0).await?))
}

/// Remembers the user's interface language.
#[utoipa::path(put, path = "/api/me/language", tag = "account", request_body = SetLanguage, responses(
    (status = 200, description = "Saved", body = Me),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 422, description = "`malformed_json`: not one of the 26 language codes", body = ApiError),
))]
pub async fn set_language(
    State(state): State<AppState>,
    user: AuthUser,
    ApiJson(body): ApiJson<SetLanguage>,
) -> Result<Json<Me>> {
    accounts::set_language(&state.db, user.user_id.0, body.language).await?;
    Ok(Json(accounts::me(&state.db, user.user_id.0).await?))
}
