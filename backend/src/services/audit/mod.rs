//! The audit log's one writer: who did what, to which request if any, with what detail.
//! Every service that records an act of a user (viewing personal data, an action on a
//! request, a change to the registry, a change of credentials) writes through here, so that
//! the log has one shape an auditor can read, and every line is chained to the one before it
//! (`chain`) in the transaction of the act it records.

pub mod chain;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TransactionTrait,
};
use serde::Serialize;

use crate::auth::Account;
use crate::entities::audit_log;
use crate::error::Result;
use chain::{Broken, GENESIS, Line, Walk};

/// The PostgreSQL advisory lock that lets one transaction at a time append to the chain.
const CHAIN_LOCK: i64 = 0x494d_495f_4155_4454; // "IMI_AUDT"

/// Lines read at a time when the whole log is walked.
const PAGE: u64 = 5_000;

/// Records that `user` did `action` (a stable snake_case code) at `at`, on `request_id` if
/// it concerns one, with `detail` (free text or JSON).
///
/// The line is chained to the last one. On SQLite the insert takes the database's one write
/// lock, so every line before it is committed and final. On PostgreSQL an advisory lock held
/// to the end of the transaction does the same: a second instance's line waits for this
/// transaction and then follows it, never the line before it.
pub async fn write<C>(
    db: &C,
    at: DateTime<Utc>,
    user: &Account,
    request_id: Option<i32>,
    action: &str,
    detail: Option<String>,
) -> Result<()>
where
    C: ConnectionTrait + TransactionTrait,
{
    // A transaction of its own, or a savepoint inside the caller's: the three statements
    // below land together or not at all.
    let txn = db.begin().await?;
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({CHAIN_LOCK})"))
            .await?;
    }
    let row = audit_log::ActiveModel {
        at: Set(chain::instant(at)),
        user_id: Set(user.user_id.0),
        authority_id: Set(user.member.authority().map(|id| id.0)),
        request_id: Set(request_id),
        action: Set(action.to_owned()),
        detail_hash: Set(chain::detail_hash(detail.as_deref())),
        detail: Set(detail),
        previous_hash: Set(String::new()),
        hash: Set(String::new()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let previous: Option<String> = audit_log::Entity::find()
        .select_only()
        .column(audit_log::Column::Hash)
        .filter(audit_log::Column::Id.lt(row.id))
        .order_by_desc(audit_log::Column::Id)
        .into_tuple()
        .one(&txn)
        .await?;
    let previous = previous.unwrap_or_else(|| GENESIS.to_owned());
    let hash = line_of(&row).hash_after(&previous);
    audit_log::Entity::update_many()
        .col_expr(audit_log::Column::PreviousHash, Expr::value(previous))
        .col_expr(audit_log::Column::Hash, Expr::value(hash))
        .filter(audit_log::Column::Id.eq(row.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Records an act that writes nothing else (viewing personal data, a download, a search of
/// the data subjects), in a transaction of its own that takes its turn among this
/// instance's writers (`db::Writers`).
pub async fn write_alone(
    state: &crate::AppState,
    user: &Account,
    request_id: Option<i32>,
    action: &str,
    detail: Option<String>,
) -> Result<()> {
    let _turn = state.writers.turn().await;
    write(
        &state.db,
        state.clock.now(),
        user,
        request_id,
        action,
        detail,
    )
    .await
}

fn line_of(row: &audit_log::Model) -> Line<'_> {
    Line {
        id: row.id,
        at: row.at,
        user_id: row.user_id,
        authority_id: row.authority_id,
        request_id: row.request_id,
        action: &row.action,
        detail_hash: &row.detail_hash,
    }
}

/// Walks the whole log in order and checks every link: how many lines hold, or the first
/// that does not.
pub async fn verify(db: &impl ConnectionTrait) -> Result<std::result::Result<u64, Broken>> {
    let mut walk = Walk::default();
    let mut after = 0;
    loop {
        let rows = audit_log::Entity::find()
            .filter(audit_log::Column::Id.gt(after))
            .order_by_asc(audit_log::Column::Id)
            .limit(PAGE)
            .all(db)
            .await?;
        let Some(last) = rows.last() else {
            return Ok(Ok(walk.lines));
        };
        after = last.id;
        for row in &rows {
            if let Err(broken) = walk.next(
                &line_of(row),
                row.detail.as_deref(),
                &row.previous_hash,
                &row.hash,
            ) {
                return Ok(Err(broken));
            }
        }
    }
}

/// Which lines an export holds.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Only those about this request.
    pub request: Option<i32>,
    /// Only those at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Only those before this instant.
    pub until: Option<DateTime<Utc>>,
}

/// One exported line: every field the hash covers, the detail (while it is kept) and the
/// chain's hashes, so that an auditor checks each line, and a whole export its order,
/// without the system.
#[derive(Debug, Clone, Serialize)]
pub struct Exported {
    pub id: i32,
    pub at: String,
    pub user_id: i32,
    pub authority_id: Option<i32>,
    pub request_id: Option<i32>,
    pub action: String,
    pub detail: Option<String>,
    pub detail_hash: String,
    pub previous_hash: String,
    pub hash: String,
}

/// The lines `selection` picks, oldest first, each handed to `emit` (one JSON line each in
/// the command's output).
pub async fn export(
    db: &impl ConnectionTrait,
    selection: &Selection,
    mut emit: impl FnMut(Exported) -> std::io::Result<()>,
) -> Result<u64> {
    let mut after = 0;
    let mut count = 0;
    loop {
        let mut query = audit_log::Entity::find()
            .filter(audit_log::Column::Id.gt(after))
            .order_by_asc(audit_log::Column::Id)
            .limit(PAGE);
        if let Some(request) = selection.request {
            query = query.filter(audit_log::Column::RequestId.eq(request));
        }
        if let Some(from) = selection.from {
            query = query.filter(audit_log::Column::At.gte(from));
        }
        if let Some(until) = selection.until {
            query = query.filter(audit_log::Column::At.lt(until));
        }
        let rows = query.all(db).await?;
        let Some(last) = rows.last() else {
            return Ok(count);
        };
        after = last.id;
        for row in rows {
            emit(Exported {
                id: row.id,
                at: chain::instant_text(row.at),
                user_id: row.user_id,
                authority_id: row.authority_id,
                request_id: row.request_id,
                action: row.action,
                detail: row.detail,
                detail_hash: row.detail_hash,
                previous_hash: row.previous_hash,
                hash: row.hash,
            })
            .map_err(anyhow::Error::from)?;
            count += 1;
        }
    }
}
