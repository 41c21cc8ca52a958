//! Writes sent again are done once (`Idempotency-Key`), and changes made offline carry the
//! version they were made on: on SQLite and PostgreSQL, through the HTTP API.

use imi_tests::{ANA_PT, ANNA, TestApp, db_test};
use reqwest::{Client, StatusCode};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

/// A tiny but real PDF.
const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// A request Anna (LV) sent and Ana (PT) accepted: (id, version, Anna's client, Ana's).
async fn accepted_request(app: &TestApp) -> (i64, i64, Client, Client) {
    let anna = app.user(ANNA).await;
    let ana = app.user(ANA_PT).await;
    let id = app
        .send_request(&anna, "Ordem dos Médicos", "João Silva")
        .await;
    let view = app
        .get_json(&ana, &format!("/api/requests/{id}?language=pt"))
        .await;
    let accepted = ana
        .post(app.url(&format!("/api/requests/{id}/actions")))
        .json(&json!({ "version": view["version"], "action": { "action": "accept", "deadline": "as_requested" } }))
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status(), StatusCode::OK);
    let version = accepted.json::<Value>().await.unwrap()["version"]
        .as_i64()
        .unwrap();
    (id, version, anna, ana)
}

/// Posts a message, with `key` as its `Idempotency-Key` if given: (status, replayed, body).
async fn message(
    app: &TestApp,
    client: &Client,
    id: i64,
    key: Option<&str>,
    body: Value,
) -> (StatusCode, bool, Value) {
    let mut call = client
        .post(app.url(&format!("/api/requests/{id}/messages")))
        .json(&body);
    if let Some(key) = key {
        call = call.header("Idempotency-Key", key);
    }
    let response = call.send().await.expect("the server answers");
    answer(response).await
}

/// Attaches the PDF, with `query` added to the address and `key` as its `Idempotency-Key`.
async fn attach(
    app: &TestApp,
    client: &Client,
    id: i64,
    query: &str,
    key: &str,
) -> (StatusCode, bool, Value) {
    let response = client
        .post(app.url(&format!(
            "/api/requests/{id}/attachments?name=diploma.pdf{query}"
        )))
        .header("content-type", "application/octet-stream")
        .header("Idempotency-Key", key)
        .body(PDF.to_vec())
        .send()
        .await
        .expect("the server answers");
    answer(response).await
}

async fn answer(response: reqwest::Response) -> (StatusCode, bool, Value) {
    let status = response.status();
    let replayed = response
        .headers()
        .get("idempotent-replayed")
        .is_some_and(|v| v == "true");
    let text = response.text().await.unwrap();
    let body = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).expect("a JSON body")
    };
    (status, replayed, body)
}

/// The request as Anna sees it.
async fn view(app: &TestApp, anna: &Client, id: i64) -> Value {
    app.get_json(anna, &format!("/api/requests/{id}?language=lv"))
        .await
}

