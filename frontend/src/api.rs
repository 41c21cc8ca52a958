//! One function per API endpoint over one request helper. DTOs come from `shared`.

use gloo::net::http::{Method, Request, RequestBuilder};
use serde::Serialize;
use serde::de::DeserializeOwned;
use shared::dto::ApiError;
use shared::dto::{LoginRequest, Me, SetLanguage};
use shared::error::FieldError;
use shared::{ErrorCode, LanguageCode};
use wasm_bindgen::JsValue;

mod alerts;
mod kept;
mod registry;
pub use alerts::*;
pub use kept::*;
pub use registry::*;

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
    /// The alert's state now, for `invalid_transition` on an alert.
    pub current_alert_state: Option<shared::alert::AlertState>,
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
            current_alert_state: None,
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
            current_alert_state: error.current_alert_state,
            rows: error.rows,
        }
    }
}

// The request helpers take and return text, not generic types, so that their code (the
// fetch, the error handling) exists once in the wasm rather than once per endpoint; only the
// (de)serialisation is per type. That keeps the initial download small.

/// Sends a call and returns the response's body, or the failure it describes.
async fn call(method: Method, path: &str, body: Option<String>) -> Result<String, ApiFailure> {
    // The first reads of a page opened from its address were started by the page's early
    // loader (`early.rs`): their answers may be waiting.
    if method == Method::GET
        && let Some((status, text)) = crate::early::take(path).await
    {
        return if (200..300).contains(&status) {
            Ok(text)
        } else {
            Err(failure(status, &text))
        };
    }
    let body = body.map(|json| (JsValue::from_str(&json), "application/json"));
    send(method, path, body, None).await
}

/// Sends a call with `body` (its value and content type) and, for a change that may be
/// sent again, its `Idempotency-Key`.
async fn send(
    method: Method,
    path: &str,
    body: Option<(JsValue, &str)>,
    key: Option<&str>,
) -> Result<String, ApiFailure> {
    let mut builder = RequestBuilder::new(path).method(method);
    if let Some(key) = key {
        builder = builder.header("Idempotency-Key", key);
    }
    let request: Result<Request, _> = match body {
        Some((body, content_type)) => builder.header("Content-Type", content_type).body(body),
        None => builder.build(),
    };
    let response = request
        .map_err(|_| ApiFailure::code(ErrorCode::InternalError))?
        .send()
        .await
        .map_err(|_| ApiFailure::code(ErrorCode::NetworkError))?;
    let status = response.status();
    let text = response
        .text()
        .await
        .map_err(|_| ApiFailure::code(ErrorCode::NetworkError))?;
    if response.ok() {
        return Ok(text);
    }
    Err(failure(status, &text))
}

/// The failure of a call that did not succeed. A proxy in front of the server may answer
/// with HTML; without our JSON there is no code to translate, so the status decides.
fn failure(status: u16, text: &str) -> ApiFailure {
    // The session has ended (or was never there): nothing of it stays on the device.
    if status == 401 {
        crate::offline::forget();
    }
    match parse::<ApiError>(text) {
        Ok(error) => ApiFailure::from_error(error),
        Err(_) if status == 401 => ApiFailure::code(ErrorCode::Unauthenticated),
        Err(_) if status == 0 || status == 502 || status == 504 => {
            ApiFailure::code(ErrorCode::NetworkError)
        }
        Err(_) => ApiFailure::code(ErrorCode::InternalError),
    }
}

/// A JSON text read as `T`. The browser parses the JSON (`JSON.parse`) and serde walks the
/// resulting object: this leaves a JSON parser out of the wasm, which keeps the download small.
pub(crate) fn parse<T: DeserializeOwned>(text: &str) -> Result<T, ApiFailure> {
    web_sys::js_sys::JSON::parse(text)
        .ok()
        .and_then(|value| serde_wasm_bindgen::from_value(value).ok())
        .ok_or_else(|| ApiFailure::code(ErrorCode::InternalError))
}

/// `value` as JSON text, written by the browser (`JSON.stringify`).
pub(crate) fn to_json(value: &impl Serialize) -> Option<String> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = value.serialize(&serializer).ok()?;
    web_sys::js_sys::JSON::stringify(&value).ok()?.as_string()
}

