//! The backend's one error type. Every failure of a handler becomes an `AppError`, and every
//! `AppError` becomes a JSON body of the shape `shared::ApiError` with a stable code.

use axum::extract::rejection::JsonRejection;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use shared::ErrorCode;
use shared::dto::ApiError;
use shared::error::{FieldCode, FieldError};

/// `Result` with [`AppError`] as the default error.
pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No such resource, or not visible to the caller.
    #[error("not found")]
    NotFound,
    /// No valid session.
    #[error("authentication required")]
    Unauthenticated,
    /// Valid session, insufficient rights.
    #[error("forbidden")]
    Forbidden,
    /// Wrong e-mail or password; deliberately vague.
    #[error("invalid e-mail or password")]
    InvalidCredentials,
    /// The password is right and the account has a second factor: its code is needed too.
    #[error("the account's second factor is needed: send its code with the password")]
    SecondFactorRequired,
    /// The second factor's code is wrong, expired or used already.
    #[error("the code is wrong, expired or was used already")]
    InvalidSecondFactor,
    /// The user's roles require a second factor they have not set up; nothing else works
    /// until they do.
    #[error("set up a second factor first (POST /api/me/second-factor/setup)")]
    SecondFactorSetupRequired,
    /// Log-in throttled.
    #[error("too many failed attempts; retry in {retry_after} s")]
    TooManyAttempts {
        /// Seconds until the next attempt is accepted.
        retry_after: u64,
    },
    /// An `Idempotency-Key` used before for another call (`idempotency`).
    #[error("this Idempotency-Key was used for a different call")]
    KeyReused,
    /// A call with the same `Idempotency-Key` is still being handled (`idempotency`).
    #[error("a call with this Idempotency-Key is still being handled; retry in {retry_after} s")]
    InProgress {
        /// Seconds after which its answer is likely there.
        retry_after: u64,
    },
    /// An action that may not be repeated so soon (a reminder).
    #[error("done a short while ago; possible again in {retry_after} s")]
    RateLimited {
        /// Seconds until it may be done again.
        retry_after: u64,
    },
    /// The request is not (or no longer) in a state that allows this, typically because
    /// another user acted first; carries the state it is in now.
    #[error("the request is `{current}`; reload it to see what is possible now")]
    Conflict {
        /// The request's current state.
        current: shared::lifecycle::RequestState,
    },
    /// The alert is not (or no longer) in a state that allows this, or its country or
    /// authority already did it; carries the state the alert is in now.
    #[error("the alert is `{current}`; reload it to see what is possible now")]
    AlertConflict {
        /// The alert's current state.
        current: shared::alert::AlertState,
    },
    /// The request's personal data is blocked or erased: nothing may be added to it.
    #[error("the personal data of this request is blocked under the retention policy")]
    PersonalDataBlocked,
    /// The attachment store has no room left; nothing of the upload was kept.
    #[error("the server's document store is full; nothing was stored")]
    StorageFull,
    /// An upload whose content is not an accepted document type.
    #[error("the file's content is not an accepted document type")]
    UnsupportedFileType,
    /// Invalid fields in an otherwise well-formed body.
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    /// Refused rows of an imported file; nothing was imported.
    #[error("{} rows of the file are invalid; nothing was imported", .0.len())]
    Rows(Vec<shared::registry::RowError>),
    /// The record changed since the caller loaded it.
    #[error("someone else saved this record since you loaded it; reload it")]
    EditConflict,
    /// The JSON body could not be read.
    #[error(transparent)]
    Json(#[from] JsonRejection),
    /// The body is not declared as JSON on a route that takes JSON.
    #[error("expected a body of type application/json")]
    NotJson,
    /// A path segment or query parameter that does not parse.
    #[error("{0}")]
    InvalidParameter(String),
    /// An uploaded body could not be read (too large, or the connection broke).
    #[error(transparent)]
    Body(#[from] axum::extract::rejection::BytesRejection),
    /// Machine translation is not configured or failed.
    #[error(transparent)]
    Translation(#[from] crate::translation::TranslateError),
    /// A database error; logged, never sent.
    #[error(transparent)]
    Database(#[from] sea_orm::DbErr),
    /// Any other internal failure; logged, never sent.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<shared::lifecycle::TransitionError> for AppError {
    /// A wrong state is a conflict (409), a wrong side or role is forbidden (403), bad data is
    /// a validation error on its field (422).
    fn from(error: shared::lifecycle::TransitionError) -> Self {
        use shared::lifecycle::TransitionError as E;
        match error {
            E::NotInState { state, .. } => AppError::Conflict { current: state },
            E::WrongSide { .. } | E::MissingRole { .. } | E::NotAssigned { .. } => {
                AppError::Forbidden
            }
            E::InvalidPayload { error, .. } => AppError::Validation(vec![error.field_error()]),
        }
    }
}

impl From<shared::alert::AlertTransitionError> for AppError {
    /// As for requests: a wrong state is a conflict (409), a wrong side or role is forbidden
    /// (403), bad data a validation error on its field (422).
    fn from(error: shared::alert::AlertTransitionError) -> Self {
        use shared::alert::AlertTransitionError as E;
        match error {
            E::NotInState { state, .. } => AppError::AlertConflict { current: state },
            E::WrongSide { .. } | E::MissingRole { .. } => AppError::Forbidden,
            E::NoAuthorities => AppError::field("action.authorities", FieldCode::Missing),
            E::DuplicateAuthority => AppError::field("action.authorities", FieldCode::Duplicate),
        }
    }
}

impl AppError {
    /// A validation error on one field.
    pub fn field(field: &str, code: FieldCode) -> Self {
        AppError::Validation(vec![FieldError::new(field, code)])
    }

    fn status_and_code(&self) -> (StatusCode, ErrorCode) {
        match self {
            AppError::NotFound => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            AppError::Unauthenticated => (StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated),
            AppError::Forbidden => (StatusCode::FORBIDDEN, ErrorCode::Forbidden),
            AppError::InvalidCredentials => {
                (StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials)
            }
            AppError::SecondFactorRequired => {
                (StatusCode::UNAUTHORIZED, ErrorCode::SecondFactorRequired)
            }
            AppError::InvalidSecondFactor => {
                (StatusCode::UNAUTHORIZED, ErrorCode::InvalidSecondFactor)
            }
            AppError::SecondFactorSetupRequired => {
                (StatusCode::FORBIDDEN, ErrorCode::SecondFactorSetupRequired)
            }
            AppError::TooManyAttempts { .. } => {
                (StatusCode::TOO_MANY_REQUESTS, ErrorCode::TooManyAttempts)
            }
            AppError::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited),
            AppError::Conflict { .. } | AppError::AlertConflict { .. } => {
                (StatusCode::CONFLICT, ErrorCode::InvalidTransition)
            }
            AppError::StorageFull => (StatusCode::INSUFFICIENT_STORAGE, ErrorCode::StorageFull),
            AppError::PersonalDataBlocked => (StatusCode::CONFLICT, ErrorCode::PersonalDataBlocked),
            AppError::UnsupportedFileType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::UnsupportedFileType,
            ),
            AppError::Validation(_) | AppError::Rows(_) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::ValidationFailed,
            ),
            AppError::EditConflict => (StatusCode::CONFLICT, ErrorCode::EditConflict),
            AppError::KeyReused => (
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::IdempotencyKeyReused,
            ),
            AppError::InProgress { .. } => (StatusCode::CONFLICT, ErrorCode::RequestInProgress),
            AppError::Json(rejection) => match rejection.status() {
                StatusCode::UNSUPPORTED_MEDIA_TYPE => (
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    ErrorCode::UnsupportedMediaType,
                ),
                StatusCode::PAYLOAD_TOO_LARGE => {
                    (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge)
                }
                StatusCode::UNPROCESSABLE_ENTITY => {
                    (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::MalformedJson)
                }
                _ => (StatusCode::BAD_REQUEST, ErrorCode::MalformedJson),
            },
            AppError::NotJson => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::UnsupportedMediaType,
            ),
            AppError::InvalidParameter(_) => (StatusCode::BAD_REQUEST, ErrorCode::InvalidParameter),
            AppError::Body(rejection) => match rejection.status() {
                StatusCode::PAYLOAD_TOO_LARGE => {
                    (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge)
                }
                _ => (StatusCode::BAD_REQUEST, ErrorCode::MalformedJson),
            },
            AppError::Translation(crate::translation::TranslateError::NotConfigured) => (
                // The client asked for what this server does not have (it can know from
                // `GET /api/translate`): not a failure of the server.
                StatusCode::NOT_FOUND,
                ErrorCode::TranslationNotConfigured,
            ),
            AppError::Translation(crate::translation::TranslateError::Provider(_)) => {
                (StatusCode::BAD_GATEWAY, ErrorCode::TranslationFailed)
            }
            AppError::Database(err) if is_connection_error(err) => (
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::DatabaseUnavailable,
            ),
            // Two transactions that could not both go on: one was rolled back, so nothing of
            // this call happened, exactly as when another user acted first.
            AppError::Database(err) if is_contention(err) => {
                (StatusCode::CONFLICT, ErrorCode::InvalidTransition)
            }
            AppError::Database(_) | AppError::Internal(_) => {
                (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::InternalError)
            }
        }
    }
}

