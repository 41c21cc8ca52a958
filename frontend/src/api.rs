//! One function per API endpoint over one request helper. DTOs come from `shared`.

use gloo::net::http::{Method, Request, RequestBuilder};
use serde::Serialize;
use serde::de::DeserializeOwned;
use shared::dto::{LoginRequest, Me, SetLanguage};
use shared::error::{ApiError, FieldError};
use shared::{ErrorCode, LanguageCode};

/// Why a call failed, in terms the UI can translate.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiFailure {
    /// The error's code.
    pub code: ErrorCode,
    /// Invalid fields, for `validation_failed`.
    pub fields: Vec<FieldError>,
    /// Seconds to wait, for `too_many_attempts`.
    pub retry_after: Option<u64>,
    /// The request's state now, for `invalid_transition`.
    pub current_state: Option<shared::lifecycle::RequestState>,
    /// The refused rows of an imported file.
    pub rows: Vec<shared::registry::RowError>,
}

impl ApiFailure {
    /// A failure with only a code.
    pub fn code(code: ErrorCode) -> Self {
        ApiFailure {
            code,
            fields: Vec::new(),
            retry_after: None,
            current_state: None,
            rows: Vec::new(),
        }
    }

    /// The failure an error body describes.
    pub fn from_error(error: ApiError) -> Self {
        ApiFailure {
            code: error.code,
            fields: error.fields,
            retry_after: error.retry_after_seconds,
            current_state: error.current_state,
            rows: error.rows,
        }
    }
}

async fn send(
    method: Method,
    path: &str,
    body: Option<&impl Serialize>,
) -> Result<gloo::net::http::Response, ApiFailure> {
    let builder = RequestBuilder::new(path).method(method);
    let request: Result<Request, _> = match body {
        Some(body) => builder.json(body),
        None => builder.build(),
    };
    let response = request
        .map_err(|_| ApiFailure::code(ErrorCode::InternalError))?
        .send()
        .await
        .map_err(|_| ApiFailure::code(ErrorCode::NetworkError))?;
    if response.ok() {
        return Ok(response);
    }
    // A proxy in front of the server may answer with HTML; without our JSON there is no
    // code to translate, so the status decides.
    match response.json::<ApiError>().await {
        Ok(error) => Err(ApiFailure::from_error(error)),
        Err(_) if response.status() == 401 => Err(ApiFailure::code(ErrorCode::Unauthenticated)),
        Err(_) if response.status() == 502 || response.status() == 504 => {
            Err(ApiFailure::code(ErrorCode::NetworkError))
        }
        Err(_) => Err(ApiFailure::code(ErrorCode::InternalError)),
    }
}

async fn json<T: DeserializeOwned>(
    method: Method,
    path: &str,
    body: Option<&impl Serialize>,
) -> Result<T, ApiFailure> {
    send(method, path, body)
        .await?
        .json::<T>()
        .await
        .map_err(|_| ApiFailure::code(ErrorCode::InternalError))
}

const NO_BODY: Option<&()> = None;

/// `GET /api/me`.
pub async fn me() -> Result<Me, ApiFailure> {
    json(Method::GET, "/api/me", NO_BODY).await
}

/// `POST /api/auth/login`.
pub async fn login(email: String, password: String) -> Result<Me, ApiFailure> {
    json(
        Method::POST,
        "/api/auth/login",
        Some(&LoginRequest { email, password }),
    )
    .await
}

/// `POST /api/auth/logout`.
pub async fn logout() -> Result<(), ApiFailure> {
    send(Method::POST, "/api/auth/logout", NO_BODY)
        .await
        .map(|_| ())
}

/// `PUT /api/me/language`.
pub async fn set_language(language: LanguageCode) -> Result<Me, ApiFailure> {
    json(
        Method::PUT,
        "/api/me/language",
        Some(&SetLanguage { language }),
    )
    .await
}

/// `POST /api/templates/check`.
pub async fn check_template(
    request: &shared::placeholder::TemplateCheckRequest,
) -> Result<shared::placeholder::TemplateCheck, ApiFailure> {
    json(Method::POST, "/api/templates/check", Some(request)).await
}

/// `GET /api/catalogue?language=…`.
pub async fn catalogue(
    language: shared::LanguageCode,
) -> Result<shared::dto::CatalogueView, ApiFailure> {
    json(
        Method::GET,
        &format!("/api/catalogue?language={}", language.as_str()),
        NO_BODY,
    )
    .await
}

/// `GET /api/authorities?…`: one page of search results.
pub async fn search_authorities(
    query: &str,
) -> Result<shared::dto::AuthoritySearchPage, ApiFailure> {
    json(Method::GET, &format!("/api/authorities?{query}"), NO_BODY).await
}

