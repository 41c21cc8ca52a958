//! Backups and restores of a whole installation: the database and the documents' bytes, into
//! one folder and back.
//!
//! - SQLite is copied online with `VACUUM INTO`: one consistent file while the server goes on
//!   serving. PostgreSQL is dumped with `pg_dump --format=custom` (its own consistent
//!   snapshot) and restored with `pg_restore`; both tools come with PostgreSQL's client and
//!   must be at least the server's major version.
//! - The documents are copied after the database, every object of the store (folder or
//!   bucket) under `documents/`, so each document the database names is in the backup.
//! - A restore goes only into an empty database and an empty store: it never overwrites an
//!   installation. It then migrates the schema (a backup of an older release is brought up to
//!   date as a start would), and checks what came back: the audit log's chain, and every
//!   document's bytes against the hash its row keeps. A restore that does not check out says
//!   what is wrong and fails.
//!
//! A backup holds every piece of personal data of the installation, documents included: it is
//! as sensitive as the database itself (README, "Security").

use anyhow::{Context, bail, ensure};
use futures_util::TryStreamExt;
use object_store::ObjectStore;
use object_store::path::Path as BlobPath;
use sea_orm::{ConnectionTrait, Database, EntityTrait, PaginatorTrait, Statement};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::entities::{alert, attachment, request};

/// The file that describes a backup.
const MANIFEST: &str = "manifest.json";
/// The SQLite copy in a backup.
const SQLITE_FILE: &str = "database.sqlite3";
/// The PostgreSQL dump in a backup.
const PG_DUMP_FILE: &str = "database.pgdump";
/// The folder of the documents' bytes in a backup.
const DOCUMENTS: &str = "documents";

/// Which engine a database URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Engine {
    /// An SQLite file.
    Sqlite,
    /// A PostgreSQL database.
    Postgres,
}

impl Engine {
    fn of(url: &str) -> anyhow::Result<Engine> {
        if url.starts_with("sqlite:") {
            Ok(Engine::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Engine::Postgres)
        } else {
            bail!(
                "not an SQLite or PostgreSQL URL: {}",
                crate::db::redact(url)
            )
        }
    }
}

/// What a backup holds, written beside it as `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The engine it was taken from, which it restores into.
    pub engine: Engine,
    /// The release that took it.
    pub release: String,
    /// When it was taken (RFC 3339, UTC).
    pub taken_at: String,
    /// How many documents it holds.
    pub documents: u64,
    /// Their bytes, in all.
    pub document_bytes: u64,
}

/// What a restore found once it was done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Restored {
    /// The requests in the restored database.
    pub requests: u64,
    /// The alerts.
    pub alerts: u64,
    /// The documents, each found with the bytes its hash says.
    pub documents: u64,
    /// The audit log's lines, its chain verified.
    pub audit_lines: u64,
}

/// Backs up the configured database and document store into `dir`, a folder that does not
/// exist yet or is empty.
pub async fn backup(config: &Config, dir: &Path) -> anyhow::Result<Manifest> {
    let engine = Engine::of(&config.database_url)?;
    prepare_empty_dir(dir)?;
    // The schema first brought up to date, as the server would, so a backup is always of
    // this release's schema.
    let db = crate::db::connect(&config.database_url, 2).await?;
    match engine {
        Engine::Sqlite => {
            let target = dir.join(SQLITE_FILE);
            let target = target
                .to_str()
                .context("the backup folder's path is not UTF-8")?;
            // `VACUUM INTO` takes a string literal, not a parameter.
            let sql = format!("VACUUM INTO '{}'", target.replace('\'', "''"));
            db.execute_unprepared(&sql)
                .await
                .context("copying the SQLite database (VACUUM INTO)")?;
        }
        Engine::Postgres => {
            let target = dir.join(PG_DUMP_FILE);
            run_tool(
                std::process::Command::new("pg_dump")
                    .args(["--format=custom", "--no-owner", "--no-privileges", "--file"])
                    .arg(&target)
                    .arg(&config.database_url),
                "pg_dump",
            )?;
        }
    }
    db.close().await.ok();
    let store = crate::blobs::from_config(config).context("opening the document store")?;
    let (documents, document_bytes) = copy_out(store.as_ref(), &dir.join(DOCUMENTS)).await?;
    let manifest = Manifest {
        engine,
        release: env!("CARGO_PKG_VERSION").to_owned(),
        taken_at: chrono::Utc::now().to_rfc3339(),
        documents,
        document_bytes,
    };
    std::fs::write(dir.join(MANIFEST), serde_json::to_vec_pretty(&manifest)?)
        .context("writing the backup's manifest")?;
    Ok(manifest)
}

