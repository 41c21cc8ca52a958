//! Accepting an invitation: the invited user sees who invited them where, chooses a password,
//! and is logged in. Reachable without a session; the link's token is the credential.

use shared::account::{MIN_PASSWORD_CHARS, check_password};
use shared::registry::InvitationView;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::ApiFailure;
use crate::components::{Button, Field};
use crate::hooks::{use_api_call, use_loaded};
use crate::i18n::I18n;
use crate::labels::{country_text, error_text, field_error_text};
use crate::route::Route;
use crate::session::{Session, SessionStatus};
use crate::t;

#[derive(Properties, PartialEq)]
pub struct InvitationProps {
    /// The token from the e-mailed link.
    pub token: AttrValue,
}

#[function_component(Invitation)]
pub fn invitation(props: &InvitationProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let view = {
        let set_language = session.set_language.clone();
        let choice_made = crate::i18n::stored_choice().is_some();
        use_loaded(props.token.clone(), move |token| {
            let set_language = set_language.clone();
            async move {
                let found = crate::api::invitation(&token).await;
                // The page speaks the language the administrator chose for the invitation,
                // unless this browser already has a choice.
                if let Ok(Some(language)) = found.as_ref().map(|v| v.language)
                    && !choice_made
                {
                    set_language.emit(language);
                }
                found
            }
        })
    };
    match &*view {
        None => html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> },
        Some(Err(_)) => html! {
            <div class="login"><div class="card login__card">
                <h1 class="login__title">{ t!(i18n, "invitation-title") }</h1>
                <p class="alert alert--error" role="alert" id="invitation-invalid">{ t!(i18n, "invitation-invalid") }</p>
                <Link<Route> to={Route::Login}>{ t!(i18n, "login-submit") }</Link<Route>>
            </div></div>
        },
        Some(Ok(found)) => html! {
            <AcceptForm token={props.token.clone()} invitation={found.clone()} />
        },
    }
}

#[derive(Properties, PartialEq)]
struct AcceptFormProps {
    token: AttrValue,
    invitation: InvitationView,
}

/// Who invited the user where, and the new password, typed twice; accepting logs them in.
#[function_component(AcceptForm)]
fn accept_form(props: &AcceptFormProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let navigator = use_navigator().expect("inside the router");
    let api = use_api_call();
    let password = use_state(String::new);
    let repeated = use_state(String::new);
    let submitted = use_state(|| false);
    let failure = use_state(|| None::<ApiFailure>);
    let found = &props.invitation;
    let personal = [found.email.as_str(), found.display_name.as_str()];
    let checked = check_password("password", &password, &personal);
    let password_error = match (&checked, &*failure) {
        (Err(error), _) if *submitted => Some(field_error_text(&i18n, error)),
        (_, Some(f)) if !f.fields.is_empty() => Some(field_error_text(&i18n, &f.fields[0])),
        _ => None,
    }
    .map(AttrValue::from);
    let mismatch = (*submitted && *password != *repeated)
        .then(|| AttrValue::from(t!(i18n, "invitation-mismatch")));
    let onsubmit = {
        let (password, repeated, submitted, failure) = (
            password.clone(),
            repeated.clone(),
            submitted.clone(),
            failure.clone(),
        );
        let (token, set, valid) = (props.token.clone(), session.set.clone(), checked.is_ok());
        let api = api.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            submitted.set(true);
            if !valid || *password != *repeated || api.busy() {
                return;
            }
            let (token, chosen) = (token.clone(), (*password).clone());
            let (set, navigator, failure) = (set.clone(), navigator.clone(), failure.clone());
            api.run_or(
                async move { crate::api::accept_invitation(&token, chosen).await },
                move |me| {
                    set.emit(SessionStatus::SignedIn(me));
                    navigator.push(&Route::Inbox);
                },
                move |refused| failure.set(Some(refused)),
            );
        })
    };
    html! {
        <div class="login">
            <div class="card login__card">
                <h1 class="login__title">{ t!(i18n, "invitation-title") }</h1>
                <p class="login__intro" id="invitation-intro">
                    { t!(i18n, "invitation-intro", name = found.display_name.clone(), authority = found.authority_name.clone(),
                        country = country_text(&i18n, found.country)) }
                </p>
                if let Some(failure) = failure.as_ref().filter(|f| f.fields.is_empty()) {
                    <div class="alert alert--error" role="alert">{ error_text(&i18n, failure) }</div>
                }
                <form class="form" {onsubmit} novalidate=true>
                    <input type="email" class="visually-hidden" autocomplete="username" value={found.email.clone()} readonly=true aria-hidden="true" tabindex="-1" />
                    <Field id="password" label={t!(i18n, "login-password")} value={(*password).clone()} input_type="password"
                        autocomplete={Some(AttrValue::from("new-password"))} required=true error={password_error}
                        help={Some(AttrValue::from(t!(i18n, "password-help", count = MIN_PASSWORD_CHARS)))}
                        oninput={let password = password.clone(); Callback::from(move |v| password.set(v))} />
                    <Field id="password-repeat" label={t!(i18n, "invitation-repeat")} value={(*repeated).clone()} input_type="password"
                        autocomplete={Some(AttrValue::from("new-password"))} required=true error={mismatch}
                        oninput={let repeated = repeated.clone(); Callback::from(move |v| repeated.set(v))} />
                    <Button id={Some(AttrValue::from("invitation-accept"))} submit=true busy={api.busy()}>{ t!(i18n, "invitation-accept") }</Button>
                </form>
            </div>
        </div>
    }
}
