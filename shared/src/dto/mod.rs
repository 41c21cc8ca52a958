//! Wire types of the JSON API. They are separate from the backend's database models; the
//! backend converts explicitly.

mod alerts;
mod data_subjects;
mod requests;

pub use alerts::*;
pub use data_subjects::*;
pub use requests::*;

use crate::{AuthorityId, CountryCode, LanguageCode, Role, UserId};
use serde::{Deserialize, Serialize};

/// `GET /api/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// `ok` when the database answers, `unavailable` when it does not.
    pub status: String,
    /// `sqlite` or `postgres`.
    pub database: String,
    /// The server's version.
    pub version: String,
}

/// `POST /api/auth/login`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginRequest {
    /// The account's e-mail address.
    pub email: String,
    /// The account's password.
    pub password: String,
    /// The code of the account's second factor (six digits from the authenticator app, or
    /// a recovery code), when it has one. Without it such an account's log-in answers
    /// `second_factor_required`, and the client asks for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// The authority a user belongs to, as shown next to their name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuthoritySummary {
    /// The authority's id.
    pub id: AuthorityId,
    /// Its name in its own language.
    pub name: String,
    /// Its country.
    pub country: CountryCode,
    /// Whether an allocator assigns its incoming requests to handlers.
    #[serde(default)]
    pub allocation_enabled: bool,
    /// Whether it coordinates its country or some areas of it.
    #[serde(default)]
    pub coordinator: Option<crate::registry::CoordinatorKind>,
}

/// `GET /api/me`: who is logged in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    /// The user's id.
    pub id: UserId,
    /// The user's e-mail address.
    pub email: String,
    /// The user's name as shown to colleagues.
    pub display_name: String,
    /// The language the user chose for the interface; `None` until they choose one, and the
    /// browser's language applies.
    pub language: Option<LanguageCode>,
    /// The roles the user holds in their organisation.
    pub roles: Vec<Role>,
    /// Whom the user works for: an authority, or the European Commission.
    pub organisation: Organisation,
    /// The user's second factor of log-in.
    #[serde(default)]
    pub second_factor: crate::account::SecondFactorStatus,
}

impl Me {
    /// The user's authority; `None` for the Commission's staff.
    pub fn authority(&self) -> Option<&AuthoritySummary> {
        match &self.organisation {
            Organisation::Authority(authority) => Some(authority),
            Organisation::Commission => None,
        }
    }

    /// The user's authority, to change what the client knows of it.
    pub fn authority_mut(&mut self) -> Option<&mut AuthoritySummary> {
        match &mut self.organisation {
            Organisation::Authority(authority) => Some(authority),
            Organisation::Commission => None,
        }
    }
}

/// Whom a user works for. The European Commission is not an authority of one of the 30
/// countries: it handles no request and is in no country's registry, so its staff belong to
/// it directly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Organisation {
    /// A competent authority of one of the countries.
    Authority(AuthoritySummary),
    /// The European Commission.
    Commission,
}

/// `GET /api/session`: whether the caller has a session, and whose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionState {
    /// The logged-in user; `None` without a (valid) session.
    pub me: Option<Me>,
    /// When the session ends (RFC 3339); `None` without one. What the device keeps of the
    /// user's work for offline use goes when it ends, network or not.
    #[serde(default)]
    pub expires_at: Option<String>,
}

/// `PUT /api/me/language`: remember the user's interface language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetLanguage {
    /// The chosen language.
    pub language: LanguageCode,
}

/// `POST /api/translate`: machine-translate a piece of free text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TranslateRequest {
    /// The text, at most [`TranslateRequest::MAX_CHARS`] characters.
    pub text: String,
    /// Its language, when known (the original's language tag); detected otherwise.
    #[serde(default)]
    pub source: Option<LanguageCode>,
    /// The language wanted.
    pub target: LanguageCode,
}

impl TranslateRequest {
    /// The longest text translated in one call.
    pub const MAX_CHARS: usize = 5000;
}

/// The answer of `POST /api/translate`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Translation {
    /// The machine translation. The UI shows it marked as such, next to the original.
    pub text: String,
}

/// `GET /api/translate`: whether machine translation is offered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TranslationStatus {
    /// `false` when the server has no translation provider: the UI offers no button.
    pub available: bool,
}

/// `GET /api/catalogue`: the question catalogue in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CatalogueView {
    /// The language of every text below.
    pub language: LanguageCode,
    /// The fixed parts of answers (`yes`, `no`, `unknown`, `document_attached`,
    /// `document_not_available`, `comment`).
    pub answers: std::collections::BTreeMap<String, String>,
    /// The legislative areas asked for, each with its topics.
    pub areas: Vec<AreaView>,
}

/// One legislative area of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AreaView {
    /// The area.
    pub area: crate::LegislativeArea,
    /// Its topics, in catalogue order.
    pub topics: Vec<TopicView>,
}

/// A topic and its questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TopicView {
    /// The topic's stable key.
    pub key: String,
    /// Its name.
    pub name: String,
    /// Its questions, in catalogue order.
    pub questions: Vec<QuestionView>,
}