/// Whether the database rolled the transaction back because of another one: PostgreSQL's
/// `deadlock_detected` (40P01) and `serialization_failure` (40001).
fn is_contention(err: &sea_orm::DbErr) -> bool {
    use sea_orm::{DbErr, RuntimeErr};
    let (DbErr::Exec(RuntimeErr::SqlxError(err)) | DbErr::Query(RuntimeErr::SqlxError(err))) = err
    else {
        return false;
    };
    err.as_database_error()
        .and_then(|db| db.code())
        .is_some_and(|code| code == "40P01" || code == "40001")
}

fn is_connection_error(err: &sea_orm::DbErr) -> bool {
    matches!(
        err,
        sea_orm::DbErr::ConnectionAcquire(_) | sea_orm::DbErr::Conn(_)
    )
}

/// The body for a code that is not tied to a handler's error (fallbacks, middleware).
pub fn error_response(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Response {
    let body = ApiError {
        code,
        message: message.into(),
        fields: Vec::new(),
        retry_after_seconds: None,
        current_state: None,
        current_alert_state: None,
        rows: Vec::new(),
    };
    (status, axum::Json(body)).into_response()
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        // Internal details go to the log only; the client gets the code and a generic text.
        let message = match &self {
            AppError::Database(err) if is_contention(err) => {
                tracing::info!(error = %err, "transaction rolled back by a concurrent one");
                "another change got in first; reload and try again".to_owned()
            }
            AppError::Database(err) => {
                tracing::error!(error = %err, "database error");
                "the database failed to answer".to_owned()
            }
            AppError::Internal(err) => {
                tracing::error!(error = ?err, "internal error");
                "internal server error".to_owned()
            }
            AppError::Json(rejection) => rejection.body_text(),
            AppError::Body(rejection) => rejection.body_text(),
            AppError::Translation(err) => {
                tracing::warn!(error = %err, "machine translation");
                "machine translation is not available".to_owned()
            }
            other => other.to_string(),
        };
        let retry_after_seconds = match &self {
            AppError::TooManyAttempts { retry_after }
            | AppError::RateLimited { retry_after }
            | AppError::InProgress { retry_after } => Some(*retry_after),
            _ => None,
        };
        let current_state = match &self {
            AppError::Conflict { current } => Some(*current),
            _ => None,
        };
        let current_alert_state = match &self {
            AppError::AlertConflict { current } => Some(*current),
            _ => None,
        };
        let (fields, rows) = match self {
            AppError::Validation(fields) => (fields, Vec::new()),
            AppError::Rows(rows) => (Vec::new(), rows),
            _ => (Vec::new(), Vec::new()),
        };
        let body = ApiError {
            code,
            message,
            fields,
            retry_after_seconds,
            current_state,
            current_alert_state,
            rows,
        };
        let mut response = (status, axum::Json(body)).into_response();
        if let Some(seconds) = retry_after_seconds {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}
