//! The question catalogue in the reader's language: what can be asked, by legislative area
//! and topic, with each question's answer type and, for choices, its options.

use shared::LegislativeArea;
use shared::dto::{CatalogueView, QuestionView};
use shared::placeholder::{Template, render};
use std::collections::BTreeMap;
use yew::prelude::*;

use crate::components::{Badge, BadgeTone, QuestionText, use_toasts};
use crate::i18n::I18n;
use crate::labels::{area_message_id, error_text};
use crate::t;

#[function_component(CataloguePage)]
pub fn catalogue_page() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let toasts = use_toasts();
    let view = use_state(|| None::<CatalogueView>);
    let area = use_state(|| LegislativeArea::parse("services").expect("a known area"));

    // Fetched again whenever the interface language changes.
    {
        let (view, toasts, i18n) = (view.clone(), toasts.clone(), i18n.clone());
        use_effect_with(i18n.language(), move |language| {
            let language = *language;
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::catalogue(language).await {
                    Ok(loaded) => view.set(Some(loaded)),
                    Err(failure) => toasts.error(error_text(&i18n, &failure)),
                }
            });
        });
    }

    let onchange = {
        let area = area.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Ok(chosen) = LegislativeArea::parse(&select.value()) {
                area.set(chosen);
            }
        })
    };

    let body = match &*view {
        None => html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> },
        Some(view) => {
            let shown = view.areas.iter().find(|a| a.area == *area);
            let count: usize =
                shown.map_or(0, |a| a.topics.iter().map(|t| t.questions.len()).sum());
            html! {
                <>
                    <p class="muted" id="question-count">{ t!(i18n, "catalogue-count", count = count) }</p>
                    { for shown.into_iter().flat_map(|a| a.topics.iter()).map(|topic| html! {
                        <section class="topic" key={topic.key.clone()}>
                            <h2 class="topic__title">{ &topic.name }</h2>
                            <ol class="question-list">
                                { for topic.questions.iter().map(|question| question_item(&i18n, &view.answers, question)) }
                            </ol>
                        </section>
                    }) }
                </>
            }
        }
    };

    html! {
        <div class="page">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "catalogue-title") }</h1>
            </div>
            <p class="page__intro">{ t!(i18n, "catalogue-intro") }</p>
            <div class="field field--inline">
                <label class="field__label" for="area">{ t!(i18n, "catalogue-area-label") }</label>
                <select id="area" class="field__input" {onchange}>
                    { for LegislativeArea::all().map(|a| html! {
                        <option value={a.as_str()} selected={a == *area}>{ i18n.dynamic(&area_message_id(a), &[]) }</option>
                    }) }
                </select>
            </div>
            { body }
        </div>
    }
}

fn question_item(i18n: &I18n, answers: &BTreeMap<String, String>, question: &QuestionView) -> Html {
    // The question as a requester sees it before filling it in: placeholders show their label.
    let text = match Template::parse(&question.text) {
        Ok(template) => html! { <QuestionText segments={render(&template, &BTreeMap::new())} /> },
        Err(_) => html! { { &question.text } },
    };
    let answer_type = i18n.dynamic(&format!("answer-type-{}", question.answer.as_str()), &[]);
    // A measurement names its unit by its international symbol, the same in every language.
    let answer_type = match question.unit {
        Some(unit) => format!("{answer_type} ({})", unit.symbol()),
        None => answer_type,
    };
    let yes_no = (question.answer == shared::catalogue::AnswerType::YesNo).then(|| {
        ["yes", "no", "unknown"]
            .iter()
            .filter_map(|k| answers.get(*k).cloned())
            .collect::<Vec<_>>()
            .join(" / ")
    });
    html! {
        <li class="question" key={question.key.clone()} data-key={question.key.clone()}>
            <p class="question__text">{ text }</p>
            <div class="question__meta">
                <Badge label={answer_type} tone={BadgeTone::Neutral} />
                if let Some(choices) = yes_no {
                    <span class="muted">{ choices }</span>
                }
                if !question.options.is_empty() {
                    <span class="muted">{ question.options.iter().map(|o| o.label.clone()).collect::<Vec<_>>().join(" / ") }</span>
                }
            </div>
        </li>
    }
}
