//! Closed code lists: countries of the EEA, official languages, legislative areas and roles.
//!
//! Each is a type whose only constructors check membership, so holding a `CountryCode` means
//! holding one of the 30 EEA countries.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a code did not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} code `{value}`")]
pub struct UnknownCode {
    /// Which list was searched, e.g. `country`.
    pub kind: &'static str,
    /// The rejected input.
    pub value: String,
}

macro_rules! code_list {
    (
        $(#[$meta:meta])*
        $name:ident, $kind:literal, [$($code:literal),+ $(,)?]
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(&'static str);

        // The document lists the codes, so that clients (and the API fuzzer) know them.
        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::RefOr::T(utoipa::openapi::schema::Schema::Object(
                    utoipa::openapi::schema::ObjectBuilder::new()
                        .schema_type(utoipa::openapi::schema::Type::String)
                        .enum_values(Some([$($code),+]))
                        .build(),
                ))
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for $name {}

        // Written by hand: a derived impl would make serde borrow the `&'static str` and
        // demand `'de: 'static`.
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = String::deserialize(deserializer)?;
                Self::parse(&value).map_err(serde::de::Error::custom)
            }
        }

        impl $name {
            /// Every member of the list, in its canonical order.
            pub const ALL_CODES: &'static [&'static str] = &[$($code),+];

            /// Parses a code, accepting any letter case.
            pub fn parse(value: &str) -> Result<Self, UnknownCode> {
                Self::ALL_CODES
                    .iter()
                    .find(|code| code.eq_ignore_ascii_case(value))
                    .map(|code| $name(code))
                    .ok_or_else(|| UnknownCode { kind: $kind, value: value.to_owned() })
            }

            /// Every member of the list.
            pub fn all() -> impl Iterator<Item = Self> {
                Self::ALL_CODES.iter().map(|code| $name(code))
            }

            /// The canonical code.
            pub fn as_str(self) -> &'static str {
                self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = UnknownCode;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::parse(&value)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0.to_owned()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownCode;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Self::parse(value)
            }
        }
    };
}

code_list!(
    /// An ISO 3166-1 alpha-2 code of one of the 30 countries of the European Economic Area
    /// (the 27 EU member states plus Iceland, Liechtenstein and Norway), upper case.
    CountryCode,
    "country",
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"
    ]
);

code_list!(
    /// An ISO 639-1 code of a language the system is used in: the 24 official EU languages plus
    /// Icelandic and Norwegian Bokmål, lower case.
    LanguageCode,
    "language",
    [
        "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
        "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "is", "nb"
    ]
);

code_list!(
    /// A legislative area: a body of single-market law whose procedures run in the system.
    LegislativeArea,
    "legislative_area",
    ["services", "professional_qualifications", "posting_of_workers", "ecommerce"]
);

code_list!(
    /// A role a user holds inside their authority. A user may hold several.
    Role,
    "role",
    [
        "request_handler",
        "allocator",
        "local_administrator",
        "coordinator",
        "commission_observer",
        "alert_coordinator"
    ]
);

impl LanguageCode {
    /// English, the language of the source texts and the last fallback.
    pub const ENGLISH: LanguageCode = LanguageCode("en");

    /// The language's name in that language, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self.0 {
            "bg" => "Български",
            "cs" => "Čeština",
            "da" => "Dansk",
            "de" => "Deutsch",
            "el" => "Ελληνικά",
            "en" => "English",
            "es" => "Español",
            "et" => "Eesti",
            "fi" => "Suomi",
            "fr" => "Français",
            "ga" => "Gaeilge",
            "hr" => "Hrvatski",
            "hu" => "Magyar",
            "it" => "Italiano",
            "lt" => "Lietuvių",
            "lv" => "Latviešu",
            "mt" => "Malti",
            "nl" => "Nederlands",
            "pl" => "Polski",
            "pt" => "Português",
            "ro" => "Română",
            "sk" => "Slovenčina",
            "sl" => "Slovenščina",
            "sv" => "Svenska",
            "is" => "Íslenska",
            "nb" => "Norsk bokmål",
            _ => unreachable!("every language code has a native name"),
        }
    }

    /// Picks the best supported language for a BCP 47 tag such as `lv-LV` or `no`.
    pub fn from_bcp47(tag: &str) -> Option<LanguageCode> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        // Norwegian without a script is served in Bokmål, the written standard most
        // authorities use.
        let primary = match primary.as_str() {
            "no" | "nn" => "nb",
            other => other,
        };
        LanguageCode::parse(primary).ok()
    }
}