/// `GET /api/authorities/{id}?language=…`.
pub async fn authority(
    id: i32,
    language: shared::LanguageCode,
) -> Result<shared::dto::AuthorityProfile, ApiFailure> {
    json(
        Method::GET,
        &format!("/api/authorities/{id}?language={}", language.as_str()),
        NO_BODY,
    )
    .await
}

/// `POST /api/requests`: a new draft.
pub async fn create_request(
    draft: &shared::request::DraftInput,
) -> Result<shared::request::RequestRef, ApiFailure> {
    json(Method::POST, "/api/requests", Some(draft)).await
}

/// `PUT /api/requests/{id}`: save a draft.
pub async fn save_draft(
    id: shared::RequestId,
    update: &shared::request::DraftUpdate,
) -> Result<shared::request::RequestRef, ApiFailure> {
    json(Method::PUT, &format!("/api/requests/{id}"), Some(update)).await
}

/// `GET /api/requests/{id}?language=…`.
pub async fn request(
    id: shared::RequestId,
    language: LanguageCode,
) -> Result<shared::request::RequestView, ApiFailure> {
    json(
        Method::GET,
        &format!("/api/requests/{id}?language={}", language.as_str()),
        NO_BODY,
    )
    .await
}

/// `POST /api/requests/{id}/actions`.
pub async fn act(
    id: shared::RequestId,
    action: &shared::request::ActionRequest,
) -> Result<shared::request::RequestRef, ApiFailure> {
    json(
        Method::POST,
        &format!("/api/requests/{id}/actions"),
        Some(action),
    )
    .await
}

/// `PUT /api/requests/{id}/answers`.
pub async fn save_answers(
    id: shared::RequestId,
    update: &shared::request::AnswersUpdate,
) -> Result<shared::request::RequestRef, ApiFailure> {
    json(
        Method::PUT,
        &format!("/api/requests/{id}/answers"),
        Some(update),
    )
    .await
}

/// `POST /api/requests/{id}/messages`.
pub async fn send_message(
    id: shared::RequestId,
    message: &shared::request::MessageInput,
) -> Result<(), ApiFailure> {
    send(
        Method::POST,
        &format!("/api/requests/{id}/messages"),
        Some(message),
    )
    .await
    .map(|_| ())
}

/// `GET /api/requests?…`: one page of the overview.
pub async fn requests(query: &str) -> Result<shared::request::RequestListPage, ApiFailure> {
    json(Method::GET, &format!("/api/requests?{query}"), NO_BODY).await
}

/// `GET /api/requests/counts`.
pub async fn request_counts() -> Result<shared::request::RequestCounts, ApiFailure> {
    json(Method::GET, "/api/requests/counts", NO_BODY).await
}

/// `GET /api/notifications`.
pub async fn notifications() -> Result<shared::request::NotificationList, ApiFailure> {
    json(Method::GET, "/api/notifications", NO_BODY).await
}

/// `POST /api/notifications/read` for these notifications.
pub async fn mark_read(ids: Vec<i32>) -> Result<(), ApiFailure> {
    let body = shared::request::MarkRead { ids: Some(ids) };
    send(Method::POST, "/api/notifications/read", Some(&body))
        .await
        .map(|_| ())
}

/// `POST /api/notifications/read` for all of them.
pub async fn mark_all_read() -> Result<(), ApiFailure> {
    let body = shared::request::MarkRead { ids: None };
    send(Method::POST, "/api/notifications/read", Some(&body))
        .await
        .map(|_| ())
}

/// `POST /api/requests/{id}/assign`.
pub async fn assign(
    id: shared::RequestId,
    input: &shared::request::AssignInput,
) -> Result<shared::request::RequestRef, ApiFailure> {
    json(
        Method::POST,
        &format!("/api/requests/{id}/assign"),
        Some(input),
    )
    .await
}

/// `POST /api/requests/{id}/remind`.
pub async fn remind(id: shared::RequestId) -> Result<(), ApiFailure> {
    send(Method::POST, &format!("/api/requests/{id}/remind"), NO_BODY)
        .await
        .map(|_| ())
}

/// `GET /api/coordination/inactive`.
pub async fn inactive() -> Result<Vec<shared::request::RequestSummary>, ApiFailure> {
    json(Method::GET, "/api/coordination/inactive", NO_BODY).await
}

/// `GET /api/authority/handlers`.
pub async fn handlers() -> Result<Vec<shared::request::UserRef>, ApiFailure> {
    json(Method::GET, "/api/authority/handlers", NO_BODY).await
}

/// `PUT /api/authority/allocation`.
pub async fn set_allocation(enabled: bool) -> Result<(), ApiFailure> {
    let body = shared::request::AllocationSetting { enabled };
    send(Method::PUT, "/api/authority/allocation", Some(&body))
        .await
        .map(|_| ())
}

