//! Machine translation of free text (comments, answers typed by users). Pre-translated
//! questions need none: each reader sees them in their own language. The provider is pluggable;
//! the default is none, and the SPA then offers no "translate" button.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use shared::LanguageCode;
use std::sync::Arc;
use std::time::Duration;

/// Why a translation failed.
#[derive(Debug, thiserror::Error)]
pub enum TranslateError {
    /// No provider is configured.
    #[error("no translation provider is configured")]
    NotConfigured,
    /// The provider could not be reached, timed out, or answered with an error.
    #[error("the translation provider failed: {0}")]
    Provider(String),
}

/// A machine-translation service.
#[async_trait]
pub trait Translator: Send + Sync {
    /// Translates `text` from `source` (or detects it when `None`) into `target`.
    async fn translate(
        &self,
        text: &str,
        source: Option<LanguageCode>,
        target: LanguageCode,
    ) -> Result<String, TranslateError>;
}

/// The provider this server was configured with, if any.
pub fn from_config(
    url: Option<&str>,
    api_key: Option<&str>,
) -> anyhow::Result<Option<Arc<dyn Translator>>> {
    match url {
        None | Some("") => Ok(None),
        Some(url) => Ok(Some(Arc::new(LibreTranslate::new(
            url,
            api_key.map(str::to_owned),
        )?))),
    }
}

/// A server speaking LibreTranslate's HTTP API (`POST /translate`), self-hosted or rented.
pub struct LibreTranslate {
    endpoint: String,
    api_key: Option<String>,
    client: reqwest::Client,
}

#[derive(Serialize)]
struct LibreRequest<'a> {
    q: &'a str,
    source: &'a str,
    target: &'a str,
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    api_key: Option<&'a str>,
}

#[derive(Deserialize)]
struct LibreResponse {
    #[serde(rename = "translatedText")]
    translated_text: String,
}

#[derive(Deserialize)]
struct LibreError {
    error: String,
}

impl LibreTranslate {
    /// A client for the server at `base_url` (e.g. `https://translate.example.org`).
    pub fn new(base_url: &str, api_key: Option<String>) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(30))
            .build()?;
        Ok(LibreTranslate {
            endpoint: format!("{}/translate", base_url.trim_end_matches('/')),
            api_key,
            client,
        })
    }
}

/// LibreTranslate names Norwegian Bokmål `nb` and every other language by its ISO 639-1 code,
/// as we do.
fn libre_code(language: LanguageCode) -> &'static str {
    language.as_str()
}

#[async_trait]
impl Translator for LibreTranslate {
    async fn translate(
        &self,
        text: &str,
        source: Option<LanguageCode>,
        target: LanguageCode,
    ) -> Result<String, TranslateError> {
        let body = LibreRequest {
            q: text,
            source: source.map_or("auto", libre_code),
            target: libre_code(target),
            format: "text",
            api_key: self.api_key.as_deref(),
        };
        let response = self
            .client
            .post(&self.endpoint)
            .json(&body)
            .send()
            .await
            .map_err(|err| TranslateError::Provider(err.without_url().to_string()))?;
        let status = response.status();
        if !status.is_success() {
            let detail = response
                .json::<LibreError>()
                .await
                .map(|e| e.error)
                .unwrap_or_default();
            return Err(TranslateError::Provider(format!("HTTP {status}: {detail}")));
        }
        response
            .json::<LibreResponse>()
            .await
            .map(|r| r.translated_text)
            .map_err(|err| TranslateError::Provider(format!("unreadable answer: {err}")))
    }
}
