//! Writing a question template and trying it with values: the shared crate's rules run on
//! every keystroke, and "check on the server" sends the same input to the API, which applies
//! the very same function. The page holds the template and the values; the value fields and
//! the preview are components of their own.

use shared::placeholder::{
    Completeness, PlaceholderDef, PlaceholderError, Registry, Template, TemplateCheckRequest,
    TemplateError, ValueKind, check_template, render,
};
use std::collections::BTreeMap;
use yew::prelude::*;

use crate::components::{Button, Field, QuestionText};
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::labels::{error_text, value_error_text};
use crate::t;

/// The translated message for a template error; positions are shown counted from 1.
fn template_error_text(i18n: &I18n, error: &TemplateError) -> String {
    let args = [
        ("position", (error.position + 1).to_string()),
        ("name", error.name.clone().unwrap_or_default()),
    ];
    i18n.dynamic(&error.code.message_id(), &args)
}

#[function_component(QuestionCheck)]
pub fn question_check() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let template = use_state(String::new);
    let values = use_state(BTreeMap::<String, String>::new);
    // Until the user asks for the check, an empty value is not yet an error.
    let submitted = use_state(|| false);
    let server_failure = use_state(|| None::<crate::api::ApiFailure>);

    let completeness = if *submitted {
        Completeness::Complete
    } else {
        Completeness::Draft
    };
    let errors = check_template(&template, &values, completeness)
        .err()
        .unwrap_or_default();
    // Any edit makes the server's last refusal stale.
    let on_template = {
        let (template, server_failure) = (template.clone(), server_failure.clone());
        Callback::from(move |text: String| {
            server_failure.set(None);
            template.set(text);
        })
    };
    let on_value = {
        let (values, server_failure) = (values.clone(), server_failure.clone());
        Callback::from(move |(name, text): (String, String)| {
            let mut next = (*values).clone();
            next.insert(name, text);
            server_failure.set(None);
            values.set(next);
        })
    };
    let onsubmit = {
        let (template, values, submitted) = (template.clone(), values.clone(), submitted.clone());
        let (server_failure, i18n) = (server_failure.clone(), i18n.clone());
        let api = api.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            submitted.set(true);
            // The same check as the server's: nothing is sent that it would refuse.
            if check_template(&template, &values, Completeness::Complete).is_err() || api.busy() {
                return;
            }
            let request = TemplateCheckRequest {
                template: (*template).clone(),
                values: (*values).clone(),
            };
            let (toasts, i18n, server_failure) =
                (api.toasts().clone(), i18n.clone(), server_failure.clone());
            api.run_or(
                async move { crate::api::check_template(&request).await },
                move |_| toasts.info(t!(i18n, "question-check-accepted")),
                move |failure| server_failure.set(Some(failure)),
            );
        })
    };

    html! {
        <div class="page page--narrow">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "question-check-title") }</h1>
            </div>
            <p class="page__intro">{ t!(i18n, "question-check-intro") }</p>
            if let Some(failure) = &*server_failure {
                <div class="alert alert--error" role="alert" id="server-error">
                    { error_text(&i18n, failure) }
                </div>
            }
            <form class="form card" {onsubmit} novalidate=true>
                <TemplateField value={(*template).clone()} errors={errors.template} oninput={on_template} />
                <ValueFields template={(*template).clone()} values={(*values).clone()}
                    errors={errors.values} oninput={on_value} />
                <Preview template={(*template).clone()} values={(*values).clone()} />
                <div class="form__actions">
                    <Button id={Some(AttrValue::from("check-submit"))} submit=true busy={api.busy()}>
                        { t!(i18n, "question-check-submit") }
                    </Button>
                </div>
            </form>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TemplateFieldProps {
    value: String,
    /// What is wrong with the template's syntax or names.
    errors: Vec<TemplateError>,
    oninput: Callback<String>,
}

/// The template's text, with the placeholders it may use as help and its errors together.
#[function_component(TemplateField)]
fn template_field(props: &TemplateFieldProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let error = (!props.errors.is_empty()).then(|| {
        AttrValue::from(
            props
                .errors
                .iter()
                .map(|e| template_error_text(&i18n, e))
                .collect::<Vec<_>>()
                .join(" "),
        )
    });
    let names: Vec<&str> = Registry::standard()
        .definitions()
        .iter()
        .map(|def| def.name)
        .collect();
    let help = t!(
        i18n,
        "question-check-template-help",
        names = names.join(", ")
    );
    html! {
        <Field id="template" label={t!(i18n, "question-check-template")} value={props.value.clone()}
            multiline=true help={Some(AttrValue::from(help))} {error} oninput={props.oninput.clone()} />
    }
}

#[derive(Properties, PartialEq)]
struct ValueFieldsProps {
    template: String,
    values: BTreeMap<String, String>,
    /// The values refused, each naming its placeholder.
    errors: Vec<PlaceholderError>,
    /// Called with a placeholder's name and the value typed for it.
    oninput: Callback<(String, String)>,
}

/// A field for each placeholder of the template, once it parses.
#[function_component(ValueFields)]
fn value_fields(props: &ValueFieldsProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let registry = Registry::standard();
    let Ok(parsed) = Template::parse_known(&props.template, registry) else {
        return html! {};
    };
    if parsed.placeholders().is_empty() {
        return html! { <p class="muted">{ t!(i18n, "question-check-no-placeholders") }</p> };
    }
    html! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{ t!(i18n, "question-check-values") }</legend>
            { for parsed.placeholders().into_iter().filter_map(|name| registry.get(name.as_str())).map(|def| {
                value_field(&i18n, def, props)
            }) }
        </fieldset>
    }
}

/// The field of one placeholder, of the input type its kind of value needs.
fn value_field(i18n: &I18n, def: &PlaceholderDef, props: &ValueFieldsProps) -> Html {
    let name = def.name.to_owned();
    let error = props
        .errors
        .iter()
        .find(|e| e.placeholder == name)
        .map(|e| AttrValue::from(value_error_text(i18n, e)));
    let oninput = {
        let name = name.clone();
        props.oninput.reform(move |text| (name.clone(), text))
    };
    let input_type = match def.kind {
        ValueKind::Date => "date",
        ValueKind::Email => "email",
        _ => "text",
    };
    let label = def.label(i18n.language()).to_owned();
    html! {
        <Field key={name.clone()} id={format!("value-{name}")} {label} personal={def.personal_data}
            value={props.values.get(&name).cloned().unwrap_or_default()}
            input_type={input_type} multiline={def.kind.is_multiline()}
            {error} {oninput} />
    }
}

#[derive(Properties, PartialEq)]
struct PreviewProps {
    template: String,
    values: BTreeMap<String, String>,
}

/// The question as it will read with the values typed so far.
#[function_component(Preview)]
fn preview(props: &PreviewProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let parsed = Template::parse_known(&props.template, Registry::standard());
    match parsed {
        Ok(parsed) if !props.template.trim().is_empty() => {
            let segments = render(&parsed, &props.values);
            html! {
                <section class="preview" aria-labelledby="preview-title">
                    <h2 class="preview__title" id="preview-title">{ t!(i18n, "question-check-preview") }</h2>
                    <p class="preview__question" id="preview">
                        <QuestionText {segments} />
                    </p>
                </section>
            }
        }
        _ => html! {},
    }
}
