//! One alert as the reader may see it: what it says (personal data only for those with a need
//! to know), where it stands in each country and with each authority it was passed on to,
//! its timeline, and only the actions `shared::alert::allowed_actions` gave this reader.

use shared::alert::{AlertAction, AlertActionKind, AlertState};
use shared::dto::{AlertActionRequest, AlertCountryView, AlertEventView, AlertView};
use shared::request::LangText;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{alert_state_text, alert_state_tone};
use crate::api::ApiFailure;
use crate::components::{
    Badge, BadgeTone, Button, ButtonKind, CanTranslate, Field, FreeText, PersonalMark,
};
use crate::format;
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::labels::{country_text, error_text, party_text};
use crate::route::Route;
use crate::t;

mod pass_on;

#[derive(Properties, PartialEq)]
pub struct AlertPageProps {
    pub id: i32,
}

/// What each part of the page is handed: the alert and a way to load it again.
#[derive(Properties, Clone, PartialEq)]
pub struct AlertPartProps {
    pub alert: std::rc::Rc<AlertView>,
    pub reload: Callback<()>,
}

/// A refused action in words: when someone else acted first, also how the alert stands now.
pub fn refusal_text(i18n: &I18n, failure: &ApiFailure) -> String {
    match failure.current_alert_state {
        Some(state) => t!(
            i18n,
            "alert-conflict",
            error = error_text(i18n, failure),
            state = alert_state_text(i18n, state)
        ),
        None => error_text(i18n, failure),
    }
}

#[function_component(AlertPage)]
pub fn alert_page(props: &AlertPageProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let generation = use_state(|| 0u32);
    let loaded = use_state(|| None::<Result<std::rc::Rc<AlertView>, ApiFailure>>);
    let can_translate = use_state(|| CanTranslate(false));
    // Machine translation is an officials' tool: the Commission's staff have no such route.
    let session = use_context::<crate::session::Session>().expect("Session is provided");
    let official = matches!(
        &session.status,
        crate::session::SessionStatus::SignedIn(me) if me.authority().is_some()
    );
    {
        let can_translate = can_translate.clone();
        use_effect_with(official, move |official| {
            let official = *official;
            wasm_bindgen_futures::spawn_local(async move {
                if !official {
                    return;
                }
                if let Ok(status) = crate::api::translation_status().await {
                    can_translate.set(CanTranslate(status.available));
                }
            });
        });
    }
    {
        let loaded = loaded.clone();
        use_effect_with(
            (props.id, i18n.language(), *generation),
            move |(id, language, _)| {
                let (id, language) = (*id, *language);
                wasm_bindgen_futures::spawn_local(async move {
                    let found = crate::api::alert(id, language).await;
                    loaded.set(Some(found.map(std::rc::Rc::new)));
                });
            },
        );
    }
    let alert = match &*loaded {
        None => return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> },
        Some(Err(failure)) => {
            return html! {
                <div class="page">
                    <h1 class="page__title" id="page-title">{ t!(i18n, "alert-title-unknown") }</h1>
                    <p role="alert">{ error_text(&i18n, failure) }</p>
                </div>
            };
        }
        Some(Ok(alert)) => alert.clone(),
    };
    let reload = {
        let generation = generation.clone();
        Callback::from(move |()| generation.set(*generation + 1))
    };
    let part = AlertPartProps { alert, reload };
    html! {
        <ContextProvider<CanTranslate> context={*can_translate}>
            <div class="page alert-page">
                <Summary ..part.clone() />
                <Actions ..part.clone() />
                if part.alert.allowed_actions.contains(&AlertActionKind::PassOn) {
                    <pass_on::PassOn ..part.clone() />
                }
                <Deliveries ..part.clone() />
                <Timeline ..part />
            </div>
        </ContextProvider<CanTranslate>>
    }
}