/// A question as a requester chooses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuestionView {
    /// The id requests refer to.
    pub id: crate::QuestionId,
    /// The stable key in the catalogue files.
    pub key: String,
    /// The text, a template whose `${Name}` placeholders the requester fills in.
    pub text: String,
    /// How it is answered.
    pub answer: crate::catalogue::AnswerType,
    /// The options, for `choice` answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionView>,
    /// The unit, for `measurement` answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<crate::catalogue::Unit>,
}

/// One option of a `choice` answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OptionView {
    /// Its stable key.
    pub key: String,
    /// Its label.
    pub label: String,
}

/// Why an authority matched a search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MatchReason {
    /// Its name.
    Name,
    /// Its acronym.
    Acronym,
    /// Its city.
    City,
    /// A competence, with its label in the reader's language.
    Competence {
        /// The concept's id.
        concept: String,
        /// Its label in the reader's language.
        label: String,
    },
}

/// An authority as a search result or a list entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuthorityHit {
    /// Its id.
    pub id: AuthorityId,
    /// Its country.
    pub country: CountryCode,
    /// Its name in its own language.
    pub name: String,
    /// Its English name, if any.
    pub name_en: Option<String>,
    /// Its acronym, if any.
    pub acronym: Option<String>,
    /// Its city.
    pub city: String,
    /// The territory it is competent for.
    #[serde(default)]
    pub level: crate::registry::AuthorityLevel,
    /// The legislative areas it handles.
    pub areas: Vec<crate::LegislativeArea>,
    /// Why it matched, strongest first (empty without a query text).
    pub matched: Vec<MatchReason>,
}

/// `GET /api/authorities`: one page of results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuthoritySearchPage {
    /// How many authorities match in all.
    pub total: usize,
    /// The page, from 1.
    pub page: usize,
    /// Results per page.
    pub per_page: usize,
    /// This page's results, best first.
    pub results: Vec<AuthorityHit>,
    /// The country named in the query's text that filtered the results ("ārsts Portugālē"),
    /// when the query gave no country of its own.
    pub country_from_query: Option<CountryCode>,
    /// What the query asks for: the concepts its words name, best first, in the reader's
    /// language, even when no authority (in the country asked for) declares them.
    pub recognised: Vec<CompetenceView>,
    /// When no authority matched within one country: its national IMI coordinator, who can
    /// name the competent authority.
    pub coordinator: Option<AuthorityHit>,
}

/// A competence with its label in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompetenceView {
    /// The concept's id.
    pub concept: String,
    /// Its label in the reader's language.
    pub label: String,
}

/// `GET /api/authorities/{id}`: an authority's profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuthorityProfile {
    /// Its id.
    pub id: AuthorityId,
    /// Its country.
    pub country: CountryCode,
    /// Its name in its own language.
    pub name: String,
    /// Its English name, if any.
    pub name_en: Option<String>,
    /// Its acronym, if any.
    pub acronym: Option<String>,
    /// Its city.
    pub city: String,
    /// The territory it is competent for.
    #[serde(default)]
    pub level: crate::registry::AuthorityLevel,
    /// Its postal address.
    pub address: Option<String>,
    /// Its contact e-mail.
    pub email: Option<String>,
    /// Its contact telephone.
    pub phone: Option<String>,
    /// Whether it is its country's national coordinator or an area coordinator.
    pub coordinator: Option<crate::registry::CoordinatorKind>,
    /// The legislative areas it handles.
    pub areas: Vec<crate::LegislativeArea>,
    /// Its competences, labelled in the reader's language.
    pub competences: Vec<CompetenceView>,
    /// The language of `name`, when the registry knows it.
    #[serde(default)]
    pub name_language: Option<LanguageCode>,
    /// Its names in its country's other languages.
    #[serde(default)]
    pub other_names: Vec<crate::registry::AuthorityName>,
    /// The coordinator who registered it, when it was registered in the system.
    #[serde(default)]
    pub registered_by: Option<crate::registry::RegisteredBy>,
    /// Grows with every saved edit; an edit names the revision it started from.
    #[serde(default)]
    pub revision: i64,
    /// Whether the reader may edit it (a coordinator whose scope covers it).
    #[serde(default)]
    pub editable: bool,
    /// Whether the reader may manage its users (its local administrators).
    #[serde(default)]
    pub users_manageable: bool,
}

/// The body of every error response of the API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiError {
    /// What went wrong, for the client to translate.
    pub code: crate::error::ErrorCode,
    /// An English description for logs and API users; never shown in the SPA.
    pub message: String,
    /// Invalid fields, when `code` is `validation_failed`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<crate::error::FieldError>,
    /// How long to wait before trying again, when `code` is `too_many_attempts`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_seconds: Option<u64>,
    /// The request's state now, when `code` is `invalid_transition`: what the other user's
    /// action left, so the client can show it without guessing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_state: Option<crate::lifecycle::RequestState>,
    /// The alert's state now, when `code` is `invalid_transition` on an alert.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_alert_state: Option<crate::alert::AlertState>,
    /// The refused rows of a file import, when `code` is `validation_failed` for one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<crate::registry::RowError>,
}
