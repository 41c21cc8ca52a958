//! Prints how the server holds up when things go wrong (`./run.sh reliability`). Like the
//! benchmark it measures and prints, and asserts nothing.
//!
//! - `kill`: the release server under a bounded write load is killed (`SIGKILL`) in the
//!   middle of it, on SQLite and on PostgreSQL, and restarted on the same database: how many
//!   writes it had acknowledged are missing.
//! - `unreachable`: the database stops answering (PostgreSQL through a TCP relay that is cut,
//!   then restored): how soon `/api/health` says 503, what other calls answer meanwhile, and
//!   how soon it is 200 again.
//! - `disk`: the attachments folder is a 1 MiB file system (tmpfs, which needs root): what an
//!   upload that does not fit answers, and whether anything of it is left behind.
//! - `soak [MINUTES]` (default 10): a bounded mixed load on loopback, with the server's
//!   resident memory at the start and the end.

use imi_tests::process::{ServerProcess, log_in};
use imi_tests::{ANNA, Engine, TestDb, workspace_root};
use reqwest::Client;
use serde_json::{Value, json};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let only = args.first().map(String::as_str).unwrap_or("all");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        if matches!(only, "all" | "kill") {
            for engine in [Engine::Sqlite, Engine::Postgres] {
                kill_under_load(engine).await?;
            }
        }
        if matches!(only, "all" | "unreachable") {
            unreachable().await?;
        }
        if matches!(only, "all" | "disk") {
            disk_full().await?;
        }
        if matches!(only, "all" | "soak") {
            let minutes = args.get(1).and_then(|m| m.parse().ok()).unwrap_or(10);
            soak(minutes).await?;
        }
        Ok(())
    })
}

/// The release server over `database_url`, with its documents in `attachments`, started as
/// a process of its own (so that it can be killed) and answering.
async fn start_server(database_url: &str, attachments: &Path) -> anyhow::Result<ServerProcess> {
    let root = workspace_root();
    let binary = root.join("target/release/imi-server");
    anyhow::ensure!(
        binary.exists(),
        "{} is missing: run `./run.sh reliability`, which builds it",
        binary.display()
    );
    let server = ServerProcess::spawn(
        &binary,
        database_url,
        &root.join("frontend/dist"),
        &[OsStr::new("--attachments-dir"), attachments.as_os_str()],
    )?;
    anyhow::ensure!(
        server.ready(Duration::from_secs(60)).await,
        "the server did not start within a minute"
    );
    Ok(server)
}

fn temp_dir(name: &str) -> imi_tests::TempDir {
    let path = std::env::temp_dir().join(format!("imi-{name}-{}", uuid::Uuid::new_v4().simple()));
    let _ = std::fs::create_dir_all(&path);
    imi_tests::TempDir(path)
}

fn draft(n: u64) -> Value {
    json!({
        "area": "services",
        "subject": { "name": format!("Reliability subject {n}") },
        "questions": [],
    })
}

fn engine_name(engine: Engine) -> &'static str {
    match engine {
        Engine::Sqlite => "SQLite",
        Engine::Postgres => "PostgreSQL",
    }
}

