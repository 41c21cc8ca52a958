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
pub mod alerts;
pub mod authorities;
pub mod catalogue;
pub mod data_subjects;
pub mod health;
pub mod notifications;
pub mod registry;
pub mod requests;
pub mod statistics;
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
    let (router, doc) = parts(max_attachment_bytes);
    let doc = std::sync::Arc::new(doc);
    router
        .route_layer(axum::Extension(doc))
        .fallback(api_not_found)
        .method_not_allowed_fallback(api_method_not_allowed)
}

/// The OpenAPI document `/api/openapi.json` serves, e.g. for tests that check responses
/// against it.
pub fn openapi(max_attachment_bytes: usize) -> utoipa::openapi::OpenApi {
    parts(max_attachment_bytes).1
}

/// The routes and their document, made in one step so that neither can miss the other.
fn parts(max_attachment_bytes: usize) -> (axum::Router<AppState>, utoipa::openapi::OpenApi) {
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
        .routes(routes!(account::session))
        .routes(routes!(account::set_language))
        .routes(routes!(account::second_factor_setup))
        .routes(routes!(
            account::second_factor_confirm,
            account::second_factor_disable
        ))
        .routes(routes!(account::recovery_codes))
        .routes(routes!(account::sessions, account::end_other_sessions))
        .routes(routes!(account::end_session))
        .routes(routes!(account::change_password))
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
        .routes(routes!(requests::save_report))
        .routes(routes!(requests::message))
        .routes(routes!(requests::rectify))
        .routes(routes!(requests::download))
        .routes(routes!(requests::assign))
        .routes(routes!(requests::remind))
        .routes(routes!(requests::inactive))
        .routes(routes!(alerts::kinds))
        .routes(routes!(alerts::create, alerts::list))
        .routes(routes!(alerts::counts))
        .routes(routes!(alerts::check))
        .routes(routes!(alerts::view, alerts::save))
        .routes(routes!(alerts::act))
        .routes(routes!(alerts::suggestions))
        .routes(routes!(data_subjects::search))
        .routes(routes!(data_subjects::report))
        .routes(routes!(requests::handlers))
        .routes(routes!(requests::set_allocation))
        .routes(routes!(notifications::list))
        .routes(routes!(notifications::mark_read))
        .routes(routes!(notifications::stream))
        .routes(routes!(statistics::statistics))
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
    complete_responses(&mut doc);
    (router, doc)
}

/// The routes that answer without a session; every other one takes `AuthUser`.
pub const PUBLIC_ROUTES: &[&str] = &[
    "/api/health",
    "/api/openapi.json",
    "/api/auth/login",
    "/api/session",
    "/api/invitations/{token}",
];

/// The routes every account reaches, the European Commission's staff included: their own
/// account (the `/api/me` family), log-out and the statistics. Every other route with a
/// session takes `AuthUser`, which answers 404 to the Commission's staff before its handler.
fn open_to_every_account(path: &str) -> bool {
    path == "/api/me"
        || path.starts_with("/api/me/")
        || path == "/api/auth/logout"
        || path == "/api/statistics"
}

/// Documents, on every operation, the answers that do not come from its handler but from
/// what every route shares: the server and the database failing (500, 503), a session
/// missing or not allowed (401, 403, the latter also for a write from another site), a
/// path or query that does not parse (400), and a body that is not JSON, too large, of the
/// wrong type or shape (400, 413, 415, 422). The handlers document what is theirs; this
/// makes sure no operation can leave out what is everyone's.
fn complete_responses(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::path::Operation;
    for (path, item) in &mut doc.paths.paths {
        let public = PUBLIC_ROUTES.contains(&path.as_str());
        let operations: [(bool, &mut Option<Operation>); 5] = [
            (false, &mut item.get),
            (true, &mut item.put),
            (true, &mut item.post),
            (true, &mut item.delete),
            (true, &mut item.patch),
        ];
        for (writes, operation) in operations {
            let Some(operation) = operation.as_mut() else {
                continue;
            };
            add_server_responses(operation);
            add_session_responses(operation, public, writes);
            if !public && !open_to_every_account(path) {
                add_response(
                    operation,
                    "404",
                    "`not_found`: nothing with that id, or nothing the caller may know of (the European Commission's staff, who handle no request, find nothing here)",
                );
            }
            if writes && !public {
                add_idempotency(operation);
            }
            add_parameter_responses(operation, path);
            add_body_responses(operation);
        }
    }
}

/// What any operation can answer when the server or the database fails.
fn add_server_responses(operation: &mut utoipa::openapi::path::Operation) {
    add_response(
        operation,
        "500",
        "`internal_error`: the server failed; the details are in its log",
    );
    add_response(
        operation,
        "503",
        "`database_unavailable`: the database does not answer",
    );
}

