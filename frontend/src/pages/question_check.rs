//! Writing a question template and trying it with values: the shared crate's rules run on
//! every keystroke, and "check on the server" sends the same input to the API, which applies
//! the very same function.

use shared::placeholder::{
    Completeness, PlaceholderError, Registry, RenderedSegment, Template, TemplateCheckRequest,
    TemplateError, ValueKind, check_template, render,
};
use std::collections::BTreeMap;
use yew::prelude::*;

use crate::components::{Button, Field, use_toasts};
use crate::i18n::I18n;
use crate::pages::error_text;
use crate::t;

/// The translated message for a refused value.
pub fn value_error_text(i18n: &I18n, error: &PlaceholderError) -> String {
    let label = Registry::standard().get(&error.placeholder).map_or_else(
        || error.placeholder.clone(),
        |def| def.label(i18n.language()).to_owned(),
    );
    let mut args = vec![("label", label)];
    if let (Some(max), Some(length)) = (error.max_length, error.length) {
        args.push(("max", max.to_string()));
        args.push(("length", length.to_string()));
    }
    i18n.dynamic(&error.code.message_id(), &args)
}

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
    let toasts = use_toasts();
    let template = use_state(String::new);
    let values = use_state(BTreeMap::<String, String>::new);
    // Until the user asks for the check, an empty value is not yet an error.
    let submitted = use_state(|| false);
    let busy = use_state(|| false);
    let server_failure = use_state(|| None::<crate::api::ApiFailure>);

    let registry = Registry::standard();
    let completeness = if *submitted {
        Completeness::Complete
    } else {
        Completeness::Draft
    };
    let parsed = Template::parse_known(&template, registry);
    let errors = check_template(&template, &values, completeness)
        .err()
        .unwrap_or_default();

    let on_template = {
        let (template, server_failure) = (template.clone(), server_failure.clone());
        Callback::from(move |text: String| {
            server_failure.set(None);
            template.set(text);
        })
    };

    let template_error = (!errors.template.is_empty()).then(|| {
        AttrValue::from(
            errors
                .template
                .iter()
                .map(|e| template_error_text(&i18n, e))
                .collect::<Vec<_>>()
                .join(" "),
        )
    });

    let names: Vec<&str> = registry.definitions().iter().map(|def| def.name).collect();
    let help = t!(
        i18n,
        "question-check-template-help",
        names = names.join(", ")
    );

    let value_fields = match &parsed {
        Err(_) => html! {},
        Ok(parsed) if parsed.placeholders().is_empty() => html! {
            <p class="muted">{ t!(i18n, "question-check-no-placeholders") }</p>
        },
        Ok(parsed) => html! {
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{ t!(i18n, "question-check-values") }</legend>
                { for parsed.placeholders().into_iter().filter_map(|name| registry.get(name.as_str())).map(|def| {
                    let name = def.name.to_owned();
                    let error = errors.values.iter().find(|e| e.placeholder == name)
                        .map(|e| AttrValue::from(value_error_text(&i18n, e)));
                    let oninput = {
                        let (values, server_failure, name) = (values.clone(), server_failure.clone(), name.clone());
                        Callback::from(move |text: String| {
                            let mut next = (*values).clone();
                            next.insert(name.clone(), text);
                            server_failure.set(None);
                            values.set(next);
                        })
                    };
                    let input_type = match def.kind {
                        ValueKind::Date => "date",
                        ValueKind::Email => "email",
                        _ => "text",
                    };
                    let label = if def.personal_data {
                        t!(i18n, "question-check-personal-label", label = def.label(i18n.language()).to_owned())
                    } else {
                        def.label(i18n.language()).to_owned()
                    };
                    html! {
                        <Field key={name.clone()} id={format!("value-{name}")} {label}
                            value={values.get(&name).cloned().unwrap_or_default()}
                            input_type={input_type} multiline={def.kind.is_multiline()}
                            {error} {oninput} />
                    }
                }) }
            </fieldset>
        },
    };

    let preview = match &parsed {
        Ok(parsed) if !template.trim().is_empty() => {
            let segments = render(parsed, &*values);
            html! {
                <section class="preview" aria-labelledby="preview-title">
                    <h2 class="preview__title" id="preview-title">{ t!(i18n, "question-check-preview") }</h2>
                    <p class="preview__question" id="preview">
                        { for segments.into_iter().map(|segment| match segment {
                            RenderedSegment::Text { text } => html! { { text } },
                            RenderedSegment::Value { value, .. } => html! { <mark class="preview__value">{ value }</mark> },
                            RenderedSegment::Missing { name } => {
                                let label = registry.get(name.as_str()).map_or_else(|| name.to_string(), |def| def.label(i18n.language()).to_owned());
                                html! { <span class="preview__missing">{ label }</span> }
                            }
                        }) }
                    </p>
                </section>
            }
        }
        _ => html! {},
    };

    let onsubmit = {
        let (template, values, submitted, busy, server_failure) = (
            template.clone(),
            values.clone(),
            submitted.clone(),
            busy.clone(),
            server_failure.clone(),
        );
        let (toasts, i18n) = (toasts.clone(), i18n.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            submitted.set(true);
            // The same check as the server's: nothing is sent that it would refuse.
            if check_template(&template, &values, Completeness::Complete).is_err() || *busy {
                return;
            }
            busy.set(true);
            let request = TemplateCheckRequest {
                template: (*template).clone(),
                values: (*values).clone(),
            };
            let (busy, server_failure, toasts, i18n) = (
                busy.clone(),
                server_failure.clone(),
                toasts.clone(),
                i18n.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::check_template(&request).await {
                    Ok(_) => toasts.info(t!(i18n, "question-check-accepted")),
                    Err(failure) => server_failure.set(Some(failure)),
                }
                busy.set(false);
            });
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
                <Field id="template" label={t!(i18n, "question-check-template")} value={(*template).clone()}
                    multiline=true help={Some(AttrValue::from(help))} error={template_error} oninput={on_template} />
                { value_fields }
                { preview }
                <div class="form__actions">
                    <Button id={Some(AttrValue::from("check-submit"))} submit=true busy={*busy}>
                        { t!(i18n, "question-check-submit") }
                    </Button>
                </div>
            </form>
        </div>
    }
}
