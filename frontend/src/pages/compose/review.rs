//! The review step, and the stepper above every step: once sending was tried, what is
//! missing or wrong is said in words, each problem linking to the step that fixes it.

use yew::prelude::*;

use super::StepProps;
use super::questions::question_html;
use super::state::{ComposeAction, Step};
use crate::components::{Button, StepItem};
use crate::i18n::I18n;
use crate::labels::{area_text, field_error_text, placeholder_label};
use crate::t;

/// The step where a field of the draft is edited, and the field's name in the reader's
/// language: a problem is named in words and links to where it is fixed, never shown as a
/// field path.
fn field_place(i18n: &I18n, field: &str) -> (Step, String) {
    match field {
        "area" => (Step::Area, t!(i18n, "catalogue-area-label")),
        "responder" => (Step::Authority, t!(i18n, "request-to")),
        "subject.name" => (Step::Subject, t!(i18n, "subject-name")),
        "subject.identifier" => (Step::Subject, t!(i18n, "subject-identifier")),
        "subject.birth_date" => (Step::Subject, t!(i18n, "subject-birth-date")),
        "comment" | "comment.text" => (Step::Details, t!(i18n, "request-comment")),
        "requested_date" => (Step::Details, t!(i18n, "request-requested-date")),
        other if other.starts_with("questions") => (Step::Questions, question_place(i18n, other)),
        _ => (Step::Review, Step::Review.title(i18n)),
    }
}

/// `questions[2].PersonName`: the question's number and the value's label.
fn question_place(i18n: &I18n, field: &str) -> String {
    let number = field
        .strip_prefix("questions[")
        .and_then(|rest| rest.split(']').next())
        .and_then(|n| n.parse::<usize>().ok());
    let label = field
        .rsplit('.')
        .next()
        .filter(|name| {
            number.is_some()
                && shared::placeholder::Registry::standard()
                    .get(name)
                    .is_some()
        })
        .map(|name| placeholder_label(i18n, name));
    let question = |n: usize| {
        let number = n + 1;
        t!(i18n, "upload-question-number", number = number)
    };
    match (number, label) {
        (Some(n), Some(label)) => {
            t!(
                i18n,
                "compose-problem-value",
                question = question(n),
                label = label
            )
        }
        (Some(n), None) => question(n),
        _ => Step::Questions.title(i18n),
    }
}

/// The steps as buttons; once sending was tried, the steps holding a problem say so.
#[function_component(Stepper)]
pub fn stepper(props: &StepProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let state = &props.state;
    let steps: Vec<StepItem> = Step::ALL
        .into_iter()
        .map(|step| StepItem {
            title: step.title(&i18n),
            attention: state.show_all_errors
                && props
                    .errors
                    .iter()
                    .any(|e| field_place(&i18n, &e.field).0 == step),
            locked: false,
        })
        .collect();
    let onselect = {
        let dispatch = state.dispatcher();
        Callback::from(move |index: usize| {
            dispatch.dispatch(ComposeAction::Go(Step::ALL[index.min(Step::ALL.len() - 1)]))
        })
    };
    html! { <crate::components::Stepper {steps} current={state.step.index()} {onselect} /> }
}

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub step: StepProps,
    pub send: Callback<()>,
    pub busy: bool,
}

#[function_component(ReviewStep)]
pub fn review_step(props: &ReviewProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let (state, errors) = (&props.step.state, &props.step.errors);
    let draft = &state.draft;
    let language = i18n.language();
    let none = || html! { <span class="muted">{ t!(i18n, "compose-review-none") }</span> };
    let or_none = |text: Option<String>| {
        text.filter(|t| !t.trim().is_empty())
            .map_or_else(none, |t| html! { { t } })
    };
    let catalogue_questions: Vec<_> = props
        .step
        .catalogue
        .iter()
        .flat_map(|c| c.areas.iter())
        .filter(|a| a.area == draft.area)
        .flat_map(|a| a.topics.iter().flat_map(|t| t.questions.iter()))
        .collect();
    let go = |to: Step| {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(ComposeAction::Go(to)))
    };
    let send = props.send.reform(|_| ());
    html! {
        <>
            if state.show_all_errors && !errors.is_empty() {
                <div class="error-summary" role="alert" id="compose-errors">
                    <p>{ t!(i18n, "compose-review-fix") }</p>
                    <ul>
                        { for errors.iter().map(|e| {
                            let (to, place) = field_place(&i18n, &e.field);
                            html! {
                                <li>
                                    <button type="button" class="link-button" onclick={go(to)}>{ place }</button>
                                    { ": " }{ field_error_text(&i18n, e) }
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
            <dl class="facts" id="review">
                <dt>{ t!(i18n, "compose-kind-label") }</dt><dd id="review-kind">{ i18n.dynamic(&draft.kind.message_id(), &[]) }</dd>
                <dt>{ t!(i18n, "catalogue-area-label") }</dt><dd>{ area_text(&i18n, draft.area) }</dd>
                <dt>{ t!(i18n, "request-to") }</dt><dd>{ or_none(state.responder_name.clone()) }</dd>
                <dt>{ t!(i18n, "subject-name") }</dt><dd>{ or_none(Some(draft.subject.name.clone())) }</dd>
                <dt>{ t!(i18n, "subject-identifier") }</dt><dd>{ or_none(Some(draft.subject.identifier.clone())) }</dd>
                <dt>{ t!(i18n, "subject-birth-date") }</dt>
                <dd>{ or_none(draft.subject.birth_date.map(|d| crate::format::date(d, language))) }</dd>
                <dt>{ t!(i18n, "request-comment") }</dt><dd class="review__comment">{ or_none(draft.comment.as_ref().map(|c| c.text.clone())) }</dd>
                <dt>{ t!(i18n, "request-requested-date") }</dt>
                <dd>{ or_none(draft.requested_date.map(|d| crate::format::date(d, language))) }</dd>
                <dt>{ t!(i18n, "request-documents") }</dt>
                <dd>{ if state.documents.is_empty() { none() } else { html! {
                    <ul class="plain-list">{ for state.documents.iter().map(|name| html! { <li>{ name }</li> }) }</ul>
                } } }</dd>
            </dl>
            <h3 class="section__subtitle">{ t!(i18n, "request-questions", count = draft.questions.len()) }</h3>
            <p class="muted">{ t!(i18n, "compose-review-language") }</p>
            <ol class="review__questions" id="review-questions">
                { for draft.questions.iter().map(|picked| {
                    let text = catalogue_questions.iter().find(|q| q.id == picked.question)
                        .map(|question| question_html(question, &picked.values));
                    html! { <li>{ text.unwrap_or_default() }</li> }
                }) }
            </ol>
            <Button id={Some(AttrValue::from("compose-send"))} busy={props.busy} onclick={send}>{ t!(i18n, "request-action-send") }</Button>
        </>
    }
}
