//! The JSON API through real HTTP, against SQLite and PostgreSQL.

use imi_tests::{ANNA, DEMO_PASSWORD, Engine, db_test, spawn_app_with};
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn json_of(response: reqwest::Response) -> Value {
    response.json().await.expect("a JSON body")
}

db_test!(health_reports_the_engine, |app| {
    let response = app.client.get(app.url("/api/health")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body = json_of(response).await;
    assert_eq!(body["status"], "ok");
    let expected = match app.engine {
        Engine::Sqlite => "sqlite",
        Engine::Postgres => "postgres",
    };
    assert_eq!(body["database"], expected);
});

db_test!(health_is_503_when_the_database_is_gone, |app| {
    app.server.state.db.clone().close().await.unwrap();
    app.server.state.probe.clone().close().await.unwrap();
    let response = app.client.get(app.url("/api/health")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(json_of(response).await["status"], "unavailable");
    // Other routes say so with their code, not with a generic 500.
    let response = app.login(ANNA).await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(json_of(response).await["code"], "database_unavailable");
});

db_test!(login_me_logout, |app| {
    let response = app.login(ANNA).await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("imi_session="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let me = json_of(response).await;
    assert_eq!(me["display_name"], "Anna Bērziņa");
    assert_eq!(me["organisation"]["name"], "Veselības inspekcija");
    assert_eq!(me["organisation"]["country"], "LV");
    assert_eq!(me["roles"], json!(["allocator", "request_handler"]));
    assert_eq!(me["language"], Value::Null);

    let response = app.client.get(app.url("/api/me")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(json_of(response).await["email"], ANNA);

    let response = app
        .client
        .post(app.url("/api/auth/logout"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let response = app.client.get(app.url("/api/me")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(json_of(response).await["code"], "unauthenticated");
});

db_test!(email_is_matched_without_case_or_spaces, |app| {
    let response = app
        .client
        .post(app.url("/api/auth/login"))
        .json(&json!({ "email": "  Anna.Berzina@VI.lv.example ", "password": DEMO_PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
});

db_test!(a_forged_or_stale_cookie_is_refused, |app| {
    let client = reqwest::Client::new();
    for cookie in ["imi_session=forged", "imi_session=", "other=1"] {
        let response = client
            .get(app.url("/api/me"))
            .header("cookie", cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{cookie}");
    }
});

db_test!(wrong_credentials_get_one_generic_error, |app| {
    let wrong_password = app
        .client
        .post(app.url("/api/auth/login"))
        .json(&json!({ "email": ANNA, "password": "not the password" }))
        .send()
        .await
        .unwrap();
    let unknown_email = app
        .client
        .post(app.url("/api/auth/login"))
        .json(&json!({ "email": "nobody@nowhere.example", "password": "whatever" }))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_password.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(unknown_email.status(), StatusCode::UNAUTHORIZED);
    let (a, b) = (json_of(wrong_password).await, json_of(unknown_email).await);
    assert_eq!(a, b, "the two failures must be indistinguishable");
    assert_eq!(a["code"], "invalid_credentials");
});

db_test!(repeated_failures_are_slowed_down, |app| {
    let attempt = |password: &'static str| {
        app.client
            .post(app.url("/api/auth/login"))
            .json(&json!({ "email": ANNA, "password": password }))
            .send()
    };
    for _ in 0..5 {
        assert_eq!(
            attempt("guess").await.unwrap().status(),
            StatusCode::UNAUTHORIZED
        );
    }
    // The sixth attempt comes too soon: refused even with the right password.
    let response = attempt(DEMO_PASSWORD).await.unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.headers().contains_key("retry-after"));
    let body = json_of(response).await;
    assert_eq!(body["code"], "too_many_attempts");
    assert!(body["retry_after_seconds"].as_u64().unwrap() >= 1);
    // After the wait (the server's clock moved on, not the test's) the right password works
    // and clears the count.
    app.server
        .state
        .clock
        .advance(chrono::Duration::milliseconds(2100));
    assert_eq!(
        attempt(DEMO_PASSWORD).await.unwrap().status(),
        StatusCode::OK
    );
    assert_eq!(
        attempt("guess").await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
});

db_test!(a_session_ends_when_its_time_is_up, |app| {
    app.login(ANNA).await;
    let me = || app.client.get(app.url("/api/me")).send();
    assert_eq!(me().await.unwrap().status(), StatusCode::OK);
    let lifetime = i64::from(app.server.state.config.session_hours);
    app.server
        .state
        .clock
        .advance(chrono::Duration::hours(lifetime) - chrono::Duration::minutes(1));
    assert_eq!(me().await.unwrap().status(), StatusCode::OK);
    app.server.state.clock.advance(chrono::Duration::minutes(2));
    assert_eq!(me().await.unwrap().status(), StatusCode::UNAUTHORIZED);
});

db_test!(every_api_route_but_public_ones_needs_a_session, |app| {
    let client = reqwest::Client::new();
    let cases = [
        (reqwest::Method::GET, "/api/me"),
        (reqwest::Method::PUT, "/api/me/language"),
        (reqwest::Method::POST, "/api/auth/logout"),
        (reqwest::Method::POST, "/api/templates/check"),
        (reqwest::Method::GET, "/api/translate"),
        (reqwest::Method::POST, "/api/translate"),
    ];
    for (method, path) in cases {
        let response = client
            .request(method.clone(), app.url(path))
            .json(&json!({ "language": "lv" }))
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "{method} {path}"
        );
        assert_eq!(json_of(response).await["code"], "unauthenticated");
    }
});

db_test!(bad_bodies_get_json_errors, |app| {
    let url = app.url("/api/auth/login");
    let response = app
        .client
        .post(&url)
        .header("content-type", "application/json")
        .body("{\"email\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(json_of(response).await["code"], "malformed_json");

    let response = app
        .client
        .post(&url)
        .header("content-type", "text/plain")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(json_of(response).await["code"], "unsupported_media_type");

    let response = app
        .client
        .post(&url)
        .json(&json!({ "email": 42 }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(json_of(response).await["code"], "malformed_json");

    let response = app
        .client
        .post(&url)
        .json(&json!({ "email": " ", "password": "" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = json_of(response).await;
    assert_eq!(body["code"], "validation_failed");
    assert_eq!(
        body["fields"],
        json!([{ "field": "email", "code": "missing" }, { "field": "password", "code": "missing" }])
    );

    let huge = "x".repeat(2 * 1024 * 1024);
    let response = app
        .client
        .post(&url)
        .json(&json!({ "email": huge, "password": "p" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(json_of(response).await["code"], "payload_too_large");
});

db_test!(unknown_routes_and_methods_get_json_errors, |app| {
    let response = app
        .client
        .get(app.url("/api/no/such/route"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(json_of(response).await["code"], "not_found");
    let response = app
        .client
        .delete(app.url("/api/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(json_of(response).await["code"], "method_not_allowed");
});

db_test!(language_choice_is_remembered, |app| {
    app.login(ANNA).await;
    let response = app
        .client
        .put(app.url("/api/me/language"))
        .json(&json!({ "language": "lv" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(json_of(response).await["language"], "lv");
    let response = app
        .client
        .put(app.url("/api/me/language"))
        .json(&json!({ "language": "xx" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let me = json_of(app.client.get(app.url("/api/me")).send().await.unwrap()).await;
    assert_eq!(me["language"], "lv");
});

db_test!(security_headers_on_every_response, |app| {
    for path in [
        "/api/health",
        "/api/me",
        "/api/nothing",
        "/some/client/route",
    ] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
            "{path}: {csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert!(headers.contains_key("referrer-policy"), "{path}");
    }
});

db_test!(openapi_documents_every_route, |app| {
    let response = app
        .client
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let doc = json_of(response).await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for expected in [
        "/api/health",
        "/api/openapi.json",
        "/api/auth/login",
        "/api/auth/logout",
        "/api/me",
        "/api/me/language",
    ] {
        assert!(paths.contains_key(expected), "{expected} is not documented");
    }
    // Every documented operation is routed: none answers the router's own 404 or 405. (A
    // route may answer 404 for the placeholder id itself, e.g. an unknown invitation token.)
    for (path, item) in paths {
        for method in item.as_object().unwrap().keys() {
            let method: reqwest::Method = method.to_uppercase().parse().unwrap();
            let response = app
                .client
                .request(method.clone(), app.url(path))
                .send()
                .await
                .unwrap();
            let status = response.status();
            let body = response.text().await.unwrap();
            assert!(
                !(status == StatusCode::NOT_FOUND && body.contains("no such API route"))
                    && status != StatusCode::METHOD_NOT_ALLOWED,
                "{method} {path} is documented but answers {status}: {body}"
            );
        }
    }
});

db_test!(json_is_compressed_for_clients_that_accept_it, |app| {
    let anna = app.user(ANNA).await;
    let page = |encoding: Option<&'static str>| {
        let mut request = anna.get(app.url("/api/requests?box=all&per_page=25"));
        if let Some(encoding) = encoding {
            request = request.header("accept-encoding", encoding);
        }
        request.send()
    };
    let plain = page(None).await.unwrap();
    assert_eq!(plain.status(), StatusCode::OK);
    assert!(plain.headers().get("content-encoding").is_none());
    let plain: Value = plain.json().await.unwrap();
    let gzip = page(Some("gzip")).await.unwrap();
    assert_eq!(gzip.status(), StatusCode::OK);
    assert_eq!(gzip.headers()["content-encoding"], "gzip");
    assert!(
        gzip.headers()["vary"]
            .to_str()
            .unwrap()
            .to_ascii_lowercase()
            .contains("accept-encoding"),
        "a cache keeps the two apart"
    );
    let bytes = gzip.bytes().await.unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut text)
        .expect("gzip");
    assert!(bytes.len() < text.len(), "{} ≥ {}", bytes.len(), text.len());
    assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), plain);
    // Brotli is preferred where the client takes both.
    let br = page(Some("gzip, deflate, br")).await.unwrap();
    assert_eq!(br.headers()["content-encoding"], "br");
    // The live stream is never held back to be compressed.
    let stream = app
        .live_stream(&anna, &[("accept-encoding", "gzip, br")])
        .await;
    assert!(stream.headers().get("content-encoding").is_none());
});

db_test!(demo_data_is_loaded_once, |app| {
    use sea_orm::{EntityTrait, PaginatorTrait};
    let db = &app.server.state.db;
    let before = backend::entities::authority::Entity::find()
        .count(db)
        .await
        .unwrap();
    assert!(before >= 7);
    assert!(!backend::demo::load_if_empty(db).await.unwrap());
    assert_eq!(
        backend::entities::authority::Entity::find()
            .count(db)
            .await
            .unwrap(),
        before
    );
});

/// A second instance over the same database shares sessions: the backend is stateless.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_share_sessions_postgres() {
    let first = imi_tests::spawn_app(Engine::Postgres).await;
    let url = first.db.url.clone();
    let second = backend::spawn({
        let mut config = imi_tests::test_config(url);
        config.demo = true;
        config
    })
    .await
    .unwrap();
    assert_eq!(first.login(ANNA).await.status(), StatusCode::OK);
    let response = first
        .client
        .get(format!("{}/api/me", second.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "the session made on one instance works on the other"
    );
    drop(second);
}

/// Two instances started at the same moment with `--demo` on one empty PostgreSQL database
/// both start, and the database holds the demo once: as many authorities, accounts and
/// requests as one instance alone loads. (SQLite serves one instance.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_started_at_once_load_the_demo_once_postgres() {
    use backend::entities::{authority, request, user};
    use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};
    async fn counts(db: &DatabaseConnection) -> (u64, u64, u64) {
        (
            authority::Entity::find().count(db).await.unwrap(),
            user::Entity::find().count(db).await.unwrap(),
            request::Entity::find().count(db).await.unwrap(),
        )
    }
    let alone = imi_tests::spawn_app(Engine::Postgres).await;
    let once = counts(&alone.server.state.db).await;
    assert!(once.0 > 0 && once.1 > 0 && once.2 > 0, "{once:?}");

    let shared = imi_tests::TestDb::create(Engine::Postgres).await;
    let config = || {
        let mut config = imi_tests::test_config(shared.url.clone());
        config.demo = true;
        config
    };
    let (first, second) = tokio::join!(backend::spawn(config()), backend::spawn(config()));
    let (first, second) = (first.unwrap(), second.unwrap());
    assert_eq!(counts(&first.state.db).await, once);
    drop((first, second));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn body_limit_is_configurable() {
    let app = spawn_app_with(Engine::Sqlite, |config| config.max_body_bytes = 64).await;
    let response = app
        .client
        .post(app.url("/api/auth/login"))
        .json(&json!({ "email": ANNA, "password": "a password long enough to pass sixty-four bytes" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

db_test!(template_check_accepts_good_input_and_normalises_it, |app| {
    app.login(ANNA).await;
    let response = app
        .client
        .post(app.url("/api/templates/check"))
        .json(&json!({
            "template": "Is [$<SPBusinessName>] the correct business name of the service provider?",
            "values": { "SPBusinessName": "  Tamme Pagarid OÜ " }
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body = json_of(response).await;
    assert_eq!(
        body["canonical"],
        "Is [${SPBusinessName}] the correct business name of the service provider?"
    );
    assert_eq!(body["placeholders"][0]["name"], "SPBusinessName");
    assert_eq!(
        body["segments"][1],
        json!({ "kind": "value", "name": "SPBusinessName", "value": "Tamme Pagarid OÜ" })
    );
});

// The form checks these while the user types (tests/e2e.rs); a client that bypasses the form
// gets the same codes from the server.
db_test!(
    template_check_refuses_what_the_form_refuses_with_the_same_codes,
    |app| {
        app.login(ANNA).await;
        let check = |template: &str, values: Value| {
            app.client
                .post(app.url("/api/templates/check"))
                .json(&json!({ "template": template, "values": values }))
                .send()
        };
        let cases = [
            (
                "Is [${SPBusinessName] correct?",
                json!({}),
                json!([{ "field": "template", "code": "unterminated" }]),
            ),
            (
                "Is [${SPBusinessName>] correct?",
                json!({}),
                json!([{ "field": "template", "code": "mismatched_delimiters" }]),
            ),
            (
                "${}",
                json!({}),
                json!([{ "field": "template", "code": "empty_name" }]),
            ),
            (
                "${SP Name}",
                json!({}),
                json!([{ "field": "template", "code": "invalid_name" }]),
            ),
            (
                "${A${B}}",
                json!({}),
                json!([{ "field": "template", "code": "nested" }]),
            ),
            (
                "${NoSuchThing}",
                json!({}),
                json!([{ "field": "template", "code": "unknown_placeholder" }]),
            ),
            (
                "${SPBusinessName}",
                json!({}),
                json!([{ "field": "values.SPBusinessName", "code": "missing" }]),
            ),
            (
                "${SPBusinessName}",
                json!({ "SPBusinessName": "   " }),
                // Only spaces is nothing typed.
                json!([{ "field": "values.SPBusinessName", "code": "missing" }]),
            ),
            (
                "${SPBusinessName}",
                json!({ "SPBusinessName": "x".repeat(5000) }),
                json!([{ "field": "values.SPBusinessName", "code": "too_long" }]),
            ),
            (
                "${SPBusinessName}",
                json!({ "SPBusinessName": "Tamm\u{7}OÜ" }),
                json!([{ "field": "values.SPBusinessName", "code": "control_character" }]),
            ),
        ];
        for (template, values, expected) in cases {
            let response = check(template, values.clone()).await.unwrap();
            assert_eq!(
                response.status(),
                StatusCode::UNPROCESSABLE_ENTITY,
                "{template} {values}"
            );
            let body = json_of(response).await;
            assert_eq!(body["code"], "validation_failed");
            // The field and the code; what the message needs besides is checked below.
            let fields: Vec<Value> = body["fields"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| json!({ "field": f["field"], "code": f["code"] }))
                .collect();
            assert_eq!(json!(fields), expected, "{template} {values}");
        }
        // A refused value names its placeholder and the limit it broke, so the form can say
        // it with the placeholder's label; a template's problem says where it is.
        let body = json_of(
            check(
                "${SPBusinessName}",
                json!({ "SPBusinessName": "x".repeat(5000) }),
            )
            .await
            .unwrap(),
        )
        .await;
        let params = &body["fields"][0]["params"];
        assert_eq!(params["placeholder"], "SPBusinessName", "{body}");
        assert!(params["max"].as_u64().unwrap() < 5000, "{body}");
        assert_eq!(params["length"], 5000, "{body}");
        let body = json_of(check("Is [${} right?", json!({})).await.unwrap()).await;
        assert!(body["fields"][0]["params"]["position"].is_u64(), "{body}");
    }
);
