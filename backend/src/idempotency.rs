//! Writes that are done once however often they are sent.
//!
//! A client that sends a change and loses the answer (the tablet's signal dropped while the
//! server was replying) cannot know whether the change was made. It sends it again with the
//! same `Idempotency-Key` header (any text of 1 to 100 visible ASCII characters, a random
//! UUID in practice), and this layer answers the second call with the first call's answer
//! instead of doing the change twice: a message is not posted twice, a document not
//! attached twice. The SPA's queue of changes made offline (`frontend/src/queue/`) names
//! each change this way.
//!
//! Keys belong to the user who sent them: the same key from another user is another call,
//! so nobody can read another user's answers by guessing keys. The same key with another
//! route or body is refused (`idempotency_key_reused`, 422); a second call that arrives
//! while the first is still being handled is told to ask again shortly
//! (`request_in_progress`, 409, `Retry-After`). Server errors and "not yet" answers (5xx,
//! 429) are not kept, so that sending again does the change. An instance that dies while
//! handling a call leaves its key claimed; another instance takes the key over after
//! [`LOST_AFTER`]. The rows live in the database, so every instance behind a balancer sees
//! them, and are kept for [`KEPT_FOR`] (`services::maintenance`).
//!
//! The answer is stored after the handler's own transaction has committed, in a write of its
//! own: if the instance dies exactly between the two, the key is taken over later and the
//! change may be done again. Changes to a request also carry the version they were made on,
//! which refuses the second one in that case.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, sea_query::Expr,
};
use sha2::{Digest, Sha256};

use crate::auth::Account;
use crate::entities::idempotency_key;
use crate::error::{AppError, Result};
use crate::state::AppState;

/// The request header that names a write.
pub const HEADER: &str = "idempotency-key";

/// The response header that says an answer is the stored answer of an earlier call.
pub const REPLAYED: &str = "idempotent-replayed";

/// How long a claimed key with no answer waits for its handler before another call may take
/// it over: longer than any write takes, documents included.
pub const LOST_AFTER: Duration = Duration::minutes(2);

/// How long an answer is kept: a device that was offline for days still finds it.
pub const KEPT_FOR: Duration = Duration::days(7);

/// The largest answer stored; the answers to writes are a few hundred bytes.
const LARGEST_ANSWER: usize = 1024 * 1024;

/// What the stored row says about a call with this key.
enum Claim {
    /// Nobody handled it before: this call does.
    New,
    /// It was handled: its answer.
    Answered(StatusCode, Option<String>),
    /// The key was used for another call.
    Reused,
    /// It is being handled now.
    Busy,
}

/// The writes the API has, as "METHOD /path/{param}" (the router's and the OpenAPI
/// document's way of naming a route): only a call that reaches one of them is remembered,
/// so a method a route does not take is refused as such (405), whatever its key.
#[derive(Clone, Debug, Default)]
pub struct Writes(std::sync::Arc<std::collections::HashSet<String>>);

impl Writes {
    /// The writes `doc` documents.
    pub fn of(doc: &utoipa::openapi::OpenApi) -> Writes {
        let mut writes = std::collections::HashSet::new();
        for (path, item) in &doc.paths.paths {
            let methods = [
                ("POST", item.post.is_some()),
                ("PUT", item.put.is_some()),
                ("PATCH", item.patch.is_some()),
                ("DELETE", item.delete.is_some()),
            ];
            for (method, present) in methods {
                if present {
                    writes.insert(format!("{method} {path}"));
                }
            }
        }
        Writes(std::sync::Arc::new(writes))
    }

    fn contains(&self, method: &Method, route: &str) -> bool {
        self.0.contains(&format!("{method} {route}"))
    }
}

/// The layer over the API (see the module's comment).
pub async fn layer(
    State((state, writes)): State<(AppState, Writes)>,
    request: Request,
    next: Next,
) -> Response {
    let route = request
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|matched| matched.as_str().to_owned());
    if !route.is_some_and(|route| writes.contains(request.method(), &route)) {
        return next.run(request).await;
    }
    let Some(value) = request.headers().get(HEADER) else {
        return next.run(request).await;
    };
    let Some(key) = parse_key(value) else {
        return AppError::InvalidParameter(
            "Idempotency-Key must be 1 to 100 visible ASCII characters".to_owned(),
        )
        .into_response();
    };
    let (mut parts, body) = request.into_parts();
    // Without a session there is nobody to own the key: the handler answers as it would.
    let account = match <Account as axum::extract::FromRequestParts<AppState>>::from_request_parts(
        &mut parts, &state,
    )
    .await
    {
        Ok(account) => account,
        Err(_) => return next.run(Request::from_parts(parts, body)).await,
    };
    let user = account.user_id.0;
    parts.extensions.insert(account);
    // The route's own limit still applies when the handler reads the body again.
    let limit = state
        .config
        .max_body_bytes
        .max(state.config.max_attachment_bytes)
        .max(16 * 1024 * 1024);
    let Ok(bytes) = axum::body::to_bytes(body, limit).await else {
        return crate::error::error_response(
            StatusCode::PAYLOAD_TOO_LARGE,
            shared::ErrorCode::PayloadTooLarge,
            "the body is larger than any route accepts",
        );
    };
    let fingerprint = fingerprint(&parts.method, &parts.uri, &bytes);
    match claim(&state.db, user, &key, &fingerprint, state.clock.now()).await {
        Ok(Claim::New) => {}
        Ok(Claim::Answered(status, body)) => return replay(status, body),
        Ok(Claim::Reused) => return AppError::KeyReused.into_response(),
        Ok(Claim::Busy) => return AppError::InProgress { retry_after: 1 }.into_response(),
        Err(error) => return error.into_response(),
    }
    let response = next
        .run(Request::from_parts(parts, Body::from(bytes)))
        .await;
    let status = response.status();
    if status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS {
        if let Err(error) = release(&state.db, user, &key).await {
            tracing::warn!(%error, "could not release an idempotency key");
        }
        return response;
    }
    let (response_parts, response_body) = response.into_parts();
    let Ok(answer) = axum::body::to_bytes(response_body, LARGEST_ANSWER).await else {
        if let Err(error) = release(&state.db, user, &key).await {
            tracing::warn!(%error, "could not release an idempotency key");
        }
        return AppError::Internal(anyhow::anyhow!("an answer too large to keep")).into_response();
    };
    let text = (!answer.is_empty()).then(|| String::from_utf8_lossy(&answer).into_owned());
    if let Err(error) = record(&state.db, user, &key, status, text).await {
        // The change is made and its answer goes back; only a repeat of it would not find
        // the answer, and the request's version guard stands behind that.
        tracing::warn!(%error, "could not store the answer of an idempotent call");
    }
    Response::from_parts(response_parts, Body::from(answer))
}

