//! Passwords and sessions; log-in applies the throttle of `throttle`.

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
use shared::error::FieldCode;
use shared::{AuthorityId, Role, UserId};
use std::sync::OnceLock;

use crate::client_addr::ClientNet;
use crate::entities::{authority, session, user, user_role};
use crate::error::{AppError, Result};
use crate::state::AppState;
use crate::throttle;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "imi_session";

/// What a session of a user who must set up a second factor, and has not, can reach.
pub const SETUP_PATHS: &[&str] = &[
    "/api/me",
    "/api/session",
    "/api/me/language",
    "/api/auth/logout",
    "/api/me/second-factor",
    "/api/me/second-factor/setup",
];

/// Hashes a password with Argon2id and a random salt.
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|err| anyhow::anyhow!("hashing a password: {err}"))
}

/// Hashes a password on a blocking thread (Argon2 is slow on purpose).
pub async fn hash_password_blocking(password: &str) -> Result<String> {
    let candidate = password.to_owned();
    Ok(
        tokio::task::spawn_blocking(move || hash_password(&candidate))
            .await
            .map_err(|err| anyhow::anyhow!("password hashing panicked: {err}"))??,
    )
}

/// The least zxcvbn score (0 to 4) a new password needs: 3 is "safely unguessable" against
/// an offline attack on a slow hash, and refuses every common password and its variants.
const MIN_PASSWORD_SCORE: u8 = 3;

/// Checks a password a user chooses: `shared::account::check_password` (length, not their
/// own address or name), then that it is not common or close to one, by zxcvbn's lists of
/// common passwords, names and words and its patterns (keyboard walks, dates, l33t).
pub fn check_new_password(field: &str, password: &str, personal: &[&str]) -> Result<()> {
    shared::account::check_password(field, password, personal)
        .map_err(|error| AppError::Validation(vec![error]))?;
    // zxcvbn's cost grows with the length; past 100 characters a password is strong anyway.
    let head: String = password.chars().take(100).collect();
    let score = u8::from(zxcvbn::zxcvbn(&head, personal).score());
    if score < MIN_PASSWORD_SCORE {
        return Err(AppError::field(field, FieldCode::TooGuessable));
    }
    Ok(())
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

/// Whom a signed-in user works for, as the server keeps it: `users.organisation`, with
/// `users.authority_id` set exactly for an authority's officials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Member {
    /// An official of this authority.
    Authority(AuthorityId),
    /// A member of the European Commission's staff.
    Commission,
}

impl Member {
    /// The code `users.organisation` stores.
    pub fn code(self) -> &'static str {
        match self {
            Member::Authority(_) => "authority",
            Member::Commission => "commission",
        }
    }

    /// The authority, for an official.
    pub fn authority(self) -> Option<AuthorityId> {
        match self {
            Member::Authority(id) => Some(id),
            Member::Commission => None,
        }
    }

    /// Reads a stored user's organisation. A row the schema's check would refuse (an
    /// authority's official without an authority) is an error, not a guess.
    pub fn of(row: &user::Model) -> Result<Member> {
        Member::from_columns(row.id, &row.organisation, row.authority_id)
    }

    fn from_columns(user_id: i32, organisation: &str, authority: Option<i32>) -> Result<Member> {
        match (organisation, authority) {
            ("authority", Some(id)) => Ok(Member::Authority(AuthorityId(id))),
            ("commission", None) => Ok(Member::Commission),
            (organisation, authority) => Err(anyhow::anyhow!(
                "user {user_id} has organisation {organisation:?} and authority {authority:?}"
            )
            .into()),
        }
    }
}