/// Restores the backup in `dir` into the configured database and document store, both empty,
/// and checks what came back.
pub async fn restore(config: &Config, dir: &Path) -> anyhow::Result<Restored> {
    let manifest: Manifest = serde_json::from_slice(
        &std::fs::read(dir.join(MANIFEST))
            .with_context(|| format!("{} holds no backup (no {MANIFEST})", dir.display()))?,
    )
    .context("reading the backup's manifest")?;
    let engine = Engine::of(&config.database_url)?;
    ensure!(
        engine == manifest.engine,
        "the backup is of {:?} and cannot be restored into {:?}",
        manifest.engine,
        engine
    );
    let store = crate::blobs::from_config(config).context("opening the document store")?;
    ensure!(
        store.list(None).try_next().await?.is_none(),
        "the document store is not empty: a restore never overwrites documents"
    );
    match engine {
        Engine::Sqlite => {
            let path = crate::db::sqlite_path(&config.database_url)
                .context("a restore needs an SQLite file, not an in-memory database")?;
            let path = PathBuf::from(path);
            ensure!(
                std::fs::metadata(&path).map_or(true, |m| m.len() == 0),
                "{} exists: a restore never overwrites a database",
                path.display()
            );
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::copy(dir.join(SQLITE_FILE), &path)
                .with_context(|| format!("copying the database to {}", path.display()))?;
        }
        Engine::Postgres => {
            ensure_empty_postgres(&config.database_url).await?;
            run_tool(
                std::process::Command::new("pg_restore")
                    .args([
                        "--no-owner",
                        "--no-privileges",
                        "--exit-on-error",
                        "--dbname",
                    ])
                    .arg(&config.database_url)
                    .arg(dir.join(PG_DUMP_FILE)),
                "pg_restore",
            )?;
        }
    }
    copy_in(store.as_ref(), &dir.join(DOCUMENTS)).await?;
    let db = crate::db::connect(&config.database_url, 2).await?;
    let restored = check(&db, store.as_ref()).await;
    db.close().await.ok();
    restored
}

/// What the restored installation holds, or what of it does not check out.
async fn check(
    db: &sea_orm::DatabaseConnection,
    store: &dyn ObjectStore,
) -> anyhow::Result<Restored> {
    let audit_lines = match crate::services::audit::verify(db).await? {
        Ok(lines) => lines,
        Err(broken) => bail!("the restored audit log's chain is broken: {broken}"),
    };
    let mut wrong = Vec::new();
    let mut documents = 0;
    for row in attachment::Entity::find().all(db).await? {
        let bytes = match store.get(&BlobPath::from(row.storage_key.as_str())).await {
            Ok(found) => found.bytes().await?,
            Err(object_store::Error::NotFound { .. }) => {
                wrong.push(format!("document {} is missing", row.id));
                continue;
            }
            Err(err) => return Err(err.into()),
        };
        if crate::datafiles::hex(Sha256::new_with_prefix(&bytes[..])) != row.sha256 {
            wrong.push(format!("document {} does not match its hash", row.id));
            continue;
        }
        documents += 1;
    }
    ensure!(
        wrong.is_empty(),
        "the restore is incomplete: {}",
        wrong.join("; ")
    );
    Ok(Restored {
        requests: request::Entity::find().count(db).await?,
        alerts: alert::Entity::find().count(db).await?,
        documents,
        audit_lines,
    })
}

