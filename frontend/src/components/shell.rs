use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{Button, ButtonKind, LanguageSwitcher};
use crate::i18n::I18n;
use crate::route::Route;
use crate::session::{Session, SessionStatus};
use crate::t;

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub children: Children,
}

/// The frame around every page: header with the system's name, the user and their
/// authority, the language switcher and log-out; navigation; the page itself.
#[function_component(Shell)]
pub fn shell(props: &ShellProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let toasts = crate::components::use_toasts();
    let signed_in = match &session.status {
        SessionStatus::SignedIn(me) => Some(me.clone()),
        _ => None,
    };
    let logout = {
        let set = session.set.clone();
        let i18n = i18n.clone();
        Callback::from(move |_| {
            let set = set.clone();
            let toasts = toasts.clone();
            let i18n = i18n.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::logout().await {
                    Ok(()) => {
                        toasts.info(t!(i18n, "toast-logged-out"));
                        set.emit(SessionStatus::Anonymous);
                    }
                    Err(failure) => toasts.error(crate::pages::error_text(&i18n, &failure)),
                }
            });
        })
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ t!(i18n, "skip-to-content") }</a>
            <header class="header">
                <div class="header__inner">
                    <Link<Route> to={Route::Inbox} classes="brand">
                        <span class="brand__mark" aria-hidden="true">{ t!(i18n, "app-short-name") }</span>
                        <span class="brand__name">{ t!(i18n, "app-name") }</span>
                    </Link<Route>>
                    <div class="header__tools">
                        <LanguageSwitcher />
                        if let Some(me) = &signed_in {
                            <div class="user" title={t!(i18n, "user-signed-in-as", name = me.display_name.clone(), authority = me.authority.name.clone())}>
                                <span class="user__name" id="user-name">{ &me.display_name }</span>
                                <span class="user__authority" id="user-authority">{ &me.authority.name }</span>
                            </div>
                            <Button id={Some(AttrValue::from("logout"))} kind={ButtonKind::Ghost} onclick={logout}>{ t!(i18n, "logout") }</Button>
                        }
                    </div>
                </div>
                if signed_in.is_some() {
                    <nav class="nav" aria-label={t!(i18n, "nav-label")}>
                        <div class="nav__inner">
                            <NavLink to={Route::Inbox} label={t!(i18n, "nav-inbox")} />
                            <NavLink to={Route::Authorities} label={t!(i18n, "nav-authorities")} />
                            <NavLink to={Route::Catalogue} label={t!(i18n, "nav-catalogue")} />
                            <NavLink to={Route::QuestionCheck} label={t!(i18n, "nav-question-check")} />
                        </div>
                    </nav>
                }
            </header>
            <main id="main" class="main" tabindex="-1">
                { for props.children.iter() }
            </main>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct NavLinkProps {
    to: Route,
    label: String,
}

/// A navigation entry that marks the current page for sighted and screen-reader users.
#[function_component(NavLink)]
fn nav_link(props: &NavLinkProps) -> Html {
    let current = use_route::<Route>();
    let active = current.as_ref() == Some(&props.to);
    let navigator = use_navigator();
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
        <a class={classes!("nav__link", active.then_some("nav__link--active"))}
           href={props.to.to_path()}
           aria-current={active.then_some("page")}
           {onclick}>
            { &props.label }
        </a>
    }
}
