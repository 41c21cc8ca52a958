//! A stand-in for a LibreTranslate server, speaking the same HTTP API, for the connector's tests
//! and the browser's.

use axum::Json;
use axum::http::StatusCode as AxumStatus;
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};

/// What the fake server received, for the test to inspect.
pub type Seen = Arc<Mutex<Vec<Value>>>;

/// Starts a server that speaks LibreTranslate's `/translate`: it wants the API key
/// `secret-key`, fails for the text `fail`, and otherwise answers `[source>target] text`.
pub async fn fake_libretranslate() -> (String, Seen, tokio::task::JoinHandle<()>) {
    let seen: Seen = Arc::default();
    let recorder = seen.clone();
    let app = axum::Router::new().route(
        "/translate",
        axum::routing::post(move |Json(body): Json<Value>| {
            let recorder = recorder.clone();
            async move {
                recorder.lock().unwrap().push(body.clone());
                if body["api_key"] != "secret-key" {
                    return (
                        AxumStatus::FORBIDDEN,
                        Json(json!({ "error": "Invalid API key" })),
                    );
                }
                if body["q"] == "fail" {
                    return (
                        AxumStatus::INTERNAL_SERVER_ERROR,
                        Json(json!({ "error": "model crashed" })),
                    );
                }
                let text = format!(
                    "[{}>{}] {}",
                    body["source"].as_str().unwrap(),
                    body["target"].as_str().unwrap(),
                    body["q"].as_str().unwrap()
                );
                (AxumStatus::OK, Json(json!({ "translatedText": text })))
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    (url, seen, task)
}
