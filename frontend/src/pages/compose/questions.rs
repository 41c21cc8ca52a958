//! The questions step: the catalogue's questions of the area by topic, filtered as the
//! official types, each chosen with a tick and its placeholders filled in place; `shared`
//! checks each value as it is typed.

use shared::dto::{QuestionView, TopicView};
use shared::placeholder::{Completeness, Registry, Template, render};
use shared::request::DraftQuestion;
use std::collections::BTreeMap;
use yew::prelude::*;

use super::StepProps;
use super::state::ComposeAction;
use crate::components::{Field, PersonalLegend, QuestionText};
use crate::i18n::I18n;
use crate::labels::{placeholder_label, value_error_text};
use crate::t;

/// A catalogue question rendered with the values given, or its raw text if it does not parse.
pub fn question_html(question: &QuestionView, values: &BTreeMap<String, String>) -> Html {
    match Template::parse(&question.text) {
        Ok(template) => html! { <QuestionText segments={render(&template, values)} /> },
        Err(_) => html! { { &question.text } },
    }
}

#[function_component(QuestionsStep)]
pub fn questions_step(props: &StepProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let filter = use_state(String::new);
    let draft = &props.state.draft;
    let mut topics: Vec<TopicView> = props
        .catalogue
        .iter()
        .flat_map(|c| c.areas.iter().filter(|a| a.area == draft.area))
        .flat_map(|area| area.topics.clone())
        .collect();
    // An inspection's checklist comes first from the topics written for the site
    // (`*.site_inspection`); the others stay below, for anything else to check there.
    if draft.kind == shared::inspection::RequestKind::Inspection {
        topics.sort_by_key(|topic| !topic.key.ends_with(".site_inspection"));
    }
    let chosen: Vec<(&QuestionView, &DraftQuestion)> = draft
        .questions
        .iter()
        .filter_map(|picked| {
            let question = topics
                .iter()
                .flat_map(|t| t.questions.iter())
                .find(|c| c.id == picked.question)?;
            Some((question, picked))
        })
        .collect();
    // The filter matches the question's text in the reader's language, or its topic.
    let needle = filter.trim().to_lowercase();
    let matches = |text: &str| needle.is_empty() || text.to_lowercase().contains(&needle);
    let shown = topics
        .iter()
        .filter(|topic| matches(&topic.name) || topic.questions.iter().any(|q| matches(&q.text)));
    html! {
        <>
            if let Some(error) = props.error(&i18n, "questions") { <p class="field__error">{ error }</p> }
            <PersonalLegend />
            if !chosen.is_empty() {
                <section class="chosen-questions" id="chosen-questions" aria-live="polite">
                    <h3 class="section__subtitle">{ t!(i18n, "compose-questions-chosen", count = chosen.len()) }</h3>
                    <ol class="chosen-questions__list">
                        { for chosen.iter().map(|(question, picked)| html! {
                            <li key={question.key.clone()}>{ question_html(question, &picked.values) }</li>
                        }) }
                    </ol>
                </section>
            }
            <Field id="question-filter" label={t!(i18n, "compose-questions-filter")} input_type="search"
                value={(*filter).clone()} oninput={{ let filter = filter.clone(); Callback::from(move |v| filter.set(v)) }} />
            { for shown.map(|topic| {
                let topic_matches = matches(&topic.name);
                let questions: Vec<QuestionView> = topic.questions.iter()
                    .filter(|q| topic_matches || matches(&q.text)).cloned().collect();
                html! {
                    <Topic key={topic.key.clone()} topic={topic.clone()} {questions}
                        filtering={!needle.is_empty()} step={props.clone()} />
                }
            }) }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct TopicProps {
    topic: TopicView,
    /// The topic's questions the filter lets through.
    questions: Vec<QuestionView>,
    filtering: bool,
    step: StepProps,
}

/// A topic, open while filtering or when a question of it is chosen.
#[function_component(Topic)]
fn topic(props: &TopicProps) -> Html {
    let draft = &props.step.state.draft;
    let topic = &props.topic;
    let picked_here = topic
        .questions
        .iter()
        .filter(|q| draft.questions.iter().any(|c| c.question == q.id))
        .count();
    let open = props.filtering || picked_here > 0;
    html! {
        <details class="topic" data-topic={topic.key.clone()} {open}>
            <summary class="topic__name">
                { &topic.name }
                <span class="topic__count">{ format!(" {picked_here}/{}", topic.questions.len()) }</span>
            </summary>
            { for props.questions.iter().map(|question| html! {
                <PickQuestion key={question.key.clone()} question={question.clone()} step={props.step.clone()} />
            }) }
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct PickQuestionProps {
    question: QuestionView,
    step: StepProps,
}

/// One question with its tick and, once chosen, a field per placeholder.
#[function_component(PickQuestion)]
fn pick_question(props: &PickQuestionProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let (question, draft) = (&props.question, &props.step.state.draft);
    let position = draft
        .questions
        .iter()
        .position(|q| q.question == question.id);
    let values = position
        .map(|p| draft.questions[p].values.clone())
        .unwrap_or_default();
    let toggle = {
        let (dispatch, id) = (props.step.state.dispatcher(), question.id);
        Callback::from(move |event: Event| {
            let checked = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            dispatch.dispatch(ComposeAction::Edit(Box::new(move |d| {
                d.questions.retain(|q| q.question != id);
                if checked {
                    d.questions.push(DraftQuestion {
                        question: id,
                        values: BTreeMap::new(),
                    });
                }
            })));
        })
    };
    let fields = match (Template::parse(&question.text).ok(), position) {
        (Some(template), Some(position)) => {
            let completeness = if props.step.state.show_all_errors {
                Completeness::Complete
            } else {
                Completeness::Draft
            };
            let errors = Registry::standard()
                .validate_values([&template], &values, completeness)
                .err()
                .unwrap_or_default();
            template.placeholders().into_iter().map(|name| {
                let key = name.as_str().to_owned();
                let error = errors.iter().find(|e| e.placeholder == key).map(|e| AttrValue::from(value_error_text(&i18n, e)));
                let multiline = Registry::standard().get(&key).is_some_and(|d| d.kind.is_multiline());
                let personal = shared::personal::placeholder_is_personal(Registry::standard(), &key);
                let oninput = {
                    let (dispatch, key) = (props.step.state.dispatcher(), key.clone());
                    Callback::from(move |value: String| {
                        let key = key.clone();
                        dispatch.dispatch(ComposeAction::Edit(Box::new(move |d| {
                            if let Some(q) = d.questions.get_mut(position) {
                                if value.is_empty() { q.values.remove(&key); } else { q.values.insert(key, value); }
                            }
                        })));
                    })
                };
                html! {
                    <Field id={format!("value-{}-{}", question.id.0, key)} label={placeholder_label(&i18n, &key)}
                        value={values.get(&key).cloned().unwrap_or_default()} {multiline} {personal} {error} {oninput} />
                }
            }).collect::<Html>()
        }
        _ => html! {},
    };
    html! {
        <div class="pick-question" data-key={question.key.clone()}>
            <label class="check">
                <input type="checkbox" checked={position.is_some()} onchange={toggle} />
                <span>{ question_html(question, &values) }</span>
            </label>
            { fields }
        </div>
    }
}
