//! Two instances over one PostgreSQL database and one S3-compatible store (moto), behind
//! HAProxy with the configuration operators get (`deploy/haproxy.cfg`, HAProxy from Debian,
//! installed by `scripts/setup.sh test`): what a national administration runs, on loopback.

use backend::entities::authority;
use imi_tests::{ANA_PT, ANNA, DEMO_PASSWORD, Engine, S3Server, TestDb};
use reqwest::{Client, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use std::time::Duration;

/// HAProxy running `deploy/haproxy.cfg` in the foreground, stopped when dropped.
struct Balancer {
    url: String,
    child: std::process::Child,
}

impl Drop for Balancer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Balancer {
    /// Starts it in front of `instances` and waits until it passes a request through.
    async fn start(instances: [&str; 2]) -> Balancer {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .expect("a free port")
            .local_addr()
            .expect("its address")
            .port();
        let config = imi_tests::workspace_root().join("deploy/haproxy.cfg");
        let child = std::process::Command::new("haproxy")
            .arg("-db")
            .arg("-f")
            .arg(&config)
            .env("IMI_LISTEN", format!("127.0.0.1:{port}"))
            .env("IMI_INSTANCE_1", instances[0])
            .env("IMI_INSTANCE_2", instances[1])
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("haproxy (apt install haproxy; scripts/setup.sh test does)");
        let balancer = Balancer {
            url: format!("http://127.0.0.1:{port}"),
            child,
        };
        for _ in 0..100 {
            if let Ok(response) = reqwest::get(format!("{}/api/health", balancer.url)).await
                && response.status() == StatusCode::OK
            {
                return balancer;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("haproxy did not pass /api/health through");
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

/// Logged in through the balancer; a change made on one instance reaches a live stream held
/// through the balancer, whichever instance holds it, and the other way round; a document
/// uploaded through one instance is downloaded through the other, byte for byte.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_behind_haproxy_serve_as_one_postgres() {
    let db = TestDb::create(Engine::Postgres).await;
    let s3 = S3Server::start().await;
    let bucket = s3.bucket("imi-balanced").await;
    let config = || {
        let mut config = imi_tests::test_config(db.url.clone());
        config.demo = true;
        s3.configure(&mut config, &bucket);
        config
    };
    // They start at once, as a deployment's instances do.
    let (one, two) = tokio::join!(backend::spawn(config()), backend::spawn(config()));
    let (one, two) = (one.unwrap(), two.unwrap());
    let addresses = [one.addr.to_string(), two.addr.to_string()];
    let balancer = Balancer::start([&addresses[0], &addresses[1]]).await;

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
    let responder = authority::Entity::find()
        .filter(authority::Column::Name.eq("Veselības inspekcija"))
        .one(&one.state.db)
        .await
        .unwrap()
        .expect("the Latvian health inspectorate")
        .id;
    let question = *one
        .state
        .catalogue
        .ids
        .get("professional_qualifications.diploma.award_date")
        .expect("a catalogue question");
    for instance in [one.url(), two.url()] {
        let created = post(
            &ana,
            format!("{instance}/api/requests"),
            json!({
                "area": "professional_qualifications",
                "responder": responder,
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

    // A document uploaded through the first instance is downloaded through the second.
    let draft = post(
        &anna,
        format!("{}/api/requests", one.url()),
        json!({
            "area": "professional_qualifications",
            "responder": authority::Entity::find()
                .filter(authority::Column::Name.eq("Ordem dos Médicos"))
                .one(&one.state.db)
                .await
                .unwrap()
                .expect("the Portuguese medical council")
                .id,
            "subject": { "name": "Jānis Bērziņš" },
            "questions": [{ "question": question }],
            "requested_date": "2099-01-31",
        }),
    )
    .await;
    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    let response = anna
        .post(format!(
            "{}/api/requests/{}/attachments?name=diploma.pdf",
            one.url(),
            draft["id"]
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
        .get(format!("{}/api/attachments/{}", two.url(), uploaded["id"]))
        .send()
        .await
        .unwrap();
    assert_eq!(downloaded.status(), StatusCode::OK);
    assert_eq!(&downloaded.bytes().await.unwrap()[..], &pdf[..]);
    drop(stream);
    drop(balancer);
    drop((one, two));
}