impl CountryCode {
    /// The language most of the country's authorities name themselves in: the default of a
    /// new authority's name language. Countries with several official languages (Belgium,
    /// Finland, Ireland, Luxembourg, Malta...) get their most used one, and the others are
    /// entered as other names.
    pub fn main_language(self) -> LanguageCode {
        let code = match self.0 {
            "AT" | "DE" | "LI" => "de",
            "BE" | "NL" => "nl",
            "BG" => "bg",
            "HR" => "hr",
            "CY" | "GR" => "el",
            "CZ" => "cs",
            "DK" => "da",
            "EE" => "et",
            "FI" => "fi",
            // Luxembourg's administration names itself in French.
            "FR" | "LU" => "fr",
            "HU" => "hu",
            "IE" => "en",
            "IT" => "it",
            "LV" => "lv",
            "LT" => "lt",
            "MT" => "mt",
            "PL" => "pl",
            "PT" => "pt",
            "RO" => "ro",
            "SK" => "sk",
            "SI" => "sl",
            "ES" => "es",
            "SE" => "sv",
            "IS" => "is",
            "NO" => "nb",
            _ => unreachable!("every country code has a main language"),
        };
        LanguageCode(code)
    }
}

impl Role {
    /// The Fluent message id of the role's name, e.g. `role-request_handler`.
    pub fn message_id(self) -> String {
        format!("role-{}", self.0)
    }

    /// Sends and answers requests.
    pub const REQUEST_HANDLER: Role = Role("request_handler");
    /// Assigns incoming requests to handlers when the authority uses allocation.
    pub const ALLOCATOR: Role = Role("allocator");
    /// Manages the users and data of their authority.
    pub const LOCAL_ADMINISTRATOR: Role = Role("local_administrator");
    /// Registers and supports the authorities of their country (or area).
    pub const COORDINATOR: Role = Role("coordinator");
    /// Commission staff: sees statistics, no personal data.
    pub const COMMISSION_OBSERVER: Role = Role("commission_observer");
    /// Receives the alerts sent to their country (or to their area in it) and passes them on
    /// to the competent authorities; approves the alerts their country's authorities send,
    /// where the country asks for approval.
    pub const ALERT_COORDINATOR: Role = Role("alert_coordinator");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_has_a_main_language() {
        for country in CountryCode::all() {
            assert!(LanguageCode::all().any(|l| l == country.main_language()));
        }
    }

    #[test]
    fn thirty_countries_and_twenty_six_languages() {
        assert_eq!(CountryCode::all().count(), 30);
        assert_eq!(LanguageCode::all().count(), 26);
    }

    #[test]
    fn parse_is_case_insensitive_and_canonical() {
        assert_eq!(CountryCode::parse("lv").unwrap().as_str(), "LV");
        assert_eq!(LanguageCode::parse("LV").unwrap().as_str(), "lv");
        assert!(CountryCode::parse("US").is_err());
        assert!(CountryCode::parse("").is_err());
    }

    #[test]
    fn serde_rejects_unknown_codes() {
        assert!(serde_json::from_str::<CountryCode>("\"XX\"").is_err());
        let lv: LanguageCode = serde_json::from_str("\"lv\"").unwrap();
        assert_eq!(serde_json::to_string(&lv).unwrap(), "\"lv\"");
    }

    #[test]
    fn every_language_has_a_native_name() {
        for lang in LanguageCode::all() {
            assert!(!lang.native_name().is_empty());
        }
    }

    #[test]
    fn browser_tags_map_to_supported_languages() {
        assert_eq!(
            LanguageCode::from_bcp47("lv-LV"),
            LanguageCode::parse("lv").ok()
        );
        assert_eq!(
            LanguageCode::from_bcp47("no"),
            LanguageCode::parse("nb").ok()
        );
        assert_eq!(LanguageCode::from_bcp47("ja-JP"), None);
    }
}