/// A request body as JSON.
fn json_body(value: &impl Serialize) -> Option<String> {
    to_json(value)
}

/// `GET /api/session`: who is logged in, if anyone.
pub async fn session() -> Result<Option<Me>, ApiFailure> {
    let found: shared::dto::SessionState = parse(&call(Method::GET, "/api/session", None).await?)?;
    // The server says nobody is signed in here: what the device kept for offline use goes.
    if found.me.is_none() {
        crate::offline::forget();
    }
    Ok(found.me)
}

/// `POST /api/auth/login`, with the second factor's code once the server asked for it.
pub async fn login(
    email: String,
    password: String,
    code: Option<String>,
) -> Result<Me, ApiFailure> {
    parse(
        &call(
            Method::POST,
            "/api/auth/login",
            json_body(&LoginRequest {
                email,
                password,
                code,
            }),
        )
        .await?,
    )
}

/// `POST /api/me/second-factor/setup`: a new secret to add to an authenticator app.
pub async fn second_factor_setup() -> Result<shared::account::SecondFactorSetup, ApiFailure> {
    parse(&call(Method::POST, "/api/me/second-factor/setup", None).await?)
}

/// `POST /api/me/second-factor`: confirm the secret with a code; the recovery codes.
pub async fn second_factor_confirm(
    code: String,
) -> Result<shared::account::RecoveryCodes, ApiFailure> {
    let body = shared::account::SecondFactorCode { code };
    parse(&call(Method::POST, "/api/me/second-factor", json_body(&body)).await?)
}

/// `DELETE /api/me/second-factor`: turn it off, given a code.
pub async fn second_factor_disable(code: String) -> Result<(), ApiFailure> {
    let body = shared::account::SecondFactorCode { code };
    call(Method::DELETE, "/api/me/second-factor", json_body(&body))
        .await
        .map(|_| ())
}

/// `POST /api/me/second-factor/recovery-codes`: new recovery codes, given a code.
pub async fn renew_recovery_codes(
    code: String,
) -> Result<shared::account::RecoveryCodes, ApiFailure> {
    let body = shared::account::SecondFactorCode { code };
    parse(
        &call(
            Method::POST,
            "/api/me/second-factor/recovery-codes",
            json_body(&body),
        )
        .await?,
    )
}

/// `GET /api/me/sessions`.
pub async fn sessions() -> Result<Vec<shared::account::SessionView>, ApiFailure> {
    parse(&call(Method::GET, "/api/me/sessions", None).await?)
}

/// `DELETE /api/me/sessions/{id}`: end one session.
pub async fn end_session(id: &str) -> Result<(), ApiFailure> {
    call(Method::DELETE, &format!("/api/me/sessions/{id}"), None)
        .await
        .map(|_| ())
}

/// `DELETE /api/me/sessions`: end every other session.
pub async fn end_other_sessions() -> Result<(), ApiFailure> {
    call(Method::DELETE, "/api/me/sessions", None)
        .await
        .map(|_| ())
}

/// `PUT /api/me/password`.
pub async fn change_password(body: &shared::account::ChangePassword) -> Result<(), ApiFailure> {
    call(Method::PUT, "/api/me/password", json_body(body))
        .await
        .map(|_| ())
}

/// `POST /api/auth/logout`.
pub async fn logout() -> Result<(), ApiFailure> {
    // Forgotten even if the server cannot be told: the user is leaving this device.
    crate::offline::forget();
    call(Method::POST, "/api/auth/logout", None)
        .await
        .map(|_| ())
}

/// `PUT /api/me/language`.
pub async fn set_language(language: LanguageCode) -> Result<Me, ApiFailure> {
    parse(
        &call(
            Method::PUT,
            "/api/me/language",
            json_body(&SetLanguage { language }),
        )
        .await?,
    )
}

/// `POST /api/templates/check`.
pub async fn check_template(
    request: &shared::placeholder::TemplateCheckRequest,
) -> Result<shared::placeholder::TemplateCheck, ApiFailure> {
    parse(&call(Method::POST, "/api/templates/check", json_body(request)).await?)
}

