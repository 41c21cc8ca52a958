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

use chrono::{DateTime, Datelike, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use shared::lifecycle::{Rating, RequestState};
use shared::request::EventKind;
use shared::statistics::{FactsTable, Party, RequestFacts};
use shared::{AuthorityId, CountryCode, Date, LegislativeArea};
use std::collections::{BTreeMap, HashMap, HashSet};

use crate::entities::{authority, request, request_event};
use crate::error::Result;

/// Beyond this many changed authorities, everything is read again rather than piece by piece.
const MAX_CHANGED_AUTHORITIES: usize = 2_000;

/// Ids per `IN (…)` list: well inside what both engines accept in one statement.
const CHUNK: usize = 500;

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
    /// Each kept request's version.
    requests: HashMap<i32, i32>,
}

/// The packed facts of every sent request and what they were read at.
#[derive(Default)]
pub struct FactsCache {
    /// One caller brings the table up to date at a time; the others wait for it rather than
    /// read the same rows at once.
    read: tokio::sync::Mutex<Read>,
    table: std::sync::RwLock<FactsTable>,
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

    /// Reads what changed since `read` (everything, the first time or after many changes).
    async fn catch_up(&self, db: &impl ConnectionTrait, read: &mut Read) -> Result<()> {
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
            let mut table = FactsTable::default();
            for (id, facts) in &facts {
                table.put(*id, facts);
            }
            *self.write()? = table;
            read.requests = requests;
        } else {
            self.refresh(db, read, &countries, &changed).await?;
        }
        read.sum = Some(authorities.values().sum());
        read.authorities = authorities;
        Ok(())
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

/// Reads the timeline's dates of the requests `ids` (every request's when `None`), oldest
/// event first.
async fn timeline_dates(
    db: &impl ConnectionTrait,
    ids: Option<&[i32]>,
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
    let mut events: Vec<(i32, String, DateTime<Utc>)> = Vec::new();
    match ids {
        None => events = query().into_tuple().all(db).await?,
        Some(ids) => {
            for chunk in ids.chunks(CHUNK) {
                let part: Vec<(i32, String, DateTime<Utc>)> = query()
                    .filter(request_event::Column::RequestId.is_in(chunk.to_vec()))
                    .into_tuple()
                    .all(db)
                    .await?;
                events.extend(part);
            }
        }
    }
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
) -> Result<(HashMap<i32, i32>, Vec<(i32, RequestFacts)>)> {
    let mut dates = timeline_dates(db, ids).await?;
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
    let mut rows: Vec<FactColumns> = Vec::new();
    match ids {
        None => rows = query().into_tuple().all(db).await?,
        Some(ids) => {
            for chunk in ids.chunks(CHUNK) {
                let part: Vec<FactColumns> = query()
                    .filter(request::Column::Id.is_in(chunk.to_vec()))
                    .into_tuple()
                    .all(db)
                    .await?;
                rows.extend(part);
            }
        }
    }
    let party = |id: i32| {
        countries.get(&id).map(|&country| Party {
            authority: AuthorityId(id),
            country,
        })
    };
    let mut versions = HashMap::with_capacity(rows.len());
    let mut facts = Vec::with_capacity(rows.len());
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
    Ok((versions, facts))
}

/// The facts of every sent request, read afresh: what the cache must equal.
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<RequestFacts>> {
    let countries = countries(db).await?;
    let (_, facts) = load(db, &countries, None).await?;
    Ok(facts.into_iter().map(|(_, facts)| facts).collect())
}
