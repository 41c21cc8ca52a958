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
use shared::dto::{ActionRequest, AnswersUpdate, MessageInput, RequestRef};
use shared::error::FieldError;
use shared::lifecycle::{Action, RequestState};
use shared::request::{AnswerInput, LangText};
use shared::{ErrorCode, RequestId, UserId};
use wasm_bindgen::JsCast;
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
/// the answers of the same request still waiting (the form always holds all of them).
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
    let replaced: Vec<Change> = if matches!(what, What::Answers { .. }) {
        list_in(&cache)
            .await
            .into_iter()
            .filter(|c| c.request == request && matches!(c.what, What::Answers { .. }))
            .collect()
    } else {
        Vec::new()
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

/// What one [`flush`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flushed {
    /// Changes the server took.
    pub sent: usize,
    /// Whether it stopped before the end, for the network or the server: try again later.
    pub stopped: bool,
    /// Whether it stopped because the session has ended: the changes wait for the same
    /// user's next log-in.
    pub ended: bool,
}

/// How one change's sending ended.
enum Outcome {
    /// Done; the request's version after it, where it changed.
    Sent(Option<i32>),
    /// Not now: try again later.
    Later,
    /// Not before the user has logged in again.
    SignedOut,
    /// Waits for its author.
    Held(Status),
}

/// Sends the user's waiting changes in the order they were made. A change the server takes
/// is removed; one it refuses waits for its author; a failure of the network (or of the
/// server) stops the sending, to try again later. Only the shell calls it, so a page sends
/// its queue once.
pub async fn flush(user: UserId) -> Flushed {
    let mut flushed = Flushed::default();
    let Ok(cache) = open(user).await else {
        return flushed;
    };
    for listed in list_in(&cache).await {
        // Read again: an earlier change of the same request may have moved its version.
        let Some(change) = read(&cache, &format!("{ENTRY}{}", listed.seq)).await else {
            continue;
        };
        if change.needs_user() {
            continue;
        }
        match send(&cache, &change).await {
            Outcome::Sent(version) => {
                flushed.sent += 1;
                let _ =
                    JsFuture::from(cache.delete_with_str(&format!("{ENTRY}{}", change.seq))).await;
                if let Some(version) = version {
                    follow(&cache, &change, version).await;
                }
            }
            Outcome::Later => {
                flushed.stopped = true;
                break;
            }
            Outcome::SignedOut => {
                flushed.stopped = true;
                flushed.ended = true;
                break;
            }
            Outcome::Held(status) => {
                let held = Change { status, ..change };
                let _ = rewrite(&cache, &held).await;
            }
        }
        announce();
    }
    flushed
}

/// This user's own change moved the request from `change.version` to `version`: the
/// changes made after it on the same version were made on what it changed, so they follow.
async fn follow(cache: &Cache, change: &Change, version: i32) {
    for later in list_in(cache).await {
        if later.request == change.request && later.version == change.version {
            let moved = Change { version, ..later };
            let _ = rewrite(cache, &moved).await;
        }
    }
}

/// Sends one change.
async fn send(cache: &Cache, change: &Change) -> Outcome {
    let id = change.request;
    let key = change.key.as_str();
    let answer = match &change.what {
        What::Answers { answers, send } => {
            let update = AnswersUpdate {
                version: change.version,
                answers: answers.clone(),
            };
            match crate::api::save_answers_keyed(id, &update, key).await {
                Ok(saved) if *send => {
                    let answer = ActionRequest {
                        version: saved.version,
                        action: Action::Answer,
                        note: None,
                    };
                    crate::api::act_keyed(id, &answer, &format!("{key}-send"))
                        .await
                        .map(|r: RequestRef| Some(r.version))
                }
                Ok(saved) => Ok(Some(saved.version)),
                Err(failure) => Err(failure),
            }
        }
        What::Message { text } => {
            let message = MessageInput {
                text: text.clone(),
                version: Some(change.version),
            };
            crate::api::send_message_keyed(id, &message, key)
                .await
                .map(|()| None)
        }
        What::Document { name, question, .. } => match body(cache, change).await {
            Some(bytes) => {
                let mut path = format!(
                    "/api/requests/{id}/attachments?name={}&version={}",
                    String::from(web_sys::js_sys::encode_uri_component(name)),
                    change.version
                );
                if let Some(question) = question {
                    path.push_str(&format!("&question={question}"));
                }
                crate::api::upload_keyed(&path, &bytes, key)
                    .await
                    .map(|()| None)
            }
            // The bytes are gone (the browser cleared its storage): nothing to send.
            None => Err(ApiFailure::code(ErrorCode::DeviceStorageFull)),
        },
    };
    match answer {
        Ok(version) => Outcome::Sent(version),
        Err(failure) => outcome_of(failure),
    }
}

