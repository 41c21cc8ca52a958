//! The JSON API. Each module owns its routes; `api_router` puts them together and documents
//! them in the same step, so a route cannot exist without its OpenAPI entry.

use axum::Json;
use axum::http::StatusCode;
use axum::response::Response;
use shared::ErrorCode;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::error_response;
use crate::state::AppState;

pub mod account;
pub mod authorities;
pub mod catalogue;
pub mod health;
pub mod notifications;
pub mod registry;
pub mod requests;
pub mod templates;
pub mod translate;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Internal Market Information System API",
        description = "Information requests between the competent authorities of the European Economic Area."
    ),
    components(schemas(shared::ApiError, shared::ErrorCode))
)]
struct ApiDoc;

/// Every `/api` route, with the OpenAPI document served at `/api/openapi.json`. Uploads may
/// be up to `max_attachment_bytes`; every other body is limited by the caller's layer.
pub fn api_router(max_attachment_bytes: usize) -> axum::Router<AppState> {
    // The inner limit wins over the router-wide one for this route only.
    let uploads = OpenApiRouter::new()
        .routes(routes!(requests::upload))
        .layer(axum::extract::DefaultBodyLimit::max(max_attachment_bytes));
    // A registry file of the largest import (20,000 rows) fits well within this.
    let imports = OpenApiRouter::new()
        .routes(routes!(registry::import))
        .layer(axum::extract::DefaultBodyLimit::max(16 * 1024 * 1024));
    let (router, mut doc) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(health::health))
        .routes(routes!(openapi_json))
        .routes(routes!(account::login))
        .routes(routes!(account::logout))
        .routes(routes!(account::me))
        .routes(routes!(account::set_language))
        .routes(routes!(templates::check))
        .routes(routes!(catalogue::catalogue))
        .routes(routes!(authorities::search))
        .routes(routes!(authorities::profile))
        .routes(routes!(translate::status, translate::translate))
        .routes(routes!(requests::create, requests::list))
        .routes(routes!(requests::counts))
        .routes(routes!(requests::view, requests::save_draft))
        .routes(routes!(requests::act))
        .routes(routes!(requests::save_answers))
        .routes(routes!(requests::message))
        .routes(routes!(requests::download))
        .routes(routes!(requests::assign))
        .routes(routes!(requests::remind))
        .routes(routes!(requests::inactive))
        .routes(routes!(requests::handlers))
        .routes(routes!(requests::set_allocation))
        .routes(routes!(notifications::list))
        .routes(routes!(notifications::mark_read))
        .routes(routes!(notifications::stream))
        .routes(routes!(registry::concepts))
        .routes(routes!(registry::register))
        .routes(routes!(registry::update))
        .routes(routes!(registry::users, registry::invite))
        .routes(routes!(registry::update_user))
        .routes(routes!(registry::resend_invitation))
        .routes(routes!(registry::invitation, registry::accept))
        .merge(uploads)
        .merge(imports)
        .split_for_parts();
    doc.info.version = env!("CARGO_PKG_VERSION").to_owned();
    let doc = std::sync::Arc::new(doc);
    router
        .route_layer(axum::Extension(doc))
        .fallback(api_not_found)
        .method_not_allowed_fallback(api_method_not_allowed)
}

/// The OpenAPI 3 document of every API route.
#[utoipa::path(get, path = "/api/openapi.json", tag = "meta",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json")))]
async fn openapi_json(
    axum::Extension(doc): axum::Extension<std::sync::Arc<utoipa::openapi::OpenApi>>,
) -> Json<utoipa::openapi::OpenApi> {
    Json((*doc).clone())
}

async fn api_not_found() -> Response {
    error_response(
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
        "no such API route",
    )
}

async fn api_method_not_allowed() -> Response {
    error_response(
        StatusCode::METHOD_NOT_ALLOWED,
        ErrorCode::MethodNotAllowed,
        "method not allowed on this route",
    )
}
