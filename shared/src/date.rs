//! A calendar date without time or zone, written as ISO 8601 `YYYY-MM-DD`.
//!
//! Deadlines in the system are whole days ("answer by 2025-03-14"), so a full date-time library
//! would only add weight to the wasm build. The clock is never read here: callers pass today's
//! date in, which keeps every rule that depends on time testable.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD` with ASCII digits, or the year is 0000.
    #[error("a date must be written YYYY-MM-DD")]
    Format,
    /// Well formed but not on the calendar, such as `2023-02-29` or `2024-13-01`.
    #[error("no such day on the calendar")]
    Nonexistent,
}

/// A day of the proleptic Gregorian calendar between 0001-01-01 and 9999-12-31.
///
/// Ordering is chronological. The only ways in are [`Date::parse`], [`Date::from_ymd`] and
/// [`Date::from_days_since_epoch`], so a `Date` is always a real day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    // Field order matters: the derived `Ord` compares year, then month, then day.
    year: u16,
    month: u8,
    day: u8,
}

/// Whether `year` has a 29 February.
pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// The number of days of `month` (1-12) in `year`; 0 for a month that does not exist.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The earliest representable date, 0001-01-01.
    pub const MIN: Date = Date {
        year: 1,
        month: 1,
        day: 1,
    };
    /// The latest representable date, 9999-12-31.
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// Builds a date from its parts, checking that the day exists.
    pub fn from_ymd(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError::Format);
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Nonexistent);
        }
        Ok(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD` (ISO 8601 extended calendar date), e.g. `2024-02-29`.
    ///
    /// No surrounding spaces, no time, no other ISO 8601 form: a value that reaches another
    /// authority must mean one thing.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::Format);
        }
        let number = |range: std::ops::Range<usize>| {
            bytes[range]
                .iter()
                .fold(0u16, |acc, b| acc * 10 + u16::from(b - b'0'))
        };
        let (year, month, day) = (number(0..4), number(5..7), number(8..10));
        // Both fit: at most 99.
        Date::from_ymd(year, month as u8, day as u8)
    }

    /// The year, 1-9999.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1-12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1-31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's `days_from_civil`: years start in March, so the leap day is last.
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month_from_march = (month + 9) % 12;
        let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01, if it lies between [`Date::MIN`] and [`Date::MAX`].
    ///
    /// Handy for turning a Unix timestamp into today's date: `secs.div_euclid(86_400)`.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        if days < Date::MIN.days_since_epoch() || days > Date::MAX.days_since_epoch() {
            return None;
        }
        // Howard Hinnant's `civil_from_days`.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_from_march = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
        let month = if month_from_march < 10 {
            month_from_march + 3
        } else {
            month_from_march - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Some(Date {
            year: u16::try_from(year).ok()?,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The date `days` later (earlier when negative), or `None` past the representable range.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch().checked_add(days)?)
    }

    /// The same day `months` later, or that month's last day where it is shorter (31 August
    /// and six months is 28 February, or the 29th in a leap year); [`Date::MAX`] past the
    /// representable range.
    pub fn add_months(self, months: u32) -> Date {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        let (Ok(year), Ok(month)) = (u16::try_from(index / 12), u8::try_from(index % 12 + 1))
        else {
            return Date::MAX;
        };
        if year > Date::MAX.year {
            return Date::MAX;
        }
        Date {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    /// How many days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Date::parse(text)
    }
}

impl TryFrom<String> for Date {
    type Error = DateError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Date::parse(&text)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

// On the wire a date is an ISO 8601 string, not the struct's fields, so its schema is written
// by hand.
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Date {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Date)))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Date {}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check(text: &str, expected: Result<(u16, u8, u8), DateError>) {
        let got = Date::parse(text).map(|d| (d.year(), d.month(), d.day()));
        assert_eq!(got, expected, "{text:?}");
    }

    #[test]
    fn months_are_added_to_the_same_day_or_the_months_last() {
        let add = |text: &str, months| Date::parse(text).unwrap().add_months(months).to_string();
        assert_eq!(add("2025-08-31", 6), "2026-02-28");
        assert_eq!(add("2027-08-31", 6), "2028-02-29");
        assert_eq!(add("2025-01-15", 0), "2025-01-15");
        assert_eq!(add("2025-11-30", 2), "2026-01-30");
        assert_eq!(add("2025-12-31", 36), "2028-12-31");
        assert_eq!(add("9999-06-01", 7), "9999-12-31");
    }

    #[test]
    fn parses_real_days_only() {
        check("2024-02-29", Ok((2024, 2, 29)));
        check("2000-02-29", Ok((2000, 2, 29)));
        check("0001-01-01", Ok((1, 1, 1)));
        check("9999-12-31", Ok((9999, 12, 31)));
        check("2023-02-29", Err(DateError::Nonexistent));
        check("1900-02-29", Err(DateError::Nonexistent));
        check("2024-04-31", Err(DateError::Nonexistent));
        check("2024-13-01", Err(DateError::Nonexistent));
        check("2024-00-10", Err(DateError::Nonexistent));
        check("2024-01-00", Err(DateError::Nonexistent));
        check("0000-01-01", Err(DateError::Format));
    }

    #[test]
    fn rejects_other_shapes() {
        for text in [
            "",
            "2024-1-05",
            "24-01-05",
            "2024/01/05",
            "2024-01-05T00:00",
            " 2024-01-05",
            "2024-01-05 ",
            "20240105",
            "+2024-01-05",
            "2024-0a-05",
            "２０２４-01-05",
            "2024-01-0٥",
        ] {
            assert_eq!(Date::parse(text), Err(DateError::Format), "{text:?}");
        }
    }

    #[test]
    fn epoch_arithmetic() {
        assert_eq!(Date::parse("1970-01-01").unwrap().days_since_epoch(), 0);
        assert_eq!(
            Date::parse("2000-03-01").unwrap().days_since_epoch(),
            11_017
        );
        assert_eq!(
            Date::from_days_since_epoch(-1),
            Date::parse("1969-12-31").ok()
        );
        let d = Date::parse("2024-02-28").unwrap();
        assert_eq!(d.add_days(1).unwrap().to_string(), "2024-02-29");
        assert_eq!(d.add_days(2).unwrap().to_string(), "2024-03-01");
        assert_eq!(d.add_days(-59).unwrap().to_string(), "2023-12-31");
        assert_eq!(Date::MAX.add_days(1), None);
        assert_eq!(Date::MIN.add_days(-1), None);
        assert_eq!(d.days_until(Date::parse("2025-02-28").unwrap()), 366);
    }

    #[test]
    fn serde_is_the_iso_string() {
        let d: Date = serde_json::from_str("\"2025-12-24\"").unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2025-12-24\"");
        assert!(serde_json::from_str::<Date>("\"2025-02-30\"").is_err());
    }

    proptest! {
        #[test]
        fn days_round_trip(days in Date::MIN.days_since_epoch()..=Date::MAX.days_since_epoch()) {
            let date = Date::from_days_since_epoch(days).unwrap();
            prop_assert_eq!(date.days_since_epoch(), days);
            prop_assert_eq!(Date::parse(&date.to_string()), Ok(date));
            if let Some(next) = date.add_days(1) {
                prop_assert!(next > date);
            }
        }

        #[test]
        fn parse_never_panics(text in "\\PC{0,12}") {
            let _ = Date::parse(&text);
        }
    }
}
