//! The questions with their answers: read-only once answered, a form per question for whoever
//! may answer, and the choice of questions to split off.

use shared::catalogue::AnswerType;
use shared::dto::{ActionRequest, AnswersUpdate, ReportUpdate, RequestQuestionView};
use shared::error::FieldError;
use shared::inspection::RequestKind;
use shared::lifecycle::{Action, ActionKind};
use shared::request::AnswerValue;
use shared::{QuestionId, RequestId};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

use super::state::{
    AnswerDraft, PageAction, PageState, PartProps, answer_question, place_report_errors,
};
use crate::api::ApiFailure;
use crate::components::{
    Button, ButtonKind, DateField, Field, FreeText, QuestionText, SelectField,
};
use crate::format;
use crate::hooks::{ApiCall, use_api_call};
use crate::i18n::I18n;
use crate::labels::{error_text, field_error_text};
use crate::queue::What;
use crate::t;

/// The choices of a question's answer: (key, label).
fn answer_choices(
    i18n: &I18n,
    texts: &BTreeMap<String, String>,
    question: &RequestQuestionView,
) -> Vec<(String, String)> {
    // The catalogue's pre-translated fixed parts first; the interface's words for the kinds
    // the catalogue has no text for (a date, a written answer).
    let fixed = |key: &str| {
        let label = texts
            .get(key)
            .cloned()
            .unwrap_or_else(|| i18n.dynamic(&format!("answer-{}", key.replace('_', "-")), &[]));
        (key.to_owned(), label)
    };
    let mut choices = match question.answer_type {
        AnswerType::YesNo => vec![fixed("yes"), fixed("no")],
        AnswerType::Date => vec![fixed("date")],
        AnswerType::FreeText => vec![fixed("text")],
        AnswerType::Document => vec![fixed("document_attached"), fixed("document_not_available")],
        AnswerType::Choice => question
            .options
            .iter()
            .map(|o| (o.key.clone(), o.label.clone()))
            .collect(),
        AnswerType::Measurement => vec![fixed("measurement")],
    };
    choices.push(fixed("unknown"));
    choices
}

/// Saves the answers (an inspection's report first) and, when `then_send`, sends them (the
/// answer action names the version the saves produced). A refusal names `answers[k]…` (the
/// k-th answer sent), `question.<id>` (one not answered) or `report.…`: each is placed at
/// its field. Without a connection the report and answers are kept on the device for `user`
/// (`crate::queue`), in that order.
fn save_answers(
    api: &ApiCall,
    user: Option<shared::UserId>,
    i18n: &I18n,
    state: &UseReducerHandle<PageState>,
    request: &shared::dto::RequestView,
    then_send: bool,
) {
    let language = i18n.language();
    let body = AnswersUpdate {
        version: request.version,
        answers: state
            .answers
            .iter()
            .filter_map(|(question, draft)| draft.to_answer(*question, language))
            .collect(),
    };
    let sent: Vec<QuestionId> = body.answers.iter().map(|a| a.question).collect();
    let id: RequestId = request.id;
    let inspection = request.kind == RequestKind::Inspection;
    let (report, from) = state.report.to_report();
    let (dispatch, toasts, i18n) = (state.dispatcher(), api.toasts().clone(), i18n.clone());
    // Once the answers are saved the page shows them as saved, even when sending them was
    // refused; a refused save keeps what the user typed.
    let saved = Rc::new(std::cell::Cell::new(false));
    let refused = {
        let (dispatch, toasts, i18n, saved) = (
            dispatch.clone(),
            toasts.clone(),
            i18n.clone(),
            saved.clone(),
        );
        move |failure: ApiFailure| {
            let placed: Vec<(QuestionId, FieldError)> = failure
                .fields
                .iter()
                .filter_map(|e| answer_question(&e.field, &sent).map(|q| (q, e.clone())))
                .collect();
            let at_report = place_report_errors(&failure.fields, &from);
            if placed.is_empty() && at_report.is_empty() {
                toasts.error(error_text(&i18n, &failure));
            } else {
                toasts.error(t!(i18n, "form-errors"));
            }
            dispatch.dispatch(PageAction::AnswersRefused(placed));
            dispatch.dispatch(PageAction::ReportRefused(at_report));
            if saved.get() {
                dispatch.dispatch(PageAction::Reload);
            }
        }
    };
    let call = async move {
        let mut body = body;
        if inspection {
            let update = ReportUpdate {
                version: body.version,
                report,
            };
            match crate::api::save_report(id, &update).await {
                Ok(saved) => body.version = saved.version,
                Err(failure) => match user {
                    Some(user) if crate::queue::unreachable(&failure) => {
                        let what = What::Report {
                            report: update.report,
                        };
                        crate::queue::keep(user, id, body.version, what, None).await?;
                        let what = What::Answers {
                            answers: body.answers,
                            send: then_send,
                        };
                        crate::queue::keep(user, id, body.version, what, None).await?;
                        return Ok(false);
                    }
                    _ => return Err(failure),
                },
            }
        }
        let version = match crate::api::save_answers(id, &body).await {
            Ok(saved) => saved.version,
            Err(failure) => match user {
                // No connection: the answers are kept on the device and sent when it returns.
                Some(user) if crate::queue::unreachable(&failure) => {
                    let what = What::Answers {
                        answers: body.answers,
                        send: then_send,
                    };
                    crate::queue::keep(user, id, body.version, what, None).await?;
                    return Ok(false);
                }
                _ => return Err(failure),
            },
        };
        saved.set(true);
        if then_send {
            let answer = ActionRequest {
                version,
                action: Action::Answer,
                note: None,
            };
            crate::api::act(id, &answer).await?;
        }
        Ok(true)
    };
    let done = move |reached: bool| {
        dispatch.dispatch(PageAction::AnswersAccepted);
        toasts.info(if !reached {
            t!(i18n, "toast-queued")
        } else if then_send {
            t!(i18n, "toast-request-action-answer")
        } else {
            t!(i18n, "toast-answers-saved")
        });
        if reached {
            dispatch.dispatch(PageAction::Reload);
        }
    };
    api.run_or(call, done, refused);
}

