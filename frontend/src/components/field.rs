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
    /// The on-screen keyboard a touch device shows (`decimal` for a measured value).
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    /// A translated error shown under the input; also marks the input invalid.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or(false)]
    pub required: bool,
    /// A text area instead of a one-line input (postal addresses, question texts).
    #[prop_or(false)]
    pub multiline: bool,
    /// Whether the field holds personal data: its label carries the mark.
    #[prop_or(false)]
    pub personal: bool,
    /// A translated hint under the label.
    #[prop_or_default]
    pub help: Option<AttrValue>,
}

/// What describes a form control: its error first, so a screen reader says what is wrong
/// before the general hint, then its hint.
pub(super) fn described_by(
    error_id: &str,
    has_error: bool,
    help_id: &str,
    has_help: bool,
) -> Option<AttrValue> {
    let ids: Vec<&str> = [(has_error, error_id), (has_help, help_id)]
        .into_iter()
        .filter_map(|(shown, id)| shown.then_some(id))
        .collect();
    (!ids.is_empty()).then(|| AttrValue::from(ids.join(" ")))
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
    let described_by = described_by(
        &error_id,
        props.error.is_some(),
        &help_id,
        props.help.is_some(),
    );
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field--invalid"))}>
            <label class="field__label" for={props.id.clone()}>
                { props.label.clone() }
                if props.personal { { " " }<super::PersonalMark /> }
            </label>
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
                    inputmode={props.inputmode.clone()}
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
