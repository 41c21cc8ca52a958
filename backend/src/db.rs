//! Connecting to SQLite or PostgreSQL and running the migrations.

use anyhow::Context;
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend};
use sea_orm_migration::MigratorTrait;
use std::sync::Arc;
use std::time::Duration;

use crate::migration::Migrator;

/// Opens the pool and brings the schema up to date.
pub async fn connect(url: &str, max_connections: u32) -> anyhow::Result<DatabaseConnection> {
    // SQLite creates the file but not its folder; the default lives under ./data/.
    if let Some(path) = sqlite_path(url)
        && let Some(parent) = std::path::Path::new(&path).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating the database folder {}", parent.display()))?;
    }
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(max_connections)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(5))
        // Every statement with its duration, at `info` under the `sqlx::query` target, when
        // `IMI_SQL_LOG` is set: for finding what a slow call spends its time on.
        .sqlx_logging(std::env::var_os("IMI_SQL_LOG").is_some())
        .sqlx_logging_level(tracing::log::LevelFilter::Info);
    // These settings are per connection, so they are set on the connect options rather than
    // run once as statements: WAL lets readers work while one writer commits, and the busy
    // timeout makes concurrent writers wait instead of failing with SQLITE_BUSY.
    options.map_sqlx_sqlite_opts(|o| {
        o.create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
    });
    let db = Database::connect(options)
        .await
        .with_context(|| format!("connecting to {}", redact(url)))?;
    Migrator::up(&db, None)
        .await
        .context("running the database migrations")?;
    Ok(db)
}

/// The queue in which this instance's write transactions take SQLite's one write lock.
///
/// SQLite lets one connection write at a time. The others wait in its busy handler, which
/// sleeps and tries again, sleeping longer the longer it has waited (up to 100 ms a sleep),
/// in no order. Under a few dozen writers that is unfair in the worst way: a writer that has
/// waited long tries least often and loses the lock to newcomers, so a few calls wait most
/// of a second while the lock sits idle between sleeps. Here a write transaction first takes
/// a turn (a first-come, first-served semaphore of one), so that writers queue in the order
/// they came and each starts as soon as the one before it has finished.
///
/// PostgreSQL locks rows, not the database, and several instances share it: there a turn
/// holds nothing. Single-statement writes outside a transaction do not take a turn; they
/// wait for at most the one transaction that holds it, in the busy handler as before.
#[derive(Clone)]
pub struct Writers(Option<Arc<tokio::sync::Semaphore>>);

/// A writer's turn: the next writer's starts when this one is dropped, which is after its
/// transaction has been committed or rolled back.
#[must_use = "the turn ends when it is dropped: bind it for as long as the writing lasts"]
pub struct Turn {
    _permit: Option<tokio::sync::OwnedSemaphorePermit>,
}

impl Writers {
    /// The queue for `db`'s engine.
    pub fn for_engine(db: &DatabaseConnection) -> Writers {
        Writers(
            (db.get_database_backend() == DbBackend::Sqlite)
                .then(|| Arc::new(tokio::sync::Semaphore::new(1))),
        )
    }

    /// Waits for this writer's turn.
    pub async fn turn(&self) -> Turn {
        match &self.0 {
            // The semaphore is never closed, so acquiring fails only if it were; a writer
            // then goes without a turn, as on PostgreSQL, rather than not at all.
            Some(queue) => Turn {
                _permit: queue.clone().acquire_owned().await.ok(),
            },
            None => Turn { _permit: None },
        }
    }
}

/// Held while an instance starts: the migrations, the catalogue and the demo data are each
/// written by the first instance alone, and an instance that starts at the same moment
/// waits for it, then finds them there. On PostgreSQL it is a session advisory lock on a
/// connection of its own, so a start that dies lets go of it with its connection. SQLite
/// serves one instance (the file's lock keeps out a second writer, not a second start):
/// there it holds nothing.
pub struct StartupLock {
    held: Option<DatabaseConnection>,
}

/// The advisory lock's key: "IMISTART" in ASCII.
const STARTUP_LOCK: i64 = 0x494D_4953_5441_5254;

impl StartupLock {
    /// Waits until no other instance is starting on the database at `url`, then holds it.
    pub async fn take(url: &str) -> anyhow::Result<StartupLock> {
        if !url.starts_with("postgres") {
            return Ok(StartupLock { held: None });
        }
        let mut options = ConnectOptions::new(url.to_owned());
        options
            .max_connections(1)
            .min_connections(1)
            .connect_timeout(Duration::from_secs(5))
            .sqlx_logging(false);
        let db = Database::connect(options)
            .await
            .with_context(|| format!("connecting to {}", redact(url)))?;
        db.execute_unprepared(&format!("SELECT pg_advisory_lock({STARTUP_LOCK})"))
            .await
            .context("waiting for another instance's start")?;
        Ok(StartupLock { held: Some(db) })
    }

    /// Lets the next instance start.
    pub async fn release(self) -> anyhow::Result<()> {
        if let Some(db) = self.held {
            db.execute_unprepared(&format!("SELECT pg_advisory_unlock({STARTUP_LOCK})"))
                .await?;
            db.close().await?;
        }
        Ok(())
    }
}

/// A second, small pool for `/api/health` alone: it keeps one connection open and is not
/// shared with the traffic, so a busy moment of the main pool never makes the instance look
/// down (see `routes::health` for how it answers at once when the database is gone).
pub async fn probe(url: &str) -> anyhow::Result<DatabaseConnection> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(2)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(2))
        .acquire_timeout(Duration::from_secs(5))
        .sqlx_logging(false);
    options.map_sqlx_sqlite_opts(|o| {
        o.journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(Duration::from_secs(1))
    });
    Database::connect(options)
        .await
        .with_context(|| format!("connecting the health probe to {}", redact(url)))
}

/// The engine's name as reported by `/api/health`.
pub fn engine_name(db: &DatabaseConnection) -> &'static str {
    match db.get_database_backend() {
        DbBackend::Sqlite => "sqlite",
        DbBackend::Postgres => "postgres",
        DbBackend::MySql => "mysql",
    }
}

pub(crate) fn sqlite_path(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| path.to_owned())
}

/// The URL without its password, for logs and error messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{}:***{}", &url[..scheme_end + 3], user, &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_paths() {
        assert_eq!(
            sqlite_path("sqlite://data/imi.sqlite3?mode=rwc").as_deref(),
            Some("data/imi.sqlite3")
        );
        assert_eq!(sqlite_path("sqlite::memory:"), None);
        assert_eq!(sqlite_path("postgres://x@y/z"), None);
    }

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact("postgres://imi:secret@db:5432/imi"),
            "postgres://imi:***@db:5432/imi"
        );
        assert_eq!(
            redact("postgres://postgres@127.0.0.1/x"),
            "postgres://postgres@127.0.0.1/x"
        );
    }
}
