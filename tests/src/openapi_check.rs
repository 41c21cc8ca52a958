//! Every API response a test receives is checked against `/api/openapi.json`: the operation
//! must be documented, with the response's status and content type, and a JSON body must
//! match the documented schema. What disagrees is collected and fails the test when its app
//! is dropped, so the document cannot drift from the wire again (it once listed
//! `"AwaitingAcceptance"` where the server sends `"awaiting_acceptance"`).

use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The document, the validators built from it so far, and what disagreed.
pub struct SchemaCheck {
    doc: Value,
    validators: Mutex<HashMap<String, Arc<jsonschema::Validator>>>,
    violations: Mutex<Vec<String>>,
}

impl SchemaCheck {
    /// A check against `doc`, the served OpenAPI document.
    pub fn new(doc: Value) -> Arc<SchemaCheck> {
        Arc::new(SchemaCheck {
            doc,
            validators: Mutex::default(),
            violations: Mutex::default(),
        })
    }

    /// What disagreed so far.
    pub fn violations(&self) -> Vec<String> {
        self.violations
            .lock()
            .map(|v| v.clone())
            .unwrap_or_default()
    }

    fn violation(&self, text: String) {
        if let Ok(mut list) = self.violations.lock() {
            list.push(text);
        }
    }

    /// Checks one response of `method path` (the route's template, e.g.
    /// `/api/requests/{id}`).
    pub fn check(
        &self,
        method: &str,
        path: &str,
        status: u16,
        content_type: Option<&str>,
        body: Option<&[u8]>,
    ) {
        let what = format!("{method} {path} → {status}");
        let operation = &self.doc["paths"][path][method.to_ascii_lowercase()];
        if operation.is_null() {
            // Another method on a documented route: the router's own 405.
            if status != 405 {
                self.violation(format!("{what}: the operation is not documented"));
            }
            return;
        }
        let responses = &operation["responses"];
        let response = match &responses[status.to_string()] {
            Value::Null => &responses["default"],
            found => found,
        };
        if response.is_null() {
            self.violation(format!("{what}: the status is not documented"));
            return;
        }
        let documented = response["content"].as_object();
        let Some(documented) = documented.filter(|c| !c.is_empty()) else {
            if body.is_some_and(|b| !b.is_empty()) {
                self.violation(format!("{what}: a body where the document has none"));
            }
            return;
        };
        let essence = content_type
            .and_then(|ct| ct.split(';').next())
            .map(str::trim)
            .unwrap_or_default();
        let Some(media) = documented.get(essence) else {
            let listed: Vec<&String> = documented.keys().collect();
            self.violation(format!(
                "{what}: content type `{essence}` is not documented ({listed:?})"
            ));
            return;
        };
        let (Some(schema), Some(body), "application/json") = (media.get("schema"), body, essence)
        else {
            return;
        };
        let instance: Value = match serde_json::from_slice(body) {
            Ok(value) => value,
            Err(err) => return self.violation(format!("{what}: the body is not JSON: {err}")),
        };
        let key = format!("{what} {essence}");
        let validator = {
            let Ok(mut cache) = self.validators.lock() else {
                return;
            };
            match cache.get(&key) {
                Some(validator) => validator.clone(),
                None => {
                    // The response's schema, with the components its `$ref`s point into.
                    let root = serde_json::json!({
                        "allOf": [schema],
                        "components": self.doc["components"],
                    });
                    match jsonschema::validator_for(&root) {
                        Ok(validator) => cache.entry(key).or_insert(Arc::new(validator)).clone(),
                        Err(err) => {
                            drop(cache);
                            return self
                                .violation(format!("{what}: the schema does not compile: {err}"));
                        }
                    }
                }
            }
        };
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .take(5)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect();
        if !errors.is_empty() {
            let text = instance.to_string();
            let shown: String = text.chars().take(400).collect();
            self.violation(format!("{what}: {} (body: {shown})", errors.join("; ")));
        }
    }
}

/// The middleware: lets the response through unchanged after checking it. Streams (the live
/// counters) are checked by their status and type only, without waiting for their end.
pub async fn validate(
    State(check): State<Arc<SchemaCheck>>,
    request: Request,
    next: Next,
) -> Response {
    let method = request.method().as_str().to_owned();
    let path = request
        .extensions()
        .get::<MatchedPath>()
        .map(|matched| matched.as_str().to_owned());
    let response = next.run(request).await;
    let Some(path) = path.filter(|p| p.starts_with("/api/") && !p.contains("{*")) else {
        return response;
    };
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    if content_type
        .as_deref()
        .is_some_and(|ct| ct.starts_with("text/event-stream"))
    {
        check.check(&method, &path, status, content_type.as_deref(), None);
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(err) => {
            check.violation(format!(
                "{method} {path}: the body could not be read: {err}"
            ));
            axum::body::Bytes::new()
        }
    };
    // A browser takes compressed answers: the check reads what they decode to.
    let encoding = parts
        .headers
        .get(axum::http::header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok());
    let decoded = match decoded(encoding, &bytes) {
        Ok(decoded) => decoded,
        Err(err) => {
            check.violation(format!(
                "{method} {path}: the {encoding:?} body could not be decoded: {err}"
            ));
            Vec::new()
        }
    };
    check.check(
        &method,
        &path,
        status,
        content_type.as_deref(),
        Some(&decoded),
    );
    Response::from_parts(parts, Body::from(bytes))
}

/// `bytes` decoded from the content encoding `encoding` (none, gzip or brotli).
fn decoded(encoding: Option<&str>, bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut out = Vec::new();
    match encoding {
        None => out.extend_from_slice(bytes),
        Some("gzip") => {
            flate2::read::GzDecoder::new(bytes).read_to_end(&mut out)?;
        }
        Some("br") => {
            brotli_decompressor::Decompressor::new(bytes, 4096).read_to_end(&mut out)?;
        }
        Some(other) => {
            return Err(std::io::Error::other(format!("unknown encoding {other}")));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Value {
        serde_json::json!({
            "paths": { "/api/x/{id}": { "get": { "responses": {
                "200": { "description": "", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/X" } } } },
                "204": { "description": "" }
            } } } },
            "components": { "schemas": { "X": {
                "type": "object", "required": ["state"],
                "properties": { "state": { "type": "string", "enum": ["draft", "awaiting_acceptance"] } }
            } } }
        })
    }

    #[test]
    fn what_the_document_does_not_say_is_a_violation() {
        let check = SchemaCheck::new(doc());
        check.check(
            "GET",
            "/api/x/{id}",
            200,
            Some("application/json"),
            Some(br#"{"state":"draft"}"#),
        );
        check.check("GET", "/api/x/{id}", 204, None, Some(b""));
        assert!(check.violations().is_empty(), "{:?}", check.violations());
        check.check(
            "GET",
            "/api/x/{id}",
            200,
            Some("application/json"),
            Some(br#"{"state":"AwaitingAcceptance"}"#),
        );
        check.check(
            "GET",
            "/api/x/{id}",
            500,
            Some("application/json"),
            Some(br#"{}"#),
        );
        check.check("GET", "/api/x/{id}", 200, Some("text/plain"), Some(b"x"));
        check.check("POST", "/api/x/{id}", 200, None, None);
        assert_eq!(check.violations().len(), 4, "{:?}", check.violations());
    }
}
