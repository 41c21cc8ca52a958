//! One component per page.

mod account;
mod authorities;
mod authority;
pub mod catalogue;
mod compose;
mod coordination;
mod inbox;
mod invitation;
mod login;
mod not_found;
pub mod question_check;
mod registry;
pub mod request;
mod users;

pub use account::AccountPage;
pub use authorities::{Authorities, country_message_id};
pub use authority::Authority;
pub use catalogue::CataloguePage;
pub use compose::ComposePage;
pub use coordination::Coordination;
pub use inbox::Inbox;
pub use invitation::Invitation;
pub use login::Login;
pub use not_found::NotFound;
pub use question_check::QuestionCheck;
pub use registry::{AuthorityForm, RegistryPage};
pub use request::RequestPage;
pub use users::UsersPage;

use crate::api::ApiFailure;
use crate::i18n::I18n;

/// The translated message for a failed API call.
pub fn error_text(i18n: &I18n, failure: &ApiFailure) -> String {
    let args: Vec<(&str, String)> = failure
        .retry_after
        .map(|seconds| ("seconds", seconds.to_string()))
        .into_iter()
        .collect();
    i18n.dynamic(&failure.code.message_id(), &args)
}

/// Why a field (or an imported row) was refused, in words: a placeholder's value with the
/// placeholder's label (`placeholder-error-<code>`), a range with its bounds, a repeated
/// import key with the line it repeats, anything else as `field-error-<code>`.
pub fn reason_text(
    i18n: &I18n,
    code: shared::error::FieldCode,
    params: &shared::error::FieldParams,
) -> String {
    use shared::error::FieldCode;
    use shared::placeholder::PlaceholderErrorCode;
    if let Some(name) = &params.placeholder
        && let Some(placeholder_code) = PlaceholderErrorCode::parse(code.as_str())
    {
        let label = shared::placeholder::Registry::standard()
            .get(name)
            .map_or_else(|| name.clone(), |d| d.label(i18n.language()).to_owned());
        let mut args = vec![("label", label)];
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
pub fn field_error_text(i18n: &I18n, error: &shared::error::FieldError) -> String {
    reason_text(i18n, error.code, error.params())
}

/// A code without parameters in words.
pub fn code_text(i18n: &I18n, code: shared::error::FieldCode) -> String {
    reason_text(i18n, code, &shared::error::FieldParams::default())
}

/// A callback that changes a copy of the state's value with `apply` and stores it: the one
/// shape of every form field's handler.
pub fn edit<T: Clone + 'static, A: 'static>(
    state: &yew::UseStateHandle<T>,
    apply: impl Fn(&mut T, A) + 'static,
) -> yew::Callback<A> {
    let state = state.clone();
    yew::Callback::from(move |value: A| {
        let mut next = (*state).clone();
        apply(&mut next, value);
        state.set(next);
    })
}

/// The territory an authority is competent for, in words.
pub fn level_text(i18n: &crate::i18n::I18n, level: shared::registry::AuthorityLevel) -> String {
    use shared::registry::AuthorityLevel;
    match level {
        AuthorityLevel::National => crate::t!(i18n, "level-national"),
        AuthorityLevel::Regional => crate::t!(i18n, "level-regional"),
        AuthorityLevel::Local => crate::t!(i18n, "level-local"),
    }
}

/// Where an authority is: its city and country, and its territory when it is not the whole
/// country, so that a regional chamber is not mistaken for the national one.
pub fn place_text(i18n: &crate::i18n::I18n, hit: &shared::dto::AuthorityHit) -> String {
    let country = i18n.dynamic(&country_message_id(hit.country), &[]);
    match hit.level {
        shared::registry::AuthorityLevel::National => {
            crate::t!(i18n, "place", city = hit.city.clone(), country = country)
        }
        level => crate::t!(
            i18n,
            "place-with-level",
            city = hit.city.clone(),
            country = country,
            level = level_text(i18n, level)
        ),
    }
}

/// An authority with its country, e.g. "Ordem dos Médicos (Portugal)".
pub fn party_text(i18n: &crate::i18n::I18n, name: &str, country: shared::CountryCode) -> String {
    crate::t!(
        i18n,
        "party-with-country",
        name = name.to_owned(),
        country = i18n.dynamic(&country_message_id(country), &[])
    )
}

/// A language `<select>`, each language by its own name.
pub fn language_select(
    id: &str,
    value: shared::LanguageCode,
    onchange: yew::Callback<shared::LanguageCode>,
) -> yew::Html {
    use yew::prelude::*;
    let onchange = Callback::from(move |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        if let Ok(language) = shared::LanguageCode::parse(&select.value()) {
            onchange.emit(language);
        }
    });
    html! {
        <select class="field__input" id={id.to_owned()} {onchange}>
            { for shared::LanguageCode::all().map(|l| html! {
                <option value={l.as_str()} selected={l == value} lang={l.as_str()}>{ l.native_name() }</option>
            }) }
        </select>
    }
}
