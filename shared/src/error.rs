//! The one list of error codes the API can return.
//!
//! Codes are stable snake_case strings on the wire. The SPA never shows the server's `message`
//! (it is English, for logs and API clients); it translates the code with the message id
//! `error-<code with dashes>` from `locales/`. A test walks [`ErrorCode::ALL`] and fails when a
//! locale lacks one of them.

use serde::{Deserialize, Serialize};

use crate::macros::wire_enum;

/// A stable, machine-readable error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorCode {
    /// Something failed on the server; details are in the server's log, never in the response.
    InternalError,
    /// The database does not answer.
    DatabaseUnavailable,
    /// No such resource, or the caller may not know it exists.
    NotFound,
    /// The route exists but not with this HTTP method.
    MethodNotAllowed,
    /// The request needs a session and has none (or it expired).
    Unauthenticated,
    /// The caller is known but lacks the role or the relation this needs.
    Forbidden,
    /// E-mail and password do not match an active account. Deliberately says no more.
    InvalidCredentials,
    /// Too many failed log-in attempts; the client should wait `retry_after_seconds`.
    TooManyAttempts,
    /// The body is not valid JSON, or not of the expected shape.
    MalformedJson,
    /// The body's content type is not the one the route accepts.
    UnsupportedMediaType,
    /// The body is larger than the route accepts.
    PayloadTooLarge,
    /// One or more fields are invalid; see the error's `fields`.
    ValidationFailed,
    /// The client could not reach the server at all (never sent by the server).
    NetworkError,
    /// The request's current state does not allow this action (someone else acted first, or
    /// the client is stale); reload and see what is possible now. HTTP 409.
    InvalidTransition,
    /// Machine translation was asked for, and the server has no translation provider.
    TranslationNotConfigured,
    /// The translation provider failed or could not be reached.
    TranslationFailed,
    /// An uploaded file's content is not one of the accepted document types (PDF, image,
    /// office document), whatever its name or declared type says.
    UnsupportedFileType,
    /// Someone else saved the record since the caller loaded it; reload and edit again.
    /// HTTP 409.
    EditConflict,
    /// A part of the address (an id in the path, a query parameter) does not parse, or holds
    /// a control character. HTTP 400.
    InvalidParameter,
    /// The action was taken a short while ago and may not be repeated yet (a reminder);
    /// the client should wait `retry_after_seconds`. HTTP 429.
    RateLimited,
    /// The password was right and the account has a second factor: log in again with the
    /// code from the authenticator app (or a recovery code). HTTP 401.
    SecondFactorRequired,
    /// The second factor's code is wrong, expired or was used already. HTTP 401.
    InvalidSecondFactor,
    /// The user's roles (local administrator, coordinator) require a second factor that is
    /// not set up yet; until it is, the session can do nothing else. HTTP 403.
    SecondFactorSetupRequired,
    /// The server's document store is full: the document was not stored (nothing of it is
    /// kept); the operator must make room. HTTP 507.
    StorageFull,
    /// The request's personal data is blocked (or erased) under the retention policy:
    /// nothing that would add to it (a message, a document) is accepted. HTTP 409.
    PersonalDataBlocked,
    /// The `Idempotency-Key` was used before for a different call (another route or body).
    /// HTTP 422.
    IdempotencyKeyReused,
    /// A call with the same `Idempotency-Key` is still being handled; ask again shortly for
    /// its answer. HTTP 409.
    RequestInProgress,
    /// The device has no room left to keep a change made offline (never sent by the server).
    DeviceStorageFull,
    /// A document larger than a device keeps for sending later (never sent by the server).
    TooLargeToKeep,
}

