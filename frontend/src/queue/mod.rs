//! Changes made offline, kept on the device until they can be sent.
//!
//! An inspector with no signal still saves answers, writes messages and attaches documents
//! (photos): when the server cannot be reached, the change is kept here instead of being
//! lost, and the shell sends what is kept, in the order it was made, once the connection
//! returns ([`flush`]).
//!
//! - **Where:** in the browser's Cache Storage, one cache per user (`imi-queue-<user id>`),
//!   one entry per change. A document's bytes are the entry's body; what the change is
//!   ([`Change`]) is a header of it. Cache Storage takes large bodies and survives reloads,
//!   and both wasm modules reach it.
//! - **Guarded:** each change names the request's version it was made on. When the request
//!   changed in between (a colleague answered, the requester withdrew), the server refuses
//!   it (409) and the change waits for its author to decide ([`Status::Conflict`]). A change
//!   the server refuses for another reason waits to be fixed ([`Status::Refused`]). Nothing
//!   typed offline is dropped without the user's word.
//! - **Sent once:** each change carries its own `Idempotency-Key`, the same at every try, so
//!   a change whose answer was lost on the way back is not done twice
//!   (`backend/src/idempotency.rs`).
//! - **Whose:** the queue of the user signed in. A session that ended while offline leaves
//!   it in place for the same user's next log-in; another user's log-in deletes it
//!   ([`keep_only`]), and so does logging out, after the user has confirmed ([`discard_all`]).

use serde::{Deserialize, Serialize};
use shared::error::FieldError;
use shared::inspection::InspectionReport;
use shared::lifecycle::RequestState;
use shared::request::{AnswerInput, LangText};
use shared::{ErrorCode, RequestId, UserId};
use wasm_bindgen::JsCast;

mod hooks;
mod send;

pub use hooks::{use_queue_sender, use_queued};
use send::flush;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, Cache, CacheStorage};

use crate::api::ApiFailure;

/// The window event that says the queue changed; whoever shows it reads it again.
pub const EVENT: &str = "imi-queue";

/// The largest document kept for sending later: photos resized on the device are far
/// smaller, and a device's storage is shared with everything else the user keeps.
pub const LARGEST_KEPT: f64 = 10.0 * 1024.0 * 1024.0;

/// The name of each user's cache starts with this.
const PREFIX: &str = "imi-queue-";

/// The address each change is kept under starts with this (never requested from a server).
const ENTRY: &str = "/imi-queue/";

/// The header of a kept entry that says what the change is.
const HEADER: &str = "x-imi-change";

/// One change made offline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Orders the changes as they were made; also names the entry.
    pub seq: String,
    /// The `Idempotency-Key` it is sent with; a new decision about it gets a new one.
    pub key: String,
    /// The request it changes.
    pub request: RequestId,
    /// The request's version it was made on.
    pub version: i32,
    /// When it was made (RFC 3339).
    pub made_at: String,
    /// What it is.
    pub what: What,
    /// Whether it waits for the network or for the user.
    pub status: Status,
}

/// What a change does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum What {
    /// Saves the answers, and sends them to the requester when `send`.
    Answers {
        answers: Vec<AnswerInput>,
        send: bool,
    },
    /// Saves an inspection's on-site report.
    Report { report: InspectionReport },
    /// A message to the other authority.
    Message { text: LangText },
    /// A document, whose bytes are the entry's body.
    Document {
        name: String,
        question: Option<i32>,
        size: f64,
    },
}

/// What a change waits for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    /// The network: it is sent at the next chance.
    Waiting,
    /// Its author: the request changed since, and is now in `state`.
    Conflict { state: RequestState },
    /// Its author: the server refused it.
    Refused {
        code: ErrorCode,
        #[serde(default)]
        fields: Vec<FieldError>,
    },
}

impl Change {
    /// Whether it waits for its author rather than for the network.
    pub fn needs_user(&self) -> bool {
        !matches!(self.status, Status::Waiting)
    }
}

