//! The composer's steps that write the alert: its kind, its fixed fields by type, and the
//! review with the comment, the reason when late and what is still missing.

use shared::CountryCode;
use shared::alert::{FieldType, Recipients};
use shared::dto::{AlertFieldView, AlertKindView};
use shared::request::LangText;
use shared::taxonomy::ConceptKind;
use yew::prelude::*;

use super::{Step, StepProps, days_left};
use crate::components::{DateField, Field, PersonalLegend, SelectField};
use crate::i18n::I18n;
use crate::labels::{country_text, field_error_text};
use crate::t;

/// The kinds, each with when to send it and the law it rests on. Choosing another kind
/// starts its fields afresh: the fields of one kind mean nothing in another.
#[function_component(KindStep)]
pub fn kind_step(props: &StepProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let Some(kinds) = props.labels.kinds.clone() else {
        return html! {};
    };
    let current = props.composer.draft.kind.clone();
    html! {
        <fieldset class="fieldset">
            <legend class="visually-hidden">{ t!(i18n, "alert-step-kind") }</legend>
            if let Some(error) = props.error(&i18n, "kind") {
                <p class="field__error" role="alert">{ error }</p>
            }
            <div class="kind-list" id="alert-kinds">
                { for kinds.kinds.iter().map(|kind| {
                    let id = format!("alert-kind-{}", kind.id);
                    let onchange = {
                        let kind_id = kind.id.clone();
                        props.edit(move |draft, _: Event| {
                            if draft.kind != kind_id {
                                draft.kind = kind_id.clone();
                                draft.fields.clear();
                                draft.countries.clear();
                            }
                        })
                    };
                    html! {
                        <label class={classes!("kind-option", (current == kind.id).then_some("kind-option--chosen"))} for={id.clone()} key={kind.id.clone()}>
                            <input type="radio" name="alert-kind" id={id} value={kind.id.clone()} checked={current == kind.id} {onchange} />
                            <span class="kind-option__text">
                                <span class="kind-option__name">{ &kind.name }</span>
                                <span class="kind-option__description">{ &kind.description }</span>
                                <span class="muted">{ t!(i18n, "alert-kind-legal-basis", basis = kind.legal_basis.clone()) }</span>
                            </span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// The kind's fixed fields, each written as its type asks.
#[function_component(FieldsStep)]
pub fn fields_step(props: &StepProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let Some(kind) = &props.kind else {
        return html! { <p class="muted">{ t!(i18n, "alert-choose-kind-first") }</p> };
    };
    let composer = &props.composer;
    let due = days_left(
        kind,
        &composer.draft,
        composer.sent_on.unwrap_or_else(crate::format::today),
    );
    html! {
        <>
            <PersonalLegend text={AttrValue::from(t!(i18n, "alert-personal-hidden"))} />
            if let Some(days) = due.filter(|_| !composer.modifying) {
                <p class={classes!("notice", (days < 0).then_some("notice--warning"))} id="alert-days-left" role="status">
                    { super::super::view::due_text(&i18n, days) }
                </p>
            }
            { for kind.fields.iter().map(|field| field_input(&i18n, props, kind, field)) }
        </>
    }
}

/// One fixed field's input.
fn field_input(
    i18n: &I18n,
    props: &StepProps,
    kind: &AlertKindView,
    field: &AlertFieldView,
) -> Html {
    let id = AttrValue::from(format!("alert-field-{}", field.id));
    let name = format!("fields.{}", field.id);
    let value = props
        .composer
        .draft
        .fields
        .get(&field.id)
        .cloned()
        .unwrap_or_default();
    let error = props.error(i18n, &name);
    let label = if field.required {
        AttrValue::from(t!(
            i18n,
            "alert-field-required",
            label = field.label.clone()
        ))
    } else {
        AttrValue::from(field.label.clone())
    };
    let set = {
        let field_id = field.id.clone();
        props.edit(move |draft, value: String| {
            if value.trim().is_empty() {
                draft.fields.remove(&field_id);
            } else {
                draft.fields.insert(field_id.clone(), value);
            }
        })
    };
    let personal = field.personal;
    match field.field_type {
        FieldType::Text => html! {
            <Field {id} {label} {personal} value={value} {error} oninput={set} />
        },
        FieldType::LongText => html! {
            <Field {id} {label} {personal} multiline=true value={value} {error} oninput={set} />
        },
        FieldType::Date => html! {
            <DateField {id} {label} {personal} value={value} {error} oninput={set} />
        },
        FieldType::Choice => {
            let options = field
                .options
                .iter()
                .map(|o| (o.key.clone(), o.label.clone()))
                .collect::<Vec<_>>();
            html! {
                <SelectField {id} {label} {options} value={value} empty={AttrValue::from(t!(i18n, "alert-choose"))}
                    error={error.map(|e| html! { { e } })} onchange={set} />
            }
        }
        FieldType::Profession | FieldType::Activity => {
            let wanted = if field.field_type == FieldType::Profession {
                ConceptKind::Profession
            } else {
                ConceptKind::Activity
            };
            // The concepts of the kind's area first; all of the type when the taxonomy files
            // none under the area.
            let of_type = props.labels.concepts.iter().filter(|c| c.kind == wanted);
            let in_area: Vec<_> = of_type
                .clone()
                .filter(|c| c.areas.contains(&kind.area))
                .collect();
            let shown: Vec<_> = if in_area.is_empty() {
                of_type.collect()
            } else {
                in_area
            };
            let options = shown
                .into_iter()
                .map(|c| (c.id.clone(), c.label.clone()))
                .collect::<Vec<_>>();
            html! {
                <SelectField {id} {label} {options} value={value} empty={AttrValue::from(t!(i18n, "alert-choose"))}
                    error={error.map(|e| html! { { e } })} onchange={set} />
            }
        }
        FieldType::Country => {
            let mut options: Vec<(String, String)> = CountryCode::all()
                .map(|c| (c.as_str().to_owned(), country_text(i18n, c)))
                .collect();
            options.sort_by(|a, b| a.1.cmp(&b.1));
            html! {
                <SelectField {id} {label} {options} value={value} empty={AttrValue::from(t!(i18n, "alert-choose"))}
                    error={error.map(|e| html! { { e } })} onchange={set} />
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub step: StepProps,
    /// Whether the sending country's alert coordinator approves before it goes.
    pub approval: bool,
}

/// Where a problem's field is, in words.
fn problem_place(i18n: &I18n, kind: Option<&AlertKindView>, field: &str) -> String {
    if let Some(id) = field.strip_prefix("fields.") {
        return kind
            .and_then(|k| k.fields.iter().find(|f| f.id == id))
            .map_or_else(|| id.to_owned(), |f| f.label.clone());
    }
    match field {
        "comment.text" | "comment" => t!(i18n, "alert-comment"),
        "late_reason.text" => t!(i18n, "alert-late-reason"),
        other => Step::of_field(other).title(i18n),
    }
}

/// The comment, the reason when late, where it goes, and what is still missing.
#[function_component(Review)]
pub fn review(props: &ReviewProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let step = &props.step;
    let draft = &step.composer.draft;
    let language = i18n.language();
    let lang_text = |apply: fn(&mut shared::alert::AlertDraftInput, Option<LangText>)| {
        step.edit(move |draft, text: String| {
            let value = (!text.is_empty()).then_some(LangText { text, language });
            apply(draft, value);
        })
    };
    let on = step.composer.sent_on.unwrap_or_else(crate::format::today);
    let due = step
        .kind
        .as_ref()
        .and_then(|kind| days_left(kind, draft, on));
    let late = due.is_some_and(|days| days < 0) || draft.late_reason.is_some();
    let goes_to = match &step.kind {
        Some(kind) if kind.recipients == Recipients::All => t!(i18n, "alert-countries-all"),
        Some(kind) => {
            let mut countries: Vec<CountryCode> = draft
                .countries
                .iter()
                .filter_map(|c| CountryCode::parse(c).ok())
                .chain(
                    kind.always_to
                        .as_ref()
                        .and_then(|id| draft.fields.get(id))
                        .and_then(|c| CountryCode::parse(c).ok()),
                )
                .collect();
            countries.sort();
            countries.dedup();
            if countries.is_empty() {
                t!(i18n, "alert-countries-none")
            } else {
                t!(
                    i18n,
                    "alert-goes-to",
                    countries = countries
                        .iter()
                        .map(|c| country_text(&i18n, *c))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        }
        None => String::new(),
    };
    let problems: Vec<_> = if step.composer.show_all {
        step.errors.iter().collect()
    } else {
        Vec::new()
    };
    html! {
        <>
            <Field id="alert-comment" label={t!(i18n, "alert-comment")} multiline=true personal=true
                help={t!(i18n, "alert-comment-help")}
                value={draft.comment.as_ref().map(|c| c.text.clone()).unwrap_or_default()}
                error={step.error(&i18n, "comment.text")} oninput={lang_text(|d, v| d.comment = v)} />
            if late {
                if let Some(days) = due.filter(|_| !step.composer.modifying) {
                    <p class="notice notice--warning" id="alert-late-notice">{ super::super::view::due_text(&i18n, days) }</p>
                }
                <Field id="alert-late-reason" label={t!(i18n, "alert-late-reason")} multiline=true
                    value={draft.late_reason.as_ref().map(|c| c.text.clone()).unwrap_or_default()}
                    error={step.error(&i18n, "late_reason.text")} oninput={lang_text(|d, v| d.late_reason = v)} />
            }
            <p id="alert-goes-to">{ goes_to }</p>
            if props.approval && !step.composer.modifying {
                <p class="notice" id="alert-approval-note">{ t!(i18n, "alert-approval-note") }</p>
            }
            if step.composer.modifying {
                <p class="notice" id="alert-modify-note">{ t!(i18n, "alert-modify-note") }</p>
            }
            if !problems.is_empty() {
                <div class="error-summary" role="alert" id="alert-problems">
                    <h3 class="section__subtitle">{ t!(i18n, "alert-problems") }</h3>
                    <ul>
                        { for problems.into_iter().map(|e| {
                            let to = Step::of_field(&e.field);
                            let composer = step.composer.clone();
                            let onclick = Callback::from(move |_| {
                                let mut next = (*composer).clone();
                                next.step = to;
                                composer.set(next);
                            });
                            html! {
                                <li>
                                    <button type="button" class="link-button" {onclick}>
                                        { problem_place(&i18n, step.kind.as_ref(), &e.field) }
                                    </button>
                                    { ": " }{ field_error_text(&i18n, e) }
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
        </>
    }
}
