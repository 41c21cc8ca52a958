//! Changing the password, checked here as far as the browser can (length, not the user's
//! own address or name) and then by the server (common passwords).

use shared::account::{ChangePassword, MIN_PASSWORD_CHARS};
use yew::prelude::*;

use super::{field_error, refused};
use crate::api::ApiFailure;
use crate::components::{Button, Field};
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::labels::field_error_text;
use crate::session::{Session, SessionStatus};
use crate::t;

/// A callback that stores the text typed into a field.
fn typed(field: &UseStateHandle<String>) -> Callback<String> {
    let field = field.clone();
    Callback::from(move |value| field.set(value))
}

/// Changing the password: the current one, the new one twice.
#[function_component(PasswordSection)]
pub fn password_section() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let api = use_api_call();
    let current = use_state(String::new);
    let new = use_state(String::new);
    let repeated = use_state(String::new);
    let submitted = use_state(|| false);
    let failure = use_state(|| None::<ApiFailure>);
    let SessionStatus::SignedIn(me) = &session.status else {
        return html! {};
    };
    let personal = [me.email.as_str(), me.display_name.as_str()];
    let checked = shared::account::check_password("new_password", &new, &personal);
    let new_error = match &checked {
        Err(error) if *submitted => Some(AttrValue::from(field_error_text(&i18n, error))),
        _ => field_error(&i18n, &failure, "new_password"),
    };
    let current_error = field_error(&i18n, &failure, "current_password").or_else(|| {
        (*submitted && current.is_empty()).then(|| AttrValue::from(t!(i18n, "field-required")))
    });
    let mismatch =
        (*submitted && *new != *repeated).then(|| AttrValue::from(t!(i18n, "invitation-mismatch")));
    let onsubmit = {
        let (current, new, repeated, submitted, failure, i18n) = (
            current.clone(),
            new.clone(),
            repeated.clone(),
            submitted.clone(),
            failure.clone(),
            i18n.clone(),
        );
        let (api, valid) = (api.clone(), checked.is_ok());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            submitted.set(true);
            if !valid || *new != *repeated || current.is_empty() || api.busy() {
                return;
            }
            let body = ChangePassword {
                current_password: (*current).clone(),
                new_password: (*new).clone(),
            };
            let (fields, submitted, cleared, toasts, i18n) = (
                [current.clone(), new.clone(), repeated.clone()],
                submitted.clone(),
                failure.clone(),
                api.toasts().clone(),
                i18n.clone(),
            );
            api.run_or(
                async move { crate::api::change_password(&body).await },
                move |()| {
                    toasts.info(t!(i18n, "toast-password-changed"));
                    for field in &fields {
                        field.set(String::new());
                    }
                    submitted.set(false);
                    cleared.set(None);
                },
                refused(&api, &failure),
            );
        })
    };
    html! {
        <section class="section" aria-labelledby="password-title">
            <h2 class="section__title" id="password-title">{ t!(i18n, "account-password-title") }</h2>
            <form class="form" {onsubmit} novalidate=true>
                <Field id="current-password" label={t!(i18n, "account-password-current")} value={(*current).clone()}
                    input_type="password" autocomplete={Some(AttrValue::from("current-password"))} required=true
                    error={current_error} oninput={typed(&current)} />
                <Field id="new-password" label={t!(i18n, "account-password-new")} value={(*new).clone()}
                    input_type="password" autocomplete={Some(AttrValue::from("new-password"))} required=true
                    help={Some(AttrValue::from(t!(i18n, "password-help", count = MIN_PASSWORD_CHARS)))}
                    error={new_error} oninput={typed(&new)} />
                <Field id="repeat-password" label={t!(i18n, "account-password-repeat")} value={(*repeated).clone()}
                    input_type="password" autocomplete={Some(AttrValue::from("new-password"))} required=true
                    error={mismatch} oninput={typed(&repeated)} />
                <Button id={Some(AttrValue::from("change-password"))} submit=true busy={api.busy()}>{ t!(i18n, "account-password-change") }</Button>
            </form>
        </section>
    }
}
