//! The facts of every sent request, read from the request rows and their timeline (never
//! from personal data), and kept packed in memory ([`FactsCache`]) so that a call counts
//! them without reading a million rows.
//!
//! Every change to a request raises, in its own transaction, the `requests_version` of each
//! authority party to it (`overview_cache::bump`), and the request's own `version`. A call
//! reads the sum of the authorities' versions; when it moved, the authorities whose version
//! moved are found, the (id, version) of their sent requests read, and only the requests
//! whose version is new are read again. The versions are always read before the rows, so
//! what is kept is never older than the versions it is kept under; a change that commits in
//! between is read again by the next call. Several instances each keep their own table and
//! each notices the others' changes.
//!
//! The table is written out now and then with the versions it was read at
//! (`statistics_snapshots`, see `shared::statistics::FactsTable::to_snapshot`): once the
//! server has read it at start-up, every few minutes when it moved (`jobs`), and when the
//! server stops; never on a dashboard caller's time. A server that starts reads that row and
//! continues from its versions as above, so that it reads what changed since rather than
//! every request. A snapshot that cannot be read (another release, damage, another
//! derivation of the facts) is set aside, and everything is read as before.
//!
//! A server reads the table before it listens (`super::warm_up`): no dashboard call waits
//! for a whole read, which takes seconds over a million requests, and a server that has
//! no snapshot to start from (the first start of a release that derives the facts anew)
//! takes those seconds once, at start-up, as a migration would.

