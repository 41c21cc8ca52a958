//! The shapes of the request endpoints' bodies: what `GET /api/requests…` and the
//! notification endpoints answer and what their writes take. The domain types they carry
//! (drafts, answers, free text, event kinds, boxes) live in [`crate::request`].

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::catalogue::AnswerType;
use crate::request::{AnswerInput, DraftInput, EventKind, LangText, Subject};
use crate::{AuthorityId, Date, LanguageCode, LegislativeArea, QuestionId};

/// One notification of the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationView {
    /// Its id.
    pub id: i32,
    /// The request it is about.
    pub request: crate::RequestId,
    /// The request's number.
    pub number: String,
    /// What happened.
    pub kind: EventKind,
    /// Whom or what the request is about, as far as the user may know.
    pub about: Option<About>,
    /// When (RFC 3339).
    pub at: String,
    /// Whether the user has read it.
    pub read: bool,
}

/// `GET /api/notifications`: the unread count and the latest notifications.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationList {
    /// How many are unread.
    pub unread: u64,
    /// The latest, newest first.
    pub items: Vec<NotificationView>,
}

/// `POST /api/notifications/read`: which to mark read.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MarkRead {
    /// These notifications; all of the user's when absent.
    #[serde(default)]
    pub ids: Option<Vec<i32>>,
}

/// What the live stream (`GET /api/notifications/stream`, server-sent events) sends whenever
/// it changes.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LiveCounts {
    /// Unread notifications.
    pub unread: u64,
    /// The overview's counters.
    pub counts: RequestCounts,
    /// Unread notifications of alerts.
    #[serde(default)]
    pub alert_unread: u64,
}

/// An authority as a party of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartyView {
    /// Its id.
    pub id: AuthorityId,
    /// Its name in its own language.
    pub name: String,
    /// Its English name, if any.
    pub name_en: Option<String>,
    /// Its country.
    pub country: crate::CountryCode,
}

/// A row of the overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestSummary {
    /// The request's id.
    pub id: crate::RequestId,
    /// Its number, e.g. `2026-000042`.
    pub number: String,
    /// Where it stands.
    pub state: crate::lifecycle::RequestState,
    /// Its legislative area.
    pub area: LegislativeArea,
    /// What it asks for: answers, or an inspection on site.
    pub kind: crate::inspection::RequestKind,
    /// Whether the caller's authority wrote it (else it holds it, or coordinates).
    pub side: crate::lifecycle::Side,
    /// The requesting authority.
    pub requester: PartyView,
    /// The responding authority, once chosen.
    pub responder: Option<PartyView>,
    /// How many questions it asks.
    pub questions: u32,
    /// Whom or what it is about, as far as the reader may know.
    pub about: Option<About>,
    /// What happened last.
    pub last_change: Option<EventKind>,
    /// The date the requester asked for.
    pub requested_date: Option<Date>,
    /// The agreed deadline, once accepted.
    pub deadline: Option<Date>,
    /// Whether it is past the agreed deadline.
    pub overdue: bool,
    /// When it last changed (RFC 3339).
    pub updated_at: String,
}

/// What an overview row says a request is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum About {
    /// The person or business concerned, where the reader may see personal data.
    Subject {
        /// Their name.
        name: String,
    },
    /// Otherwise the topic of its first question, which names no one.
    Topic {
        /// The topic's key, e.g. `services.identity`.
        key: String,
        /// Its name in the reader's language.
        name: String,
    },
}

/// `GET /api/requests`: one page of the overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestListPage {
    /// How many requests match in all, counted up to a cap.
    pub total: u64,
    /// Whether more than `total` match (the count stopped at its cap).
    #[serde(default)]
    pub total_capped: bool,
    /// The page, from 1.
    pub page: u64,
    /// Rows per page.
    pub per_page: u64,
    /// This page's rows.
    pub rows: Vec<RequestSummary>,
}

/// `GET /api/requests/counts`: the counters of the navigation, one per box, each counted up
/// to 1,000 (1,001 means "more than 1,000").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestCounts {
    /// Incoming, waiting for acceptance.
    pub to_accept: u64,
    /// Accepted, to answer.
    pub to_answer: u64,
    /// Waiting for the other authority.
    pub awaiting: u64,
    /// Past the deadline.
    pub overdue: u64,
    /// Drafts.
    pub drafts: u64,
}

