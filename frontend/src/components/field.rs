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
}

/// A labelled input with its inline error, wired for screen readers.
#[function_component(Field)]
pub fn field(props: &FieldProps) -> Html {
    let error_id = format!("{}-error", props.id);
    let oninput = {
        let callback = props.oninput.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            callback.emit(input.value());
        })
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field--invalid"))}>
            <label class="field__label" for={props.id.clone()}>{ props.label.clone() }</label>
            <input
                class="field__input"
                id={props.id.clone()}
                name={props.id.clone()}
                type={props.input_type.clone()}
                value={props.value.clone()}
                autocomplete={props.autocomplete.clone()}
                required={props.required}
                aria-invalid={props.error.is_some().to_string()}
                aria-describedby={props.error.as_ref().map(|_| AttrValue::from(error_id.clone()))}
                {oninput}
            />
            if let Some(error) = &props.error {
                <p class="field__error" id={error_id}>{ error.clone() }</p>
            }
        </div>
    }
}
