//! Housekeeping that keeps the database from growing without bound: expired sessions,
//! log-in attempt counts nobody has touched for a day and the answers kept for repeated
//! writes (`crate::idempotency`) past their week are deleted. Every instance runs it;
//! the deletes are idempotent, so two instances running it at once do no harm.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::entities::session;
use crate::error::Result;
use crate::state::AppState;
use crate::throttle;

/// What one purge removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Purged {
    /// Sessions past their expiry.
    pub sessions: u64,
    /// Log-in attempt counts quiet for a day.
    pub attempts: u64,
    /// Answers kept for repeated writes, past their week.
    pub answers: u64,
}

/// Deletes what expired by `now`.
pub async fn purge(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<Purged> {
    let sessions = session::Entity::delete_many()
        .filter(session::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?
        .rows_affected;
    let attempts = throttle::purge(db, now).await?;
    let answers = crate::idempotency::purge(db, now).await?;
    Ok(Purged {
        sessions,
        attempts,
        answers,
    })
}

/// Purges what expired by the app's clock, and says so in the log when it removed anything.
pub async fn purge_now(state: &AppState) -> Result<Purged> {
    let purged = purge(&state.db, state.clock.now()).await?;
    if purged != Purged::default() {
        tracing::info!(?purged, "purged expired rows");
    }
    Ok(purged)
}
