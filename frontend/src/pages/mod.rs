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

/// The translated reason of a field or row error code: `field-error-<code>`, and the CSV
/// import's `duplicate_of_line_N` with its line.
pub fn code_text(i18n: &I18n, code: &str) -> String {
    match code.strip_prefix("duplicate_of_line_") {
        Some(line) => i18n.dynamic(
            "field-error-duplicate-of-line",
            &[("line", line.to_owned())],
        ),
        None => i18n.dynamic(&format!("field-error-{}", code.replace('_', "-")), &[]),
    }
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
        shared::registry::AuthorityLevel::National => format!("{}, {country}", hit.city),
        level => format!("{}, {country} · {}", hit.city, level_text(i18n, level)),
    }
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
