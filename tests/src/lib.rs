//! Helpers for the integration and end-to-end tests: every test starts the real server on a
//! random port with its own fresh database, SQLite or PostgreSQL, and talks HTTP to it.

use backend::{Config, RunningServer};
use sea_orm::{ConnectionTrait, Database};
use std::path::PathBuf;

pub mod browser;
pub mod fake_translator;
pub mod generate;
pub mod link;
pub mod offline;
pub mod openapi_check;
pub mod process;
pub mod smtp;

/// The engines the whole suite runs against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// A fresh SQLite file per test.
    Sqlite,
    /// A fresh PostgreSQL database per test, on the server named by `IMI_TEST_POSTGRES_URL`
    /// (default `postgres://postgres@127.0.0.1:5432/postgres`).
    Postgres,
}

/// The demo accounts' password.
pub const DEMO_PASSWORD: &str = backend::demo::DEMO_PASSWORD;

/// A demo user with Latvian authority, used by most tests.
pub const ANNA: &str = "anna.berzina@vi.lv.example";
/// A request handler of the Portuguese medical association.
pub const ANA_PT: &str = "ana.costa@om.pt.example";
/// A request handler of the Norwegian directorate that registers electricians.
pub const KARI_NO: &str = "kari.nordmann@dsb.no.example";
/// A request handler of the Estonian qualifications authority.
pub const MARI_EE: &str = "mari.tamm@kutsekoda.ee.example";
/// The national coordinator of Latvia.
pub const JANIS_LV: &str = "janis.kalnins@em.lv.example";
/// The local (data) administrator of the Latvian health inspectorate, Anna's authority.
pub const ILZE_LV: &str = "ilze.liepa@vi.lv.example";
/// Portugal's alert coordinator (with a second factor).
pub const RUI_PT: &str = "rui.almeida@dgae.pt.example";
/// Norway's alert coordinator (with a second factor).
pub const INGRID_NO: &str = "ingrid.haugen@nfd.no.example";
/// The Berlin safety authority, which carries out the demo's crane inspection.
pub const BERLIN_SAFETY: &str =
    "Landesamt für Arbeitsschutz, Gesundheitsschutz und technische Sicherheit Berlin";

/// Where the tests find the built SPA: `target/spa-test`, where `./run.sh test` builds it
/// (a debug build, quick to make), so that the tests never replace the release build in
/// `frontend/dist` that `./run.sh demo` serves; `IMI_TEST_SPA_DIR` names another.
pub fn spa_dir() -> PathBuf {
    std::env::var_os("IMI_TEST_SPA_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/spa-test"))
}

/// Fails a browser test early, with what to do, when the SPA is not built.
pub fn require_built_spa() {
    let index = spa_dir().join("index.html");
    assert!(
        index.exists(),
        "{} is missing: build the SPA first (`./run.sh test` does)",
        index.display()
    );
}

/// The workspace's root folder.
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// A database that exists for one test and is removed after it.
pub struct TestDb {
    /// The URL the app connects to.
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    File(PathBuf),
    Database { admin_url: String, name: String },
}

impl TestDb {
    /// Creates an empty database of the given engine.
    pub async fn create(engine: Engine) -> TestDb {
        let name = format!("imi_test_{}", uuid::Uuid::new_v4().simple());
        match engine {
            Engine::Sqlite => {
                let path = std::env::temp_dir().join(format!("{name}.sqlite3"));
                TestDb {
                    url: format!("sqlite://{}", path.display()),
                    cleanup: Cleanup::File(path),
                }
            }
            Engine::Postgres => {
                let admin_url = std::env::var("IMI_TEST_POSTGRES_URL")
                    .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
                let admin = Database::connect(&admin_url).await.unwrap_or_else(|err| {
                    panic!("PostgreSQL is needed at {admin_url} (set IMI_TEST_POSTGRES_URL): {err}")
                });
                admin
                    .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                    .await
                    .expect("creating the test database");
                let _ = admin.close().await;
                let url = match admin_url.rsplit_once('/') {
                    Some((server, _)) => format!("{server}/{name}"),
                    None => panic!("IMI_TEST_POSTGRES_URL must name a database: {admin_url}"),
                };
                TestDb {
                    url,
                    cleanup: Cleanup::Database { admin_url, name },
                }
            }
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::Database { admin_url, name } => {
                // Drop runs outside any async context; a short-lived runtime on its own thread
                // removes the database even while the test's runtime is shutting down.
                let (admin_url, name) = (admin_url.clone(), name.clone());
                let _ = std::thread::spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build();
                    if let Ok(runtime) = runtime {
                        runtime.block_on(async {
                            if let Ok(admin) = Database::connect(&admin_url).await {
                                let _ = admin
                                    .execute_unprepared(&format!(
                                        "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                                    ))
                                    .await;
                                let _ = admin.close().await;
                            }
                        });
                    }
                })
                .join();
            }
        }
    }
}

