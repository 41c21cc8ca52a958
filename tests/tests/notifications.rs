//! Notifications: in-app (list, unread count, live stream) and e-mail, through a real SMTP
//! conversation with a server the test starts, in the recipient's language.

use base64::Engine;
use imi_tests::{ANA_PT, ANNA, TestApp, db_test, spawn_app_with};
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use std::time::Duration;

/// Anna (LV) sends the Portuguese association a request; returns its id.
async fn send_request(app: &TestApp, anna: &Client) -> i64 {
    app.send_request(anna, "Ordem dos Médicos", "João Silva")
        .await
}

async fn set_language(app: &TestApp, client: &Client, language: &str) {
    let response = client
        .put(app.url("/api/me/language"))
        .json(&json!({ "language": language }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}

fn portuguese(key: &str) -> String {
    let source =
        std::fs::read_to_string(imi_tests::workspace_root().join("locales/pt/main.ftl")).unwrap();
    source
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{key} = ")))
        .unwrap_or_else(|| panic!("pt lacks {key}"))
        .to_owned()
}

/// The JSON of a server-sent event's `data:` line.
fn counts_of(event: &str) -> Value {
    let data = event
        .lines()
        .find_map(|line| line.strip_prefix("data:"))
        .unwrap_or_else(|| panic!("no data in {event:?}"));
    serde_json::from_str(data.trim()).unwrap()
}

db_test!(the_other_side_is_notified_in_app_and_live, |app| {
    let ana = app.user(ANA_PT).await;
    // The live stream says where things stand at once.
    let mut stream = app.live_stream(&ana, &[]).await;
    let first = String::from_utf8(stream.chunk().await.unwrap().unwrap().to_vec()).unwrap();
    assert!(first.contains("event: counts"), "{first}");
    let before = counts_of(&first);
    assert_eq!(before["unread"], 0, "the demo starts with everything read");

    let anna = app.user(ANNA).await;
    let id = send_request(&app, &anna).await;
    // Without reloading, the stream brings the new counts.
    let next = tokio::time::timeout(Duration::from_secs(10), stream.chunk())
        .await
        .expect("an event within the poll interval")
        .unwrap()
        .unwrap();
    let next = counts_of(std::str::from_utf8(&next).unwrap());
    assert_eq!(next["unread"], 1, "{next}");
    assert_eq!(
        next["counts"]["to_accept"].as_u64().unwrap(),
        before["counts"]["to_accept"].as_u64().unwrap() + 1
    );

    let list: Value = ana
        .get(app.url("/api/notifications"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["unread"], 1);
    assert_eq!(list["items"][0]["request"], id);
    assert_eq!(list["items"][0]["kind"], "sent");
    // The sender's own side is not notified of its own action.
    let own: Value = anna
        .get(app.url("/api/notifications"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(own["unread"], 0);

    let response = ana
        .post(app.url("/api/notifications/read"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let list: Value = ana
        .get(app.url("/api/notifications"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["unread"], 0);
    assert_eq!(list["items"][0]["read"], true);
});

db_test!(a_stream_ends_with_its_session, |app| {
    let ana = app.user(ANA_PT).await;
    let mut stream = ana
        .get(app.url("/api/notifications/stream"))
        .send()
        .await
        .unwrap();
    let first = String::from_utf8(stream.chunk().await.unwrap().unwrap().to_vec()).unwrap();
    assert!(first.contains("event: counts"), "{first}");
    // The session's time is up by the server's clock: the stream closes at its next look.
    let lifetime = i64::from(app.server.state.config.session_hours);
    app.server
        .state
        .clock
        .advance(chrono::Duration::hours(lifetime + 1));
    let ended = tokio::time::timeout(Duration::from_secs(10), async {
        while let Some(_chunk) = stream.chunk().await.unwrap() {}
    })
    .await;
    assert!(ended.is_ok(), "the stream outlived its session");
});

db_test!(without_smtp_e_mails_are_logged_and_kept, |app| {
    let ana = app.user(ANA_PT).await;
    set_language(&app, &ana, "pt").await;
    let anna = app.user(ANNA).await;
    send_request(&app, &anna).await;
    use sea_orm::EntityTrait;
    // The delivery loop logs it within a few seconds and keeps it in the outbox.
    let mut row = None;
    for _ in 0..50 {
        let rows = backend::entities::outbox::Entity::find()
            .all(&app.server.state.db)
            .await
            .unwrap();
        if let Some(found) = rows
            .into_iter()
            .find(|r| r.logged_at.is_some() && r.to_address == ANA_PT)
        {
            row = Some(found);
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let row = row.expect("the e-mail was logged");
    assert_eq!(row.to_address, ANA_PT);
    assert_eq!(row.sent_at, None, "not sent, kept for later");
    assert!(
        row.subject.contains(&portuguese("event-sent")),
        "{}",
        row.subject
    );
});

/// The text of a message's body, decoded from base64 or quoted-printable.
fn body_text(message: &str) -> String {
    let (headers, body) = message.split_once("\n\n").expect("headers and body");
    let headers = headers.to_lowercase();
    if headers.contains("content-transfer-encoding: base64") {
        let joined: String = body.lines().collect();
        String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(joined.trim())
                .unwrap(),
        )
        .unwrap()
    } else if headers.contains("content-transfer-encoding: quoted-printable") {
        let mut bytes = Vec::new();
        let joined = body.replace("=\n", "");
        let mut chars = joined.bytes();
        while let Some(b) = chars.next() {
            if b == b'=' {
                let hex: Vec<u8> = chars.by_ref().take(2).collect();
                bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).unwrap(), 16).unwrap());
            } else {
                bytes.push(b);
            }
        }
        String::from_utf8(bytes).unwrap()
    } else {
        body.to_owned()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn e_mails_go_out_by_smtp_in_the_recipients_language() {
    let (port, log) = imi_tests::smtp::fake_smtp(false).await;
    let app = spawn_app_with(imi_tests::Engine::Sqlite, |config| {
        config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        config.public_url = "https://imi.example.org".to_owned();
    })
    .await;
    let ana = app.user(ANA_PT).await;
    set_language(&app, &ana, "pt").await;
    let anna = app.user(ANNA).await;
    let id = send_request(&app, &anna).await;
    // Other e-mails may come first (the demo's quiet request reported to coordinators).
    let message = tokio::time::timeout(Duration::from_secs(15), async {
        loop {
            let found = log
                .lock()
                .unwrap()
                .accepted
                .iter()
                .find(|m| m.contains(&format!("To: {ANA_PT}")))
                .cloned();
            if let Some(message) = found {
                return message;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await
    .expect("an e-mail to Ana within the delivery interval");
    assert!(message.contains(ANA_PT), "{message}");
    let body = body_text(&message);
    assert!(
        body.contains(&format!("https://imi.example.org/requests/{id}")),
        "{body}"
    );
    assert!(
        body.contains("Ana Costa") && body.contains("Veselības inspekcija"),
        "{body}"
    );
    assert!(
        body.contains(&portuguese("event-sent")),
        "in Portuguese: {body}"
    );
    // And the outbox says it was sent.
    use sea_orm::EntityTrait;
    let mut sent = false;
    for _ in 0..50 {
        let rows = backend::entities::outbox::Entity::find()
            .all(&app.server.state.db)
            .await
            .unwrap();
        if rows
            .iter()
            .any(|r| r.sent_at.is_some() && r.to_address == ANA_PT)
        {
            sent = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(sent);
}

/// The next `counts` event of `stream` within `wait`, if any (keep-alive comments skipped);
/// `Err` when the stream ended.
async fn next_counts(
    stream: &mut reqwest::Response,
    wait: Duration,
) -> Result<Option<Value>, &'static str> {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        match tokio::time::timeout_at(deadline, stream.chunk()).await {
            Err(_) => return Ok(None),
            Ok(Ok(Some(chunk))) => {
                let text = String::from_utf8(chunk.to_vec()).unwrap();
                if text.contains("event: counts") {
                    return Ok(Some(counts_of(&text)));
                }
            }
            Ok(_) => return Err("the stream ended"),
        }
    }
}

db_test!(
    a_stream_asks_again_only_when_something_of_its_users_changes,
    |app| {
        use backend::entities::{notification, user};
        use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
        let ana = app.user(ANA_PT).await;
        let anna = app.user(ANNA).await;
        let mut stream = ana
            .get(app.url("/api/notifications/stream"))
            .send()
            .await
            .unwrap();
        let first = next_counts(&mut stream, Duration::from_secs(10))
            .await
            .unwrap()
            .expect("the counts at once");
        let id = send_request(&app, &anna).await;
        let sent = next_counts(&mut stream, Duration::from_secs(10))
            .await
            .unwrap()
            .expect("the send reaches the stream");
        assert_eq!(sent["unread"], 1);

        // A notification written into the database behind the server's back is not seen within
        // twice the old polling interval: the stream does not ask the database on its own.
        let db = &app.server.state.db;
        let ana_id = user::Entity::find()
            .filter(user::Column::Email.eq(ANA_PT))
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .id;
        notification::ActiveModel {
            user_id: Set(ana_id),
            request_id: Set(i32::try_from(id).unwrap()),
            kind: Set("sent".to_owned()),
            at: Set(chrono::Utc::now()),
            read_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        assert_eq!(
            next_counts(&mut stream, Duration::from_secs(4)).await,
            Ok(None),
            "an event without a change through the server"
        );

        // A change of Anna's own authority's (a draft) wakes Anna's streams, not Ana's.
        let draft = app
            .create_draft(&anna, "Ordem dos Médicos", "Maria Costa")
            .await;
        assert!(draft["id"].is_i64(), "{draft}");
        assert_eq!(
            next_counts(&mut stream, Duration::from_secs(2)).await,
            Ok(None),
            "another authority's draft woke Ana's stream"
        );

        // Reading them in another tab (another client of the same session would do the same)
        // reaches this stream, which then counts what the database holds, the row written
        // behind its back included.
        // Marking none read, then all: the unread count the stream shows after each.
        let mut read = Value::Null;
        for (body, unread) in [(json!({ "ids": [] }), 2), (json!({}), 0)] {
            let response = ana
                .post(app.url("/api/notifications/read"))
                .json(&body)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::NO_CONTENT);
            read = next_counts(&mut stream, Duration::from_secs(5))
                .await
                .unwrap()
                .expect("marking read reaches the stream");
            assert_eq!(read["unread"], unread, "{read}");
        }
        // Reading changes no request: the boxes stand as the send left them.
        assert_eq!(read["counts"], sent["counts"]);
        assert_ne!(first["counts"], sent["counts"]);

        // Logging out ends the session's streams at once, not at their next change.
        let response = ana.post(app.url("/api/auth/logout")).send().await.unwrap();
        assert!(response.status().is_success(), "{}", response.status());
        assert_eq!(
            next_counts(&mut stream, Duration::from_secs(3)).await,
            Err("the stream ended")
        );
    }
);
