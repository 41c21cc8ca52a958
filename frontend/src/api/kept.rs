//! The calls that send a change kept offline (`crate::queue`): each under its
//! `Idempotency-Key`, so that a change sent again after its answer was lost is done once.

use gloo::net::http::Method;
use serde::Serialize;
use shared::ErrorCode;
use wasm_bindgen::JsValue;

use super::{ApiFailure, json_body, parse, send};

/// A change kept offline (`crate::queue`), sent as JSON under its key.
async fn send_kept(
    method: Method,
    path: &str,
    body: &impl Serialize,
    key: &str,
) -> Result<String, ApiFailure> {
    let json = json_body(body).ok_or_else(|| ApiFailure::code(ErrorCode::InternalError))?;
    let body = Some((JsValue::from_str(&json), "application/json"));
    send(method, path, body, Some(key)).await
}

/// `PUT /api/requests/{id}/answers` for a change kept offline, under its key.
pub async fn save_answers_keyed(
    id: shared::RequestId,
    update: &shared::dto::AnswersUpdate,
    key: &str,
) -> Result<shared::dto::RequestRef, ApiFailure> {
    let path = format!("/api/requests/{id}/answers");
    parse(&send_kept(Method::PUT, &path, update, key).await?)
}

/// `PUT /api/requests/{id}/report` for a change kept offline, under its key.
pub async fn save_report_keyed(
    id: shared::RequestId,
    update: &shared::dto::ReportUpdate,
    key: &str,
) -> Result<shared::dto::RequestRef, ApiFailure> {
    let path = format!("/api/requests/{id}/report");
    parse(&send_kept(Method::PUT, &path, update, key).await?)
}

/// `POST /api/requests/{id}/actions` for a change kept offline, under its key.
pub async fn act_keyed(
    id: shared::RequestId,
    action: &shared::dto::ActionRequest,
    key: &str,
) -> Result<shared::dto::RequestRef, ApiFailure> {
    let path = format!("/api/requests/{id}/actions");
    parse(&send_kept(Method::POST, &path, action, key).await?)
}

/// `POST /api/requests/{id}/messages` for a change kept offline, under its key.
pub async fn send_message_keyed(
    id: shared::RequestId,
    message: &shared::dto::MessageInput,
    key: &str,
) -> Result<(), ApiFailure> {
    let path = format!("/api/requests/{id}/messages");
    send_kept(Method::POST, &path, message, key)
        .await
        .map(|_| ())
}

/// `POST /api/requests/{id}/attachments…` (`path` with its query) for a document kept
/// offline, under its key.
pub async fn upload_keyed(path: &str, bytes: &web_sys::Blob, key: &str) -> Result<(), ApiFailure> {
    let body = Some((JsValue::from(bytes.clone()), "application/octet-stream"));
    send(Method::POST, path, body, Some(key)).await.map(|_| ())
}