/// The browser's Cache Storage; none outside a secure context.
fn storage() -> Option<CacheStorage> {
    let caches = gloo::utils::window().caches().ok()?;
    (!caches.is_undefined()).then_some(caches)
}

fn cache_name(user: UserId) -> String {
    format!("{PREFIX}{}", user.0)
}

async fn open(user: UserId) -> Result<Cache, ApiFailure> {
    let storage = storage().ok_or_else(|| ApiFailure::code(ErrorCode::DeviceStorageFull))?;
    let opened = JsFuture::from(storage.open(&cache_name(user)))
        .await
        .map_err(|_| ApiFailure::code(ErrorCode::DeviceStorageFull))?;
    Ok(opened.unchecked_into())
}

/// A random key, as the browser makes them.
fn new_key() -> String {
    gloo::utils::window()
        .crypto()
        .map(|crypto| crypto.random_uuid())
        .unwrap_or_else(|_| format!("{}", web_sys::js_sys::Math::random()))
}

fn now() -> String {
    String::from(web_sys::js_sys::Date::new_0().to_iso_string())
}

/// Tells whoever shows the queue that it changed.
fn announce() {
    if let Ok(event) = web_sys::CustomEvent::new(EVENT) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}

/// Writes `change` with `body` (a document's bytes, or nothing) under its entry.
async fn put(cache: &Cache, change: &Change, body: Option<&Blob>) -> Result<(), ApiFailure> {
    let full = || ApiFailure::code(ErrorCode::DeviceStorageFull);
    let json = crate::api::to_json(change).ok_or_else(full)?;
    let headers = web_sys::Headers::new().map_err(|_| full())?;
    headers
        .set(
            HEADER,
            &String::from(web_sys::js_sys::encode_uri_component(&json)),
        )
        .map_err(|_| full())?;
    let init = web_sys::ResponseInit::new();
    init.set_headers(&headers);
    let response =
        web_sys::Response::new_with_opt_blob_and_init(body, &init).map_err(|_| full())?;
    // A full device refuses the write (`QuotaExceededError`): nothing is kept, and the
    // caller says so instead of pretending the change is safe.
    JsFuture::from(cache.put_with_str(&format!("{ENTRY}{}", change.seq), &response))
        .await
        .map_err(|_| full())?;
    Ok(())
}

/// Keeps a change to `request`, made on `version`, for sending later. New answers replace
/// the answers of the same request still waiting (the form always holds all of them), and a
/// new report the report.
pub async fn keep(
    user: UserId,
    request: RequestId,
    version: i32,
    what: What,
    body: Option<&Blob>,
) -> Result<(), ApiFailure> {
    if let What::Document { size, .. } = &what
        && *size > LARGEST_KEPT
    {
        return Err(ApiFailure::code(ErrorCode::TooLargeToKeep));
    }
    let cache = open(user).await?;
    let whole = |w: &What| match w {
        What::Answers { .. } => Some("answers"),
        What::Report { .. } => Some("report"),
        What::Message { .. } | What::Document { .. } => None,
    };
    let replaced: Vec<Change> = match whole(&what) {
        Some(kind) => list_in(&cache)
            .await
            .into_iter()
            .filter(|c| c.request == request && whole(&c.what) == Some(kind))
            .collect(),
        None => Vec::new(),
    };
    // Milliseconds since 1970 padded to a fixed width sort as text; the counter orders two
    // changes of the same millisecond.
    let seq = format!(
        "{:015}-{:04}",
        web_sys::js_sys::Date::now() as u64,
        next_counter()
    );
    let change = Change {
        seq,
        key: new_key(),
        request,
        version,
        made_at: now(),
        what,
        status: Status::Waiting,
    };
    put(&cache, &change, body).await?;
    for old in replaced {
        let _ = JsFuture::from(cache.delete_with_str(&format!("{ENTRY}{}", old.seq))).await;
    }
    announce();
    Ok(())
}

