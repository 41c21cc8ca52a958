//! The mark of personal data (`shared::personal`) beside every field that holds it, and the
//! legend that says what the mark means. The mark is an icon with its meaning as its
//! accessible name, so a screen reader says "personal data" where a sighted reader sees it.

use yew::prelude::*;

use crate::i18n::I18n;
use crate::t;

/// The icon: a person's outline in a shield, drawn in the text's colour.
fn icon() -> Html {
    html! {
        <svg class="personal-mark__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M8 1 2.5 3v4.2c0 3.4 2.3 6.3 5.5 7.3 3.2-1 5.5-3.9 5.5-7.3V3L8 1Z" fill="none" stroke="currentColor" stroke-width="1.3" stroke-linejoin="round"/>
            <circle cx="8" cy="6.3" r="1.8" fill="currentColor"/>
            <path d="M4.9 11c.6-1.6 1.7-2.4 3.1-2.4s2.5.8 3.1 2.4" fill="none" stroke="currentColor" stroke-width="1.3" stroke-linecap="round"/>
        </svg>
    }
}

/// The mark, after a label or a heading.
#[function_component(PersonalMark)]
pub fn personal_mark() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let name = t!(i18n, "personal-data-mark");
    html! {
        <span class="personal-mark" role="img" aria-label={name.clone()} title={name}>{ icon() }</span>
    }
}

#[derive(Properties, PartialEq)]
pub struct PersonalLegendProps {
    /// Who sees the data, where it is not a request's parties (an alert's need to know).
    #[prop_or_default]
    pub text: Option<AttrValue>,
}

/// What the mark means, once per form or page.
#[function_component(PersonalLegend)]
pub fn personal_legend(props: &PersonalLegendProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    html! {
        <p class="personal-legend">
            <span class="personal-mark" aria-hidden="true">{ icon() }</span>
            <span>{ props.text.clone().unwrap_or_else(|| t!(i18n, "personal-data-legend").into()) }</span>
        </p>
    }
}
