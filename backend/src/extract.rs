//! Extractors whose rejections use our error format.

use axum::extract::FromRequest;

use crate::error::AppError;

/// `axum::Json`, but a malformed body, a wrong content type or an oversized body is answered
/// with the API's JSON error shape instead of axum's plain text.
#[derive(Debug, Clone, Copy, Default, FromRequest)]
#[from_request(via(axum::Json), rejection(AppError))]
pub struct ApiJson<T>(pub T);