impl ErrorCode {
    /// Every code, for exhaustive checks such as "each locale translates each code".
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::InternalError,
        ErrorCode::DatabaseUnavailable,
        ErrorCode::NotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::Unauthenticated,
        ErrorCode::Forbidden,
        ErrorCode::InvalidCredentials,
        ErrorCode::TooManyAttempts,
        ErrorCode::MalformedJson,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::PayloadTooLarge,
        ErrorCode::ValidationFailed,
        ErrorCode::NetworkError,
        ErrorCode::InvalidTransition,
        ErrorCode::TranslationNotConfigured,
        ErrorCode::TranslationFailed,
        ErrorCode::UnsupportedFileType,
        ErrorCode::EditConflict,
        ErrorCode::InvalidParameter,
        ErrorCode::RateLimited,
        ErrorCode::SecondFactorRequired,
        ErrorCode::InvalidSecondFactor,
        ErrorCode::SecondFactorSetupRequired,
        ErrorCode::StorageFull,
        ErrorCode::PersonalDataBlocked,
        ErrorCode::IdempotencyKeyReused,
        ErrorCode::RequestInProgress,
        ErrorCode::DeviceStorageFull,
        ErrorCode::TooLargeToKeep,
    ];

    /// The code as it appears on the wire, e.g. `invalid_credentials`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InternalError => "internal_error",
            ErrorCode::DatabaseUnavailable => "database_unavailable",
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::Unauthenticated => "unauthenticated",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::InvalidCredentials => "invalid_credentials",
            ErrorCode::TooManyAttempts => "too_many_attempts",
            ErrorCode::MalformedJson => "malformed_json",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::ValidationFailed => "validation_failed",
            ErrorCode::NetworkError => "network_error",
            ErrorCode::InvalidTransition => "invalid_transition",
            ErrorCode::TranslationNotConfigured => "translation_not_configured",
            ErrorCode::TranslationFailed => "translation_failed",
            ErrorCode::UnsupportedFileType => "unsupported_file_type",
            ErrorCode::EditConflict => "edit_conflict",
            ErrorCode::InvalidParameter => "invalid_parameter",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::SecondFactorRequired => "second_factor_required",
            ErrorCode::InvalidSecondFactor => "invalid_second_factor",
            ErrorCode::SecondFactorSetupRequired => "second_factor_setup_required",
            ErrorCode::StorageFull => "storage_full",
            ErrorCode::PersonalDataBlocked => "personal_data_blocked",
            ErrorCode::IdempotencyKeyReused => "idempotency_key_reused",
            ErrorCode::RequestInProgress => "request_in_progress",
            ErrorCode::DeviceStorageFull => "device_storage_full",
            ErrorCode::TooLargeToKeep => "too_large_to_keep",
        }
    }

    /// The Fluent message id that translates this code, e.g. `error-invalid-credentials`.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str().replace('_', "-"))
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

wire_enum!(
    /// Why a field (or a row of an import) is refused: one word per meaning, on every
    /// endpoint. The SPA says each in words with the message `field-error-<code with
    /// dashes>`; a locale test walks [`FieldCode::ALL`].
    pub enum FieldCode {
        /// Nothing given where something is needed (a blank text counts as nothing).
        Missing = "missing",
        /// A file that holds nothing.
        Empty = "empty",
        /// Longer than allowed (`max`, and the `length` given, where known).
        TooLong = "too_long",
        /// Shorter than allowed.
        TooShort = "too_short",
        /// More items than allowed.
        TooMany = "too_many",
        /// A number outside its range (`min` and `max`, where known).
        OutOfRange = "out_of_range",
        /// Given twice.
        Duplicate = "duplicate",
        /// The same key as an earlier row of the file (`line`).
        DuplicateOfLine = "duplicate_of_line",
        /// A code, id or name the system does not know.
        Unknown = "unknown",
        /// Not in the expected form.
        InvalidFormat = "invalid_format",
        /// Not a date in the form `YYYY-MM-DD`.
        InvalidDate = "invalid_date",
        /// A date that does not exist (30 February).
        NonexistentDate = "nonexistent_date",
        /// Not an e-mail address.
        InvalidEmail = "invalid_email",
        /// Not a telephone number in international form.
        InvalidPhone = "invalid_phone",
        /// Not a person's name (digits or symbols).
        InvalidPersonName = "invalid_person_name",
        /// Not a register reference (letters, digits and separators).
        InvalidRegisterReference = "invalid_register_reference",
        /// Not a country code the system knows.
        UnknownCountry = "unknown_country",
        /// A placeholder name the system does not define.
        UnknownPlaceholder = "unknown_placeholder",
        /// A value for a placeholder the chosen questions do not have.
        Unexpected = "unexpected",
        /// An invisible control character (or a direction override).
        ControlCharacter = "control_character",
        /// A line break in a one-line value.
        LineBreak = "line_break",
        /// A date after today where only the past makes sense.
        InFuture = "in_future",
        /// A date that is not after today where only the future makes sense.
        NotInFuture = "not_in_future",
        /// A question of another legislative area than the request's.
        OtherArea = "other_area",
        /// An authority that does not handle the request's area.
        AreaNotHandled = "area_not_handled",
        /// Not allowed here (a party sending to itself, for example).
        NotAllowed = "not_allowed",
        /// Outside the caller's remit (an area it does not coordinate).
        NotYours = "not_yours",
        /// Of another country than the caller's own.
        NotOwnCountry = "not_own_country",
        /// Of another country than the file's coordinator.
        OtherCountry = "other_country",
        /// Already used by someone else.
        Taken = "taken",
        /// Would leave the authority without an active local administrator.
        LastAdministrator = "last_administrator",
        /// A password that contains the user's name or address.
        TooPersonal = "too_personal",
        /// A password that is too easy to guess.
        TooGuessable = "too_guessable",
        /// A wrong second-factor code.
        WrongCode = "wrong_code",
        /// A second factor confirmed without being set up first.
        NoSetup = "no_setup",
        /// A second factor turned off that was never on.
        NoSecondFactor = "no_second_factor",
        /// A second factor the user's roles require.
        RequiredByRole = "required_by_role",
        /// The current password is wrong.
        WrongPassword = "wrong_password",
        /// One's own account (one may not deactivate oneself).
        SelfTarget = "self",
        /// A file that is not UTF-8 text.
        NotUtf8 = "not_utf8",
        /// A file that cannot be read as CSV.
        Unreadable = "unreadable",
        /// A column the import does not know.
        UnknownColumn = "unknown_column",
        /// A column the import needs.
        MissingColumn = "missing_column",
        /// A row with more or fewer cells than the header.
        WrongColumnCount = "wrong_column_count",
        /// More rows than one import takes.
        TooManyRows = "too_many_rows",
        /// Nothing would be left (splitting off every question).
        NoneLeft = "none_left",
        /// Not one of the authority's active request handlers.
        NotAHandler = "not_a_handler",
        /// Not a coordinator.
        NotACoordinator = "not_a_coordinator",
        /// Not one of the request's questions.
        NotAsked = "not_asked",
        /// Not done through this route (a draft is edited with its own).
        NotHere = "not_here",
        /// A template's placeholder opened and never closed (`position`).
        Unterminated = "unterminated",
        /// A template's placeholder without a name (`position`).
        EmptyName = "empty_name",
        /// A template's placeholder name that is not a name (`placeholder`, `position`).
        InvalidName = "invalid_name",
        /// A template's brackets that do not pair (`position`).
        MismatchedDelimiters = "mismatched_delimiters",
        /// A template's placeholder inside another (`position`).
        Nested = "nested",
        /// An answer of another kind than the question asks (a date to a yes-or-no
        /// question).
        WrongKind = "wrong_kind",
        /// An answer that says a document is attached, with none attached to its question.
        NoAttachment = "no_attachment",
        /// A date that ends a period before the period starts (a decision's end before the
        /// day it applies from, or before it was taken).
        BeforeStart = "before_start",
    }
);

