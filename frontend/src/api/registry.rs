//! The registry's and the user administration's endpoints, and invitations, one function
//! each.

use gloo::net::http::Method;
use shared::LanguageCode;
use shared::dto::Me;

use super::{ApiFailure, call, json_body, parse};

/// `GET /api/registry/concepts?language=…`.
pub async fn concepts(
    language: LanguageCode,
) -> Result<Vec<shared::registry::ConceptOption>, ApiFailure> {
    parse(
        &call(
            Method::GET,
            &format!("/api/registry/concepts?language={}", language.as_str()),
            None,
        )
        .await?,
    )
}

/// `POST /api/registry/authorities`.
pub async fn register_authority(
    body: &shared::registry::RegisterAuthority,
) -> Result<shared::dto::AuthorityProfile, ApiFailure> {
    parse(&call(Method::POST, "/api/registry/authorities", json_body(body)).await?)
}

/// `PUT /api/registry/authorities/{id}`.
pub async fn update_authority(
    id: i32,
    body: &shared::registry::UpdateAuthority,
) -> Result<shared::dto::AuthorityProfile, ApiFailure> {
    parse(
        &call(
            Method::PUT,
            &format!("/api/registry/authorities/{id}"),
            json_body(body),
        )
        .await?,
    )
}

/// `GET /api/authorities/{id}/users`.
pub async fn users(authority: i32) -> Result<shared::registry::UserAdminList, ApiFailure> {
    parse(
        &call(
            Method::GET,
            &format!("/api/authorities/{authority}/users"),
            None,
        )
        .await?,
    )
}

/// `POST /api/authorities/{id}/users`.
pub async fn invite_user(
    authority: i32,
    body: &shared::registry::InviteUser,
) -> Result<shared::registry::UserAdminList, ApiFailure> {
    parse(
        &call(
            Method::POST,
            &format!("/api/authorities/{authority}/users"),
            json_body(body),
        )
        .await?,
    )
}

/// `PUT /api/users/{id}`.
pub async fn update_user(
    id: shared::UserId,
    body: &shared::registry::UpdateUser,
) -> Result<(), ApiFailure> {
    call(
        Method::PUT,
        &format!("/api/users/{}", id.0),
        json_body(body),
    )
    .await
    .map(|_| ())
}

/// `POST /api/users/{id}/invitation`: a new invitation link for a user who has not accepted.
pub async fn resend_invitation(id: shared::UserId) -> Result<(), ApiFailure> {
    call(
        Method::POST,
        &format!("/api/users/{}/invitation", id.0),
        None,
    )
    .await
    .map(|_| ())
}

/// `GET /api/invitations/{token}`.
pub async fn invitation(token: &str) -> Result<shared::registry::InvitationView, ApiFailure> {
    parse(&call(Method::GET, &format!("/api/invitations/{token}"), None).await?)
}

/// `POST /api/invitations/{token}`.
pub async fn accept_invitation(token: &str, password: String) -> Result<Me, ApiFailure> {
    parse(
        &call(
            Method::POST,
            &format!("/api/invitations/{token}"),
            json_body(&shared::registry::AcceptInvitation { password }),
        )
        .await?,
    )
}
