//! Dates, times and numbers in the reader's locale, by the browser's `Intl`: the same day is
//! "20.12.2026." in Latvian and "20/12/2026" in Portuguese, without carrying CLDR data in
//! the wasm.

use shared::{Date, LanguageCode};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys;

/// The locale `Intl` formats for: English as the EU institutions write it (en-GB: "4 Dec
/// 2026, 17:09", day before month, 24-hour clock), every other language as itself.
/// `index.html`'s early loader warms the browser's data for the same locale.
fn locale(language: LanguageCode) -> &'static str {
    match language.as_str() {
        "en" => "en-GB",
        other => other,
    }
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object.into()
}

/// The ways this module writes a date or a number: each is one `Intl` formatter per language.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Day,
    Moment,
    Number,
    Percent,
    OneDecimal,
    MonthShort,
    MonthLong,
    Year,
}

impl Style {
    /// The formatter's options, as `Intl` takes them.
    fn settings(self) -> &'static [(&'static str, &'static str)] {
        match self {
            // Days have no time zone, so UTC is used on both ends and the day never shifts.
            Style::Day => &[("timeZone", "UTC"), ("dateStyle", "medium")],
            // A moment in the reader's own time zone. Official usage in all 26 languages is
            // the 24-hour clock.
            Style::Moment => &[
                ("dateStyle", "medium"),
                ("timeStyle", "short"),
                ("hourCycle", "h23"),
            ],
            Style::Number => &[],
            Style::Percent => &[("style", "percent"), ("maximumFractionDigits", "1")],
            Style::OneDecimal => &[
                ("minimumFractionDigits", "1"),
                ("maximumFractionDigits", "1"),
            ],
            Style::MonthShort => &[("timeZone", "UTC"), ("month", "short")],
            Style::MonthLong => &[("timeZone", "UTC"), ("month", "long"), ("year", "numeric")],
            Style::Year => &[("timeZone", "UTC"), ("year", "numeric")],
        }
    }

    fn is_date(self) -> bool {
        matches!(
            self,
            Style::Day | Style::Moment | Style::MonthShort | Style::MonthLong | Style::Year
        )
    }

    /// The formatter's bound `format` function, made on first use and kept. Making an `Intl`
    /// formatter costs far more than using one, and `toLocaleString` makes one at every
    /// call: a request's history writes a moment for each of its events. (The very first
    /// formatter of a page also loads the locale's data; `index.html` makes that one early.)
    /// A kept formatter keeps the time zone it was made in, so a moment is written in the
    /// zone the device had when the page was opened.
    fn formatter(self, language: LanguageCode) -> js_sys::Function {
        thread_local! {
            static MADE: RefCell<Vec<(Style, LanguageCode, js_sys::Function)>> =
                const { RefCell::new(Vec::new()) };
        }
        MADE.with(|made| {
            if let Some((_, _, format)) = made
                .borrow()
                .iter()
                .find(|(style, lang, _)| *style == self && *lang == language)
            {
                return format.clone();
            }
            let locales = js_sys::Array::of1(&JsValue::from_str(locale(language)));
            let settings: js_sys::Object = options(self.settings()).unchecked_into();
            let format = if self.is_date() {
                js_sys::Intl::DateTimeFormat::new(&locales, &settings).format()
            } else {
                js_sys::Intl::NumberFormat::new(&locales, &settings).format()
            };
            made.borrow_mut().push((self, language, format.clone()));
            format
        })
    }

    /// `value` (a JavaScript date or number) written in `language`, or none where `Intl`
    /// refuses it.
    fn write(self, value: &JsValue, language: LanguageCode) -> Option<String> {
        self.formatter(language)
            .call1(&JsValue::NULL, value)
            .ok()
            .and_then(|text| text.as_string())
    }
}

/// Today in UTC, the calendar the server checks dates against (a requested date, an
/// alert's decision) and counts figures in: not the reader's own day, which may already be
/// tomorrow there.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_utc_full_year() as u16,
        (now.get_utc_month() + 1) as u8,
        now.get_utc_date() as u8,
    )
    .unwrap_or(Date::MIN)
}

/// A calendar day, e.g. `20 dec. 2026`.
pub fn date(day: Date, language: LanguageCode) -> String {
    Style::Day
        .write(&js_day(day), language)
        .unwrap_or_else(|| day.to_string())
}

/// A moment (RFC 3339), in the reader's own time zone, e.g. `20.12.2026, 14:05`.
pub fn date_time(rfc3339: &str, language: LanguageCode) -> String {
    let value = js_sys::Date::new(&JsValue::from_str(rfc3339));
    if value.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    Style::Moment
        .write(&value, language)
        .unwrap_or_else(|| rfc3339.to_owned())
}

/// A count with the locale's digit grouping, e.g. `1 234` or `1.234`.
pub fn number(value: u64, language: LanguageCode) -> String {
    #[allow(clippy::cast_precision_loss)] // counts stay far below 2^53
    let value = value as f64;
    Style::Number
        .write(&JsValue::from_f64(value), language)
        .unwrap_or_else(|| value.to_string())
}

/// A count that stops at a cap, e.g. `1 000+` when there are more.
pub fn count(value: u64, more: bool, language: LanguageCode) -> String {
    if more {
        format!("{}+", number(value, language))
    } else {
        number(value, language)
    }
}

/// A number with the locale's decimal sign and grouping in one of the number styles.
fn number_with(value: f64, language: LanguageCode, style: Style) -> String {
    style
        .write(&JsValue::from_f64(value), language)
        .unwrap_or_else(|| value.to_string())
}

/// The locale's decimal sign: a point or a comma.
pub fn decimal_separator(language: LanguageCode) -> char {
    number_with(1.5, language, Style::Number)
        .chars()
        .find(|c| !c.is_ascii_digit())
        .unwrap_or('.')
}

/// A measured value with the locale's decimal sign and its unit's symbol after a no-break
/// space, e.g. `12,5 t`. The number is written as stored, digit for digit: a measure is never
/// rounded through a float.
pub fn measure(
    value: &shared::request::Measure,
    unit: Option<shared::catalogue::Unit>,
    language: LanguageCode,
) -> String {
    let number = value.written_with(decimal_separator(language));
    match unit {
        Some(unit) => format!("{number}\u{a0}{}", unit.symbol()),
        None => number,
    }
}

/// A share from 0 to 1 as a percentage with at most one decimal, e.g. `83.3%` or `83,3 %`.
pub fn percent(share: f64, language: LanguageCode) -> String {
    number_with(share, language, Style::Percent)
}

/// A number of days with exactly one decimal, e.g. `14.5` or `14,5`, so that averages read
/// alike whatever their value.
pub fn days(value: f64, language: LanguageCode) -> String {
    number_with(value, language, Style::OneDecimal)
}

/// A calendar day as a JavaScript date at midnight UTC.
fn js_day(day: Date) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_str(&day.to_string()))
}

/// A month as the locale names it, for the steps of a series: short and alone (`Jan`), or
/// `long` and with its year (`January 2026`).
pub fn month(day: Date, long: bool, language: LanguageCode) -> String {
    let style = if long {
        Style::MonthLong
    } else {
        Style::MonthShort
    };
    style
        .write(&js_day(day), language)
        .unwrap_or_else(|| day.to_string())
}

/// A year as the locale writes it on its own (some add a word or a full stop, e.g. `2026.`).
pub fn year(day: Date, language: LanguageCode) -> String {
    Style::Year
        .write(&js_day(day), language)
        .unwrap_or_else(|| day.to_string())
}