use chrono::{DateTime, Datelike, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use shared::lifecycle::{Rating, RequestState};
use shared::request::EventKind;
use shared::statistics::{FactsTable, IdMap, Party, RequestFacts};
use shared::{AuthorityId, CountryCode, Date, LegislativeArea};
use std::collections::{BTreeMap, HashMap, HashSet};

use crate::entities::{authority, request, request_event, statistics_snapshot};
use crate::error::Result;

/// Raised whenever `load` derives the facts from the rows differently, so that facts
/// derived the old way are not read back from a snapshot.
const FACTS_REVISION: i32 = 1;

/// The snapshot's row.
const SNAPSHOT: &str = "facts";

/// Beyond this many changed authorities, everything is read again rather than piece by piece.
const MAX_CHANGED_AUTHORITIES: usize = 2_000;

/// Ids per `IN (…)` list: well inside what both engines accept in one statement.
const CHUNK: usize = 500;

/// Requests read at a time when every request is read.
const PAGE: u64 = 20_000;

/// The calendar day of an instant, in UTC (the time zone every figure is counted in).
pub fn day_of(at: DateTime<Utc>) -> Date {
    let day = at.date_naive();
    Date::from_ymd(
        u16::try_from(day.year()).unwrap_or(1),
        u8::try_from(day.month()).unwrap_or(1),
        u8::try_from(day.day()).unwrap_or(1),
    )
    .unwrap_or(Date::MIN)
}

/// What the table was read at.
#[derive(Default)]
struct Read {
    /// The sum of the authorities' versions, as last read.
    sum: Option<i64>,
    /// Each authority's version, as last read.
    authorities: HashMap<i32, i64>,
    /// Each kept request's version (a million of them: hashed the fast way).
    requests: IdMap<i32>,
    /// The sum of the versions of the snapshot last read or written.
    snapshot: Option<i64>,
    /// Whether the stored snapshot could not be read: it is then written again even where
    /// its versions say it holds what the table holds.
    set_aside: bool,
}

/// The packed facts of every sent request and what they were read at.
#[derive(Default)]
pub struct FactsCache {
    /// One caller brings the table up to date at a time; the others wait for it rather than
    /// read the same rows at once.
    read: tokio::sync::Mutex<Read>,
    table: std::sync::RwLock<FactsTable>,
    /// How many requests' facts were read from the database, for the tests and the bench to
    /// see that a snapshot spared reading them.
    requests_read: std::sync::atomic::AtomicUsize,
}

impl FactsCache {
    /// Brings the table up to date with the database and hands it to `count`.
    pub async fn with<T>(
        &self,
        db: &impl ConnectionTrait,
        count: impl FnOnce(&FactsTable) -> T,
    ) -> Result<T> {
        let sum = versions_sum(db).await?;
        {
            let mut read = self.read.lock().await;
            if read.sum != Some(sum) {
                self.catch_up(db, &mut read).await?;
            }
        }
        let table = self
            .table
            .read()
            .map_err(|_| anyhow::anyhow!("the statistics table was poisoned"))?;
        Ok(count(&table))
    }

    /// Whether the table started from a snapshot or has been written out as one since.
    pub async fn has_snapshot(&self) -> bool {
        self.read.lock().await.snapshot.is_some()
    }

    /// How many requests' facts were read from the database so far.
    pub fn requests_read(&self) -> usize {
        self.requests_read
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    fn count_read(&self, requests: usize) {
        self.requests_read
            .fetch_add(requests, std::sync::atomic::Ordering::Relaxed);
    }

    /// Reads what changed since `read` (everything, the first time or after many changes).
    async fn catch_up(&self, db: &impl ConnectionTrait, read: &mut Read) -> Result<()> {
        if read.sum.is_none() {
            self.read_snapshot(db, read).await?;
        }
        let authorities: HashMap<i32, i64> = authority::Entity::find()
            .select_only()
            .columns([authority::Column::Id, authority::Column::RequestsVersion])
            .into_tuple::<(i32, i64)>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        let changed: HashSet<i32> = authorities
            .iter()
            .filter(|(id, version)| read.authorities.get(id) != Some(version))
            .map(|(id, _)| *id)
            .collect();
        let whole = read.sum.is_none() || changed.len() > MAX_CHANGED_AUTHORITIES;
        let countries = countries(db).await?;
        if whole {
            let (requests, facts) = load(db, &countries, None).await?;
            self.count_read(requests.len());
            let table = FactsTable::of(&facts);
            *self.write()? = table;
            read.requests = requests;
        } else {
            self.refresh(db, read, &countries, &changed).await?;
        }
        read.sum = Some(authorities.values().sum());
        read.authorities = authorities;
        Ok(())
    }

    /// Takes up the snapshot, if there is one this release can read, as if its rows had
    /// been read at its versions.
    async fn read_snapshot(&self, db: &impl ConnectionTrait, read: &mut Read) -> Result<()> {
        let Some(row) = statistics_snapshot::Entity::find_by_id(SNAPSHOT)
            .filter(statistics_snapshot::Column::Revision.eq(FACTS_REVISION))
            .one(db)
            .await?
        else {
            return Ok(());
        };
        let snapshot = match FactsTable::from_snapshot(&row.data) {
            Ok(snapshot) => snapshot,
            Err(err) => {
                tracing::warn!(error = %err, "statistics snapshot set aside");
                read.set_aside = true;
                return Ok(());
            }
        };
        *self.write()? = snapshot.table;
        read.authorities = snapshot.authorities.into_iter().collect();
        read.requests = snapshot.requests.into_iter().collect();
        read.sum = Some(read.authorities.values().sum());
        read.snapshot = read.sum;
        tracing::info!(
            requests = row.requests,
            written_at = %row.written_at,
            "statistics snapshot read"
        );
        Ok(())
    }

    /// Brings the table up to date and writes it out, unless it was never read (nobody
    /// asked for statistics here) or the snapshot already holds what it holds: the
    /// scheduled job's and the shutdown's work. Returns whether it wrote.
    pub async fn save(&self, db: &impl ConnectionTrait) -> Result<bool> {
        let (bytes, sum, requests) = {
            let mut read = self.read.lock().await;
            if read.sum.is_none() {
                return Ok(false);
            }
            if read.sum != Some(versions_sum(db).await?) {
                self.catch_up(db, &mut read).await?;
            }
            if read.snapshot == read.sum || (!read.set_aside && stored_sum(db).await? == read.sum) {
                read.snapshot = read.sum;
                return Ok(false);
            }
            let (authorities, requests) = versions_of(&read);
            let sum = read.sum;
            // The table changes only under its write lock, taken under `read`: while this
            // read guard is held, the versions copied above stay true of it. `read` is let
            // go before the encoding, so that calls which only count do not wait for it.
            let table = self
                .table
                .read()
                .map_err(|_| anyhow::anyhow!("the statistics table was poisoned"))?;
            drop(read);
            (table.to_snapshot(&authorities, &requests), sum, table.len())
        };
        upsert_snapshot(db, sum.unwrap_or(0), requests, bytes).await?;
        let mut read = self.read.lock().await;
        read.snapshot = read.snapshot.max(sum);
        read.set_aside = false;
        Ok(true)
    }

    /// Reads again the requests of the `changed` authorities whose version moved, and
    /// forgets those of theirs that are no longer there.
    async fn refresh(
        &self,
        db: &impl ConnectionTrait,
        read: &mut Read,
        countries: &HashMap<i32, CountryCode>,
        changed: &HashSet<i32>,
    ) -> Result<()> {
        let mut ids: Vec<i32> = changed.iter().copied().collect();
        ids.sort_unstable();
        let mut current: HashMap<i32, i32> = HashMap::new();
        // One side at a time, so that each query walks the index of its column (an OR of
        // the two makes both engines read the whole table).
        for column in [request::Column::RequesterId, request::Column::ResponderId] {
            for chunk in ids.chunks(CHUNK) {
                let rows: Vec<(i32, i32)> = request::Entity::find()
                    .select_only()
                    .columns([request::Column::Id, request::Column::Version])
                    .filter(column.is_in(chunk.to_vec()))
                    .filter(request::Column::SentAt.is_not_null())
                    .into_tuple()
                    .all(db)
                    .await?;
                current.extend(rows);
            }
        }
        let stale: Vec<i32> = current
            .iter()
            .filter(|(id, version)| read.requests.get(id) != Some(version))
            .map(|(id, _)| *id)
            .collect();
        let (versions, facts) = load(db, countries, Some(&stale)).await?;
        self.count_read(versions.len());
        let mut table = self.write()?;
        // What a changed authority was party to and no longer is (or what is gone).
        let touched = |authority: AuthorityId| ids.binary_search(&authority.0).is_ok();
        table.retain(|id, requester, responder| {
            !(touched(requester) || touched(responder)) || current.contains_key(&id)
        });
        read.requests.retain(|id, _| table.contains(*id));
        for (id, facts) in &facts {
            table.put(*id, facts);
        }
        read.requests.extend(versions);
        Ok(())
    }

    fn write(&self) -> Result<std::sync::RwLockWriteGuard<'_, FactsTable>> {
        Ok(self
            .table
            .write()
            .map_err(|_| anyhow::anyhow!("the statistics table was poisoned"))?)
    }
}

/// Each authority's version and each request's, as a snapshot lists them.
type Versions = (Vec<(i32, i64)>, Vec<(i32, i32)>);

/// The versions `read` holds.
fn versions_of(read: &Read) -> Versions {
    (
        read.authorities.iter().map(|(a, v)| (*a, *v)).collect(),
        read.requests.iter().map(|(r, v)| (*r, *v)).collect(),
    )
}

async fn upsert_snapshot(
    db: &impl ConnectionTrait,
    versions_sum: i64,
    requests: usize,
    data: Vec<u8>,
) -> Result<()> {
    use sea_orm::sea_query::OnConflict;
    use sea_orm::{ActiveValue::Set, EntityTrait as _};
    let row = statistics_snapshot::ActiveModel {
        name: Set(SNAPSHOT.to_owned()),
        revision: Set(FACTS_REVISION),
        versions_sum: Set(versions_sum),
        requests: Set(i64::try_from(requests).unwrap_or(i64::MAX)),
        written_at: Set(Utc::now()),
        data: Set(data),
    };
    let started = std::time::Instant::now();
    statistics_snapshot::Entity::insert(row)
        .on_conflict(
            OnConflict::column(statistics_snapshot::Column::Name)
                .update_columns([
                    statistics_snapshot::Column::Revision,
                    statistics_snapshot::Column::VersionsSum,
                    statistics_snapshot::Column::Requests,
                    statistics_snapshot::Column::WrittenAt,
                    statistics_snapshot::Column::Data,
                ])
                .to_owned(),
        )
        .exec(db)
        .await?;
    tracing::info!(
        requests,
        elapsed_ms = started.elapsed().as_millis() as u64,
        "statistics snapshot written"
    );
    Ok(())
}

/// The sum of the versions the stored snapshot was read at, if this release can read it.
async fn stored_sum(db: &impl ConnectionTrait) -> Result<Option<i64>> {
    Ok(statistics_snapshot::Entity::find_by_id(SNAPSHOT)
        .select_only()
        .column(statistics_snapshot::Column::VersionsSum)
        .filter(statistics_snapshot::Column::Revision.eq(FACTS_REVISION))
        .into_tuple()
        .one(db)
        .await?)
}

/// The sum of the authorities' versions of their requests: it moves with every change.
async fn versions_sum(db: &impl ConnectionTrait) -> Result<i64> {
    let sum: Option<i64> = authority::Entity::find()
        .select_only()
        .column_as(
            Expr::cust("CAST(COALESCE(SUM(requests_version), 0) AS BIGINT)"),
            "version",
        )
        .into_tuple()
        .one(db)
        .await?;
    Ok(sum.unwrap_or(0))
}

async fn countries(db: &impl ConnectionTrait) -> Result<HashMap<i32, CountryCode>> {
    Ok(authority::Entity::find()
        .select_only()
        .columns([authority::Column::Id, authority::Column::Country])
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(id, country)| Some((id, CountryCode::parse(&country).ok()?)))
        .collect())
}

