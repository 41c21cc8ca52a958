//! How long the personal data of a request is kept (Regulation (EU) No 1024/2012, art. 14):
//! visible to the authorities involved until it is blocked, at the latest 6 months after the
//! request was formally closed (up to 18 months where an area's act allows), and deleted 3
//! years after closure. Withdrawn requests count from their withdrawal; drafts nobody touched
//! for a year are deleted.
//!
//! The policy is data (`policy/retention.toml`, read by the backend at start-up); this module
//! holds its rules and the stage a request's personal data is in on a given day, so the server
//! and any later tool agree on both.

use std::collections::BTreeMap;

use crate::{Date, LegislativeArea};

/// The longest the law lets personal data stay visible after closure.
pub const MAX_BLOCK_MONTHS: u16 = 18;
/// The longest it may be kept at all after closure, blocked.
pub const MAX_DELETE_MONTHS: u16 = 36;
/// The law's default: blocked 6 months after closure.
pub const DEFAULT_BLOCK_MONTHS: u16 = 6;
/// Drafts nobody touched for this long are deleted.
pub const DEFAULT_DRAFT_MONTHS: u16 = 12;

/// When an area's personal data is blocked and deleted, in months after the request ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Periods {
    /// Months after closure (or withdrawal) until the data is blocked.
    pub block_after_months: u16,
    /// Months after closure (or withdrawal) until the data is deleted.
    pub delete_after_months: u16,
}

impl Default for Periods {
    fn default() -> Periods {
        Periods {
            block_after_months: DEFAULT_BLOCK_MONTHS,
            delete_after_months: MAX_DELETE_MONTHS,
        }
    }
}

/// Why a policy was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    /// An area the system does not know.
    #[error("unknown legislative area `{0}`")]
    UnknownArea(String),
    /// Blocked later than the law allows.
    #[error(
        "personal data blocked after {months} months: the law allows at most {MAX_BLOCK_MONTHS}"
    )]
    BlockTooLate {
        /// The months asked for.
        months: u16,
    },
    /// Blocked at closure: there would be no time to read the answer.
    #[error("personal data blocked after 0 months: block at least a month after closure")]
    BlockAtClosure,
    /// Deleted before (or when) it is blocked.
    #[error(
        "personal data deleted after {delete} months, not later than it is blocked ({block} months)"
    )]
    DeleteBeforeBlock {
        /// Months until blocked.
        block: u16,
        /// Months until deleted.
        delete: u16,
    },
    /// Kept longer than the law allows.
    #[error(
        "personal data deleted after {months} months: the law allows at most {MAX_DELETE_MONTHS}"
    )]
    DeleteTooLate {
        /// The months asked for.
        months: u16,
    },
    /// Untouched drafts never deleted.
    #[error("untouched drafts deleted after 0 months: give at least one month")]
    DraftsNeverKept,
}

impl Periods {
    /// The periods if the law allows them.
    pub fn check(self) -> Result<Periods, PolicyError> {
        let (block, delete) = (self.block_after_months, self.delete_after_months);
        if block == 0 {
            Err(PolicyError::BlockAtClosure)
        } else if block > MAX_BLOCK_MONTHS {
            Err(PolicyError::BlockTooLate { months: block })
        } else if delete <= block {
            Err(PolicyError::DeleteBeforeBlock { block, delete })
        } else if delete > MAX_DELETE_MONTHS {
            Err(PolicyError::DeleteTooLate { months: delete })
        } else {
            Ok(self)
        }
    }
}

/// Where a request's personal data stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Stage {
    /// Seen by the authorities involved.
    Visible,
    /// Hidden from every user; kept for a data subject's request until deletion.
    Blocked,
    /// Gone; the request's skeleton stays.
    Deleted,
}

/// Where a request's personal data stands, as its page says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RetentionView {
    /// Its stage today.
    pub stage: Stage,
    /// The day it is (or was) blocked; none while the request is under way.
    pub blocked_on: Option<Date>,
    /// The day it is (or was) deleted; none while the request is under way.
    pub deleted_on: Option<Date>,
}

/// The retention policy: the default periods, those of the areas whose act says otherwise,
/// and how long an untouched draft is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetentionPolicy {
    default: Periods,
    areas: BTreeMap<LegislativeArea, Periods>,
    draft_months: u16,
}

impl Default for RetentionPolicy {
    fn default() -> RetentionPolicy {
        RetentionPolicy {
            default: Periods::default(),
            areas: BTreeMap::new(),
            draft_months: DEFAULT_DRAFT_MONTHS,
        }
    }
}

impl RetentionPolicy {
    /// A policy from checked parts.
    pub fn new(
        default: Periods,
        areas: BTreeMap<LegislativeArea, Periods>,
        draft_months: u16,
    ) -> Result<RetentionPolicy, PolicyError> {
        default.check()?;
        for periods in areas.values() {
            periods.check()?;
        }
        if draft_months == 0 {
            return Err(PolicyError::DraftsNeverKept);
        }
        Ok(RetentionPolicy {
            default,
            areas,
            draft_months,
        })
    }

    /// The periods of `area`.
    pub fn periods(&self, area: LegislativeArea) -> Periods {
        self.areas.get(&area).copied().unwrap_or(self.default)
    }

    /// Months an untouched draft is kept.
    pub fn draft_months(&self) -> u16 {
        self.draft_months
    }

    /// The day personal data of a request of `area` that ended on `ended` is blocked, and
    /// the day it is deleted.
    pub fn dates(&self, area: LegislativeArea, ended: Date) -> (Date, Date) {
        let periods = self.periods(area);
        (
            ended.add_months(u32::from(periods.block_after_months)),
            ended.add_months(u32::from(periods.delete_after_months)),
        )
    }