/// The alert's heading, state, sender and what it says.
#[function_component(Summary)]
fn summary(props: &AlertPartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let alert = &props.alert;
    let language = i18n.language();
    html! {
        <>
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "alert-title", number = alert.number.clone()) }</h1>
                <span id="alert-state" data-state={alert.state.as_str()}>
                    <Badge label={alert_state_text(&i18n, alert.state)} tone={alert_state_tone(alert.state)} />
                </span>
            </div>
            <p class="page__intro" id="alert-kind">{ &alert.kind_name }</p>
            if alert.proved_wrong {
                <p class="notice notice--warning" role="status" id="alert-proved-wrong">{ t!(i18n, "alert-proved-wrong") }</p>
            }
            if let Some(days) = alert.days_left {
                <p class={classes!("notice", (days < 0).then_some("notice--warning"))} id="alert-days-left">{ due_text(&i18n, days) }</p>
            }
            <section class="section" aria-labelledby="alert-details-title">
                <h2 class="section__title" id="alert-details-title">{ t!(i18n, "alert-details") }</h2>
                <dl class="facts" id="alert-fields">
                    <dt>{ t!(i18n, "alert-sender") }</dt>
                    <dd id="alert-sender">{ party_text(&i18n, &alert.sender.name, alert.sender.country) }</dd>
                    if let Some(sent) = &alert.sent_at {
                        <dt>{ t!(i18n, "alert-sent-at") }</dt>
                        <dd>{ format::date_time(sent, language) }</dd>
                    }
                    if alert.revision > 0 {
                        <dt>{ t!(i18n, "alert-revision-label") }</dt>
                        <dd>{ t!(i18n, "alert-revision", count = alert.revision) }</dd>
                    }
                    { for alert.fields.iter().map(|field| html! {
                        <>
                            <dt>{ &field.label }if field.personal { { " " }<PersonalMark /> }</dt>
                            <dd data-field={field.id.clone()}>{ value_text(&i18n, field) }</dd>
                        </>
                    }) }
                </dl>
                if alert.personal_data_hidden {
                    <p class="muted" id="alert-personal-hidden">{ t!(i18n, "alert-personal-hidden") }</p>
                }
                if let Some(comment) = &alert.comment {
                    <h3 class="section__subtitle">{ t!(i18n, "alert-comment") }</h3>
                    <FreeText text={comment.clone()} />
                }
                if let Some(reason) = &alert.late_reason {
                    <h3 class="section__subtitle">{ t!(i18n, "alert-late-reason") }</h3>
                    <FreeText text={reason.clone()} />
                }
            </section>
        </>
    }
}

/// A field's value as the reader reads it: the server words options and concepts in the
/// reader's language; a date or a country it leaves as its code, which the reader's locale
/// writes.
pub fn value_text(i18n: &I18n, field: &shared::dto::AlertValueView) -> String {
    if field.display != field.value {
        return field.display.clone();
    }
    if let Ok(day) = shared::Date::parse(&field.value) {
        return format::date(day, i18n.language());
    }
    match shared::CountryCode::parse(&field.value) {
        Ok(country) if field.value.len() == 2 => country_text(i18n, country),
        _ => field.display.clone(),
    }
}

/// How long a draft has until it is due, or how late it is.
pub fn due_text(i18n: &I18n, days: i64) -> String {
    if days < 0 {
        let late = -days;
        t!(i18n, "alert-due-late", days = late)
    } else {
        t!(i18n, "alert-due-left", days = days)
    }
}

/// The toast that confirms an action, by what it did.
fn done_text(i18n: &I18n, action: AlertActionKind, now: Option<AlertState>) -> String {
    match (action, now) {
        (AlertActionKind::Send, Some(AlertState::AwaitingApproval)) => {
            t!(i18n, "toast-alert-submitted")
        }
        (AlertActionKind::Delete, _) => t!(i18n, "toast-alert-deleted"),
        _ => t!(
            i18n,
            "toast-alert-done",
            action = i18n.dynamic(&action.message_id(), &[])
        ),
    }
}

