//! `live [N]`: the live updates' figures (issue 18). N streams (default 10,000) held open on
//! one instance of the release server, as one official of an authority no change touches:
//! the server's memory per stream, and the database statements per second while they are
//! idle, counted from the server's own statement log (`IMI_SQL_LOG`), next to the same count
//! with no stream open (the background jobs' own). Then a second official's streams on the
//! same instance, and a change made by a third official through another instance (on
//! PostgreSQL; SQLite has one): the time from the change's call to each stream's event.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Streams of the second official, whose events are timed.
const TIMED_STREAMS: usize = 20;
/// Changes timed.
const CHANGES: usize = 40;
/// How long the statements are counted for, with and without the streams.
const IDLE_WINDOW: Duration = Duration::from_secs(10);
/// Streams opened at once.
const OPENING: usize = 200;

/// A server process whose statements are logged to a file; killed when dropped.
struct Server {
    child: Child,
    address: SocketAddr,
    log: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
    }
}

impl Server {
    async fn start(root: &Path, database_url: &str) -> anyhow::Result<Server> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let address: SocketAddr = format!("127.0.0.1:{port}").parse()?;
        let log = std::env::temp_dir().join(format!(
            "imi-bench-live-{}.log",
            uuid::Uuid::new_v4().simple()
        ));
        let child = imi_tests::server_command(
            &root.join("target/release/imi-server"),
            &address.to_string(),
            database_url,
            // The SPA is not asked for; the release build is there after `./run.sh bench`.
            &root.join("frontend/dist"),
        )
        .env("IMI_SQL_LOG", "1")
        .env("RUST_LOG", "error,sqlx::query=info")
        // The server logs to standard error.
        .stderr(Stdio::from(std::fs::File::create(&log)?))
        .spawn()?;
        let server = Server {
            child,
            address,
            log,
        };
        anyhow::ensure!(
            imi_tests::answers_health(&server.url(), Duration::from_secs(120)).await,
            "the server did not start"
        );
        Ok(server)
    }

    fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Its resident memory, in bytes.
    fn memory(&self) -> anyhow::Result<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))?;
        let kib: u64 = status
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| anyhow::anyhow!("no VmRSS"))?;
        Ok(kib * 1024)
    }

    /// The statements it has logged so far.
    fn statements(&self) -> anyhow::Result<usize> {
        let log = std::fs::read_to_string(&self.log)?;
        Ok(log
            .lines()
            .filter(|line| line.contains("sqlx::query"))
            .count())
    }

    /// Statements per second over `window`, counted after a pause that lets what was under
    /// way finish.
    async fn idle_rate(&self, window: Duration) -> anyhow::Result<f64> {
        tokio::time::sleep(Duration::from_secs(2)).await;
        let before = self.statements()?;
        tokio::time::sleep(window).await;
        let after = self.statements()?;
        Ok((after - before) as f64 / window.as_secs_f64())
    }
}

