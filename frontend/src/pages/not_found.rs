use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::I18n;
use crate::route::Route;
use crate::t;

/// A route that does not exist.
#[function_component(NotFound)]
pub fn not_found() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    html! {
        <div class="page">
            <h1 class="page__title">{ t!(i18n, "not-found-title") }</h1>
            <p>{ t!(i18n, "not-found-body") }</p>
            <Link<Route> to={Route::Inbox} classes="btn btn--secondary">{ t!(i18n, "not-found-home") }</Link<Route>>
        </div>
    }
}
