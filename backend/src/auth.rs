//! Passwords, sessions and the log-in throttle.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use base64::Engine;
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};
use shared::{AuthorityId, Role, UserId};
use std::sync::OnceLock;

use crate::entities::{authority, login_throttle, session, user, user_role};
use crate::error::{AppError, Result};
use crate::state::AppState;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "imi_session";

/// Failed attempts allowed before each further attempt must wait.
const FREE_FAILURES: i32 = 5;
/// The longest wait the throttle imposes, in seconds.
const MAX_WAIT_SECONDS: i64 = 15 * 60;

/// Hashes a password with Argon2id and a random salt.
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|err| anyhow::anyhow!("hashing a password: {err}"))
}

/// Checks a password against a stored hash. A malformed hash counts as a mismatch.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash of no one's password, verified when the e-mail is unknown so that a wrong address
/// takes as long to reject as a wrong password and does not reveal which accounts exist.
fn dummy_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| hash_password("no account has this password").unwrap_or_default())
}

/// The user behind a request's session cookie. Taking it as a handler argument is what makes
/// a route require a session: without one the handler is never called and the client gets 401.
#[derive(Debug, Clone)]
pub struct AuthUser {
    /// The user.
    pub user_id: UserId,
    /// Their authority.
    pub authority_id: AuthorityId,
    /// Their roles.
    pub roles: Vec<Role>,
    /// Their name as colleagues see it.
    pub display_name: String,
    /// The interface language they chose, if any.
    pub language: Option<shared::LanguageCode>,
    /// Their authority's version of its requests when the call began, read with the
    /// session in the same query (see `overview_cache`).
    pub requests_version: i64,
    /// The registry's version when the call began, read in the same query, so that the
    /// authority search checks its index against the database without a round trip of its own.
    pub registry_version: i64,
    /// The SHA-256 of the session token, to end this session on log-out.
    pub token_hash: String,
}

impl AuthUser {
    /// The language to answer in: the one asked for in the query (refused when it is not a
    /// language of the system), else the user's own, else English.
    pub fn reading_language(&self, asked: Option<&str>) -> Result<shared::LanguageCode> {
        match asked {
            Some(code) => shared::LanguageCode::parse(code)
                .map_err(|_| AppError::field("language", "unknown")),
            None => Ok(self.language.unwrap_or(shared::LanguageCode::ENGLISH)),
        }
    }
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self> {
        use sea_orm::sea_query::{Alias, Expr, JoinType, Query};
        use sea_orm::{ConnectionTrait, QueryResult};
        let token = session_token(parts).ok_or(AppError::Unauthenticated)?;
        let token_hash = hash_token(&token);
        // One round trip on every authenticated call: the session, its user and the user's
        // roles (one row per role; a user without roles gives one row with a NULL role).
        let query = Query::select()
            .columns([
                (user::Entity, user::Column::Id),
                (user::Entity, user::Column::AuthorityId),
                (user::Entity, user::Column::DisplayName),
                (user::Entity, user::Column::Language),
            ])
            .expr_as(
                Expr::col((user_role::Entity, user_role::Column::Role)),
                Alias::new("role"),
            )
            .expr_as(
                Expr::col((authority::Entity, authority::Column::RequestsVersion)),
                Alias::new("requests_version"),
            )
            .expr_as(
                Expr::cust("(SELECT version FROM registry_meta WHERE id = 1)"),
                Alias::new("registry_version"),
            )
            .from(session::Entity)
            .join(
                JoinType::InnerJoin,
                user::Entity,
                Expr::col((user::Entity, user::Column::Id))
                    .equals((session::Entity, session::Column::UserId)),
            )
            .join(
                JoinType::InnerJoin,
                authority::Entity,
                Expr::col((authority::Entity, authority::Column::Id))
                    .equals((user::Entity, user::Column::AuthorityId)),
            )
            .join(
                JoinType::LeftJoin,
                user_role::Entity,
                Expr::col((user_role::Entity, user_role::Column::UserId))
                    .equals((user::Entity, user::Column::Id)),
            )
            .and_where(
                Expr::col((session::Entity, session::Column::TokenHash)).eq(token_hash.clone()),
            )
            .and_where(Expr::col((session::Entity, session::Column::ExpiresAt)).gt(Utc::now()))
            .and_where(Expr::col((user::Entity, user::Column::Active)).eq(true))
            .to_owned();
        let backend = state.db.get_database_backend();
        let rows: Vec<QueryResult> = state.db.query_all(backend.build(&query)).await?;
        let first = rows.first().ok_or(AppError::Unauthenticated)?;
        let id: i32 = first.try_get("", "id")?;
        let authority_id: i32 = first.try_get("", "authority_id")?;
        let display_name: String = first.try_get("", "display_name")?;
        let language: Option<String> = first.try_get("", "language")?;
        let requests_version: i64 = first.try_get("", "requests_version")?;
        let registry_version: Option<i64> = first.try_get("", "registry_version")?;
        let mut roles: Vec<Role> = rows
            .iter()
            .filter_map(|row| row.try_get::<Option<String>>("", "role").ok().flatten())
            .filter_map(|role| Role::parse(&role).ok())
            .collect();
        roles.sort();
        roles.dedup();
        Ok(AuthUser {
            user_id: UserId(id),
            authority_id: AuthorityId(authority_id),
            roles,
            display_name,
            language: language
                .as_deref()
                .and_then(|code| shared::LanguageCode::parse(code).ok()),
            requests_version,
            registry_version: registry_version.unwrap_or(0),
            token_hash,
        })
    }
}

