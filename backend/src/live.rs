//! Live updates pushed to the open streams (`GET /api/notifications/stream`) instead of each
//! stream asking the database every few seconds.
//!
//! A change says whom it concerns (`Change`): an authority whose requests changed, a user
//! whose notifications or sessions changed, or everyone. Each open stream registers a
//! `Watch` under its user and its authority, and computes its counters again only when it is
//! woken; an idle stream asks the database nothing.
//!
//! A change must reach the streams only once it is committed, or a stream would compute its
//! counters from the old data and miss it. The two engines give that in different ways:
//! - **PostgreSQL:** `pg_notify` inside the change's transaction is delivered when, and only
//!   if, the transaction commits, to every instance listening on the channel (this one too).
//!   Each instance holds one listening connection ([`listen`]) and wakes its own streams. A
//!   listener that lost its connection wakes every stream once it is back, since it may have
//!   missed changes in between.
//! - **SQLite:** one instance. Every API call and every run of a scheduled job is a unit of
//!   work ([`Live::unit`]): what it publishes is kept and woken when it has finished, by when
//!   its transactions have committed (or rolled back, and then a woken stream finds nothing
//!   new). A publication outside a unit (a task of its own) goes to the dispatcher
//!   ([`dispatch`]). It was published after its change's first write, so its transaction holds
//!   the write lock; the dispatcher takes that lock itself (`BEGIN IMMEDIATE`) before it
//!   wakes anyone, which it can do only once that transaction has ended. Units are the rule,
//!   not the dispatcher, because taking the write lock makes another transaction that has
//!   read and now wants to write fail at once with `SQLITE_BUSY` instead of waiting.

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::{Notify, mpsc};

use crate::error::Result;

tokio::task_local! {
    /// The SQLite changes published by the current unit of work, woken when it ends.
    static PENDING: std::cell::RefCell<Vec<Change>>;
}

/// The PostgreSQL channel changes travel on.
const CHANNEL: &str = "imi_live";

/// PostgreSQL refuses a payload of 8,000 bytes or more; a longer list is sent in pieces.
const MAX_PAYLOAD: usize = 7_000;

/// Whom a change concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Change {
    /// The requests (and so the counters and the notifications) of this authority's staff.
    Authority(i32),
    /// One user: their notifications, alert notices or sessions.
    User(i32),
    /// Every stream, e.g. after a listener missed changes.
    Everyone,
}

impl Change {
    fn encode(self) -> String {
        match self {
            Change::Authority(id) => format!("a{id}"),
            Change::User(id) => format!("u{id}"),
            Change::Everyone => "*".to_owned(),
        }
    }

    fn decode(text: &str) -> Option<Change> {
        if text == "*" {
            return Some(Change::Everyone);
        }
        let (kind, id) = text.split_at_checked(1)?;
        let id = id.parse().ok()?;
        match kind {
            "a" => Some(Change::Authority(id)),
            "u" => Some(Change::User(id)),
            _ => None,
        }
    }
}

/// The payload of one notification: changes separated by commas.
fn decode_payload(payload: &str) -> Vec<Change> {
    payload.split(',').filter_map(Change::decode).collect()
}

