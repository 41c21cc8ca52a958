//! Two-step log-in: its state, its setup (the QR code and the secret, confirmed with a
//! code), the recovery codes shown once, and renewing them or turning it off. One component
//! per state the section can be in; the section chooses which one shows.

use shared::account::{SecondFactorSetup, SecondFactorStatus};
use std::future::Future;
use yew::prelude::*;

use super::{field_error, refused};
use crate::api::ApiFailure;
use crate::components::{Button, ButtonKind, Field};
use crate::hooks::{ApiCall, use_api_call};
use crate::i18n::I18n;
use crate::session::{Session, SessionStatus};
use crate::t;

/// Two-step log-in: its state, its setup, and what can be done with it.
#[function_component(SecondFactorSection)]
pub fn second_factor_section() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let setup = use_state(|| None::<SecondFactorSetup>);
    let recovery = use_state(|| None::<Vec<String>>);
    let SessionStatus::SignedIn(me) = &session.status else {
        return html! {};
    };
    let status = me.second_factor;
    let on_codes = {
        let recovery = recovery.clone();
        Callback::from(move |codes| recovery.set(Some(codes)))
    };
    // New recovery codes are shown before anything else: they are shown only this once.
    let body = if let Some(codes) = &*recovery {
        html! { <RecoveryCodes codes={codes.clone()} /> }
    } else if let Some(found) = &*setup {
        html! { <SetupForm setup={found.clone()} {on_codes} /> }
    } else if status.enabled {
        html! { <EnabledForm {status} {on_codes} /> }
    } else {
        let on_setup = Callback::from(move |found| setup.set(Some(found)));
        html! { <Disabled {on_setup} /> }
    };
    html! {
        <section class="section" aria-labelledby="second-factor-title">
            <h2 class="section__title" id="second-factor-title">{ t!(i18n, "account-second-factor-title") }</h2>
            <p class="muted">{ t!(i18n, "account-second-factor-intro") }</p>
            { body }
        </section>
    }
}

/// The code field and the calls that take it. Each call sends the code typed; success
/// clears it and is confirmed in a toast; a refused code is shown at the field.
#[derive(Clone, PartialEq)]
struct CodeForm {
    code: UseStateHandle<String>,
    failure: UseStateHandle<Option<ApiFailure>>,
    api: ApiCall,
}

#[hook]
fn use_code_form() -> CodeForm {
    CodeForm {
        code: use_state(String::new),
        failure: use_state(|| None::<ApiFailure>),
        api: use_api_call(),
    }
}

impl CodeForm {
    /// The field the code is typed into, with its refusal.
    fn field(&self, i18n: &I18n) -> Html {
        let code = self.code.clone();
        html! {
            <Field id="second-factor-code" label={t!(i18n, "account-second-factor-code")} value={(*self.code).clone()}
                autocomplete={Some(AttrValue::from("one-time-code"))}
                error={field_error(i18n, &self.failure, "code")}
                oninput={Callback::from(move |v| code.set(v))} />
        }
    }

    /// A button's handler that sends the code with `call`; on success `done` (a message id)
    /// is said in a toast and `then` gets the answer.
    fn submit<T, F>(
        &self,
        i18n: &I18n,
        call: impl Fn(String) -> F + 'static,
        done: &'static str,
        then: Callback<T>,
    ) -> Callback<MouseEvent>
    where
        T: 'static,
        F: Future<Output = Result<T, ApiFailure>> + 'static,
    {
        let (form, i18n) = (self.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            if form.api.busy() {
                return;
            }
            let (code, failure, toasts, i18n, then) = (
                form.code.clone(),
                form.failure.clone(),
                form.api.toasts().clone(),
                i18n.clone(),
                then.clone(),
            );
            form.api.run_or(
                call((*form.code).clone()),
                move |answer| {
                    code.set(String::new());
                    failure.set(None);
                    toasts.info(i18n.dynamic(done, &[]));
                    then.emit(answer);
                },
                refused(&form.api, &form.failure),
            );
        })
    }
}

#[derive(Properties, PartialEq)]
struct RecoveryCodesProps {
    codes: Vec<String>,
}

