//! Extractors whose rejections use our error format.

use axum::extract::FromRequest;

use crate::error::AppError;

/// `axum::Json`, but a malformed body, a wrong content type or an oversized body is answered
/// with the API's JSON error shape instead of axum's plain text.
#[derive(Debug, Clone, Copy, Default, FromRequest)]
#[from_request(via(axum::Json), rejection(AppError))]
pub struct ApiJson<T>(pub T);

/// The raw body, with the API's JSON error for one that is too large.
#[derive(Debug, Clone, Default)]
pub struct ApiBytes(pub axum::body::Bytes);

impl<S: Send + Sync> FromRequest<S> for ApiBytes {
    type Rejection = AppError;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, AppError> {
        Ok(ApiBytes(
            axum::body::Bytes::from_request(request, state).await?,
        ))
    }
}
