//! Translation consistency: each language's text of a question must have exactly the
//! placeholders of its source text, or a requester's value would vanish from (or be missing in)
//! what the other authority reads.
//!
//! The comparison is by set of names: a language may need to repeat a placeholder or put them
//! in another order for its grammar, but may not drop one or invent one.

use super::PlaceholderName;
use super::parser::{Template, TemplateError};
use super::registry::Registry;
use crate::LanguageCode;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What is wrong with one language of a question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum TranslationIssueKind {
    /// There is no text in the source language, so nothing can be compared.
    SourceMissing,
    /// The question has no text in this language.
    TranslationMissing,
    /// The text does not parse (or, for the source, names unknown placeholders).
    InvalidTemplate {
        /// Its errors.
        errors: Vec<TemplateError>,
    },
    /// The source has this placeholder and the translation does not.
    PlaceholderMissing {
        /// The placeholder.
        placeholder: PlaceholderName,
    },
    /// The translation has this placeholder and the source does not.
    PlaceholderExtra {
        /// The placeholder.
        placeholder: PlaceholderName,
    },
}

/// One inconsistency, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TranslationIssue {
    /// The language whose text has the issue.
    pub language: LanguageCode,
    /// The issue.
    #[serde(flatten)]
    pub kind: TranslationIssueKind,
}

/// Checks a question's texts (one per language) against its `source` language with the
/// standard registry: the source must parse and name only known placeholders; every one of the
/// 26 languages must have a text that parses and has the same set of placeholders.
///
/// Issues come in language order (the order of [`LanguageCode::ALL_CODES`]).
pub fn check_translations(
    source: LanguageCode,
    texts: &BTreeMap<LanguageCode, String>,
) -> Result<(), Vec<TranslationIssue>> {
    Registry::standard().check_translations(source, texts)
}

impl Registry {
    /// [`check_translations`] with this registry.
    pub fn check_translations(
        &self,
        source: LanguageCode,
        texts: &BTreeMap<LanguageCode, String>,
    ) -> Result<(), Vec<TranslationIssue>> {
        let issue = |language, kind| TranslationIssue { language, kind };
        let Some(source_text) = texts.get(&source) else {
            return Err(vec![issue(source, TranslationIssueKind::SourceMissing)]);
        };
        let expected: BTreeSet<PlaceholderName> = match Template::parse_known(source_text, self) {
            Ok(template) => template.placeholders().into_iter().cloned().collect(),
            Err(errors) => {
                return Err(vec![issue(
                    source,
                    TranslationIssueKind::InvalidTemplate { errors },
                )]);
            }
        };
        let mut issues = Vec::new();
        for language in LanguageCode::all().filter(|language| *language != source) {
            let Some(text) = texts.get(&language) else {
                issues.push(issue(language, TranslationIssueKind::TranslationMissing));
                continue;
            };
            let found: BTreeSet<PlaceholderName> = match Template::parse(text) {
                Ok(template) => template.placeholders().into_iter().cloned().collect(),
                Err(errors) => {
                    issues.push(issue(
                        language,
                        TranslationIssueKind::InvalidTemplate { errors },
                    ));
                    continue;
                }
            };
            for placeholder in expected.difference(&found) {
                let placeholder = placeholder.clone();
                issues.push(issue(
                    language,
                    TranslationIssueKind::PlaceholderMissing { placeholder },
                ));
            }
            for placeholder in found.difference(&expected) {
                let placeholder = placeholder.clone();
                issues.push(issue(
                    language,
                    TranslationIssueKind::PlaceholderExtra { placeholder },
                ));
            }
        }
        if issues.is_empty() {
            Ok(())
        } else {
            Err(issues)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> LanguageCode {
        LanguageCode::parse(code).unwrap()
    }

    /// Every language says the same thing with the placeholders of `text`.
    fn all_languages(text: &str) -> BTreeMap<LanguageCode, String> {
        LanguageCode::all()
            .map(|l| (l, format!("[{l}] {text}")))
            .collect()
    }

    fn kinds(result: Result<(), Vec<TranslationIssue>>) -> Vec<(String, TranslationIssueKind)> {
        result
            .unwrap_err()
            .into_iter()
            .map(|i| (i.language.to_string(), i.kind))
            .collect()
    }

    fn name(n: &str) -> PlaceholderName {
        PlaceholderName::parse(n).unwrap()
    }

    #[test]
    fn consistent_translations_pass_even_reordered() {
        let mut texts = all_languages("${RegisterType} - ${RegisterName}");
        texts.insert(
            lang("lv"),
            "Vai reģistrēts šādā reģistrā: $<RegisterName> (${RegisterType}, ${RegisterName})?"
                .into(),
        );
        assert_eq!(check_translations(LanguageCode::ENGLISH, &texts), Ok(()));
    }

    #[test]
    fn missing_and_extra_placeholders_are_named() {
        let mut texts = all_languages("Is [${SPBusinessName}] at ${SPAddress}?");
        texts.insert(lang("de"), "Ist [${SPBusinessName}] richtig?".into());
        texts.insert(
            lang("lv"),
            "Vai ${SPBusinessName} ${SPAddress} ${RegisterName}?".into(),
        );
        assert_eq!(
            kinds(check_translations(LanguageCode::ENGLISH, &texts)),
            [
                (
                    "de".into(),
                    TranslationIssueKind::PlaceholderMissing {
                        placeholder: name("SPAddress")
                    }
                ),
                (
                    "lv".into(),
                    TranslationIssueKind::PlaceholderExtra {
                        placeholder: name("RegisterName")
                    }
                ),
            ]
        );
    }

    #[test]
    fn broken_and_absent_texts() {
        let mut texts = all_languages("${SPAddress}");
        texts.insert(lang("fr"), "${SPAddress".into());
        texts.remove(&lang("ga"));
        let issues = kinds(check_translations(LanguageCode::ENGLISH, &texts));
        assert_eq!(issues.len(), 2);
        assert!(
            matches!(&issues[0], (l, TranslationIssueKind::InvalidTemplate { .. }) if l == "fr")
        );
        assert_eq!(
            issues[1],
            ("ga".into(), TranslationIssueKind::TranslationMissing)
        );
    }

    #[test]
    fn the_source_must_exist_and_use_known_placeholders() {
        let mut texts = all_languages("${NotInRegistry}");
        assert!(matches!(
            kinds(check_translations(LanguageCode::ENGLISH, &texts)).as_slice(),
            [(l, TranslationIssueKind::InvalidTemplate { .. })] if l == "en"
        ));
        texts.remove(&LanguageCode::ENGLISH);
        assert_eq!(
            kinds(check_translations(LanguageCode::ENGLISH, &texts)),
            [("en".into(), TranslationIssueKind::SourceMissing)]
        );
    }

    #[test]
    fn issues_serialise_flat_with_a_code() {
        let issue = TranslationIssue {
            language: lang("de"),
            kind: TranslationIssueKind::PlaceholderMissing {
                placeholder: name("SPAddress"),
            },
        };
        assert_eq!(
            serde_json::to_value(&issue).unwrap(),
            serde_json::json!({"language": "de", "code": "placeholder_missing", "placeholder": "SPAddress"})
        );
    }
}
