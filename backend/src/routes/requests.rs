//! Information requests: compose, act, answer, talk, list. The handlers parse and hand over
//! to `services::requests`, which decides and writes.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use shared::RequestId;
use shared::dto::ApiError;
use shared::dto::{
    ActionRequest, AnswersUpdate, DraftUpdate, MessageInput, Rectification, ReportUpdate,
    RequestCounts, RequestListPage, RequestRef, RequestView,
};
use shared::query::RequestListParams;
use shared::request::DraftInput;

use crate::auth::AuthUser;
use crate::error::AppError;
use crate::error::Result;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::services::requests;
use crate::state::AppState;

/// The query of `GET /api/requests/{id}`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ViewQuery {
    /// The language to render questions and answers in; by default the user's, else English.
    language: Option<String>,
}

/// Creates a draft request.
#[utoipa::path(post, path = "/api/requests", tag = "requests", request_body = DraftInput, responses(
    (status = 201, description = "The draft", body = RequestRef),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 403, description = "`forbidden`: only request handlers compose requests", body = ApiError),
    (status = 422, description = "`validation_failed`, with the fields at fault", body = ApiError),
))]
pub async fn create(
    State(state): State<AppState>,
    user: AuthUser,
    ApiJson(draft): ApiJson<DraftInput>,
) -> Result<(StatusCode, Json<RequestRef>)> {
    let created = requests::create(&state, &user, draft).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// One page of the overview, from the caller's authority's side.
#[utoipa::path(get, path = "/api/requests", tag = "requests", params(RequestListParams), responses(
    (status = 200, description = "One page", body = RequestListPage),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 422, description = "`validation_failed`: a filter is `unknown` or `invalid`", body = ApiError),
))]
pub async fn list(
    State(state): State<AppState>,
    user: AuthUser,
    ApiQuery(params): ApiQuery<RequestListParams>,
) -> Result<axum::response::Response> {
    use axum::response::IntoResponse;
    let query = params.check().map_err(AppError::Validation)?;
    let page = requests::list_json(&state, &user, query).await?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        page,
    )
        .into_response())
}

/// The counters of the navigation.
#[utoipa::path(get, path = "/api/requests/counts", tag = "requests", responses(
    (status = 200, description = "Counts per box", body = RequestCounts),
    (status = 401, description = "`unauthenticated`", body = ApiError),
))]
pub async fn counts(State(state): State<AppState>, user: AuthUser) -> Result<Json<RequestCounts>> {
    Ok(Json(requests::counts(&state, &user).await?))
}

/// A request, rendered in the reader's language, with what the caller may do.
#[utoipa::path(get, path = "/api/requests/{id}", tag = "requests", params(("id" = i32, Path), ViewQuery), responses(
    (status = 200, description = "The request", body = RequestView),
    (status = 401, description = "`unauthenticated`", body = ApiError),
    (status = 404, description = "`not_found`: no such request, or not one the caller may see", body = ApiError),
))]
pub async fn view(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiQuery(query): ApiQuery<ViewQuery>,
) -> Result<Json<RequestView>> {
    let language = user.reading_language(query.language.as_deref())?;
    Ok(Json(
        requests::view(&state, &user, RequestId(id), language).await?,
    ))
}

/// Saves a draft.
#[utoipa::path(put, path = "/api/requests/{id}", tag = "requests", params(("id" = i32, Path)), request_body = DraftUpdate, responses(
    (status = 200, description = "Saved", body = RequestRef),
    (status = 404, description = "`not_found`", body = ApiError),
    (status = 409, description = "`invalid_transition`: not a draft any more, or changed since `version`", body = ApiError),
    (status = 422, description = "`validation_failed`", body = ApiError),
))]
pub async fn save_draft(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiJson(update): ApiJson<DraftUpdate>,
) -> Result<Json<RequestRef>> {
    Ok(Json(
        requests::save_draft(&state, &user, RequestId(id), update).await?,
    ))
}

/// Takes an action of the request's state machine: send, withdraw, accept, forward, request
/// information, provide it, answer, split off, ask for clarification, close, delete.
#[utoipa::path(post, path = "/api/requests/{id}/actions", tag = "requests", params(("id" = i32, Path)), request_body = ActionRequest, responses(
    (status = 200, description = "Done", body = RequestRef),
    (status = 403, description = "`forbidden`: not this side's or role's action", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
    (status = 409, description = "`invalid_transition`, with `current_state`: the state does not allow it (someone acted first)", body = ApiError),
    (status = 422, description = "`validation_failed`: the request or the action's data is incomplete", body = ApiError),
))]
pub async fn act(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiJson(action): ApiJson<ActionRequest>,
) -> Result<Json<RequestRef>> {
    Ok(Json(
        requests::act(&state, &user, RequestId(id), action).await?,
    ))
}

