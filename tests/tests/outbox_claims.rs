//! E-mails go out once across instances, and one that an instance was sending when it was
//! killed is sent by another once its claim expires: two server processes over one PostgreSQL
//! database and one SMTP server that stalls the first message it is given.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::time::{Duration, Instant};

/// A server process over `database_url`, sending by the SMTP server on `smtp_port`.
fn instance(database_url: &str, smtp_port: u16) -> (std::process::Child, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap()
        .port();
    let address = format!("127.0.0.1:{port}");
    let blobs = std::env::temp_dir().join(format!("imi_blobs_{}", uuid::Uuid::new_v4().simple()));
    let child = imi_tests::server_command(
        std::path::Path::new(env!("CARGO_BIN_EXE_imi-test-server")),
        &address,
        database_url,
        &imi_tests::workspace_root().join("target/spa-test"),
    )
    .args(["--smtp-url", &format!("smtp://127.0.0.1:{smtp_port}")])
    .args(["--outbox-claim-seconds", "5"])
    .arg("--attachments-dir")
    .arg(blobs)
    .spawn()
    .expect("the test server, which Cargo builds beside this test");
    (child, format!("http://{address}"))
}

/// Polls `check` every 100 ms for up to `within`.
async fn eventually<F: std::future::Future<Output = bool>>(
    within: Duration,
    check: impl Fn() -> F,
) -> bool {
    let deadline = Instant::now() + within;
    while Instant::now() < deadline {
        if check().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_e_mail_held_by_a_killed_instance_is_sent_once_by_another_postgres() {
    use backend::entities::outbox;
    let db = imi_tests::TestDb::create(imi_tests::Engine::Postgres).await;
    let (smtp, seen) = imi_tests::smtp::fake_smtp(true).await;
    // Instance A starts on the empty database (the demo's data makes e-mails) and stalls in
    // the middle of sending the first.
    let (mut first, url) = instance(&db.url, smtp);
    assert!(
        imi_tests::answers_health(&url, Duration::from_secs(60)).await,
        "A did not start"
    );
    assert!(
        eventually(Duration::from_secs(30), || async {
            seen.lock().unwrap().stalled
        })
        .await,
        "A sent no e-mail"
    );
    let observer = backend::db::connect(&db.url, 2).await.unwrap();
    let held = outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .filter(outbox::Column::ClaimedUntil.is_not_null())
        .all(&observer)
        .await
        .unwrap();
    assert_eq!(held.len(), 1, "A holds the one e-mail it is sending");
    let (held_id, claim_ends) = (held[0].id, held[0].claimed_until.unwrap());
    // A dies in the middle of it: no shutdown, its claim stays in the database.
    let _ = first.kill();
    let _ = first.wait();

    // Instance B sends everything else at once, and the held e-mail once A's claim expired.
    let (mut second, url) = instance(&db.url, smtp);
    assert!(
        imi_tests::answers_health(&url, Duration::from_secs(60)).await,
        "B did not start"
    );
    let sent = eventually(Duration::from_secs(40), || async {
        outbox::Entity::find_by_id(held_id)
            .one(&observer)
            .await
            .unwrap()
            .is_some_and(|row| row.sent_at.is_some())
    })
    .await;
    assert!(sent, "the e-mail A held was never sent");
    let row = outbox::Entity::find_by_id(held_id)
        .one(&observer)
        .await
        .unwrap()
        .unwrap();
    assert!(
        row.sent_at.unwrap() >= claim_ends,
        "sent at {:?}, before A's claim ended at {claim_ends:?}",
        row.sent_at
    );
    // Once everything is out, each e-mail reached the SMTP server exactly once.
    let all_sent = eventually(Duration::from_secs(30), || async {
        outbox::Entity::find()
            .filter(outbox::Column::SentAt.is_null())
            .all(&observer)
            .await
            .unwrap()
            .is_empty()
    })
    .await;
    assert!(all_sent, "e-mails left unsent");
    let rows = outbox::Entity::find().all(&observer).await.unwrap();
    let accepted = seen.lock().unwrap().accepted.clone();
    assert_eq!(
        accepted.len(),
        rows.len(),
        "{} e-mails in the outbox, {} accepted by SMTP",
        rows.len(),
        accepted.len()
    );
    // None twice: to each recipient, as many messages as the outbox holds for them.
    let mut addresses: Vec<&str> = rows.iter().map(|r| r.to_address.as_str()).collect();
    addresses.sort_unstable();
    addresses.dedup();
    for address in addresses {
        let to = format!("To: {address}");
        let expected = rows.iter().filter(|r| r.to_address == address).count();
        let received = accepted.iter().filter(|m| m.contains(&to)).count();
        assert_eq!(received, expected, "e-mails to {address}");
    }
    let _ = second.kill();
    let _ = second.wait();
    let _ = observer.close().await;
}
