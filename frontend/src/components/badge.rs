use yew::prelude::*;

/// The colour family of a badge; each has text and background colours of sufficient contrast.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[allow(
    dead_code,
    reason = "request states use every tone; the first pages use fewer"
)]
pub enum BadgeTone {
    /// Neutral information.
    #[default]
    Neutral,
    /// Waiting for someone.
    Info,
    /// Done.
    Success,
    /// Needs attention soon.
    Warning,
    /// Overdue or failed.
    Danger,
}

#[derive(Properties, PartialEq)]
pub struct BadgeProps {
    pub label: AttrValue,
    #[prop_or_default]
    pub tone: BadgeTone,
}

/// A short state label, such as a request's state.
#[function_component(Badge)]
pub fn badge(props: &BadgeProps) -> Html {
    let tone = match props.tone {
        BadgeTone::Neutral => "badge--neutral",
        BadgeTone::Info => "badge--info",
        BadgeTone::Success => "badge--success",
        BadgeTone::Warning => "badge--warning",
        BadgeTone::Danger => "badge--danger",
    };
    html! { <span class={classes!("badge", tone)}>{ props.label.clone() }</span> }
}
