//! Measurements taken on site (an inspection's checklist, `crate::inspection`): the unit a
//! catalogue question is measured in, written with its international symbol, and the value
//! measured, a decimal kept in one form whichever decimal sign the reader typed.

use serde::{Deserialize, Serialize};

use crate::error::FieldCode;

crate::macros::wire_enum!(
    /// The unit of a measurement question. Each is written with its international symbol,
    /// the same in every language, so it needs no translation.
    pub enum Unit {
        /// Metres.
        Metre = "metre",
        /// Centimetres.
        Centimetre = "centimetre",
        /// Millimetres.
        Millimetre = "millimetre",
        /// Kilograms.
        Kilogram = "kilogram",
        /// Tonnes.
        Tonne = "tonne",
        /// Kilonewtons.
        Kilonewton = "kilonewton",
        /// A-weighted decibels, the noise level.
        DecibelA = "decibel_a",
        /// Degrees Celsius.
        DegreeCelsius = "degree_celsius",
        /// Per cent.
        Percent = "percent",
        /// Hours.
        Hour = "hour",
        /// Metres per second.
        MetrePerSecond = "metre_per_second",
        /// Lux.
        Lux = "lux",
        /// Bar.
        Bar = "bar",
        /// Volts.
        Volt = "volt",
    }
);

impl Unit {
    /// The unit's international symbol, e.g. `dB(A)`.
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::Metre => "m",
            Unit::Centimetre => "cm",
            Unit::Millimetre => "mm",
            Unit::Kilogram => "kg",
            Unit::Tonne => "t",
            Unit::Kilonewton => "kN",
            Unit::DecibelA => "dB(A)",
            Unit::DegreeCelsius => "°C",
            Unit::Percent => "%",
            Unit::Hour => "h",
            Unit::MetrePerSecond => "m/s",
            Unit::Lux => "lx",
            Unit::Bar => "bar",
            Unit::Volt => "V",
        }
    }
}

/// A measured value as a decimal number: at most 9 digits before the decimal point and 4
/// after it, with an optional minus sign (a temperature). [`Measure::parse`] takes either
/// decimal separator, a point or a comma, as the reader's language writes it, and keeps the
/// number in one form (`12.5`, never `012,50`), so the same value is always the same text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Measure(String);

/// The most digits before a measure's decimal point.
const MEASURE_WHOLE_DIGITS: usize = 9;
/// The most digits after it.
const MEASURE_FRACTION_DIGITS: usize = 4;

impl Measure {
    /// The value typed, or `invalid_format` when it is not such a number.
    pub fn parse(text: &str) -> Result<Measure, FieldCode> {
        let text = text.trim();
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (whole, fraction) = match digits.split_once(['.', ',']) {
            Some((whole, fraction)) => (whole, fraction),
            None => (digits, ""),
        };
        let all_digits = |part: &str| part.chars().all(|c| c.is_ascii_digit());
        if whole.is_empty()
            || !all_digits(whole)
            || !all_digits(fraction)
            || (digits.len() > whole.len() && fraction.is_empty())
        {
            return Err(FieldCode::InvalidFormat);
        }
        let whole = whole.trim_start_matches('0');
        let fraction = fraction.trim_end_matches('0');
        if whole.len() > MEASURE_WHOLE_DIGITS || fraction.len() > MEASURE_FRACTION_DIGITS {
            return Err(FieldCode::OutOfRange);
        }
        let whole = if whole.is_empty() { "0" } else { whole };
        let zero = whole == "0" && fraction.is_empty();
        let sign = if negative && !zero { "-" } else { "" };
        Ok(Measure(if fraction.is_empty() {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}.{fraction}")
        }))
    }

    /// The number with a point as its decimal separator, as stored and sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The number with `separator` as its decimal separator, as a language writes it.
    pub fn written_with(&self, separator: char) -> String {
        self.0.replace('.', &separator.to_string())
    }
}

impl TryFrom<String> for Measure {
    type Error = String;

    fn try_from(text: String) -> Result<Measure, String> {
        Measure::parse(&text).map_err(|code| code.as_str().to_owned())
    }
}

impl From<Measure> for String {
    fn from(measure: Measure) -> String {
        measure.0
    }
}

impl std::fmt::Display for Measure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::AnswerType;
    use crate::request::AnswerValue;

    #[test]
    fn a_measure_is_one_number_in_one_form() {
        let parsed = |text: &str| Measure::parse(text).map(|m| m.as_str().to_owned());
        assert_eq!(parsed(" 12,50 "), Ok("12.5".to_owned()));
        assert_eq!(parsed("007.0"), Ok("7".to_owned()));
        assert_eq!(parsed("-3.25"), Ok("-3.25".to_owned()));
        assert_eq!(parsed("-0,0"), Ok("0".to_owned()));
        assert_eq!(parsed("0.125"), Ok("0.125".to_owned()));
        assert_eq!(parsed("999999999.9999"), Ok("999999999.9999".to_owned()));
        for bad in ["", "-", "12.", ".5", "1.2.3", "1e3", "+4", "12 t", "٣"] {
            assert_eq!(parsed(bad), Err(FieldCode::InvalidFormat), "{bad:?}");
        }
        for big in ["1000000000", "0.00001"] {
            assert_eq!(parsed(big), Err(FieldCode::OutOfRange), "{big:?}");
        }
        let measure = Measure::parse("21.5").unwrap();
        assert_eq!(measure.written_with(','), "21,5");
        // The wire form is the number as text, refused as the parser refuses.
        let answer: AnswerValue =
            serde_json::from_str(r#"{"kind":"measurement","value":"21.50"}"#).unwrap();
        assert_eq!(answer, AnswerValue::Measurement { value: measure });
        assert!(
            serde_json::from_str::<AnswerValue>(r#"{"kind":"measurement","value":"x"}"#).is_err()
        );
        assert!(
            AnswerValue::Measurement {
                value: Measure::parse("1").unwrap()
            }
            .fits(AnswerType::Measurement)
        );
        assert!(!AnswerValue::Yes.fits(AnswerType::Measurement));
    }
}