/// `GET /api/translate`: whether machine translation is offered.
pub async fn translation_status() -> Result<shared::dto::TranslationStatus, ApiFailure> {
    json(Method::GET, "/api/translate", NO_BODY).await
}

/// `POST /api/translate`.
pub async fn translate(
    body: &shared::dto::TranslateRequest,
) -> Result<shared::dto::Translation, ApiFailure> {
    json(Method::POST, "/api/translate", Some(body)).await
}

/// Sends `body` as the raw body of a POST with XMLHttpRequest, since `fetch` reports no
/// upload progress: `on_progress` gets the share sent (0 to 1), `on_done` the response's text
/// or the failure.
pub fn post_with_progress(
    url: &str,
    content_type: &str,
    body: &web_sys::Blob,
    on_progress: yew::Callback<f64>,
    on_done: yew::Callback<Result<String, ApiFailure>>,
) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Ok(xhr) = web_sys::XmlHttpRequest::new() else {
        on_done.emit(Err(ApiFailure::code(ErrorCode::InternalError)));
        return;
    };
    if xhr.open("POST", url).is_err() {
        on_done.emit(Err(ApiFailure::code(ErrorCode::InternalError)));
        return;
    }
    let _ = xhr.set_request_header("Content-Type", content_type);
    let progress =
        Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |event: web_sys::ProgressEvent| {
            if event.length_computable() && event.total() > 0.0 {
                on_progress.emit(event.loaded() / event.total());
            }
        });
    if let Ok(upload) = xhr.upload() {
        upload.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    }
    // The closures live as long as the page: one pair per upload, which is few.
    progress.forget();
    let done = {
        let xhr = xhr.clone();
        Closure::<dyn FnMut()>::new(move || {
            let status = xhr.status().unwrap_or(0);
            let text = xhr.response_text().ok().flatten().unwrap_or_default();
            if (200..300).contains(&status) {
                on_done.emit(Ok(text));
                return;
            }
            on_done.emit(Err(match serde_json::from_str::<ApiError>(&text) {
                Ok(error) => ApiFailure::from_error(error),
                Err(_) if status == 0 => ApiFailure::code(ErrorCode::NetworkError),
                Err(_) => ApiFailure::code(ErrorCode::InternalError),
            }));
        })
    };
    xhr.set_onloadend(Some(done.as_ref().unchecked_ref()));
    done.forget();
    let _ = xhr.send_with_opt_blob(Some(body));
}

/// `GET /api/registry/concepts?language=…`.
pub async fn concepts(
    language: LanguageCode,
) -> Result<Vec<shared::registry::ConceptOption>, ApiFailure> {
    json(
        Method::GET,
        &format!("/api/registry/concepts?language={}", language.as_str()),
        NO_BODY,
    )
    .await
}

/// `POST /api/registry/authorities`.
pub async fn register_authority(
    body: &shared::registry::RegisterAuthority,
) -> Result<shared::dto::AuthorityProfile, ApiFailure> {
    json(Method::POST, "/api/registry/authorities", Some(body)).await
}

/// `PUT /api/registry/authorities/{id}`.
pub async fn update_authority(
    id: i32,
    body: &shared::registry::UpdateAuthority,
) -> Result<shared::dto::AuthorityProfile, ApiFailure> {
    json(
        Method::PUT,
        &format!("/api/registry/authorities/{id}"),
        Some(body),
    )
    .await
}

/// `GET /api/authorities/{id}/users`.
pub async fn users(authority: i32) -> Result<shared::registry::UserAdminList, ApiFailure> {
    json(
        Method::GET,
        &format!("/api/authorities/{authority}/users"),
        NO_BODY,
    )
    .await
}

/// `POST /api/authorities/{id}/users`.
pub async fn invite_user(
    authority: i32,
    body: &shared::registry::InviteUser,
) -> Result<shared::registry::UserAdminList, ApiFailure> {
    json(
        Method::POST,
        &format!("/api/authorities/{authority}/users"),
        Some(body),
    )
    .await
}

/// `PUT /api/users/{id}`.
pub async fn update_user(
    id: shared::UserId,
    body: &shared::registry::UpdateUser,
) -> Result<(), ApiFailure> {
    send(Method::PUT, &format!("/api/users/{}", id.0), Some(body))
        .await
        .map(|_| ())
}

/// `GET /api/invitations/{token}`.
pub async fn invitation(token: &str) -> Result<shared::registry::InvitationView, ApiFailure> {
    json(Method::GET, &format!("/api/invitations/{token}"), NO_BODY).await
}

/// `POST /api/invitations/{token}`.
pub async fn accept_invitation(token: &str, password: String) -> Result<Me, ApiFailure> {
    json(
        Method::POST,
        &format!("/api/invitations/{token}"),
        Some(&shared::registry::AcceptInvitation { password }),
    )
    .await
}