/// A running app with its database and an HTTP client that keeps cookies.
pub struct TestApp {
    /// The server (dropping it stops it).
    pub server: RunningServer,
    /// A client with a cookie store, like a browser.
    pub client: reqwest::Client,
    /// The engine under test.
    pub engine: Engine,
    /// Field order matters: the server (and its pool) is dropped before the database.
    pub db: TestDb,
    /// The folder of attached documents, removed with the app.
    pub blobs: TempDir,
    /// The last second-factor step each demo account logged in with: a code works once.
    used_steps: std::sync::Mutex<std::collections::HashMap<String, i64>>,
    /// Every API response of the test, checked against the OpenAPI document.
    pub schema_check: std::sync::Arc<openapi_check::SchemaCheck>,
    /// The path of every request the server answered, in order: what reached the network
    /// (a browser's caches and service worker answer the rest themselves).
    served: Served,
}

/// The paths of the requests a test's server answered.
type Served = std::sync::Arc<std::sync::Mutex<Vec<String>>>;

async fn record_served(
    axum::extract::State(served): axum::extract::State<Served>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    served
        .lock()
        .expect("the log of served paths")
        .push(request.uri().path().to_owned());
    next.run(request).await
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let violations = self.schema_check.violations();
        if !violations.is_empty() && !std::thread::panicking() {
            panic!(
                "{} API responses disagree with /api/openapi.json:\n{}",
                violations.len(),
                violations.join("\n")
            );
        }
    }
}

