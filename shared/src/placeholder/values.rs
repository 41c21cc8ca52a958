//! Validation of the values a requester fills into placeholders.
//!
//! The SPA calls [`PlaceholderDef::validate`] as the official types and [`validate_values`]
//! before sending; the server calls [`validate_values`] again before storing and answers 422
//! with the same [`PlaceholderErrorCode`]s when the form was bypassed.
//!
//! Every value is normalised the same way: Unicode NFC, line breaks as `\n` (addresses only),
//! surrounding white space trimmed, then the canonical form of its kind (upper-case country
//! code, lower-case e-mail domain).

use super::PlaceholderName;
use super::parser::Template;
use super::registry::{PlaceholderDef, Registry, ValueKind};
use crate::error::{FieldCode, FieldError, FieldParams};
use crate::macros::wire_enum;
use crate::{CountryCode, date::Date, date::DateError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
#[cfg(feature = "nfc")]
use unicode_normalization::UnicodeNormalization;

wire_enum!(
    /// Why a placeholder value is refused. Stable snake_case codes for translation.
    pub enum PlaceholderErrorCode {
        /// A chosen question needs this placeholder and no value was given.
        Missing = "missing",
        /// The value is empty or only white space.
        Empty = "empty",
        /// Longer than the placeholder allows; see `max_length` and `length`.
        TooLong = "too_long",
        /// A control or invisible direction-changing character (e.g. U+0000, U+202E).
        ControlCharacter = "control_character",
        /// A line break in a value that must fit on one line.
        LineBreak = "line_break",
        /// A date not written `YYYY-MM-DD`.
        InvalidDate = "invalid_date",
        /// A well-written date that is not on the calendar, e.g. `2023-02-29`.
        NonexistentDate = "nonexistent_date",
        /// Not the code of one of the 30 EEA countries.
        UnknownCountry = "unknown_country",
        /// Not an e-mail address.
        InvalidEmail = "invalid_email",
        /// A person's name without any letter, or with digits.
        InvalidPersonName = "invalid_person_name",
        /// A register reference with characters other than letters, digits, spaces and `-./`.
        InvalidRegisterReference = "invalid_register_reference",
        /// A value for a placeholder that none of the chosen questions uses.
        Unexpected = "unexpected",
        /// A placeholder that the registry does not define.
        UnknownPlaceholder = "unknown_placeholder",
    }
);

impl PlaceholderErrorCode {
    /// The Fluent message id, e.g. `placeholder-error-too-long`. Messages take the variables
    /// `$label` (the placeholder's label), and for `too_long` also `$max` and `$length`.
    pub fn message_id(self) -> String {
        format!("placeholder-error-{}", self.as_str().replace('_', "-"))
    }
}

/// One refused placeholder value: which placeholder, why, and the parameters of the rule.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlaceholderError {
    /// The placeholder's name as given (not necessarily a valid name for `unexpected`).
    pub placeholder: String,
    /// Why the value is refused.
    pub code: PlaceholderErrorCode,
    /// For `too_long`: the most characters allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// For `too_long`: how many characters the normalised value has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<u32>,
}

impl PlaceholderError {
    /// An error without parameters.
    pub fn new(placeholder: impl Into<String>, code: PlaceholderErrorCode) -> PlaceholderError {
        PlaceholderError {
            placeholder: placeholder.into(),
            code,
            max_length: None,
            length: None,
        }
    }

    /// The name of the request-body field the error belongs to, `values.<Name>`, for
    /// [`crate::error::FieldError`].
    pub fn field(&self) -> String {
        format!("values.{}", self.placeholder)
    }
}

impl fmt::Display for PlaceholderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.placeholder, self.code)?;
        if let (Some(max), Some(length)) = (self.max_length, self.length) {
            write!(f, " ({length} > {max})")?;
        }
        Ok(())
    }
}

impl std::error::Error for PlaceholderError {}

