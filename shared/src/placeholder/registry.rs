//! The registry of known placeholders: what each one holds, how long it may be, whether it is
//! personal data, and its label in every language of the system.
//!
//! The table is `catalogue/placeholders.toml`, compiled into the crate by `build.rs` and so
//! into both the SPA and the server: a label or a limit can never differ between the two. A
//! new legislative area adds its placeholders there, with labels in all 26 languages (a test
//! refuses a definition that lacks one).

use super::values::{self, PlaceholderError};
use crate::LanguageCode;
use crate::macros::wire_enum;

wire_enum!(
    /// What kind of value a placeholder takes; decides the checks and the input widget.
    pub enum ValueKind {
        /// One line of free text.
        FreeText = "free_text",
        /// A natural person's name: must contain a letter and no digit.
        PersonName = "person_name",
        /// The name under which a business trades.
        BusinessName = "business_name",
        /// A postal address; the only kind that may span several lines.
        PostalAddress = "postal_address",
        /// A calendar date, `YYYY-MM-DD`.
        Date = "date",
        /// One of the 30 EEA countries, as its ISO 3166-1 alpha-2 code.
        Country = "country",
        /// An identifier in a register, such as `HRB 12345` or `40003245752`.
        RegisterReference = "register_reference",
        /// An e-mail address.
        Email = "email",
    }
);

impl ValueKind {
    /// Whether a value may contain line breaks (only postal addresses).
    pub fn is_multiline(self) -> bool {
        self == ValueKind::PostalAddress
    }
}

/// The definition of one placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceholderDef {
    /// The name used in templates, e.g. `SPBusinessName`.
    pub name: &'static str,
    /// What the value is.
    pub kind: ValueKind,
    /// The longest accepted value, in characters after normalisation.
    pub max_chars: u32,
    /// Whether the value is personal data under Regulation (EU) No 1024/2012: hidden until a
    /// request is accepted, and blocked then deleted after closure.
    pub personal_data: bool,
    /// The label shown next to the input, as `(language code, label)` for every language.
    pub labels: &'static [(&'static str, &'static str)],
}

impl PlaceholderDef {
    /// The label in `language`, falling back to English.
    pub fn label(&self, language: LanguageCode) -> &'static str {
        self.label_in(language.as_str())
            .or_else(|| self.label_in(LanguageCode::ENGLISH.as_str()))
            .unwrap_or(self.name)
    }

    fn label_in(&self, language: &str) -> Option<&'static str> {
        self.labels
            .iter()
            .find(|(code, _)| *code == language)
            .map(|(_, label)| *label)
    }

    /// Checks one value and returns it normalised (NFC, trimmed, canonical form of its kind).
    ///
    /// This is what the SPA calls on each keystroke for live feedback.
    pub fn validate(&self, raw: &str) -> Result<String, PlaceholderError> {
        values::validate_one(self, raw)
    }
}

/// A set of placeholder definitions, looked up by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Registry {
    definitions: &'static [PlaceholderDef],
}

impl Registry {
    /// A registry over a table of definitions (tests and future areas may build their own).
    pub const fn new(definitions: &'static [PlaceholderDef]) -> Registry {
        Registry { definitions }
    }

    /// The registry of every placeholder in the question catalogue.
    pub fn standard() -> &'static Registry {
        &STANDARD
    }

    /// The definition named `name`, if any.
    pub fn get(&self, name: &str) -> Option<&'static PlaceholderDef> {
        self.definitions.iter().find(|def| def.name == name)
    }

    /// All definitions, in table order.
    pub fn definitions(&self) -> &'static [PlaceholderDef] {
        self.definitions
    }
}

static STANDARD: Registry = Registry::new(DEFINITIONS);

// The catalogue's placeholders, from `catalogue/placeholders.toml` (see `build.rs`).
include!(concat!(env!("OUT_DIR"), "/placeholders.rs"));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::placeholder::PlaceholderName;
    use std::collections::BTreeSet;

    #[test]
    fn every_definition_has_a_label_in_every_language_and_no_other() {
        for def in Registry::standard().definitions() {
            let languages: Vec<&str> = def.labels.iter().map(|(code, _)| *code).collect();
            let distinct: BTreeSet<&str> = languages.iter().copied().collect();
            assert_eq!(
                languages.len(),
                distinct.len(),
                "{}: a language twice",
                def.name
            );
            for language in LanguageCode::all() {
                let label = def.label_in(language.as_str());
                let label = label.unwrap_or_else(|| panic!("{}: no {language} label", def.name));
                assert_eq!(label.trim(), label, "{} {language}", def.name);
                assert!(!label.is_empty(), "{} {language}", def.name);
            }
            assert_eq!(distinct.len(), LanguageCode::all().count(), "{}", def.name);
        }
    }

    #[test]
    fn labels_are_translated_not_copied() {
        // Related languages may share a word ("Registertype" in Danish and Norwegian), but a
        // label identical to the English one means a translation is missing.
        for def in Registry::standard().definitions() {
            let english = def.label(LanguageCode::ENGLISH);
            for (code, label) in def.labels.iter().filter(|(code, _)| *code != "en") {
                assert_ne!(*label, english, "{} {code}", def.name);
            }
        }
    }

    #[test]
    fn definitions_are_well_formed() {
        let mut names = BTreeSet::new();
        for def in Registry::standard().definitions() {
            assert!(PlaceholderName::parse(def.name).is_ok(), "{}", def.name);
            assert!(names.insert(def.name), "{} twice", def.name);
            assert!(def.max_chars > 0);
            let fixed = match def.kind {
                ValueKind::Date => Some(10),
                ValueKind::Country => Some(2),
                _ => None,
            };
            if let Some(fixed) = fixed {
                assert_eq!(def.max_chars, fixed, "{}", def.name);
            }
        }
    }

    #[test]
    fn services_directive_set_is_present() {
        let registry = Registry::standard();
        for name in [
            "SPBusinessName",
            "SPAddress",
            "RegisterType",
            "RegisterName",
        ] {
            assert!(registry.get(name).is_some(), "{name}");
        }
        let kinds: BTreeSet<&str> = registry
            .definitions()
            .iter()
            .map(|def| def.kind.as_str())
            .collect();
        assert_eq!(
            kinds.len(),
            ValueKind::ALL.len(),
            "every kind is used at least once"
        );
        assert!(
            registry.get("spbusinessname").is_none(),
            "names are case-sensitive"
        );
    }

    #[test]
    fn label_falls_back_to_english() {
        static ONLY_EN: &[PlaceholderDef] = &[PlaceholderDef {
            name: "X",
            kind: ValueKind::FreeText,
            max_chars: 5,
            personal_data: false,
            labels: &[("en", "Ex")],
        }];
        let def = Registry::new(ONLY_EN).get("X").unwrap();
        assert_eq!(def.label(LanguageCode::parse("lv").unwrap()), "Ex");
        let lv = Registry::standard().get("SPAddress").unwrap();
        assert_eq!(
            lv.label(LanguageCode::parse("lv").unwrap()),
            "Pakalpojumu sniedzēja adrese"
        );
    }

    #[test]
    fn kinds_are_snake_case_on_the_wire() {
        for kind in ValueKind::ALL {
            assert_eq!(
                serde_json::to_string(kind).unwrap(),
                format!("\"{}\"", kind.as_str())
            );
        }
    }
}
