//! One component per page.

mod account;
mod alerts;
mod authorities;
mod authority;
pub mod catalogue;
mod compose;
mod coordination;
mod data_subjects;
mod inbox;
mod invitation;
mod login;
mod not_found;
pub mod question_check;
mod registry;
pub mod request;
pub mod statistics;
mod users;

pub use account::AccountPage;
pub use alerts::{AlertCheckPage, AlertComposePage, AlertPage, AlertsPage};
pub use authorities::Authorities;
pub use authority::Authority;
pub use catalogue::CataloguePage;
pub use compose::ComposePage;
pub use coordination::Coordination;
pub use data_subjects::DataSubjects;
pub use inbox::Inbox;
pub use invitation::Invitation;
pub use login::Login;
pub use not_found::NotFound;
pub use question_check::QuestionCheck;
pub use registry::{AuthorityForm, RegistryPage};
pub use request::RequestPage;
pub use statistics::StatisticsPage;
pub use users::UsersPage;

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

/// A callback that adds `item` to the set in `state`, or takes it out if it is there: the
/// handler of a checkbox in a list of choices.
pub fn toggle<T: Ord + Clone + 'static, E>(
    state: &yew::UseStateHandle<std::collections::BTreeSet<T>>,
    item: T,
) -> yew::Callback<E> {
    let state = state.clone();
    yew::Callback::from(move |_| {
        let mut next = (*state).clone();
        if !next.remove(&item) {
            next.insert(item.clone());
        }
        state.set(next);
    })
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