/// Anyone behind a session cookie: an authority's official or a member of the Commission's
/// staff. Only what every account has takes this (its own session, password, second factor
/// and language, and statistics); everything else takes [`AuthUser`], which the Commission
/// never gets past. Taking it as a handler argument is what makes a route require a
/// session: without one the handler is never called and the client gets 401.
#[derive(Debug, Clone)]
pub struct Account {
    /// The user.
    pub user_id: UserId,
    /// Whom they work for.
    pub member: Member,
    /// Their roles.
    pub roles: Vec<Role>,
    /// Their name as colleagues see it.
    pub display_name: String,
    /// The interface language they chose, if any.
    pub language: Option<shared::LanguageCode>,
    /// The registry's version when the call began, read in the same query, so that the
    /// authority search checks its index against the database without a round trip of its own.
    pub registry_version: i64,
    /// The SHA-256 of the session token, to end this session on log-out.
    pub token_hash: String,
    /// When this session ends.
    pub session_expires: DateTime<Utc>,
    /// Their authority's version of its requests when the call began (0 for the
    /// Commission), read with the session in the same query (see `overview_cache`).
    pub(crate) requests_version: i64,
}

impl Account {
    /// The language to answer in: the one asked for in the query (refused when it is not a
    /// language of the system), else the user's own, else English.
    pub fn reading_language(&self, asked: Option<&str>) -> Result<shared::LanguageCode> {
        match asked {
            Some(code) => shared::LanguageCode::parse(code)
                .map_err(|_| AppError::field("language", FieldCode::Unknown)),
            None => Ok(self.language.unwrap_or(shared::LanguageCode::ENGLISH)),
        }
    }
}

/// A signed-in official of an authority: what every route about requests, documents,
/// notifications, translation and the registry's editing takes. A member of the
/// Commission's staff is refused before the handler runs, with 404 like anything else that
/// is not theirs, so that no such route can hand the Commission a request, a name or a
/// document by forgetting to check.
#[derive(Debug, Clone)]
pub struct AuthUser {
    /// The account.
    pub account: Account,
    /// Their authority.
    pub authority_id: AuthorityId,
    /// Their authority's version of its requests when the call began, read with the
    /// session in the same query (see `overview_cache`).
    pub requests_version: i64,
}

impl std::ops::Deref for AuthUser {
    type Target = Account;

    fn deref(&self) -> &Account {
        &self.account
    }
}

impl AuthUser {
    /// The official behind `account`; `None` for the Commission's staff.
    pub fn official(account: Account) -> Option<AuthUser> {
        let authority_id = account.member.authority()?;
        let requests_version = account.requests_version;
        Some(AuthUser {
            account,
            authority_id,
            requests_version,
        })
    }
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self> {
        let account = Account::from_request_parts(parts, state).await?;
        AuthUser::official(account).ok_or(AppError::NotFound)
    }
}

