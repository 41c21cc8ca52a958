//! The root component: language, session, toasts and routing.

use shared::LanguageCode;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{Shell, ToastsProvider};
use crate::i18n::{self, I18n};
use crate::lazy::LazyPage;
use crate::pages::{
    Authorities, Authority, CataloguePage, Inbox, Invitation, Login, NotFound, QuestionCheck,
    RequestPage,
};
use crate::route::Route;
use crate::session::{Session, SessionStatus};
use crate::t;

#[function_component(App)]
pub fn app() -> Html {
    let i18n = use_state(I18n::none);
    let status = use_state(|| SessionStatus::Loading);

    // The session first: a reload keeps the user logged in, since the cookie is still there.
    // Then the language shown: the choice remembered in this browser, else the one saved on
    // the account, else the browser's own. `index.html`'s early loader makes both calls in
    // the same order while the modules download (`early.rs`), so both are usually waiting.
    {
        let (i18n, status) = (i18n.clone(), status.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // `/api/session` answers 200 with or without a session, so a visitor who is
                // not logged in is not greeted by a failed request in the console.
                let me = crate::api::session().await.ok().flatten();
                let language = i18n::stored_choice()
                    .or_else(|| me.as_ref()?.language.filter(|l| i18n::is_available(*l)))
                    .unwrap_or_else(i18n::browser_language);
                i18n::set_document_language(language);
                i18n.set(i18n::load(language).await);
                status.set(match me {
                    Some(me) => SessionStatus::SignedIn(me),
                    None => SessionStatus::Anonymous,
                });
            });
        });
    }

    let set_language = {
        let (i18n, status) = (i18n.clone(), status.clone());
        Callback::from(move |language: LanguageCode| {
            let (i18n, signed_in) = (i18n.clone(), matches!(*status, SessionStatus::SignedIn(_)));
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = i18n::load(language).await;
                // Offline, a language never read on this device cannot be loaded: the page
                // stays in the one it has (a page with no text would be all that is left).
                if !loaded.is_loaded() {
                    crate::components::show_language(i18n.language());
                    return;
                }
                i18n::store_choice(language);
                i18n::set_document_language(loaded.language());
                i18n.set(loaded);
                // Remembered for the account too, so it follows the user to other devices.
                if signed_in {
                    let _ = crate::api::set_language(language).await;
                }
            });
        })
    };

    // A user who logs in with a language saved on their account gets it, unless this browser
    // already remembers a choice.
    {
        let i18n = i18n.clone();
        let account_language = match &*status {
            SessionStatus::SignedIn(me) => me.language,
            _ => None,
        };
        use_effect_with(account_language, move |language| {
            if let Some(language) = *language
                && i18n::is_available(language)
                && i18n::stored_choice().is_none()
                && language != i18n.language()
            {
                i18n::store_choice(language);
                i18n::set_document_language(language);
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = i18n::load(language).await;
                    if loaded.is_loaded() {
                        i18n.set(loaded);
                    }
                });
            }
        });
    }

    // The signed-in user's work is kept on the device for offline use: theirs alone. The
    // changes another user made offline and never sent go too (`crate::queue`).
    {
        let user = match &*status {
            SessionStatus::SignedIn(me) => Some(me.id),
            _ => None,
        };
        use_effect_with(user, |user| {
            if let Some(user) = *user {
                crate::offline::keep_for(user);
                wasm_bindgen_futures::spawn_local(crate::queue::keep_only(user));
            }
        });
    }

    let session = Session {
        status: (*status).clone(),
        set: {
            let status = status.clone();
            Callback::from(move |next| status.set(next))
        },
        set_language,
    };

    // Before the first locale arrives there is no text to show, only that the page is busy
    // (a fraction of a second: the locale is one small file). Nor before the session is
    // known: the navigation it brings would push the page down as it appeared.
    if !i18n.is_loaded() || *status == SessionStatus::Loading {
        return html! { <p class="loading" role="status" aria-busy="true"></p> };
    }

    html! {
        <ContextProvider<I18n> context={(*i18n).clone()}>
            <ContextProvider<Session> context={session}>
                <ToastsProvider>
                    <BrowserRouter>
                        <Shell>
                            <Pages />
                        </Shell>
                    </BrowserRouter>
                </ToastsProvider>
            </ContextProvider<Session>>
        </ContextProvider<I18n>>
    }
}