/// A question of a request, rendered in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestQuestionView {
    /// The catalogue question.
    pub id: QuestionId,
    /// The question's text with the requester's values in place.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub segments: Vec<crate::placeholder::RenderedSegment>,
    /// The values as the requester typed them (normalised), by placeholder.
    pub values: BTreeMap<String, String>,
    /// How it is answered.
    pub answer_type: AnswerType,
    /// The options of a choice question, labelled in the reader's language.
    #[serde(default)]
    pub options: Vec<crate::dto::OptionView>,
    /// The unit of a measurement question.
    #[serde(default)]
    pub unit: Option<crate::catalogue::Unit>,
    /// The answer, once given (the responder sees its own before sending it).
    pub answer: Option<AnswerInput>,
    /// The answer in the reader's language: the fixed text or option label, or the date or
    /// free text as given.
    pub answer_label: Option<String>,
}

/// One entry of a request's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventView {
    /// When (RFC 3339, UTC).
    pub at: String,
    /// What happened.
    pub kind: EventKind,
    /// Who did it.
    pub user: String,
    /// For which authority.
    pub authority: PartyView,
    /// Text that came with it (a message, the reason for asking), in its own language;
    /// `None` also when it is withheld from the caller (see `note_hidden`).
    pub note: Option<LangText>,
    /// Whether the event carries a text the caller may not read: free text may hold
    /// anything about a person, so it is personal data on a need-to-know basis.
    #[serde(default)]
    pub note_hidden: bool,
    /// The other authority involved, for a forward or a split-off.
    pub other: Option<PartyView>,
    /// The request created by a split-off.
    pub split_to: Option<crate::RequestId>,
    /// The file name, for an attachment.
    pub file: Option<String>,
    /// The handler it was assigned to, for an assignment.
    #[serde(default)]
    pub assignee: Option<String>,
    /// The fields a rectification corrected (never their old values).
    #[serde(default)]
    pub fields: Vec<crate::personal::PersonalField>,
}

/// `PUT /api/requests/{id}/subject`: a party corrects whom the request is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rectification {
    /// The version the correction was made on.
    pub version: i32,
    /// The subject as it should read.
    pub subject: Subject,
}

/// A document attached to a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttachmentView {
    /// Its id, for downloading.
    pub id: i32,
    /// The file name as uploaded.
    pub file_name: String,
    /// The type found in its content.
    pub content_type: String,
    /// Its size in bytes.
    pub size: u64,
    /// The question it answers, if any.
    pub question: Option<QuestionId>,
    /// The authority that attached it.
    pub authority: AuthorityId,
    /// When (RFC 3339).
    pub at: String,
}

