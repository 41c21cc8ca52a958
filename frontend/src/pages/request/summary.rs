//! The head of the request page: its number, state and area, the parties and dates, and
//! whom it is about (or why the reader may not see that).

use shared::dto::PartyView;
use shared::lifecycle::Side;
use yew::prelude::*;
use yew_router::prelude::*;

use super::state::PartProps;
use crate::components::{Badge, BadgeTone, FreeText};
use crate::format;
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
            </dl>
            <section class="section" aria-labelledby="subject-title">
                <h2 class="section__title" id="subject-title">{ t!(i18n, "request-subject") }</h2>
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
                } else if request.side == Side::Coordinator {
                    <p class="muted" id="personal-data-hidden">{ t!(i18n, "request-personal-data-coordinator") }</p>
                } else {
                    <p class="muted" id="personal-data-hidden">{ t!(i18n, "request-personal-data-hidden") }</p>
                }
                if let Some(comment) = &request.comment {
                    <h3 class="section__subtitle">{ t!(i18n, "request-comment") }</h3>
                    <div id="request-comment"><FreeText text={comment.clone()} /></div>
                }
            </section>
        </>
    }
}
