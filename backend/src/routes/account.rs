use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use shared::account::{
    ChangePassword, RecoveryCodes, SecondFactorCode, SecondFactorSetup, SessionView,
};
use shared::dto::ApiError;
use shared::dto::{LoginRequest, Me, SetLanguage};
use shared::error::{FieldCode, FieldError};

use crate::auth::{self, Account, SessionOrigin};
use crate::client_addr::ClientNet;
use crate::error::{AppError, Result};
use crate::extract::{ApiJson, ApiPath};
use crate::services::{accounts, second_factor, sessions};
use crate::state::AppState;

/// Logs in with e-mail and password (and, for an account with a second factor, its code)
/// and sets the session cookie.
#[utoipa::path(post, path = "/api/auth/login", tag = "account", request_body = LoginRequest, responses(
    (status = 200, description = "Logged in; the session cookie is set", body = Me),
    (status = 401, description = "`invalid_credentials`; `second_factor_required` (the password is right: send it again with `code`); `invalid_second_factor`", body = ApiError),
    (status = 422, description = "`validation_failed`: e-mail or password missing", body = ApiError),
    (status = 429, description = "`too_many_attempts`, with `retry_after_seconds`", body = ApiError),
))]
pub async fn login(
    State(state): State<AppState>,
    origin: SessionOrigin,
    ApiJson(body): ApiJson<LoginRequest>,
) -> Result<Response> {
    let mut missing = Vec::new();
    if body.email.trim().is_empty() {
        missing.push(FieldError::new("email", FieldCode::Missing));
    }
    if body.password.is_empty() {
        missing.push(FieldError::new("password", FieldCode::Missing));
    }
    if !missing.is_empty() {
        return Err(AppError::Validation(missing));
    }
    let user = auth::authenticate(
        &state,
        &origin.client,
        &body.email,
        &body.password,
        body.code.as_deref(),
    )
    .await?;
    let cookie = auth::start_session(&state, user.id, &origin).await?;
    let me = accounts::me(&state.db, user.id).await?;
    Ok(([(header::SET_COOKIE, cookie)], Json(me)).into_response())
}

/// Ends the current session and clears the cookie.
#[utoipa::path(post, path = "/api/auth/logout", tag = "account", responses(
    (status = 204, description = "Logged out"),
    (status = 401, description = "`unauthenticated`", body = ApiError),
))]
pub async fn logout(State(state): State<AppState>, user: Account) -> Result<Response> {
    let cookie = auth::end_session(&state, &user).await?;
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response())
}

/// Whether the caller is logged in, and as whom: 200 either way, so that a page can ask
/// without a failed request (for API clients `/api/me` answers 401 without a session).
#[utoipa::path(get, path = "/api/session", tag = "account", responses(
    (status = 200, description = "The session's user, or `null`", body = shared::dto::SessionState),
))]
pub async fn session(
    State(state): State<AppState>,
    user: Option<Account>,
) -> Result<Json<shared::dto::SessionState>> {
    let (me, expires_at) = match user {
        Some(user) => (
            Some(accounts::me(&state.db, user.user_id.0).await?),
            Some(
                user.session_expires
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            ),
        ),
        None => (None, None),
    };
    Ok(Json(shared::dto::SessionState { me, expires_at }))
}

/// Who is logged in: name, authority, roles and chosen language.
#[utoipa::path(get, path = "/api/me", tag = "account", responses(
    (status = 200, description = "The logged-in user", body = Me),
    (status = 401, description = "`unauthenticated`", body = ApiError),
))]
pub async fn me(State(state): State<AppState>, user: Account) -> Result<Json<Me>> {
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
    user: Account,
    ApiJson(body): ApiJson<SetLanguage>,
) -> Result<Json<Me>> {
    accounts::set_language(&state.db, user.user_id.0, body.language).await?;
    Ok(Json(accounts::me(&state.db, user.user_id.0).await?))
}

/// Starts setting up the second factor: a new secret and its QR code for an authenticator
/// app. It takes effect once a code from it is confirmed.
#[utoipa::path(post, path = "/api/me/second-factor/setup", tag = "account", responses(
    (status = 200, description = "The secret, its `otpauth://` URI and QR code", body = SecondFactorSetup),
))]
pub async fn second_factor_setup(
    State(state): State<AppState>,
    user: Account,
) -> Result<Json<SecondFactorSetup>> {
    Ok(Json(second_factor::begin_setup(&state, &user).await?))
}

