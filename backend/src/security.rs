//! Headers every response carries.

use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::static_files::BASE_CSP;

/// Adds the security headers to every response of `router`. A handler that sets its own CSP
/// (the SPA's index page) keeps it.
pub fn with_security_headers<S: Clone + Send + Sync + 'static>(router: Router<S>) -> Router<S> {
    let headers: [(HeaderName, &'static str); 6] = [
        (header::CONTENT_SECURITY_POLICY, BASE_CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=()",
        ),
    ];
    headers.into_iter().fold(router, |router, (name, value)| {
        router.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ))
    })
}

/// Refuses state-changing API calls that a browser says come from another site, whatever
/// their content type: the session cookie's `SameSite=Strict` already keeps it out of
/// cross-site requests, and this is the second, independent line (as in Go's
/// `CrossOriginProtection`). A browser sends `Sec-Fetch-Site`; an older one at least
/// `Origin`, compared with the host asked for and with the configured public address.
/// Requests with neither come from programs, not browsers, and carry no ambient cookie.
pub async fn same_origin_writes(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    if is_cross_site_write(
        request.method(),
        request.headers(),
        &state.config.public_url,
    ) {
        return crate::error::error_response(
            axum::http::StatusCode::FORBIDDEN,
            shared::ErrorCode::Forbidden,
            "cross-site request refused",
        );
    }
    next.run(request).await
}

/// The decision of [`same_origin_writes`].
pub fn is_cross_site_write(
    method: &axum::http::Method,
    headers: &axum::http::HeaderMap,
    public_url: &str,
) -> bool {
    use axum::http::Method;
    if matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    ) {
        return false;
    }
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = text("sec-fetch-site") {
        // `none`: the user typed the address or used a bookmark, not another site.
        return !matches!(site, "same-origin" | "none");
    }
    let Some(origin) = text("origin") else {
        return false;
    };
    let origin_host = authority_of(origin);
    let same_host =
        origin_host.is_some() && origin_host == text("host").map(str::to_ascii_lowercase);
    let public = origin_host.is_some() && origin_host == authority_of(public_url);
    !(same_host || public)
}

/// The `host[:port]` of a URL, lower-cased; `None` for `null` or anything without one.
fn authority_of(url: &str) -> Option<String> {
    let (_, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    (!authority.is_empty()).then(|| authority.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{HeaderMap, Method};

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn writes_from_other_sites_are_refused() {
        let public = "https://imi.example.eu";
        let post = Method::POST;
        assert!(!is_cross_site_write(
            &Method::GET,
            &headers(&[("sec-fetch-site", "cross-site")]),
            public
        ));
        assert!(is_cross_site_write(
            &post,
            &headers(&[("sec-fetch-site", "cross-site")]),
            public
        ));
        assert!(is_cross_site_write(
            &post,
            &headers(&[("sec-fetch-site", "same-site")]),
            public
        ));
        assert!(!is_cross_site_write(
            &post,
            &headers(&[("sec-fetch-site", "same-origin")]),
            public
        ));
        // Without Sec-Fetch-Site, the Origin decides.
        assert!(is_cross_site_write(
            &post,
            &headers(&[
                ("origin", "https://evil.example"),
                ("host", "imi.example.eu")
            ]),
            public
        ));
        assert!(!is_cross_site_write(
            &post,
            &headers(&[
                ("origin", "http://127.0.0.1:8080"),
                ("host", "127.0.0.1:8080")
            ]),
            public
        ));
        assert!(!is_cross_site_write(
            &post,
            &headers(&[
                ("origin", "https://imi.example.eu"),
                ("host", "10.0.0.7:8080")
            ]),
            public
        ));
        assert!(is_cross_site_write(
            &post,
            &headers(&[("origin", "null"), ("host", "x")]),
            public
        ));
        // Programs send neither.
        assert!(!is_cross_site_write(&post, &HeaderMap::new(), public));
    }
}