/// A folder removed when dropped.
pub struct TempDir(pub PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Starts the app with the demo data on a fresh database.
pub async fn spawn_app(engine: Engine) -> TestApp {
    spawn_app_with(engine, |_| {}).await
}

/// A configuration for the app over `database_url` with the repository's data folders, a
/// random port and a private attachment folder under the system's temporary folder.
pub fn test_config(database_url: impl Into<String>) -> Config {
    let mut config = Config::for_database(database_url);
    config.bind = "127.0.0.1:0".parse().expect("a socket address");
    config.static_dir = spa_dir();
    config.catalogue_dir = workspace_root().join("catalogue");
    config.taxonomy_dir = workspace_root().join("taxonomy");
    config.alerts_dir = workspace_root().join("alerts");
    config.retention_policy = workspace_root().join("policy/retention.toml");
    config.locales_dir = workspace_root().join("locales");
    config.attachments_dir =
        std::env::temp_dir().join(format!("imi_blobs_{}", uuid::Uuid::new_v4().simple()));
    config
}

/// Starts the app with a configuration adjusted by `adjust`.
pub async fn spawn_app_with(engine: Engine, adjust: impl FnOnce(&mut Config)) -> TestApp {
    let db = TestDb::create(engine).await;
    let mut config = test_config(db.url.clone());
    config.demo = true;
    let blobs = TempDir(config.attachments_dir.clone());
    adjust(&mut config);
    let doc = serde_json::to_value(backend::routes::openapi(config.max_attachment_bytes))
        .expect("the document is JSON");
    let schema_check = openapi_check::SchemaCheck::new(doc);
    let served = Served::default();
    let server = {
        let (check, served) = (schema_check.clone(), served.clone());
        backend::spawn_with(config, move |router| {
            router
                .layer(axum::middleware::from_fn_with_state(
                    check,
                    openapi_check::validate,
                ))
                .layer(axum::middleware::from_fn_with_state(served, record_served))
        })
        .await
        .expect("the app starts")
    };
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .expect("an HTTP client");
    TestApp {
        server,
        client,
        engine,
        db,
        blobs,
        used_steps: Default::default(),
        schema_check,
        served,
    }
}

/// What `client` reads at `url`, as JSON, whatever the status (an error has its body).
pub async fn get_json_at(client: &reqwest::Client, url: &str) -> serde_json::Value {
    client
        .get(url)
        .send()
        .await
        .expect("the server answers")
        .json()
        .await
        .unwrap_or(serde_json::Value::Null)
}

impl TestApp {
    /// The absolute URL of a path.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.server.url())
    }

    /// How many requests for a path that `matches` the server has answered so far.
    pub fn times_served(&self, matches: impl Fn(&str) -> bool) -> usize {
        let served = self.served.lock().expect("the log of served paths");
        served.iter().filter(|path| matches(path)).count()
    }

    /// `client`'s live stream (`GET /api/notifications/stream`), sent with `headers`, checked
    /// to be one: 200 and server-sent events.
    pub async fn live_stream(
        &self,
        client: &reqwest::Client,
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut request = client.get(self.url("/api/notifications/stream"));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let stream = request.send().await.expect("the server answers");
        assert_eq!(stream.status(), reqwest::StatusCode::OK);
        let kind = stream.headers()["content-type"]
            .to_str()
            .unwrap_or_default();
        assert!(kind.starts_with("text/event-stream"), "{kind}");
        stream
    }

    /// The body of a demo account's log-in: its password and, for the accounts with a second
    /// factor, a code from its published secret. Each code works once, so a second log-in
    /// within the same thirty seconds takes the next step's code (accepted, like the
    /// previous step's, for clocks that drift).
    pub fn demo_login(&self, email: &str) -> serde_json::Value {
        let mut body = serde_json::json!({ "email": email, "password": DEMO_PASSWORD });
        if let Some(code) = self.demo_code(email) {
            body["code"] = code.into();
        }
        body
    }

    /// A code of the demo account's second factor not used yet, if it has one (see
    /// [`TestApp::demo_login`]).
    pub fn demo_code(&self, email: &str) -> Option<String> {
        let secret = backend::demo::second_factor_of(email)?;
        let secret = backend::totp::Secret::from_base32(&secret).expect("a base32 secret");
        // The app's clock, which a test may have moved on, is the time the code is checked at.
        let now = backend::totp::step_of(self.server.state.clock.now().timestamp());
        let mut used = self.used_steps.lock().expect("not poisoned");
        let step = used.get(email).map_or(now, |last| (last + 1).max(now));
        assert!(
            step <= now + 1,
            "{email} logged in more than twice within thirty seconds"
        );
        used.insert(email.to_owned(), step);
        Some(format!("{:06}", secret.code_at(step)))
    }

    /// What `client` reads at `path`, as JSON, whatever the status (an error has its body).
    pub async fn get_json(&self, client: &reqwest::Client, path: &str) -> serde_json::Value {
        get_json_at(client, &self.url(path)).await
    }

    /// A new client (its own cookies) logged in as the demo account `email`: a second user
    /// in the same test.
    pub async fn user(&self, email: &str) -> reqwest::Client {
        self.user_on(&self.server.url(), email).await
    }

    /// A new client logged in as the demo account `email` on the server at `base` (another
    /// server over a copy of this one's data, say).
    pub async fn user_on(&self, base: &str, email: &str) -> reqwest::Client {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .build()
            .expect("an HTTP client");
        let response = client
            .post(format!("{base}/api/auth/login"))
            .json(&self.demo_login(email))
            .send()
            .await
            .expect("the server answers");
        assert_eq!(
            response.status(),
            reqwest::StatusCode::OK,
            "log-in of {email}"
        );
        client
    }

    /// Sets up two-step log-in for the user logged in on `client`, through the API as the
    /// account page does (a user whose roles require it can do nothing else first); returns
    /// its secret.
    pub async fn enroll(&self, client: &reqwest::Client) -> backend::totp::Secret {
        let setup: serde_json::Value = client
            .post(self.url("/api/me/second-factor/setup"))
            .send()
            .await
            .expect("the server answers")
            .json()
            .await
            .expect("the setup as JSON");
        let secret =
            backend::totp::Secret::from_base32(setup["secret"].as_str().expect("a secret"))
                .expect("a base32 secret");
        let step = backend::totp::step_of(chrono::Utc::now().timestamp());
        let response = client
            .post(self.url("/api/me/second-factor"))
            .json(&serde_json::json!({ "code": format!("{:06}", secret.code_at(step)) }))
            .send()
            .await
            .expect("the server answers");
        assert_eq!(
            response.status(),
            reqwest::StatusCode::OK,
            "second factor confirmed"
        );
        secret
    }

    /// The database id of the demo authority named `name`.
    pub async fn authority_id(&self, name: &str) -> i32 {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        backend::entities::authority::Entity::find()
            .filter(backend::entities::authority::Column::Name.eq(name))
            .one(&self.server.state.db)
            .await
            .expect("the database answers")
            .unwrap_or_else(|| panic!("no demo authority {name}"))
            .id
    }

    /// The database id of the catalogue question with this key.
    pub fn question_id(&self, key: &str) -> i32 {
        *self
            .server
            .state
            .catalogue
            .ids
            .get(key)
            .unwrap_or_else(|| panic!("no catalogue question {key}"))
    }

    /// `from` drafts a request to the demo authority `responder` about `subject` with one
    /// question (the diploma's award date); the draft as the API returns it.
    pub async fn create_draft(
        &self,
        from: &reqwest::Client,
        responder: &str,
        subject: &str,
    ) -> serde_json::Value {
        let draft = serde_json::json!({
            "area": "professional_qualifications",
            "responder": self.authority_id(responder).await,
            "subject": { "name": subject },
            "questions": [{ "question": self.question_id("professional_qualifications.diploma.award_date") }],
            "requested_date": "2099-01-31",
        });
        let response = from
            .post(self.url("/api/requests"))
            .json(&draft)
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success(), "{}", response.status());
        response.json().await.unwrap()
    }

    /// `from` sends the demo authority `responder` a request drafted as [`create_draft`]
    /// drafts it; its id.
    ///
    /// [`create_draft`]: TestApp::create_draft
    pub async fn send_request(
        &self,
        from: &reqwest::Client,
        responder: &str,
        subject: &str,
    ) -> i64 {
        let created = self.create_draft(from, responder, subject).await;
        let id = created["id"].as_i64().expect("the draft's id");
        let sent = from
            .post(self.url(&format!("/api/requests/{id}/actions")))
            .json(&serde_json::json!({ "version": created["version"], "action": { "action": "send" } }))
            .send()
            .await
            .unwrap();
        assert!(sent.status().is_success(), "{}", sent.status());
        id
    }

    /// `from` creates the request `draft` (the body of `POST /api/requests`) and sends it, and
    /// `to` accepts it by the date asked: its id, and its version after the acceptance.
    pub async fn sent_and_accepted(
        &self,
        from: &reqwest::Client,
        to: &reqwest::Client,
        draft: serde_json::Value,
    ) -> (i64, serde_json::Value) {
        let created = from
            .post(self.url("/api/requests"))
            .json(&draft)
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), reqwest::StatusCode::CREATED);
        let created: serde_json::Value = created.json().await.unwrap();
        let id = created["id"].as_i64().expect("the draft's id");
        let mut version = created["version"].clone();
        for (client, action) in [
            (from, serde_json::json!({ "action": "send" })),
            (
                to,
                serde_json::json!({ "action": "accept", "deadline": "as_requested" }),
            ),
        ] {
            let done = client
                .post(self.url(&format!("/api/requests/{id}/actions")))
                .json(&serde_json::json!({ "version": version, "action": action }))
                .send()
                .await
                .unwrap();
            assert!(done.status().is_success(), "{}", done.status());
            version = done.json::<serde_json::Value>().await.unwrap()["version"].clone();
        }
        (id, version)
    }

    /// The seed's crane case as a draft the API takes: an inspection on site of a German
    /// builder's crane, asked of the Berlin safety authority, with `questions` (the draft's
    /// list, its ids from [`TestApp::question_id`]).
    pub async fn crane_inspection(&self, questions: serde_json::Value) -> serde_json::Value {
        serde_json::json!({
            "kind": "inspection",
            "area": "services",
            "responder": self.authority_id(BERLIN_SAFETY).await,
            "subject": { "name": "Bau & Kran GmbH" },
            "questions": questions,
            "requested_date": "2099-01-31",
        })
    }

    /// `POST /api/auth/login` with a demo account.
    pub async fn login(&self, email: &str) -> reqwest::Response {
        self.client
            .post(self.url("/api/auth/login"))
            .json(&self.demo_login(email))
            .send()
            .await
            .expect("the server answers")
    }
}

