//! Registry administration: coordinators register, edit and import authorities; local
//! administrators manage their authority's users; invited users accept by choosing a password.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use shared::dto::ApiError;
use shared::dto::AuthorityProfile;
use shared::registry::{
    AcceptInvitation, ConceptOption, ImportReport, InvitationView, InviteUser, RegisterAuthority,
    UpdateAuthority, UpdateUser, UserAdminList,
};

use crate::auth::{self, AuthUser};
use crate::error::Result;
use crate::extract::{ApiBytes, ApiJson, ApiPath, ApiQuery};
use crate::services::{accounts, registry};
use crate::state::AppState;

/// The query of the routes that label concepts.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct LanguageParams {
    /// The language of labels; by default the user's, else English.
    language: Option<String>,
}

/// The taxonomy's concepts labelled in the reader's language, for the registry's forms.
#[utoipa::path(get, path = "/api/registry/concepts", tag = "registry", params(LanguageParams), responses(
    (status = 200, description = "Every concept, sorted by label", body = Vec<ConceptOption>),
    (status = 401, description = "`unauthenticated`", body = ApiError),
))]
pub async fn concepts(
    State(state): State<AppState>,
    user: AuthUser,
    ApiQuery(params): ApiQuery<LanguageParams>,
) -> Result<Json<Vec<ConceptOption>>> {
    let language = user.reading_language(params.language.as_deref())?;
    Ok(Json(registry::concepts(&state, language)))
}

/// A coordinator registers an authority of its country (an area coordinator: one handling
/// only its areas) and invites its first local administrator by e-mail.
#[utoipa::path(post, path = "/api/registry/authorities", tag = "registry", request_body = RegisterAuthority, responses(
    (status = 201, description = "Registered; its profile", body = AuthorityProfile),
    (status = 403, description = "`forbidden`: not a coordinator, or another country", body = ApiError),
    (status = 422, description = "`validation_failed`: the fields, `areas` `not_yours`, `coordinator` `not_allowed`, `administrator.email` `taken`", body = ApiError),
))]
pub async fn register(
    State(state): State<AppState>,
    user: AuthUser,
    ApiJson(body): ApiJson<RegisterAuthority>,
) -> Result<(StatusCode, Json<AuthorityProfile>)> {
    let id = registry::register(&state, &user, body).await?;
    let language = user.reading_language(None)?;
    let profile = registry::profile(&state, &user, id, language).await?;
    Ok((StatusCode::CREATED, Json(profile)))
}

/// A coordinator edits an authority its scope covers. The body names the revision the edit
/// started from.
#[utoipa::path(put, path = "/api/registry/authorities/{id}", tag = "registry", params(("id" = i32, Path)), request_body = UpdateAuthority, responses(
    (status = 200, description = "Saved; the new profile", body = AuthorityProfile),
    (status = 403, description = "`forbidden`: another country, or areas beyond the coordinator's", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
    (status = 409, description = "`edit_conflict`: saved by someone else since it was loaded", body = ApiError),
    (status = 422, description = "`validation_failed`", body = ApiError),
))]
pub async fn update(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiJson(body): ApiJson<UpdateAuthority>,
) -> Result<Json<AuthorityProfile>> {
    registry::update(&state, &user, id, body).await?;
    let language = user.reading_language(None)?;
    Ok(Json(registry::profile(&state, &user, id, language).await?))
}

/// Imports authorities from a CSV file (columns in `docs/registry-import.md`): every row is
/// checked, and one bad row imports nothing. Re-importing a file changes nothing.
#[utoipa::path(post, path = "/api/registry/import", tag = "registry",
    request_body(content = String, content_type = "text/csv"), responses(
    (status = 200, description = "Imported", body = ImportReport),
    (status = 403, description = "`forbidden`: not a coordinator", body = ApiError),
    (status = 413, description = "`payload_too_large`", body = ApiError),
    (status = 422, description = "`validation_failed` with `rows`: each refused row's line, column and reason; nothing was imported", body = ApiError),
))]
pub async fn import(
    State(state): State<AppState>,
    user: AuthUser,
    ApiBytes(body): ApiBytes,
) -> Result<Json<ImportReport>> {
    Ok(Json(registry::import(&state, &user, &body).await?))
}

