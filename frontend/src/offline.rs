//! The app without a network: the service worker (`sw.js`) that keeps the app shell so the app
//! opens offline after one visit, whether the browser says it is online, and the update that a
//! new release brings.
//!
//! A new release's worker installs beside the running one and waits: the page keeps the files
//! it started with until the user accepts the update, so no tab ever mixes two releases.

use gloo::events::EventListener;
use shared::{LanguageCode, UserId};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};
use yew::prelude::*;

/// The message `sw.js` takes as the user's consent to replace the running release.
const TAKE_OVER: &str = "imi-update";

/// The message that asks `sw.js` to keep a language's file (followed by its path).
const KEEP: &str = "imi-keep ";

/// The message that asks `sw.js` to keep the API's reads for one user (followed by their id),
/// and to forget everybody else's.
const KEEP_FOR: &str = "imi-keep-for ";

/// The message that asks `sw.js` to fetch and keep reads for one user (followed by their id
/// and the reads' addresses, separated by spaces).
const KEEP_READS: &str = "imi-keep-reads ";

/// The message that asks `sw.js` to forget every user's kept reads.
const FORGET: &str = "imi-forget";

/// How often an open app asks whether a new release is out: hourly.
const UPDATE_CHECK_MS: u32 = 60 * 60 * 1000;

/// Whether the browser has a network, following its `online` and `offline` events.
#[hook]
pub fn use_online() -> bool {
    let online = use_state_eq(|| gloo::utils::window().navigator().on_line());
    {
        let online = online.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let (up, down) = (online.clone(), online);
            let listeners = [
                EventListener::new(&window, "online", move |_| up.set(true)),
                EventListener::new(&window, "offline", move |_| down.set(false)),
            ];
            move || drop(listeners)
        });
    }
    *online
}

/// Registers the service worker once `wanted` (a user is signed in: nobody else has anything
/// to do offline, and a visitor of the log-in page is spared the shell's download) and the
/// page has loaded (the shell's download must not compete with the page's own). Has it keep
/// the `language` the page is shown in, and gives the worker of a newer release once it is
/// installed and waiting for the user's consent.
#[hook]
pub fn use_waiting_update(language: LanguageCode, wanted: bool) -> Option<ServiceWorker> {
    let waiting = use_state_eq(|| None::<ServiceWorker>);
    let registered = use_mut_ref(|| false);
    // A page the worker already serves (after a log-out, say) keeps watching for updates.
    let wanted = wanted || controlled();
    {
        let waiting = waiting.clone();
        use_effect_with(wanted, move |wanted| {
            let mut listener = None;
            if *wanted && !std::mem::replace(&mut *registered.borrow_mut(), true) {
                let found = Callback::from(move |worker| waiting.set(Some(worker)));
                let register = move || register(found, language);
                let window = gloo::utils::window();
                if window
                    .document()
                    .is_some_and(|d| d.ready_state() == "complete")
                {
                    register();
                } else {
                    listener = Some(EventListener::once(&window, "load", move |_| register()));
                }
            }
            move || drop(listener)
        });
    }
    (*waiting).clone()
}

/// Whether a service worker serves this page.
fn controlled() -> bool {
    let container = gloo::utils::window().navigator().service_worker();
    !container.is_undefined() && container.controller().is_some()
}

/// Has the service worker keep, for `user` alone, the reads they need to open their work
/// offline (and forget any other user's). Without a worker, nothing is kept.
pub fn keep_for(user: UserId) {
    tell(format!("{KEEP_FOR}{}", user.0));
}

/// Has the service worker fetch and keep, for `user`, the API's reads at `paths` (which it
/// checks against what it may keep) although the user has not opened them: the requests
/// assigned to them, which an inspector must find on the device on a site without signal.
pub fn keep_reads(user: UserId, paths: &[String]) {
    if !paths.is_empty() {
        tell(format!("{KEEP_READS}{} {}", user.0, paths.join(" ")));
    }
}

/// How often, while online, the requests assigned to the user are kept afresh: every five
/// minutes, besides each change the live counters bring.
const ASSIGNED_REFRESH_MS: u32 = 5 * 60 * 1000;

/// The most assigned requests kept on the device: a handler's open work, which is rarely
/// more than a few dozen.
const MOST_ASSIGNED: u32 = shared::query::MAX_PER_PAGE;

/// The assigned requests kept since the last full refresh: for whom and in which language,
/// and each request's last change (RFC 3339) when it was kept.
#[derive(Default)]
struct KeptAssigned {
    owner: Option<(UserId, LanguageCode)>,
    changed: std::collections::BTreeMap<i32, String>,
}

thread_local! {
    /// What news compares with: only the requests changed since are fetched again.
    static KEPT_ASSIGNED: std::cell::RefCell<KeptAssigned> = std::cell::RefCell::default();
}