/// The dates the timeline gives each request: accepted (the last acceptance, by the
/// authority that holds it), first answered, and received (the last forward).
#[derive(Default)]
struct Dates {
    accepted: Option<Date>,
    answered: Option<Date>,
    forwarded: Option<Date>,
}

/// Which requests' timelines to read.
#[derive(Clone, Copy)]
enum Requests<'a> {
    /// Those with an id from the first to the second, both included.
    Between(i32, i32),
    Listed(&'a [i32]),
}

/// Reads the timeline's dates of `requests`, oldest event first.
async fn timeline_dates(
    db: &impl ConnectionTrait,
    requests: Requests<'_>,
) -> Result<BTreeMap<i32, Dates>> {
    let kinds = [
        EventKind::Accepted,
        EventKind::Answered,
        EventKind::Forwarded,
    ];
    let query = || {
        request_event::Entity::find()
            .select_only()
            .columns([
                request_event::Column::RequestId,
                request_event::Column::Kind,
                request_event::Column::At,
            ])
            .filter(request_event::Column::Kind.is_in(kinds.map(EventKind::as_str)))
            .order_by_asc(request_event::Column::Id)
    };
    let events: Vec<(i32, String, DateTime<Utc>)> = match requests {
        Requests::Between(first, last) => {
            query()
                .filter(request_event::Column::RequestId.between(first, last))
                .into_tuple()
                .all(db)
                .await?
        }
        Requests::Listed(ids) => {
            query()
                .filter(request_event::Column::RequestId.is_in(ids.to_vec()))
                .into_tuple()
                .all(db)
                .await?
        }
    };
    let mut dates: BTreeMap<i32, Dates> = BTreeMap::new();
    for (request, kind, at) in events {
        let entry = dates.entry(request).or_default();
        let day = Some(day_of(at));
        match EventKind::parse(&kind) {
            Some(EventKind::Accepted) => entry.accepted = day,
            Some(EventKind::Answered) => entry.answered = entry.answered.or(day),
            Some(EventKind::Forwarded) => {
                // A forward hands the request to another authority, which has not accepted it.
                entry.forwarded = day;
                entry.accepted = None;
            }
            _ => {}
        }
    }
    Ok(dates)
}