/// Confirms the secret being set up with a code from the app; answers the recovery codes,
/// shown this once.
#[utoipa::path(post, path = "/api/me/second-factor", tag = "account", request_body = SecondFactorCode, responses(
    (status = 200, description = "On; the recovery codes", body = RecoveryCodes),
    (status = 422, description = "`validation_failed`: `code` `wrong_code` or `no_setup`", body = ApiError),
))]
pub async fn second_factor_confirm(
    State(state): State<AppState>,
    user: Account,
    ApiJson(body): ApiJson<SecondFactorCode>,
) -> Result<Json<RecoveryCodes>> {
    Ok(Json(
        second_factor::confirm_setup(&state, &user, &body.code).await?,
    ))
}

/// Turns the second factor off, given a current code. Refused for the roles that require it.
#[utoipa::path(delete, path = "/api/me/second-factor", tag = "account", request_body = SecondFactorCode, responses(
    (status = 204, description = "Off"),
    (status = 422, description = "`validation_failed`: `code` `wrong_code`, `no_second_factor` or `required_by_role`", body = ApiError),
))]
pub async fn second_factor_disable(
    State(state): State<AppState>,
    user: Account,
    ApiJson(body): ApiJson<SecondFactorCode>,
) -> Result<StatusCode> {
    second_factor::disable(&state, &user, &body.code).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// New recovery codes in place of the old ones, given a current code.
#[utoipa::path(post, path = "/api/me/second-factor/recovery-codes", tag = "account", request_body = SecondFactorCode, responses(
    (status = 200, description = "The new codes, shown this once", body = RecoveryCodes),
    (status = 422, description = "`validation_failed`: `code` `wrong_code` or `no_second_factor`", body = ApiError),
))]
pub async fn recovery_codes(
    State(state): State<AppState>,
    user: Account,
    ApiJson(body): ApiJson<SecondFactorCode>,
) -> Result<Json<RecoveryCodes>> {
    Ok(Json(
        second_factor::renew_recovery_codes(&state, &user, &body.code).await?,
    ))
}

/// The user's sessions, newest first.
#[utoipa::path(get, path = "/api/me/sessions", tag = "account", responses(
    (status = 200, description = "The sessions that have not expired", body = Vec<SessionView>),
))]
pub async fn sessions(
    State(state): State<AppState>,
    user: Account,
) -> Result<Json<Vec<SessionView>>> {
    Ok(Json(sessions::list(&state, &user).await?))
}

/// Ends every session of the user but this one.
#[utoipa::path(delete, path = "/api/me/sessions", tag = "account", responses(
    (status = 204, description = "Ended"),
))]
pub async fn end_other_sessions(
    State(state): State<AppState>,
    user: Account,
) -> Result<StatusCode> {
    sessions::end_others(&state, &user).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Ends one of the user's sessions (this one too, which logs out).
#[utoipa::path(delete, path = "/api/me/sessions/{id}", tag = "account", params(("id" = String, Path, description = "The session's id")), responses(
    (status = 204, description = "Ended"),
    (status = 404, description = "`not_found`: not a session of the user", body = ApiError),
))]
pub async fn end_session(
    State(state): State<AppState>,
    user: Account,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode> {
    sessions::end(&state, &user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Changes the password, given the current one; ends the user's other sessions.
#[utoipa::path(put, path = "/api/me/password", tag = "account", request_body = ChangePassword, responses(
    (status = 204, description = "Changed"),
    (status = 422, description = "`validation_failed`: `current_password` `wrong_password`; `new_password` `too_short`, `too_long`, `too_personal` or `too_guessable`", body = ApiError),
    (status = 429, description = "`too_many_attempts`", body = ApiError),
))]
pub async fn change_password(
    State(state): State<AppState>,
    user: Account,
    client: ClientNet,
    ApiJson(body): ApiJson<ChangePassword>,
) -> Result<StatusCode> {
    sessions::change_password(&state, &user, &client, &body).await?;
    Ok(StatusCode::NO_CONTENT)
}
