//! The alert endpoints' shapes (`/api/alerts`, `/api/alert-kinds`).

use serde::{Deserialize, Serialize};

use super::{OptionView, PartyView};
use crate::alert::{
    AlertAction, AlertActionKind, AlertDraftInput, AlertEventKind, AlertKinds, AlertSide,
    AlertState, CommissionCopy, DateRoles, Delivery, FieldType, Kind, Recipients,
};
use crate::request::LangText;
use crate::{AuthorityId, CountryCode, LegislativeArea};

/// A fixed field of a kind, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertFieldView {
    /// Its id, the key of its value in a draft.
    pub id: String,
    /// How its value is written.
    pub field_type: FieldType,
    /// Whether the alert cannot be sent without it.
    pub required: bool,
    /// Whether it is personal data.
    pub personal: bool,
    /// Its label.
    pub label: String,
    /// A choice's options.
    pub options: Vec<OptionView>,
}

/// `GET /api/alert-kinds`: one kind, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertKindView {
    /// Its id.
    pub id: String,
    /// Its legislative area.
    pub area: LegislativeArea,
    /// Its name.
    pub name: String,
    /// The law it rests on.
    pub legal_basis: String,
    /// When to send it.
    pub description: String,
    /// Who receives it.
    pub recipients: Recipients,
    /// The field whose country always receives it.
    pub always_to: Option<String>,
    /// What the Commission receives.
    pub commission: CommissionCopy,
    /// Days after the decision by which it must be sent.
    pub due_days: Option<u16>,
    /// The fields the time rules read: the decision's date (which `due_days` counts from),
    /// and the first and last day it applies.
    pub dates: DateRoles,
    /// The fields naming whom it is about, in reading order.
    pub subject: Vec<String>,
    /// The field naming the profession or activity it concerns.
    pub concept: Option<String>,
    /// Days after the decision's end by which it must be closed or withdrawn.
    pub end_due_days: Option<u16>,
    /// Its fields, in form order.
    pub fields: Vec<AlertFieldView>,
}

/// `GET /api/alert-kinds`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertKindsView {
    /// Every kind.
    pub kinds: Vec<AlertKindView>,
    /// Whether alerts of the caller's country wait for its alert coordinator's approval.
    pub approval_required: bool,
}

impl AlertKindView {
    /// The kind's rules as `check_alert_draft` reads them, so that the form checks a draft
    /// with the server's own function. The blocking and deletion periods are the server's
    /// business and not sent; the form needs none of them.
    pub fn to_kind(&self) -> Kind {
        Kind {
            id: self.id.clone(),
            area: self.area,
            recipients: self.recipients,
            always_to: self.always_to.clone(),
            commission: self.commission,
            subject: self.subject.clone(),
            concept: self.concept.clone(),
            dates: self.dates.clone(),
            due_days: self.due_days,
            end_due_days: self.end_due_days,
            block_after_days: 0,
            delete_after_days: 0,
            fields: self
                .fields
                .iter()
                .map(|field| crate::alert::kinds::Field {
                    id: field.id.clone(),
                    field_type: field.field_type,
                    required: field.required,
                    personal: field.personal,
                    list: None,
                    options: field.options.iter().map(|o| o.key.clone()).collect(),
                })
                .collect(),
        }
    }
}

impl AlertKindsView {
    /// Every kind's rules ([`AlertKindView::to_kind`]), without texts.
    pub fn to_kinds(&self) -> AlertKinds {
        AlertKinds {
            kinds: self.kinds.iter().map(AlertKindView::to_kind).collect(),
            ..AlertKinds::default()
        }
    }

    /// The kind with this id.
    pub fn get(&self, id: &str) -> Option<&AlertKindView> {
        self.kinds.iter().find(|kind| kind.id == id)
    }
}

/// One filled field of an alert, with its value as written and as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertValueView {
    /// The field's id.
    pub id: String,
    /// Its label in the reader's language.
    pub label: String,
    /// The value as stored (a date, a code, an id, a text).
    pub value: String,
    /// The value in the reader's language: an option's or a profession's label, a
    /// country's name code; the text itself for a text.
    pub display: String,
    /// Whether it is personal data.
    pub personal: bool,
}

/// An authority an alert was passed on to, as the sender and the coordinators see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertRecipientView {
    /// The authority.
    pub authority: PartyView,
    /// When it was passed on (RFC 3339, UTC).
    pub passed_at: String,
    /// When it acknowledged receipt.
    pub acknowledged_at: Option<String>,
    /// When one of its users first opened the alert.
    pub read_at: Option<String>,
}

/// A country an alert was sent to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertCountryView {
    /// The country.
    pub country: CountryCode,
    /// Where it stands with the country's alert coordinators.
    pub delivery: Delivery,
    /// When it arrived (RFC 3339, UTC).
    pub received_at: String,
    /// When a coordinator acknowledged it.
    pub acknowledged_at: Option<String>,
    /// The authorities it was passed on to.
    pub recipients: Vec<AlertRecipientView>,
}

