//! The table written out as bytes and read back, so that a server that starts again does
//! not read a million requests and their timelines before its first answer.
//!
//! A snapshot carries, besides the packed rows, the versions they were read at (each
//! authority's and each request's): whoever reads it back continues from those versions as
//! if it had read the rows itself, and reads again what moved since. It is therefore never
//! trusted beyond what the versions vouch for. It holds no personal data: ids, countries,
//! areas, days and ratings.
//!
//! The bytes are little-endian fixed-width fields. They start with a fingerprint of the
//! codes the indexes refer to (countries, areas, states), so that a snapshot written by a
//! release whose lists differ is refused rather than read with shifted meanings. Reading
//! checks every length and index and never panics: a refused snapshot only means the rows are
//! read from the database again.

use super::FactsTable;
use super::packed::{AREAS, COUNTRIES, NONE, Row, month_number};
use crate::lifecycle::RequestState;
use crate::{CountryCode, Date, LegislativeArea};

const MAGIC: &[u8; 9] = b"IMI-FACTS";
/// Raised whenever the layout below changes.
const LAYOUT: u32 = 1;
/// Bytes of one row: its id, seven days, two countries, the area, the state, two ratings.
const ROW_BYTES: usize = 4 + 7 * 4 + 6;

/// Why a snapshot was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    /// Not a snapshot, or one of another layout or other code lists.
    #[error("the snapshot was written by another release")]
    OtherRelease,
    /// Shorter or longer than its counts say, or a field out of range.
    #[error("the snapshot is damaged")]
    Damaged,
}

/// A table read back with the versions it was read at.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// The rows.
    pub table: FactsTable,
    /// Each authority's version of its requests.
    pub authorities: Vec<(i32, i64)>,
    /// Each request's version (also of those the table leaves out, such as requests of an
    /// area this release does not know).
    pub requests: Vec<(i32, i32)>,
}

