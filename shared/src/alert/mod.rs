//! Alerts: one authority warning many. A doctor struck off in one country must be known in
//! every other within days; a provider endangering health must be flagged to the countries it
//! works in. An alert is a second workflow beside requests, with the same care:
//!
//! - [`kinds`]: the kinds as data (fixed fields, recipients, time rules, texts in 26
//!   languages), checked at start-up;
//! - [`workflow`]: the state machine and its sides, used by the SPA and the server as requests
//!   use [`crate::lifecycle`]; [`events`]: what its timeline records and the overview's lists;
//! - [`draft`]: what the sender writes and its one check, with the time rules (days left,
//!   reminders once a decision ends) and what of an alert is personal data.

pub mod draft;
pub mod events;
pub mod kinds;
pub mod workflow;

pub use draft::{
    AlertDraftInput, CheckedAlertDraft, ConceptLookup, EndReminder, FieldValue, check_alert_draft,
    check_alert_modification, days_left, end_reminder, impersonal_fields, name_matches,
    read_stored, subject_name,
};
pub use events::{AlertBox, AlertEventKind};
pub use kinds::{AlertKinds, CommissionCopy, DateRoles, FieldType, Kind, KindTexts, Recipients};
pub use workflow::{
    AlertAction, AlertActionKind, AlertActor, AlertEffect, AlertSide, AlertState, AlertTransition,
    AlertTransitionError, Delivery, OwnPart, allowed_actions, allowed_actions_now, create, permit,
    transition,
};

/// The alert number shown to users and searched for, e.g. `A-2026-000042`: the year the draft
/// was created and its id, marked apart from request numbers.
pub fn alert_number(year: i32, id: i32) -> String {
    format!("A-{year}-{id:06}")
}
