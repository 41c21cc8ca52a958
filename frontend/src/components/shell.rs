//! The frame around every page: the header (the system's name, the language switcher, the
//! notifications, the user and log-out), the navigation with its live counters, and the page
//! itself. One component per part; the live counters come from [`use_live_counts`].

use shared::dto::{About, LiveCounts, Me, NotificationList, NotificationView};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{Button, ButtonKind, LanguageSwitcher};
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::route::Route;
use crate::session::{Session, SessionStatus};
use crate::t;

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub children: Children,
}

/// The counters, live, while `signed` holds a user: the server pushes them whenever they
/// change (server-sent events); the browser reconnects by itself after a network hiccup.
///
/// The second value says whether the first counts have arrived, so that what was there at
/// the page's load is not announced as news.
#[hook]
fn use_live_counts(signed: Option<shared::UserId>) -> (UseStateHandle<LiveCounts>, bool) {
    let live = use_state(LiveCounts::default);
    let received = use_state(|| false);
    {
        let live = live.clone();
        let received = received.clone();
        use_effect_with(signed, move |signed| {
            let source =
                signed.and_then(|_| web_sys::EventSource::new("/api/notifications/stream").ok());
            let listener = source.as_ref().map(|source| {
                gloo::events::EventListener::new(source, "counts", move |event| {
                    let event: &web_sys::MessageEvent = wasm_bindgen::JsCast::unchecked_ref(event);
                    if let Some(data) = event.data().as_string()
                        && let Ok(counts) = crate::api::parse(&data)
                    {
                        live.set(counts);
                        received.set(true);
                    }
                })
            });
            move || {
                drop(listener);
                if let Some(source) = source {
                    source.close();
                }
            }
        });
    }
    (live, *received)
}

#[derive(Properties, PartialEq)]
struct AnnouncerProps {
    live: LiveCounts,
    received: bool,
}

/// A polite live region that tells a screen reader's user of news as it arrives: more unread
/// notifications, more unread alert updates. It is empty otherwise, so that the same news
/// arriving again later is said again.
#[function_component(LiveAnnouncer)]
fn live_announcer(props: &AnnouncerProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let previous = use_mut_ref(|| None::<LiveCounts>);
    let said = use_state(Vec::<String>::new);
    {
        let (previous, said, i18n) = (previous.clone(), said.clone(), i18n.clone());
        use_effect_with(
            (props.live.clone(), props.received),
            move |(live, received)| {
                if *received {
                    let before = previous.borrow_mut().replace(live.clone());
                    let mut news = Vec::new();
                    if let Some(before) = before {
                        if live.unread > before.unread {
                            news.push(t!(i18n, "notifications-unread", count = live.unread));
                        }
                        if live.alert_unread > before.alert_unread {
                            news.push(t!(i18n, "live-alert-news", count = live.alert_unread));
                        }
                    }
                    said.set(news);
                }
            },
        );
    }
    html! {
        <div class="visually-hidden" id="live-announcement" role="status" aria-live="polite" aria-atomic="true">
            { for said.iter().map(|news| html! { <p>{ news.clone() }</p> }) }
        </div>
    }
}