/// Defines one test per engine: `name::sqlite` and `name::postgres` run the same body.
#[macro_export]
macro_rules! db_test {
    ($name:ident, |$app:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let $app = $crate::spawn_app($crate::Engine::Sqlite).await;
                $body
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let $app = $crate::spawn_app($crate::Engine::Postgres).await;
                $body
            }
        }
    };
}

/// The command that starts `binary`, a build of the server, on `bind` over `database_url`
/// with the demo data, the workspace's data folders and the SPA in `static_dir`: for the
/// tests and figures that need the server as a process of its own, to kill it.
pub fn server_command(
    binary: &std::path::Path,
    bind: &str,
    database_url: &str,
    static_dir: &std::path::Path,
) -> std::process::Command {
    let root = workspace_root();
    let mut command = std::process::Command::new(binary);
    command
        .args(["--bind", bind, "--database-url", database_url, "--demo"])
        .arg("--catalogue-dir")
        .arg(root.join("catalogue"))
        .arg("--taxonomy-dir")
        .arg(root.join("taxonomy"))
        .arg("--alerts-dir")
        .arg(root.join("alerts"))
        .arg("--retention-policy")
        .arg(root.join("policy/retention.toml"))
        .arg("--locales-dir")
        .arg(root.join("locales"))
        .arg("--static-dir")
        .arg(static_dir)
        .env("RUST_LOG", "error")
        .stdout(std::process::Stdio::null());
    command
}