/// Keeps on the device, while `user` is signed in and the browser `online`, the requests
/// assigned to them that are still open, read in `language`, and the overview's list of them:
/// all of them at sign-in and every few minutes (what was kept may have gone with a session
/// in between), and those that changed whenever `news` (the live counters) changes. Offline,
/// the overview's "assigned to me" then lists them and each opens.
#[hook]
pub fn use_keep_assigned(
    user: Option<UserId>,
    online: bool,
    language: LanguageCode,
    news: shared::dto::LiveCounts,
) {
    let tick = use_state_eq(|| 0u32);
    {
        let tick = tick.clone();
        use_effect_with((user, online), move |(user, online)| {
            let interval = (user.is_some() && *online).then(|| {
                gloo::timers::callback::Interval::new(ASSIGNED_REFRESH_MS, move || {
                    tick.set(tick.wrapping_add(1))
                })
            });
            move || drop(interval)
        });
    }
    // Anything but news (a sign-in, the signal back, another language, the timer) keeps all.
    let last = use_mut_ref(|| None);
    use_effect_with(
        (user, online, language, news, *tick),
        move |(user, online, language, _, tick)| {
            let key = (*user, *online, *language, *tick);
            let full = last.borrow_mut().replace(key) != Some(key);
            if let (Some(user), true) = (*user, *online) {
                wasm_bindgen_futures::spawn_local(keep_assigned(user, *language, full));
            }
        },
    );
}

/// Reads the list of the requests assigned to `user` and has the service worker keep it and
/// each open request on it: every one when `full`, else those that changed since kept.
async fn keep_assigned(user: UserId, language: LanguageCode, full: bool) {
    use shared::lifecycle::RequestState;
    let list = shared::query::RequestListQuery {
        assigned_to_me: true,
        language: Some(language),
        ..Default::default()
    };
    let mut fetched = list.clone();
    fetched.paging = shared::query::Paging::of(MOST_ASSIGNED);
    let Ok(page) = crate::api::requests(&fetched).await else {
        return;
    };
    // The list as the overview asks for it, whose first page the user finds offline.
    let mut paths = vec![format!("/api/requests?{}", list.to_query_string())];
    KEPT_ASSIGNED.with(|kept| {
        let KeptAssigned { owner, changed } = &mut *kept.borrow_mut();
        if full || *owner != Some((user, language)) {
            *owner = Some((user, language));
            changed.clear();
        }
        for row in &page.rows {
            let open = !matches!(row.state, RequestState::Closed | RequestState::Withdrawn);
            if open && changed.get(&row.id.0) != Some(&row.updated_at) {
                changed.insert(row.id.0, row.updated_at.clone());
                paths.push(format!(
                    "/api/requests/{}?language={}",
                    row.id.0,
                    language.as_str()
                ));
            }
        }
    });
    keep_reads(user, &paths);
}

/// Has the service worker forget what it keeps of every user: at log-out, and when the server
/// says the session has ended.
pub fn forget() {
    tell(FORGET.to_owned());
}

/// Sends `message` to the active service worker, once there is one.
fn tell(message: String) {
    let container = gloo::utils::window().navigator().service_worker();
    if container.is_undefined() {
        return;
    }
    // A page the worker does not serve yet (the first visit) reaches it once it is active.
    if let Some(worker) = container.controller() {
        let _ = worker.post_message(&JsValue::from_str(&message));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(ready) = container.ready()
            && let Ok(ready) = wasm_bindgen_futures::JsFuture::from(ready).await
            && let Some(active) = ready.unchecked_into::<ServiceWorkerRegistration>().active()
        {
            let _ = active.post_message(&JsValue::from_str(&message));
        }
    });
}

/// Asks the waiting worker to take over, and reloads the page once it has: the page then
/// starts again wholly from the new release.
pub fn accept_update(worker: &ServiceWorker) {
    let container = gloo::utils::window().navigator().service_worker();
    EventListener::once(&container, "controllerchange", |_| {
        let _ = gloo::utils::window().location().reload();
    })
    .forget();
    let _ = worker.post_message(&JsValue::from_str(TAKE_OVER));
}

fn register(found: Callback<ServiceWorker>, language: LanguageCode) {
    let container = gloo::utils::window().navigator().service_worker();
    // Browsers offer no service worker outside a secure context (plain HTTP to a remote
    // host), where the app works as before, online only.
    if container.is_undefined() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) =
            wasm_bindgen_futures::JsFuture::from(container.register("/sw.js")).await
        else {
            return;
        };
        watch(&registration.unchecked_into(), found);
        // The page's language was fetched before the worker was there to keep it.
        if let Ok(ready) = container.ready()
            && let Ok(ready) = wasm_bindgen_futures::JsFuture::from(ready).await
            && let Some(active) = ready.unchecked_into::<ServiceWorkerRegistration>().active()
        {
            let path = crate::i18n::locale_path(language);
            let _ = active.post_message(&JsValue::from_str(&format!("{KEEP}{path}")));
        }
    });
}

/// Watches `registration` for a newer release's worker. One that is installed while another
/// controls the page is an update; the first worker of all is not (it takes over at once).
fn watch(registration: &ServiceWorkerRegistration, found: Callback<ServiceWorker>) {
    if let Some(worker) = registration.waiting()
        && controlled()
    {
        found.emit(worker);
    }
    // Browsers look for a new worker at each navigation; a tab left open for days asks too.
    let checked = registration.clone();
    gloo::timers::callback::Interval::new(UPDATE_CHECK_MS, move || {
        let _ = checked.update();
    })
    .forget();
    let watched = registration.clone();
    EventListener::new(registration, "updatefound", move |_| {
        let Some(worker) = watched.installing() else {
            return;
        };
        let (found, installing) = (found.clone(), worker.clone());
        EventListener::new(&worker, "statechange", move |_| {
            if installing.state() == ServiceWorkerState::Installed && controlled() {
                found.emit(installing.clone());
            }
        })
        .forget();
    })
    .forget();
}