/// The frame around every page: header with the system's name, the user and their
/// authority, the language switcher and log-out; navigation; the page itself.
#[function_component(Shell)]
pub fn shell(props: &ShellProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let signed_in = match &session.status {
        SessionStatus::SignedIn(me) => Some(me.clone()),
        _ => None,
    };
    // Until a required second factor is set up, the server answers nothing but its setup:
    // no navigation, no counters, no notifications.
    let working = signed_in
        .clone()
        .filter(|me| !me.second_factor.setup_needed());
    // Only an authority's officials have requests to count and notifications to read.
    let official = working.as_ref().filter(|me| me.authority().is_some());
    let (live, received) = use_live_counts(official.map(|me| me.id));
    // A handler's assigned requests are kept on the device, where allocation assigns them.
    let handler = official
        .filter(|me| me.authority().is_some_and(|a| a.allocation_enabled))
        .map(|me| me.id);
    let online = crate::offline::use_online();
    crate::offline::use_keep_assigned(handler, online, i18n.language(), (*live).clone());
    let panel_open = use_state(|| false);
    html! {
        <>
            <a class="skip-link" href="#main">{ t!(i18n, "skip-to-content") }</a>
            <header class="header">
                <div class="header__inner">
                    <Link<Route> to={signed_in.as_ref().map_or(Route::Inbox, Route::home)} classes="brand">
                        <span class="brand__mark" aria-hidden="true">{ t!(i18n, "app-short-name") }</span>
                        <span class="brand__name">{ t!(i18n, "app-name") }</span>
                    </Link<Route>>
                    <div class="header__tools">
                        <LanguageSwitcher />
                        if official.is_some() {
                            <NotificationBell unread={live.unread} open={panel_open.clone()} />
                        }
                        if let Some(me) = &signed_in {
                            <SignedInUser me={me.clone()} />
                        }
                    </div>
                </div>
                if let Some(me) = &working {
                    <MainNav me={me.clone()} waiting={live.counts.to_accept + live.counts.to_answer} alerts={live.alert_unread} />
                }
                if official.is_some() {
                    <LiveAnnouncer live={(*live).clone()} {received} />
                }
            </header>
            <ConnectionNotes />
            <main id="main" class="main" tabindex="-1">
                <ContextProvider<LiveCounts> context={(*live).clone()}>
                    { for props.children.iter() }
                </ContextProvider<LiveCounts>>
            </main>
        </>
    }
}

