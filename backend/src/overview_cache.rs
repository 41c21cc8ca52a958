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

/// Entries kept before the cache starts afresh.
const MAX_ENTRIES: usize = 20_000;
/// Bytes of pages (and their keys) kept before the cache starts afresh: what bounds its
/// memory, since a page of 100 rows weighs far more than one of 25, and a client chooses
/// its query (so its key) freely.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

/// (authority, normalised query, day): the day matters because "overdue" does.
type Key = (i32, String, String);

/// Serialised pages by authority and query, with the version they were computed at.
#[derive(Debug, Default)]
pub struct OverviewCache {
    entries: Mutex<Entries>,
}

#[derive(Debug, Default)]
struct Entries {
    pages: HashMap<Key, (i64, Bytes)>,
    bytes: usize,
}

fn weight(key: &Key, page: &Bytes) -> usize {
    key.1.len() + key.2.len() + page.len() + 64
}

impl OverviewCache {
    /// The page for `key` if it was computed at `version`.
    pub fn get(&self, key: &Key, version: i64) -> Option<Bytes> {
        let entries = self.entries.lock().ok()?;
        entries
            .pages
            .get(key)
            .filter(|(at, _)| *at == version)
            .map(|(_, page)| page.clone())
    }

    /// Keeps a page computed at `version`.
    pub fn put(&self, key: Key, version: i64, page: Bytes) {
        let added = weight(&key, &page);
        if added > MAX_BYTES {
            return;
        }
        if let Ok(mut entries) = self.entries.lock() {
            if entries.pages.len() >= MAX_ENTRIES || entries.bytes + added > MAX_BYTES {
                entries.pages.clear();
                entries.bytes = 0;
            }
            if let Some((_, old)) = entries.pages.get(&key) {
                let removed = weight(&key, old);
                entries.bytes -= removed;
            }
            entries.pages.insert(key, (version, page));
            entries.bytes += added;
        }
    }

    /// The bytes held now.
    pub fn bytes(&self) -> usize {
        self.entries.lock().map_or(0, |entries| entries.bytes)
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
/// change's transaction, once, with every authority the change touches.
///
/// One row at a time in ascending id order: two transactions then always lock the same
/// rows in the same order and cannot deadlock. (A single `UPDATE ... WHERE id IN (...)`
/// locks rows in whatever order its plan visits them, which on PostgreSQL need not be the
/// ids' order.)
pub async fn bump(db: &impl ConnectionTrait, authorities: &[i32]) -> Result<()> {
    let mut ids: Vec<i32> = authorities.to_vec();
    ids.sort_unstable();
    ids.dedup();
    for id in ids {
        authority::Entity::update_many()
            .col_expr(
                authority::Column::RequestsVersion,
                Expr::col(authority::Column::RequestsVersion).add(1),
            )
            .filter(authority::Column::Id.eq(id))
            .exec(db)
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_is_bounded_by_bytes_not_only_entries() {
        let cache = OverviewCache::default();
        let page = Bytes::from(vec![b'x'; 1024 * 1024]);
        for i in 0..200 {
            cache.put(
                (1, format!("query {i}"), "2026-12-04".into()),
                1,
                page.clone(),
            );
            assert!(
                cache.bytes() <= MAX_BYTES,
                "{} bytes after {i}",
                cache.bytes()
            );
        }
        // Replacing an entry does not count it twice.
        let key = (2, "q".to_owned(), "d".to_owned());
        cache.put(key.clone(), 1, Bytes::from_static(b"one"));
        let before = cache.bytes();
        cache.put(key.clone(), 2, Bytes::from_static(b"two"));
        assert_eq!(cache.bytes(), before);
        assert_eq!(cache.get(&key, 2).as_deref(), Some(&b"two"[..]));
    }
}
