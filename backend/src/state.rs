//! What every handler can reach.

use sea_orm::DatabaseConnection;
use std::sync::Arc;

use crate::config::Config;

/// Shared by all handlers. Cheap to clone; holds no per-user state, so any number of
/// instances can serve the same database.
#[derive(Clone)]
pub struct AppState {
    /// The connection pool.
    pub db: DatabaseConnection,
    /// The queue this instance's write transactions take SQLite's write lock in
    /// (`db::Writers`); write through `begin_write`.
    pub writers: crate::db::Writers,
    /// The health check's own small pool (`db::probe`).
    pub probe: DatabaseConnection,
    /// Where attached documents' bytes are kept.
    pub blobs: Arc<dyn object_store::ObjectStore>,
    /// The interface's translations, for e-mails.
    pub messages: Arc<crate::messages::Messages>,
    /// Pages of the overview, checked against each authority's version of its requests.
    pub overview: Arc<crate::overview_cache::OverviewCache>,
    /// The configuration the server was started with.
    pub config: Arc<Config>,
    /// The question catalogue, loaded at start-up; the same files give every instance the
    /// same catalogue, and the database holds its questions' ids.
    pub catalogue: Arc<crate::catalogue::LoadedCatalogue>,
    /// The alert kinds, read from the same files by every instance.
    pub alert_kinds: Arc<shared::alert::AlertKinds>,
    /// The authority search index over the registry and the taxonomy.
    pub search: Arc<crate::search::Search>,
    /// The machine-translation provider, if one is configured.
    pub translator: Option<Arc<dyn crate::translation::Translator>>,
    /// Permits for password hashing (one per core): log-ins beyond them wait their turn
    /// instead of taking every core from everyone else.
    pub hashing: Arc<tokio::sync::Semaphore>,
    /// The open live streams, and how changes reach them on every instance (`live`).
    pub live: crate::live::Live,
    /// The time the time rules go by (`clock`): the system's, moved forward by tests.
    pub clock: crate::clock::Clock,
    /// The facts statistics are computed from, kept until a request changes.
    pub statistics: Arc<crate::services::statistics::FactsCache>,
    /// How long personal data stays visible and is kept (`retention_policy`).
    pub retention: Arc<shared::retention::RetentionPolicy>,
}

impl AppState {
    /// Begins a transaction that writes, in this instance's writers' queue: the turn is
    /// held until it is dropped, so bind it (`let (_turn, txn) = …`) for as long as the
    /// transaction lives.
    pub async fn begin_write(
        &self,
    ) -> Result<(crate::db::Turn, sea_orm::DatabaseTransaction), sea_orm::DbErr> {
        use sea_orm::TransactionTrait;
        let turn = self.writers.turn().await;
        let txn = self.db.begin().await?;
        Ok((turn, txn))
    }

    /// Today by the app's clock: the calendar day (UTC) the time rules go by.
    pub fn today(&self) -> shared::Date {
        crate::services::requests::day_of(self.clock.now())
    }
}
