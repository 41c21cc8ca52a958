//! A load as officials make it (`./run.sh load [SECONDS] [REQUESTS] [AUTHORITIES]`): over a
//! registry of 100,000 authorities and 1,000,000 requests, 32 clients, each an official of
//! its own authority with a live stream open, look at their overview, open requests, search
//! the registry as they type, compose and send requests to a partner authority, accept what
//! their partner sent them and answer it with a document. It runs against the release
//! server: one instance on SQLite, one on PostgreSQL (reached directly, then behind HAProxy),
//! then two on PostgreSQL behind HAProxy (`deploy/haproxy.cfg`) sharing one attachments
//! folder. It prints, per run, the throughput,
//! each operation's count, p50 and p99 and errors, and each instance's memory. Like the
//! benchmark it measures and prints, and asserts nothing.
//!
//! Each arrangement is run twice over the same servers ([`Pace`]). First as officials work:
//! each client pauses between its steps and types at a person's speed, and the p99 target is
//! judged on this run. Then flat out: no client ever pauses, so the 32 of them keep the
//! machine saturated and every call queues behind the others. That run says how much an
//! arrangement serves (the two-against-one comparison); its latencies are mostly queueing
//! (with 32 calls always in flight, the mean is 32 ÷ the throughput), not a call's own time.

use imi_tests::process::{Balancer, ServerProcess, cpu_seconds_named, cpu_seconds_of, log_in};
use imi_tests::{Engine, TestDb, workspace_root};
use reqwest::Client;
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Clients at once (the figure).
const CLIENTS: usize = 32;
/// The database connections of an arrangement, shared among its instances (the server's
/// default for one).
const DATABASE_CONNECTIONS: usize = 16;

/// The p99 every operation must stay under.
const TARGET_MS: f64 = 50.0;

/// How a client paces itself.
#[derive(Clone, Copy, PartialEq)]
enum Pace {
    /// As an official works: between 0.5 and 1.5 s between steps (a person reading a page
    /// takes longer; this errs on the busy side), 150 ms between keystrokes.
    Official,
    /// Never a pause: the most the arrangement can serve.
    FlatOut,
}

impl Pace {
    fn label(self) -> &'static str {
        match self {
            Pace::Official => "as officials work",
            Pace::FlatOut => "flat out",
        }
    }

    /// The pause after step `n` of client `k`: spread evenly over the range, so that the 32
    /// clients do not act in step, and the same from run to run.
    fn between_steps(self, k: usize, n: usize) -> Duration {
        match self {
            Pace::Official => Duration::from_millis(500 + ((k * 7919 + n * 104_729) % 1000) as u64),
            Pace::FlatOut => Duration::ZERO,
        }
    }

    /// The wait of client `k` before its first step.
    fn first_step(self, k: usize) -> Duration {
        match self {
            Pace::Official => Duration::from_millis((1500 * k / CLIENTS) as u64),
            Pace::FlatOut => Duration::ZERO,
        }
    }

    fn between_keystrokes(self) -> Duration {
        match self {
            Pace::Official => Duration::from_millis(150),
            Pace::FlatOut => Duration::ZERO,
        }
    }
}

/// What officials type into the registry search, in several languages: each is sent as it
/// grows, from its third letter, as the search page asks while one types.
const TYPED: &[&str] = &[
    "elektriķis",
    "Arbeitsschutz",
    "inspection",
    "médicos",
    "sikkerhed",
    "urząd pracy",
    "inspectia muncii",
    "építésügy",
];

/// The overview's boxes, taken in turn.
const BOXES: &[&str] = &[
    "all",
    "to_answer",
    "awaiting",
    "to_accept",
    "closed",
    "drafts",
];

