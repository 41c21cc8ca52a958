//! The statistics in words: why a filter was refused, what a figure rests on, the bands and
//! their thresholds, whose figures they are and the steps of a series, in the reader's
//! language. The words live in `locales/`.

use shared::Date;
use shared::error::{FieldCode, FieldError};
use shared::statistics::{Band, Granularity, Indicator, ScopeView};

use crate::format;
use crate::i18n::I18n;
use crate::labels::{country_text, field_error_text};
use crate::t;

/// Why a filter was refused, in words: the period's own words for an end before the start
/// and a period longer than one call may cover, else the field's usual message.
pub fn refusal_text(i18n: &I18n, error: &FieldError) -> String {
    match (error.field.as_str(), error.code, error.params().max) {
        ("to", FieldCode::OutOfRange, _) => t!(i18n, "statistics-error-before-start"),
        ("to", FieldCode::TooLong, Some(max)) => t!(
            i18n,
            "statistics-error-too-long",
            count = max,
            days = format::number(max, i18n.language())
        ),
        _ => field_error_text(i18n, error),
    }
}

/// "Based on 12 requests": what a figure rests on.
pub fn based_on(i18n: &I18n, count: u64) -> String {
    let number = format::number(count, i18n.language());
    t!(i18n, "statistics-based-on", count = count, number = number)
}

/// A band in words: colour is never the only sign of it.
pub fn band_text(i18n: &I18n, band: Band) -> String {
    match band {
        Band::Green => t!(i18n, "statistics-band-green"),
        Band::Yellow => t!(i18n, "statistics-band-yellow"),
        Band::Red => t!(i18n, "statistics-band-red"),
    }
}

/// The class that colours a band.
pub fn band_class(band: Band) -> &'static str {
    match band {
        Band::Green => "band band--green",
        Band::Yellow => "band band--yellow",
        Band::Red => "band band--red",
    }
}

/// A threshold as the legend prints it: a percentage, or days.
fn threshold_text(i18n: &I18n, indicator: Indicator, value: u32) -> String {
    match indicator {
        Indicator::AverageDaysToAnswer => format::number(u64::from(value), i18n.language()),
        _ => format::percent(f64::from(value) / 100.0, i18n.language()),
    }
}

/// An indicator's thresholds in a sentence, e.g. "Accepted within 7 days: good from 80%, poor
/// below 60%."
pub fn legend_text(i18n: &I18n, indicator: Indicator, green: u32, red: u32) -> String {
    let (green, red) = (
        threshold_text(i18n, indicator, green),
        threshold_text(i18n, indicator, red),
    );
    match indicator {
        Indicator::AcceptedWithinSevenDays => {
            t!(
                i18n,
                "statistics-legend-accepted-in-time",
                green = green,
                red = red
            )
        }
        Indicator::AverageDaysToAnswer => {
            t!(
                i18n,
                "statistics-legend-average-days",
                green = green,
                red = red
            )
        }
        Indicator::AnsweredByAgreedDate => {
            t!(
                i18n,
                "statistics-legend-by-agreed-date",
                green = green,
                red = red
            )
        }
        Indicator::NegativeTimeliness => {
            t!(
                i18n,
                "statistics-legend-negative-timeliness",
                green = green,
                red = red
            )
        }
        Indicator::NegativeEffort => {
            t!(
                i18n,
                "statistics-legend-negative-effort",
                green = green,
                red = red
            )
        }
    }
}

/// Whose figures these are.
pub fn scope_text(i18n: &I18n, scope: &ScopeView) -> String {
    match scope {
        ScopeView::Everything => t!(i18n, "statistics-scope-everything"),
        ScopeView::Country { country } => country_text(i18n, *country),
        ScopeView::Areas { country, .. } => t!(
            i18n,
            "statistics-scope-areas",
            country = country_text(i18n, *country)
        ),
        ScopeView::Authority { .. } => t!(i18n, "statistics-scope-authority"),
    }
}

/// The name of a step's length.
pub fn granularity_text(i18n: &I18n, granularity: Granularity) -> String {
    match granularity {
        Granularity::Month => t!(i18n, "statistics-granularity-month"),
        Granularity::Quarter => t!(i18n, "statistics-granularity-quarter"),
        Granularity::Year => t!(i18n, "statistics-granularity-year"),
    }
}

/// The quarter a step starts, from 1 to 4.
fn quarter_of(start: Date) -> u8 {
    (start.month() - 1) / 3 + 1
}

/// A step of a series in full, for tables and files: "January 2026", "Q1 2026", "2026".
pub fn step_text(i18n: &I18n, start: Date, granularity: Granularity) -> String {
    let language = i18n.language();
    match granularity {
        Granularity::Month => format::month(start, true, language),
        Granularity::Quarter => t!(
            i18n,
            "statistics-quarter",
            quarter = quarter_of(start),
            year = format::year(start, language)
        ),
        Granularity::Year => format::year(start, language),
    }
}

/// A step as a chart's axis labels it, short: the month or quarter, and its year (which the
/// chart writes under the first step of each year it labels); a year alone for years.
pub fn step_tick(i18n: &I18n, start: Date, granularity: Granularity) -> (String, String) {
    let language = i18n.language();
    match granularity {
        Granularity::Month => (
            format::month(start, false, language),
            format::year(start, language),
        ),
        Granularity::Quarter => (
            t!(
                i18n,
                "statistics-quarter-short",
                quarter = quarter_of(start)
            ),
            format::year(start, language),
        ),
        Granularity::Year => (format::year(start, language), String::new()),
    }
}
