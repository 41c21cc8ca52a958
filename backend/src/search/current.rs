//! Keeping each instance's index current: the registry's version and its list of changed
//! authorities in the database ([`bump_version`]), and [`Search`], which catches up with them
//! before a search, in place or by a whole build.

use super::*;

/// How many versions of the registry keep their list of changed authorities. An index
/// further behind is rebuilt: by then a whole build is what it would cost anyway.
pub const KEPT_VERSIONS: i64 = 1000;

/// The most authorities applied to an index in place; a larger change is rebuilt whole, and
/// is recorded as such (no list) by [`bump_version`].
pub const MAX_UPDATE: usize = 1000;

/// The index shared by the handlers of one instance.
pub struct Search {
    taxonomy: Arc<Taxonomy>,
    countries: Arc<CountryNames>,
    /// Searches hold it for reading while they run (a few milliseconds, never across an
    /// await); an update holds it for writing while it applies what it has read.
    index: RwLock<Index>,
    /// One catch-up at a time: the others wait for it and find the index current.
    catching_up: tokio::sync::Mutex<()>,
    builds: AtomicU64,
    updates: AtomicU64,
}

impl Search {
    /// An empty index; the first search builds it.
    pub fn new(taxonomy: Arc<Taxonomy>, countries: Arc<CountryNames>) -> Search {
        let empty = Index::build(-1, Vec::new(), &taxonomy, countries.clone());
        Search {
            taxonomy,
            countries,
            index: RwLock::new(empty),
            catching_up: tokio::sync::Mutex::new(()),
            builds: AtomicU64::new(0),
            updates: AtomicU64::new(0),
        }
    }

    /// The taxonomy the index uses.
    pub fn taxonomy(&self) -> &Taxonomy {
        &self.taxonomy
    }

    /// How many times this instance has built the index whole.
    pub fn builds(&self) -> u64 {
        self.builds.load(Ordering::Relaxed)
    }

    /// How many times this instance has brought the index up to date in place.
    pub fn updates(&self) -> u64 {
        self.updates.load(Ordering::Relaxed)
    }

    /// The registry version the index holds (-1 before the first build).
    fn version(&self) -> i64 {
        self.read().version
    }