impl FromRequestParts<AppState> for Account {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self> {
        use sea_orm::sea_query::{Alias, Expr, JoinType, Query};
        use sea_orm::{ConnectionTrait, QueryResult};
        // A layer that needed the caller first (`idempotency`) left the account it read:
        // one call reads its session once.
        if let Some(account) = parts.extensions.get::<Account>() {
            return Ok(account.clone());
        }
        let token = session_token(parts).ok_or(AppError::Unauthenticated)?;
        let token_hash = hash_token(&token);
        // One round trip on every authenticated call: the session, its user, the user's
        // authority if any, and the user's roles (one row per role; a user without roles
        // gives one row with a NULL role).
        let query = Query::select()
            .columns([
                (user::Entity, user::Column::Id),
                (user::Entity, user::Column::AuthorityId),
                (user::Entity, user::Column::Organisation),
                (user::Entity, user::Column::DisplayName),
                (user::Entity, user::Column::Language),
                (user::Entity, user::Column::TotpSecret),
            ])
            .column((session::Entity, session::Column::ExpiresAt))
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
                JoinType::LeftJoin,
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
            .and_where(
                Expr::col((session::Entity, session::Column::ExpiresAt)).gt(state.clock.now()),
            )
            .and_where(Expr::col((user::Entity, user::Column::Active)).eq(true))
            .to_owned();
        let backend = state.db.get_database_backend();
        let rows: Vec<QueryResult> = state.db.query_all(backend.build(&query)).await?;
        let first = rows.first().ok_or(AppError::Unauthenticated)?;
        let id: i32 = first.try_get("", "id")?;
        let authority_id: Option<i32> = first.try_get("", "authority_id")?;
        let organisation: String = first.try_get("", "organisation")?;
        let member = Member::from_columns(id, &organisation, authority_id)?;
        let display_name: String = first.try_get("", "display_name")?;
        let language: Option<String> = first.try_get("", "language")?;
        let requests_version: Option<i64> = first.try_get("", "requests_version")?;
        let registry_version: Option<i64> = first.try_get("", "registry_version")?;
        let session_expires: DateTime<Utc> = first.try_get("", "expires_at")?;
        let mut roles: Vec<Role> = rows
            .iter()
            .filter_map(|row| row.try_get::<Option<String>>("", "role").ok().flatten())
            .filter_map(|role| Role::parse(&role).ok())
            .collect();
        roles.sort();
        roles.dedup();
        // A user whose roles require a second factor and who has none yet may only set one
        // up (and see who they are, or leave): whoever has only their password gets no
        // further with their rights.
        let totp_secret: Option<String> = first.try_get("", "totp_secret")?;
        if shared::account::second_factor_required(&roles)
            && totp_secret.is_none()
            && !SETUP_PATHS.contains(&parts.uri.path())
        {
            return Err(AppError::SecondFactorSetupRequired);
        }
        Ok(Account {
            user_id: UserId(id),
            member,
            roles,
            display_name,
            language: language
                .as_deref()
                .and_then(|code| shared::LanguageCode::parse(code).ok()),
            requests_version: requests_version.unwrap_or(0),
            registry_version: registry_version.unwrap_or(0),
            token_hash,
            session_expires,
        })
    }
}

