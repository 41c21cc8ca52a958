//! The head of the request page: its number, state and area, the parties and dates, and
//! whom it is about (or why the reader may not see that).

use shared::dto::PartyView;
use shared::lifecycle::Side;
use shared::retention::Stage;
use yew::prelude::*;
use yew_router::prelude::*;

use super::state::{PageAction, PartProps};
use crate::components::{
    Badge, BadgeTone, Button, ButtonKind, DateField, Field, FreeText, PersonalLegend, PersonalMark,
};
use crate::format;
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::labels::{area_text, party_text, state_text, state_tone};
use crate::route::Route;
use crate::t;

/// An authority of the request, linked to its profile.
fn party(i18n: &I18n, party: &PartyView) -> Html {
    html! {
        <Link<Route> to={Route::Authority { id: party.id.0 }}>
            { party_text(i18n, &party.name, party.country) }
        </Link<Route>>
    }
}

#[function_component(Summary)]
pub fn summary(props: &PartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let request = &props.request;
    let language = i18n.language();
    html! {
        <>
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "request-title", number = request.number.clone()) }</h1>
                <div class="question__meta">
                    <span id="request-state"><Badge label={state_text(&i18n, request.state)} tone={state_tone(request.state)} /></span>
                    <Badge label={area_text(&i18n, request.area)} tone={BadgeTone::Info} />
                    if request.kind == shared::inspection::RequestKind::Inspection {
                        <span id="request-kind"><Badge label={i18n.dynamic(&request.kind.message_id(), &[])} tone={BadgeTone::Info} /></span>
                    }
                    if request.overdue { <Badge label={t!(i18n, "request-overdue")} tone={BadgeTone::Danger} /> }
                </div>
            </div>
            <dl class="facts">
                <dt>{ t!(i18n, "request-from") }</dt><dd id="request-from">{ party(&i18n, &request.requester) }</dd>
                if let Some(responder) = &request.responder {
                    <dt>{ t!(i18n, "request-to") }</dt><dd id="request-to">{ party(&i18n, responder) }</dd>
                }
                <dt>{ t!(i18n, "request-created") }</dt><dd>{ format::date_time(&request.created_at, language) }</dd>
                if let Some(date) = request.requested_date {
                    <dt>{ t!(i18n, "request-requested-date") }</dt><dd id="request-requested-date">{ format::date(date, language) }</dd>
                }
                if let Some(date) = request.deadline {
                    <dt>{ t!(i18n, "request-deadline") }</dt><dd id="request-deadline">{ format::date(date, language) }</dd>
                }
                if let (Stage::Visible, Some(date)) = (request.retention.stage, request.retention.blocked_on) {
                    <dt>{ t!(i18n, "request-blocked-on") }</dt><dd id="request-blocked-on">{ format::date(date, language) }</dd>
                }
            </dl>
            <section class="section" aria-labelledby="subject-title">
                <h2 class="section__title" id="subject-title">{ t!(i18n, "request-subject") }{ " " }<PersonalMark /></h2>
                if request.subject.is_some() { <PersonalLegend /> }
                if let Some(subject) = &request.subject {
                    <dl class="facts" id="request-subject">
                        <dt>{ t!(i18n, "subject-name") }</dt><dd>{ &subject.name }</dd>
                        if !subject.identifier.is_empty() {
                            <dt>{ t!(i18n, "subject-identifier") }</dt><dd>{ &subject.identifier }</dd>
                        }
                        if let Some(birth) = subject.birth_date {
                            <dt>{ t!(i18n, "subject-birth-date") }</dt><dd>{ format::date(birth, language) }</dd>
                        }
                    </dl>
                } else if request.retention.stage == Stage::Blocked {
                    <p class="muted" id="personal-data-hidden">{ t!(i18n, "request-personal-data-blocked",
                        date = request.retention.blocked_on.map(|d| format::date(d, language)).unwrap_or_default(),
                        deleted = request.retention.deleted_on.map(|d| format::date(d, language)).unwrap_or_default()) }</p>
                } else if request.retention.stage == Stage::Deleted {
                    <p class="muted" id="personal-data-hidden">{ t!(i18n, "request-personal-data-erased",
                        date = request.retention.deleted_on.map(|d| format::date(d, language)).unwrap_or_default()) }</p>
                } else if request.side == Side::Coordinator {
                    <p class="muted" id="personal-data-hidden">{ t!(i18n, "request-personal-data-coordinator") }</p>
                } else {
                    <p class="muted" id="personal-data-hidden">{ t!(i18n, "request-personal-data-hidden") }</p>
                }
                if request.may.rectify {
                    <RectifyForm request={request.clone()} state={props.state.clone()} />
                }
                if let Some(comment) = &request.comment {
                    <h3 class="section__subtitle">{ t!(i18n, "request-comment") }{ " " }<PersonalMark /></h3>
                    <div id="request-comment"><FreeText text={comment.clone()} /></div>
                }
            </section>
        </>
    }
}