/// Makes `dir`, or accepts it empty: a backup never mixes with another.
fn prepare_empty_dir(dir: &Path) -> anyhow::Result<()> {
    if dir.exists() {
        ensure!(
            std::fs::read_dir(dir)?.next().is_none(),
            "{} is not empty: a backup goes into a new folder",
            dir.display()
        );
    }
    std::fs::create_dir_all(dir.join(DOCUMENTS))
        .with_context(|| format!("creating {}", dir.display()))
}

/// A PostgreSQL database with no table of its own (a fresh `CREATE DATABASE`).
async fn ensure_empty_postgres(url: &str) -> anyhow::Result<()> {
    let db = Database::connect(url)
        .await
        .with_context(|| format!("connecting to {}", crate::db::redact(url)))?;
    let tables = db
        .query_one(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = current_schema()",
        ))
        .await?
        .and_then(|row| row.try_get::<i64>("", "n").ok())
        .unwrap_or_default();
    db.close().await.ok();
    ensure!(
        tables == 0,
        "the database has {tables} tables: a restore goes into an empty database (createdb)"
    );
    Ok(())
}

/// Runs a PostgreSQL tool, its error output in the error when it fails.
fn run_tool(command: &mut std::process::Command, name: &str) -> anyhow::Result<()> {
    let output = command.output().with_context(|| {
        format!(
            "running {name} (it comes with PostgreSQL's client, e.g. Debian's postgresql-client)"
        )
    })?;
    ensure!(
        output.status.success(),
        "{name} failed ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr).trim()
    );
    Ok(())
}

/// Copies every object of the store into `folder`, each at its key: how many, how many bytes.
async fn copy_out(store: &dyn ObjectStore, folder: &Path) -> anyhow::Result<(u64, u64)> {
    let objects: Vec<_> = store.list(None).try_collect().await?;
    let (mut count, mut bytes) = (0, 0);
    for meta in objects {
        let target = folder.join(safe_relative(meta.location.as_ref())?);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let body = store.get(&meta.location).await?.bytes().await?;
        std::fs::write(&target, &body).with_context(|| format!("writing {}", target.display()))?;
        count += 1;
        bytes += body.len() as u64;
    }
    Ok((count, bytes))
}

/// Puts every file under `folder` into the store, at its path under `folder`.
async fn copy_in(store: &dyn ObjectStore, folder: &Path) -> anyhow::Result<u64> {
    let mut count = 0;
    let mut pending = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let key = path
                .strip_prefix(folder)?
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let body = std::fs::read(&path)?;
            store
                .put(&BlobPath::from(key.as_str()), body.into())
                .await
                .with_context(|| format!("storing {key}"))?;
            count += 1;
        }
    }
    Ok(count)
}

/// A store key as a relative path that stays inside the backup's folder.
fn safe_relative(key: &str) -> anyhow::Result<PathBuf> {
    let path = PathBuf::from(key);
    ensure!(
        path.components()
            .all(|c| matches!(c, std::path::Component::Normal(_))),
        "the store holds a key that is no plain path: {key}"
    );
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engines_are_read_from_the_url() {
        assert_eq!(
            Engine::of("sqlite://data/imi.sqlite3?mode=rwc").unwrap(),
            Engine::Sqlite
        );
        assert_eq!(
            Engine::of("postgres://imi@db/imi").unwrap(),
            Engine::Postgres
        );
        assert!(Engine::of("mysql://x/y").is_err());
    }

    #[test]
    fn keys_stay_inside_the_backup() {
        assert_eq!(
            safe_relative("requests/7/ab12").unwrap(),
            PathBuf::from("requests/7/ab12")
        );
        assert!(safe_relative("../etc/passwd").is_err());
        assert!(safe_relative("/etc/passwd").is_err());
    }
}
