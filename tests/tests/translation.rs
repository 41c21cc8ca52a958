//! Machine translation through a LibreTranslate-compatible server: here one the test starts
//! itself, speaking the same HTTP API, so the connector's requests and error handling are real.

use imi_tests::{ANNA, Engine, spawn_app_with};
use reqwest::StatusCode;
use serde_json::{Value, json};

use imi_tests::fake_translator::fake_libretranslate;

async fn translate(app: &imi_tests::TestApp, body: Value) -> reqwest::Response {
    app.client
        .post(app.url("/api/translate"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn without_a_provider_nothing_is_offered() {
    let app = spawn_app_with(Engine::Sqlite, |_| {}).await;
    app.login(ANNA).await;
    let status: Value = app
        .client
        .get(app.url("/api/translate"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(status["available"], false);
    let response = translate(&app, json!({ "text": "Labdien", "target": "pt" })).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        response.json::<Value>().await.unwrap()["code"],
        "translation_not_configured"
    );
}

#[tokio::test]
async fn text_goes_to_the_provider_and_back() {
    let (url, seen, _server) = fake_libretranslate().await;
    let app = spawn_app_with(Engine::Sqlite, |config| {
        config.translator_url = Some(format!("{url}/"));
        config.translator_api_key = Some("secret-key".into());
    })
    .await;
    app.login(ANNA).await;
    let status: Value = app
        .client
        .get(app.url("/api/translate"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(status["available"], true);

    let response = translate(
        &app,
        json!({ "text": "  Vai ārsts ir reģistrēts?  ", "source": "lv", "target": "pt" }),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.json::<Value>().await.unwrap()["text"],
        "[lv>pt] Vai ārsts ir reģistrēts?"
    );
    let request = seen.lock().unwrap().last().cloned().unwrap();
    assert_eq!(request["format"], "text");
    assert_eq!(request["api_key"], "secret-key");

    // Without the original's language the provider detects it.
    let response = translate(&app, json!({ "text": "Olá", "target": "nb" })).await;
    assert_eq!(
        response.json::<Value>().await.unwrap()["text"],
        "[auto>nb] Olá"
    );
}

#[tokio::test]
async fn provider_failures_are_reported_as_such() {
    let (url, _seen, _server) = fake_libretranslate().await;
    let app = spawn_app_with(Engine::Sqlite, |config| {
        config.translator_url = Some(url);
        config.translator_api_key = Some("secret-key".into());
    })
    .await;
    app.login(ANNA).await;
    let response = translate(&app, json!({ "text": "fail", "target": "de" })).await;
    assert_eq!(response.status(), StatusCode::BAD_GATEWAY);
    let body = response.json::<Value>().await.unwrap();
    assert_eq!(body["code"], "translation_failed");
    assert!(
        !body["message"].as_str().unwrap().contains("crashed"),
        "provider details stay in the log"
    );

    // A provider that refuses our key fails the same way.
    let (url, _seen, _server) = fake_libretranslate().await;
    let app = spawn_app_with(Engine::Sqlite, |config| {
        config.translator_url = Some(url);
        config.translator_api_key = Some("wrong-key".into());
    })
    .await;
    app.login(ANNA).await;
    let response = translate(&app, json!({ "text": "Hallo", "target": "de" })).await;
    assert_eq!(response.status(), StatusCode::BAD_GATEWAY);
}

#[tokio::test]
async fn an_unreachable_provider_is_a_bad_gateway() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let app = spawn_app_with(Engine::Sqlite, |config| {
        config.translator_url = Some(format!("http://{closed}"))
    })
    .await;
    app.login(ANNA).await;
    let response = translate(&app, json!({ "text": "Hallo", "target": "de" })).await;
    assert_eq!(response.status(), StatusCode::BAD_GATEWAY);
    assert_eq!(
        response.json::<Value>().await.unwrap()["code"],
        "translation_failed"
    );
}

#[tokio::test]
async fn bad_requests_are_refused_before_the_provider_is_asked() {
    let (url, seen, _server) = fake_libretranslate().await;
    let app = spawn_app_with(Engine::Sqlite, |config| config.translator_url = Some(url)).await;
    app.login(ANNA).await;
    let cases = [
        (
            json!({ "text": "   ", "target": "de" }),
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        ),
        (
            json!({ "text": "x".repeat(5001), "target": "de" }),
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        ),
        (
            json!({ "text": "Hallo", "target": "xx" }),
            StatusCode::UNPROCESSABLE_ENTITY,
            "malformed_json",
        ),
        (
            json!({ "text": "Hallo" }),
            StatusCode::UNPROCESSABLE_ENTITY,
            "malformed_json",
        ),
    ];
    for (body, status, code) in cases {
        let response = translate(&app, body.clone()).await;
        assert_eq!(response.status(), status, "{body}");
        assert_eq!(
            response.json::<Value>().await.unwrap()["code"],
            code,
            "{body}"
        );
    }
    assert!(
        seen.lock().unwrap().is_empty(),
        "nothing reached the provider"
    );
    let anonymous = reqwest::Client::new()
        .post(app.url("/api/translate"))
        .json(&json!({ "text": "a", "target": "de" }))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
}
