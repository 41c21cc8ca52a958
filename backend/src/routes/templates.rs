use axum::Json;
use shared::dto::ApiError;
use shared::placeholder::{Completeness, TemplateCheck, TemplateCheckRequest, check_template};

use crate::auth::AuthUser;
use crate::error::{AppError, Result};
use crate::extract::ApiJson;

/// Checks a question template and the values filled into it, with the same rules the SPA
/// applies while the user types: syntax, known placeholders, and each value against its kind
/// and length. Every placeholder needs a value.
#[utoipa::path(post, path = "/api/templates/check", tag = "questions", request_body = TemplateCheckRequest, responses(
    (status = 200, description = "Accepted; the canonical template, its placeholders and the rendered question", body = TemplateCheck),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 422, description = "`validation_failed`: `fields` names `template` or `values.<Name>` with the placeholder or template error code", body = ApiError),
))]
pub async fn check(
    _user: AuthUser,
    ApiJson(body): ApiJson<TemplateCheckRequest>,
) -> Result<Json<TemplateCheck>> {
    check_template(&body.template, &body.values, Completeness::Complete)
        .map(Json)
        .map_err(|errors| AppError::Validation(errors.field_errors()))
}