/// The users of an authority, for its local administrators and its coordinators.
#[utoipa::path(get, path = "/api/authorities/{id}/users", tag = "users", params(("id" = i32, Path)), responses(
    (status = 200, description = "Its users and the roles that may be granted", body = UserAdminList),
    (status = 403, description = "`forbidden`", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
))]
pub async fn users(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
) -> Result<Json<UserAdminList>> {
    Ok(Json(registry::users(&state, &user, id).await?))
}

/// Invites a user into an authority; the invitation goes by e-mail.
#[utoipa::path(post, path = "/api/authorities/{id}/users", tag = "users", params(("id" = i32, Path)), request_body = InviteUser, responses(
    (status = 201, description = "Invited; the authority's users now", body = UserAdminList),
    (status = 403, description = "`forbidden`", body = ApiError),
    (status = 422, description = "`validation_failed`: `email` `taken` or `invalid_email`, `roles` `not_allowed`", body = ApiError),
))]
pub async fn invite(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiJson(body): ApiJson<InviteUser>,
) -> Result<(StatusCode, Json<UserAdminList>)> {
    registry::invite_user(&state, &user, id, body).await?;
    Ok((
        StatusCode::CREATED,
        Json(registry::users(&state, &user, id).await?),
    ))
}

/// Changes a user's name, roles, or whether they may log in (which ends their sessions).
#[utoipa::path(put, path = "/api/users/{id}", tag = "users", params(("id" = i32, Path)), request_body = UpdateUser, responses(
    (status = 204, description = "Saved"),
    (status = 403, description = "`forbidden`", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
    (status = 422, description = "`validation_failed`: `roles` `last_administrator` or `not_allowed`, `active` `self`", body = ApiError),
))]
pub async fn update_user(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiJson(body): ApiJson<UpdateUser>,
) -> Result<StatusCode> {
    registry::update_user(&state, &user, id, body).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sends a user who has not accepted their invitation a new link (the earlier one stops
/// working), e.g. when it expired.
#[utoipa::path(post, path = "/api/users/{id}/invitation", tag = "users", params(("id" = i32, Path)), responses(
    (status = 204, description = "Sent"),
    (status = 403, description = "`forbidden`", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
    (status = 422, description = "`validation_failed`: `invitation` `not_allowed` (accepted already, or the user may not log in)", body = ApiError),
))]
pub async fn resend_invitation(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
) -> Result<StatusCode> {
    registry::resend_invitation(&state, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// What an invitation link is for; no session needed, the token is the credential.
#[utoipa::path(get, path = "/api/invitations/{token}", tag = "users", params(("token" = String, Path)), responses(
    (status = 200, description = "The pending invitation", body = InvitationView),
    (status = 404, description = "`not_found`: unknown, used or expired", body = ApiError),
))]
pub async fn invitation(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
) -> Result<Json<InvitationView>> {
    Ok(Json(registry::invitation(&state, &token).await?))
}

/// Accepts an invitation with a password, and logs the user in.
#[utoipa::path(post, path = "/api/invitations/{token}", tag = "users", params(("token" = String, Path)), request_body = AcceptInvitation, responses(
    (status = 200, description = "Accepted and logged in; the session cookie is set", body = shared::dto::Me),
    (status = 404, description = "`not_found`: unknown, used or expired", body = ApiError),
    (status = 422, description = "`validation_failed`: `password` `too_short`", body = ApiError),
))]
pub async fn accept(
    State(state): State<AppState>,
    origin: auth::SessionOrigin,
    ApiPath(token): ApiPath<String>,
    ApiJson(body): ApiJson<AcceptInvitation>,
) -> Result<Response> {
    let user_id = registry::accept_invitation(&state, &token, &body.password).await?;
    let cookie = auth::start_session(&state, user_id, &origin).await?;
    let me = accounts::me(&state.db, user_id).await?;
    Ok(([(header::SET_COOKIE, cookie)], Json(me)).into_response())
}