/// Saves the responder's answers so far; the `answer` action sends them.
#[utoipa::path(put, path = "/api/requests/{id}/answers", tag = "requests", params(("id" = i32, Path)), request_body = AnswersUpdate, responses(
    (status = 200, description = "Saved", body = RequestRef),
    (status = 403, description = "`forbidden`", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
    (status = 409, description = "`invalid_transition`", body = ApiError),
    (status = 422, description = "`validation_failed`", body = ApiError),
))]
pub async fn save_answers(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiJson(update): ApiJson<AnswersUpdate>,
) -> Result<Json<RequestRef>> {
    Ok(Json(
        requests::save_answers(&state, &user, RequestId(id), update).await?,
    ))
}

/// Saves the on-site report of an inspection request as far as the inspector has got; the
/// `answer` action sends it with the answers, once it has its day, its place and the
/// inspector's signature.
#[utoipa::path(put, path = "/api/requests/{id}/report", tag = "requests", params(("id" = i32, Path)), request_body = ReportUpdate, responses(
    (status = 200, description = "Saved", body = RequestRef),
    (status = 403, description = "`forbidden`", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
    (status = 409, description = "`invalid_transition`", body = ApiError),
    (status = 422, description = "`validation_failed` (`kind`: `wrong_kind` for a request that is not an inspection)", body = ApiError),
))]
pub async fn save_report(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiJson(update): ApiJson<ReportUpdate>,
) -> Result<Json<RequestRef>> {
    Ok(Json(
        requests::save_report(&state, &user, RequestId(id), update).await?,
    ))
}

/// Corrects whom the request is about: the other party is told, and the timeline names the
/// fields corrected, never their old values.
#[utoipa::path(put, path = "/api/requests/{id}/subject", tag = "requests", params(("id" = i32, Path)), request_body = Rectification, responses(
    (status = 200, description = "Corrected (or nothing to correct)", body = RequestRef),
    (status = 403, description = "`forbidden`: only a request handler of a party that sees the personal data", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
    (status = 409, description = "`invalid_transition`: the request changed since it was loaded; `personal_data_blocked`: its personal data is blocked", body = ApiError),
    (status = 422, description = "`validation_failed`", body = ApiError),
))]
pub async fn rectify(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiJson(input): ApiJson<Rectification>,
) -> Result<Json<RequestRef>> {
    Ok(Json(
        requests::rectify(&state, &user, RequestId(id), input).await?,
    ))
}

/// Sends a message to the other authority of the request.
#[utoipa::path(post, path = "/api/requests/{id}/messages", tag = "requests", params(("id" = i32, Path)), request_body = MessageInput, responses(
    (status = 204, description = "Sent"),
    (status = 403, description = "`forbidden`: coordinators and drafts have no conversation", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
    (status = 409, description = "`personal_data_blocked`: the request's personal data is blocked under the retention policy; `invalid_transition`: the request changed since `version`", body = ApiError),
    (status = 422, description = "`validation_failed`", body = ApiError),
))]
pub async fn message(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiJson(input): ApiJson<MessageInput>,
) -> Result<StatusCode> {
    requests::message(&state, &user, RequestId(id), input).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The query of `POST /api/requests/{id}/attachments`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct UploadQuery {
    /// The file's name as the user chose it.
    name: String,
    /// The question the document answers, if any.
    question: Option<i32>,
    /// The request's version the document was attached on: when given and the request has
    /// changed since, nothing is stored (409 `invalid_transition`).
    version: Option<i32>,
}

/// Attaches a document: the body is the file's bytes. PDF, images and office documents up
/// to the configured size (20 MiB by default); the type is read from the content.
#[utoipa::path(post, path = "/api/requests/{id}/attachments", tag = "requests", params(("id" = i32, Path), UploadQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"), responses(
    (status = 201, description = "Stored", body = shared::dto::AttachmentView),
    (status = 404, description = "`not_found`", body = ApiError),
    (status = 409, description = "`invalid_transition`: no attachments in this state, or the request changed since `version`", body = ApiError),
    (status = 413, description = "`payload_too_large`", body = ApiError),
    (status = 507, description = "`storage_full`: the document store has no room; nothing was stored", body = ApiError),
    (status = 415, description = "`unsupported_file_type`: not a PDF, image or office document", body = ApiError),
    (status = 422, description = "`validation_failed`: `name` missing, `file` empty, `question` not asked", body = ApiError),
))]
pub async fn upload(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiQuery(query): ApiQuery<UploadQuery>,
    crate::extract::ApiBytes(body): crate::extract::ApiBytes,
) -> Result<(StatusCode, Json<shared::dto::AttachmentView>)> {
    let stored = crate::services::attachments::upload(
        &state,
        &user,
        RequestId(id),
        query.question.map(shared::QuestionId),
        query.version,
        &query.name,
        body,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(stored)))
}