/// The recovery codes, shown once; the user confirms they have kept them.
#[function_component(RecoveryCodes)]
fn recovery_codes(props: &RecoveryCodesProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    // The session changed (the second factor is on): the app starts again from the server.
    let saved = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().location().reload();
    });
    html! {
        <div id="recovery-codes">
            <h3 class="section__subtitle">{ t!(i18n, "account-recovery-title") }</h3>
            <p>{ t!(i18n, "account-recovery-intro") }</p>
            <ul class="recovery-codes">
                { for props.codes.iter().map(|code| html! { <li key={code.clone()}><code>{ code }</code></li> }) }
            </ul>
            <Button id={Some(AttrValue::from("recovery-saved"))} onclick={saved}>{ t!(i18n, "account-recovery-done") }</Button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SetupFormProps {
    setup: SecondFactorSetup,
    /// Called with the recovery codes once the code confirmed the secret.
    on_codes: Callback<Vec<String>>,
}

/// The new secret as a QR code and as text, confirmed with the first code the app shows.
#[function_component(SetupForm)]
fn setup_form(props: &SetupFormProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let form = use_code_form();
    let confirm = form.submit(
        &i18n,
        crate::api::second_factor_confirm,
        "toast-second-factor-on",
        props
            .on_codes
            .reform(|r: shared::account::RecoveryCodes| r.codes),
    );
    let image = format!(
        "data:image/svg+xml;base64,{}",
        gloo::utils::window()
            .btoa(&props.setup.qr_svg)
            .unwrap_or_default()
    );
    html! {
        <div id="second-factor-setup" class="form">
            <p>{ t!(i18n, "account-second-factor-scan") }</p>
            <img class="qr" src={image} width="200" height="200" alt={t!(i18n, "account-second-factor-qr")} />
            <p>{ t!(i18n, "account-second-factor-key") }{ ": " }<code id="second-factor-secret" class="secret">{ &props.setup.secret }</code></p>
            { form.field(&i18n) }
            <Button id={Some(AttrValue::from("second-factor-confirm"))} busy={form.api.busy()} onclick={confirm}>
                { t!(i18n, "account-second-factor-confirm") }
            </Button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct EnabledFormProps {
    status: SecondFactorStatus,
    /// Called with the new recovery codes.
    on_codes: Callback<Vec<String>>,
}

/// Two-step log-in is on: how many recovery codes are left, new ones, and turning it off
/// where the roles do not require it.
#[function_component(EnabledForm)]
fn enabled_form(props: &EnabledFormProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let form = use_code_form();
    let status = props.status;
    let renew = form.submit(
        &i18n,
        crate::api::renew_recovery_codes,
        "toast-recovery-renewed",
        props
            .on_codes
            .reform(|r: shared::account::RecoveryCodes| r.codes),
    );
    // Turned off: the session's state changed.
    let disable = form.submit(
        &i18n,
        crate::api::second_factor_disable,
        "toast-second-factor-off",
        session.set.reform(|()| SessionStatus::Loading),
    );
    let busy = form.api.busy();
    html! {
        <div class="form">
            <p id="second-factor-state" class={classes!((status.recovery_codes_left == 0).then_some("alert alert--warning"))}>
                { t!(i18n, "account-second-factor-on", count = status.recovery_codes_left) }
            </p>
            { form.field(&i18n) }
            <div class="actions">
                <Button id={Some(AttrValue::from("recovery-renew"))} kind={ButtonKind::Secondary} {busy} onclick={renew}>
                    { t!(i18n, "account-recovery-renew") }
                </Button>
                if !status.required {
                    <Button id={Some(AttrValue::from("second-factor-disable"))} kind={ButtonKind::Ghost} {busy} onclick={disable}>
                        { t!(i18n, "account-second-factor-disable") }
                    </Button>
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct DisabledProps {
    /// Called with the new secret to set up.
    on_setup: Callback<SecondFactorSetup>,
}

/// Two-step log-in is off: a button starts its setup.
#[function_component(Disabled)]
fn disabled(props: &DisabledProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let start = {
        let on_setup = props.on_setup.clone();
        Callback::from(move |_: MouseEvent| {
            let on_setup = on_setup.clone();
            api.run(crate::api::second_factor_setup(), move |found| {
                on_setup.emit(found)
            });
        })
    };
    html! {
        <>
            <p id="second-factor-state">{ t!(i18n, "account-second-factor-off") }</p>
            <Button id={Some(AttrValue::from("second-factor-start"))} onclick={start}>{ t!(i18n, "account-second-factor-start") }</Button>
        </>
    }
}