/// A 64-bit FNV-1a hash of the code lists the packed indexes point into.
fn fingerprint() -> u64 {
    let lists: [&[&str]; 2] = [CountryCode::ALL_CODES, LegislativeArea::ALL_CODES];
    let states = RequestState::ALL.iter().map(|state| state.as_str());
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let codes = lists.into_iter().flatten().copied().chain(states);
    for code in codes {
        for byte in code.bytes().chain([0]) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

impl FactsTable {
    /// The table and the versions it was read at, as bytes.
    pub fn to_snapshot(&self, authorities: &[(i32, i64)], requests: &[(i32, i32)]) -> Vec<u8> {
        let mut out = Vec::with_capacity(
            32 + authorities.len() * 12 + requests.len() * 8 + self.len() * ROW_BYTES,
        );
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&LAYOUT.to_le_bytes());
        out.extend_from_slice(&fingerprint().to_le_bytes());
        put_count(&mut out, authorities.len());
        for (id, version) in authorities {
            out.extend_from_slice(&id.to_le_bytes());
            out.extend_from_slice(&version.to_le_bytes());
        }
        put_count(&mut out, requests.len());
        for (id, version) in requests {
            out.extend_from_slice(&id.to_le_bytes());
            out.extend_from_slice(&version.to_le_bytes());
        }
        put_count(&mut out, self.len());
        for month in self.months.values() {
            for (id, row) in month.rows.ids.iter().zip(&month.rows.rows) {
                for field in [
                    *id,
                    row.requester,
                    row.responder,
                    row.sent,
                    row.received,
                    row.accepted,
                    row.answered,
                    row.deadline,
                ] {
                    out.extend_from_slice(&field.to_le_bytes());
                }
                let state = RequestState::ALL
                    .iter()
                    .position(|state| *state == row.state)
                    .and_then(|at| u8::try_from(at).ok())
                    .unwrap_or(u8::MAX);
                out.extend_from_slice(&[
                    row.requester_country,
                    row.responder_country,
                    row.area,
                    state,
                    row.timeliness,
                    row.effort,
                ]);
            }
        }
        out
    }

    /// Reads back what [`FactsTable::to_snapshot`] wrote.
    pub fn from_snapshot(bytes: &[u8]) -> Result<Snapshot, SnapshotError> {
        let mut reader = Reader { bytes };
        let header_is_ours = reader.take(MAGIC.len())? == MAGIC
            && reader.u32()? == LAYOUT
            && reader.u64()? == fingerprint();
        if !header_is_ours {
            return Err(SnapshotError::OtherRelease);
        }
        let mut snapshot = Snapshot::default();
        let count = reader.count(12)?;
        snapshot.authorities.reserve(count);
        for _ in 0..count {
            snapshot.authorities.push((reader.i32()?, reader.i64()?));
        }
        let count = reader.count(8)?;
        snapshot.requests.reserve(count);
        for _ in 0..count {
            snapshot.requests.push((reader.i32()?, reader.i32()?));
        }
        let count = reader.count(ROW_BYTES)?;
        let mut rows = Vec::with_capacity(count);
        for _ in 0..count {
            rows.push(reader.row()?);
        }
        if !reader.bytes.is_empty() {
            return Err(SnapshotError::Damaged);
        }
        snapshot.table = FactsTable::of_rows(&rows);
        // An id written twice leaves fewer requests than rows.
        if snapshot.table.len() != rows.len() {
            return Err(SnapshotError::Damaged);
        }
        Ok(snapshot)
    }
}

fn put_count(out: &mut Vec<u8>, count: usize) {
    out.extend_from_slice(&u64::try_from(count).unwrap_or(u64::MAX).to_le_bytes());
}

/// The bytes not read yet.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], SnapshotError> {
        if self.bytes.len() < n {
            return Err(SnapshotError::Damaged);
        }
        let (taken, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(taken)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], SnapshotError> {
        self.take(N)?.try_into().map_err(|_| SnapshotError::Damaged)
    }

    fn u32(&mut self) -> Result<u32, SnapshotError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn u64(&mut self) -> Result<u64, SnapshotError> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    fn i32(&mut self) -> Result<i32, SnapshotError> {
        Ok(i32::from_le_bytes(self.array()?))
    }

    fn i64(&mut self) -> Result<i64, SnapshotError> {
        Ok(i64::from_le_bytes(self.array()?))
    }

    /// A count of items of `size` bytes each, refused when the bytes left cannot hold them
    /// (so that a damaged count reserves nothing).
    fn count(&mut self, size: usize) -> Result<usize, SnapshotError> {
        let count = usize::try_from(self.u64()?).map_err(|_| SnapshotError::Damaged)?;
        if count.checked_mul(size).is_none_or(|n| n > self.bytes.len()) {
            return Err(SnapshotError::Damaged);
        }
        Ok(count)
    }

    fn row(&mut self) -> Result<(i32, Row), SnapshotError> {
        let id = self.i32()?;
        let mut days = [0i32; 7];
        for day in &mut days {
            *day = self.i32()?;
        }
        let [
            requester,
            responder,
            sent,
            received,
            accepted,
            answered,
            deadline,
        ] = days;
        let [
            requester_country,
            responder_country,
            area,
            state,
            timeliness,
            effort,
        ] = self.array::<6>()?;
        let in_range = usize::from(requester_country) < COUNTRIES
            && usize::from(responder_country) < COUNTRIES
            && usize::from(area) < AREAS
            && timeliness <= 2
            && effort <= 2;
        // Every day is one a date packs into (or none, where a day may be missing), as
        // `Row::pack` would have written it.
        let dates = Date::MIN.days_since_epoch()..=Date::MAX.days_since_epoch();
        let is_date = |day: i32| dates.contains(&i64::from(day));
        let days_are_dates = is_date(received)
            && [accepted, answered, deadline]
                .iter()
                .all(|day| *day == NONE || is_date(*day));
        let state = RequestState::ALL.get(usize::from(state)).copied();
        let sent_day = Date::from_days_since_epoch(i64::from(sent));
        let (true, true, Some(state), Some(sent_day)) = (in_range, days_are_dates, state, sent_day)
        else {
            return Err(SnapshotError::Damaged);
        };
        Ok((
            id,
            Row {
                requester,
                responder,
                sent,
                sent_month: month_number(sent_day),
                received,
                accepted,
                answered,
                deadline,
                requester_country,
                responder_country,
                area,
                state,
                timeliness,
                effort,
            },
        ))
    }
}