/// Downloads an attached document.
#[utoipa::path(get, path = "/api/attachments/{id}", tag = "requests", params(("id" = i32, Path)), responses(
    (status = 200, description = "The document, of the type its content was found to be (`blobs::DOCUMENT_TYPES`)", content(
        ("application/pdf"),
        ("image/png"),
        ("image/jpeg"),
        ("image/gif"),
        ("image/tiff"),
        ("image/webp"),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        ("application/vnd.oasis.opendocument.text"),
        ("application/vnd.oasis.opendocument.spreadsheet"),
        ("application/x-ole-storage"),
    )),
    (status = 404, description = "`not_found`: no such document, or not one the caller may see", body = ApiError),
))]
pub async fn download(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
) -> Result<axum::response::Response> {
    use axum::http::header;
    use axum::response::IntoResponse;
    let (row, bytes) = crate::services::attachments::download(&state, &user, id).await?;
    // RFC 6266: an ASCII fallback and the exact name, percent-encoded.
    let ascii: String = row
        .file_name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = row
        .file_name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
    Ok((
        [
            (header::CONTENT_TYPE, row.content_type.clone()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

/// Assigns an incoming request to one of the authority's handlers (allocators only).
#[utoipa::path(post, path = "/api/requests/{id}/assign", tag = "requests", params(("id" = i32, Path)), request_body = shared::dto::AssignInput, responses(
    (status = 200, description = "Assigned", body = RequestRef),
    (status = 403, description = "`forbidden`: not an allocator of the responding authority", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
    (status = 409, description = "`invalid_transition`", body = ApiError),
    (status = 422, description = "`validation_failed`: `user` is `not_a_handler`", body = ApiError),
))]
pub async fn assign(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
    ApiJson(input): ApiJson<shared::dto::AssignInput>,
) -> Result<Json<RequestRef>> {
    Ok(Json(
        requests::assign(&state, &user, RequestId(id), input).await?,
    ))
}

/// A coordinator reminds the authority whose move it is.
#[utoipa::path(post, path = "/api/requests/{id}/remind", tag = "coordination", params(("id" = i32, Path)), responses(
    (status = 429, description = "`rate_limited`, with `retry_after_seconds`: the request was reminded less than a day ago", body = ApiError),
    (status = 204, description = "Reminded"),
    (status = 403, description = "`forbidden`: coordinators only", body = ApiError),
    (status = 404, description = "`not_found`", body = ApiError),
    (status = 409, description = "`invalid_transition`: nobody's move (closed or withdrawn)", body = ApiError),
))]
pub async fn remind(
    State(state): State<AppState>,
    user: AuthUser,
    ApiPath(id): ApiPath<i32>,
) -> Result<StatusCode> {
    requests::remind(&state, &user, RequestId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Requests of the coordinator's country without activity for more than two months.
#[utoipa::path(get, path = "/api/coordination/inactive", tag = "coordination", params(LanguageParam), responses(
    (status = 200, description = "Oldest first", body = Vec<shared::dto::RequestSummary>),
    (status = 403, description = "`forbidden`: coordinators only", body = ApiError),
    (status = 422, description = "`validation_failed`: `language` is `unknown`", body = ApiError),
))]
pub async fn inactive(
    State(state): State<AppState>,
    user: AuthUser,
    ApiQuery(params): ApiQuery<LanguageParam>,
) -> Result<Json<Vec<shared::dto::RequestSummary>>> {
    let language = user.reading_language(params.language.as_deref())?;
    Ok(Json(requests::inactive(&state, &user, language).await?))
}

/// The language a list names topics in.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
pub struct LanguageParam {
    /// The language of topic names; by default the user's, else English.
    pub language: Option<String>,
}

/// The request handlers of the caller's authority, for assigning requests.
#[utoipa::path(get, path = "/api/authority/handlers", tag = "requests", responses(
    (status = 200, description = "Handlers by name", body = Vec<shared::dto::UserRef>),
    (status = 401, description = "`unauthenticated`", body = ApiError),
))]
pub async fn handlers(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Json<Vec<shared::dto::UserRef>>> {
    Ok(Json(
        crate::services::accounts::handlers(&state.db, user.authority_id).await?,
    ))
}

/// Switches allocation of incoming requests on or off (local administrators).
#[utoipa::path(put, path = "/api/authority/allocation", tag = "requests", request_body = shared::dto::AllocationSetting, responses(
    (status = 204, description = "Saved"),
    (status = 403, description = "`forbidden`: local administrators only", body = ApiError),
))]
pub async fn set_allocation(
    State(state): State<AppState>,
    user: AuthUser,
    ApiJson(setting): ApiJson<shared::dto::AllocationSetting>,
) -> Result<StatusCode> {
    if !user.roles.contains(&shared::Role::LOCAL_ADMINISTRATOR) {
        return Err(crate::error::AppError::Forbidden);
    }
    crate::services::accounts::set_allocation(&state.db, user.authority_id, setting.enabled)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