    /// Runs `query` on the index as it is; call [`Search::catch_up`] first.
    pub fn search(&self, query: &Query, wanted: usize) -> Found {
        self.read().search(query, wanted)
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Index> {
        // A panic while the lock was held cannot have left the index half-written: updates
        // compute before they write, and a build is swapped in whole.
        self.index.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// Brings the index up to the registry as it is in the database now.
    pub async fn catch_up_now(&self, db: &DatabaseConnection) -> Result<(), sea_orm::DbErr> {
        let version = current_version(db).await?;
        self.catch_up(version, db).await
    }

    /// Brings the index up to at least `version` (read from the database by the caller, as
    /// the session's query does): in place when the database lists what the versions in
    /// between changed, else by a whole build.
    pub async fn catch_up(
        &self,
        version: i64,
        db: &DatabaseConnection,
    ) -> Result<(), sea_orm::DbErr> {
        // A newer index than the caller's version is as good: versions only rise.
        if self.version() >= version {
            return Ok(());
        }
        let _turn = self.catching_up.lock().await;
        let from = self.version();
        if from >= version {
            return Ok(());
        }
        // Straight to the newest version: a caller behind it would otherwise leave the next
        // caller a catch-up of its own.
        let target = current_version(db).await?.max(version);
        if let Some(ids) = changed_between(db, from, target).await? {
            // Read after the list, so they are at least as new as `target`; applying a
            // newer state of an authority again later is harmless.
            let docs = load_docs_where(db, Some(&ids)).await?;
            if docs.len() == ids.len() {
                let started = std::time::Instant::now();
                let mut index = self.index.write().unwrap_or_else(PoisonError::into_inner);
                index.update(target, docs);
                drop(index);
                self.updates.fetch_add(1, Ordering::Relaxed);
                tracing::info!(
                    authorities = ids.len(),
                    from,
                    version = target,
                    micros = started.elapsed().as_micros() as u64,
                    "search index updated"
                );
                return Ok(());
            }
            // An authority went away: the in-place update only replaces and adds.
        }
        let docs = load_docs_where(db, None).await?;
        let (taxonomy, countries) = (self.taxonomy.clone(), self.countries.clone());
        // Seconds of work at 100,000 authorities: off the threads that serve requests, which
        // meanwhile go on searching the index as it was.
        let index =
            tokio::task::spawn_blocking(move || Index::build(target, docs, &taxonomy, countries))
                .await
                .map_err(|err| sea_orm::DbErr::Custom(format!("building the index: {err}")))?;
        let authorities = index.len();
        let footprint = index.footprint();
        *self.index.write().unwrap_or_else(PoisonError::into_inner) = index;
        self.builds.fetch_add(1, Ordering::Relaxed);
        let mib = |bytes: usize| bytes.div_ceil(1 << 20);
        tracing::info!(
            authorities,
            version = target,
            mib = mib(footprint.iter().map(|(_, bytes)| bytes).sum()),
            parts = %footprint
                .iter()
                .map(|(part, bytes)| format!("{part} {} MiB", mib(*bytes)))
                .collect::<Vec<_>>()
                .join(", "),
            "search index rebuilt"
        );
        Ok(())
    }
}

async fn current_version(db: &DatabaseConnection) -> Result<i64, sea_orm::DbErr> {
    Ok(registry_meta::Entity::find_by_id(1)
        .one(db)
        .await?
        .map_or(0, |m| m.version))
}

/// The authorities the versions after `from` up to `target` changed, if the database lists
/// them all: not when a version among them changed more than it lists (a bulk change), when
/// its list has been dropped already, or when they are more than an update is worth.
async fn changed_between(
    db: &DatabaseConnection,
    from: i64,
    target: i64,
) -> Result<Option<Vec<i32>>, sea_orm::DbErr> {
    if from < 0 || target - from > KEPT_VERSIONS {
        return Ok(None);
    }
    let rows = registry_change::Entity::find()
        .filter(registry_change::Column::Version.gt(from))
        .filter(registry_change::Column::Version.lte(target))
        .all(db)
        .await?;
    let versions: HashSet<i64> = rows.iter().map(|r| r.version).collect();
    if versions.len() as i64 != target - from {
        return Ok(None);
    }
    let mut ids: Vec<i32> = rows.iter().map(|r| r.authority_id).collect();
    ids.sort_unstable();
    ids.dedup();
    Ok((ids.len() <= MAX_UPDATE).then_some(ids))
}

/// The documents of the authorities `ids`, or of every authority.
async fn load_docs_where(
    db: &DatabaseConnection,
    ids: Option<&[i32]>,
) -> Result<Vec<Doc>, sea_orm::DbErr> {
    fn only(column: impl ColumnTrait, ids: Option<&[i32]>) -> sea_orm::Condition {
        sea_orm::Condition::all().add_option(ids.map(|ids| column.is_in(ids.iter().copied())))
    }
    let mut areas: HashMap<i32, Vec<LegislativeArea>> = HashMap::new();
    for row in authority_area::Entity::find()
        .filter(only(authority_area::Column::AuthorityId, ids))
        .all(db)
        .await?
    {
        if let Ok(area) = LegislativeArea::parse(&row.area) {
            areas.entry(row.authority_id).or_default().push(area);
        }
    }
    let mut other_names: HashMap<i32, Vec<String>> = HashMap::new();
    for row in authority_name::Entity::find()
        .filter(only(authority_name::Column::AuthorityId, ids))
        .all(db)
        .await?
    {
        other_names
            .entry(row.authority_id)
            .or_default()
            .push(row.name);
    }
    let mut competences: HashMap<i32, Vec<String>> = HashMap::new();
    for row in authority_competence::Entity::find()
        .filter(only(authority_competence::Column::AuthorityId, ids))
        .all(db)
        .await?
    {
        competences
            .entry(row.authority_id)
            .or_default()
            .push(row.concept);
    }
    Ok(authority::Entity::find()
        .filter(only(authority::Column::Id, ids))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|a| {
            Some(Doc {
                country: CountryCode::parse(&a.country).ok()?,
                areas: areas.remove(&a.id).unwrap_or_default(),
                competences: competences.remove(&a.id).unwrap_or_default(),
                other_names: other_names.remove(&a.id).unwrap_or_default(),
                id: a.id,
                name: a.name,
                name_en: a.name_en,
                acronym: a.acronym,
                city: a.city,
                level: AuthorityLevel::parse(&a.level).unwrap_or_default(),
                national_coordinator: a.coordinator.as_deref() == Some("national"),
            })
        })
        .collect())
}

/// What a change to the registry touched.
#[derive(Debug, Clone, Copy)]
pub enum Changed<'a> {
    /// These authorities (created or edited): an index applies them in place.
    Authorities(&'a [i32]),
    /// More than is worth listing (a bulk load): an index is rebuilt.
    Whole,
}

/// Bumps the registry's version and records what the new version changed; call inside the
/// transaction that changes the registry. The version row's lock orders concurrent changes,
/// so versions are committed in their order and a reader that sees version N sees every
/// list up to N.
pub async fn bump_version(
    txn: &impl sea_orm::ConnectionTrait,
    changed: Changed<'_>,
) -> Result<(), sea_orm::DbErr> {
    txn.execute_unprepared("UPDATE registry_meta SET version = version + 1 WHERE id = 1")
        .await?;
    let ids = match changed {
        Changed::Authorities(ids) if ids.len() <= MAX_UPDATE => ids,
        _ => &[],
    };
    // Numbers only, so they are written into the statement. Both engines name a VALUES
    // list's column `column1`.
    for chunk in ids.chunks(200) {
        let values = chunk
            .iter()
            .map(|id| format!("({id})"))
            .collect::<Vec<_>>()
            .join(", ");
        txn.execute_unprepared(&format!(
            "INSERT INTO registry_changes (version, authority_id) \
             SELECT (SELECT version FROM registry_meta WHERE id = 1), changed.column1 \
             FROM (VALUES {values}) AS changed"
        ))
        .await?;
    }
    txn.execute_unprepared(&format!(
        "DELETE FROM registry_changes WHERE version <= \
         (SELECT version FROM registry_meta WHERE id = 1) - {KEPT_VERSIONS}"
    ))
    .await?;
    Ok(())
}
