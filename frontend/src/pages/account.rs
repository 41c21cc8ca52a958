//! The user's own account: two-step log-in (setting it up, recovery codes, turning it off
//! where the roles allow), the sessions they are logged in with, and their password. A user
//! whose roles require two-step log-in and who has none is sent here and sees only its
//! setup, since the server answers nothing else until it is done.

use shared::account::{ChangePassword, MIN_PASSWORD_CHARS, SecondFactorSetup, SessionView};
use yew::prelude::*;

use crate::api::ApiFailure;
use crate::components::{Button, ButtonKind, Field, use_toasts};
use crate::format;
use crate::i18n::I18n;
use crate::pages::{error_text, field_error_text};
use crate::session::{Session, SessionStatus};
use crate::t;

#[function_component(AccountPage)]
pub fn account_page() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let SessionStatus::SignedIn(me) = &session.status else {
        return html! {};
    };
    let setup_needed = me.second_factor.setup_needed();
    html! {
        <div class="page page--narrow">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "account-title") }</h1>
            </div>
            if setup_needed {
                <div class="alert alert--warning" role="alert" id="second-factor-required">
                    { t!(i18n, "account-second-factor-required") }
                </div>
            }
            <SecondFactorSection />
            if !setup_needed {
                <SessionsSection />
                <PasswordSection />
            }
        </div>
    }
}

/// The field error of `field` in a failure, translated.
fn field_error(i18n: &I18n, failure: &Option<ApiFailure>, field: &str) -> Option<AttrValue> {
    failure
        .as_ref()?
        .fields
        .iter()
        .find(|error| error.field == field)
        .map(|error| AttrValue::from(field_error_text(i18n, error)))
}

/// A call that takes the code field: the new recovery codes, or `None` when the second
/// factor was turned off.
type CodeCall = fn(
    String,
) -> std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<Option<Vec<String>>, ApiFailure>>>,
>;

