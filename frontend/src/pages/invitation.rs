//! Accepting an invitation: the invited user sees who invited them where, chooses a password,
//! and is logged in. Reachable without a session; the link's token is the credential.

use shared::account::{MIN_PASSWORD_CHARS, check_password};
use shared::registry::InvitationView;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::ApiFailure;
use crate::components::{Button, Field};
use crate::i18n::I18n;
use crate::pages::{country_message_id, error_text, field_error_text};
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
    let navigator = use_navigator().expect("inside the router");
    let view = use_state(|| None::<Result<InvitationView, ApiFailure>>);
    let password = use_state(String::new);
    let repeated = use_state(String::new);
    let submitted = use_state(|| false);
    let busy = use_state(|| false);
    let failure = use_state(|| None::<ApiFailure>);
    {
        let view = view.clone();
        let set_language = session.set_language.clone();
        let choice_made = crate::i18n::stored_choice().is_some();
        use_effect_with(props.token.clone(), move |token| {
            let token = token.to_string();
            wasm_bindgen_futures::spawn_local(async move {
                let found = crate::api::invitation(&token).await;
                // The page speaks the language the administrator chose for the invitation,
                // unless this browser already has a choice.
                if let Ok(Some(language)) = found.as_ref().map(|v| v.language)
                    && !choice_made
                {
                    set_language.emit(language);
                }
                view.set(Some(found));
            });
        });
    }
    let Some(found) = &*view else {
        return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> };
    };
    let Ok(found) = found else {
        return html! {
            <div class="login"><div class="card login__card">
                <h1 class="login__title">{ t!(i18n, "invitation-title") }</h1>
                <p class="alert alert--error" role="alert" id="invitation-invalid">{ t!(i18n, "invitation-invalid") }</p>
                <Link<Route> to={Route::Login}>{ t!(i18n, "login-submit") }</Link<Route>>
            </div></div>
        };
    };
    let personal = [found.email.as_str(), found.display_name.as_str()];
    let password_error = match (check_password("password", &password, &personal), &*failure) {
        (Err(error), _) if *submitted => Some(field_error_text(&i18n, &error)),
        (_, Some(f)) if !f.fields.is_empty() => Some(field_error_text(&i18n, &f.fields[0])),
        _ => None,
    }
    .map(AttrValue::from);
    let mismatch = (*submitted && *password != *repeated)
        .then(|| AttrValue::from(t!(i18n, "invitation-mismatch")));
    let onsubmit = {
        let (password, repeated, submitted, busy, failure) = (
            password.clone(),
            repeated.clone(),
            submitted.clone(),
            busy.clone(),
            failure.clone(),
        );
        let (token, set, navigator) = (
            props.token.to_string(),
            session.set.clone(),
            navigator.clone(),
        );
        let personal = (found.email.clone(), found.display_name.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            submitted.set(true);
            let personal = [personal.0.as_str(), personal.1.as_str()];
            if check_password("password", &password, &personal).is_err()
                || *password != *repeated
                || *busy
            {
                return;
            }
            busy.set(true);
            let (password, busy, failure, token, set, navigator) = (
                (*password).clone(),
                busy.clone(),
                failure.clone(),
                token.clone(),
                set.clone(),
                navigator.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::accept_invitation(&token, password).await {
                    Ok(me) => {
                        set.emit(SessionStatus::SignedIn(me));
                        navigator.push(&Route::Inbox);
                    }
                    Err(err) => {
                        busy.set(false);
                        failure.set(Some(err));
                    }
                }
            });
        })
    };
    html! {
        <div class="login">
            <div class="card login__card">
                <h1 class="login__title">{ t!(i18n, "invitation-title") }</h1>
                <p class="login__intro" id="invitation-intro">
                    { t!(i18n, "invitation-intro", name = found.display_name.clone(), authority = found.authority_name.clone(),
                        country = i18n.dynamic(&country_message_id(found.country), &[])) }
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
                    <Button id={Some(AttrValue::from("invitation-accept"))} submit=true busy={*busy}>{ t!(i18n, "invitation-accept") }</Button>
                </form>
            </div>
        </div>
    }
}