fn messages(view: &Value) -> Vec<String> {
    view["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|event| event["kind"] == "message")
        .map(|event| {
            event["note"]["text"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

fn text(words: &str) -> Value {
    json!({ "text": { "text": words, "language": "lv" } })
}

db_test!(a_write_sent_twice_with_one_key_is_done_once, |app| {
    let (id, _, anna, ana) = accepted_request(&app).await;

    // The same message twice with one key: one message, and the second answer says it is
    // the first one's.
    let first = message(&app, &anna, id, Some("k-1"), text("Paldies!")).await;
    assert_eq!((first.0, first.1), (StatusCode::NO_CONTENT, false));
    let again = message(&app, &anna, id, Some("k-1"), text("Paldies!")).await;
    assert_eq!((again.0, again.1), (StatusCode::NO_CONTENT, true));
    assert_eq!(messages(&view(&app, &anna, id).await), ["Paldies!"]);

    // Without a key, each call is its own.
    message(&app, &anna, id, None, text("Vēlreiz.")).await;
    message(&app, &anna, id, None, text("Vēlreiz.")).await;
    assert_eq!(messages(&view(&app, &anna, id).await).len(), 3);

    // The same key for another call is refused, and does nothing.
    let reused = message(&app, &anna, id, Some("k-1"), text("Cits teksts")).await;
    assert_eq!(reused.0, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reused.2["code"], "idempotency_key_reused");
    assert_eq!(messages(&view(&app, &anna, id).await).len(), 3);

    // A key is its user's: Ana's "k-1" is another call, done, and not Anna's answer.
    let hers = message(
        &app,
        &ana,
        id,
        Some("k-1"),
        json!({ "text": { "text": "Paldies!", "language": "lv" } }),
    )
    .await;
    assert_eq!((hers.0, hers.1), (StatusCode::NO_CONTENT, false));
    assert_eq!(messages(&view(&app, &anna, id).await).len(), 4);

    // A document sent twice is stored once, and both answers name the same one.
    let stored = attach(&app, &ana, id, "", "doc-1").await;
    assert_eq!(
        (stored.0, stored.1),
        (StatusCode::CREATED, false),
        "{}",
        stored.2
    );
    let twice = attach(&app, &ana, id, "", "doc-1").await;
    assert_eq!((twice.0, twice.1), (StatusCode::CREATED, true));
    assert_eq!(twice.2["id"], stored.2["id"]);
    assert_eq!(
        view(&app, &anna, id).await["attachments"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // A key that is not one is refused before anything is done.
    for bad in ["", "has space", &"x".repeat(101), "žž"] {
        let response = anna
            .post(app.url(&format!("/api/requests/{id}/messages")))
            .header("Idempotency-Key", bad.as_bytes())
            .json(&text("Nav."))
            .send()
            .await
            .unwrap();
        let (status, _, body) = answer(response).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad:?}");
        assert_eq!(body["code"], "invalid_parameter");
    }
    assert_eq!(messages(&view(&app, &anna, id).await).len(), 4);

    // A method the route does not take is refused as such, whatever the key.
    let wrong = anna
        .put(app.url(&format!("/api/requests/{id}/messages")))
        .header("Idempotency-Key", "k-1")
        .json(&text("Paldies!"))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::METHOD_NOT_ALLOWED);

    // Reads ignore the header.
    let read = anna
        .get(app.url(&format!("/api/requests/{id}")))
        .header("Idempotency-Key", "k-1")
        .send()
        .await
        .unwrap();
    assert_eq!(read.status(), StatusCode::OK);
});

db_test!(a_change_made_on_an_older_version_is_refused, |app| {
    let (id, version, anna, ana) = accepted_request(&app).await;

    // On the version it was written on, a message goes.
    let on_time = message(
        &app,
        &anna,
        id,
        Some("m-1"),
        json!({ "text": { "text": "Vai ir ziņas?", "language": "lv" }, "version": version }),
    )
    .await;
    assert_eq!(on_time.0, StatusCode::NO_CONTENT, "{}", on_time.2);

    // Ana saves an answer: the request moves to a new version, in the same state, so only
    // the version can refuse what follows.
    let saved = ana
        .put(app.url(&format!("/api/requests/{id}/answers")))
        .json(&json!({ "version": version, "answers": [{
            "question": app.question_id("professional_qualifications.diploma.award_date"),
            "value": { "kind": "date", "date": "2005-07-15" } }] }))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::OK);

    // A message and a document made on the old version are refused with the state now,
    // and nothing is added; the refusal is the answer kept for their keys.
    let late =
        json!({ "text": { "text": "Rakstīts bezsaistē.", "language": "lv" }, "version": version });
    for _ in 0..2 {
        let refused = message(&app, &anna, id, Some("m-2"), late.clone()).await;
        assert_eq!(refused.0, StatusCode::CONFLICT);
        assert_eq!(refused.2["code"], "invalid_transition");
        assert_eq!(refused.2["current_state"], "accepted");
    }
    let refused = attach(&app, &ana, id, &format!("&version={version}"), "d-2").await;
    assert_eq!(refused.0, StatusCode::CONFLICT, "{}", refused.2);
    assert_eq!(refused.2["current_state"], "accepted");
    let now = view(&app, &anna, id).await;
    assert_eq!(messages(&now), ["Vai ir ziņas?"]);
    assert!(now["attachments"].as_array().unwrap().is_empty());

    // Decided again on the version now, under a new key, they go.
    let current = now["version"].clone();
    let resent = message(
        &app,
        &anna,
        id,
        Some("m-3"),
        json!({ "text": { "text": "Rakstīts bezsaistē.", "language": "lv" }, "version": current }),
    )
    .await;
    assert_eq!(resent.0, StatusCode::NO_CONTENT, "{}", resent.2);
    let stored = attach(&app, &ana, id, &format!("&version={current}"), "d-3").await;
    assert_eq!(stored.0, StatusCode::CREATED, "{}", stored.2);
});

db_test!(a_key_in_use_waits_and_a_lost_one_is_taken_over, |app| {
    let (id, _, anna, _) = accepted_request(&app).await;
    let db = &app.server.state.db;
    let backend = db.get_database_backend();
    let set = |sql: &str| Statement::from_string(backend, sql.to_owned());

    assert_eq!(
        message(&app, &anna, id, Some("busy"), text("Pirmā."))
            .await
            .0,
        StatusCode::NO_CONTENT
    );
    // As if the first call were still being handled: the second is told to ask again.
    db.execute(set(
        "UPDATE idempotency_keys SET status = 0, body = NULL WHERE key = 'busy'",
    ))
    .await
    .unwrap();
    let response = anna
        .post(app.url(&format!("/api/requests/{id}/messages")))
        .header("Idempotency-Key", "busy")
        .json(&text("Pirmā."))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert_eq!(response.headers()["retry-after"], "1");
    let (_, _, body) = answer(response).await;
    assert_eq!(body["code"], "request_in_progress");
    assert_eq!(messages(&view(&app, &anna, id).await).len(), 1);

    // Its handler lost for longer than a write takes (its instance died): the next call
    // takes the key over and does the change.
    let long_ago = chrono::Utc::now() - backend::idempotency::LOST_AFTER * 2;
    db.execute(Statement::from_sql_and_values(
        backend,
        match backend {
            sea_orm::DatabaseBackend::Postgres => {
                "UPDATE idempotency_keys SET created_at = $1 WHERE key = 'busy'"
            }
            _ => "UPDATE idempotency_keys SET created_at = ? WHERE key = 'busy'",
        },
        [long_ago.into()],
    ))
    .await
    .unwrap();
    let taken = message(&app, &anna, id, Some("busy"), text("Pirmā.")).await;
    assert_eq!((taken.0, taken.1), (StatusCode::NO_CONTENT, false));
    assert_eq!(messages(&view(&app, &anna, id).await).len(), 2);
    let replayed = message(&app, &anna, id, Some("busy"), text("Pirmā.")).await;
    assert_eq!((replayed.0, replayed.1), (StatusCode::NO_CONTENT, true));

    // The answers are kept a week, then purged.
    let now = chrono::Utc::now();
    let purged = backend::services::maintenance::purge(db, now)
        .await
        .unwrap();
    assert_eq!(purged.answers, 0);
    let later = backend::services::maintenance::purge(db, now + chrono::Duration::days(8))
        .await
        .unwrap();
    assert!(later.answers >= 1, "{later:?}");
    let left = db
        .query_one(set("SELECT COUNT(*) AS n FROM idempotency_keys"))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "n")
        .unwrap();
    assert_eq!(left, 0);
});