/// The columns of a request that statistics read: no name, no text.
type FactColumns = (
    i32,
    i32,
    String,
    String,
    i32,
    Option<i32>,
    Option<DateTime<Utc>>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// The facts (and versions) of the sent requests `ids`, or of every sent request.
async fn load(
    db: &impl ConnectionTrait,
    countries: &HashMap<i32, CountryCode>,
    ids: Option<&[i32]>,
) -> Result<(IdMap<i32>, Vec<(i32, RequestFacts)>)> {
    let started = std::time::Instant::now();
    let query = || {
        request::Entity::find()
            .select_only()
            .columns([
                request::Column::Id,
                request::Column::Version,
                request::Column::Area,
                request::Column::State,
                request::Column::RequesterId,
                request::Column::ResponderId,
                request::Column::SentAt,
                request::Column::Deadline,
                request::Column::Timeliness,
                request::Column::Effort,
            ])
            .filter(request::Column::SentAt.is_not_null())
    };
    // The rows first, then the timeline: a change that commits in between then shows in
    // the timeline alone, and the row's older version, kept with the facts, makes the next
    // call read the request again. Read the other way round (or at once, on two
    // connections), the newer version would be kept with the older timeline, and nothing
    // would read the request again. That holds of each request, so the read goes a page of
    // requests at a time, each page's rows then its timeline: what is held at once while
    // reading is one page's rows and events, not a million of each (held at once, they
    // took gigabytes that the allocator then kept).
    let mut versions = IdMap::default();
    let mut facts = Vec::new();
    match ids {
        None => {
            let mut after = 0;
            loop {
                let rows: Vec<FactColumns> = query()
                    .filter(request::Column::Id.gt(after))
                    .order_by_asc(request::Column::Id)
                    .limit(PAGE)
                    .into_tuple()
                    .all(db)
                    .await?;
                let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
                    break;
                };
                let span = Requests::Between(first.0, last.0);
                let full = rows.len() as u64 == PAGE;
                after = last.0;
                let dates = timeline_dates(db, span).await?;
                derive(rows, dates, countries, &mut versions, &mut facts);
                if !full {
                    break;
                }
            }
            tracing::info!(
                requests = versions.len(),
                elapsed_ms = started.elapsed().as_millis() as u64,
                "statistics: every request read"
            );
        }
        Some(ids) => {
            for chunk in ids.chunks(CHUNK) {
                let rows: Vec<FactColumns> = query()
                    .filter(request::Column::Id.is_in(chunk.to_vec()))
                    .into_tuple()
                    .all(db)
                    .await?;
                let dates = timeline_dates(db, Requests::Listed(chunk)).await?;
                derive(rows, dates, countries, &mut versions, &mut facts);
            }
        }
    }
    Ok((versions, facts))
}

