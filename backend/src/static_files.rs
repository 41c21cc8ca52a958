//! Serving the built SPA: hashed assets with long cache lifetimes and precompressed variants,
//! `index.html` for every client-side route, and a Content-Security-Policy that admits the
//! app's own bootstrap script by hash and nothing else.

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::handler::HandlerWithoutStateExt;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};
use shared::ErrorCode;
use std::path::{Path, PathBuf};
use tower_http::services::ServeDir;

use crate::error::error_response;

/// The policy for everything but `index.html`, which adds its inline script's hash.
pub const BASE_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
    object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The router that serves `dir`. Used as the fallback of the whole app, after `/api`.
pub fn router<S: Clone + Send + Sync + 'static>(dir: PathBuf) -> Router<S> {
    let index_dir = dir.clone();
    let index = move |uri: Uri| {
        let dir = index_dir.clone();
        async move { spa_route(&dir, uri.path()).await }
    };
    let files = ServeDir::new(&dir)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(index.clone().into_service());
    Router::new()
        .route("/", axum::routing::get(index.clone()))
        .route("/index.html", axum::routing::get(index))
        .fallback_service(files)
        .layer(middleware::from_fn(cache_control))
}

/// A client-side route gets `index.html`; a missing file (a path with an extension) gets 404
/// rather than a page that would fail to parse as a script or style.
async fn spa_route(dir: &Path, path: &str) -> Response {
    let last = path.rsplit('/').next().unwrap_or_default();
    if last.contains('.') && last != "index.html" {
        return error_response(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such file");
    }
    match tokio::fs::read_to_string(dir.join("index.html")).await {
        Ok(html) => {
            let csp = csp_for(&html);
            let mut response =
                ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response();
            if let Ok(value) = HeaderValue::from_str(&csp) {
                response
                    .headers_mut()
                    .insert(header::CONTENT_SECURITY_POLICY, value);
            }
            response
        }
        Err(_) => error_response(
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
            "the SPA is not built here: run `./run.sh demo` or `trunk build` in frontend/",
        ),
    }
}

/// The CSP for a page: the base policy plus the SHA-256 of each inline script, which is how
/// Trunk's generated `index.html` starts the wasm module.
pub fn csp_for(html: &str) -> String {
    let hashes: String = inline_scripts(html)
        .map(|script| {
            let digest = Sha256::digest(script.as_bytes());
            format!(
                " 'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    BASE_CSP.replacen(
        "'wasm-unsafe-eval'",
        &format!("'wasm-unsafe-eval'{hashes}"),
        1,
    )
}

fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script").skip(1).filter_map(|rest| {
        let (attributes, body) = rest.split_once('>')?;
        if attributes.contains("src=") {
            return None;
        }
        let (content, _) = body.split_once("</script>")?;
        Some(content)
    })
}

/// Trunk names built assets `name-<16 hex digits>.ext`: such a file never changes, so it may
/// be cached for a year. Anything else must be revalidated so a new release shows at once.
async fn cache_control(request: Request<Body>, next: Next) -> Response {
    let immutable = is_hashed_asset(request.uri().path());
    let mut response = next.run(request).await;
    let value = if immutable && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_assets_are_recognised() {
        assert!(is_hashed_asset("/frontend-5f1c2a9d8e7b6a54.js"));
        assert!(is_hashed_asset("/frontend-5f1c2a9d8e7b6a54_bg.wasm"));
        assert!(is_hashed_asset("/main-0123456789abcdef.css"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/locales/lv/main.ftl"));
        assert!(!is_hashed_asset("/inbox"));
    }

    #[test]
    fn inline_scripts_are_hashed_into_the_policy() {
        let html = r#"<html><head><script type="module">import init from '/a.js';init();</script>
            <script src="/other.js"></script></head></html>"#;
        let csp = csp_for(html);
        let expected = base64::engine::general_purpose::STANDARD
            .encode(Sha256::digest(b"import init from '/a.js';init();"));
        assert!(csp.contains(&format!("'sha256-{expected}'")), "{csp}");
        assert_eq!(csp.matches("sha256-").count(), 1);
        assert!(csp.contains("frame-ancestors 'none'"));
    }
}