/// Correcting whom the request is about: a button that opens the three fields, prefilled.
#[function_component(RectifyForm)]
fn rectify_form(props: &PartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let open = use_state(|| false);
    let subject = props
        .request
        .subject
        .clone()
        .unwrap_or(shared::request::Subject {
            name: String::new(),
            identifier: String::new(),
            birth_date: None,
        });
    let edited = use_state(|| subject.clone());
    let failure = use_state(|| None::<crate::api::ApiFailure>);
    if !*open {
        let onclick = {
            let (open, edited) = (open.clone(), edited.clone());
            Callback::from(move |_| {
                edited.set(subject.clone());
                open.set(true);
            })
        };
        return html! {
            <div class="actions">
                <Button id={Some(AttrValue::from("rectify-open"))} kind={ButtonKind::Secondary} {onclick}>
                    { t!(i18n, "request-rectify") }
                </Button>
            </div>
        };
    }
    let error = |field: &str| {
        failure.as_ref().and_then(|failure| {
            failure
                .fields
                .iter()
                .find(|e| e.field == field)
                .map(|e| AttrValue::from(crate::labels::field_error_text(&i18n, e)))
        })
    };
    let edit = |apply: fn(&mut shared::request::Subject, String)| {
        let edited = edited.clone();
        Callback::from(move |value: String| {
            let mut next = (*edited).clone();
            apply(&mut next, value);
            edited.set(next);
        })
    };
    let onsubmit = {
        let (api, edited, open, failure) =
            (api.clone(), edited.clone(), open.clone(), failure.clone());
        let (id, version, dispatch) = (
            props.request.id,
            props.request.version,
            props.state.dispatcher(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = shared::dto::Rectification {
                version,
                subject: (*edited).clone(),
            };
            let (open, dispatch, failure, say) =
                (open.clone(), dispatch.clone(), failure.clone(), api.clone());
            api.run_or(
                async move { crate::api::rectify(id, &body).await },
                move |_| {
                    open.set(false);
                    dispatch.dispatch(PageAction::Reload);
                },
                move |refused| {
                    if refused.fields.is_empty() {
                        say.say(&refused);
                    }
                    failure.set(Some(refused));
                },
            );
        })
    };
    let cancel = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    html! {
        <form class="form rectify" id="rectify-form" {onsubmit}>
            <h3 class="section__subtitle">{ t!(i18n, "request-rectify-title") }</h3>
            <p class="muted">{ t!(i18n, "request-rectify-help") }</p>
            <Field id="rectify-name" label={t!(i18n, "subject-name")} personal=true
                value={edited.name.clone()} error={error("subject.name")} oninput={edit(|s, v| s.name = v)} />
            <Field id="rectify-identifier" label={t!(i18n, "subject-identifier")} personal=true
                value={edited.identifier.clone()} error={error("subject.identifier")} oninput={edit(|s, v| s.identifier = v)} />
            <DateField id="rectify-birth-date" label={t!(i18n, "subject-birth-date")} personal=true
                value={edited.birth_date.map(|d| d.to_string()).unwrap_or_default()}
                error={error("subject.birth_date")}
                oninput={edit(|s, v| s.birth_date = shared::Date::parse(&v).ok())} />
            <div class="actions">
                <Button id={Some(AttrValue::from("rectify-save"))} submit=true busy={api.busy()}>{ t!(i18n, "request-rectify-save") }</Button>
                <Button kind={ButtonKind::Secondary} onclick={cancel}>{ t!(i18n, "form-cancel") }</Button>
            </div>
        </form>
    }
}
