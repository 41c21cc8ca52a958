//! The local data administrator's answers to a data subject: who was found, and the report
//! of what the authority holds about them, where it went, and when it is blocked and deleted.

use serde::{Deserialize, Serialize};

use super::PartyView;
use crate::lifecycle::{RequestState, Side};
use crate::personal::{PersonalField, SubjectQuery};
use crate::request::Subject;
use crate::retention::RetentionView;
use crate::{Date, LanguageCode, LegislativeArea, RequestId};

/// `POST /api/data-subjects/search`: whom to look for, and why (the reason is logged).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DataSubjectSearch {
    /// The person looked for.
    #[serde(flatten)]
    pub query: SubjectQuery,
    /// Why (the data subject's request, its reference): kept in the audit log.
    pub reason: String,
}

/// A request of the administrator's authority about the person looked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DataSubjectMatch {
    /// The request.
    pub id: RequestId,
    /// Its number, e.g. `2026-000123`.
    pub number: String,
    /// Its legislative area.
    pub area: LegislativeArea,
    /// Its state.
    pub state: RequestState,
    /// The authority's side of it.
    pub side: Side,
    /// The other authority (none for a draft without a recipient).
    pub other: Option<PartyView>,
    /// Whom it is about, as stored (also when blocked: this is what the administrator
    /// answers from).
    pub subject: Subject,
    /// When it was sent, RFC 3339 (none for a draft).
    pub sent_at: Option<String>,
    /// Where its personal data stands.
    pub retention: RetentionView,
}

/// The answer to a search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DataSubjectMatches {
    /// The requests found, newest first.
    pub rows: Vec<DataSubjectMatch>,
}

/// `POST /api/data-subjects/report`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DataSubjectReportInput {
    /// The person, as searched for.
    #[serde(flatten)]
    pub query: SubjectQuery,
    /// Why: kept in the audit log.
    pub reason: String,
    /// The language the data subject reads the report in.
    pub language: LanguageCode,
    /// Only these of the requests found (the administrator leaves out a namesake); all
    /// when empty.
    #[serde(default)]
    pub requests: Vec<RequestId>,
}

/// How an authority came to hold a request's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DisclosureKind {
    /// The request was sent to it.
    Sent,
    /// The request was forwarded to it.
    Forwarded,
    /// Some of its questions were split off to it.
    SplitOff,
    /// It sent the request to the administrator's authority.
    ReceivedFrom,
}

/// An authority that received (or sent) the data, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Disclosure {
    /// The authority.
    pub authority: PartyView,
    /// How.
    pub kind: DisclosureKind,
    /// When, RFC 3339.
    pub at: String,
}

/// One item of personal data a request holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonalItem {
    /// What it is.
    pub field: PersonalField,
    /// For a placeholder's value, the placeholder (its label is in the registry).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// The value, for the subject's data, placeholder values and documents' names; free
    /// text is counted, not quoted (it may name others).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// How many there are (texts and documents).
    pub count: u32,
}

/// One request of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportEntry {
    /// The request.
    pub id: RequestId,
    /// Its number.
    pub number: String,
    /// Its legislative area.
    pub area: LegislativeArea,
    /// Its state.
    pub state: RequestState,
    /// The authority's side.
    pub side: Side,
    /// Who received the data from the authority, or sent it to it, and when.
    pub disclosures: Vec<Disclosure>,
    /// The personal data it holds.
    pub data: Vec<PersonalItem>,
    /// The day it ended, if it has.
    pub ended_on: Option<Date>,
    /// Where its personal data stands, and when it is blocked and deleted.
    pub retention: RetentionView,
    /// The months after its end until its personal data is blocked, under its area's policy.
    pub block_after_months: u16,
    /// The months after its end until it is deleted.
    pub delete_after_months: u16,
}

/// The report for a data subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DataSubjectReport {
    /// The authority that holds the data.
    pub authority: PartyView,
    /// The language to read it in.
    pub language: LanguageCode,
    /// When it was made, RFC 3339.
    pub made_at: String,
    /// The requests, newest first.
    pub entries: Vec<ReportEntry>,
}
