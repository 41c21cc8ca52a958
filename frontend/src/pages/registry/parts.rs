//! The authority form's groups of fields: other names, legislative areas, competences, the
//! area-coordinator flag and the first administrator.

use shared::LanguageCode;
use shared::LegislativeArea;
use shared::registry::{
    AuthorityInput, AuthorityLevel, AuthorityName, ConceptOption, CoordinatorKind, Invitee,
};
use std::rc::Rc;
use yew::prelude::*;

use crate::components::{Field, SelectField};
use crate::i18n::I18n;
use crate::labels::{area_text, level_text};
use crate::pages::{edit, language_select};
use crate::t;

/// Each field's problem in words, by the field's name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormErrors(pub Rc<Vec<(String, String)>>);

impl FormErrors {
    /// The problem of `field`, if any.
    pub fn get(&self, field: &str) -> Option<AttrValue> {
        self.0
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, text)| AttrValue::from(text.clone()))
    }
}

#[derive(Properties, PartialEq)]
pub struct InputProps {
    pub input: UseStateHandle<AuthorityInput>,
    pub errors: FormErrors,
}

/// Who and where the authority is: its names, city, territory and contact details.
#[function_component(IdentityFields)]
pub fn identity_fields(props: &InputProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let input = &props.input;
    let text_field = |id: &'static str,
                      label: String,
                      value: &str,
                      apply: fn(&mut AuthorityInput, String),
                      required: bool| {
        html! {
            <Field {id} {label} value={value.to_owned()} {required} error={props.errors.get(id)} oninput={edit(input, apply)} />
        }
    };
    let levels: Vec<(String, String)> = AuthorityLevel::ALL
        .iter()
        .map(|l| (l.as_str().to_owned(), level_text(&i18n, *l)))
        .collect();
    html! {
        <>
            { text_field("name", t!(i18n, "form-name"), &input.name, |i, v| i.name = v, true) }
            <div class="field">
                <label class="field__label" for="name-language">{ t!(i18n, "form-name-language") }</label>
                { language_select("name-language", input.name_language, edit(input, |next, language| next.name_language = language)) }
            </div>
            <OtherNames input={input.clone()} errors={props.errors.clone()} />
            { text_field("name_en", t!(i18n, "form-name-en"), input.name_en.as_deref().unwrap_or_default(), |i, v| i.name_en = Some(v), false) }
            { text_field("acronym", t!(i18n, "profile-acronym"), input.acronym.as_deref().unwrap_or_default(), |i, v| i.acronym = Some(v), false) }
            { text_field("city", t!(i18n, "form-city"), &input.city, |i, v| i.city = v, true) }
            <SelectField id="level" label={t!(i18n, "profile-level")} options={levels} value={input.level.as_str()}
                help={Some(AttrValue::from(t!(i18n, "form-level-help")))}
                onchange={edit(input, |next, value: String| next.level = AuthorityLevel::parse(&value).unwrap_or(next.level))} />
            { text_field("address", t!(i18n, "profile-address"), input.address.as_deref().unwrap_or_default(), |i, v| i.address = Some(v), false) }
            { text_field("email", t!(i18n, "profile-email"), input.email.as_deref().unwrap_or_default(), |i, v| i.email = Some(v), false) }
            <Field id="phone" label={t!(i18n, "profile-phone")} help={Some(AttrValue::from(t!(i18n, "form-phone-help")))}
                value={input.phone.clone().unwrap_or_default()} error={props.errors.get("phone")} oninput={edit(input, |i, v| i.phone = Some(v))} />
        </>
    }
}

/// The authority's names in other languages, each with its language.
#[function_component(OtherNames)]
pub fn other_names(props: &InputProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let input = &props.input;
    // A new name takes the first language the authority has no name in yet.
    let add = edit(input, |next, _: MouseEvent| {
        let language = LanguageCode::all()
            .find(|l| {
                *l != next.name_language && !next.other_names.iter().any(|o| o.language == *l)
            })
            .unwrap_or(LanguageCode::ENGLISH);
        next.other_names.push(AuthorityName {
            language,
            name: String::new(),
        });
    });
    let names = input.other_names.iter().enumerate().map(|(index, other)| {
        let on_language = edit(input, move |next, language| next.other_names[index].language = language);
        let on_name = edit(input, move |next, value: String| next.other_names[index].name = value);
        let remove = edit(input, move |next, _: MouseEvent| {
            next.other_names.remove(index);
        });
        let field = format!("other_names.{index}");
        let language_id = format!("other-name-language-{index}");
        html! {
            <div class="other-name" key={index}>
                <label class="visually-hidden" for={language_id.clone()}>{ t!(i18n, "form-name-language") }</label>
                { language_select(&language_id, other.language, on_language) }
                <Field id={field.clone()} label={t!(i18n, "form-other-name", number = (index + 1).to_string())} value={other.name.clone()}
                    error={props.errors.get(&field)} oninput={on_name} />
                <button type="button" class="btn btn--ghost" onclick={remove}>{ t!(i18n, "form-other-name-remove") }</button>
            </div>
        }
    });
    html! {
        <fieldset class="fieldset">
            <legend>{ t!(i18n, "form-other-names") }</legend>
            { for names }
            <button type="button" class="btn btn--secondary" id="other-name-add" onclick={add}>{ t!(i18n, "form-other-name-add") }</button>
        </fieldset>
    }
}

