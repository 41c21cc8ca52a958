//! Codes in words: every helper that turns a code the API or `shared` uses (an error, a
//! state, an area, a country, a level, a language) into the reader's language. The words
//! themselves live in `locales/`; this module only picks the message and its arguments.

use shared::error::{FieldCode, FieldError, FieldParams};
use shared::lifecycle::RequestState;
use shared::placeholder::{PlaceholderError, PlaceholderErrorCode, Registry};
use shared::registry::AuthorityLevel;
use shared::{CountryCode, LanguageCode, LegislativeArea};

use crate::api::ApiFailure;
use crate::components::BadgeTone;
use crate::i18n::I18n;
use crate::t;

/// The translated message for a failed API call.
pub fn error_text(i18n: &I18n, failure: &ApiFailure) -> String {
    let args: Vec<(&str, String)> = failure
        .retry_after
        .map(|seconds| ("seconds", seconds.to_string()))
        .into_iter()
        .collect();
    i18n.dynamic(&failure.code.message_id(), &args)
}

/// A placeholder's label in the reader's language, or its name when the registry does not
/// know it (a template may name one that does not exist; that is what its error says).
pub fn placeholder_label(i18n: &I18n, name: &str) -> String {
    Registry::standard()
        .get(name)
        .map_or_else(|| name.to_owned(), |d| d.label(i18n.language()).to_owned())
}

/// Why a field (or an imported row) was refused, in words: a placeholder's value with the
/// placeholder's label (`placeholder-error-<code>`), a range with its bounds, a repeated
/// import key with the line it repeats, anything else as `field-error-<code>`.
pub fn reason_text(i18n: &I18n, code: FieldCode, params: &FieldParams) -> String {
    if let Some(name) = &params.placeholder
        && let Some(placeholder_code) = PlaceholderErrorCode::parse(code.as_str())
    {
        let mut args = vec![("label", placeholder_label(i18n, name))];
        args.extend(params.max.map(|max| ("max", max.to_string())));
        args.extend(params.length.map(|length| ("length", length.to_string())));
        return i18n.dynamic(&placeholder_code.message_id(), &args);
    }
    match (code, params.min, params.max, params.line) {
        (FieldCode::OutOfRange, Some(min), Some(max), _) => i18n.dynamic(
            "field-error-out-of-range-between",
            &[("min", min.to_string()), ("max", max.to_string())],
        ),
        (FieldCode::DuplicateOfLine, _, _, Some(line)) => i18n.dynamic(
            "field-error-duplicate-of-line",
            &[("line", line.to_string())],
        ),
        _ => i18n.dynamic(&code.message_id(), &[]),
    }
}

/// A field error in words ([`reason_text`]).
pub fn field_error_text(i18n: &I18n, error: &FieldError) -> String {
    reason_text(i18n, error.code, error.params())
}

/// The problem of one field among a form's problems, in words, if it has one: what a form
/// shows under the field.
pub fn error_at(i18n: &I18n, errors: &[FieldError], field: &str) -> Option<yew::AttrValue> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| yew::AttrValue::from(field_error_text(i18n, e)))
}

/// A kind of personal data in words (`shared::personal::PersonalField`); a placeholder's
/// value by the placeholder's label when it is named.
pub fn personal_field_text(
    i18n: &I18n,
    field: shared::personal::PersonalField,
    placeholder: Option<&str>,
) -> String {
    use shared::personal::PersonalField as P;
    match field {
        P::SubjectName => t!(i18n, "subject-name"),
        P::SubjectIdentifier => t!(i18n, "subject-identifier"),
        P::SubjectBirthDate => t!(i18n, "subject-birth-date"),
        P::PlaceholderValue => placeholder
            .map(|name| placeholder_label(i18n, name))
            .unwrap_or_else(|| t!(i18n, "personal-data-mark")),
        P::Document => t!(i18n, "report-field-document"),
        P::Comment => t!(i18n, "report-field-comment"),
        P::Note => t!(i18n, "report-field-note"),
        P::TextAnswer => t!(i18n, "report-field-text-answer"),
        P::AnswerComment => t!(i18n, "report-field-answer-comment"),
        P::InspectionPresent => t!(i18n, "report-field-inspection-present"),
    }
}