/// Chooses the page for the address and the session: anonymous users see the log-in page
/// wherever they are, and land where they wanted to go once logged in.
#[function_component(Pages)]
fn pages() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    use_focus_on_navigation(&route);
    match (&session.status, route) {
        (SessionStatus::Loading, _) => html! {
            <p class="loading" role="status">{ t!(i18n, "loading") }</p>
        },
        // An invitation is opened before its user has a session (and ends any other one).
        (_, Route::Invitation { token }) => html! { <Invitation token={token} /> },
        (SessionStatus::Anonymous, _) => html! { <Login /> },
        (SessionStatus::SignedIn(me), Route::Login) => {
            html! { <Redirect<Route> to={Route::home(me)} /> }
        }
        // The Commission's staff have no inbox, no request and no registry to edit.
        (SessionStatus::SignedIn(me), route)
            if me.authority().is_none() && !route.open_to_commission() =>
        {
            html! { <Redirect<Route> to={Route::Statistics} /> }
        }
        // Roles that require two-step log-in without it reach nothing else (the server
        // refuses the rest): the account page, where it is set up.
        (SessionStatus::SignedIn(me), route)
            if me.second_factor.setup_needed() && route != Route::Account =>
        {
            html! { <Redirect<Route> to={Route::Account} /> }
        }
        // The composer, registry, alert and statistics pages come from the pages module.
        (SessionStatus::SignedIn(_), route) if route.is_lazy() => html! { <LazyPage /> },
        (SessionStatus::SignedIn(_), Route::Inbox) => html! { <Inbox /> },
        // A request's page is the address of every notification e-mail: it is in the app, so
        // that opening it waits for one module, not two.
        (SessionStatus::SignedIn(_), Route::Request { id }) => {
            html! { <RequestPage {id} key={id} /> }
        }
        (SessionStatus::SignedIn(_), Route::QuestionCheck) => html! { <QuestionCheck /> },
        (SessionStatus::SignedIn(_), Route::Catalogue) => html! { <CataloguePage /> },
        (SessionStatus::SignedIn(_), Route::Authorities) => html! { <Authorities /> },
        (SessionStatus::SignedIn(_), Route::Authority { id }) => html! { <Authority {id} /> },
        (SessionStatus::SignedIn(_), _) => html! { <NotFound /> },
    }
}

/// After a move to another page (not the first load, where the browser starts at the top),
/// focus goes to the new page's heading, so that a screen reader says where the user is and
/// the keyboard goes on from there.
#[hook]
fn use_focus_on_navigation(route: &Route) {
    let first = use_mut_ref(|| true);
    use_effect_with(route.clone(), move |_| {
        let cancelled = std::rc::Rc::new(std::cell::Cell::new(false));
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            let was = gloo::utils::document().active_element();
            focus_heading_soon(50, was, cancelled.clone());
        }
        move || cancelled.set(true)
    });
}

/// Focuses `#page-title` in a moment, or, while it is not there yet (a page of the pages
/// module renders a moment after the address changes, and a page may show "loading" first),
/// looks again every 100 ms, `tries` times at most. Focus that has moved on meanwhile (the
/// user already typing in a field) is left where it is: only focus still on what started the
/// navigation, or on nothing, goes to the heading. Each look is a one-shot callback that
/// frees itself once called.
fn focus_heading_soon(
    tries: u32,
    was: Option<web_sys::Element>,
    cancelled: std::rc::Rc<std::cell::Cell<bool>>,
) {
    use wasm_bindgen::JsCast;
    let look = wasm_bindgen::closure::Closure::once_into_js(move || {
        if cancelled.get() {
            return;
        }
        let document = gloo::utils::document();
        let heading = document
            .get_element_by_id("page-title")
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        let active = document.active_element();
        let untouched =
            active.is_none() || active == was || active == document.body().map(Into::into);
        match heading {
            Some(heading) if untouched && active.as_ref() != Some(heading.as_ref()) => {
                let _ = heading.set_attribute("tabindex", "-1");
                let _ = heading.focus();
            }
            Some(_) => {}
            None if tries > 1 => focus_heading_soon(tries - 1, was, cancelled),
            None => {}
        }
    });
    let _ = gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(look.unchecked_ref(), 100);
}