/// `GET /api/catalogue?language=…`.
pub async fn catalogue(
    language: shared::LanguageCode,
) -> Result<shared::dto::CatalogueView, ApiFailure> {
    parse(
        &call(
            Method::GET,
            &format!("/api/catalogue?language={}", language.as_str()),
            None,
        )
        .await?,
    )
}

/// `GET /api/authorities?…`: one page of search results.
pub async fn search_authorities(
    query: &shared::query::AuthorityQuery,
) -> Result<shared::dto::AuthoritySearchPage, ApiFailure> {
    let path = format!("/api/authorities?{}", query.to_query_string());
    parse(&call(Method::GET, &path, None).await?)
}

/// `GET /api/authorities/{id}?language=…`.
pub async fn authority(
    id: i32,
    language: shared::LanguageCode,
) -> Result<shared::dto::AuthorityProfile, ApiFailure> {
    parse(
        &call(
            Method::GET,
            &format!("/api/authorities/{id}?language={}", language.as_str()),
            None,
        )
        .await?,
    )
}

/// `POST /api/requests`: a new draft.
pub async fn create_request(
    draft: &shared::request::DraftInput,
) -> Result<shared::dto::RequestRef, ApiFailure> {
    parse(&call(Method::POST, "/api/requests", json_body(draft)).await?)
}

/// `PUT /api/requests/{id}`: save a draft.
pub async fn save_draft(
    id: shared::RequestId,
    update: &shared::dto::DraftUpdate,
) -> Result<shared::dto::RequestRef, ApiFailure> {
    parse(
        &call(
            Method::PUT,
            &format!("/api/requests/{id}"),
            json_body(update),
        )
        .await?,
    )
}

/// `GET /api/requests/{id}?language=…`.
pub async fn request(
    id: shared::RequestId,
    language: LanguageCode,
) -> Result<shared::dto::RequestView, ApiFailure> {
    parse(
        &call(
            Method::GET,
            &format!("/api/requests/{id}?language={}", language.as_str()),
            None,
        )
        .await?,
    )
}

/// `POST /api/requests/{id}/actions`.
pub async fn act(
    id: shared::RequestId,
    action: &shared::dto::ActionRequest,
) -> Result<shared::dto::RequestRef, ApiFailure> {
    parse(
        &call(
            Method::POST,
            &format!("/api/requests/{id}/actions"),
            json_body(action),
        )
        .await?,
    )
}

/// `PUT /api/requests/{id}/answers`.
pub async fn save_answers(
    id: shared::RequestId,
    update: &shared::dto::AnswersUpdate,
) -> Result<shared::dto::RequestRef, ApiFailure> {
    parse(
        &call(
            Method::PUT,
            &format!("/api/requests/{id}/answers"),
            json_body(update),
        )
        .await?,
    )
}

/// `PUT /api/requests/{id}/report`.
pub async fn save_report(
    id: shared::RequestId,
    update: &shared::dto::ReportUpdate,
) -> Result<shared::dto::RequestRef, ApiFailure> {
    parse(
        &call(
            Method::PUT,
            &format!("/api/requests/{id}/report"),
            json_body(update),
        )
        .await?,
    )
}

/// `POST /api/requests/{id}/messages`.
pub async fn send_message(
    id: shared::RequestId,
    message: &shared::dto::MessageInput,
) -> Result<(), ApiFailure> {
    call(
        Method::POST,
        &format!("/api/requests/{id}/messages"),
        json_body(message),
    )
    .await
    .map(|_| ())
}

/// `PUT /api/requests/{id}/subject`: correct whom the request is about.
pub async fn rectify(
    id: shared::RequestId,
    body: &shared::dto::Rectification,
) -> Result<shared::dto::RequestRef, ApiFailure> {
    parse(
        &call(
            Method::PUT,
            &format!("/api/requests/{id}/subject"),
            json_body(body),
        )
        .await?,
    )
}

/// `GET /api/requests?…`: one page of the overview.
pub async fn requests(
    query: &shared::query::RequestListQuery,
) -> Result<shared::dto::RequestListPage, ApiFailure> {
    let path = format!("/api/requests?{}", query.to_query_string());
    parse(&call(Method::GET, &path, None).await?)
}

