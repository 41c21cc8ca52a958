//! Two instances over one PostgreSQL database and one S3-compatible store (moto), behind
//! HAProxy with the configuration operators get (`deploy/haproxy.cfg`, HAProxy from Debian,
//! installed by `scripts/setup.sh test`): what a national administration runs, on loopback.
//! The instances are processes of their own (`imi-test-server`), so that one can be killed.

use backend::entities::{authority, catalogue_question, request};
use imi_tests::process::{Balancer, free_port};
use imi_tests::{ANA_PT, ANNA, DEMO_PASSWORD, Engine, S3Server, TestDb};
use reqwest::{Client, StatusCode};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One instance: the server in a process of its own, killed (`SIGKILL`) when dropped.
struct Instance {
    url: String,
    address: String,
    child: std::process::Child,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Instance {
    /// Starts it over `database_url` and the bucket `bucket` of `s3`, with the demo data.
    fn spawn(database_url: &str, s3: &S3Server, bucket: &str) -> Instance {
        let root = imi_tests::workspace_root();
        let address = format!("127.0.0.1:{}", free_port().expect("a free port"));
        let child = imi_tests::server_command(
            std::path::Path::new(env!("CARGO_BIN_EXE_imi-test-server")),
            &address,
            database_url,
            &root.join("target/spa-test"),
        )
        .args(["--s3-bucket", bucket, "--s3-endpoint", &s3.url])
        .env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .spawn()
        .expect("the test server, which Cargo builds beside this test");
        Instance {
            url: format!("http://{address}"),
            address,
            child,
        }
    }

    /// Waits until it answers `/api/health` with 200.
    async fn ready(&self) {
        assert!(
            imi_tests::answers_health(&self.url, Duration::from_secs(60)).await,
            "{} did not start within a minute",
            self.url
        );
    }

    /// `SIGKILL`: no shutdown, nothing flushed.
    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A client with its own cookie store, logged in as `email` through `base`.
async fn logged_in(base: &str, email: &str) -> Client {
    let client = Client::builder().cookie_store(true).build().unwrap();
    let response = client
        .post(format!("{base}/api/auth/login"))
        .json(&json!({ "email": email, "password": DEMO_PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK, "log-in through {base}");
    client
}

async fn post(client: &Client, url: String, body: Value) -> Value {
    let response = client.post(&url).json(&body).send().await.unwrap();
    let status = response.status();
    let body: Value = response.json().await.unwrap();
    assert!(status.is_success(), "{url}: {status}: {body}");
    body
}

/// The next `counts` event of a live-update stream, within `wait`.
async fn next_counts(stream: &mut reqwest::Response, buffer: &mut String, wait: Duration) -> Value {
    tokio::time::timeout(wait, async {
        loop {
            // Events are separated by a blank line; a keep-alive comment carries no event.
            while let Some(end) = buffer.find("\n\n") {
                let event: String = buffer.drain(..end + 2).collect();
                if event.lines().any(|line| line == "event: counts")
                    && let Some(data) = event.lines().find_map(|l| l.strip_prefix("data: "))
                {
                    return serde_json::from_str(data).unwrap();
                }
            }
            let chunk = stream
                .chunk()
                .await
                .unwrap()
                .expect("the stream stays open");
            buffer.push_str(&String::from_utf8_lossy(&chunk));
        }
    })
    .await
    .expect("a counts event in time")
}

/// A new draft of Anna's to the Portuguese medical council, numbered `n`.
fn draft(responder: i32, question: i32, n: u64) -> Value {
    json!({
        "area": "professional_qualifications",
        "responder": responder,
        "subject": { "name": format!("Jānis Bērziņš {n}") },
        "questions": [{ "question": question }],
        "requested_date": "2099-01-31",
    })
}

/// Logged in through the balancer; a change made on one instance reaches a live stream held
/// through the balancer, whichever instance holds it; a document uploaded through one
/// instance is downloaded through the other, byte for byte. Then one instance is killed
/// during a bounded write load through the balancer: writers retry what failed, every draft
/// acknowledged is in the database, and the survivor carries on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_behind_haproxy_serve_as_one_postgres() {
    let db = TestDb::create(Engine::Postgres).await;
    let s3 = S3Server::start().await;
    let bucket = s3.bucket("imi-balanced").await;
    // They start at once, as a deployment's instances do.
    let mut one = Instance::spawn(&db.url, &s3, &bucket);
    let two = Instance::spawn(&db.url, &s3, &bucket);
    tokio::join!(one.ready(), two.ready());
    let balancer = Balancer::start([&one.address, &two.address])
        .await
        .expect("the balancer");
    let data: DatabaseConnection = sea_orm::Database::connect(&db.url).await.unwrap();
    let authority_named = async |name: &str| {
        authority::Entity::find()
            .filter(authority::Column::Name.eq(name))
            .one(&data)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no demo authority {name}"))
            .id
    };
    let latvian_inspectorate = authority_named("Veselības inspekcija").await;
    let portuguese_council = authority_named("Ordem dos Médicos").await;
    let question = catalogue_question::Entity::find()
        .filter(
            catalogue_question::Column::Key.eq("professional_qualifications.diploma.award_date"),
        )
        .one(&data)
        .await
        .unwrap()
        .expect("a catalogue question")
        .id;

    // Anna logs in through the balancer and holds a live stream through it.
    let anna = logged_in(&balancer.url, ANNA).await;
    let mut stream = anna
        .get(format!("{}/api/notifications/stream", balancer.url))
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status(), StatusCode::OK);
    let mut buffer = String::new();
    let mut counts = next_counts(&mut stream, &mut buffer, Duration::from_secs(10)).await;

    // Ana, in Portugal, sends Anna's authority a request on each instance in turn: each
    // reaches Anna's stream, whichever instance holds it.
    let ana = logged_in(&balancer.url, ANA_PT).await;
    for instance in [&one.url, &two.url] {
        let created = post(
            &ana,
            format!("{instance}/api/requests"),
            json!({
                "area": "professional_qualifications",
                "responder": latvian_inspectorate,
                "subject": { "name": "Jānis Bērziņš" },
                "questions": [{ "question": question }],
                "requested_date": "2099-01-31",
            }),
        )
        .await;
        post(
            &ana,
            format!("{instance}/api/requests/{}/actions", created["id"]),
            json!({ "version": created["version"], "action": { "action": "send" } }),
        )
        .await;
        let next = next_counts(&mut stream, &mut buffer, Duration::from_secs(10)).await;
        assert_ne!(next, counts, "the send on {instance} changed Anna's counts");
        counts = next;
    }
    drop(stream);

    // A document uploaded through the first instance is downloaded through the second.
    let created = post(
        &anna,
        format!("{}/api/requests", one.url),
        draft(portuguese_council, question, 0),
    )
    .await;
    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    let response = anna
        .post(format!(
            "{}/api/requests/{}/attachments?name=diploma.pdf",
            one.url, created["id"]
        ))
        .header("content-type", "application/pdf")
        .body(pdf.to_vec())
        .send()
        .await
        .unwrap();
    let status = response.status();
    let uploaded: Value = response.json().await.unwrap();
    assert!(status.is_success(), "{status}: {uploaded}");
    let downloaded = anna
        .get(format!("{}/api/attachments/{}", two.url, uploaded["id"]))
        .send()
        .await
        .unwrap();
    assert_eq!(downloaded.status(), StatusCode::OK);
    assert_eq!(&downloaded.bytes().await.unwrap()[..], &pdf[..]);

    // A bounded write load through the balancer; a second in, the first instance is killed.
    // Each writer retries a draft until it is acknowledged (a retried draft may exist twice:
    // the first attempt may have committed before its answer was lost).
    let acknowledged = Arc::new(Mutex::new(Vec::<(i64, bool)>::new()));
    let killed = Arc::new(AtomicBool::new(false));
    let stop = Arc::new(AtomicBool::new(false));
    let counter = Arc::new(AtomicU64::new(1));
    let failures = Arc::new(AtomicU64::new(0));
    let mut writers = Vec::new();
    for _ in 0..8 {
        let (client, url) = (anna.clone(), balancer.url.clone());
        let (acknowledged, killed, stop, counter, failures) = (
            acknowledged.clone(),
            killed.clone(),
            stop.clone(),
            counter.clone(),
            failures.clone(),
        );
        writers.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let n = counter.fetch_add(1, Ordering::Relaxed);
                loop {
                    let response = client
                        .post(format!("{url}/api/requests"))
                        .json(&draft(portuguese_council, question, n))
                        .timeout(Duration::from_secs(10))
                        .send()
                        .await;
                    if let Ok(response) = response
                        && response.status() == StatusCode::CREATED
                        && let Ok(body) = response.json::<Value>().await
                        && let Some(id) = body["id"].as_i64()
                    {
                        let after_the_kill = killed.load(Ordering::Relaxed);
                        acknowledged.lock().unwrap().push((id, after_the_kill));
                        break;
                    }
                    failures.fetch_add(1, Ordering::Relaxed);
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
        }));
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    one.kill();
    killed.store(true, Ordering::Relaxed);
    tokio::time::sleep(Duration::from_secs(3)).await;
    stop.store(true, Ordering::Relaxed);
    for writer in writers {
        writer.await.unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    let after_the_kill = acknowledged.iter().filter(|(_, after)| *after).count();
    eprintln!(
        "kill -9 behind the balancer: {} drafts acknowledged ({after_the_kill} after the kill), {} failed attempts retried",
        acknowledged.len(),
        failures.load(Ordering::Relaxed)
    );
    assert!(
        after_the_kill > 0,
        "the survivor took writes after the kill: {} acknowledged, {} failed attempts",
        acknowledged.len(),
        failures.load(Ordering::Relaxed)
    );
    let ids: Vec<i32> = acknowledged
        .iter()
        .map(|(id, _)| i32::try_from(*id).unwrap())
        .collect();
    let found = request::Entity::find()
        .filter(request::Column::Id.is_in(ids.clone()))
        .count(&data)
        .await
        .unwrap();
    assert_eq!(
        found,
        ids.len() as u64,
        "every acknowledged draft is in the database"
    );
    // The survivor carries on, through the balancer.
    let health = reqwest::get(format!("{}/api/health", balancer.url))
        .await
        .unwrap();
    assert_eq!(health.status(), StatusCode::OK);
    data.close().await.unwrap();
    drop(balancer);
    drop((one, two));
}