/// What a failure means for a change: wait for the network or the server, or for the user.
fn outcome_of(failure: ApiFailure) -> Outcome {
    match failure.code {
        ErrorCode::Unauthenticated => Outcome::SignedOut,
        ErrorCode::NetworkError
        | ErrorCode::RequestInProgress
        | ErrorCode::InternalError
        | ErrorCode::DatabaseUnavailable
        | ErrorCode::TooManyAttempts
        | ErrorCode::RateLimited => Outcome::Later,
        ErrorCode::InvalidTransition if failure.current_state.is_some() => {
            Outcome::Held(Status::Conflict {
                state: failure.current_state.unwrap_or(RequestState::Draft),
            })
        }
        code => Outcome::Held(Status::Refused {
            code,
            fields: failure.fields,
        }),
    }
}

/// Whether a failed call means the server could not be reached: then the change is kept.
pub fn unreachable(failure: &ApiFailure) -> bool {
    failure.code == ErrorCode::NetworkError
}

/// What the shell says of the queue.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    /// Changes waiting for the network.
    pub waiting: usize,
    /// Changes waiting for their author, and the first request with one.
    pub held: usize,
    pub first_held: Option<RequestId>,
    /// Whether changes are being sent now.
    pub sending: bool,
}

thread_local! {
    /// Whether this page is sending its queue: one [`flush`] at a time.
    static FLUSHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A counter that moves on each time the queue must be read again.
#[derive(Default, PartialEq)]
struct Tick(u32);

impl yew::Reducible for Tick {
    type Action = ();

    fn reduce(self: std::rc::Rc<Self>, (): ()) -> std::rc::Rc<Self> {
        std::rc::Rc::new(Tick(self.0.wrapping_add(1)))
    }
}

/// A counter that moves on whenever the queue changed (in this module or the other one).
#[yew::hook]
fn use_changes() -> yew::UseReducerHandle<Tick> {
    use yew::prelude::*;
    let generation = use_reducer(Tick::default);
    {
        let bump = generation.dispatcher();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), EVENT, move |_| {
                    bump.dispatch(());
                });
            move || drop(listener)
        });
    }
    generation
}

/// How long after a sending stopped for the network or the server it is tried again, while
/// the browser says it is online (it may be wrong: a captive portal, a server down).
const RETRY_MS: u32 = 15_000;

/// The queue of the signed-in `user`, followed as it changes, and sent whenever the browser
/// is `online` and changes are waiting. `sent` is told how many changes each sending got
/// through, for the shell to say so; `ended` is called when the server says the session has
/// ended (the changes wait for the user's next log-in).
#[yew::hook]
pub fn use_queue_sender(
    user: Option<UserId>,
    online: bool,
    sent: yew::Callback<usize>,
    ended: yew::Callback<()>,
) -> Summary {
    use yew::prelude::*;
    let summary = use_state_eq(Summary::default);
    let generation = use_changes();
    {
        let (summary, bump) = (summary.clone(), generation.dispatcher());
        use_effect_with((user, online, generation.0), move |(user, online, _)| {
            let (user, online) = (*user, *online);
            if let Some(user) = user {
                wasm_bindgen_futures::spawn_local(async move {
                    let changes = list(user).await;
                    let held: Vec<&Change> = changes.iter().filter(|c| c.needs_user()).collect();
                    let waiting = changes.len() - held.len();
                    let counted = Summary {
                        waiting,
                        held: held.len(),
                        first_held: held.first().map(|c| c.request),
                        sending: false,
                    };
                    if !online || waiting == 0 || FLUSHING.with(|f| f.replace(true)) {
                        summary.set(counted);
                        return;
                    }
                    summary.set(Summary {
                        sending: true,
                        ..counted
                    });
                    let flushed = flush(user).await;
                    FLUSHING.with(|f| f.set(false));
                    if flushed.sent > 0 {
                        sent.emit(flushed.sent);
                    }
                    if flushed.ended {
                        ended.emit(());
                        return;
                    }
                    // Read the queue again: what was sent is gone, and a change kept while
                    // this sending ran is sent next. A sending that stopped is tried again
                    // only after a while, so an unreachable server is not asked in a loop.
                    let again = move || bump.dispatch(());
                    if flushed.stopped {
                        gloo::timers::callback::Timeout::new(RETRY_MS, again).forget();
                    } else {
                        again();
                    }
                });
            } else {
                summary.set(Summary::default());
            }
        });
    }
    (*summary).clone()
}

/// The changes `user` kept offline for `request`, read again whenever the queue changes;
/// `found` gets them each time.
#[yew::hook]
pub fn use_queued(user: Option<UserId>, request: RequestId, found: yew::Callback<Vec<Change>>) {
    use yew::prelude::*;
    let generation = use_changes();
    use_effect_with((user, request, generation.0), move |(user, request, _)| {
        if let Some(user) = *user {
            let request = *request;
            wasm_bindgen_futures::spawn_local(async move {
                let changes = list(user).await;
                found.emit(
                    changes
                        .into_iter()
                        .filter(|c| c.request == request)
                        .collect(),
                );
            });
        }
    });
}
