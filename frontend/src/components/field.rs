use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    /// The input's id; the label and the error refer to it.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    /// A translated error shown under the input; also marks the input invalid.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or(false)]
    pub required: bool,
    /// A text area instead of a one-line input (postal addresses, question texts).
    #[prop_or(false)]
    pub multiline: bool,
    /// A translated hint under the label.
    #[prop_or_default]
    pub help: Option<AttrValue>,
}

/// A labelled input with its inline error, wired for screen readers.
#[function_component(Field)]
pub fn field(props: &FieldProps) -> Html {
    let error_id = format!("{}-error", props.id);
    let help_id = format!("{}-help", props.id);
    let oninput = {
        let (callback, multiline) = (props.oninput.clone(), props.multiline);
        Callback::from(move |event: InputEvent| {
            let value = if multiline {
                event
                    .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value()
            } else {
                event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value()
            };
            callback.emit(value);
        })
    };
    // The error first, so a screen reader says what is wrong before the general hint.
    let described_by: Vec<String> = props
        .error
        .as_ref()
        .map(|_| error_id.clone())
        .into_iter()
        .chain(props.help.as_ref().map(|_| help_id.clone()))
        .collect();
    let described_by = (!described_by.is_empty()).then(|| AttrValue::from(described_by.join(" ")));
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field--invalid"))}>
            <label class="field__label" for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(help) = &props.help {
                <p class="field__help" id={help_id.clone()}>{ help.clone() }</p>
            }
            if props.multiline {
                <textarea
                    class="field__input field__input--multiline"
                    id={props.id.clone()}
                    name={props.id.clone()}
                    value={props.value.clone()}
                    required={props.required}
                    rows="3"
                    aria-invalid={props.error.is_some().to_string()}
                    aria-describedby={described_by.clone()}
                    {oninput}
                />
            } else {
                <input
                    class="field__input"
                    id={props.id.clone()}
                    name={props.id.clone()}
                    type={props.input_type.clone()}
                    value={props.value.clone()}
                    autocomplete={props.autocomplete.clone()}
                    required={props.required}
                    aria-invalid={props.error.is_some().to_string()}
                    aria-describedby={described_by}
                    {oninput}
                />
            }
            if let Some(error) = &props.error {
                <p class="field__error" id={error_id}>{ error.clone() }</p>
            }
        </div>
    }
}