/// Opens a stream with `cookie` and reads until its first `counts` event.
async fn open_stream(address: SocketAddr, cookie: String) -> anyhow::Result<TcpStream> {
    let mut socket = TcpStream::connect(address).await?;
    socket
        .write_all(
            format!(
                "GET /api/notifications/stream HTTP/1.1\r\nHost: {address}\r\nCookie: {cookie}\r\n\
                 Accept: text/event-stream\r\n\r\n"
            )
            .as_bytes(),
        )
        .await?;
    let mut seen = Vec::with_capacity(2048);
    while !contains(&seen, b"event: counts") {
        anyhow::ensure!(
            socket.read_buf(&mut seen).await? > 0,
            "the stream closed: {}",
            String::from_utf8_lossy(&seen)
        );
    }
    anyhow::ensure!(seen.starts_with(b"HTTP/1.1 200"), "not a stream");
    Ok(socket)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

pub async fn live(root: &Path, engine: imi_tests::Engine, streams: usize) -> anyhow::Result<()> {
    let db = imi_tests::TestDb::create(engine).await;
    let holder = Server::start(root, &db.url).await?;
    // PostgreSQL: the change is made through another instance on the same database.
    let other = match engine {
        imi_tests::Engine::Postgres => Some(Server::start(root, &db.url).await?),
        imi_tests::Engine::Sqlite => None,
    };
    let changer = other.as_ref().unwrap_or(&holder);
    let client = reqwest::Client::new();
    let idle_official = super::log_in(&client, &holder.url(), imi_tests::MARI_EE).await?;
    let timed_official = super::log_in(&client, &holder.url(), imi_tests::ANA_PT).await?;
    let sender = super::log_in(&client, &changer.url(), imi_tests::ANNA).await?;

    let no_streams = holder.idle_rate(IDLE_WINDOW).await?;
    let memory_before = holder.memory()?;
    let opening = Instant::now();
    let mut held: Vec<TcpStream> = Vec::with_capacity(streams);
    while held.len() < streams {
        let batch = (streams - held.len()).min(OPENING);
        let mut opening = tokio::task::JoinSet::new();
        for _ in 0..batch {
            opening.spawn(open_stream(holder.address, idle_official.clone()));
        }
        while let Some(socket) = opening.join_next().await {
            held.push(socket??);
        }
    }
    let opened_in = opening.elapsed();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let memory_after = holder.memory()?;
    let with_streams = holder.idle_rate(IDLE_WINDOW).await?;

    // The timed streams, each read by a task that reports when an event arrives.
    let (events, mut arrived) = tokio::sync::mpsc::unbounded_channel::<Instant>();
    let mut readers = Vec::new();
    for _ in 0..TIMED_STREAMS {
        let mut socket = open_stream(holder.address, timed_official.clone()).await?;
        let events = events.clone();
        readers.push(tokio::spawn(async move {
            let mut buffer = vec![0u8; 4096];
            loop {
                match socket.read(&mut buffer).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => {
                        if contains(&buffer[..n], b"event: counts") {
                            let _ = events.send(Instant::now());
                        }
                    }
                }
            }
        }));
    }
    let data = sea_orm::Database::connect(&db.url).await?;
    let responder = backend::entities::authority::Entity::find()
        .filter(backend::entities::authority::Column::Name.eq("Ordem dos Médicos"))
        .one(&data)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no demo authority"))?
        .id;
    let question = backend::entities::catalogue_question::Entity::find()
        .filter(
            backend::entities::catalogue_question::Column::Key
                .eq("professional_qualifications.diploma.award_date"),
        )
        .one(&data)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no catalogue question"))?
        .id;
    let mut delays = Vec::new();
    let mut calls = Vec::new();
    let mut missed = 0;
    for i in 0..CHANGES {
        let created: serde_json::Value = client
            .post(format!("{}/api/requests", changer.url()))
            .header("cookie", &sender)
            .json(&serde_json::json!({
                "area": "professional_qualifications",
                "responder": responder,
                "subject": { "name": format!("Jānis Bērziņš {i}") },
                "questions": [{ "question": question }],
                "requested_date": "2099-01-31",
            }))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let sent = Instant::now();
        client
            .post(format!(
                "{}/api/requests/{}/actions",
                changer.url(),
                created["id"]
            ))
            .header("cookie", &sender)
            .json(&serde_json::json!({
                "version": created["version"],
                "action": { "action": "send" },
            }))
            .send()
            .await?
            .error_for_status()?;
        calls.push(sent.elapsed());
        for _ in 0..TIMED_STREAMS {
            match tokio::time::timeout(Duration::from_secs(5), arrived.recv()).await {
                Ok(Some(at)) => delays.push(at.saturating_duration_since(sent)),
                _ => missed += 1,
            }
        }
        // Past the streams' settling time, so that each change is timed on its own.
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    for reader in readers {
        reader.abort();
    }
    drop(held);
    delays.sort();
    calls.sort();
    let per_stream = memory_after.saturating_sub(memory_before) as f64 / streams as f64;
    let engine_name = format!("{engine:?}");
    println!(
        "live updates ({engine_name}): {streams} streams opened in {:.1} s; server memory {:.0} MiB → {:.0} MiB, {:.1} KiB per stream",
        opened_in.as_secs_f64(),
        memory_before as f64 / 1048576.0,
        memory_after as f64 / 1048576.0,
        per_stream / 1024.0
    );
    println!(
        "live updates ({engine_name}): database statements per second while idle: {with_streams:.1} with {streams} streams, {no_streams:.1} with none (the background jobs'); target ~0 from the streams"
    );
    if delays.is_empty() {
        println!("live updates ({engine_name}): no event arrived ({missed} missed)");
    } else {
        let p99 = percentile(&delays, 0.99);
        println!(
            "live updates ({engine_name}): change on {} → event on {} ({} events, {} streams × {} changes): p50 {} ms, p99 {} ms, max {} ms, {missed} missed (the change's own call: p50 {} ms); target p99 ≤ 1000 ms: {}",
            if other.is_some() {
                "instance A"
            } else {
                "the instance"
            },
            if other.is_some() {
                "instance B"
            } else {
                "its stream"
            },
            delays.len(),
            TIMED_STREAMS,
            CHANGES,
            percentile(&delays, 0.5).as_millis(),
            p99.as_millis(),
            delays[delays.len() - 1].as_millis(),
            percentile(&calls, 0.5).as_millis(),
            if p99 <= Duration::from_secs(1) && missed == 0 {
                "within"
            } else {
                "OVER"
            }
        );
    }
    Ok(())
}
