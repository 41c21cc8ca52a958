//! What in a request is personal data under Regulation (EU) No 1024/2012: the one definition
//! that need-to-know, blocking and deletion go by, on the server and in the SPA's markers.
//!
//! A request's personal data is its subject (name, identifier, date of birth), the values of
//! the placeholders whose definition says they are personal, its documents, and free text
//! of every kind (the requester's comment, the notes of actions and the messages, free-text
//! answers and the comments on answers), which may name anyone. What is left when they are
//! gone is the request's skeleton: its number, dates, area, the authorities and their
//! countries, its states and ratings, the questions asked (catalogue ids) and the answers
//! that are a fixed choice. Statistics are computed from the skeleton alone, so blocking and
//! deleting personal data never changes a figure.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Date;
use crate::error::{FieldCode, FieldError};
use crate::placeholder::Registry;
use crate::request::{AnswerInput, AnswerValue, Subject};
use crate::search;
use crate::text::TextKind;

/// A kind of personal data a request holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PersonalField {
    /// The subject's name.
    SubjectName,
    /// The subject's identifier (registration number, national id).
    SubjectIdentifier,
    /// The subject's date of birth.
    SubjectBirthDate,
    /// A placeholder value whose definition is personal.
    PlaceholderValue,
    /// A document attached to the request, and its file name.
    Document,
    /// The requester's comment.
    Comment,
    /// The note of an action or a message between the parties.
    Note,
    /// A free-text answer.
    TextAnswer,
    /// A comment on an answer.
    AnswerComment,
    /// Someone present at an inspection on site, named (and their signature kept) in its
    /// report; they need not be the request's subject.
    InspectionPresent,
}

impl PersonalField {
    /// Every kind, in the order the SPA's legend lists them.
    pub const ALL: [PersonalField; 10] = [
        PersonalField::SubjectName,
        PersonalField::SubjectIdentifier,
        PersonalField::SubjectBirthDate,
        PersonalField::PlaceholderValue,
        PersonalField::Document,
        PersonalField::Comment,
        PersonalField::Note,
        PersonalField::TextAnswer,
        PersonalField::AnswerComment,
        PersonalField::InspectionPresent,
    ];
}

/// Whether the value of the placeholder `name` is personal data. A name the registry does not
/// know is taken to be: what cannot be shown to be harmless is withheld.
pub fn placeholder_is_personal(registry: &Registry, name: &str) -> bool {
    registry.get(name).is_none_or(|def| def.personal_data)
}

/// `values` without those of personal placeholders.
pub fn impersonal_values(
    registry: &Registry,
    values: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    values
        .iter()
        .filter(|(name, _)| !placeholder_is_personal(registry, name))
        .map(|(name, value)| (name.clone(), value.clone()))
        .collect()
}

/// An answer without its personal data: a fixed answer (yes, no, a date, a choice, a
/// document's presence) without its comment; a free-text answer is nothing but personal data
/// and is gone.
pub fn impersonal_answer(answer: &AnswerInput) -> Option<AnswerInput> {
    match answer.value {
        AnswerValue::Text { .. } => None,
        _ => Some(AnswerInput {
            question: answer.question,
            value: answer.value.clone(),
            comment: None,
        }),
    }
}

/// The subject's fields that differ between `old` and `new`, in [`PersonalField::ALL`]'s
/// order: what a rectification's event names.
pub fn changed_fields(old: &Subject, new: &Subject) -> Vec<PersonalField> {
    let mut changed = Vec::new();
    if old.name != new.name {
        changed.push(PersonalField::SubjectName);
    }
    if old.identifier != new.identifier {
        changed.push(PersonalField::SubjectIdentifier);
    }
    if old.birth_date != new.birth_date {
        changed.push(PersonalField::SubjectBirthDate);
    }
    changed
}

impl PersonalField {
    /// The stable code, as stored and sent.
    pub fn as_str(self) -> &'static str {
        match self {
            PersonalField::SubjectName => "subject_name",
            PersonalField::SubjectIdentifier => "subject_identifier",
            PersonalField::SubjectBirthDate => "subject_birth_date",
            PersonalField::PlaceholderValue => "placeholder_value",
            PersonalField::Document => "document",
            PersonalField::Comment => "comment",
            PersonalField::Note => "note",
            PersonalField::TextAnswer => "text_answer",
            PersonalField::AnswerComment => "answer_comment",
            PersonalField::InspectionPresent => "inspection_present",
        }
    }

    /// The field of a code, if it is one.
    pub fn parse(code: &str) -> Option<PersonalField> {
        PersonalField::ALL
            .into_iter()
            .find(|field| field.as_str() == code)
    }
}

/// Who a local data administrator looks for when a person asks what is held about them:
/// any of a name, an identifier and a date of birth, each of which must match.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubjectQuery {
    /// The person's name, with or without diacritics, in any order of its words.
    #[serde(default)]
    pub name: Option<String>,
    /// An identifier (registration number, national id), spaces and punctuation aside.
    #[serde(default)]
    pub identifier: Option<String>,
    /// The date of birth.
    #[serde(default)]
    pub birth_date: Option<Date>,
}

/// The longest name or identifier searched for.
pub const MAX_QUERY_CHARS: usize = 200;

/// What a request holds about its subject, as the search compares it.
#[derive(Debug, Clone, Copy)]
pub struct Held<'a> {
    /// The subject's name.
    pub name: &'a str,
    /// The subject's identifier.
    pub identifier: &'a str,
    /// The subject's date of birth.
    pub birth_date: Option<Date>,
    /// The values of the request's personal placeholders (another name, a date of birth).
    pub values: &'a [String],
}