/// The legislative areas the authority works in.
#[function_component(AreasFieldset)]
pub fn areas_fieldset(props: &InputProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let input = &props.input;
    let error = props.errors.get("areas");
    let areas = LegislativeArea::all().map(|area| {
        let checked = input.areas.contains(&area);
        let onchange = edit(input, move |next, _: Event| {
            if checked {
                next.areas.retain(|a| *a != area);
            } else {
                next.areas.push(area);
            }
        });
        let id = format!("area-{}", area.as_str());
        html! {
            <label class="check" for={id.clone()}>
                <input type="checkbox" {id} {checked} {onchange} />
                { area_text(&i18n, area) }
            </label>
        }
    });
    html! {
        <fieldset class={classes!("fieldset", error.is_some().then_some("field--invalid"))} id="areas">
            <legend>{ t!(i18n, "profile-areas") }</legend>
            { for areas }
            if let Some(error) = error {
                <p class="field__error" id="areas-error">{ error }</p>
            }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct CompetencesProps {
    pub input: UseStateHandle<AuthorityInput>,
    pub errors: FormErrors,
    pub concepts: Vec<ConceptOption>,
}

/// The taxonomy's competences: those chosen, and those matching the filter typed.
#[function_component(CompetencesFieldset)]
pub fn competences_fieldset(props: &CompetencesProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let filter = use_state(String::new);
    let input = &props.input;
    let needle = filter.trim().to_lowercase();
    let shown = props.concepts.iter().filter(|c| {
        input.competences.contains(&c.id)
            || (!needle.is_empty() && c.label.to_lowercase().contains(&needle))
    });
    let competences = shown.map(|concept| {
        let checked = input.competences.contains(&concept.id);
        let id = concept.id.clone();
        let onchange = edit(input, move |next, _: Event| {
            if checked {
                next.competences.retain(|c| *c != id);
            } else {
                next.competences.push(id.clone());
            }
        });
        let id = format!("competence-{}", concept.id);
        html! {
            <label class="check" for={id.clone()} key={concept.id.clone()}>
                <input type="checkbox" {id} {checked} {onchange} />
                { &concept.label }
            </label>
        }
    });
    html! {
        <fieldset class="fieldset" id="competences">
            <legend>{ t!(i18n, "profile-competences") }</legend>
            <Field id="competence-filter" label={t!(i18n, "form-competences-filter")} value={(*filter).clone()}
                error={props.errors.get("competences")}
                oninput={let filter = filter.clone(); Callback::from(move |v| filter.set(v))} />
            <div class="check-list">{ for competences }</div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct CoordinatorProps {
    pub input: UseStateHandle<AuthorityInput>,
    /// The editing user's authority's coordinator role.
    pub own: Option<CoordinatorKind>,
}

/// A national coordinator may make an authority an area coordinator (never a national one).
#[function_component(CoordinatorToggle)]
pub fn coordinator_toggle(props: &CoordinatorProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let input = &props.input;
    if props.own != Some(CoordinatorKind::National)
        || input.coordinator == Some(CoordinatorKind::National)
    {
        return html! {};
    }
    let onchange = edit(input, |next, _: Event| {
        next.coordinator = match next.coordinator {
            Some(CoordinatorKind::Area) => None,
            other => other.or(Some(CoordinatorKind::Area)),
        };
    });
    html! {
        <label class="check" for="area-coordinator">
            <input type="checkbox" id="area-coordinator" checked={input.coordinator.is_some()} {onchange} />
            { t!(i18n, "profile-area-coordinator") }
        </label>
    }
}

#[derive(Properties, PartialEq)]
pub struct AdministratorProps {
    pub admin: UseStateHandle<Invitee>,
    pub errors: FormErrors,
}

/// The new authority's first local administrator, who is sent an invitation.
#[function_component(Administrator)]
pub fn administrator(props: &AdministratorProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let admin = &props.admin;
    html! {
        <fieldset class="fieldset" id="administrator">
            <legend>{ t!(i18n, "form-administrator") }</legend>
            <p class="field__help">{ t!(i18n, "form-administrator-help") }</p>
            <Field id="administrator.email" label={t!(i18n, "profile-email")} input_type="email" value={admin.email.clone()}
                required=true error={props.errors.get("administrator.email")} oninput={edit(admin, |a, v| a.email = v)} />
            <Field id="administrator.display_name" label={t!(i18n, "form-person-name")} value={admin.display_name.clone()}
                required=true error={props.errors.get("administrator.display_name")} oninput={edit(admin, |a, v| a.display_name = v)} />
            <div class="field">
                <label class="field__label" for="administrator-language">{ t!(i18n, "form-invitation-language") }</label>
                { language_select("administrator-language", admin.language, edit(admin, |next, language| next.language = language)) }
            </div>
        </fieldset>
    }
}