/// Whether the server at `base` answers `/api/health` with 200 within `within`, asked every
/// 50 ms: a server (or a balancer in front of servers) that has just been started.
pub async fn answers_health(base: &str, within: std::time::Duration) -> bool {
    let started = std::time::Instant::now();
    while started.elapsed() < within {
        if let Ok(response) = reqwest::get(format!("{base}/api/health")).await
            && response.status() == reqwest::StatusCode::OK
        {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    false
}

/// A local S3-compatible server (moto, installed by `scripts/setup.sh test`) on a free port,
/// stopped when dropped.
pub struct S3Server {
    /// Its base URL.
    pub url: String,
    child: std::process::Child,
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl S3Server {
    /// Starts one and waits until it answers.
    pub async fn start() -> S3Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .expect("a free port")
            .local_addr()
            .expect("its address")
            .port();
        let child = std::process::Command::new("moto_server")
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("moto_server (pip install 'moto[server]'; scripts/setup.sh test does)");
        let server = S3Server {
            url: format!("http://127.0.0.1:{port}"),
            child,
        };
        for _ in 0..100 {
            if reqwest::get(&server.url).await.is_ok() {
                return server;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("moto_server did not start");
    }

    /// Creates the bucket `name`: its name.
    pub async fn bucket(&self, name: &str) -> String {
        let created = reqwest::Client::new()
            .put(format!("{}/{name}", self.url))
            .send()
            .await
            .expect("moto answers");
        assert!(created.status().is_success(), "{}", created.status());
        name.to_owned()
    }

    /// Points `config`'s document store at `bucket` on this server.
    pub fn configure(&self, config: &mut Config, bucket: &str) {
        config.s3_bucket = Some(bucket.to_owned());
        config.s3_endpoint = Some(self.url.clone());
        config.s3_access_key_id = Some("test".to_owned());
        config.s3_secret_access_key = Some("test".to_owned());
    }

    /// The keys in `bucket`, as its listing names them.
    pub async fn keys(&self, bucket: &str) -> String {
        reqwest::Client::new()
            .get(format!("{}/{bucket}?list-type=2", self.url))
            .send()
            .await
            .expect("moto answers")
            .text()
            .await
            .expect("a listing")
    }
}