impl SubjectQuery {
    /// Checks the query: at least one criterion, names and identifiers that are text.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        for (field, value) in [("name", &self.name), ("identifier", &self.identifier)] {
            let Some(value) = value else { continue };
            if value.chars().count() > MAX_QUERY_CHARS {
                errors.push(FieldError::new(field, FieldCode::TooLong));
            } else if let Err(error) = crate::text::check(field, value, TextKind::SingleLine) {
                errors.push(error);
            }
        }
        let words =
            |value: &Option<String>| value.as_deref().map(search::words).unwrap_or_default();
        let identifier = self
            .identifier
            .as_deref()
            .map(identifier_key)
            .unwrap_or_default();
        if errors.is_empty()
            && words(&self.name).is_empty()
            && identifier.is_empty()
            && self.birth_date.is_none()
        {
            errors.push(FieldError::new("name", FieldCode::Missing));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Whether a request holding `held` is about the person looked for: every criterion
    /// given matches the subject or one of the personal placeholders' values. Names match
    /// word by word after folding (case, diacritics and special letters), in any order, so
    /// "Joao Silva" finds "João Silva" and "SILVA, João".
    pub fn matches(&self, held: Held<'_>) -> bool {
        let name_matches = match self.name.as_deref().map(search::words) {
            None => true,
            Some(wanted) if wanted.is_empty() => true,
            Some(wanted) => std::iter::once(held.name)
                .chain(held.values.iter().map(String::as_str))
                .any(|text| {
                    let words = search::words(text);
                    wanted.iter().all(|word| words.contains(word))
                }),
        };
        let identifier_matches = match self.identifier.as_deref().map(identifier_key) {
            None => true,
            Some(wanted) if wanted.is_empty() => true,
            Some(wanted) => std::iter::once(held.identifier)
                .chain(held.values.iter().map(String::as_str))
                .any(|text| identifier_key(text) == wanted),
        };
        let birth_matches = match self.birth_date {
            None => true,
            Some(wanted) => {
                held.birth_date == Some(wanted)
                    || held
                        .values
                        .iter()
                        .any(|value| Date::parse(value.trim()).ok() == Some(wanted))
            }
        };
        name_matches && identifier_matches && birth_matches
    }
}

/// An identifier as compared: its letters and digits, folded.
fn identifier_key(text: &str) -> String {
    search::fold(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::LangText;
    use crate::{LanguageCode, QuestionId};

    #[test]
    fn only_what_names_no_one_is_kept() {
        let registry = Registry::standard();
        let personal = registry
            .definitions()
            .iter()
            .find(|def| def.personal_data)
            .expect("a personal placeholder");
        let impersonal = registry
            .definitions()
            .iter()
            .find(|def| !def.personal_data)
            .expect("an impersonal placeholder");
        let values: BTreeMap<String, String> = [
            (personal.name, "João Silva"),
            (impersonal.name, "x"),
            ("NoSuchPlaceholder", "y"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let kept = impersonal_values(registry, &values);
        assert_eq!(kept.keys().collect::<Vec<_>>(), vec![impersonal.name]);

        let comment = Some(LangText {
            text: "Confirmado no registo de João Silva.".to_owned(),
            language: LanguageCode::parse("pt").unwrap(),
        });
        let yes = AnswerInput {
            question: QuestionId(1),
            value: AnswerValue::Yes,
            comment: comment.clone(),
        };
        assert_eq!(
            impersonal_answer(&yes),
            Some(AnswerInput {
                comment: None,
                ..yes.clone()
            })
        );
        let text = AnswerInput {
            question: QuestionId(2),
            value: AnswerValue::Text {
                text: comment.clone().unwrap(),
            },
            comment: None,
        };
        assert_eq!(impersonal_answer(&text), None);
    }

    #[test]
    fn a_person_is_found_by_any_spelling_of_their_name_and_by_what_else_is_given() {
        let query =
            |name: Option<&str>, identifier: Option<&str>, birth: Option<&str>| SubjectQuery {
                name: name.map(str::to_owned),
                identifier: identifier.map(str::to_owned),
                birth_date: birth.map(|b| Date::parse(b).unwrap()),
            };
        let values = vec!["Maria Sousa".to_owned(), "1975-01-09".to_owned()];
        let held = Held {
            name: "João Silva",
            identifier: "OM 54321",
            birth_date: Some(Date::parse("1980-04-02").unwrap()),
            values: &values,
        };
        assert!(query(Some("joao silva"), None, None).matches(held));
        assert!(query(Some("SILVA, João"), None, None).matches(held));
        assert!(query(Some("Joao"), Some("om-54321"), Some("1980-04-02")).matches(held));
        assert!(!query(Some("Joana Silva"), None, None).matches(held));
        assert!(!query(Some("João Silva"), None, Some("1980-04-03")).matches(held));
        assert!(!query(None, Some("OM 5432"), None).matches(held));
        // A person named in a placeholder is found too.
        assert!(query(Some("Maria Sousa"), None, Some("1975-01-09")).matches(held));

        assert!(query(Some("João"), None, None).check().is_ok());
        assert_eq!(
            query(Some(" , "), Some("--"), None).check().unwrap_err()[0].code,
            FieldCode::Missing
        );
        assert_eq!(
            query(Some("a\u{0}b"), None, None).check().unwrap_err()[0].code,
            FieldCode::ControlCharacter
        );
    }
}