/// The buttons of the actions allowed now. Those that must say why share one note; a
/// withdrawal may say that the alert proved unfounded, which every recipient is told.
#[function_component(Actions)]
fn actions(props: &AlertPartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let navigator = use_navigator();
    let note = use_state(String::new);
    let note_error = use_state(|| false);
    let proved_wrong = use_state(|| false);
    let alert = &props.alert;
    let allowed: Vec<AlertActionKind> = alert
        .allowed_actions
        .iter()
        .copied()
        .filter(|a| *a != AlertActionKind::PassOn)
        .collect();
    if allowed.is_empty() {
        return html! {};
    }
    let act = |kind: AlertActionKind| {
        let (api, i18n, note, note_error) =
            (api.clone(), i18n.clone(), note.clone(), note_error.clone());
        let (id, version, reload, navigator) = (
            alert.id,
            alert.version,
            props.reload.clone(),
            navigator.clone(),
        );
        let proved_wrong = *proved_wrong;
        Callback::from(move |_| {
            let text = note.trim().to_owned();
            if kind.needs_note() && text.is_empty() {
                note_error.set(true);
                return;
            }
            note_error.set(false);
            let action = match kind {
                AlertActionKind::Send => AlertAction::Send,
                AlertActionKind::Delete => AlertAction::Delete,
                AlertActionKind::Approve => AlertAction::Approve,
                AlertActionKind::Reject => AlertAction::Reject,
                AlertActionKind::Acknowledge => AlertAction::Acknowledge,
                AlertActionKind::AcknowledgeReceipt => AlertAction::AcknowledgeReceipt,
                AlertActionKind::Withdraw => AlertAction::Withdraw { proved_wrong },
                AlertActionKind::ProposeClosure => AlertAction::ProposeClosure,
                AlertActionKind::RejectClosure => AlertAction::RejectClosure,
                AlertActionKind::Close => AlertAction::Close,
                // Editing, modifying and passing on have their own forms.
                _ => return,
            };
            let body = AlertActionRequest {
                version,
                action,
                note: kind.needs_note().then(|| LangText {
                    text,
                    language: i18n.language(),
                }),
            };
            let (toasts, i18n2, note, reload, navigator) = (
                api.toasts().clone(),
                i18n.clone(),
                note.clone(),
                reload.clone(),
                navigator.clone(),
            );
            let refused = {
                let (toasts, i18n, reload) = (api.toasts().clone(), i18n.clone(), reload.clone());
                move |failure: ApiFailure| {
                    toasts.error(refusal_text(&i18n, &failure));
                    reload.emit(());
                }
            };
            api.run_or(
                async move { crate::api::act_on_alert(id, &body).await },
                move |done| {
                    toasts.info(done_text(&i18n2, kind, done.state));
                    note.set(String::new());
                    match (done.state, &navigator) {
                        (None, Some(navigator)) => navigator.push(&Route::Alerts),
                        _ => reload.emit(()),
                    }
                },
                refused,
            );
        })
    };
    let needs_note: Vec<AlertActionKind> =
        allowed.iter().copied().filter(|a| a.needs_note()).collect();
    let button = |kind: AlertActionKind| {
        let id = AttrValue::from(format!("alert-{}", kind.as_str().replace('_', "-")));
        let label = i18n.dynamic(&kind.message_id(), &[]);
        match kind {
            AlertActionKind::Edit | AlertActionKind::Modify => html! {
                <Link<Route> to={Route::EditAlert { id: alert.id }} classes="btn btn--secondary">
                    <span id={id}>{ label }</span>
                </Link<Route>>
            },
            _ => {
                let tone = match kind {
                    AlertActionKind::Delete | AlertActionKind::Withdraw => ButtonKind::Secondary,
                    AlertActionKind::Reject
                    | AlertActionKind::RejectClosure
                    | AlertActionKind::ProposeClosure => ButtonKind::Secondary,
                    _ => ButtonKind::Primary,
                };
                html! { <Button id={Some(id)} kind={tone} busy={api.busy()} onclick={act(kind)}>{ label }</Button> }
            }
        }
    };
    html! {
        <section class="section" aria-labelledby="alert-actions-title">
            <h2 class="section__title" id="alert-actions-title">{ t!(i18n, "alert-actions") }</h2>
            <div class="actions" id="alert-actions">
                { for allowed.iter().copied().filter(|a| !a.needs_note()).map(button) }
            </div>
            if !needs_note.is_empty() {
                <Field id="alert-note" label={t!(i18n, "alert-note")} multiline=true
                    help={t!(i18n, "alert-note-help")}
                    error={note_error.then(|| AttrValue::from(t!(i18n, "alert-note-missing")))}
                    value={(*note).clone()} oninput={{ let note = note.clone(); Callback::from(move |v| note.set(v)) }} />
                if needs_note.contains(&AlertActionKind::Withdraw) {
                    <label class="check" for="alert-proved-wrong-input">
                        <input type="checkbox" id="alert-proved-wrong-input" checked={*proved_wrong}
                            onchange={{ let proved_wrong = proved_wrong.clone(); Callback::from(move |e: Event| {
                                proved_wrong.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked())
                            }) }} />
                        { t!(i18n, "alert-withdraw-proved-wrong") }
                    </label>
                }
                <div class="actions">
                    { for needs_note.into_iter().map(button) }
                </div>
            }
        </section>
    }
}