impl From<PlaceholderErrorCode> for FieldCode {
    fn from(code: PlaceholderErrorCode) -> Self {
        use PlaceholderErrorCode as P;
        match code {
            // Only spaces is nothing typed, as a value not given at all.
            P::Missing | P::Empty => FieldCode::Missing,
            P::TooLong => FieldCode::TooLong,
            P::ControlCharacter => FieldCode::ControlCharacter,
            P::LineBreak => FieldCode::LineBreak,
            P::InvalidDate => FieldCode::InvalidDate,
            P::NonexistentDate => FieldCode::NonexistentDate,
            P::UnknownCountry => FieldCode::UnknownCountry,
            P::InvalidEmail => FieldCode::InvalidEmail,
            P::InvalidPersonName => FieldCode::InvalidPersonName,
            P::InvalidRegisterReference => FieldCode::InvalidRegisterReference,
            P::Unexpected => FieldCode::Unexpected,
            P::UnknownPlaceholder => FieldCode::UnknownPlaceholder,
        }
    }
}

impl From<&PlaceholderError> for FieldError {
    /// `{ field: "values.SPAddress", code: "too_long", params: { placeholder: "SPAddress",
    /// max: 200, length: 214 } }`: the refusal with what its message needs.
    fn from(error: &PlaceholderError) -> Self {
        FieldError::new(error.field(), error.code.into()).with(FieldParams {
            placeholder: Some(error.placeholder.clone()),
            max: error.max_length.map(u64::from),
            length: error.length.map(u64::from),
            ..FieldParams::default()
        })
    }
}

/// Whether every placeholder must have a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Completeness {
    /// Saving a draft: placeholders may be left empty, but what is filled must be valid.
    Draft,
    /// Sending: every placeholder of the chosen questions needs a value.
    Complete,
}

/// Values that passed validation, normalised, keyed by placeholder name.
///
/// Only [`validate_values`] and its siblings build one, so holding it means the values are
/// valid for the templates they were checked against.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct NormalisedValues(BTreeMap<PlaceholderName, String>);

impl NormalisedValues {
    /// The value of `name`, if it has one.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    /// The values in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&PlaceholderName, &str)> {
        self.0.iter().map(|(name, value)| (name, value.as_str()))
    }

    /// How many placeholders have a value.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no placeholder has a value.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The map, e.g. to store it.
    pub fn into_inner(self) -> BTreeMap<PlaceholderName, String> {
        self.0
    }
}

/// Checks that the chosen questions' placeholders all have valid values, with the standard
/// registry. On success the values come back normalised; otherwise every error is returned, in
/// the order the placeholders first appear in `templates`, then values nobody asked for.
pub fn validate_values<'a>(
    templates: impl IntoIterator<Item = &'a Template>,
    values: &BTreeMap<String, String>,
) -> Result<NormalisedValues, Vec<PlaceholderError>> {
    Registry::standard().validate_values(templates, values, Completeness::Complete)
}

/// Like [`validate_values`] for saving a draft: missing and blank values are allowed.
pub fn validate_draft_values<'a>(
    templates: impl IntoIterator<Item = &'a Template>,
    values: &BTreeMap<String, String>,
) -> Result<NormalisedValues, Vec<PlaceholderError>> {
    Registry::standard().validate_values(templates, values, Completeness::Draft)
}

impl Registry {
    /// Validates `values` against the placeholders of `templates` with this registry.
    pub fn validate_values<'a>(
        &self,
        templates: impl IntoIterator<Item = &'a Template>,
        values: &BTreeMap<String, String>,
        completeness: Completeness,
    ) -> Result<NormalisedValues, Vec<PlaceholderError>> {
        let mut needed: Vec<&PlaceholderName> = Vec::new();
        for template in templates {
            for name in template.placeholders() {
                if !needed.contains(&name) {
                    needed.push(name);
                }
            }
        }
        let mut errors = Vec::new();
        let mut accepted = BTreeMap::new();
        for name in &needed {
            let Some(def) = self.get(name.as_str()) else {
                errors.push(PlaceholderError::new(
                    name.as_str(),
                    PlaceholderErrorCode::UnknownPlaceholder,
                ));
                continue;
            };
            match (values.get(name.as_str()), completeness) {
                (None, Completeness::Draft) => {}
                (None, Completeness::Complete) => {
                    errors.push(PlaceholderError::new(
                        def.name,
                        PlaceholderErrorCode::Missing,
                    ));
                }
                (Some(raw), _) => match validate_one(def, raw) {
                    Ok(value) => {
                        accepted.insert((*name).clone(), value);
                    }
                    Err(error)
                        if completeness == Completeness::Draft
                            && error.code == PlaceholderErrorCode::Empty => {}
                    Err(error) => errors.push(error),
                },
            }
        }
        for name in values.keys() {
            if !needed.iter().any(|needed| needed.as_str() == name) {
                errors.push(PlaceholderError::new(
                    name.as_str(),
                    PlaceholderErrorCode::Unexpected,
                ));
            }
        }
        if errors.is_empty() {
            Ok(NormalisedValues(accepted))
        } else {
            Err(errors)
        }
    }
}