/// For routes that answer with or without a session: no cookie, or one that names no
/// session, is `None`; the database failing is still an error.
impl axum::extract::OptionalFromRequestParts<AppState> for Account {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Option<Self>> {
        match <Account as FromRequestParts<AppState>>::from_request_parts(parts, state).await {
            Ok(user) => Ok(Some(user)),
            Err(AppError::Unauthenticated) => Ok(None),
            Err(other) => Err(other),
        }
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

/// Where a session begins: the browser (as it names itself) and the client's address, so its
/// user can tell their sessions apart.
#[derive(Debug, Clone)]
pub struct SessionOrigin {
    /// The `User-Agent`, cut to 200 characters.
    pub user_agent: Option<String>,
    /// The client, as the throttle counts it.
    pub client: ClientNet,
}

impl FromRequestParts<AppState> for SessionOrigin {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self> {
        let client = ClientNet::from_request_parts(parts, state).await?;
        let user_agent = parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|value| value.to_str().ok())
            .map(|agent| {
                shared::text::strip(agent, shared::text::TextKind::SingleLine)
                    .chars()
                    .take(200)
                    .collect::<String>()
            })
            .filter(|agent| !agent.trim().is_empty());
        Ok(SessionOrigin { user_agent, client })
    }
}

/// Starts a session for the user and returns the `Set-Cookie` header value.
pub async fn start_session(
    state: &AppState,
    user_id: i32,
    origin: &SessionOrigin,
) -> Result<String> {
    let token = new_token();
    let now = state.clock.now();
    let lifetime = Duration::hours(i64::from(state.config.session_hours));
    session::ActiveModel {
        token_hash: Set(hash_token(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(now + lifetime),
        public_id: Set(Some(new_token()[..22].to_owned())),
        user_agent: Set(origin.user_agent.clone()),
        client: Set(Some(origin.client.to_string())),
    }
    .insert(&state.db)
    .await?;
    Ok(session_cookie(
        &token,
        lifetime.num_seconds(),
        state.config.secure_cookies(),
    ))
}

/// Ends a session; the returned header value clears the cookie.
pub async fn end_session(state: &AppState, account: &Account) -> Result<String> {
    session::Entity::delete_by_id(account.token_hash.clone())
        .exec(&state.db)
        .await?;
    // The session's streams (in other tabs too) end now.
    state
        .live
        .publish(&state.db, &[crate::live::Change::User(account.user_id.0)])
        .await?;
    Ok(session_cookie("", 0, state.config.secure_cookies()))
}

fn session_cookie(token: &str, max_age: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
    )
}

/// Checks e-mail and password, applying the throttle (see `throttle`), and returns the user.
///
/// The attempt is counted against the client and the (account, client) pair before anything
/// else, and refused while either is blocked; a right password takes it back. Input that
/// cannot be an address or a password is refused without a lookup or a hash, and the
/// hashing itself waits for one of a few permits, so no burst of attempts can occupy more
/// than that many cores.
pub async fn authenticate(
    state: &AppState,
    client: &ClientNet,
    email: &str,
    password: &str,
    code: Option<&str>,
) -> Result<user::Model> {
    let email = email.trim().to_lowercase();
    let client_key = throttle::Key::client(client);
    let pair_key = throttle::Key::pair(&email, client);
    let now = state.clock.now();
    throttle::count(&state.db, &client_key, now).await?;
    throttle::count(&state.db, &pair_key, now).await?;
    let plausible = shared::registry::is_email(&email)
        && password.chars().count() <= shared::account::MAX_PASSWORD_CHARS;
    let found = if plausible {
        user::Entity::find()
            .filter(user::Column::Email.eq(email.clone()))
            .one(&state.db)
            .await?
            // An invited user who has not chosen a password yet cannot log in; the dummy
            // hash keeps the answer as slow as for anyone else.
            .filter(|u| u.active && !u.password_hash.is_empty())
    } else {
        None
    };
    let matches = plausible && {
        let stored_hash = found
            .as_ref()
            .map_or_else(|| dummy_hash().to_owned(), |u| u.password_hash.clone());
        verify_bounded(state, password, stored_hash).await?
    };
    let user = match found {
        Some(user) if matches => user,
        _ => return Err(AppError::InvalidCredentials),
    };
    // The password is right. With a second factor, log-in takes its code as well: asked
    // for (not a failure), or checked (a wrong one counts like a wrong password).
    if user.totp_secret.is_some() {
        let Some(code) = code.filter(|c| !c.trim().is_empty()) else {
            throttle::refund(&state.db, &pair_key).await?;
            throttle::refund(&state.db, &client_key).await?;
            return Err(AppError::SecondFactorRequired);
        };
        crate::services::second_factor::verify_login(&state.db, &user, code, now).await?;
    }
    throttle::forget(&state.db, &pair_key).await?;
    throttle::refund(&state.db, &client_key).await?;
    Ok(user)
}

/// How long a log-in waits for a hashing permit before it is asked to come back.
const HASHING_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Verifies a password on a blocking thread once one of the server's hashing permits is
/// free: Argon2 is slow on purpose, and unbounded it would let a burst of log-ins take every
/// core from everyone else.
pub(crate) async fn verify_bounded(
    state: &AppState,
    password: &str,
    stored_hash: String,
) -> Result<bool> {
    let permit = tokio::time::timeout(HASHING_WAIT, state.hashing.clone().acquire_owned())
        .await
        .map_err(|_| AppError::TooManyAttempts { retry_after: 1 })?
        .map_err(|err| anyhow::anyhow!("hashing permits closed: {err}"))?;
    let candidate = password.to_owned();
    let matches = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        verify_password(&candidate, &stored_hash)
    })
    .await
    .map_err(|err| anyhow::anyhow!("password check panicked: {err}"))?;
    Ok(matches)
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
    fn cookie_is_http_only_and_strict() {
        let cookie = session_cookie("abc", 60, true);
        assert!(
            cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Strict")
                && cookie.contains("Secure")
        );
    }
}