/// What the user must know of the connection and the app's release: that the browser is
/// offline (what needs the server will fail until it is back), the changes made offline that
/// wait to be sent or for the user's decision (`crate::queue`, which this part sends), and that a
/// new release is ready, with the button that reloads into it.
#[function_component(ConnectionNotes)]
fn connection_notes() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let toasts = crate::components::use_toasts();
    let online = crate::offline::use_online();
    let user = session.user();
    let update = crate::offline::use_waiting_update(i18n.language(), user.is_some());
    let sent = {
        let i18n = i18n.clone();
        Callback::from(move |count: usize| toasts.info(t!(i18n, "toast-queue-sent", count = count)))
    };
    // The server says the session has ended: the log-in page, after which the same user's
    // changes are sent.
    let ended = {
        let set = session.set.clone();
        Callback::from(move |()| set.emit(SessionStatus::Anonymous))
    };
    let queue = crate::queue::use_queue_sender(user, online, sent, ended);
    html! {
        <div class="connection" role="status">
            if !online {
                <p class="connection__note connection__note--offline" id="offline-note">{ t!(i18n, "offline-note") }</p>
            }
            if queue.sending {
                <p class="connection__note" id="queue-note">{ t!(i18n, "queue-sending") }</p>
            } else if queue.waiting > 0 {
                <p class="connection__note" id="queue-note">{ t!(i18n, "queue-waiting", count = queue.waiting) }</p>
            }
            if let Some(request) = queue.first_held {
                <p class="connection__note connection__note--attention" id="queue-held">
                    <Link<Route> to={Route::Request { id: request.0 }}>{ t!(i18n, "queue-attention", count = queue.held) }</Link<Route>>
                </p>
            }
            if let Some(worker) = update {
                <div class="connection__note" id="update-note">
                    <span>{ t!(i18n, "update-ready") }</span>
                    <Button id={Some(AttrValue::from("update-reload"))} kind={ButtonKind::Secondary}
                        onclick={Callback::from(move |_| crate::offline::accept_update(&worker))}>
                        { t!(i18n, "update-reload") }
                    </Button>
                </div>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct MeProps {
    me: Me,
}

/// Who is logged in, from which authority (a link to their account), and log-out.
#[function_component(SignedInUser)]
fn signed_in_user(props: &MeProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let api = use_api_call();
    let logout = {
        let (set, i18n, user) = (session.set.clone(), i18n.clone(), props.me.id);
        Callback::from(move |_| {
            let (set, i18n, api) = (set.clone(), i18n.clone(), api.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // Changes made offline and not sent yet go with the log-out (nothing of this
                // user stays on a shared tablet), so the user decides knowing it. A log-out
                // the server never heard of (offline) keeps them, as it keeps the session.
                let waiting = crate::queue::list(user).await.len();
                if waiting > 0 {
                    let question = t!(i18n, "queue-logout-confirm", count = waiting);
                    if !gloo::utils::window()
                        .confirm_with_message(&question)
                        .unwrap_or(false)
                    {
                        return;
                    }
                }
                let toasts = api.toasts().clone();
                api.run(crate::api::logout(), move |()| {
                    wasm_bindgen_futures::spawn_local(crate::queue::discard_all(user));
                    toasts.info(t!(i18n, "toast-logged-out"));
                    set.emit(SessionStatus::Anonymous);
                });
            });
        })
    };
    let me = &props.me;
    let organisation = me
        .authority()
        .map_or_else(|| t!(i18n, "organisation-commission"), |a| a.name.clone());
    html! {
        <>
            <Link<Route> to={Route::Account} classes="user">
                <span class="user__name" id="user-name" title={t!(i18n, "user-signed-in-as", name = me.display_name.clone(), authority = organisation.clone())}>{ &me.display_name }</span>
                <span class="user__authority" id="user-authority">{ organisation }</span>
                <span class="visually-hidden">{ t!(i18n, "user-account") }</span>
            </Link<Route>>
            <Button id={Some(AttrValue::from("logout"))} kind={ButtonKind::Ghost} onclick={logout}>{ t!(i18n, "logout") }</Button>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct MainNavProps {
    me: Me,
    /// Requests waiting for the user's authority to accept or answer.
    waiting: u64,
    /// Unread news of alerts.
    alerts: u64,
}

/// The pages the user's roles open to them.
#[function_component(MainNav)]
fn main_nav(props: &MainNavProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let me = &props.me;
    let coordinator = me.roles.contains(&shared::Role::COORDINATOR);
    let Some(authority) = me.authority() else {
        // The Commission's staff: their statistics are all there is for them.
        return html! {
            <nav class="nav" aria-label={t!(i18n, "nav-label")}>
                <div class="nav__inner">
                    <NavLink to={Route::Statistics} label={t!(i18n, "nav-statistics")} />
                    <NavLink to={Route::Alerts} label={t!(i18n, "nav-alerts")} />
                </div>
            </nav>
        };
    };
    html! {
        <nav class="nav" aria-label={t!(i18n, "nav-label")}>
            <div class="nav__inner">
                <NavLink to={Route::Inbox} label={t!(i18n, "nav-inbox")} count={props.waiting} />
                <NavLink to={Route::Alerts} label={t!(i18n, "nav-alerts")} count={props.alerts} count_id="nav-count-alerts" />
                <NavLink to={Route::Authorities} label={t!(i18n, "nav-authorities")} />
                if coordinator {
                    <NavLink to={Route::Coordination} label={t!(i18n, "nav-coordination")} />
                }
                if coordinator && authority.coordinator.is_some() {
                    <NavLink to={Route::Registry} label={t!(i18n, "nav-registry")} />
                }
                if me.roles.contains(&shared::Role::LOCAL_ADMINISTRATOR) {
                    <NavLink to={Route::Users { id: authority.id.0 }} label={t!(i18n, "nav-users")} />
                    <NavLink to={Route::DataSubjects} label={t!(i18n, "nav-data-subjects")} />
                }
                <NavLink to={Route::Statistics} label={t!(i18n, "nav-statistics")} />
                <NavLink to={Route::Catalogue} label={t!(i18n, "nav-catalogue")} />
                <NavLink to={Route::QuestionCheck} label={t!(i18n, "nav-question-check")} />
            </div>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct NavLinkProps {
    to: Route,
    label: String,
    /// Requests waiting for the user's authority, shown next to the label.
    #[prop_or_default]
    count: u64,
    /// The counter's id, for each entry that counts its own.
    #[prop_or("nav-count")]
    count_id: &'static str,
}

/// A navigation entry that marks the current page for sighted and screen-reader users.
#[function_component(NavLink)]
fn nav_link(props: &NavLinkProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let current = use_route::<Route>();
    let active = current.as_ref() == Some(&props.to);
    let navigator = use_navigator();
    // On a phone the navigation is a row that scrolls sideways: the current page's entry is
    // brought into it, so the user sees where they are. Only the row moves, never the page.
    let link = use_node_ref();
    {
        let link = link.clone();
        use_effect_with(active, move |active| {
            if *active
                && let Some(entry) = link.cast::<web_sys::Element>()
                && let Some(row) = entry.parent_element()
            {
                let (at, seen) = (
                    entry.get_bounding_client_rect(),
                    row.get_bounding_client_rect(),
                );
                if at.left() < seen.left() || at.right() > seen.right() {
                    let moved = (at.left() - seen.left()) as i32 - 16;
                    row.set_scroll_left(row.scroll_left() + moved);
                }
            }
        });
    }
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            if let Some(navigator) = &navigator {
                navigator.push(&to);
            }
        })
    };
    html! {
        <a class={classes!("nav__link", active.then_some("nav__link--active"))} ref={link}
           href={props.to.to_path()}
           aria-current={active.then_some("page")}
           {onclick}>
            { &props.label }
            if props.count > 0 {
                <span class="nav__count" id={props.count_id}>{ crate::format::count(props.count.min(1000), props.count > 1000, i18n.language()) }</span>
            }
        </a>
    }
}

/// Closes an open panel as a menu closes: with Escape (the focus back on `button`) and with
/// a click anywhere outside `panel`.
#[hook]
fn use_dismiss(open: UseStateHandle<bool>, panel: NodeRef, button: NodeRef) {
    use_effect_with(*open, move |is_open| {
        let listeners = is_open.then(|| {
            let document = gloo::utils::document();
            let on_key = {
                let open = open.clone();
                gloo::events::EventListener::new(&document, "keydown", move |event| {
                    let key = web_sys::js_sys::Reflect::get(event, &"key".into())
                        .ok()
                        .and_then(|k| k.as_string());
                    if key.as_deref() == Some("Escape") {
                        open.set(false);
                        if let Some(button) = button.cast::<web_sys::HtmlElement>() {
                            let _ = button.focus();
                        }
                    }
                })
            };
            let on_click = gloo::events::EventListener::new(&document, "click", move |event| {
                let inside = panel.cast::<web_sys::HtmlElement>().is_some_and(|panel| {
                    event
                        .target()
                        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok())
                        .is_some_and(|node| panel.contains(Some(&node)))
                });
                if !inside {
                    open.set(false);
                }
            });
            (on_key, on_click)
        });
        move || drop(listeners)
    });
}

#[derive(Properties, PartialEq)]
struct BellProps {
    unread: u64,
    open: UseStateHandle<bool>,
}

/// The unread count, and on a click the latest notifications, each a link to its request.
#[function_component(NotificationBell)]
fn notification_bell(props: &BellProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let list = use_state(|| None::<NotificationList>);
    let language = i18n.language();
    // Opening the panel fetches the latest notifications; until they arrive it says so.
    let toggle = {
        let (open, list) = (props.open.clone(), list.clone());
        Callback::from(move |_| {
            let opening = !*open;
            open.set(opening);
            if opening {
                let list = list.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(found) = crate::api::notifications(language).await {
                        list.set(Some(found));
                    }
                });
            }
        })
    };
    let bell = use_node_ref();
    let button = use_node_ref();
    use_dismiss(props.open.clone(), bell.clone(), button.clone());
    // The accessible name holds the visible count ("3 unread notifications"), so a voice
    // user can say what they see.
    let label = t!(i18n, "notifications-unread", count = props.unread);
    html! {
        <div class="bell" ref={bell}>
            <button type="button" class="bell__button" id="notifications" aria-expanded={props.open.to_string()}
                aria-label={label.clone()} title={label} onclick={toggle} ref={button}>
                <svg class="bell__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                    <path d="M12 2a6 6 0 0 0-6 6v3.6l-1.7 3.4A1 1 0 0 0 5.2 16.5h13.6a1 1 0 0 0 .9-1.5L18 11.6V8a6 6 0 0 0-6-6Zm0 20a3 3 0 0 0 2.8-2H9.2A3 3 0 0 0 12 22Z" fill="currentColor" />
                </svg>
                if props.unread > 0 {
                    <span class="bell__count" id="unread-count" aria-hidden="true">{ crate::format::number(props.unread, i18n.language()) }</span>
                }
            </button>
            if *props.open {
                <NotificationPanel list={list.clone()} open={props.open.clone()} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PanelProps {
    /// The notifications as last fetched; `None` while they are on their way.
    list: UseStateHandle<Option<NotificationList>>,
    open: UseStateHandle<bool>,
}

/// The open panel: "mark all read" while any is unread, and the latest notifications.
#[function_component(NotificationPanel)]
fn notification_panel(props: &PanelProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let language = i18n.language();
    let mark_all = {
        let list = props.list.clone();
        Callback::from(move |_| {
            let list = list.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if crate::api::mark_all_read().await.is_ok()
                    && let Ok(found) = crate::api::notifications(language).await
                {
                    list.set(Some(found));
                }
            });
        })
    };
    html! {
        <div class="bell__panel" role="dialog" aria-label={t!(i18n, "notifications-label")}>
            if props.list.as_ref().is_some_and(|found| found.items.iter().any(|item| !item.read)) {
                <div class="bell__actions">
                    <button type="button" class="btn btn--secondary" id="mark-all-read" onclick={mark_all}>{ t!(i18n, "notifications-mark-all-read") }</button>
                </div>
            }
            { match &*props.list {
                None => html! { <p class="loading">{ t!(i18n, "loading") }</p> },
                Some(found) if found.items.is_empty() => html! { <p class="muted">{ t!(i18n, "notifications-empty") }</p> },
                Some(found) => html! {
                    <>
                        <ul class="bell__list">
                            { for found.items.iter().map(|item| html! {
                                <NotificationItem key={item.id} item={item.clone()} open={props.open.clone()} />
                            }) }
                        </ul>
                    </>
                },
            } }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    item: NotificationView,
    open: UseStateHandle<bool>,
}

/// One notification: what happened to which request (a link to it), whom it is about, and
/// when. Following it closes the panel and marks it read.
#[function_component(NotificationItem)]
fn notification_item(props: &ItemProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let item = &props.item;
    let text = t!(
        i18n,
        "notification-item",
        number = item.number.clone(),
        event = i18n.dynamic(&item.kind.message_id(), &[])
    );
    let onclick = {
        let (open, id) = (props.open.clone(), item.id);
        Callback::from(move |_| {
            open.set(false);
            wasm_bindgen_futures::spawn_local(async move {
                let _ = crate::api::mark_read(vec![id]).await;
            });
        })
    };
    html! {
        <li class={classes!("bell__item", (!item.read).then_some("bell__item--unread"))} {onclick}>
            <Link<Route> to={Route::Request { id: item.request.0 }}>{ text }</Link<Route>>
            if let Some(About::Subject { name } | About::Topic { name, .. }) = &item.about {
                <span class="bell__about">{ name }</span>
            }
            <span class="muted">{ crate::format::date_time(&item.at, i18n.language()) }</span>
        </li>
    }
}
