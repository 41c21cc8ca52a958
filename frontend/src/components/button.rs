use yew::prelude::*;

/// The button's emphasis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[allow(
    dead_code,
    reason = "part of the design system; not every kind is used by the first pages"
)]
pub enum ButtonKind {
    /// The one main action of a view.
    #[default]
    Primary,
    /// Other actions.
    Secondary,
    /// An action that reads as a link.
    Ghost,
}

#[derive(Properties, PartialEq)]
pub struct ButtonProps {
    pub children: Children,
    #[prop_or_default]
    pub kind: ButtonKind,
    /// `submit` inside forms.
    #[prop_or(false)]
    pub submit: bool,
    /// Shows the work in progress and refuses further clicks.
    #[prop_or(false)]
    pub busy: bool,
    /// Refuses clicks while there is nothing to do (no authority chosen).
    #[prop_or(false)]
    pub disabled: bool,
    #[prop_or_default]
    pub onclick: Callback<MouseEvent>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// A button of the design system: at least 44 px high for touch screens.
#[function_component(Button)]
pub fn button(props: &ButtonProps) -> Html {
    let class = classes!(
        "btn",
        match props.kind {
            ButtonKind::Primary => "btn--primary",
            ButtonKind::Secondary => "btn--secondary",
            ButtonKind::Ghost => "btn--ghost",
        },
        props.busy.then_some("btn--busy")
    );
    html! {
        <button
            id={props.id.clone()}
            {class}
            type={if props.submit { "submit" } else { "button" }}
            disabled={props.busy || props.disabled}
            aria-busy={props.busy.to_string()}
            onclick={props.onclick.clone()}
        >
            { for props.children.iter() }
        </button>
    }
}
