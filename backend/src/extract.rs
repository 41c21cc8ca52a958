//! Extractors whose rejections use our error format, so that a body, a path or a query that
//! cannot be read is answered like every other failure: JSON with a stable code.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use serde::de::DeserializeOwned;

use crate::error::AppError;
use shared::error::FieldError;

/// `axum::Json`, but a malformed body, a wrong content type or an oversized body is answered
/// with the API's JSON error shape instead of axum's plain text. A string anywhere in the
/// body holding U+0000 is refused with the field's path and `control_character`, whatever
/// the route: PostgreSQL cannot store it, and no field of ours may hold it (see
/// `shared::text`). The fields' own checks say the same; this makes sure no new field can
/// forget to.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, AppError> {
        if !is_json(request.headers()) {
            return Err(AppError::NotJson);
        }
        let bytes = axum::body::Bytes::from_request(request, state).await?;
        if let Some(field) = nul_in_json(&bytes) {
            return Err(AppError::Validation(vec![FieldError::new(
                field,
                shared::error::FieldCode::ControlCharacter,
            )]));
        }
        let axum::Json(value) = axum::Json::<T>::from_bytes(&bytes)?;
        Ok(ApiJson(value))
    }
}

/// Whether the content type is JSON (`application/json` or `application/…+json`).
fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let essence = value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || essence.starts_with("application/") && essence.ends_with("+json")
}

/// The path (`a.b[2].c`) of the first string in `body` that holds U+0000, if any. JSON can
/// only carry it escaped, so bodies without `\u0000` are never parsed twice.
fn nul_in_json(body: &[u8]) -> Option<String> {
    let escaped = body
        .windows(6)
        .any(|w| w[0] == b'\\' && w[1] == b'u' && w[2..].iter().all(|b| *b == b'0'));
    if !escaped {
        return None;
    }
    // A malformed body is left to the real parse to report.
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    find_nul(&value, String::new())
}

fn find_nul(value: &serde_json::Value, path: String) -> Option<String> {
    use serde_json::Value;
    let join = |key: &str| {
        if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        }
    };
    match value {
        Value::String(text) if text.contains('\0') => Some(if path.is_empty() {
            "body".to_owned()
        } else {
            path
        }),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(index, item)| find_nul(item, format!("{path}[{index}]"))),
        Value::Object(fields) => fields.iter().find_map(|(key, item)| {
            if key.contains('\0') {
                Some(join("(key)"))
            } else {
                find_nul(item, join(key))
            }
        }),
        _ => None,
    }
}

/// The raw body, with the API's JSON error for one that is too large.
#[derive(Debug, Clone, Default)]
pub struct ApiBytes(pub axum::body::Bytes);

impl<S: Send + Sync> FromRequest<S> for ApiBytes {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, AppError> {
        Ok(ApiBytes(
            axum::body::Bytes::from_request(request, state).await?,
        ))
    }
}

/// `axum::extract::Path`, answering a segment that does not parse (`/api/requests/abc`, an id
/// beyond 2³¹) with 400 `invalid_parameter` in JSON.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiPath<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiPath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(ApiPath(value)),
            Err(rejection) => Err(AppError::InvalidParameter(rejection.body_text())),
        }
    }
}

/// `axum::extract::Query`, answering a query that does not parse (`?page=x`) or holds a
/// control character with 400 `invalid_parameter` in JSON.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, AppError> {
        let query = parts.uri.query().unwrap_or_default();
        let decoded = form_decoded(query);
        if decoded.chars().any(char::is_control) {
            return Err(AppError::InvalidParameter(
                "the query holds a control character".to_owned(),
            ));
        }
        match axum::extract::Query::<T>::try_from_uri(&parts.uri) {
            Ok(axum::extract::Query(value)) => Ok(ApiQuery(value)),
            Err(rejection) => Err(AppError::InvalidParameter(rejection.body_text())),
        }
    }
}

/// The query with its percent escapes decoded (`+` stays), only to look for what it hides.
fn form_decoded(query: &str) -> String {
    let bytes = query.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(high), Some(low)) = (
                bytes.get(i + 1).copied().and_then(hex),
                bytes.get(i + 2).copied().and_then(hex),
            )
        {
            out.push(u8::try_from(high * 16 + low).unwrap_or(b'?'));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_is_found_with_its_path() {
        assert_eq!(nul_in_json(br#"{"a": "x"}"#), None);
        assert_eq!(
            nul_in_json(br#"{"subject": {"name": "a\u0000b"}}"#).as_deref(),
            Some("subject.name")
        );
        assert_eq!(
            nul_in_json(br#"{"answers": [{"q": 1}, {"c": "\u0000"}]}"#).as_deref(),
            Some("answers[1].c")
        );
        // An escaped backslash followed by the letters is not a NUL.
        assert_eq!(nul_in_json(br#"{"a": "\\u0000"}"#), None);
    }

    #[test]
    fn content_types() {
        let mut headers = HeaderMap::new();
        assert!(!is_json(&headers));
        headers.insert(
            header::CONTENT_TYPE,
            "application/json; charset=utf-8".parse().unwrap(),
        );
        assert!(is_json(&headers));
        headers.insert(
            header::CONTENT_TYPE,
            "application/merge-patch+json".parse().unwrap(),
        );
        assert!(is_json(&headers));
        headers.insert(header::CONTENT_TYPE, "text/plain".parse().unwrap());
        assert!(!is_json(&headers));
    }

    #[test]
    fn queries_are_decoded_to_be_checked() {
        assert_eq!(form_decoded("q=a%00b"), "q=a\0b");
        assert_eq!(form_decoded("q=%4"), "q=%4");
        assert_eq!(form_decoded("q=%zz"), "q=%zz");
    }
}