/// `GET /api/statistics?…`: the figures of the period the reader may see.
pub async fn statistics(
    query: &crate::pages::statistics::Query,
) -> Result<shared::statistics::StatisticsView, ApiFailure> {
    let path = format!("/api/statistics?{}", query.to_query_string());
    parse(&call(Method::GET, &path, None).await?)
}

/// `GET /api/requests/counts`.
pub async fn request_counts() -> Result<shared::dto::RequestCounts, ApiFailure> {
    parse(&call(Method::GET, "/api/requests/counts", None).await?)
}

/// `GET /api/notifications?language=…`.
pub async fn notifications(
    language: shared::LanguageCode,
) -> Result<shared::dto::NotificationList, ApiFailure> {
    parse(
        &call(
            Method::GET,
            &format!("/api/notifications?language={}", language.as_str()),
            None,
        )
        .await?,
    )
}

/// `POST /api/notifications/read` for these notifications.
pub async fn mark_read(ids: Vec<i32>) -> Result<(), ApiFailure> {
    let body = shared::dto::MarkRead { ids: Some(ids) };
    call(Method::POST, "/api/notifications/read", json_body(&body))
        .await
        .map(|_| ())
}

/// `POST /api/notifications/read` for all of them.
pub async fn mark_all_read() -> Result<(), ApiFailure> {
    let body = shared::dto::MarkRead { ids: None };
    call(Method::POST, "/api/notifications/read", json_body(&body))
        .await
        .map(|_| ())
}

/// `POST /api/requests/{id}/assign`.
pub async fn assign(
    id: shared::RequestId,
    input: &shared::dto::AssignInput,
) -> Result<shared::dto::RequestRef, ApiFailure> {
    parse(
        &call(
            Method::POST,
            &format!("/api/requests/{id}/assign"),
            json_body(input),
        )
        .await?,
    )
}

/// `POST /api/requests/{id}/remind`.
pub async fn remind(id: shared::RequestId) -> Result<(), ApiFailure> {
    call(Method::POST, &format!("/api/requests/{id}/remind"), None)
        .await
        .map(|_| ())
}

/// `GET /api/coordination/inactive?language=…`.
pub async fn inactive(
    language: shared::LanguageCode,
) -> Result<Vec<shared::dto::RequestSummary>, ApiFailure> {
    parse(
        &call(
            Method::GET,
            &format!("/api/coordination/inactive?language={}", language.as_str()),
            None,
        )
        .await?,
    )
}

/// `GET /api/authority/handlers`.
pub async fn handlers() -> Result<Vec<shared::dto::UserRef>, ApiFailure> {
    parse(&call(Method::GET, "/api/authority/handlers", None).await?)
}

/// `PUT /api/authority/allocation`.
pub async fn set_allocation(enabled: bool) -> Result<(), ApiFailure> {
    let body = shared::dto::AllocationSetting { enabled };
    call(Method::PUT, "/api/authority/allocation", json_body(&body))
        .await
        .map(|_| ())
}

/// `GET /api/translate`: whether machine translation is offered.
pub async fn translation_status() -> Result<shared::dto::TranslationStatus, ApiFailure> {
    parse(&call(Method::GET, "/api/translate", None).await?)
}

/// `POST /api/translate`.
pub async fn translate(
    body: &shared::dto::TranslateRequest,
) -> Result<shared::dto::Translation, ApiFailure> {
    parse(&call(Method::POST, "/api/translate", json_body(body)).await?)
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
            on_done.emit(Err(failure(status, &text)));
        })
    };
    xhr.set_onloadend(Some(done.as_ref().unchecked_ref()));
    done.forget();
    let _ = xhr.send_with_opt_blob(Some(body));
}

/// `POST /api/data-subjects/search`.
pub async fn search_data_subject(
    body: &shared::dto::DataSubjectSearch,
) -> Result<shared::dto::DataSubjectMatches, ApiFailure> {
    parse(&call(Method::POST, "/api/data-subjects/search", json_body(body)).await?)
}

/// `POST /api/data-subjects/report`.
pub async fn data_subject_report(
    body: &shared::dto::DataSubjectReportInput,
) -> Result<shared::dto::DataSubjectReport, ApiFailure> {
    parse(&call(Method::POST, "/api/data-subjects/report", json_body(body)).await?)
}