/// The question every request of the load asks (its answer is a date), and its area.
const QUESTION: &str = "professional_qualifications.diploma.award_date";
const AREA: &str = "professional_qualifications";

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |i: usize, default: usize| {
        args.get(i)
            .and_then(|a| a.replace('_', "").parse().ok())
            .unwrap_or(default)
    };
    let seconds = number(0, 30) as u64;
    let requests = number(1, 1_000_000);
    let authorities = number(2, 100_000).max(CLIENTS);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let run = Duration::from_secs(seconds);
        println!(
            "Load: {CLIENTS} clients for {seconds} s over {authorities} authorities and {requests} requests"
        );
        // `IMI_LOAD_ENGINE=sqlite` (or `postgres`) runs one engine's arrangements alone, for
        // looking into one of them without waiting for the other's data set.
        let only = std::env::var("IMI_LOAD_ENGINE").unwrap_or_default();
        if only != "postgres" {
            let sqlite = DataSet::create(Engine::Sqlite, requests, authorities).await?;
            sqlite.run(1, false, run).await?;
        }
        if only == "sqlite" {
            return Ok(());
        }
        let postgres = DataSet::create(Engine::Postgres, requests, authorities).await?;
        postgres.run(1, false, run).await?;
        // Two instances are compared with one behind the same balancer: the balancer's own
        // work (every byte passes through it, on the same two cores) is then in both.
        let one = postgres.run(1, true, run).await?;
        let two = postgres.run(2, true, run).await?;
        println!(
            "Behind HAProxy, two instances served {:.0} operations/s flat out, one {:.0}: {}",
            two,
            one,
            if two >= one * 0.95 {
                "at least as much (within 5%)"
            } else {
                "LESS"
            }
        );
        Ok(())
    })
}

/// A generated database with the clients' accounts.
struct DataSet {
    db: TestDb,
    engine: Engine,
    /// The clients' e-mails and authorities, client `k` at `authorities[k]`.
    emails: Vec<String>,
    authorities: Vec<i32>,
    question: i32,
}