/// An entry of an alert's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertEventView {
    /// When (RFC 3339, UTC).
    pub at: String,
    /// What happened.
    pub kind: AlertEventKind,
    /// Who did it (empty for the system's reminders).
    pub user: String,
    /// For which authority, if one.
    pub authority: Option<PartyView>,
    /// For which country, when a country's coordinator acted.
    pub country: Option<CountryCode>,
    /// The text that came with it, when the caller may read it.
    pub note: Option<LangText>,
}

/// `GET /api/alerts/{id}`: an alert as the caller may see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertView {
    /// Its id.
    pub id: i32,
    /// Its number, e.g. `A-2026-000042`.
    pub number: String,
    /// Its kind's id.
    pub kind: String,
    /// Its kind's name in the reader's language.
    pub kind_name: String,
    /// Where it stands.
    pub state: AlertState,
    /// Its version, for the next change.
    pub version: i32,
    /// How many times it was modified after it was sent.
    pub revision: i32,
    /// The sending authority.
    pub sender: PartyView,
    /// The caller's sides of it.
    pub sides: Vec<AlertSide>,
    /// What the caller may do now.
    pub allowed_actions: Vec<AlertActionKind>,
    /// The filled fields the caller may see, in form order.
    pub fields: Vec<AlertValueView>,
    /// Whether personal data is withheld from the caller (no need to know, or blocked).
    pub personal_data_hidden: bool,
    /// The countries it goes to.
    pub countries: Vec<CountryCode>,
    /// Where it stands in each country the caller may follow: every country for the
    /// sending side, the coordinator's own for a receiving coordinator.
    pub deliveries: Vec<AlertCountryView>,
    /// The comment, when the caller may read it.
    pub comment: Option<LangText>,
    /// Why it was sent late, when the caller may read it.
    pub late_reason: Option<LangText>,
    /// Days left until it is due, while it is a draft of a kind with a due rule.
    pub days_left: Option<i64>,
    /// When it was created (RFC 3339, UTC).
    pub created_at: String,
    /// When it went to its countries.
    pub sent_at: Option<String>,
    /// Whether it was withdrawn as unfounded.
    pub proved_wrong: bool,
    /// Its timeline.
    pub events: Vec<AlertEventView>,
}

/// A row of an alert list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertSummary {
    /// Its id.
    pub id: i32,
    /// Its number.
    pub number: String,
    /// Its kind's id.
    pub kind: String,
    /// Where it stands.
    pub state: AlertState,
    /// The sending authority's country.
    pub country: CountryCode,
    /// Whom it is about, when the caller may know.
    pub subject: Option<String>,
    /// The profession or activity it concerns (taxonomy id).
    pub concept: Option<String>,
    /// When it was sent.
    pub sent_at: Option<String>,
    /// When it was last changed or created.
    pub created_at: String,
    /// Whether the caller has news of it not yet read (it changed since they last opened it).
    #[serde(default)]
    pub unread: bool,
}

/// `GET /api/alerts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertListPage {
    /// The alerts of the box, newest first.
    pub items: Vec<AlertSummary>,
    /// How many the box holds.
    pub total: u64,
}

/// The caller's alert boxes with their counts, for the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertCounts {
    /// Drafts of the caller's authority.
    pub drafts: u64,
    /// Alerts waiting for the caller's approval (alert coordinators).
    pub to_approve: u64,
    /// Alerts the caller's country or authority has not acknowledged yet.
    pub to_acknowledge: u64,
    /// Alerts in force that the caller's authority sent or received.
    pub in_force: u64,
    /// Unread notifications of alerts.
    pub unread: u64,
}

/// `POST /api/alerts/{id}/actions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertActionRequest {
    /// The version the caller saw; another user's action in between gives 409. Acknowledging
    /// and passing on go by the alert's state instead: another country's acknowledgement
    /// meanwhile does not make them stale (a second one for the same country still gives 409).
    pub version: i32,
    /// What to do.
    pub action: AlertAction,
    /// Why (required for returning, withdrawing and proposing closure).
    #[serde(default)]
    pub note: Option<LangText>,
}

/// `PUT /api/alerts/{id}`: a draft's new content, or a sent alert's modification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertDraftUpdate {
    /// The version the caller saw.
    pub version: i32,
    /// The content.
    pub draft: AlertDraftInput,
}

/// What a change left: the alert's version and state now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertRef {
    /// The alert.
    pub id: i32,
    /// Its version now.
    pub version: i32,
    /// Its state now; `None` when the draft was deleted.
    pub state: Option<AlertState>,
}

/// `GET /api/alerts/{id}/suggestions`: the authorities of the coordinator's country the
/// registry says handle the alert's profession or activity in its area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertSuggestions {
    /// The suggested authorities, by name.
    pub authorities: Vec<PartyView>,
    /// Those the alert was already passed on to.
    pub already: Vec<AuthorityId>,
}

/// An alert in force that the check page found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertCheckMatch {
    /// The alert as a list shows it.
    pub alert: AlertSummary,
    /// Its kind's name in the reader's language.
    pub kind_name: String,
    /// Its fields, in form order, in the reader's language.
    pub fields: Vec<AlertValueView>,
}

/// `GET /api/alerts/check`: the qualification alerts in force, among those the caller's
/// country or authority received or sent, about a person of that name (and profession).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertCheck {
    /// The alerts found, newest first (at most 50).
    pub matches: Vec<AlertCheckMatch>,
}