/// `GET /api/requests/{id}`: a request as the caller may see it, in the caller's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestView {
    /// Its id.
    pub id: crate::RequestId,
    /// Its number.
    pub number: String,
    /// Changes with every action; an action names the version it was taken on, so that of
    /// two users acting at once exactly one wins.
    pub version: i32,
    /// Where it stands.
    pub state: crate::lifecycle::RequestState,
    /// The caller's side.
    pub side: crate::lifecycle::Side,
    /// What it asks for: answers, or an inspection on site.
    pub kind: crate::inspection::RequestKind,
    /// An inspection's on-site report, once the inspector has saved one: to the responder
    /// always, to the requester with the answers (and never while its personal data is
    /// hidden).
    pub report: Option<crate::inspection::InspectionReport>,
    /// Its legislative area.
    pub area: LegislativeArea,
    /// The language the questions and fixed answers are rendered in.
    pub language: LanguageCode,
    /// The requesting authority.
    pub requester: PartyView,
    /// The responding authority, once chosen.
    pub responder: Option<PartyView>,
    /// Who it is about; `None` when the caller may not see personal data (the responder
    /// before accepting, coordinators).
    pub subject: Option<Subject>,
    /// Whether personal data is withheld from the caller: the subject, placeholder values,
    /// free text (the comment, messages and notes) and attachments. The responder sees them
    /// once it has accepted; a coordinator who is not a party never does.
    pub personal_data_hidden: bool,
    /// The requester's comment; `None` also when withheld.
    pub comment: Option<LangText>,
    /// The date the requester asked for.
    pub requested_date: Option<Date>,
    /// The agreed deadline.
    pub deadline: Option<Date>,
    /// Whether it is past the agreed deadline.
    pub overdue: bool,
    /// The questions, rendered in `language`.
    pub questions: Vec<RequestQuestionView>,
    /// The fixed parts of answers (`yes`, `no`, `unknown`, `document_attached`, ...) in
    /// `language`, from the catalogue: what the answer form offers.
    pub answer_texts: BTreeMap<String, String>,
    /// The attachments the caller may see.
    pub attachments: Vec<AttachmentView>,
    /// The state machine's actions the caller may take now.
    pub actions: Vec<crate::lifecycle::ActionKind>,
    /// What else the caller may do (write, attach, assign, reuse, save answers).
    #[serde(default)]
    pub may: crate::permissions::May,
    /// Everything that happened, oldest first.
    pub timeline: Vec<EventView>,
    /// The requester's ratings, once closed.
    pub timeliness: Option<crate::lifecycle::Rating>,
    /// The requester's ratings, once closed.
    pub effort: Option<crate::lifecycle::Rating>,
    /// When the draft was created (RFC 3339).
    pub created_at: String,
    /// The draft as stored, for the requester to go on editing (drafts only).
    pub draft: Option<DraftInput>,
    /// The responder's handler it is assigned to, when the responder uses allocation.
    #[serde(default)]
    pub assigned_to: Option<UserRef>,
    /// Whether the responding authority allocates its incoming requests.
    #[serde(default)]
    pub allocation: bool,
    /// Where its personal data stands under the retention policy.
    pub retention: crate::retention::RetentionView,
}

/// A user as others see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserRef {
    /// The user's id.
    pub id: crate::UserId,
    /// Their name.
    pub name: String,
}

/// `POST /api/requests/{id}/assign`: give the request to one of the authority's handlers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssignInput {
    /// The version the caller saw.
    pub version: i32,
    /// The handler; `None` takes the assignment back.
    pub user: Option<crate::UserId>,
}

/// `PUT /api/authority/allocation`: switch allocation on or off for the caller's authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AllocationSetting {
    /// Whether an allocator assigns each incoming request to a handler.
    pub enabled: bool,
}

/// `POST /api/requests/{id}/actions`: an action on the version the caller saw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActionRequest {
    /// The version the caller saw; another user's action in between gives 409.
    pub version: i32,
    /// What to do.
    pub action: crate::lifecycle::Action,
    /// A text sent with it (why information or clarification is asked, the information
    /// given), shown in the timeline.
    #[serde(default)]
    pub note: Option<LangText>,
}

/// `PUT /api/requests/{id}`: the draft's new content, on the version the caller saw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DraftUpdate {
    /// The version the caller saw.
    pub version: i32,
    /// The draft.
    pub draft: DraftInput,
}

/// `PUT /api/requests/{id}/answers`: the responder's answers so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AnswersUpdate {
    /// The version the caller saw.
    pub version: i32,
    /// The answers.
    pub answers: Vec<AnswerInput>,
}

/// `PUT /api/requests/{id}/report`: the on-site report of an inspection request, as far as
/// the inspector has got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportUpdate {
    /// The version the caller saw.
    pub version: i32,
    /// The report.
    pub report: crate::inspection::InspectionReport,
}

/// `POST /api/requests/{id}/messages`: a message to the other authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MessageInput {
    /// The text with its language.
    pub text: LangText,
    /// The request's version the message was written on: when given and the request has
    /// changed since, the message is not sent (409 `invalid_transition`). A message written
    /// offline carries it, so that its author sees what happened before it goes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
}

/// The answer to a write on a request: its new version and state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestRef {
    /// The request (for a split-off, the original).
    pub id: crate::RequestId,
    /// Its version now.
    pub version: i32,
    /// Its state now; `None` when it was deleted.
    pub state: Option<crate::lifecycle::RequestState>,
    /// The request a split-off created.
    pub created: Option<crate::RequestId>,
}