/// The payloads that carry `changes`, each under [`MAX_PAYLOAD`] bytes.
fn payloads(changes: &[Change]) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for change in changes {
        let text = change.encode();
        if !current.is_empty() && current.len() + 1 + text.len() > MAX_PAYLOAD {
            out.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(',');
        }
        current.push_str(&text);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

type Watchers = HashMap<i32, HashMap<u64, Arc<Notify>>>;

#[derive(Debug, Default)]
struct Registry {
    by_authority: Watchers,
    by_user: Watchers,
}

/// Where published changes go.
#[derive(Debug, Default)]
enum Route {
    /// Nowhere: a process that serves no streams and cannot reach the server's (a command
    /// run beside a SQLite server; its streams see the change at their next one).
    #[default]
    Nowhere,
    /// `pg_notify`, heard by every instance on the database.
    Notify,
    /// This instance's SQLite dispatcher.
    Dispatcher(mpsc::UnboundedSender<Vec<Change>>),
}

#[derive(Debug, Default)]
struct Inner {
    registry: Mutex<Registry>,
    next: AtomicU64,
    /// Where changes go.
    route: Route,
    /// Changes published since the start, and streams woken: for the benchmark's figures.
    published: AtomicU64,
    woken: AtomicU64,
}

/// This instance's open streams, and the way changes reach them.
#[derive(Clone, Debug, Default)]
pub struct Live {
    inner: Arc<Inner>,
}

/// A stream's registration: [`Watch::changed`] returns when something of its user's or its
/// authority's changed since the last call. Dropping it unregisters the stream.
#[derive(Debug)]
pub struct Watch {
    id: u64,
    user: i32,
    authority: Option<i32>,
    notify: Arc<Notify>,
    live: Arc<Inner>,
}

impl Watch {
    /// Waits for a change (one that came while nobody waited counts too).
    pub async fn changed(&self) {
        self.notify.notified().await;
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Ok(mut registry) = self.live.registry.lock() {
            let registry = &mut *registry;
            remove(&mut registry.by_user, self.user, self.id);
            if let Some(authority) = self.authority {
                remove(&mut registry.by_authority, authority, self.id);
            }
        }
    }
}

fn remove(watchers: &mut Watchers, key: i32, id: u64) {
    if let Some(set) = watchers.get_mut(&key) {
        set.remove(&id);
        if set.is_empty() {
            watchers.remove(&key);
        }
    }
}

/// Figures for the benchmark.
#[derive(Clone, Copy, Debug, Default)]
pub struct LiveFigures {
    /// Streams registered now.
    pub streams: usize,
    /// Changes published by this instance since it started.
    pub published: u64,
    /// Times a stream was woken since the start.
    pub woken: u64,
}

impl Live {
    /// The streams' registry for the database `db`: on SQLite it starts the dispatcher, on
    /// PostgreSQL the listener (both run as long as the process).
    pub fn start(db: &DatabaseConnection, database_url: &str) -> Live {
        match db.get_database_backend() {
            DbBackend::Postgres => {
                let live = Live::with_route(Route::Notify);
                tokio::spawn(listen(database_url.to_owned(), live.clone()));
                live
            }
            _ => {
                let (queue, receiver) = mpsc::unbounded_channel();
                let live = Live::with_route(Route::Dispatcher(queue));
                tokio::spawn(dispatch(db.clone(), receiver, live.clone()));
                live
            }
        }
    }

    /// For a process that changes data but serves no streams (a command): on PostgreSQL its
    /// changes still reach the serving instances' streams.
    pub fn publisher(db: &DatabaseConnection) -> Live {
        match db.get_database_backend() {
            DbBackend::Postgres => Live::with_route(Route::Notify),
            _ => Live::default(),
        }
    }

    fn with_route(route: Route) -> Live {
        Live {
            inner: Arc::new(Inner {
                route,
                ..Inner::default()
            }),
        }
    }

    /// Registers a stream of `user`, a member of `authority` (none for the Commission).
    pub fn watch(&self, user: i32, authority: Option<i32>) -> Watch {
        let id = self.inner.next.fetch_add(1, Ordering::Relaxed);
        let notify = Arc::new(Notify::new());
        if let Ok(mut registry) = self.inner.registry.lock() {
            registry
                .by_user
                .entry(user)
                .or_default()
                .insert(id, notify.clone());
            if let Some(authority) = authority {
                registry
                    .by_authority
                    .entry(authority)
                    .or_default()
                    .insert(id, notify.clone());
            }
        }
        Watch {
            id,
            user,
            authority,
            notify,
            live: self.inner.clone(),
        }
    }

    /// Tells the streams of every instance of `changes`, once the transaction `db` is part
    /// of has committed (immediately when `db` is the pool). Call it after the change's
    /// first write: on SQLite that is what makes the dispatcher wait for the commit.
    pub async fn publish(&self, db: &impl ConnectionTrait, changes: &[Change]) -> Result<()> {
        if changes.is_empty() {
            return Ok(());
        }
        self.inner
            .published
            .fetch_add(changes.len() as u64, Ordering::Relaxed);
        match &self.inner.route {
            Route::Nowhere => {}
            Route::Dispatcher(queue) => {
                let kept = PENDING.try_with(|pending| pending.borrow_mut().extend(changes));
                if kept.is_err() {
                    // A dispatcher that is gone (the runtime is shutting down) has no streams
                    // left to wake.
                    let _ = queue.send(changes.to_vec());
                }
            }
            Route::Notify => {
                for payload in payloads(changes) {
                    db.execute(Statement::from_sql_and_values(
                        DbBackend::Postgres,
                        "SELECT pg_notify($1, $2)",
                        [CHANNEL.into(), payload.into()],
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }

    /// Runs `work` (an API call, a job's run) as a unit: on SQLite, what it publishes wakes
    /// the streams once it has finished. Elsewhere it only runs it.
    pub async fn unit<F: std::future::Future>(&self, work: F) -> F::Output {
        if !matches!(self.inner.route, Route::Dispatcher(_)) {
            return work.await;
        }
        let (output, pending) = PENDING
            .scope(std::cell::RefCell::new(Vec::new()), async {
                let output = work.await;
                (output, PENDING.with(std::cell::RefCell::take))
            })
            .await;
        if !pending.is_empty() {
            self.wake(&pending);
        }
        output
    }

    /// Wakes this instance's streams that `changes` concern.
    fn wake(&self, changes: &[Change]) {
        let Ok(registry) = self.inner.registry.lock() else {
            return;
        };
        let mut woken = 0u64;
        let mut wake = |set: Option<&HashMap<u64, Arc<Notify>>>| {
            for notify in set.into_iter().flat_map(HashMap::values) {
                notify.notify_one();
                woken += 1;
            }
        };
        for change in changes {
            match change {
                Change::Authority(id) => wake(registry.by_authority.get(id)),
                Change::User(id) => wake(registry.by_user.get(id)),
                Change::Everyone => {
                    for set in registry.by_user.values() {
                        wake(Some(set));
                    }
                }
            }
        }
        self.inner.woken.fetch_add(woken, Ordering::Relaxed);
    }

    /// The figures so far.
    pub fn figures(&self) -> LiveFigures {
        LiveFigures {
            streams: self.inner.registry.lock().map_or(0, |registry| {
                registry.by_user.values().map(HashMap::len).sum()
            }),
            published: self.inner.published.load(Ordering::Relaxed),
            woken: self.inner.woken.load(Ordering::Relaxed),
        }
    }
}

/// SQLite: wakes the streams of each batch of changes once the transactions that published
/// them have ended (see the module's documentation).
async fn dispatch(
    db: DatabaseConnection,
    mut receiver: mpsc::UnboundedReceiver<Vec<Change>>,
    live: Live,
) {
    while let Some(first) = receiver.recv().await {
        let mut changes = first;
        while let Ok(more) = receiver.try_recv() {
            changes.extend(more);
        }
        changes.sort_unstable_by_key(|change| change.encode());
        changes.dedup();
        // The write lock, taken and given back at once. A busy database (a writer holding
        // the lock beyond the busy timeout) is waited for again rather than given up on.
        loop {
            match write_barrier(&db).await {
                Ok(()) => break,
                Err(err) => {
                    tracing::warn!(error = %err, "live updates wait for the database");
                    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
                }
            }
        }
        live.wake(&changes);
    }
}

async fn write_barrier(db: &DatabaseConnection) -> std::result::Result<(), sea_orm::sqlx::Error> {
    let pool = db.get_sqlite_connection_pool();
    let mut connection = pool.acquire().await?;
    sea_orm::sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut *connection)
        .await?;
    sea_orm::sqlx::query("ROLLBACK")
        .execute(&mut *connection)
        .await?;
    Ok(())
}

/// PostgreSQL: listens on [`CHANNEL`] on a connection of its own and wakes this instance's
/// streams. After a lost connection (or before the first), every stream is woken once the
/// listener is back, since changes may have gone by unheard.
async fn listen(database_url: String, live: Live) {
    use sea_orm::sqlx::postgres::PgListener;
    let mut backoff = std::time::Duration::from_millis(100);
    loop {
        let listener = async {
            let mut listener = PgListener::connect(&database_url).await?;
            listener.listen(CHANNEL).await?;
            Ok::<_, sea_orm::sqlx::Error>(listener)
        }
        .await;
        let mut listener = match listener {
            Ok(listener) => listener,
            Err(err) => {
                tracing::warn!(error = %err, "live updates: cannot listen, trying again");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(std::time::Duration::from_secs(5));
                continue;
            }
        };
        backoff = std::time::Duration::from_millis(100);
        live.wake(&[Change::Everyone]);
        loop {
            match listener.try_recv().await {
                Ok(Some(notification)) => live.wake(&decode_payload(notification.payload())),
                Ok(None) => {
                    // Reconnected inside `try_recv` on the next call; what was missed in
                    // between is made up for by waking everyone.
                    tracing::warn!("live updates: the listening connection was lost");
                    break;
                }
                Err(err) => {
                    tracing::warn!(error = %err, "live updates: listening failed");
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_round_trip_and_stay_under_the_limit() {
        let changes: Vec<Change> = (0..3_000)
            .map(|i| {
                if i % 2 == 0 {
                    Change::Authority(i)
                } else {
                    Change::User(i)
                }
            })
            .chain([Change::Everyone])
            .collect();
        let parts = payloads(&changes);
        assert!(parts.len() > 1, "3,000 changes need several payloads");
        assert!(parts.iter().all(|p| p.len() <= MAX_PAYLOAD));
        let back: Vec<Change> = parts.iter().flat_map(|p| decode_payload(p)).collect();
        assert_eq!(back, changes);
        assert_eq!(
            decode_payload("a1,x2,u,b3,u7"),
            [Change::Authority(1), Change::User(7)]
        );
    }

    #[tokio::test]
    async fn a_change_wakes_only_the_streams_it_concerns() {
        let live = Live::default();
        let anna = live.watch(1, Some(10));
        let colleague = live.watch(2, Some(10));
        let abroad = live.watch(3, Some(20));
        let commission = live.watch(4, None);
        let woken =
            |watch: &Watch| futures_util::FutureExt::now_or_never(watch.changed()).is_some();
        live.wake(&[Change::Authority(10)]);
        assert!(woken(&anna) && woken(&colleague));
        assert!(!woken(&abroad) && !woken(&commission));
        live.wake(&[Change::User(3)]);
        assert!(woken(&abroad) && !woken(&anna));
        live.wake(&[Change::Everyone]);
        assert!(woken(&anna) && woken(&colleague) && woken(&abroad) && woken(&commission));
        assert_eq!(live.figures().streams, 4);
        drop((anna, colleague, abroad));
        assert_eq!(live.figures().streams, 1);
        let registry = live.inner.registry.lock().unwrap();
        assert!(
            registry.by_authority.is_empty(),
            "unregistered with its stream"
        );
    }
}
