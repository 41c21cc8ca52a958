//! The alert endpoints (`/api/alerts`, `/api/alert-kinds`), one function each.

use gloo::net::http::Method;
use shared::LanguageCode;
use shared::alert::{AlertBox, AlertDraftInput};
use shared::dto::{
    AlertActionRequest, AlertCheck, AlertCounts, AlertDraftUpdate, AlertKindsView, AlertListPage,
    AlertRef, AlertSuggestions, AlertView,
};

use super::{ApiFailure, call, json_body, parse};

/// Characters a query parameter may carry as they are; the rest is percent-encoded.
fn encode(value: &str) -> String {
    String::from(web_sys::js_sys::encode_uri_component(value))
}

/// `GET /api/alert-kinds?language=…`.
pub async fn alert_kinds(language: LanguageCode) -> Result<AlertKindsView, ApiFailure> {
    let path = format!("/api/alert-kinds?language={}", language.as_str());
    parse(&call(Method::GET, &path, None).await?)
}

/// `POST /api/alerts`: a new draft.
pub async fn create_alert(draft: &AlertDraftInput) -> Result<AlertRef, ApiFailure> {
    parse(&call(Method::POST, "/api/alerts", json_body(draft)).await?)
}

/// `PUT /api/alerts/{id}`: a draft saved, or a sent alert modified.
pub async fn save_alert(id: i32, update: &AlertDraftUpdate) -> Result<AlertRef, ApiFailure> {
    let path = format!("/api/alerts/{id}");
    parse(&call(Method::PUT, &path, json_body(update)).await?)
}

/// `GET /api/alerts/{id}?language=…`.
pub async fn alert(id: i32, language: LanguageCode) -> Result<AlertView, ApiFailure> {
    let path = format!("/api/alerts/{id}?language={}", language.as_str());
    parse(&call(Method::GET, &path, None).await?)
}

/// `POST /api/alerts/{id}/actions`.
pub async fn act_on_alert(id: i32, request: &AlertActionRequest) -> Result<AlertRef, ApiFailure> {
    let path = format!("/api/alerts/{id}/actions");
    parse(&call(Method::POST, &path, json_body(request)).await?)
}

/// `GET /api/alerts?box=…&page=…`.
pub async fn alerts(alert_box: AlertBox, page: u64) -> Result<AlertListPage, ApiFailure> {
    let path = format!("/api/alerts?box={}&page={page}", alert_box.as_str());
    parse(&call(Method::GET, &path, None).await?)
}

/// `GET /api/alerts/counts`.
pub async fn alert_counts() -> Result<AlertCounts, ApiFailure> {
    parse(&call(Method::GET, "/api/alerts/counts", None).await?)
}

/// `GET /api/alerts/{id}/suggestions`.
pub async fn alert_suggestions(id: i32) -> Result<AlertSuggestions, ApiFailure> {
    let path = format!("/api/alerts/{id}/suggestions");
    parse(&call(Method::GET, &path, None).await?)
}

/// `GET /api/alerts/check?name=…&profession=…&language=…`.
pub async fn check_alerts(
    name: &str,
    profession: Option<&str>,
    language: LanguageCode,
) -> Result<AlertCheck, ApiFailure> {
    let mut path = format!(
        "/api/alerts/check?name={}&language={}",
        encode(name),
        language.as_str()
    );
    if let Some(profession) = profession {
        path.push_str(&format!("&profession={}", encode(profession)));
    }
    parse(&call(Method::GET, &path, None).await?)
}
