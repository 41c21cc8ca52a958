//! The root of the pages module (`src/bin/pages.rs`): the composer, registry, alert and
//! statistics pages, with the app's language and session handed over by `lazy.rs`.

use shared::LanguageCode;
use shared::dto::Me;
use std::cell::RefCell;
use yew::AppHandle;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::ToastHandle;
use crate::i18n::I18n;
use crate::pages::{
    AccountPage, AlertCheckPage, AlertComposePage, AlertPage, AlertsPage, AuthorityForm,
    ComposePage, Coordination, DataSubjects, RegistryPage, StatisticsPage, UsersPage,
};
use crate::route::Route;
use crate::session::{Session, SessionStatus};

/// What the pages module shows: nothing while the app shows one of its own pages.
#[derive(Properties, PartialEq)]
pub struct PagesProps {
    i18n: I18n,
    me: Option<Me>,
}

thread_local! {
    static APP: RefCell<Option<AppHandle<PagesRoot>>> = const { RefCell::new(None) };
    static I18N: RefCell<Option<I18n>> = const { RefCell::new(None) };
}

/// Shows the page of the current address in `root` (rendered there the first time).
pub fn show(root: web_sys::Element, language: &str, ftl: &str, me: &str) {
    let Ok(language) = LanguageCode::parse(language) else {
        return;
    };
    // The messages are parsed again only when they change.
    let i18n = I18N.with_borrow_mut(|cached| match cached {
        Some(i18n) if i18n.language() == language && i18n.source() == ftl => i18n.clone(),
        _ => cached.insert(I18n::from_source(language, ftl)).clone(),
    });
    let me = crate::api::parse::<Me>(me).ok();
    render(root, PagesProps { i18n, me });
}

/// Shows nothing.
pub fn hide() {
    let i18n = I18N.with_borrow(Clone::clone);
    if let (Some(i18n), Some(root)) = (i18n, gloo::utils::document().get_element_by_id("pages")) {
        render(root, PagesProps { i18n, me: None });
    }
}

fn render(root: web_sys::Element, props: PagesProps) {
    APP.with_borrow_mut(|app| match app {
        Some(app) => app.update(props),
        None => *app = Some(yew::Renderer::<PagesRoot>::with_root_and_props(root, props).render()),
    });
}

#[function_component(PagesRoot)]
fn pages_root(props: &PagesProps) -> Html {
    let Some(me) = props.me.clone() else {
        return html! {};
    };
    // The app owns the session and the language; should a page change either, the page is
    // loaded again and the app starts from what was stored.
    let session = Session {
        status: SessionStatus::SignedIn(me),
        set: Callback::from(|_| {
            let _ = gloo::utils::window().location().reload();
        }),
        set_language: Callback::from(|language: LanguageCode| {
            crate::i18n::store_choice(language);
            let _ = gloo::utils::window().location().reload();
        }),
    };
    html! {
        <ContextProvider<I18n> context={props.i18n.clone()}>
            <ContextProvider<Session> context={session}>
                <ContextProvider<ToastHandle> context={ToastHandle::forwarding()}>
                    <BrowserRouter>
                        <Pages />
                    </BrowserRouter>
                </ContextProvider<ToastHandle>>
            </ContextProvider<Session>>
        </ContextProvider<I18n>>
    }
}

#[function_component(Pages)]
fn pages() -> Html {
    match use_route::<Route>().unwrap_or(Route::NotFound) {
        Route::NewRequest => html! { <ComposePage /> },
        Route::EditRequest { id } => html! { <ComposePage id={Some(id)} key={id} /> },
        Route::Coordination => html! { <Coordination /> },
        Route::Registry => html! { <RegistryPage /> },
        Route::NewAuthority => html! { <AuthorityForm /> },
        Route::EditAuthority { id } => html! { <AuthorityForm id={Some(id)} key={id} /> },
        Route::Users { id } => html! { <UsersPage authority={id} key={id} /> },
        Route::Account => html! { <AccountPage /> },
        Route::Statistics => html! { <StatisticsPage /> },
        Route::DataSubjects => html! { <DataSubjects /> },
        Route::Alerts => html! { <AlertsPage /> },
        Route::NewAlert => html! { <AlertComposePage /> },
        Route::AlertCheck => html! { <AlertCheckPage /> },
        Route::Alert { id } => html! { <AlertPage {id} key={id} /> },
        Route::EditAlert { id } => html! { <AlertComposePage id={Some(id)} key={id} /> },
        _ => html! {},
    }
}