/// What an operation answers without a session (unless it is `public`) or when the caller
/// may not use it; a write is also refused when the browser says it comes from another site.
fn add_session_responses(
    operation: &mut utoipa::openapi::path::Operation,
    public: bool,
    writes: bool,
) {
    if !public {
        add_response(
            operation,
            "401",
            "`unauthenticated`: no session, or it ended",
        );
    }
    if !public || writes {
        add_response(
            operation,
            "403",
            "`forbidden`: the caller may not do this (or, for a write, the browser says it comes from another site)",
        );
    }
}

/// The `Idempotency-Key` header every write with a session takes (`crate::idempotency`), and
/// what it may answer because of it.
fn add_idempotency(operation: &mut utoipa::openapi::path::Operation) {
    use utoipa::openapi::path::{ParameterBuilder, ParameterIn};
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    let header = ParameterBuilder::new()
        .name("Idempotency-Key")
        .parameter_in(ParameterIn::Header)
        .required(utoipa::openapi::Required::False)
        .description(Some(
            "Names this change, so that sending it again (after its answer was lost) gives the \
             first call's answer instead of doing it twice: 1 to 100 visible ASCII characters, \
             a random UUID in practice; kept a week, per user.",
        ))
        .schema(Some(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .min_length(Some(1))
                .max_length(Some(100))
                .pattern(Some("^[!-~]{1,100}$")),
        ))
        .build();
    operation
        .parameters
        .get_or_insert_with(Vec::new)
        .push(header);
    add_response(
        operation,
        "409",
        "`request_in_progress`: a call with the same `Idempotency-Key` is still being handled; ask again after `Retry-After`",
    );
    add_response(
        operation,
        "422",
        "`idempotency_key_reused`: the `Idempotency-Key` named another call before",
    );
}

/// What an operation answers when its query or path parameters do not parse, or when its
/// `path`'s id names nothing the caller may know of.
fn add_parameter_responses(operation: &mut utoipa::openapi::path::Operation, path: &str) {
    let has_parameters = operation
        .parameters
        .as_ref()
        .is_some_and(|parameters| !parameters.is_empty());
    if has_parameters {
        add_response(
            operation,
            "400",
            "`invalid_parameter`: a path segment or query parameter does not parse",
        );
    }
    if path.contains('{') {
        add_response(
            operation,
            "404",
            "`not_found`: nothing with that id, or nothing the caller may know of",
        );
    }
}

/// What an operation with a body answers when the body is too large and, for a JSON body,
/// when it is not JSON, not declared as JSON, or of the wrong shape.
fn add_body_responses(operation: &mut utoipa::openapi::path::Operation) {
    let Some(json) = operation
        .request_body
        .as_ref()
        .map(|body| body.content.contains_key("application/json"))
    else {
        return;
    };
    add_response(
        operation,
        "413",
        "`payload_too_large`: the body is larger than the route accepts",
    );
    if json {
        add_response(operation, "400", "`malformed_json`: the body is not JSON");
        add_response(
            operation,
            "415",
            "`unsupported_media_type`: the body is not declared as JSON",
        );
        add_response(
            operation,
            "422",
            "`validation_failed` (with `fields`) or `malformed_json`: the body's shape or a field is wrong",
        );
    }
}

/// Adds the response `status` with an `ApiError` body unless the operation documents it;
/// when it does, and under another code, the text is appended so both are said.
fn add_response(operation: &mut utoipa::openapi::path::Operation, status: &str, text: &str) {
    use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
    let responses = &mut operation.responses.responses;
    match responses.get_mut(status) {
        Some(RefOr::T(response)) => {
            let code = text.split('`').nth(1).unwrap_or_default();
            if !response.description.contains(code) {
                response.description = format!("{}; or {text}", response.description);
            }
        }
        Some(RefOr::Ref(_)) => {}
        None => {
            let response = ResponseBuilder::new()
                .description(text)
                .content(
                    "application/json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("ApiError")))
                        .build(),
                )
                .build();
            responses.insert(status.to_owned(), RefOr::T(response));
        }
    }
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

#[cfg(test)]
mod tests {
    #[test]
    fn a_download_is_documented_as_every_type_it_can_be() {
        let doc = serde_json::to_value(super::openapi(1024)).unwrap();
        let content = doc["paths"]["/api/attachments/{id}"]["get"]["responses"]["200"]["content"]
            .as_object()
            .unwrap();
        let mut documented: Vec<&str> = content.keys().map(String::as_str).collect();
        let mut sniffed = crate::blobs::DOCUMENT_TYPES.to_vec();
        documented.sort_unstable();
        sniffed.sort_unstable();
        assert_eq!(documented, sniffed);
    }

    #[test]
    fn every_operation_documents_what_every_route_can_answer() {
        let doc = serde_json::to_value(super::openapi(1024)).unwrap();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, operation) in item.as_object().unwrap() {
                let responses = operation["responses"].as_object().unwrap();
                for status in ["500", "503"] {
                    assert!(
                        responses.contains_key(status),
                        "{method} {path} lacks {status}"
                    );
                }
                if !super::PUBLIC_ROUTES.contains(&path.as_str()) {
                    assert!(responses.contains_key("401"), "{method} {path} lacks 401");
                }
            }
        }
    }
}