impl DataSet {
    async fn create(engine: Engine, requests: usize, authorities: usize) -> anyhow::Result<Self> {
        let db = TestDb::create(engine).await;
        let started = Instant::now();
        let state = imi_tests::generate::app_state(db.url.clone()).await?;
        imi_tests::generate::registry(&state, authorities, 42).await?;
        imi_tests::generate::requests(&state, requests, authorities, 7).await?;
        let question = *state
            .catalogue
            .ids
            .get(QUESTION)
            .ok_or_else(|| anyhow::anyhow!("no catalogue question {QUESTION}"))?;
        // Client 0 is an official of the busiest authority; the others of the next ones.
        let mut emails = Vec::new();
        let mut ids = Vec::new();
        for k in 0..CLIENTS {
            let id = imi_tests::generate::BUSY_AUTHORITY + k as i32;
            let email = format!("load.{k}@authority{id}.example");
            let member = backend::auth::Member::Authority(shared::AuthorityId(id));
            imi_tests::generate::account(&state.db, &email, member, "request_handler").await?;
            emails.push(email);
            ids.push(id);
        }
        // The clients ask each other about diplomas: their authorities handle the area
        // (the generator gave each one or two areas at random).
        state
            .db
            .execute_unprepared(&format!(
                "INSERT INTO authority_areas (authority_id, area) SELECT id, '{AREA}' \
                 FROM authorities WHERE id IN ({}) AND id NOT IN \
                 (SELECT authority_id FROM authority_areas WHERE area = '{AREA}')",
                ids.iter()
                    .map(i32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .await?;
        // The retention job's first run over a generated set blocks and erases for a while;
        // run here, it leaves the servers' own runs nothing to do while the clock runs.
        imi_tests::generate::retention_caught_up(&state).await?;
        imi_tests::generate::vacuum(&state.db).await?;
        state.db.close_by_ref().await?;
        println!(
            "  {engine:?}: data set generated in {:.0} s",
            started.elapsed().as_secs_f64()
        );
        Ok(DataSet {
            db,
            engine,
            emails,
            authorities: ids,
            question,
        })
    }

    /// One arrangement with `instances` servers (one or two), behind the balancer if
    /// `balanced`, run at each pace; the operations per second it served flat out.
    async fn run(&self, instances: usize, balanced: bool, run: Duration) -> anyhow::Result<f64> {
        let root = workspace_root();
        let binary = root.join("target/release/imi-server");
        anyhow::ensure!(
            binary.exists(),
            "{} is missing: `./run.sh load` builds it",
            binary.display()
        );
        let files = root.join(format!("target/imi-load-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&files)?;
        let _files = imi_tests::TempDir(files.clone());
        // The instances share the database's connections, as `deploy/imi.env` tells
        // operators to: each opens its share of the one instance's 16, so that two do not
        // bring twice the transactions at once to the same database and cores.
        let connections = (DATABASE_CONNECTIONS / instances).to_string();
        let extra = [
            OsStr::new("--attachments-dir"),
            files.as_os_str(),
            OsStr::new("--db-max-connections"),
            OsStr::new(&connections),
        ];
        let mut servers = Vec::new();
        for _ in 0..instances {
            servers.push(ServerProcess::spawn(
                &binary,
                &self.db.url,
                &root.join("frontend/dist"),
                &extra,
            )?);
        }
        for server in &servers {
            anyhow::ensure!(
                server.ready(Duration::from_secs(120)).await,
                "{} did not start within two minutes",
                server.url
            );
        }
        // Each instance builds its search index at its first search and loads the
        // statistics' facts at its start: seconds of work that are no part of serving. One
        // official warms each instance up directly before the clock starts.
        for server in &servers {
            let official = log_in(&server.url, &self.emails[0]).await?;
            for path in ["/api/authorities?q=warm", "/api/requests?box=all"] {
                official
                    .get(format!("{}{path}", server.url))
                    .send()
                    .await?
                    .error_for_status()?;
            }
        }
        println!("    memory once warmed up: {}", memory_of(&servers));
        // One instance behind the balancer is named twice in its configuration.
        let balancer = match (balanced, servers.first(), servers.last()) {
            (true, Some(one), Some(two)) => {
                Some(Balancer::start([&one.address, &two.address]).await?)
            }
            _ => None,
        };
        let base = balancer
            .as_ref()
            .map_or_else(|| servers[0].url.clone(), |b| b.url.clone());
        let label = format!(
            "{:?}, {instances} instance{}{}",
            self.engine,
            if instances > 1 { "s" } else { "" },
            if balancer.is_some() {
                " behind HAProxy"
            } else {
                ""
            }
        );
        let mut served = 0.0;
        for pace in [Pace::Official, Pace::FlatOut] {
            let stats = Arc::new(Stats::default());
            let mut clients = Vec::new();
            for k in 0..CLIENTS {
                clients.push(Official {
                    http: log_in(&base, &self.emails[k]).await?,
                    base: base.clone(),
                    me: self.authorities[k],
                    partner: self.authorities[k ^ 1],
                    question: self.question,
                    stats: stats.clone(),
                    seen: Vec::new(),
                    k,
                    n: k,
                    pace,
                });
            }
            let before = Processor::read(&servers, balancer.as_ref());
            let started = Instant::now();
            let deadline = started + run;
            let tasks: Vec<_> = clients
                .into_iter()
                .map(|client| tokio::spawn(client.work(deadline)))
                .collect();
            for task in tasks {
                task.await?;
            }
            let elapsed = started.elapsed().as_secs_f64();
            served = stats.print(&format!("{label}, {}", pace.label()), elapsed, pace);
            let used = Processor::read(&servers, balancer.as_ref()).since(&before);
            println!("{}", used.describe(served * elapsed, elapsed));
            println!("    memory at the end: {}", memory_of(&servers));
        }
        Ok(served)
    }
}

/// The processor time used so far by each part of an arrangement, in seconds: where the
/// machine's two cores went, to compare arrangements by their cost per operation.
#[derive(Clone, Default)]
struct Processor {
    instances: Vec<f64>,
    balancer: f64,
    postgres: f64,
    clients: f64,
}

impl Processor {
    fn read(servers: &[ServerProcess], balancer: Option<&Balancer>) -> Processor {
        Processor {
            instances: servers
                .iter()
                .map(|s| s.cpu_seconds().unwrap_or(0.0))
                .collect(),
            balancer: balancer.and_then(Balancer::cpu_seconds).unwrap_or(0.0),
            postgres: cpu_seconds_named("postgres"),
            clients: cpu_seconds_of(std::process::id()).unwrap_or(0.0),
        }
    }

    fn since(&self, before: &Processor) -> Processor {
        Processor {
            instances: self
                .instances
                .iter()
                .zip(&before.instances)
                .map(|(now, then)| now - then)
                .collect(),
            balancer: self.balancer - before.balancer,
            postgres: self.postgres - before.postgres,
            clients: self.clients - before.clients,
        }
    }

    /// The line that says what `operations` cost over `elapsed` seconds.
    fn describe(&self, operations: f64, elapsed: f64) -> String {
        let per_thousand = |seconds: f64| seconds * 1000.0 / operations.max(1.0);
        let instances = self
            .instances
            .iter()
            .map(|s| format!("{:.2}", per_thousand(*s)))
            .collect::<Vec<_>>()
            .join(" + ");
        let total =
            self.instances.iter().sum::<f64>() + self.balancer + self.postgres + self.clients;
        format!(
            "    processor s per 1,000 operations: instances {instances}, balancer {:.2}, PostgreSQL {:.2}, clients {:.2}; {:.0}% of the cores busy",
            per_thousand(self.balancer),
            per_thousand(self.postgres),
            per_thousand(self.clients),
            total * 100.0 / (elapsed * cores())
        )
    }
}

fn cores() -> f64 {
    std::thread::available_parallelism().map_or(1.0, |n| n.get() as f64)
}

/// Each instance's resident memory.
fn memory_of(servers: &[ServerProcess]) -> String {
    servers
        .iter()
        .map(|s| {
            s.rss_kib()
                .map_or("?".to_owned(), |kib| format!("{} MiB", kib / 1024))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every call's time by operation, and the failures.
#[derive(Default)]
struct Stats {
    times: Mutex<BTreeMap<&'static str, Vec<Duration>>>,
    errors: Mutex<BTreeMap<&'static str, Vec<String>>>,
}

impl Stats {
    fn record(&self, operation: &'static str, took: Duration) {
        if let Ok(mut times) = self.times.lock() {
            times.entry(operation).or_default().push(took);
        }
    }

    fn fail(&self, operation: &'static str, what: String) {
        if let Ok(mut errors) = self.errors.lock() {
            errors.entry(operation).or_default().push(what);
        }
    }

    /// Prints the run's figures; returns its operations per second.
    fn print(&self, label: &str, elapsed: f64, pace: Pace) -> f64 {
        let times = self.times.lock().map(|t| t.clone()).unwrap_or_default();
        let errors = self.errors.lock().map(|e| e.clone()).unwrap_or_default();
        let total: usize = times.values().map(Vec::len).sum();
        let failed: usize = errors.values().map(Vec::len).sum();
        let per_second = total as f64 / elapsed;
        println!(
            "  {label}: {per_second:.0} operations/s, {total} in {elapsed:.0} s, {failed} errors"
        );
        let mut over = Vec::new();
        for (operation, mut list) in times {
            list.sort();
            let at = |q: f64| {
                list[((list.len() as f64 * q) as usize).min(list.len() - 1)].as_secs_f64() * 1000.0
            };
            let p99 = at(0.99);
            if p99 > TARGET_MS {
                over.push(operation);
            }
            println!(
                "    {operation:<28} {:>7} calls, p50 {:>6.1} ms, p99 {:>6.1} ms, {} errors",
                list.len(),
                at(0.5),
                p99,
                errors.get(operation).map_or(0, Vec::len)
            );
        }
        for (operation, list) in &errors {
            for what in list.iter().take(3) {
                println!("    error in {operation}: {what}");
            }
        }
        // Flat out, every call queues behind the others: the target is judged on the run
        // at an official's pace.
        if pace == Pace::Official {
            println!(
                "    p99 ≤ {TARGET_MS} ms per operation: {}",
                if over.is_empty() {
                    "met".to_owned()
                } else {
                    format!("OVER for {}", over.join(", "))
                }
            );
        }
        per_second
    }
}

/// One client: an official of authority `me`, who sends to and answers `partner`.
struct Official {
    http: Client,
    base: String,
    me: i32,
    partner: i32,
    question: i32,
    stats: Arc<Stats>,
    /// Requests the overview listed last, to open.
    seen: Vec<i64>,
    /// The client's number, and its step count (started at `k`, so clients start apart).
    k: usize,
    n: usize,
    pace: Pace,
}

impl Official {
    async fn work(mut self, deadline: Instant) {
        // The live stream stays open for the run, read as the browser reads it.
        let stream = self
            .http
            .get(format!("{}/api/notifications/stream", self.base))
            .send()
            .await;
        let reader = match stream {
            Ok(mut response) if response.status().is_success() => Some(tokio::spawn(async move {
                while let Ok(Some(_)) = response.chunk().await {}
            })),
            Ok(response) => {
                self.stats
                    .fail("live stream", format!("{}", response.status()));
                None
            }
            Err(err) => {
                self.stats.fail("live stream", err.to_string());
                None
            }
        };
        // Officials do not all click at the same instant: at an official's pace, client k
        // takes its first step k/32 of the longest pause after the start. Started together,
        // the 32 first steps arrived within a millisecond and their queue was the run's p99.
        let start = self.pace.first_step(self.k);
        if !start.is_zero() {
            tokio::time::sleep(start).await;
        }
        while Instant::now() < deadline {
            // The mix: of every ten steps, three overviews, two requests opened, two
            // searches (each several calls), one send, one acceptance, one answer.
            let step = self.n % 10;
            self.n += 1;
            let done = match step {
                0 | 3 | 8 => self.overview().await,
                1 | 4 => self.open().await,
                2 | 6 => self.search().await,
                5 => self.send().await,
                7 => self.accept().await,
                _ => self.answer().await,
            };
            if let Err((operation, what)) = done {
                self.stats.fail(operation, what);
            }
            let pause = self.pace.between_steps(self.k, self.n);
            if !pause.is_zero() {
                tokio::time::sleep(pause.min(deadline.saturating_duration_since(Instant::now())))
                    .await;
            }
        }
        if let Some(reader) = reader {
            reader.abort();
        }
    }

    /// One call, timed under `operation`; its JSON body if it succeeded.
    async fn call(
        &self,
        operation: &'static str,
        request: reqwest::RequestBuilder,
    ) -> Result<Value, (&'static str, String)> {
        let started = Instant::now();
        let response = request
            .send()
            .await
            .map_err(|err| (operation, err.to_string()))?;
        let status = response.status();
        let body = response
            .bytes()
            .await
            .map_err(|err| (operation, err.to_string()))?;
        self.stats.record(operation, started.elapsed());

        if !status.is_success() {
            return Err((
                operation,
                format!("{status}: {}", String::from_utf8_lossy(&body)),
            ));
        }
        Ok(serde_json::from_slice(&body).unwrap_or(Value::Null))
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The first page of the box `which`, as the overview shows it.
    async fn overview_of(&self, which: &str) -> Result<Value, (&'static str, String)> {
        self.call(
            "overview",
            self.http
                .get(self.url(&format!("/api/requests?per_page=25&box={which}"))),
        )
        .await
    }

    async fn overview(&mut self) -> Result<(), (&'static str, String)> {
        let which = BOXES[(self.n / 10) % BOXES.len()];
        let page = self.overview_of(which).await?;
        self.seen = page["rows"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|row| row["id"].as_i64())
            .collect();
        Ok(())
    }

    async fn open(&mut self) -> Result<(), (&'static str, String)> {
        if self.seen.is_empty() {
            return self.overview().await;
        }
        let id = self.seen[self.n % self.seen.len()];
        self.call(
            "request page",
            self.http.get(self.url(&format!("/api/requests/{id}"))),
        )
        .await
        .map(drop)
    }

    async fn search(&mut self) -> Result<(), (&'static str, String)> {
        let word: Vec<char> = TYPED[(self.n / 10) % TYPED.len()].chars().collect();
        for typed in 3..=word.len() {
            if typed > 3 && !self.pace.between_keystrokes().is_zero() {
                tokio::time::sleep(self.pace.between_keystrokes()).await;
            }
            let text: String = word[..typed].iter().collect();
            self.call(
                "search (each keystroke)",
                self.http
                    .get(self.url("/api/authorities"))
                    .query(&[("q", text.as_str()), ("per_page", "20")]),
            )
            .await?;
        }
        Ok(())
    }

    async fn send(&mut self) -> Result<(), (&'static str, String)> {
        let draft = self
            .call(
                "compose (draft)",
                self.http.post(self.url("/api/requests")).json(&json!({
                    "area": AREA,
                    "responder": self.partner,
                    "subject": { "name": format!("Load Subject {}-{}", self.me, self.n) },
                    "questions": [{ "question": self.question }],
                    "requested_date": "2099-01-31",
                })),
            )
            .await?;
        let id = draft["id"].as_i64().unwrap_or_default();
        self.act("send", id, &draft["version"], json!({ "action": "send" }))
            .await
    }

    /// `action` on request `id` at `version`, as the request page sends it.
    async fn act(
        &self,
        operation: &'static str,
        id: i64,
        version: &Value,
        action: Value,
    ) -> Result<(), (&'static str, String)> {
        self.call(
            operation,
            self.http
                .post(self.url(&format!("/api/requests/{id}/actions")))
                .json(&json!({ "version": version, "action": action })),
        )
        .await
        .map(drop)
    }

    /// A request of the partner's in `which` box, with its version, opened as the page does.
    async fn partners(&self, which: &str) -> Result<Option<(i64, Value)>, (&'static str, String)> {
        let page = self.overview_of(which).await?;
        let id = page["rows"]
            .as_array()
            .into_iter()
            .flatten()
            .find_map(|row| {
                (row["requester"]["id"].as_i64() == Some(i64::from(self.partner)))
                    .then(|| row["id"].as_i64())
                    .flatten()
            });
        let Some(id) = id else {
            return Ok(None);
        };
        let view = self
            .call(
                "request page",
                self.http.get(self.url(&format!("/api/requests/{id}"))),
            )
            .await?;
        Ok(Some((id, view["version"].clone())))
    }

    async fn accept(&mut self) -> Result<(), (&'static str, String)> {
        let Some((id, version)) = self.partners("to_accept").await? else {
            return Ok(());
        };
        self.act(
            "accept",
            id,
            &version,
            json!({ "action": "accept", "deadline": "as_requested" }),
        )
        .await
    }

    async fn answer(&mut self) -> Result<(), (&'static str, String)> {
        let Some((id, _)) = self.partners("to_answer").await? else {
            return Ok(());
        };
        self.call(
            "upload a document",
            self.http
                .post(self.url(&format!("/api/requests/{id}/attachments")))
                .query(&[("name", "diploma.pdf")])
                .header("content-type", "application/pdf")
                .body(PDF.to_vec()),
        )
        .await?;
        // The upload moved the request's version on: read as the page would after it.
        let view = self
            .call(
                "request page",
                self.http.get(self.url(&format!("/api/requests/{id}"))),
            )
            .await?;
        let saved = self
            .call(
                "answer (save)",
                self.http
                    .put(self.url(&format!("/api/requests/{id}/answers")))
                    .json(&json!({ "version": view["version"], "answers": [
                        { "question": self.question,
                          "value": { "kind": "date", "date": "2005-07-15" } }
                    ] })),
            )
            .await?;
        self.act(
            "answer (send)",
            id,
            &saved["version"],
            json!({ "action": "answer" }),
        )
        .await
    }
}