/// A code without parameters in words.
pub fn code_text(i18n: &I18n, code: FieldCode) -> String {
    reason_text(i18n, code, &FieldParams::default())
}

/// A placeholder value refused by `shared`'s check in the browser, in words.
pub fn value_error_text(i18n: &I18n, error: &PlaceholderError) -> String {
    let mut args = vec![("label", placeholder_label(i18n, &error.placeholder))];
    if let (Some(max), Some(length)) = (error.max_length, error.length) {
        args.push(("max", max.to_string()));
        args.push(("length", length.to_string()));
    }
    i18n.dynamic(&error.code.message_id(), &args)
}

/// The message id of a legislative area's name, e.g. `area-posting_of_workers`.
pub fn area_message_id(area: LegislativeArea) -> String {
    format!("area-{}", area.as_str())
}

/// A legislative area's name.
pub fn area_text(i18n: &I18n, area: LegislativeArea) -> String {
    i18n.dynamic(&area_message_id(area), &[])
}

/// The message id of a country's name, e.g. `country-LV`.
pub fn country_message_id(country: CountryCode) -> String {
    format!("country-{}", country.as_str())
}

/// A country's name.
pub fn country_text(i18n: &I18n, country: CountryCode) -> String {
    i18n.dynamic(&country_message_id(country), &[])
}

/// The territory an authority is competent for, in words.
pub fn level_text(i18n: &I18n, level: AuthorityLevel) -> String {
    match level {
        AuthorityLevel::National => t!(i18n, "level-national"),
        AuthorityLevel::Regional => t!(i18n, "level-regional"),
        AuthorityLevel::Local => t!(i18n, "level-local"),
    }
}

/// Where an authority is: its city and country, and its territory when it is not the whole
/// country, so that a regional chamber is not mistaken for the national one.
pub fn place_text(i18n: &I18n, hit: &shared::dto::AuthorityHit) -> String {
    let country = country_text(i18n, hit.country);
    match hit.level {
        AuthorityLevel::National => t!(i18n, "place", city = hit.city.clone(), country = country),
        level => t!(
            i18n,
            "place-with-level",
            city = hit.city.clone(),
            country = country,
            level = level_text(i18n, level)
        ),
    }
}

/// An authority with its country, e.g. "Ordem dos Médicos (Portugal)".
pub fn party_text(i18n: &I18n, name: &str, country: CountryCode) -> String {
    t!(
        i18n,
        "party-with-country",
        name = name.to_owned(),
        country = country_text(i18n, country)
    )
}

/// A request state's name.
pub fn state_text(i18n: &I18n, state: RequestState) -> String {
    i18n.dynamic(&state.message_id(), &[])
}

/// The badge tone of a state.
pub fn state_tone(state: RequestState) -> BadgeTone {
    match state {
        RequestState::Draft => BadgeTone::Neutral,
        RequestState::AwaitingAcceptance | RequestState::InfoRequested => BadgeTone::Warning,
        RequestState::Accepted | RequestState::Answered => BadgeTone::Info,
        RequestState::Closed => BadgeTone::Success,
        RequestState::Withdrawn => BadgeTone::Neutral,
    }
}

/// A language's name in the reader's language, from the browser's `Intl.DisplayNames`, so
/// that 26 × 26 language names need no translation files.
pub fn language_name(language: LanguageCode, reader: LanguageCode) -> String {
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::js_sys::{Array, Function, Object, Reflect};
    let named = (|| {
        let intl = Reflect::get(&web_sys::js_sys::global(), &JsValue::from_str("Intl")).ok()?;
        let constructor: Function = Reflect::get(&intl, &JsValue::from_str("DisplayNames"))
            .ok()?
            .dyn_into()
            .ok()?;
        let options = Object::new();
        Reflect::set(&options, &"type".into(), &"language".into()).ok()?;
        let args = Array::of2(&JsValue::from_str(reader.as_str()), &options);
        let names = Reflect::construct(&constructor, &args).ok()?;
        let of: Function = Reflect::get(&names, &"of".into()).ok()?.dyn_into().ok()?;
        of.call1(&names, &JsValue::from_str(language.as_str()))
            .ok()?
            .as_string()
    })();
    named.unwrap_or_else(|| language.native_name().to_owned())
}