/// The roles a user holds, ignoring any stored role this version does not know.
pub async fn roles_of(db: &sea_orm::DatabaseConnection, user_id: i32) -> Result<Vec<Role>> {
    let rows = user_role::Entity::find()
        .filter(user_role::Column::UserId.eq(user_id))
        .all(db)
        .await?;
    let mut roles: Vec<Role> = rows
        .iter()
        .filter_map(|row| Role::parse(&row.role).ok())
        .collect();
    roles.sort();
    Ok(roles)
}

fn session_token(parts: &Parts) -> Option<String> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_owned())
}

pub(crate) fn hash_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// A fresh random token (256 bits, URL-safe), for sessions and invitations.
pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Starts a session for the user and returns the `Set-Cookie` header value.
pub async fn start_session(state: &AppState, user_id: i32) -> Result<String> {
    let token = new_token();
    let now = Utc::now();
    let lifetime = Duration::hours(i64::from(state.config.session_hours));
    session::ActiveModel {
        token_hash: Set(hash_token(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(now + lifetime),
    }
    .insert(&state.db)
    .await?;
    Ok(session_cookie(
        &token,
        lifetime.num_seconds(),
        state.config.cookie_secure,
    ))
}

/// Ends a session; the returned header value clears the cookie.
pub async fn end_session(state: &AppState, token_hash: &str) -> Result<String> {
    session::Entity::delete_by_id(token_hash.to_owned())
        .exec(&state.db)
        .await?;
    Ok(session_cookie("", 0, state.config.cookie_secure))
}

fn session_cookie(token: &str, max_age: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
    )
}

/// Checks e-mail and password, applying the throttle, and returns the user.
pub async fn authenticate(state: &AppState, email: &str, password: &str) -> Result<user::Model> {
    let email = email.trim().to_lowercase();
    let throttle = login_throttle::Entity::find_by_id(email.clone())
        .one(&state.db)
        .await?;
    if let Some(wait) = throttle
        .as_ref()
        .and_then(|t| seconds_to_wait(t.failures, t.last_failure_at, Utc::now()))
    {
        return Err(AppError::TooManyAttempts { retry_after: wait });
    }
    let found = user::Entity::find()
        .filter(user::Column::Email.eq(email.clone()))
        .one(&state.db)
        .await?
        // An invited user who has not chosen a password yet cannot log in; the dummy hash
        // keeps the answer as slow as for anyone else.
        .filter(|u| u.active && !u.password_hash.is_empty());
    // Argon2 is slow on purpose; run it off the async workers.
    let stored_hash = found
        .as_ref()
        .map_or_else(|| dummy_hash().to_owned(), |u| u.password_hash.clone());
    let candidate = password.to_owned();
    let matches = tokio::task::spawn_blocking(move || verify_password(&candidate, &stored_hash))
        .await
        .map_err(|err| anyhow::anyhow!("password check panicked: {err}"))?;
    match found {
        Some(user) if matches => {
            if throttle.is_some() {
                login_throttle::Entity::delete_by_id(email)
                    .exec(&state.db)
                    .await?;
            }
            Ok(user)
        }
        _ => {
            record_failure(state, &email, throttle).await?;
            Err(AppError::InvalidCredentials)
        }
    }
}

async fn record_failure(
    state: &AppState,
    email: &str,
    previous: Option<login_throttle::Model>,
) -> Result<()> {
    let now = Utc::now();
    match previous {
        Some(row) => {
            let mut active: login_throttle::ActiveModel = row.clone().into();
            active.failures = Set(row.failures.saturating_add(1));
            active.last_failure_at = Set(now);
            active.update(&state.db).await?;
        }
        None => {
            login_throttle::ActiveModel {
                email: Set(email.to_owned()),
                failures: Set(1),
                last_failure_at: Set(now),
            }
            .insert(&state.db)
            .await?;
        }
    }
    Ok(())
}

/// After the free failures, each failure doubles the wait before the next attempt (1 s, 2 s,
/// 4 s, ... up to 15 minutes), counted from the last failure.
fn seconds_to_wait(
    failures: i32,
    last_failure_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<u64> {
    if failures < FREE_FAILURES {
        return None;
    }
    let exponent = u32::try_from(failures - FREE_FAILURES)
        .unwrap_or(u32::MAX)
        .min(10);
    let wait = (1i64 << exponent).min(MAX_WAIT_SECONDS);
    let elapsed = (now - last_failure_at).num_seconds();
    (elapsed < wait).then(|| u64::try_from(wait - elapsed).unwrap_or(1).max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_differ() {
        let a = hash_password("correct horse").unwrap();
        let b = hash_password("correct horse").unwrap();
        assert_ne!(a, b, "salts differ");
        assert!(a.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &a));
        assert!(!verify_password("wrong horse", &a));
        assert!(!verify_password("correct horse", "not a hash"));
    }

    #[test]
    fn throttle_waits_grow_after_the_free_failures() {
        let now = Utc::now();
        assert_eq!(seconds_to_wait(4, now, now), None);
        assert_eq!(seconds_to_wait(5, now, now), Some(1));
        assert_eq!(seconds_to_wait(7, now, now), Some(4));
        assert_eq!(seconds_to_wait(7, now - Duration::seconds(4), now), None);
        assert_eq!(seconds_to_wait(40, now, now), Some(900));
    }

    #[test]
    fn cookie_is_http_only_and_strict() {
        let cookie = session_cookie("abc", 60, true);
        assert!(
            cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Strict")
                && cookie.contains("Secure")
        );
    }
}
