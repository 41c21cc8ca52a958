//! The user's own account: two-step log-in (setting it up, recovery codes, turning it off
//! where the roles allow), the sessions they are logged in with, and their password. A user
//! whose roles require two-step log-in and who has none is sent here and sees only its
//! setup, since the server answers nothing else until it is done. One component per section
//! ([`second_factor`], [`sessions`], [`password`]), each with its own state.

mod password;
mod second_factor;
mod sessions;

use yew::prelude::*;

use crate::api::ApiFailure;
use crate::i18n::I18n;
use crate::labels::field_error_text;
use crate::session::{Session, SessionStatus};
use crate::t;
use password::PasswordSection;
use second_factor::SecondFactorSection;
use sessions::SessionsSection;

#[function_component(AccountPage)]
pub fn account_page() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let SessionStatus::SignedIn(me) = &session.status else {
        return html! {};
    };
    let setup_needed = me.second_factor.setup_needed();
    html! {
        <div class="page page--narrow">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "account-title") }</h1>
            </div>
            if setup_needed {
                <div class="alert alert--warning" role="alert" id="second-factor-required">
                    { t!(i18n, "account-second-factor-required") }
                </div>
            }
            <SecondFactorSection />
            if !setup_needed {
                <SessionsSection />
                <PasswordSection />
            }
        </div>
    }
}

/// The field error of `field` in a failure, translated.
fn field_error(i18n: &I18n, failure: &Option<ApiFailure>, field: &str) -> Option<AttrValue> {
    failure
        .as_ref()?
        .fields
        .iter()
        .find(|error| error.field == field)
        .map(|error| AttrValue::from(field_error_text(i18n, error)))
}

/// Keeps a refusal for the form to show: one that names fields is shown at them, anything
/// else is also said in a toast.
fn refused(
    api: &crate::hooks::ApiCall,
    failure: &UseStateHandle<Option<ApiFailure>>,
) -> impl FnOnce(ApiFailure) + 'static {
    let (api, failure) = (api.clone(), failure.clone());
    move |refusal: ApiFailure| {
        if refusal.fields.is_empty() {
            api.say(&refusal);
        }
        failure.set(Some(refusal));
    }
}