/// Where the alert stands in each country the reader may follow, and with each authority it
/// was passed on to: received, acknowledged, read.
#[function_component(Deliveries)]
fn deliveries(props: &AlertPartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let alert = &props.alert;
    if alert.deliveries.is_empty() {
        return html! {};
    }
    let acknowledged = alert
        .deliveries
        .iter()
        .filter(|d| d.acknowledged_at.is_some())
        .count();
    // By the country's name as the reader writes it, so a country is found where expected.
    let mut rows: Vec<&AlertCountryView> = alert.deliveries.iter().collect();
    rows.sort_by_cached_key(|d| country_text(&i18n, d.country));
    html! {
        <section class="section" aria-labelledby="alert-deliveries-title">
            <h2 class="section__title" id="alert-deliveries-title">{ t!(i18n, "alert-deliveries") }</h2>
            <p class="muted" id="alert-deliveries-summary">{ t!(i18n, "alert-deliveries-summary",
                acknowledged = acknowledged, count = alert.deliveries.len()) }</p>
            <div class="table-wrap">
                <table class="table table--deliveries" id="alert-deliveries">
                    <thead>
                        <tr>
                            <th scope="col">{ t!(i18n, "alert-column-country") }</th>
                            <th scope="col">{ t!(i18n, "alert-column-delivery") }</th>
                            <th scope="col">{ t!(i18n, "alert-column-authorities") }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.into_iter().map(|d| delivery_row(&i18n, d)) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn delivery_row(i18n: &I18n, delivery: &AlertCountryView) -> Html {
    let language = i18n.language();
    let tone = match delivery.delivery {
        shared::alert::Delivery::Received => BadgeTone::Warning,
        shared::alert::Delivery::Acknowledged => BadgeTone::Info,
        shared::alert::Delivery::PassedOn => BadgeTone::Success,
    };
    html! {
        <tr data-country={delivery.country.as_str()}>
            <th scope="row">{ country_text(i18n, delivery.country) }</th>
            <td>
                <Badge label={i18n.dynamic(&delivery.delivery.message_id(), &[])} {tone} />
                <span class="muted delivery__when">{ match &delivery.acknowledged_at {
                    Some(at) => t!(i18n, "alert-acknowledged-at", date = format::date_time(at, language)),
                    None => t!(i18n, "alert-received-at", date = format::date_time(&delivery.received_at, language)),
                } }</span>
            </td>
            <td>
                if delivery.recipients.is_empty() {
                    <span class="muted">{ t!(i18n, "alert-no-recipients") }</span>
                } else {
                    <ul class="delivery__authorities">
                        { for delivery.recipients.iter().map(|r| html! {
                            <li data-authority={r.authority.id.0.to_string()}>
                                <span class="delivery__authority">{ &r.authority.name }</span>
                                <span class="muted">{ match &r.acknowledged_at {
                                    Some(at) => t!(i18n, "alert-acknowledged-at", date = format::date_time(at, language)),
                                    None => t!(i18n, "alert-not-acknowledged"),
                                } }</span>
                                <span class="muted">{ match &r.read_at {
                                    Some(at) => t!(i18n, "alert-read-at", date = format::date_time(at, language)),
                                    None => t!(i18n, "alert-not-read"),
                                } }</span>
                            </li>
                        }) }
                    </ul>
                }
            </td>
        </tr>
    }
}

/// Everything that happened to the alert, oldest first.
#[function_component(Timeline)]
fn timeline(props: &AlertPartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    html! {
        <section class="section" aria-labelledby="alert-timeline-title">
            <h2 class="section__title" id="alert-timeline-title">{ t!(i18n, "alert-timeline") }</h2>
            <ol class="timeline" id="alert-timeline">
                { for props.alert.events.iter().map(|event| event_item(&i18n, event)) }
            </ol>
        </section>
    }
}

fn event_item(i18n: &I18n, event: &AlertEventView) -> Html {
    let who = match (&event.authority, event.user.is_empty()) {
        (Some(authority), false) => Some(t!(
            i18n,
            "timeline-who",
            user = event.user.clone(),
            authority = party_text(i18n, &authority.name, authority.country)
        )),
        (Some(authority), true) => Some(party_text(i18n, &authority.name, authority.country)),
        (None, false) => Some(event.user.clone()),
        (None, true) => None,
    };
    html! {
        <li class="timeline__event" data-kind={event.kind.as_str()}>
            <span class="timeline__what">{ i18n.dynamic(&event.kind.message_id(), &[]) }</span>
            if let Some(who) = who { <span class="timeline__who">{ who }</span> }
            if let Some(country) = event.country {
                <span class="timeline__other">{ t!(i18n, "alert-event-for-country", country = country_text(i18n, country)) }</span>
            }
            <time class="timeline__when muted" datetime={event.at.clone()}>{ format::date_time(&event.at, i18n.language()) }</time>
            if let Some(note) = &event.note { <FreeText text={note.clone()} /> }
        </li>
    }
}