/// A key as the header gives it, if it is one.
fn parse_key(value: &HeaderValue) -> Option<String> {
    let text = value.to_str().ok()?;
    let valid = (1..=100).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_graphic());
    valid.then(|| text.to_owned())
}

/// What makes two calls the same call: method, path with query, and body.
fn fingerprint(method: &Method, uri: &axum::http::Uri, body: &[u8]) -> String {
    let mut hash = Sha256::new();
    hash.update(method.as_str());
    hash.update(b"\n");
    hash.update(uri.path_and_query().map_or("", |p| p.as_str()));
    hash.update(b"\n");
    hash.update(body);
    crate::datafiles::hex(hash)
}

/// Claims the key for this call, or says what an earlier call with it came to.
async fn claim(
    db: &impl ConnectionTrait,
    user: i32,
    key: &str,
    fingerprint: &str,
    now: DateTime<Utc>,
) -> Result<Claim> {
    let row = idempotency_key::ActiveModel {
        user_id: Set(user),
        key: Set(key.to_owned()),
        fingerprint: Set(fingerprint.to_owned()),
        status: Set(0),
        body: Set(None),
        created_at: Set(now),
    };
    let inserted = idempotency_key::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([
                idempotency_key::Column::UserId,
                idempotency_key::Column::Key,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    if inserted == 1 {
        return Ok(Claim::New);
    }
    let Some(found) = idempotency_key::Entity::find_by_id((user, key.to_owned()))
        .one(db)
        .await?
    else {
        // Released between the two statements: its call failed and may be sent again.
        return Ok(Claim::Busy);
    };
    if found.fingerprint != fingerprint {
        return Ok(Claim::Reused);
    }
    if found.status != 0 {
        let status = u16::try_from(found.status)
            .ok()
            .and_then(|s| StatusCode::from_u16(s).ok())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        return Ok(Claim::Answered(status, found.body));
    }
    if found.created_at > now - LOST_AFTER {
        return Ok(Claim::Busy);
    }
    // Its handler was lost (the instance died): this call takes the key over, unless
    // another call took it first.
    let taken = idempotency_key::Entity::update_many()
        .col_expr(idempotency_key::Column::CreatedAt, Expr::value(now))
        .filter(idempotency_key::Column::UserId.eq(user))
        .filter(idempotency_key::Column::Key.eq(key))
        .filter(idempotency_key::Column::Status.eq(0))
        .filter(idempotency_key::Column::CreatedAt.eq(found.created_at))
        .exec(db)
        .await?;
    Ok(if taken.rows_affected == 1 {
        Claim::New
    } else {
        Claim::Busy
    })
}

/// Stores the answer of the call that claimed the key.
async fn record(
    db: &impl ConnectionTrait,
    user: i32,
    key: &str,
    status: StatusCode,
    body: Option<String>,
) -> Result<()> {
    idempotency_key::Entity::update_many()
        .col_expr(
            idempotency_key::Column::Status,
            Expr::value(i32::from(status.as_u16())),
        )
        .col_expr(idempotency_key::Column::Body, Expr::value(body))
        .filter(idempotency_key::Column::UserId.eq(user))
        .filter(idempotency_key::Column::Key.eq(key))
        .exec(db)
        .await?;
    Ok(())
}

/// Frees the key of a call that failed, so that sending it again does it.
async fn release(db: &impl ConnectionTrait, user: i32, key: &str) -> Result<()> {
    idempotency_key::Entity::delete_many()
        .filter(idempotency_key::Column::UserId.eq(user))
        .filter(idempotency_key::Column::Key.eq(key))
        .filter(idempotency_key::Column::Status.eq(0))
        .exec(db)
        .await?;
    Ok(())
}

/// The stored answer, marked as such.
fn replay(status: StatusCode, body: Option<String>) -> Response {
    let mut response = match body {
        Some(text) => (
            status,
            [(header::CONTENT_TYPE, "application/json")],
            Body::from(text),
        )
            .into_response(),
        None => status.into_response(),
    };
    response
        .headers_mut()
        .insert(REPLAYED, HeaderValue::from_static("true"));
    response
}

/// Deletes the answers older than [`KEPT_FOR`].
pub async fn purge(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64> {
    Ok(idempotency_key::Entity::delete_many()
        .filter(idempotency_key::Column::CreatedAt.lt(now - KEPT_FOR))
        .exec(db)
        .await?
        .rows_affected)
}
