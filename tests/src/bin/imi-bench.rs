//! Prints the figures the issues set targets for (`./run.sh bench`). It measures and prints;
//! it asserts nothing, so a slow machine shows a number rather than a failing test.
//!
//! - The SPA's release build, gzip: index.html, JS, wasm, CSS and one fetched locale.
//! - Server cold start on an empty SQLite database, migrations and the first load of the
//!   question catalogue (26 languages) included: from process start to the first `200` from
//!   `/api/health`.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SPA_BUDGET_BYTES: u64 = 350 * 1024;
const COLD_START_BUDGET: Duration = Duration::from_secs(1);

fn main() -> anyhow::Result<()> {
    let root = imi_tests::workspace_root();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let only = args.first().map(String::as_str);
    if only.is_none() || only == Some("spa") {
        spa_size(&root.join("frontend/dist"))?;
    }
    if only.is_none() || only == Some("start") {
        cold_start(
            &root.join("target/release/imi-server"),
            &root.join("catalogue"),
        )?;
    }
    if only.is_none() || only == Some("search") {
        let count = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(100_000);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?;
        for engine in [imi_tests::Engine::Sqlite, imi_tests::Engine::Postgres] {
            runtime.block_on(search(engine, count))?;
        }
    }
    Ok(())
}

/// Server-side search time over a synthetic registry: the version check against the database
/// plus the query on the index, as a handler runs them.
async fn search(engine: imi_tests::Engine, count: usize) -> anyhow::Result<()> {
    let db = imi_tests::TestDb::create(engine).await;
    let state = imi_tests::generate::app_state(db.url.clone()).await?;
    let started = Instant::now();
    imi_tests::generate::registry(&state, count, 42).await?;
    let generated = started.elapsed();
    let started = Instant::now();
    state.search.current(&state.db).await?;
    let indexed = started.elapsed();
    println!(
        "Search over {count} authorities ({engine:?}): generated in {:.1} s, index built in {:.2} s",
        generated.as_secs_f64(),
        indexed.as_secs_f64()
    );
    let one_word = [
        "elektriķis",
        "Elektriker",
        "électricien",
        "arbeitsschutz",
        "medicos",
        "sikkerhed",
        "építésügy",
        "elektrikkis",
    ];
    let three_words = [
        "landesamt arbeitsschutz berlin",
        "valsts inspekcija riga",
        "ordem dos medicos",
        "urzad ochrona pracy",
        "inspectia muncii bucuresti",
        "direktoratet for elsikkerhet",
    ];
    for (label, queries) in [
        ("one-word", &one_word[..]),
        ("three-word", &three_words[..]),
    ] {
        let mut samples = Vec::new();
        for round in 0..40 {
            for text in queries {
                let query = backend::search::Query {
                    text: (*text).to_owned(),
                    ..Default::default()
                };
                let started = Instant::now();
                let index = state.search.current(&state.db).await?;
                let (_, hits) = index.search(&query, 20);
                samples.push(started.elapsed());
                if round == 0 && hits.is_empty() {
                    println!("  (no hit for {text:?})");
                }
            }
        }
        samples.sort();
        let at = |q: f64| samples[((samples.len() as f64 * q) as usize).min(samples.len() - 1)];
        println!(
            "  {label:<10} queries: p50 {:.2} ms, p99 {:.2} ms (targets 2 ms and 10 ms), {} runs",
            at(0.50).as_secs_f64() * 1000.0,
            at(0.99).as_secs_f64() * 1000.0,
            samples.len()
        );
    }
    Ok(())
}

fn gz_size(path: &Path) -> anyhow::Result<u64> {
    let gz = path.with_file_name(format!(
        "{}.gz",
        path.file_name().unwrap_or_default().to_string_lossy()
    ));
    Ok(std::fs::metadata(&gz)
        .map_err(|e| anyhow::anyhow!("{}: {e} (build with ./run.sh bench)", gz.display()))?
        .len())
}

fn spa_size(dist: &Path) -> anyhow::Result<()> {
    println!("SPA release build, gzip -9 (what the server sends precompressed):");
    let mut files: Vec<(String, u64)> = Vec::new();
    for entry in std::fs::read_dir(dist)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let counted = name == "index.html"
            || (name.ends_with(".js") || name.ends_with(".wasm") || name.ends_with(".css"));
        if counted {
            files.push((name, gz_size(&path)?));
        }
    }
    // English is compiled into the wasm; any other language is one fetched file.
    let locale = dist.join("locales/lv/main.ftl");
    files.push((
        "locales/lv/main.ftl (one locale)".to_owned(),
        gz_size(&locale)?,
    ));
    files.sort();
    let total: u64 = files.iter().map(|(_, size)| size).sum();
    for (name, size) in &files {
        println!("  {size:>9} B  {name}");
    }
    let verdict = if total <= SPA_BUDGET_BYTES {
        "within"
    } else {
        "OVER"
    };
    println!(
        "  {total:>9} B  total = {:.1} KB, {verdict} the {} KB budget",
        total as f64 / 1024.0,
        SPA_BUDGET_BYTES / 1024
    );
    // Switching language downloads that language's messages and nothing else.
    let mut largest = (String::new(), 0);
    for entry in std::fs::read_dir(dist.join("locales"))? {
        let code = entry?.file_name().to_string_lossy().into_owned();
        let size = gz_size(&dist.join("locales").join(&code).join("main.ftl"))?;
        if size > largest.1 {
            largest = (code, size);
        }
    }
    println!(
        "Switching language, gzip: the largest locale ({}) is {:.1} KB (budget 40 KB)",
        largest.0,
        largest.1 as f64 / 1024.0
    );
    Ok(())
}

fn cold_start(server: &Path, catalogue: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(
        server.exists(),
        "{} is missing (build with ./run.sh bench)",
        server.display()
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let client = reqwest::Client::new();
    let mut samples = Vec::new();
    for _ in 0..5 {
        let dir = std::env::temp_dir().join(format!("imi-bench-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir)?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let started = Instant::now();
        let mut child = Command::new(server)
            .arg("--bind")
            .arg(format!("127.0.0.1:{port}"))
            .arg("--catalogue-dir")
            .arg(catalogue)
            .arg("--database-url")
            .arg(format!("sqlite://{}/imi.sqlite3", dir.display()))
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()?;
        let url = format!("http://127.0.0.1:{port}/api/health");
        let ready = runtime.block_on(async {
            while started.elapsed() < Duration::from_secs(30) {
                if let Ok(response) = client.get(&url).send().await
                    && response.status().is_success()
                {
                    return Some(started.elapsed());
                }
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            None
        });
        let _ = child.kill();
        let _ = child.wait();
        let _ = std::fs::remove_dir_all(&dir);
        samples
            .push(ready.ok_or_else(|| anyhow::anyhow!("the server did not become ready in 30 s"))?);
    }
    samples.sort();
    let median = samples[samples.len() / 2];
    let worst = samples[samples.len() - 1];
    let verdict = if worst <= COLD_START_BUDGET {
        "within"
    } else {
        "OVER"
    };
    println!(
        "Server cold start on an empty SQLite database (migrations and catalogue load included), 5 runs:"
    );
    println!(
        "  median {:.0} ms, worst {:.0} ms: {verdict} the {} ms budget",
        median.as_secs_f64() * 1000.0,
        worst.as_secs_f64() * 1000.0,
        COLD_START_BUDGET.as_millis()
    );
    Ok(())
}