/// A function that returns its argument in Unicode Normalization Form C.
pub type NfcNormalizer = fn(&str) -> String;

static NFC_NORMALIZER: std::sync::OnceLock<NfcNormalizer> = std::sync::OnceLock::new();

/// Installs the NFC normaliser that value validation uses, once per program. The SPA installs
/// the browser's `String.prototype.normalize`, which implements the same Unicode algorithm,
/// instead of carrying unicode-normalization's tables (feature `nfc`) in the wasm.
pub fn set_nfc_normalizer(normalizer: NfcNormalizer) {
    let _ = NFC_NORMALIZER.set(normalizer);
}

pub(crate) fn nfc(text: &str) -> String {
    if let Some(normalizer) = NFC_NORMALIZER.get() {
        return normalizer(text);
    }
    #[cfg(feature = "nfc")]
    {
        text.nfc().collect()
    }
    // Without the tables and without an installed normaliser, values are checked as typed;
    // the server, which always has the tables, still stores them normalised.
    #[cfg(not(feature = "nfc"))]
    {
        text.to_owned()
    }
}

/// Checks one value against its definition; see [`PlaceholderDef::validate`].
pub(super) fn validate_one(def: &PlaceholderDef, raw: &str) -> Result<String, PlaceholderError> {
    let fail = |code| PlaceholderError::new(def.name, code);
    let mut value = nfc(raw);
    if def.kind.is_multiline() {
        // Browsers submit text areas with CRLF line ends.
        value = value.replace("\r\n", "\n");
    }
    let value = value.trim();
    if value.is_empty() {
        return Err(fail(PlaceholderErrorCode::Empty));
    }
    for c in value.chars() {
        if c == '\n' && def.kind.is_multiline() {
            continue;
        }
        if matches!(
            c,
            '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        ) {
            return Err(fail(PlaceholderErrorCode::LineBreak));
        }
        if is_forbidden_control(c) {
            return Err(fail(PlaceholderErrorCode::ControlCharacter));
        }
    }
    let length = u32::try_from(value.chars().count()).unwrap_or(u32::MAX);
    if length > def.max_chars {
        return Err(PlaceholderError {
            max_length: Some(def.max_chars),
            length: Some(length),
            ..fail(PlaceholderErrorCode::TooLong)
        });
    }
    match def.kind {
        ValueKind::FreeText | ValueKind::BusinessName | ValueKind::PostalAddress => {
            Ok(value.to_owned())
        }
        ValueKind::PersonName => {
            let has_letter = value.chars().any(char::is_alphabetic);
            if has_letter && !value.chars().any(char::is_numeric) {
                Ok(value.to_owned())
            } else {
                Err(fail(PlaceholderErrorCode::InvalidPersonName))
            }
        }
        ValueKind::RegisterReference => {
            let allowed = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | '/');
            if value.chars().all(allowed) && value.chars().any(char::is_alphanumeric) {
                Ok(value.to_owned())
            } else {
                Err(fail(PlaceholderErrorCode::InvalidRegisterReference))
            }
        }
        ValueKind::Date => match Date::parse(value) {
            Ok(date) => Ok(date.to_string()),
            Err(DateError::Format) => Err(fail(PlaceholderErrorCode::InvalidDate)),
            Err(DateError::Nonexistent) => Err(fail(PlaceholderErrorCode::NonexistentDate)),
        },
        ValueKind::Country => CountryCode::parse(value)
            .map(|code| code.as_str().to_owned())
            .map_err(|_| fail(PlaceholderErrorCode::UnknownCountry)),
        ValueKind::Email => {
            normalise_email(value).ok_or_else(|| fail(PlaceholderErrorCode::InvalidEmail))
        }
    }
}