impl FieldCode {
    /// The Fluent message id, e.g. `field-error-too-long`.
    pub fn message_id(self) -> String {
        format!("field-error-{}", self.as_str().replace('_', "-"))
    }
}

/// What a refusal's message needs besides its code: the limits broken, the line repeated,
/// the placeholder concerned. Empty for most.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldParams {
    /// The smallest value allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u64>,
    /// The largest value (or length) allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
    /// The length given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<u64>,
    /// The earlier line of the file with the same key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The placeholder whose value is refused, e.g. `SPBusinessName`: the SPA says the
    /// refusal with the placeholder's label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Where in a template the problem is (characters from 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<u64>,
}

impl FieldParams {
    /// Whether there is nothing in it.
    pub fn is_empty(&self) -> bool {
        *self == FieldParams::default()
    }
}

/// One invalid field of a request body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The field's name in the request body, e.g. `email`.
    pub field: String,
    /// Why it is invalid.
    pub code: FieldCode,
    /// What the message needs besides the code (boxed: most refusals need nothing, and
    /// every `Result` that may carry one stays small).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub params: Option<Box<FieldParams>>,
}

/// No parameters, for [`FieldError::params`].
static NO_PARAMS: FieldParams = FieldParams {
    min: None,
    max: None,
    length: None,
    line: None,
    placeholder: None,
    position: None,
};

impl FieldError {
    /// A refusal of `field` without parameters.
    pub fn new(field: impl Into<String>, code: FieldCode) -> FieldError {
        FieldError {
            field: field.into(),
            code,
            params: None,
        }
    }

    /// The same refusal with parameters.
    pub fn with(self, params: FieldParams) -> FieldError {
        FieldError {
            params: (!params.is_empty()).then(|| Box::new(params)),
            ..self
        }
    }

    /// What the message needs besides the code (all `None` for most).
    pub fn params(&self) -> &FieldParams {
        self.params.as_deref().unwrap_or(&NO_PARAMS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_name_matches_as_str_for_every_code() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            let back: ErrorCode = serde_json::from_str(&json).unwrap();
            assert_eq!(back, *code);
        }
    }

    #[test]
    fn all_lists_every_variant_in_order() {
        // serde's derived `Deserialize` also accepts a variant's index, so counting up from 0
        // enumerates every variant without a hand-kept list that could itself fall behind.
        use serde::de::value::{Error, U32Deserializer};
        let every_variant: Vec<ErrorCode> = (0u32..)
            .map_while(|index| ErrorCode::deserialize(U32Deserializer::<Error>::new(index)).ok())
            .collect();
        assert_eq!(every_variant, ErrorCode::ALL);
    }

    #[test]
    fn message_ids_use_dashes() {
        assert_eq!(
            ErrorCode::TooManyAttempts.message_id(),
            "error-too-many-attempts"
        );
    }
}
