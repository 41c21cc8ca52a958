//! Wire types of the JSON API. They are separate from the backend's database models; the
//! backend converts explicitly.

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
    /// The roles the user holds in their authority.
    pub roles: Vec<Role>,
    /// The user's authority.
    pub authority: AuthoritySummary,
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
