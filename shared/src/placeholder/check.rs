//! Checking a question template together with the values filled into it: the one function
//! the question-check page calls on every keystroke and the server calls on
//! `POST /api/templates/check`, so both refuse the same input with the same codes.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::PlaceholderName;
use super::parser::{Template, TemplateError};
use super::registry::{Registry, ValueKind};
use super::render::{RenderedSegment, render};
use super::values::{Completeness, PlaceholderError};
use crate::error::{FieldCode, FieldError};

/// The body of `POST /api/templates/check`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TemplateCheckRequest {
    /// The question's text with its placeholders, e.g. `Is [${SPBusinessName}] correct?`.
    pub template: String,
    /// A value for each placeholder, by name.
    #[serde(default)]
    pub values: BTreeMap<String, String>,
}

/// One placeholder of a checked template, as the registry defines it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlaceholderInfo {
    /// Its name.
    pub name: PlaceholderName,
    /// What kind of value it takes.
    pub kind: ValueKind,
    /// The longest value accepted, in characters.
    pub max_chars: u32,
    /// Whether its value is personal data.
    pub personal_data: bool,
}

/// A template and values that passed every check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TemplateCheck {
    /// The template written back in canonical form (`$<Name>` becomes `${Name}`).
    pub canonical: String,
    /// Its placeholders, in order of first appearance.
    pub placeholders: Vec<PlaceholderInfo>,
    /// The question rendered with the normalised values.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub segments: Vec<RenderedSegment>,
}

/// Everything wrong with a template and its values.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TemplateCheckErrors {
    /// Syntax errors and unknown placeholders in the template. When there are any, the values
    /// are not checked: which values are needed is not known.
    pub template: Vec<TemplateError>,
    /// Refused values, in the order their placeholders appear.
    pub values: Vec<PlaceholderError>,
}

impl From<super::parser::TemplateErrorCode> for FieldCode {
    fn from(code: super::parser::TemplateErrorCode) -> Self {
        use super::parser::TemplateErrorCode as T;
        match code {
            T::Unterminated => FieldCode::Unterminated,
            T::EmptyName => FieldCode::EmptyName,
            T::InvalidName => FieldCode::InvalidName,
            T::MismatchedDelimiters => FieldCode::MismatchedDelimiters,
            T::Nested => FieldCode::Nested,
            T::UnknownPlaceholder => FieldCode::UnknownPlaceholder,
        }
    }
}

impl From<&TemplateError> for FieldError {
    /// `{ field: "template", code: "nested", params: { position: 12 } }`.
    fn from(error: &TemplateError) -> Self {
        FieldError::new("template", error.code.into()).with(crate::error::FieldParams {
            position: Some(error.position as u64),
            placeholder: error.name.clone(),
            ..crate::error::FieldParams::default()
        })
    }
}

impl TemplateCheckErrors {
    /// The errors as the API reports them: field `template` or `values.<Name>`, with the
    /// same codes the SPA translates.
    pub fn field_errors(&self) -> Vec<FieldError> {
        let template = self.template.iter().map(FieldError::from);
        template
            .chain(self.values.iter().map(FieldError::from))
            .collect()
    }
}

/// Parses `template` against the standard registry and validates `values` for it.
/// `completeness` says whether every placeholder needs a value (sending) or not (a draft, or
/// a form the user is still filling in).
pub fn check_template(
    template: &str,
    values: &BTreeMap<String, String>,
    completeness: Completeness,
) -> Result<TemplateCheck, TemplateCheckErrors> {
    let registry = Registry::standard();
    let parsed =
        Template::parse_known(template, registry).map_err(|template| TemplateCheckErrors {
            template,
            values: Vec::new(),
        })?;
    let normalised = registry
        .validate_values([&parsed], values, completeness)
        .map_err(|values| TemplateCheckErrors {
            template: Vec::new(),
            values,
        })?;
    let placeholders = parsed
        .placeholders()
        .into_iter()
        .filter_map(|name| {
            registry.get(name.as_str()).map(|def| PlaceholderInfo {
                name: name.clone(),
                kind: def.kind,
                max_chars: def.max_chars,
                personal_data: def.personal_data,
            })
        })
        .collect();
    Ok(TemplateCheck {
        canonical: parsed.to_string(),
        placeholders,
        segments: render(&parsed, &normalised),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::placeholder::{PlaceholderErrorCode, TemplateErrorCode};

    fn values(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_good_template_and_values_render() {
        let check = check_template(
            "Is [$<SPBusinessName>] the correct business name?",
            &values(&[("SPBusinessName", "  Bäckerei Tamm OÜ ")]),
            Completeness::Complete,
        )
        .unwrap();
        assert_eq!(
            check.canonical,
            "Is [${SPBusinessName}] the correct business name?"
        );
        assert_eq!(check.placeholders.len(), 1);
        assert!(check.segments.iter().any(
            |s| matches!(s, RenderedSegment::Value { value, .. } if value == "Bäckerei Tamm OÜ")
        ));
    }

    #[test]
    fn template_errors_stop_before_values() {
        let errors = check_template(
            "Is [${SPBusinessName>] ok?",
            &values(&[]),
            Completeness::Complete,
        )
        .unwrap_err();
        assert_eq!(
            errors.template[0].code,
            TemplateErrorCode::MismatchedDelimiters
        );
        assert!(errors.values.is_empty());
        assert_eq!(errors.field_errors()[0].field, "template");
    }

    #[test]
    fn value_errors_become_field_errors_with_the_same_codes() {
        let long = "x".repeat(10_000);
        let errors = check_template(
            "${SPBusinessName} at ${SPAddress}",
            &values(&[("SPBusinessName", &long)]),
            Completeness::Complete,
        )
        .unwrap_err();
        let codes: Vec<_> = errors.values.iter().map(|e| e.code).collect();
        assert_eq!(
            codes,
            [PlaceholderErrorCode::TooLong, PlaceholderErrorCode::Missing]
        );
        let fields = errors.field_errors();
        assert_eq!(fields[0].field, "values.SPBusinessName");
        assert_eq!(fields[0].code, FieldCode::TooLong);
        assert_eq!(
            fields[0].params().placeholder.as_deref(),
            Some("SPBusinessName")
        );
        assert!(fields[0].params().max.is_some() && fields[0].params().length.is_some());
        assert_eq!(fields[1].code, FieldCode::Missing);
    }

    #[test]
    fn drafts_may_leave_values_empty() {
        assert!(check_template("${SPAddress}", &values(&[]), Completeness::Draft).is_ok());
    }
}
