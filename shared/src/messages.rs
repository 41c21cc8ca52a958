//! Fluent messages for the codes this crate defines: placeholder and template errors, request
//! states, actions and ratings.
//!
//! The sources live in `shared/i18n/` next to the codes they translate, and a test refuses a
//! code without a message in every language there. The SPA adds them to its own bundle (after
//! `locales/<lang>/main.ftl`). Messages for [`crate::ErrorCode`] stay in `locales/`.

use crate::LanguageCode;

/// The English messages (the source language and the fallback).
pub const ENGLISH: &str = include_str!("../i18n/en.ftl");

/// The Latvian messages.
pub const LATVIAN: &str = include_str!("../i18n/lv.ftl");

/// The Fluent source for `language`, if this crate has one (English and Latvian so far).
pub fn fluent_source(language: LanguageCode) -> Option<&'static str> {
    match language.as_str() {
        "en" => Some(ENGLISH),
        "lv" => Some(LATVIAN),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lifecycle::{ActionKind, Rating, RequestState};
    use crate::placeholder::{PlaceholderErrorCode, TemplateErrorCode};
    use std::collections::BTreeSet;

    /// The message ids a Fluent source defines (top-level `id = ...` lines).
    fn ids(source: &str) -> Vec<&str> {
        source
            .lines()
            .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
            .collect()
    }

    fn every_code_id() -> Vec<String> {
        let mut all = Vec::new();
        all.extend(PlaceholderErrorCode::ALL.iter().map(|c| c.message_id()));
        all.extend(TemplateErrorCode::ALL.iter().map(|c| c.message_id()));
        all.extend(RequestState::ALL.iter().map(|c| c.message_id()));
        all.extend(ActionKind::ALL.iter().map(|c| c.message_id()));
        all.extend(Rating::ALL.iter().map(|c| c.message_id()));
        all
    }

    #[test]
    fn every_code_has_a_message_in_every_source_and_nothing_else() {
        let expected: BTreeSet<String> = every_code_id().into_iter().collect();
        for language in LanguageCode::all() {
            let Some(source) = fluent_source(language) else {
                continue;
            };
            let defined = ids(source);
            let distinct: BTreeSet<String> = defined.iter().map(|id| id.to_string()).collect();
            assert_eq!(
                defined.len(),
                distinct.len(),
                "{language}: an id is defined twice"
            );
            let missing: Vec<_> = expected.difference(&distinct).collect();
            let stray: Vec<_> = distinct.difference(&expected).collect();
            assert!(missing.is_empty(), "{language} lacks {missing:?}");
            assert!(stray.is_empty(), "{language} defines unknown ids {stray:?}");
        }
        assert!(fluent_source(LanguageCode::ENGLISH).is_some());
    }

    #[test]
    fn placeables_are_balanced() {
        for source in [ENGLISH, LATVIAN] {
            assert_eq!(source.matches('{').count(), source.matches('}').count());
        }
    }
}
