//! Alerts that ended (closed or withdrawn), as the retention job keeps them: blocked, then
//! deleted, after the days their kind defines (`services::retention` calls [`retain`]).

use super::*;
use crate::entities::outbox;
use crate::services::retention::{Context, Report};
use sea_orm::Condition;
use shared::Date;

/// The ended alerts of `kind` whose period of `days` has run out by `day`, as a condition.
fn alerts_ended_before(kind: &shared::alert::Kind, days: u16, day: Date) -> Option<Condition> {
    let last = day.add_days(-i64::from(days))?;
    Some(
        Condition::all()
            .add(alert::Column::Kind.eq(kind.id.as_str()))
            .add(alert::Column::State.is_in([
                shared::alert::AlertState::Closed.as_str(),
                shared::alert::AlertState::Withdrawn.as_str(),
            ]))
            .add(alert::Column::EndedOn.lte(last.to_string())),
    )
}

/// The retention job's step for alerts: blocks, then deletes, the ended alerts whose kind's periods have run out (`dry`: only says
/// which). Alerts are few next to requests: one transaction per step of each kind.
pub async fn retain(
    context: &Context<'_>,
    day: Date,
    report: &mut Report,
    dry: bool,
) -> Result<()> {
    for kind in &context.alert_kinds.kinds {
        if let Some(due) = alerts_ended_before(kind, kind.block_after_days, day) {
            let txn = context.db.begin().await?;
            if !dry {
                lock_first(&txn, due.clone()).await?;
            }
            let ids: Vec<i32> = alert::Entity::find()
                .select_only()
                .column(alert::Column::Id)
                .filter(due)
                .filter(alert::Column::BlockedAt.is_null())
                .into_tuple()
                .all(&txn)
                .await?;
            if !dry {
                alert::Entity::update_many()
                    .col_expr(alert::Column::BlockedAt, Expr::value(Some(context.now)))
                    .col_expr(
                        alert::Column::SubjectFolded,
                        Expr::value(Option::<String>::None),
                    )
                    .filter(alert::Column::Id.is_in(ids.clone()))
                    .exec(&txn)
                    .await?;
                txn.commit().await?;
            }
            report.alerts_blocked.extend(ids);
        }
        if let Some(due) = alerts_ended_before(kind, kind.delete_after_days, day) {
            let txn = context.db.begin().await?;
            if !dry {
                lock_first(&txn, due.clone()).await?;
            }
            let ids: Vec<i32> = alert::Entity::find()
                .select_only()
                .column(alert::Column::Id)
                .filter(due)
                .into_tuple()
                .all(&txn)
                .await?;
            let emails = outbox::Entity::find()
                .filter(outbox::Column::AlertId.is_in(ids.clone()))
                .count(&txn)
                .await?;
            if !dry {
                outbox::Entity::delete_many()
                    .filter(outbox::Column::AlertId.is_in(ids.clone()))
                    .exec(&txn)
                    .await?;
                // Its timeline, deliveries and notifications go with it (cascade).
                alert::Entity::delete_many()
                    .filter(alert::Column::Id.is_in(ids.clone()))
                    .exec(&txn)
                    .await?;
                txn.commit().await?;
            }
            report.emails_deleted += emails;
            report.alerts_deleted.extend(ids);
        }
    }
    Ok(())
}

/// A write to the rows `due` that changes nothing, first in the transaction: it takes
/// SQLite's write lock (and PostgreSQL's row locks) before the selection. On SQLite a
/// transaction that has read and then writes fails at once with `SQLITE_BUSY` when another
/// connection wrote in between (a user's change, the lease's renewal), where a first write
/// waits its turn; the suite saw the job fail so under load.
async fn lock_first(txn: &sea_orm::DatabaseTransaction, due: Condition) -> Result<()> {
    alert::Entity::update_many()
        .col_expr(
            alert::Column::BlockedAt,
            Expr::col(alert::Column::BlockedAt).into(),
        )
        .filter(due)
        .exec(txn)
        .await?;
    Ok(())
}