/// Two-step log-in: its state, its setup, and what can be done with it.
#[function_component(SecondFactorSection)]
fn second_factor_section() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let toasts = use_toasts();
    let setup = use_state(|| None::<SecondFactorSetup>);
    let recovery = use_state(|| None::<Vec<String>>);
    let code = use_state(String::new);
    let busy = use_state(|| false);
    let failure = use_state(|| None::<ApiFailure>);
    let SessionStatus::SignedIn(me) = &session.status else {
        return html! {};
    };
    let status = me.second_factor;

    // Runs a call that takes the code field; success clears it.
    let with_code = |call: CodeCall, done: Option<&'static str>| {
        let (code, busy, failure, recovery, toasts, i18n, session) = (
            code.clone(),
            busy.clone(),
            failure.clone(),
            recovery.clone(),
            toasts.clone(),
            i18n.clone(),
            session.set.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            let (code, busy, failure, recovery, toasts, i18n, session) = (
                code.clone(),
                busy.clone(),
                failure.clone(),
                recovery.clone(),
                toasts.clone(),
                i18n.clone(),
                session.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match call((*code).clone()).await {
                    Ok(codes) => {
                        code.set(String::new());
                        failure.set(None);
                        if let Some(message) = done {
                            toasts.info(t_dynamic(&i18n, message));
                        }
                        match codes {
                            Some(codes) => recovery.set(Some(codes)),
                            // Turned off: the session's state changed.
                            None => session.emit(SessionStatus::Loading),
                        }
                    }
                    Err(err) => {
                        if err.fields.is_empty() {
                            toasts.error(error_text(&i18n, &err));
                        }
                        failure.set(Some(err));
                    }
                }
                busy.set(false);
            });
        })
    };
    let start = {
        let (setup, toasts, i18n, failure) =
            (setup.clone(), toasts.clone(), i18n.clone(), failure.clone());
        Callback::from(move |_: MouseEvent| {
            let (setup, toasts, i18n, failure) =
                (setup.clone(), toasts.clone(), i18n.clone(), failure.clone());
            wasm_bindgen_futures::spawn_local(async move {
                failure.set(None);
                match crate::api::second_factor_setup().await {
                    Ok(found) => setup.set(Some(found)),
                    Err(err) => toasts.error(error_text(&i18n, &err)),
                }
            });
        })
    };
    let confirm = with_code(
        |code| {
            Box::pin(async move {
                crate::api::second_factor_confirm(code)
                    .await
                    .map(|r| Some(r.codes))
            })
        },
        Some("toast-second-factor-on"),
    );
    let renew = with_code(
        |code| {
            Box::pin(async move {
                crate::api::renew_recovery_codes(code)
                    .await
                    .map(|r| Some(r.codes))
            })
        },
        Some("toast-recovery-renewed"),
    );
    let disable = with_code(
        |code| {
            Box::pin(async move { crate::api::second_factor_disable(code).await.map(|()| None) })
        },
        Some("toast-second-factor-off"),
    );
    // The session changed (the second factor is on): the app starts again from the server.
    let saved = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().location().reload();
    });
    let code_field = html! {
        <Field id="second-factor-code" label={t!(i18n, "account-second-factor-code")} value={(*code).clone()}
            autocomplete={Some(AttrValue::from("one-time-code"))}
            error={field_error(&i18n, &failure, "code")}
            oninput={let code = code.clone(); Callback::from(move |v| code.set(v))} />
    };

    let body = if let Some(codes) = &*recovery {
        html! {
            <div id="recovery-codes">
                <h3 class="section__subtitle">{ t!(i18n, "account-recovery-title") }</h3>
                <p>{ t!(i18n, "account-recovery-intro") }</p>
                <ul class="recovery-codes">
                    { for codes.iter().map(|code| html! { <li key={code.clone()}><code>{ code }</code></li> }) }
                </ul>
                <Button id={Some(AttrValue::from("recovery-saved"))} onclick={saved}>{ t!(i18n, "account-recovery-done") }</Button>
            </div>
        }
    } else if let Some(found) = &*setup {
        let image = format!(
            "data:image/svg+xml;base64,{}",
            gloo::utils::window()
                .btoa(&found.qr_svg)
                .unwrap_or_default()
        );
        html! {
            <div id="second-factor-setup" class="form">
                <p>{ t!(i18n, "account-second-factor-scan") }</p>
                <img class="qr" src={image} width="200" height="200" alt={t!(i18n, "account-second-factor-qr")} />
                <p>{ t!(i18n, "account-second-factor-key") }{ ": " }<code id="second-factor-secret" class="secret">{ &found.secret }</code></p>
                { code_field }
                <Button id={Some(AttrValue::from("second-factor-confirm"))} busy={*busy} onclick={confirm}>
                    { t!(i18n, "account-second-factor-confirm") }
                </Button>
            </div>
        }
    } else if status.enabled {
        html! {
            <div class="form">
                <p id="second-factor-state" class={classes!((status.recovery_codes_left == 0).then_some("alert alert--warning"))}>
                    { t!(i18n, "account-second-factor-on", count = status.recovery_codes_left) }
                </p>
                { code_field }
                <div class="actions">
                    <Button id={Some(AttrValue::from("recovery-renew"))} kind={ButtonKind::Secondary} busy={*busy} onclick={renew}>
                        { t!(i18n, "account-recovery-renew") }
                    </Button>
                    if !status.required {
                        <Button id={Some(AttrValue::from("second-factor-disable"))} kind={ButtonKind::Ghost} busy={*busy} onclick={disable}>
                            { t!(i18n, "account-second-factor-disable") }
                        </Button>
                    }
                </div>
            </div>
        }
    } else {
        html! {
            <>
                <p id="second-factor-state">{ t!(i18n, "account-second-factor-off") }</p>
                <Button id={Some(AttrValue::from("second-factor-start"))} onclick={start}>{ t!(i18n, "account-second-factor-start") }</Button>
            </>
        }
    };
    html! {
        <section class="section" aria-labelledby="second-factor-title">
            <h2 class="section__title" id="second-factor-title">{ t!(i18n, "account-second-factor-title") }</h2>
            <p class="muted">{ t!(i18n, "account-second-factor-intro") }</p>
            { body }
        </section>
    }
}

