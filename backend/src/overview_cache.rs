//! The overview's cache. Every authority has a version of its requests in the database
//! (`authorities.requests_version`), raised in the same transaction as any change to a
//! request it is party to. A cached page is served only while that version is unchanged, so
//! no instance ever serves a page older than the last committed change, and a busy
//! authority's many users and reloads cost one small query each instead of the list's.

use axum::body::Bytes;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

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
    /// One computation of a key at a time on this instance: after a change, a busy
    /// authority's users all ask for the same pages at once, and one computes each while
    /// the others wait for its result instead of repeating it.
    computing: Mutex<HashMap<Key, Arc<tokio::sync::Mutex<()>>>>,
}

/// A turn at computing a key; the last one to leave removes the key's gate.
struct Turn<'a> {
    cache: &'a OverviewCache,
    key: &'a Key,
    gate: Arc<tokio::sync::Mutex<()>>,
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        if let Ok(mut computing) = self.cache.computing.lock()
            // The map's handle and this one: nobody else waits.
            && Arc::strong_count(&self.gate) == 2
        {
            computing.remove(self.key);
        }
    }
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

    /// The page for `key` at `version`: from the cache, or from `compute`, which runs once
    /// per key at a time however many callers miss at once (each waits for the one before
    /// and then finds its page, unless it read a newer version).
    pub async fn get_or_compute<F, Fut>(&self, key: Key, version: i64, compute: F) -> Result<Bytes>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<Bytes>>,
    {
        if let Some(page) = self.get(&key, version) {
            return Ok(page);
        }
        let gate = match self.computing.lock() {
            Ok(mut computing) => computing.entry(key.clone()).or_default().clone(),
            Err(_) => Arc::default(),
        };
        let turn = Turn {
            cache: self,
            key: &key,
            gate,
        };
        let _held = turn.gate.lock().await;
        if let Some(page) = self.get(&key, version) {
            return Ok(page);
        }
        let page = compute().await?;
        self.put(key.clone(), version, page.clone());
        Ok(page)
    }

    /// Keeps a page computed at `version`, unless a page of a newer version is kept already
    /// (a slow call that read its version before a change must not replace what a later
    /// call computed after it).
    pub fn put(&self, key: Key, version: i64, page: Bytes) {
        let added = weight(&key, &page);
        if added > MAX_BYTES {
            return;
        }
        if let Ok(mut entries) = self.entries.lock() {
            if entries.pages.get(&key).is_some_and(|(at, _)| *at > version) {
                return;
            }
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
///
/// It also tells the authorities' open live streams, once the transaction commits (`live`).
pub async fn bump(
    db: &impl ConnectionTrait,
    live: &crate::live::Live,
    authorities: &[i32],
) -> Result<()> {
    let mut ids: Vec<i32> = authorities.to_vec();
    ids.sort_unstable();
    ids.dedup();
    for &id in &ids {
        authority::Entity::update_many()
            .col_expr(
                authority::Column::RequestsVersion,
                Expr::col(authority::Column::RequestsVersion).add(1),
            )
            .filter(authority::Column::Id.eq(id))
            .exec(db)
            .await?;
    }
    let changes: Vec<crate::live::Change> = ids
        .into_iter()
        .map(crate::live::Change::Authority)
        .collect();
    live.publish(db, &changes).await
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

#[cfg(test)]
mod single_flight {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn callers_missing_at_once_compute_a_key_once() {
        let cache = Arc::new(OverviewCache::default());
        let computed = Arc::new(AtomicUsize::new(0));
        let key = (7, "box=all".to_owned(), "2026-12-06".to_owned());
        let calls = (0..16).map(|_| {
            let (cache, computed, key) = (cache.clone(), computed.clone(), key.clone());
            tokio::spawn(async move {
                cache
                    .get_or_compute(key, 3, || async {
                        computed.fetch_add(1, Ordering::SeqCst);
                        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                        Ok(Bytes::from_static(b"page"))
                    })
                    .await
            })
        });
        for call in futures_util::future::join_all(calls).await {
            assert_eq!(call.unwrap().unwrap().as_ref(), b"page");
        }
        assert_eq!(computed.load(Ordering::SeqCst), 1);
        // The gate is gone once nobody waits at it.
        assert!(cache.computing.lock().unwrap().is_empty());
        // A newer version computes again; the older one no longer replaces it.
        let newer = cache
            .get_or_compute(key.clone(), 4, || async {
                Ok(Bytes::from_static(b"newer"))
            })
            .await
            .unwrap();
        assert_eq!(newer.as_ref(), b"newer");
        cache.put(key.clone(), 3, Bytes::from_static(b"page"));
        assert_eq!(cache.get(&key, 4).as_deref(), Some(&b"newer"[..]));
    }
}
