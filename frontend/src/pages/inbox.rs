use yew::prelude::*;

use crate::components::{Badge, BadgeTone, EmptyState};
use crate::i18n::I18n;
use crate::session::{Session, SessionStatus};
use crate::t;

/// Requests addressed to the user's authority. Requests arrive with a later issue; until then
/// the page explains what will appear here.
#[function_component(Inbox)]
pub fn inbox() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let (authority, roles) = match &session.status {
        SessionStatus::SignedIn(me) => (me.authority.name.clone(), me.roles.clone()),
        _ => (String::new(), Vec::new()),
    };
    html! {
        <div class="page">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "inbox-title") }</h1>
                <ul class="badge-list" aria-label={t!(i18n, "roles-label")}>
                    { for roles.iter().map(|role| html! {
                        <li><Badge label={i18n.dynamic(&role.message_id(), &[])} tone={BadgeTone::Info} /></li>
                    }) }
                </ul>
            </div>
            <EmptyState title={t!(i18n, "inbox-empty-title")} body={t!(i18n, "inbox-empty-body", authority = authority)} />
        </div>
    }
}