/// A message known only by its id at run time (a toast chosen by the caller).
fn t_dynamic(i18n: &I18n, id: &str) -> String {
    i18n.dynamic(id, &[])
}

/// The sessions the user is logged in with, each of which can be ended.
#[function_component(SessionsSection)]
fn sessions_section() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let toasts = use_toasts();
    let list = use_state(|| None::<Vec<SessionView>>);
    let reload = use_state(|| 0u32);
    {
        let (list, toasts, i18n) = (list.clone(), toasts.clone(), i18n.clone());
        use_effect_with(*reload, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::sessions().await {
                    Ok(found) => list.set(Some(found)),
                    Err(err) => toasts.error(error_text(&i18n, &err)),
                }
            });
        });
    }
    let end = |id: Option<String>| {
        let (toasts, i18n, reload) = (toasts.clone(), i18n.clone(), reload.clone());
        Callback::from(move |_: MouseEvent| {
            let (toasts, i18n, reload, id) =
                (toasts.clone(), i18n.clone(), reload.clone(), id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let (result, done) = match &id {
                    Some(id) => (crate::api::end_session(id).await, "toast-session-ended"),
                    None => (
                        crate::api::end_other_sessions().await,
                        "toast-sessions-ended",
                    ),
                };
                match result {
                    Ok(()) => {
                        toasts.info(t_dynamic(&i18n, done));
                        reload.set(*reload + 1);
                    }
                    Err(err) => toasts.error(error_text(&i18n, &err)),
                }
            });
        })
    };
    let language = i18n.language();
    let rows = match &*list {
        None => html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> },
        Some(found) => html! {
            <div class="table-wrap">
                <table class="table" id="sessions">
                    <thead><tr>
                        <th scope="col">{ t!(i18n, "account-session-browser") }</th>
                        <th scope="col">{ t!(i18n, "account-session-address") }</th>
                        <th scope="col">{ t!(i18n, "account-session-started") }</th>
                        <th scope="col">{ t!(i18n, "account-session-ends") }</th>
                        <th scope="col"><span class="visually-hidden">{ t!(i18n, "account-session-end") }</span></th>
                    </tr></thead>
                    <tbody>
                        { for found.iter().map(|s| html! {
                            <tr key={s.id.clone()} class={classes!(s.current.then_some("table__row--current"))}>
                                <td title={s.user_agent.clone()}>{ browser_cell(&i18n, s.user_agent.as_deref()) }</td>
                                <td>{ s.client.clone().unwrap_or_else(|| t!(i18n, "account-session-unknown")) }</td>
                                <td>{ format::date_time(&s.created_at, language) }</td>
                                <td>{ format::date_time(&s.expires_at, language) }</td>
                                <td>
                                    if s.current {
                                        <span class="muted">{ t!(i18n, "account-session-current") }</span>
                                    } else {
                                        <button type="button" class="btn btn--ghost" onclick={end(Some(s.id.clone()))}>{ t!(i18n, "account-session-end") }</button>
                                    }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        },
    };
    let others = list
        .as_ref()
        .is_some_and(|found| found.iter().any(|s| !s.current));
    html! {
        <section class="section" aria-labelledby="sessions-title">
            <h2 class="section__title" id="sessions-title">{ t!(i18n, "account-sessions-title") }</h2>
            { rows }
            if others {
                <Button id={Some(AttrValue::from("end-other-sessions"))} kind={ButtonKind::Secondary} onclick={end(None)}>
                    { t!(i18n, "account-sessions-end-others") }
                </Button>
            }
        </section>
    }
}

/// A session's browser and system by name; what is not recognised says so.
fn browser_cell(i18n: &I18n, agent: Option<&str>) -> Html {
    let (browser, system) = agent.map_or((None, None), shared::account::describe_user_agent);
    html! {
        <>
            { browser.unwrap_or_else(|| t!(i18n, "account-session-unknown")) }
            if let Some(system) = system {
                <span class="muted session__system">{ system }</span>
            }
        </>
    }
}

/// Changing the password, checked here as far as the browser can (length, not the user's
/// own address or name) and then by the server (common passwords).
#[function_component(PasswordSection)]
fn password_section() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let toasts = use_toasts();
    let current = use_state(String::new);
    let new = use_state(String::new);
    let repeated = use_state(String::new);
    let submitted = use_state(|| false);
    let busy = use_state(|| false);
    let failure = use_state(|| None::<ApiFailure>);
    let SessionStatus::SignedIn(me) = &session.status else {
        return html! {};
    };
    let personal = [me.email.clone(), me.display_name.clone()];
    let check = |password: &str| {
        shared::account::check_password(
            "new_password",
            password,
            &[personal[0].as_str(), personal[1].as_str()],
        )
    };
    let new_error = match check(&new) {
        Err(error) if *submitted => Some(AttrValue::from(field_error_text(&i18n, &error))),
        _ => field_error(&i18n, &failure, "new_password"),
    };
    let mismatch =
        (*submitted && *new != *repeated).then(|| AttrValue::from(t!(i18n, "invitation-mismatch")));
    let onsubmit = {
        let (current, new, repeated, submitted, busy, failure, toasts, i18n) = (
            current.clone(),
            new.clone(),
            repeated.clone(),
            submitted.clone(),
            busy.clone(),
            failure.clone(),
            toasts.clone(),
            i18n.clone(),
        );
        let valid = check(&new).is_ok();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            submitted.set(true);
            if !valid || *new != *repeated || current.is_empty() || *busy {
                return;
            }
            busy.set(true);
            let body = ChangePassword {
                current_password: (*current).clone(),
                new_password: (*new).clone(),
            };
            let (current, new, repeated, submitted, busy, failure, toasts, i18n) = (
                current.clone(),
                new.clone(),
                repeated.clone(),
                submitted.clone(),
                busy.clone(),
                failure.clone(),
                toasts.clone(),
                i18n.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::change_password(&body).await {
                    Ok(()) => {
                        toasts.info(t!(i18n, "toast-password-changed"));
                        for field in [&current, &new, &repeated] {
                            field.set(String::new());
                        }
                        submitted.set(false);
                        failure.set(None);
                    }
                    Err(err) => {
                        if err.fields.is_empty() {
                            toasts.error(error_text(&i18n, &err));
                        }
                        failure.set(Some(err));
                    }
                }
                busy.set(false);
            });
        })
    };
    html! {
        <section class="section" aria-labelledby="password-title">
            <h2 class="section__title" id="password-title">{ t!(i18n, "account-password-title") }</h2>
            <form class="form" {onsubmit} novalidate=true>
                <Field id="current-password" label={t!(i18n, "account-password-current")} value={(*current).clone()}
                    input_type="password" autocomplete={Some(AttrValue::from("current-password"))} required=true
                    error={field_error(&i18n, &failure, "current_password").or_else(|| (*submitted && current.is_empty()).then(|| AttrValue::from(t!(i18n, "field-required"))))}
                    oninput={let current = current.clone(); Callback::from(move |v| current.set(v))} />
                <Field id="new-password" label={t!(i18n, "account-password-new")} value={(*new).clone()}
                    input_type="password" autocomplete={Some(AttrValue::from("new-password"))} required=true
                    help={Some(AttrValue::from(t!(i18n, "password-help", count = MIN_PASSWORD_CHARS)))}
                    error={new_error} oninput={let new = new.clone(); Callback::from(move |v| new.set(v))} />
                <Field id="repeat-password" label={t!(i18n, "account-password-repeat")} value={(*repeated).clone()}
                    input_type="password" autocomplete={Some(AttrValue::from("new-password"))} required=true
                    error={mismatch} oninput={let repeated = repeated.clone(); Callback::from(move |v| repeated.set(v))} />
                <Button id={Some(AttrValue::from("change-password"))} submit=true busy={*busy}>{ t!(i18n, "account-password-change") }</Button>
            </form>
        </section>
    }
}
