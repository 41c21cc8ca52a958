//! The tasks `imi-server` runs on its database instead of serving: the audit log's
//! verification and export, the retention job, and backup and restore (`backup.rs`). Each connects (migrating the schema as the server would), does
//! its work, and says what it found on standard error; data goes to standard output.

use std::io::Write;

use anyhow::Context;

use crate::config::{AuditCommand, Command, Config};
use crate::services::{audit, retention};

/// Runs `command` against the configured database: whether what it checked held (the
/// process's exit status).
pub async fn run(config: &Config, command: &Command) -> anyhow::Result<bool> {
    // A backup and a restore open the database themselves: a restore must find it empty,
    // before any migration has created a table.
    match command {
        Command::Backup { to } => {
            let manifest = crate::backup::backup(config, to).await?;
            println!("{}", serde_json::to_string_pretty(&manifest)?);
            eprintln!(
                "backed up into {}: the database and {} documents ({} bytes)",
                to.display(),
                manifest.documents,
                manifest.document_bytes
            );
            return Ok(true);
        }
        Command::Restore { from } => {
            let restored = crate::backup::restore(config, from).await?;
            println!("{}", serde_json::to_string_pretty(&restored)?);
            eprintln!(
                "restored from {}: {} requests, {} alerts, {} documents checked against their hashes, {} audit lines in an unbroken chain",
                from.display(),
                restored.requests,
                restored.alerts,
                restored.documents,
                restored.audit_lines
            );
            return Ok(true);
        }
        _ => {}
    }
    let db = crate::db::connect(&config.database_url, 2).await?;
    match command {
        Command::Backup { .. } | Command::Restore { .. } => unreachable!("handled above"),
        Command::Audit(AuditCommand::Verify) => match audit::verify(&db).await? {
            Ok(lines) => {
                eprintln!("the audit log's chain holds: {lines} lines verified");
                Ok(true)
            }
            Err(broken) => {
                eprintln!("the audit log's chain is broken: {broken}");
                Ok(false)
            }
        },
        Command::Retention { dry_run } => {
            let policy = crate::retention_policy::read(&config.retention_policy)?;
            let alert_kinds = crate::alert_kinds::read(&config.alerts_dir)?;
            let blobs =
                crate::blobs::from_config(config).context("opening the attachment store")?;
            let context = retention::Context {
                db: &db,
                blobs: blobs.as_ref(),
                policy: &policy,
                alert_kinds: &alert_kinds,
                now: chrono::Utc::now(),
                live: &crate::live::Live::publisher(&db),
            };
            let report = retention::run_with(&context, *dry_run).await?;
            println!("{}", serde_json::to_string_pretty(&report)?);
            eprintln!(
                "{}{} requests blocked, {} erased, {} untouched drafts deleted, {} alerts blocked, {} alerts deleted, {} documents and {} e-mails removed{}",
                if *dry_run { "dry run: would have " } else { "" },
                report.blocked.len(),
                report.erased.len(),
                report.drafts_deleted.len(),
                report.alerts_blocked.len(),
                report.alerts_deleted.len(),
                report.documents_deleted,
                report.emails_deleted,
                if report.skipped {
                    " (another instance is running it)"
                } else {
                    ""
                },
            );
            Ok(!report.skipped)
        }
        Command::Audit(AuditCommand::Export { request, from, to }) => {
            let midnight = |day: chrono::NaiveDate| day.and_time(chrono::NaiveTime::MIN).and_utc();
            let selection = audit::Selection {
                request: *request,
                from: from.map(midnight),
                until: to.and_then(|day| day.succ_opt()).map(midnight),
            };
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let lines = audit::export(&db, &selection, |line| {
                serde_json::to_writer(&mut out, &line)?;
                out.write_all(b"\n")
            })
            .await?;
            out.flush().context("writing the export")?;
            eprintln!("{lines} audit lines exported");
            Ok(true)
        }
    }
}
