//! The work each instance does besides answering requests, each on its own schedule: e-mail
//! delivery from the outbox, the report of requests nobody moved for two months, the
//! reminders of alerts whose decision no longer applies, the purge
//! of expired sessions and forgotten log-in attempts, the statistics' snapshot and the
//! retention of personal data. Every job is safe with several instances on one database
//! (each claims what it handles, holds a lease, or is idempotent); a failed run is logged and
//! the next one tries again.

use std::fmt::Display;
use std::future::Future;
use std::time::Duration;

use crate::services::{alerts, maintenance, notifications, requests, retention};
use crate::state::AppState;

/// How often the outbox is read: e-mails leave within seconds of the change they tell of.
const DELIVERY: Duration = Duration::from_secs(2);
/// Inactivity is a matter of months: a look every minute is plenty.
const INACTIVITY: Duration = Duration::from_secs(60);
/// An alert's reminder is due on a day: a look every ten minutes sends it early that day, and
/// the alert's `reminded_on` keeps it to one a day across instances.
const ALERT_REMINDERS: Duration = Duration::from_secs(10 * 60);
/// Expired rows only take room.
const PURGE: Duration = Duration::from_secs(10 * 60);
/// A server that starts reads what changed since the statistics' last snapshot: a few
/// minutes of changes read piece by piece, rather than every request (see
/// `services::statistics`). Writing it out costs a moment's encoding, and only when it moved.
const STATISTICS_SNAPSHOT: Duration = Duration::from_secs(5 * 60);

/// Blocking takes effect on its day whether or not the job has run (every read computes
/// it); the job records it and erases what is due, which an hour's delay does not change.
const RETENTION: Duration = Duration::from_secs(60 * 60);

/// Runs every job for ever (each first at once).
pub async fn run(state: AppState) {
    let transport = notifications::smtp_transport(&state);
    tokio::join!(
        every(&state, DELIVERY, "outbox delivery", || {
            notifications::deliver_once(&state, transport.as_ref())
        }),
        every(&state, INACTIVITY, "inactivity report", || {
            requests::report_inactive(&state)
        }),
        every(&state, ALERT_REMINDERS, "alert reminders", || {
            alerts::remind(&state)
        }),
        every(&state, PURGE, "purge", || maintenance::purge_now(&state)),
        every(&state, STATISTICS_SNAPSHOT, "statistics snapshot", || {
            state.statistics.save(&state.db)
        }),
        every(&state, RETENTION, "retention", || async {
            let report = retention::run(&state, false).await?;
            if !report.skipped {
                tracing::info!(
                    run = report.run,
                    blocked = report.blocked.len(),
                    erased = report.erased.len(),
                    drafts_deleted = report.drafts_deleted.len(),
                    documents_deleted = report.documents_deleted,
                    emails_deleted = report.emails_deleted,
                    "retention run"
                );
            }
            Ok::<_, crate::error::AppError>(())
        }),
    );
}

/// Runs `job` now and then every `period`, logging a failure under `name`.
///
/// Each run is a unit of work for the live updates (`live::Live::unit`).
async fn every<T, E, F, Fut>(state: &AppState, period: Duration, name: &str, mut job: F)
where
    E: Display,
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let mut interval = tokio::time::interval(period);
    loop {
        interval.tick().await;
        if let Err(err) = state.live.unit(job()).await {
            tracing::warn!(error = %err, job = name, "a scheduled job failed");
        }
    }
}