/// The facts of `rows`, with their timeline's `dates`, added to `facts`; every row's version
/// to `versions`, even where it has no facts (a request of an authority since removed), so
/// that it is not read again until it changes.
fn derive(
    rows: Vec<FactColumns>,
    mut dates: BTreeMap<i32, Dates>,
    countries: &HashMap<i32, CountryCode>,
    versions: &mut IdMap<i32>,
    facts: &mut Vec<(i32, RequestFacts)>,
) {
    let party = |id: i32| {
        countries.get(&id).map(|&country| Party {
            authority: AuthorityId(id),
            country,
        })
    };
    versions.reserve(rows.len());
    facts.reserve(rows.len());
    for row in rows {
        let (id, version, area, state, requester, responder, sent_at) =
            (row.0, row.1, row.2, row.3, row.4, row.5, row.6);
        let (deadline, timeliness, effort) = (row.7, row.8, row.9);
        versions.insert(id, version);
        let dates = dates.remove(&id).unwrap_or_default();
        let Some(sent) = sent_at.map(day_of) else {
            continue;
        };
        let known = (
            LegislativeArea::parse(&area).ok(),
            party(requester),
            responder.and_then(party),
            RequestState::parse(&state),
        );
        let (Some(area), Some(requester), Some(responder), Some(state)) = known else {
            continue;
        };
        facts.push((
            id,
            RequestFacts {
                area,
                requester,
                responder,
                state,
                sent,
                received: dates.forwarded.unwrap_or(sent),
                accepted: dates.accepted,
                answered: dates.answered,
                deadline: deadline.as_deref().and_then(|d| Date::parse(d).ok()),
                timeliness: timeliness.as_deref().and_then(Rating::parse),
                effort: effort.as_deref().and_then(Rating::parse),
            },
        ));
    }
}

/// The facts of every sent request, read afresh: what the cache must equal.
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<RequestFacts>> {
    let countries = countries(db).await?;
    let (_, facts) = load(db, &countries, None).await?;
    Ok(facts.into_iter().map(|(_, facts)| facts).collect())
}
