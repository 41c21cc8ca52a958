//! Placeholders in pre-translated question templates.
//!
//! A question such as "Is [${SPBusinessName}] the correct business name of the service
//! provider?" carries placeholders that the requesting official fills in. This module owns every
//! rule about them, so that the SPA (while the official types) and the server (before anything
//! is stored) apply the very same checks:
//!
//! - [`parser`]: template syntax, `${Name}` (canonical) or `$<Name>`, `$$` for a literal `$`;
//! - [`registry`]: the known placeholders, their value kinds, limits, personal-data flag and
//!   labels in all 26 languages;
//! - [`values`]: validation and normalisation of filled-in values;
//! - [`render`](mod@render): a template with values as text and value segments, never as raw markup;
//! - [`consistency`]: every translation of a question has the placeholders of its source.
//!
//! Errors are codes with structured parameters, never English sentences: the SPA translates
//! each code with the Fluent id given by its `message_id()`.

pub mod check;
pub mod consistency;
pub mod parser;
pub mod registry;
pub mod render;
pub mod values;

pub use check::{
    PlaceholderInfo, TemplateCheck, TemplateCheckErrors, TemplateCheckRequest, check_template,
};
pub use consistency::{TranslationIssue, TranslationIssueKind, check_translations};
pub use parser::{Segment, Template, TemplateError, TemplateErrorCode};
pub use registry::{PlaceholderDef, Registry, ValueKind};
pub use render::{RenderedSegment, ValueSource, render, to_plain_text, without_brackets};
pub use values::{
    Completeness, NfcNormalizer, NormalisedValues, PlaceholderError, PlaceholderErrorCode,
    set_nfc_normalizer, validate_draft_values, validate_values,
};

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a text is not a placeholder name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a placeholder name: an ASCII letter, then ASCII letters, digits or `_`")]
pub struct InvalidPlaceholderName(pub String);

/// The name of a placeholder, such as `SPBusinessName`.
///
/// An ASCII letter followed by ASCII letters, digits or `_`, at most
/// [`PlaceholderName::MAX_LEN`] characters. Names are case-sensitive, as in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlaceholderName(String);

impl PlaceholderName {
    /// The longest name accepted; real names are far shorter.
    pub const MAX_LEN: usize = 64;

    /// Checks and wraps a name.
    pub fn parse(name: &str) -> Result<PlaceholderName, InvalidPlaceholderName> {
        if is_valid_name(name) {
            Ok(PlaceholderName(name.to_owned()))
        } else {
            Err(InvalidPlaceholderName(name.to_owned()))
        }
    }

    /// The name as written in templates, without delimiters.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn is_valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    name.len() <= PlaceholderName::MAX_LEN
        && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl fmt::Display for PlaceholderName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for PlaceholderName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for PlaceholderName {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for PlaceholderName {
    type Err = InvalidPlaceholderName;
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        PlaceholderName::parse(name)
    }
}

impl Serialize for PlaceholderName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for PlaceholderName {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        PlaceholderName::parse(&name).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for ok in ["A", "SPBusinessName", "Register_Type2", "x"] {
            assert!(PlaceholderName::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "1A",
            "_A",
            "SP Name",
            "Nàme",
            "A-B",
            "A.B",
            &"A".repeat(65),
        ] {
            assert!(PlaceholderName::parse(bad).is_err(), "{bad}");
        }
        assert!(PlaceholderName::parse(&"A".repeat(64)).is_ok());
        assert!(serde_json::from_str::<PlaceholderName>("\"1x\"").is_err());
    }
}