/// Control characters, and the invisible characters that reorder text (as in "Trojan Source"
/// attacks) or hide it: a value must read the same for both authorities.
fn is_forbidden_control(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'                  // zero width space
            | '\u{202A}'..='\u{202E}'   // bidirectional embeddings and overrides
            | '\u{2066}'..='\u{2069}'   // bidirectional isolates
            | '\u{FEFF}'                // byte order mark
            | '\u{FFF9}'..='\u{FFFB}'   // interlinear annotations
        )
}

/// A pragmatic check of an address as people type it (not RFC 5322's quoted forms): one `@`,
/// a dot-atom local part, a domain of at least two labels. Returns it with the domain in lower
/// case. Internationalised domains and local parts (letters of any script) are accepted.
fn normalise_email(value: &str) -> Option<String> {
    let (local, domain) = value.split_once('@')?;
    let local_ok = !local.is_empty()
        && local.chars().count() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = domain.chars().count() <= 253
        && labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.chars().count() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| !tld.chars().all(|c| c.is_ascii_digit()));
    (local_ok && domain_ok).then(|| format!("{local}@{}", domain.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(feature = "nfc")]
    use proptest::prelude::*;

    fn def(name: &str) -> &'static PlaceholderDef {
        Registry::standard().get(name).unwrap()
    }

    /// Expects `raw` in placeholder `name` to normalise to `expected`.
    fn check_ok(name: &str, raw: &str, expected: &str) {
        assert_eq!(
            def(name).validate(raw).as_deref(),
            Ok(expected),
            "{name} {raw:?}"
        );
    }

    /// Expects `raw` in placeholder `name` to be refused with `code`.
    fn check_err(name: &str, raw: &str, code: PlaceholderErrorCode) {
        let error = def(name).validate(raw).expect_err(raw);
        assert_eq!(
            (error.placeholder.as_str(), error.code),
            (name, code),
            "{raw:?}"
        );
    }

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn template(text: &str) -> Template {
        Template::parse(text).unwrap()
    }

    use PlaceholderErrorCode as E;

    #[cfg(feature = "nfc")]
    #[test]
    fn trimmed_and_nfc() {
        check_ok("SPBusinessName", "  Rīgas Ūdens SIA \t", "Rīgas Ūdens SIA");
        // "e" + combining acute accent becomes the single character "é".
        check_ok("SPBusinessName", "Cafe\u{301} Noir", "Café Noir");
        check_err("SPBusinessName", "   ", E::Empty);
        check_err("SPBusinessName", "", E::Empty);
        check_err("SPBusinessName", "\u{a0}\u{3000}", E::Empty);
    }

    #[cfg(feature = "nfc")]
    #[test]
    fn length_is_counted_in_characters_after_normalisation() {
        let limit = def("SPRegistrationNumber").max_chars as usize;
        check_ok(
            "SPRegistrationNumber",
            &"Ā".repeat(limit),
            &"Ā".repeat(limit),
        );
        // Decomposed, this is twice as many chars; composed, it fits.
        check_ok(
            "SPRegistrationNumber",
            &"A\u{304}".repeat(limit),
            &"Ā".repeat(limit),
        );
        let error = def("SPRegistrationNumber")
            .validate(&"1".repeat(limit + 1))
            .unwrap_err();
        assert_eq!(error.code, E::TooLong);
        assert_eq!(error.max_length, Some(50));
        assert_eq!(error.length, Some(51));
    }

    #[test]
    fn line_breaks_only_in_addresses() {
        check_ok(
            "SPAddress",
            "Brīvības iela 1\r\nRīga\nLV-1010\r\n",
            "Brīvības iela 1\nRīga\nLV-1010",
        );
        check_err("SPAddress", "a\rb", E::LineBreak);
        check_err("SPAddress", "a\u{2028}b", E::LineBreak);
        check_err("SPBusinessName", "Acme\nLtd", E::LineBreak);
        check_err("RegisterName", "Acme\r\nLtd", E::LineBreak);
    }

    #[test]
    fn control_characters() {
        check_err("SPAddress", "a\u{0}b", E::ControlCharacter);
        check_err("SPBusinessName", "Acme\u{7}", E::ControlCharacter);
        check_err("SPBusinessName", "Acme\tLtd", E::ControlCharacter);
        check_err("SPBusinessName", "abc\u{202E}fed", E::ControlCharacter);
        check_err("SPBusinessName", "a\u{200B}b", E::ControlCharacter);
        check_err("AdditionalDetails", "x\u{1b}[31m", E::ControlCharacter);
    }

    #[test]
    fn dates() {
        check_ok("DateOfBirth", " 2024-02-29 ", "2024-02-29");
        check_err("DateOfBirth", "2023-02-29", E::NonexistentDate);
        check_err("DateOfBirth", "2023-04-31", E::NonexistentDate);
        check_err("DecisionDate", "29.02.2024", E::InvalidDate);
        check_err("DecisionDate", "2024-2-1", E::InvalidDate);
        check_err("DecisionDate", "2024-02-01T10:00", E::TooLong);
    }

    #[test]
    fn countries() {
        check_ok("CountryOfEstablishment", "lv", "LV");
        check_ok("CountryOfEstablishment", "NO", "NO");
        check_err("CountryOfEstablishment", "CH", E::UnknownCountry);
        check_err("CountryOfEstablishment", "UK", E::UnknownCountry);
        check_err("CountryOfEstablishment", "L", E::UnknownCountry);
    }

    #[test]
    fn emails() {
        check_ok(
            "ContactEmail",
            "Anna.Berzina@VID.GOV.LV",
            "Anna.Berzina@vid.gov.lv",
        );
        check_ok("ContactEmail", "jānis@piemērs.lv", "jānis@piemērs.lv");
        check_ok("ContactEmail", "a+tag@x-y.eu", "a+tag@x-y.eu");
        for bad in [
            "anna",
            "anna@",
            "@vid.lv",
            "a@b",
            "a@@b.lv",
            "a b@c.lv",
            "a@b..lv",
            "a@-b.lv",
            "a@b.123",
            ".a@b.lv",
            "a..b@c.lv",
            "<a>@b.lv",
        ] {
            check_err("ContactEmail", bad, E::InvalidEmail);
        }
    }

    #[test]
    fn person_names_and_register_references() {
        check_ok("PersonName", "Jānis Bērziņš", "Jānis Bērziņš");
        check_ok(
            "PersonName",
            "Seán Ó Briain-O'Neill",
            "Seán Ó Briain-O'Neill",
        );
        check_ok("PersonName", "Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος");
        check_err("PersonName", "R2D2", E::InvalidPersonName);
        check_err("PersonName", "--", E::InvalidPersonName);
        check_ok("SPRegistrationNumber", "HRB 12345", "HRB 12345");
        check_ok("SPRegistrationNumber", "40003245752", "40003245752");
        check_ok("SPRegistrationNumber", "B 123.456/7-A", "B 123.456/7-A");
        check_err(
            "SPRegistrationNumber",
            "12<script>",
            E::InvalidRegisterReference,
        );
        check_err("SPRegistrationNumber", "--", E::InvalidRegisterReference);
    }

    #[test]
    fn free_text_keeps_markup_characters_as_text() {
        // Markup is not refused but made harmless when rendered (see `render`).
        check_ok("SPBusinessName", "<b>Acme</b> & Co", "<b>Acme</b> & Co");
    }

    #[test]
    fn all_placeholders_of_all_questions_need_values() {
        let questions = [
            template("Is [${SPBusinessName}] the correct business name?"),
            template("Registered in [${RegisterType}] - [${RegisterName}]? (${SPBusinessName})"),
        ];
        let values = map(&[
            ("SPBusinessName", " Acme "),
            ("RegisterType", "Komercreģistrs"),
        ]);
        let errors = validate_values(&questions, &values).unwrap_err();
        assert_eq!(errors, [PlaceholderError::new("RegisterName", E::Missing)]);

        let values = map(&[
            ("SPBusinessName", " Acme "),
            ("RegisterType", "Komercreģistrs"),
            ("RegisterName", "Uzņēmumu reģistrs"),
        ]);
        let ok = validate_values(&questions, &values).unwrap();
        assert_eq!(ok.get("SPBusinessName"), Some("Acme"));
        assert_eq!(ok.len(), 3);
        assert_eq!(
            serde_json::to_value(&ok).unwrap(),
            serde_json::json!({
                "RegisterName": "Uzņēmumu reģistrs",
                "RegisterType": "Komercreģistrs",
                "SPBusinessName": "Acme"
            })
        );
    }

    #[test]
    fn every_error_is_reported_in_question_order() {
        let questions = [template(
            "${SPAddress} ${DateOfBirth} ${Bogus} ${CountryOfEstablishment}",
        )];
        let values = map(&[
            ("DateOfBirth", "2023-02-29"),
            ("CountryOfEstablishment", "US"),
            ("Extra", "x"),
        ]);
        let errors = validate_values(&questions, &values).unwrap_err();
        let got: Vec<_> = errors
            .iter()
            .map(|e| (e.placeholder.as_str(), e.code))
            .collect();
        assert_eq!(
            got,
            [
                ("SPAddress", E::Missing),
                ("DateOfBirth", E::NonexistentDate),
                ("Bogus", E::UnknownPlaceholder),
                ("CountryOfEstablishment", E::UnknownCountry),
                ("Extra", E::Unexpected),
            ]
        );
    }

    #[test]
    fn drafts_may_be_incomplete_but_not_wrong() {
        let questions = [template("${SPBusinessName} ${SPAddress} ${DateOfBirth}")];
        let values = map(&[("SPAddress", "  "), ("DateOfBirth", "1980-01-01")]);
        let ok = validate_draft_values(&questions, &values).unwrap();
        assert_eq!(ok.iter().count(), 1);
        let values = map(&[("DateOfBirth", "1980-13-01")]);
        let errors = validate_draft_values(&questions, &values).unwrap_err();
        assert_eq!(
            errors,
            [PlaceholderError::new("DateOfBirth", E::NonexistentDate)]
        );
    }

    #[test]
    fn errors_serialise_as_codes_with_parameters() {
        let error = def("SPRegistrationNumber")
            .validate(&"9".repeat(60))
            .unwrap_err();
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            serde_json::json!({
                "placeholder": "SPRegistrationNumber",
                "code": "too_long",
                "max_length": 50,
                "length": 60
            })
        );
        let missing = PlaceholderError::new("SPAddress", E::Missing);
        assert_eq!(
            serde_json::to_value(&missing).unwrap(),
            serde_json::json!({"placeholder": "SPAddress", "code": "missing"})
        );
        let field = crate::error::FieldError::from(&missing);
        assert_eq!(
            (field.field.as_str(), field.code.as_str()),
            ("values.SPAddress", "missing")
        );
    }

    #[test]
    fn codes_are_snake_case_on_the_wire() {
        for code in PlaceholderErrorCode::ALL {
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
        assert_eq!(E::TooLong.message_id(), "placeholder-error-too-long");
    }

    #[cfg(feature = "nfc")]
    fn any_def() -> impl Strategy<Value = PlaceholderDef> {
        proptest::sample::select(Registry::standard().definitions())
    }

    // Checks that values come out in NFC, which needs the tables.
    #[cfg(feature = "nfc")]
    proptest! {
        #[test]
        fn validation_never_panics_and_is_idempotent(def in any_def(), raw in "\\PC{0,30}|[ \\n\\r\\t@.a0-]{0,30}|\\d{4}-\\d\\d-\\d\\d") {
            if let Ok(value) = def.validate(&raw) {
                prop_assert_eq!(value.trim(), value.as_str());
                prop_assert!(!value.is_empty());
                prop_assert!(value.chars().count() <= def.max_chars as usize);
                prop_assert_eq!(value.nfc().collect::<String>(), value.clone());
                prop_assert_eq!(def.validate(&value), Ok(value.clone()));
            }
        }
    }
}
