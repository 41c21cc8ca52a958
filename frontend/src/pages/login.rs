use shared::ErrorCode;
use yew::prelude::*;

use crate::components::{Button, Field};
use crate::i18n::I18n;
use crate::pages::error_text;
use crate::session::{Session, SessionStatus};
use crate::t;

/// The log-in form. Required fields are checked here before anything is sent; the server's
/// answer (wrong credentials, throttling, a field it rejects) is shown in the form. An
/// account with two-step log-in is asked, once its password is right, for the code of its
/// authenticator app (or a recovery code), and the form sends all three again.
#[function_component(Login)]
pub fn login() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let email = use_state(String::new);
    let password = use_state(String::new);
    let code = use_state(String::new);
    let needs_code = use_state(|| false);
    let submitted = use_state(|| false);
    let busy = use_state(|| false);
    let failure = use_state(|| None::<crate::api::ApiFailure>);

    let server_field_error = |field: &str| {
        failure
            .as_ref()
            .is_some_and(|f| f.fields.iter().any(|e| e.field == field))
    };
    let required_error = |value: &str, field: &str| {
        ((*submitted && value.trim().is_empty()) || server_field_error(field))
            .then(|| AttrValue::from(t!(i18n, "field-required")))
    };
    let email_error = required_error(&email, "email");
    let password_error = required_error(&password, "password");
    let code_error = (*needs_code && *submitted && code.trim().is_empty())
        .then(|| AttrValue::from(t!(i18n, "field-required")));

    // The code field takes the focus when it appears.
    {
        let needs_code = *needs_code;
        use_effect_with(needs_code, move |needs_code| {
            if *needs_code && let Some(input) = gloo::utils::document().get_element_by_id("code") {
                let input: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(input);
                let _ = input.focus();
            }
        });
    }

    let onsubmit = {
        let (email, password, code, needs_code, submitted, busy, failure) = (
            email.clone(),
            password.clone(),
            code.clone(),
            needs_code.clone(),
            submitted.clone(),
            busy.clone(),
            failure.clone(),
        );
        let set = session.set.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            submitted.set(true);
            let code_missing = *needs_code && code.trim().is_empty();
            if email.trim().is_empty() || password.is_empty() || code_missing || *busy {
                return;
            }
            busy.set(true);
            failure.set(None);
            let sent_code = (*needs_code).then(|| (*code).clone());
            let (email, password, busy, failure, set, needs_code, code, submitted) = (
                (*email).clone(),
                (*password).clone(),
                busy.clone(),
                failure.clone(),
                set.clone(),
                needs_code.clone(),
                code.clone(),
                submitted.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::login(email, password, sent_code).await {
                    Ok(me) => set.emit(SessionStatus::SignedIn(me)),
                    Err(err) if err.code == ErrorCode::SecondFactorRequired => {
                        needs_code.set(true);
                        submitted.set(false);
                    }
                    Err(err) => {
                        if err.code == ErrorCode::InvalidSecondFactor {
                            code.set(String::new());
                        }
                        failure.set(Some(err));
                    }
                }
                busy.set(false);
            });
        })
    };

    html! {
        <div class="login">
            <div class="card login__card">
                <h1 class="login__title">{ t!(i18n, "login-title") }</h1>
                if *needs_code {
                    <p class="login__intro" id="login-code-intro">{ t!(i18n, "login-code-intro") }</p>
                } else {
                    <p class="login__intro">{ t!(i18n, "login-intro") }</p>
                }
                if let Some(failure) = &*failure {
                    <div class="alert alert--error" role="alert" id="login-error">{ error_text(&i18n, failure) }</div>
                }
                <form class="form" {onsubmit} novalidate=true>
                    <Field id="email" label={t!(i18n, "login-email")} value={(*email).clone()}
                        input_type="email" autocomplete={Some(AttrValue::from("username"))} required=true
                        error={email_error} oninput={let email = email.clone(); Callback::from(move |v| email.set(v))} />
                    <Field id="password" label={t!(i18n, "login-password")} value={(*password).clone()}
                        input_type="password" autocomplete={Some(AttrValue::from("current-password"))} required=true
                        error={password_error} oninput={let password = password.clone(); Callback::from(move |v| password.set(v))} />
                    if *needs_code {
                        <Field id="code" label={t!(i18n, "login-code")} value={(*code).clone()}
                            autocomplete={Some(AttrValue::from("one-time-code"))} required=true
                            help={Some(AttrValue::from(t!(i18n, "login-code-help")))}
                            error={code_error} oninput={let code = code.clone(); Callback::from(move |v| code.set(v))} />
                    }
                    <Button id={Some(AttrValue::from("login-submit"))} submit=true busy={*busy}>
                        { if *busy { t!(i18n, "login-submitting") } else { t!(i18n, "login-submit") } }
                    </Button>
                </form>
            </div>
            <p class="login__tagline">{ t!(i18n, "app-tagline") }</p>
        </div>
    }
}
