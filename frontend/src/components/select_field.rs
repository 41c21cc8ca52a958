//! A labelled `<select>` beside [`Field`](super::Field): the same label, help and error
//! wiring, so every choice in a form reads the same to a screen reader.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    /// The select's id; the label and the error refer to it.
    pub id: AttrValue,
    pub label: AttrValue,
    /// The choices as (value, translated label).
    pub options: Vec<(String, String)>,
    /// The value chosen; empty for none.
    pub value: AttrValue,
    pub onchange: Callback<String>,
    /// The text of a first, empty choice ("Choose…"); none when a value is always chosen.
    #[prop_or_default]
    pub empty: Option<AttrValue>,
    /// Whether the empty choice may be picked again once something is chosen (a filter's
    /// "all") or only shows until a choice is made (a required rating).
    #[prop_or(true)]
    pub empty_selectable: bool,
    /// A translated error shown under the select; also marks it invalid.
    #[prop_or_default]
    pub error: Option<Html>,
    /// A translated hint under the label.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    #[prop_or(false)]
    pub required: bool,
}

/// A labelled select with its inline error.
#[function_component(SelectField)]
pub fn select_field(props: &SelectFieldProps) -> Html {
    let error_id = format!("{}-error", props.id);
    let help_id = format!("{}-help", props.id);
    let onchange = {
        let callback = props.onchange.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            callback.emit(select.value());
        })
    };
    let described_by = super::field::described_by(
        &error_id,
        props.error.is_some(),
        &help_id,
        props.help.is_some(),
    );
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field--invalid"))}>
            <label class="field__label" for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(help) = &props.help {
                <p class="field__help" id={help_id}>{ help.clone() }</p>
            }
            <select class="field__input" id={props.id.clone()} name={props.id.clone()}
                required={props.required}
                aria-invalid={props.error.is_some().to_string()}
                aria-describedby={described_by} {onchange}>
                if let Some(empty) = &props.empty {
                    <option value="" selected={props.value.is_empty()}
                        disabled={!props.empty_selectable}>{ empty.clone() }</option>
                }
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*props.value == **value}>{ label }</option>
                }) }
            </select>
            if let Some(error) = &props.error {
                <div class="field__error" id={error_id}>{ error.clone() }</div>
            }
        </div>
    }
}