fn next_counter() -> u32 {
    thread_local! {
        static COUNTER: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    COUNTER.with(|c| {
        let next = (c.get() + 1) % 10_000;
        c.set(next);
        next
    })
}

/// The user's changes, in the order they were made.
pub async fn list(user: UserId) -> Vec<Change> {
    match open(user).await {
        Ok(cache) => list_in(&cache).await,
        Err(_) => Vec::new(),
    }
}

async fn list_in(cache: &Cache) -> Vec<Change> {
    let Ok(keys) = JsFuture::from(cache.keys()).await else {
        return Vec::new();
    };
    let mut changes = Vec::new();
    for request in web_sys::js_sys::Array::from(&keys).iter() {
        let request: web_sys::Request = request.unchecked_into();
        if let Some(change) = read(cache, &request.url()).await {
            changes.push(change);
        }
    }
    changes.sort_by(|a, b| a.seq.cmp(&b.seq));
    changes
}

/// The change kept under `url`.
async fn read(cache: &Cache, url: &str) -> Option<Change> {
    let found = JsFuture::from(cache.match_with_str(url)).await.ok()?;
    let response: web_sys::Response = found.dyn_into().ok()?;
    let header = response.headers().get(HEADER).ok()??;
    let json = web_sys::js_sys::decode_uri_component(&header).ok()?;
    crate::api::parse(&String::from(json)).ok()
}

/// The bytes of a kept document.
async fn body(cache: &Cache, change: &Change) -> Option<Blob> {
    let found = JsFuture::from(cache.match_with_str(&format!("{ENTRY}{}", change.seq)))
        .await
        .ok()?;
    let response: web_sys::Response = found.dyn_into().ok()?;
    let blob = JsFuture::from(response.blob().ok()?).await.ok()?;
    blob.dyn_into().ok()
}

/// Writes `change` again, its body (a document's bytes) kept.
async fn rewrite(cache: &Cache, change: &Change) -> Result<(), ApiFailure> {
    let bytes = match change.what {
        What::Document { .. } => body(cache, change).await,
        _ => None,
    };
    put(cache, change, bytes.as_ref()).await
}

/// Removes one change.
pub async fn remove(user: UserId, seq: &str) {
    if let Ok(cache) = open(user).await {
        let _ = JsFuture::from(cache.delete_with_str(&format!("{ENTRY}{seq}"))).await;
    }
    announce();
}

/// The user decided to send `seq` anyway, on the request as it is now (`version`): it
/// waits for the network again, under a new key (a new decision is a new call).
pub async fn retry(user: UserId, seq: &str, version: i32) -> Result<(), ApiFailure> {
    let cache = open(user).await?;
    let Some(mut change) = read(&cache, &format!("{ENTRY}{seq}")).await else {
        return Ok(());
    };
    change.version = version;
    change.key = new_key();
    change.status = Status::Waiting;
    rewrite(&cache, &change).await?;
    announce();
    Ok(())
}

/// Deletes the user's queue: at log-out, once the user has agreed.
pub async fn discard_all(user: UserId) {
    if let Some(storage) = storage() {
        let _ = JsFuture::from(storage.delete(&cache_name(user))).await;
    }
    announce();
}

/// Deletes every other user's queue: at log-in, so that a tablet passed on never sends (or
/// shows) what its previous user wrote.
pub async fn keep_only(user: UserId) {
    let Some(storage) = storage() else {
        return;
    };
    let Ok(names) = JsFuture::from(storage.keys()).await else {
        return;
    };
    let own = cache_name(user);
    for name in web_sys::js_sys::Array::from(&names).iter() {
        if let Some(name) = name.as_string()
            && name.starts_with(PREFIX)
            && name != own
        {
            let _ = JsFuture::from(storage.delete(&name)).await;
        }
    }
}

/// Whether a failed call means the server could not be reached: then the change is kept.
pub fn unreachable(failure: &ApiFailure) -> bool {
    failure.code == ErrorCode::NetworkError
}