/// Saving and sending the answer: under the questions, or under an inspection's report,
/// which is written last on site.
#[function_component(AnswerButtons)]
pub fn answer_buttons(props: &PartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let user = crate::session::use_user();
    let save = |then_send: bool| {
        let (api, i18n, state, request) = (
            api.clone(),
            i18n.clone(),
            props.state.clone(),
            props.request.clone(),
        );
        Callback::from(move |_| save_answers(&api, user, &i18n, &state, &request, then_send))
    };
    html! {
        <div class="actions">
            <Button id={Some(AttrValue::from("save-answers"))} kind={ButtonKind::Secondary} busy={api.busy()}
                onclick={save(false)}>{ t!(i18n, "request-save-answers") }</Button>
            <Button id={Some(AttrValue::from("send-answer"))} busy={api.busy()}
                onclick={save(true)}>{ t!(i18n, "request-send-answer") }</Button>
        </div>
    }
}

#[function_component(Questions)]
pub fn questions(props: &PartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let request = &props.request;
    // An inspection's answer goes with its report, below.
    let answering = request.may.save_answers && request.kind != RequestKind::Inspection;
    html! {
        <section class="section" aria-labelledby="questions-title">
            <h2 class="section__title" id="questions-title">{ match request.kind {
                RequestKind::Inspection => t!(i18n, "request-checklist", count = request.questions.len()),
                RequestKind::Information => t!(i18n, "request-questions", count = request.questions.len()),
            } }</h2>
            // The legend is the page's, above, under whom the request is about; the answer
            // form is shown only to a responder that sees it.
            <ol class="question-list" id="request-questions">
                { for request.questions.iter().enumerate().map(|(index, question)| html! {
                    <QuestionItem key={question.id.0} {index} question={question.clone()}
                        request={request.clone()} state={props.state.clone()} />
                }) }
            </ol>
            if answering {
                <AnswerButtons request={request.clone()} state={props.state.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct QuestionItemProps {
    index: usize,
    question: RequestQuestionView,
    request: Rc<shared::dto::RequestView>,
    state: UseReducerHandle<PageState>,
}

/// One question: its text, then its answer (read, or the form to write it).
#[function_component(QuestionItem)]
fn question_item(props: &QuestionItemProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let (question, request) = (&props.question, &props.request);
    let on_split = {
        let (dispatch, id) = (props.state.dispatcher(), question.id);
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            dispatch.dispatch(PageAction::ChooseSplit(id, input.checked()));
        })
    };
    html! {
        <li class="question" data-question={question.id.0.to_string()}>
            <p class="question__text"><QuestionText segments={question.segments.clone()} /></p>
            if request.may.save_answers {
                <AnswerForm index={props.index} question={question.clone()}
                    texts={request.answer_texts.clone()} state={props.state.clone()} />
            } else if let (Some(answer), Some(label)) = (&question.answer, &question.answer_label) {
                <div class="answer">
                    <span class="answer__label">{ t!(i18n, "request-answer") }</span>
                    { match &answer.value {
                        AnswerValue::Date { date } => html! { <span class="answer__value">{ format::date(*date, i18n.language()) }</span> },
                        AnswerValue::Measurement { value } => html! {
                            <span class="answer__value">{ format::measure(value, question.unit, i18n.language()) }</span>
                        },
                        AnswerValue::Text { text } => html! { <FreeText text={text.clone()} /> },
                        _ => html! { <span class="answer__value">{ label }</span> },
                    } }
                    if let Some(comment) = &answer.comment {
                        <span class="answer__label">{ t!(i18n, "request-answer-comment") }</span>
                        <FreeText text={comment.clone()} />
                    }
                </div>
            }
            if request.actions.contains(&ActionKind::SplitOff) {
                <label class="check">
                    <input type="checkbox" checked={props.state.split.contains(&question.id)} onchange={on_split} />
                    { t!(i18n, "request-split-choose") }
                </label>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct AnswerFormProps {
    index: usize,
    question: RequestQuestionView,
    texts: BTreeMap<String, String>,
    state: UseReducerHandle<PageState>,
}

/// The answer to one question as it is being written, with the server's refusals of it
/// under its field.
#[function_component(AnswerForm)]
fn answer_form(props: &AnswerFormProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let (index, id) = (props.index, props.question.id);
    let draft = props.state.answers.get(&id).cloned().unwrap_or_default();
    let refusals: Vec<&FieldError> = props
        .state
        .answer_errors
        .iter()
        .filter(|(q, _)| *q == id)
        .map(|(_, error)| error)
        .collect();
    let error = (!refusals.is_empty()).then(|| {
        html! {
            { for refusals.iter().map(|error| html! {
                <p data-answer-error={error.code.as_str()}>{ field_error_text(&i18n, error) }</p>
            }) }
        }
    });
    // Each field's handler changes one part of this question's draft.
    let edit = |apply: fn(&mut AnswerDraft, String)| {
        let (dispatch, draft) = (props.state.dispatcher(), draft.clone());
        Callback::from(move |value: String| {
            let mut next = draft.clone();
            apply(&mut next, value);
            dispatch.dispatch(PageAction::EditAnswer(id, next));
        })
    };
    html! {
        <div class="answer-form">
            <SelectField id={format!("answer-{index}")} label={t!(i18n, "request-answer")}
                options={answer_choices(&i18n, &props.texts, &props.question)}
                value={draft.choice.clone()} empty={Some(AttrValue::from(t!(i18n, "request-answer-choose")))}
                onchange={edit(|d, v| d.choice = v)} {error} />
            if draft.choice == "date" {
                <DateField id={format!("answer-{index}-date")} label={t!(i18n, "request-answer-date")}
                    value={draft.text.clone()} oninput={edit(|d, v| d.text = v)} />
            } else if draft.choice == "measurement" {
                <Field id={format!("answer-{index}-measurement")} inputmode={Some(AttrValue::from("decimal"))}
                    label={t!(i18n, "request-answer-measurement", unit = props.question.unit.map(|u| u.symbol()).unwrap_or_default())}
                    value={draft.text.clone()} oninput={edit(|d, v| d.text = v)}
                    error={(!draft.text.trim().is_empty())
                        .then(|| shared::request::Measure::parse(&draft.text).err())
                        .flatten()
                        .map(|code| AttrValue::from(crate::labels::code_text(&i18n, code)))} />
            } else if draft.choice == "text" {
                <Field id={format!("answer-{index}-text")} label={t!(i18n, "request-answer-text")} personal=true
                    value={draft.text.clone()} oninput={edit(|d, v| d.text = v)} />
            }
            <Field id={format!("answer-{index}-comment")} label={t!(i18n, "request-answer-comment")} personal=true
                value={draft.comment.clone()} oninput={edit(|d, v| d.comment = v)} />
        </div>
    }
}