    /// The last day a request of `area` may have ended for its personal data to be blocked
    /// on `today` (the data of a request that ended later is still visible): the latest `E`
    /// with `dates(area, E).0 <= today`. Lets a query select what is due without computing
    /// every request's dates.
    pub fn last_end_blocked(&self, area: LegislativeArea, today: Date) -> Date {
        last_end_before(today, self.periods(area).block_after_months)
    }

    /// The last day a request of `area` may have ended for its personal data to be deleted
    /// on `today`.
    pub fn last_end_deleted(&self, area: LegislativeArea, today: Date) -> Date {
        last_end_before(today, self.periods(area).delete_after_months)
    }

    /// The stage on `today` of the personal data of a request of `area` that ended (was
    /// closed or withdrawn) on `ended`; `None` for a request still under way.
    pub fn stage(&self, area: LegislativeArea, ended: Option<Date>, today: Date) -> Stage {
        let Some(ended) = ended else {
            return Stage::Visible;
        };
        let (blocked, deleted) = self.dates(area, ended);
        if today >= deleted {
            Stage::Deleted
        } else if today >= blocked {
            Stage::Blocked
        } else {
            Stage::Visible
        }
    }
}

/// The latest day `E` with `E.add_months(months) <= today`. Months are at most 31 days, so
/// `today` less 31 days a month (and a few more) lies before it; from there the answer is a
/// few steps forward, as `add_months` never decreases.
fn last_end_before(today: Date, months: u16) -> Date {
    let mut end = today
        .add_days(-(i64::from(months) * 31 + 3))
        .unwrap_or(Date::MIN);
    while let Some(next) = end.add_days(1) {
        if next.add_months(u32::from(months)) > today {
            break;
        }
        end = next;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn periods(block: u16, delete: u16) -> Periods {
        Periods {
            block_after_months: block,
            delete_after_months: delete,
        }
    }

    #[test]
    fn the_law_bounds_every_period() {
        assert_eq!(periods(6, 36).check(), Ok(periods(6, 36)));
        assert_eq!(periods(18, 36).check(), Ok(periods(18, 36)));
        assert_eq!(
            periods(19, 36).check(),
            Err(PolicyError::BlockTooLate { months: 19 })
        );
        assert_eq!(periods(0, 36).check(), Err(PolicyError::BlockAtClosure));
        assert_eq!(
            periods(12, 12).check(),
            Err(PolicyError::DeleteBeforeBlock {
                block: 12,
                delete: 12
            })
        );
        assert_eq!(
            periods(6, 37).check(),
            Err(PolicyError::DeleteTooLate { months: 37 })
        );
        assert_eq!(
            RetentionPolicy::new(periods(6, 36), BTreeMap::new(), 0),
            Err(PolicyError::DraftsNeverKept)
        );
    }

    #[test]
    fn a_request_is_visible_then_blocked_then_deleted() {
        let services = LegislativeArea::parse("services").unwrap();
        let mut areas = BTreeMap::new();
        areas.insert(services, periods(18, 36));
        let policy = RetentionPolicy::new(Periods::default(), areas, 12).unwrap();
        let other = LegislativeArea::all()
            .find(|area| *area != services)
            .unwrap();
        let closed = Some(day("2025-08-31"));
        assert_eq!(policy.stage(other, None, day("2099-01-01")), Stage::Visible);
        // Six months after the last day of August is the last day of February.
        assert_eq!(
            policy.dates(other, day("2025-08-31")),
            (day("2026-02-28"), day("2028-08-31"))
        );
        assert_eq!(
            policy.stage(other, closed, day("2026-02-27")),
            Stage::Visible
        );
        assert_eq!(
            policy.stage(other, closed, day("2026-02-28")),
            Stage::Blocked
        );
        assert_eq!(
            policy.stage(services, closed, day("2026-02-28")),
            Stage::Visible
        );
        assert_eq!(
            policy.stage(services, closed, day("2027-02-28")),
            Stage::Blocked
        );
        assert_eq!(
            policy.stage(other, closed, day("2028-08-30")),
            Stage::Blocked
        );
        assert_eq!(
            policy.stage(other, closed, day("2028-08-31")),
            Stage::Deleted
        );
    }

    proptest::proptest! {
        /// The last day ended that is blocked (or deleted) today agrees with `stage` on
        /// every day: that day is past the limit, the next is not.
        #[test]
        fn the_last_end_agrees_with_the_stage(
            days in 0i64..40_000,
            block in 1u16..=18,
            extra in 1u16..=18,
        ) {
            // Far enough past the first day a date can be that the latest end for the
            // longest deletion period (36 months, at most 1,116 days) exists.
            let today = Date::MIN.add_days(days + 1_200).unwrap();
            let delete = (block + extra).min(MAX_DELETE_MONTHS).max(block + 1);
            let area = LegislativeArea::all().next().unwrap();
            let policy =
                RetentionPolicy::new(periods(block, delete), BTreeMap::new(), 12).unwrap();
            let blocked = policy.last_end_blocked(area, today);
            proptest::prop_assert_ne!(policy.stage(area, Some(blocked), today), Stage::Visible);
            let after = blocked.add_days(1).unwrap();
            proptest::prop_assert_eq!(policy.stage(area, Some(after), today), Stage::Visible);
            let deleted = policy.last_end_deleted(area, today);
            proptest::prop_assert_eq!(policy.stage(area, Some(deleted), today), Stage::Deleted);
            let after = deleted.add_days(1).unwrap();
            proptest::prop_assert_ne!(policy.stage(area, Some(after), today), Stage::Deleted);
        }
    }
}
