//! A question's text as the reader sees it, wherever a question is shown (the catalogue, the
//! template check, the composer, the request page): values stand out, placeholders still to
//! fill show their label in the reader's language.

use shared::placeholder::{RenderedSegment, without_brackets};
use yew::prelude::*;

use crate::i18n::I18n;
use crate::labels::placeholder_label;

#[derive(Properties, PartialEq)]
pub struct QuestionTextProps {
    /// The question rendered with its values (`shared::placeholder::render`).
    pub segments: Vec<RenderedSegment>,
}

/// The segments of a rendered question, without the template's brackets around a value
/// (the highlight marks it instead).
#[function_component(QuestionText)]
pub fn question_text(props: &QuestionTextProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    html! {
        { for without_brackets(props.segments.clone()).into_iter().map(|segment| match segment {
            RenderedSegment::Text { text } => html! { { text } },
            RenderedSegment::Value { value, .. } => html! { <mark class="value">{ value }</mark> },
            RenderedSegment::Missing { name } => html! {
                <span class="preview__missing">{ placeholder_label(&i18n, name.as_str()) }</span>
            },
        }) }
    }
}
