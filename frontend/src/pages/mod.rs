//! One component per page.

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
pub mod registry;
pub mod request;
mod users;

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