/// Writers create drafts as fast as the server takes them; half a second in, the server is
/// killed; restarted, it must still hold every draft it answered 201 for.
async fn kill_under_load(engine: Engine) -> anyhow::Result<()> {
    let db = TestDb::create(engine).await;
    let files = temp_dir("kill");
    let mut server = start_server(&db.url, &files.0).await?;
    let client = log_in(&server.url, ANNA).await?;
    let acknowledged = Arc::new(std::sync::Mutex::new(Vec::<i64>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let counter = Arc::new(AtomicU64::new(0));
    let mut writers = Vec::new();
    for _ in 0..16 {
        let (client, url, acknowledged, stop, counter) = (
            client.clone(),
            server.url.clone(),
            acknowledged.clone(),
            stop.clone(),
            counter.clone(),
        );
        writers.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let n = counter.fetch_add(1, Ordering::Relaxed);
                let Ok(response) = client
                    .post(format!("{url}/api/requests"))
                    .json(&draft(n))
                    .send()
                    .await
                else {
                    continue;
                };
                if response.status() == reqwest::StatusCode::CREATED
                    && let Ok(body) = response.json::<Value>().await
                    && let Some(id) = body["id"].as_i64()
                    && let Ok(mut list) = acknowledged.lock()
                {
                    list.push(id);
                }
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.kill();
    stop.store(true, Ordering::Relaxed);
    for writer in writers {
        let _ = writer.await;
    }
    let acknowledged = acknowledged.lock().map(|l| l.clone()).unwrap_or_default();
    let restarted = start_server(&db.url, &files.0).await?;
    let connection = sea_orm::Database::connect(&db.url).await?;
    let mut missing = 0;
    for chunk in acknowledged.chunks(500) {
        use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
        let found = backend::entities::request::Entity::find()
            .filter(
                backend::entities::request::Column::Id
                    .is_in(chunk.iter().map(|id| i32::try_from(*id).unwrap_or(-1))),
            )
            .count(&connection)
            .await?;
        missing += chunk.len() as u64 - found;
    }
    let _ = connection.close().await;
    drop(restarted);
    println!(
        "kill -9 under write load, {}: {} writes acknowledged, {missing} missing after the restart",
        engine_name(engine),
        acknowledged.len()
    );
    Ok(())
}

/// A TCP relay to PostgreSQL that can be cut (every connection closed, new ones refused) and
/// restored on the same port.
struct Relay {
    port: u16,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Relay {
    async fn open(port: u16) -> anyhow::Result<Relay> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        let port = listener.local_addr()?.port();
        let task = tokio::spawn(async move {
            let mut connections = tokio::task::JoinSet::new();
            loop {
                let Ok((mut inbound, _)) = listener.accept().await else {
                    continue;
                };
                connections.spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect("127.0.0.1:5432").await
                    {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
            }
        });
        Ok(Relay {
            port,
            task: Some(task),
        })
    }

    /// Closes the listener and every relayed connection (the `JoinSet` aborts them).
    fn cut(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

async fn status_of(client: &Client, url: &str) -> Option<u16> {
    client
        .get(url)
        .timeout(Duration::from_secs(5))
        .send()
        .await
        .ok()
        .map(|r| r.status().as_u16())
}

/// Cuts the database away under a running server and restores it.
async fn unreachable() -> anyhow::Result<()> {
    println!("database unreachable, SQLite: not applicable (an embedded file, not a server)");
    let db = TestDb::create(Engine::Postgres).await;
    let mut relay = Relay::open(0).await?;
    let name = db.url.rsplit('/').next().unwrap_or_default().to_owned();
    let relayed = format!("postgres://postgres@127.0.0.1:{}/{name}", relay.port);
    let relayed = match std::env::var("IMI_TEST_POSTGRES_URL") {
        // Keep the credentials of a configured server.
        Ok(admin) if admin.contains('@') => {
            let credentials = admin
                .split("://")
                .nth(1)
                .and_then(|rest| rest.split('@').next())
                .unwrap_or("postgres");
            format!("postgres://{credentials}@127.0.0.1:{}/{name}", relay.port)
        }
        _ => relayed,
    };
    let files = temp_dir("unreachable");
    let server = start_server(&relayed, &files.0).await?;
    let client = log_in(&server.url, ANNA).await?;
    let health = format!("{}/api/health", server.url);
    let cut = Instant::now();
    relay.cut();
    let mut to_503 = None;
    while cut.elapsed() < Duration::from_secs(10) {
        if status_of(&client, &health).await == Some(503) {
            to_503 = Some(cut.elapsed());
            break;
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let asked = Instant::now();
    let me = client.get(format!("{}/api/me", server.url)).send().await?;
    let me_took = asked.elapsed();
    let me_status = me.status().as_u16();
    let me_code = me
        .json::<Value>()
        .await
        .map(|b| b["code"].clone())
        .unwrap_or_default();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let _relay = Relay::open(relay.port).await?;
    let restored = Instant::now();
    let mut to_200 = None;
    while restored.elapsed() < Duration::from_secs(30) {
        if status_of(&client, &health).await == Some(200) {
            to_200 = Some(restored.elapsed());
            break;
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let ms =
        |d: Option<Duration>| d.map_or("never".to_owned(), |d| format!("{} ms", d.as_millis()));
    println!(
        "database unreachable, PostgreSQL: /api/health 503 after {}; meanwhile /api/me answered {me_status} {me_code} after {}; /api/health 200 again {} after the database came back",
        ms(to_503),
        ms(Some(me_took)),
        ms(to_200)
    );
    drop(server);
    Ok(())
}

/// An upload into a full attachments folder.
async fn disk_full() -> anyhow::Result<()> {
    let mount = temp_dir("tmpfs");
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
        .arg(&mount.0)
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        println!("disk full: not measured (mounting a 1 MiB tmpfs needs root)");
        return Ok(());
    }
    let result = disk_full_on(&mount.0).await;
    let _ = Command::new("umount").arg(&mount.0).status();
    result
}

async fn disk_full_on(folder: &Path) -> anyhow::Result<()> {
    let db = TestDb::create(Engine::Sqlite).await;
    let server = start_server(&db.url, folder).await?;
    let client = log_in(&server.url, ANNA).await?;
    let created: Value = client
        .post(format!("{}/api/requests", server.url))
        .json(&draft(0))
        .send()
        .await?
        .json()
        .await?;
    let id = created["id"].as_i64().unwrap_or_default();
    let upload = |size: usize| {
        let mut pdf = b"%PDF-1.4\n".to_vec();
        pdf.resize(size, b' ');
        pdf.extend_from_slice(b"\n%%EOF\n");
        client
            .post(format!(
                "{}/api/requests/{id}/attachments?name=scan.pdf",
                server.url
            ))
            .header("content-type", "application/pdf")
            .body(pdf)
            .send()
    };
    let big = upload(3 * 1024 * 1024).await?;
    let big_status = big.status().as_u16();
    let big_code = big
        .json::<Value>()
        .await
        .map(|b| b["code"].clone())
        .unwrap_or_default();
    let left: Vec<PathBuf> = walk(folder);
    let view: Value = client
        .get(format!("{}/api/requests/{id}", server.url))
        .send()
        .await?
        .json()
        .await?;
    let rows = view["attachments"].as_array().map_or(0, Vec::len);
    let small = upload(64 * 1024).await?.status().as_u16();
    println!(
        "disk full (1 MiB attachments folder): a 3 MiB upload answered {big_status} {big_code}; left behind: {} file(s), {rows} attachment row(s); a 64 KiB upload afterwards answered {small}",
        left.len()
    );
    drop(server);
    Ok(())
}

fn walk(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(folder) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                files.extend(walk(&path));
            } else {
                files.push(path);
            }
        }
    }
    files
}

/// A bounded mixed load (reads of the overview and a request, messages written) for
/// `minutes`, printing the server's memory along the way.
async fn soak(minutes: u64) -> anyhow::Result<()> {
    let db = TestDb::create(Engine::Sqlite).await;
    let files = temp_dir("soak");
    let server = start_server(&db.url, &files.0).await?;
    let anna = log_in(&server.url, ANNA).await?;
    let created: Value = anna
        .post(format!("{}/api/requests", server.url))
        .json(&draft(0))
        .send()
        .await?
        .json()
        .await?;
    let id = created["id"].as_i64().unwrap_or_default();
    let start_rss = server.rss_kib();
    let done = Arc::new(AtomicU64::new(0));
    let failed = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let mut workers = Vec::new();
    for worker in 0..8u64 {
        let (client, url, done, failed, stop) = (
            anna.clone(),
            server.url.clone(),
            done.clone(),
            failed.clone(),
            stop.clone(),
        );
        workers.push(tokio::spawn(async move {
            let mut n = 0u64;
            while !stop.load(Ordering::Relaxed) {
                n += 1;
                let response = match n % 4 {
                    0 => {
                        client
                            .get(format!("{url}/api/requests?box=all"))
                            .send()
                            .await
                    }
                    1 => client.get(format!("{url}/api/requests/{id}")).send().await,
                    2 => {
                        client
                            .get(format!("{url}/api/requests/counts"))
                            .send()
                            .await
                    }
                    _ => client
                        .put(format!("{url}/api/me/language"))
                        .json(
                            &json!({ "language": if (n + worker).is_multiple_of(2) { "lv" } else { "en" } }),
                        )
                        .send()
                        .await,
                };
                match response {
                    Ok(r) if r.status().is_success() => done.fetch_add(1, Ordering::Relaxed),
                    _ => failed.fetch_add(1, Ordering::Relaxed),
                };
                // Bounded: about 100 calls a second per worker at most.
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }));
    }
    let kib =
        |k: Option<u64>| k.map_or("?".to_owned(), |k| format!("{:.1} MiB", k as f64 / 1024.0));
    println!(
        "soak, {minutes} min, 8 clients: resident memory at the start {}",
        kib(start_rss)
    );
    for minute in 1..=minutes {
        tokio::time::sleep(Duration::from_secs(60)).await;
        println!(
            "  after {minute} min: {} calls, {} failed, resident memory {}",
            done.load(Ordering::Relaxed),
            failed.load(Ordering::Relaxed),
            kib(server.rss_kib())
        );
    }
    stop.store(true, Ordering::Relaxed);
    for worker in workers {
        let _ = worker.await;
    }
    println!(
        "soak: {} calls, {} failed; resident memory {} at the start, {} at the end",
        done.load(Ordering::Relaxed),
        failed.load(Ordering::Relaxed),
        kib(start_rss),
        kib(server.rss_kib())
    );
    drop(server);
    Ok(())
}
