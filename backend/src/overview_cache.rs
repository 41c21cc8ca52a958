//! The overview's cache. Every authority has a version of its requests in the database
//! (`authorities.requests_version`), raised in the same transaction as any change to a
//! request it is party to. A cached page is served only while that version is unchanged, so
//! no instance ever serves a page older than the last committed change, and a busy
//! authority's many users and reloads cost one small query each instead of the list's.

use axum::body::Bytes;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;
use std::sync::Mutex;

use crate::entities::authority;
use crate::error::Result;

/// Entries kept before the cache starts afresh; a simple bound on memory.
const MAX_ENTRIES: usize = 20_000;

/// (authority, normalised query, day): the day matters because "overdue" does.
type Key = (i32, String, String);

/// Serialised pages by authority and query, with the version they were computed at.
#[derive(Debug, Default)]
pub struct OverviewCache {
    entries: Mutex<HashMap<Key, (i64, Bytes)>>,
}

impl OverviewCache {
    /// The page for `key` if it was computed at `version`.
    pub fn get(&self, key: &Key, version: i64) -> Option<Bytes> {
        let entries = self.entries.lock().ok()?;
        entries
            .get(key)
            .filter(|(at, _)| *at == version)
            .map(|(_, page)| page.clone())
    }

    /// Keeps a page computed at `version`.
    pub fn put(&self, key: Key, version: i64, page: Bytes) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(key, (version, page));
        }
    }
}

/// The authority's current version of its requests.
pub async fn version(db: &impl ConnectionTrait, authority_id: i32) -> Result<i64> {
    let version: Option<i64> = authority::Entity::find_by_id(authority_id)
        .select_only()
        .column(authority::Column::RequestsVersion)
        .into_tuple()
        .one(db)
        .await?;
    Ok(version.unwrap_or(0))
}

/// Raises the versions of the authorities whose requests changed; call it inside the
/// change's transaction.
pub async fn bump(db: &impl ConnectionTrait, authorities: &[i32]) -> Result<()> {
    let mut ids: Vec<i32> = authorities.to_vec();
    // One statement in id order: concurrent changes lock the rows in the same order.
    ids.sort_unstable();
    ids.dedup();
    authority::Entity::update_many()
        .col_expr(
            authority::Column::RequestsVersion,
            Expr::col(authority::Column::RequestsVersion).add(1),
        )
        .filter(authority::Column::Id.is_in(ids))
        .exec(db)
        .await?;
    Ok(())
}
