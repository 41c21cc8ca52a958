//! The log-in form. Required fields are checked here before anything is sent; the server's
//! answer (wrong credentials, throttling, a field it rejects) is shown in the form. An
//! account with two-step log-in is asked, once its password is right, for the code of its
//! authenticator app (or a recovery code), and the form sends all three again.

use shared::ErrorCode;
use yew::prelude::*;

use crate::api::ApiFailure;
use crate::components::{Button, Field};
use crate::hooks::{ApiCall, use_api_call};
use crate::i18n::I18n;
use crate::labels::error_text;
use crate::session::{Session, SessionStatus};
use crate::t;

/// What the form holds: the fields, whether the server asked for the code, whether sending
/// was tried (only then is an empty field an error), and the server's last refusal.
#[derive(Clone, PartialEq)]
struct LoginForm {
    email: UseStateHandle<String>,
    password: UseStateHandle<String>,
    code: UseStateHandle<String>,
    needs_code: UseStateHandle<bool>,
    submitted: UseStateHandle<bool>,
    failure: UseStateHandle<Option<ApiFailure>>,
}

#[hook]
fn use_login_form() -> LoginForm {
    LoginForm {
        email: use_state(String::new),
        password: use_state(String::new),
        code: use_state(String::new),
        needs_code: use_state(|| false),
        submitted: use_state(|| false),
        failure: use_state(|| None::<ApiFailure>),
    }
}

impl LoginForm {
    /// "Required" under a field left empty once sending was tried, or named by the server.
    fn required_error(&self, i18n: &I18n, value: &str, field: &str) -> Option<AttrValue> {
        let named = self
            .failure
            .as_ref()
            .is_some_and(|f| f.fields.iter().any(|e| e.field == field));
        ((*self.submitted && value.trim().is_empty()) || named)
            .then(|| AttrValue::from(t!(i18n, "field-required")))
    }

    /// Sends the form once every field it needs is filled: a right answer logs in; the
    /// server asking for the code shows its field; a wrong code empties it.
    fn send(&self, api: &ApiCall, set: &Callback<SessionStatus>) {
        self.submitted.set(true);
        let code_missing = *self.needs_code && self.code.trim().is_empty();
        if self.email.trim().is_empty() || self.password.is_empty() || code_missing || api.busy() {
            return;
        }
        self.failure.set(None);
        let sent_code = (*self.needs_code).then(|| (*self.code).clone());
        let (form, set) = (self.clone(), set.clone());
        api.run_or(
            crate::api::login((*self.email).clone(), (*self.password).clone(), sent_code),
            move |me| set.emit(SessionStatus::SignedIn(me)),
            move |err| {
                if err.code == ErrorCode::SecondFactorRequired {
                    form.needs_code.set(true);
                    form.submitted.set(false);
                    return;
                }
                if err.code == ErrorCode::InvalidSecondFactor {
                    form.code.set(String::new());
                }
                form.failure.set(Some(err));
            },
        );
    }
}

/// A callback that stores the text typed into a field.
fn typed(field: &UseStateHandle<String>) -> Callback<String> {
    let field = field.clone();
    Callback::from(move |value| field.set(value))
}

/// The log-in card, with the system's tagline under it.
#[function_component(Login)]
pub fn login() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let api = use_api_call();
    let form = use_login_form();
    let needs_code = *form.needs_code;
    // The code field takes the focus when it appears.
    use_effect_with(needs_code, move |needs_code| {
        if *needs_code && let Some(input) = gloo::utils::document().get_element_by_id("code") {
            let input: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(input);
            let _ = input.focus();
        }
    });
    let email_error = form.required_error(&i18n, &form.email, "email");
    let password_error = form.required_error(&i18n, &form.password, "password");
    let code_error = (needs_code && *form.submitted && form.code.trim().is_empty())
        .then(|| AttrValue::from(t!(i18n, "field-required")));
    let onsubmit = {
        let (form, api, set) = (form.clone(), api.clone(), session.set.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            form.send(&api, &set);
        })
    };
    html! {
        <div class="login">
            <div class="card login__card">
                <h1 class="login__title">{ t!(i18n, "login-title") }</h1>
                if needs_code {
                    <p class="login__intro" id="login-code-intro">{ t!(i18n, "login-code-intro") }</p>
                } else {
                    <p class="login__intro">{ t!(i18n, "login-intro") }</p>
                }
                if let Some(failure) = &*form.failure {
                    <div class="alert alert--error" role="alert" id="login-error">{ error_text(&i18n, failure) }</div>
                }
                <form class="form" {onsubmit} novalidate=true>
                    <Field id="email" label={t!(i18n, "login-email")} value={(*form.email).clone()}
                        input_type="email" autocomplete={Some(AttrValue::from("username"))} required=true
                        error={email_error} oninput={typed(&form.email)} />
                    <Field id="password" label={t!(i18n, "login-password")} value={(*form.password).clone()}
                        input_type="password" autocomplete={Some(AttrValue::from("current-password"))} required=true
                        error={password_error} oninput={typed(&form.password)} />
                    if needs_code {
                        <Field id="code" label={t!(i18n, "login-code")} value={(*form.code).clone()}
                            autocomplete={Some(AttrValue::from("one-time-code"))} required=true
                            help={Some(AttrValue::from(t!(i18n, "login-code-help")))}
                            error={code_error} oninput={typed(&form.code)} />
                    }
                    <Button id={Some(AttrValue::from("login-submit"))} submit=true busy={api.busy()}>
                        { if api.busy() { t!(i18n, "login-submitting") } else { t!(i18n, "login-submit") } }
                    </Button>
                </form>
            </div>
            <p class="login__tagline">{ t!(i18n, "app-tagline") }</p>
        </div>
    }
}
