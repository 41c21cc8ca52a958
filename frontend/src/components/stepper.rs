//! The steps of a composer as buttons: the current one marked, those holding a problem said
//! so (once sending was tried), those that cannot change disabled. The request composer and
//! the alert composer show their steps with it.

use yew::prelude::*;

use crate::i18n::I18n;
use crate::t;

/// One step as the stepper shows it.
#[derive(Clone, PartialEq)]
pub struct StepItem {
    /// Its title, translated.
    pub title: String,
    /// Whether a problem is in it.
    pub attention: bool,
    /// Whether it cannot be opened (a sent alert's kind).
    pub locked: bool,
}

#[derive(Properties, PartialEq)]
pub struct StepperProps {
    pub steps: Vec<StepItem>,
    /// The index of the step shown.
    pub current: usize,
    /// Called with the index of the step chosen.
    pub onselect: Callback<usize>,
    /// The buttons' ids are `{id_prefix}{number}`, when given.
    #[prop_or_default]
    pub id_prefix: Option<&'static str>,
}

#[function_component(Stepper)]
pub fn stepper(props: &StepperProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    html! {
        <ol class="stepper" aria-label={t!(i18n, "compose-steps")}>
            { for props.steps.iter().enumerate().map(|(index, step)| {
                let current = index == props.current;
                let onclick = props.onselect.reform(move |_| index);
                let id = props.id_prefix.map(|prefix| format!("{prefix}{}", index + 1));
                html! {
                    <li class={classes!("stepper__step", current.then_some("stepper__step--current"), step.attention.then_some("stepper__step--attention"))}>
                        <button type="button" class="stepper__button" {id} aria-current={current.then_some("step")}
                            disabled={step.locked} {onclick}>
                            { format!("{}. ", index + 1) }{ &step.title }
                            if step.attention {
                                <span class="stepper__attention" aria-hidden="true">{ " !" }</span>
                                <span class="visually-hidden">{ " " }{ t!(i18n, "compose-step-attention") }</span>
                            }
                        </button>
                    </li>
                }
            }) }
        </ol>
    }
}
