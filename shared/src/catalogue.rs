//! The question and answer catalogue: its structure (areas, topics, questions and their answer
//! types), its texts in every language, and the rules a catalogue must satisfy before anything
//! loads it. The files live in `catalogue/` (see its README); the backend reads them and calls
//! [`validate`], so a broken translation stops the server at start-up with an error that names
//! the file, the entry and the language.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

pub use crate::measure::Unit;
use crate::placeholder::{Template, TranslationIssueKind, check_translations};
use crate::{LanguageCode, LegislativeArea};

/// How a question is answered. Every type also takes an optional comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AnswerType {
    /// Yes, no or unknown.
    YesNo,
    /// A calendar date.
    Date,
    /// Free text, shown with its language.
    FreeText,
    /// A document to attach.
    Document,
    /// One option of a pre-translated list.
    Choice,
    /// A measured value in the question's unit (`unit` in `catalogue.toml`).
    Measurement,
}

impl AnswerType {
    /// The wire name, e.g. `yes_no`.
    pub fn as_str(self) -> &'static str {
        match self {
            AnswerType::YesNo => "yes_no",
            AnswerType::Date => "date",
            AnswerType::FreeText => "free_text",
            AnswerType::Document => "document",
            AnswerType::Choice => "choice",
            AnswerType::Measurement => "measurement",
        }
    }

    /// Parses a wire name.
    pub fn parse(value: &str) -> Option<AnswerType> {
        [
            AnswerType::YesNo,
            AnswerType::Date,
            AnswerType::FreeText,
            AnswerType::Document,
            AnswerType::Choice,
            AnswerType::Measurement,
        ]
        .into_iter()
        .find(|kind| kind.as_str() == value)
    }
}

/// The fixed parts of answers, translated like everything else: every text file has exactly
/// these keys in its `[answer]` table.
pub const FIXED_ANSWER_KEYS: &[&str] = &[
    "yes",
    "no",
    "unknown",
    "document_attached",
    "document_not_available",
    "comment",
];

/// A pre-translated list of options for `choice` answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListDef {
    /// The list's id, snake_case.
    pub id: String,
    /// Its options, snake_case.
    pub options: Vec<String>,
}

/// A group of questions within one legislative area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicDef {
    /// `<area>.<name>`.
    pub id: String,
    /// Its legislative area.
    pub area: String,
}

/// One question of the catalogue, without its texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionDef {
    /// `<topic id>.<name>`: stable, since requests refer to questions.
    pub id: String,
    /// Its topic.
    pub topic: String,
    /// How it is answered, as the wire name of an [`AnswerType`].
    pub answer: String,
    /// The list of options, for `choice` answers only.
    #[serde(default)]
    pub list: Option<String>,
    /// The unit, for `measurement` answers only (a [`Unit`]'s wire name).
    #[serde(default)]
    pub unit: Option<String>,
}

/// `catalogue.toml`: the structure, in no language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Structure {
    /// Answer lists.
    #[serde(default)]
    pub list: Vec<ListDef>,
    /// Topics.
    #[serde(default)]
    pub topic: Vec<TopicDef>,
    /// Questions.
    #[serde(default)]
    pub question: Vec<QuestionDef>,
}

/// `text/<language>.toml`: every text of the catalogue in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    /// The fixed parts of answers, by [`FIXED_ANSWER_KEYS`].
    #[serde(default)]
    pub answer: BTreeMap<String, String>,
    /// List options, by `<list id>.<option>`.
    #[serde(default)]
    pub list: BTreeMap<String, String>,
    /// Topic names, by topic id.
    #[serde(default)]
    pub topic: BTreeMap<String, String>,
    /// Question texts (templates), by question id.
    #[serde(default)]
    pub question: BTreeMap<String, String>,
}

/// What is wrong with the catalogue, at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    /// `catalogue.toml` or `text/<language>.toml`.
    pub file: String,
    /// The entry: a list, topic or question id, or a text key.
    pub entry: String,
    /// The language concerned, for text errors.
    pub language: Option<LanguageCode>,
    /// What is wrong, in English: this is read by whoever maintains the catalogue files.
    pub problem: String,
}

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.entry)?;
        if let Some(language) = self.language {
            write!(f, " [{language}]")?;
        }
        write!(f, ": {}", self.problem)
    }
}

/// A question of a valid catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Its stable id.
    pub id: String,
    /// Its topic's id.
    pub topic: String,
    /// Its legislative area.
    pub area: LegislativeArea,
    /// How it is answered.
    pub answer: AnswerType,
    /// Its list, for `choice`.
    pub list: Option<String>,
    /// Its unit, for `measurement`.
    pub unit: Option<Unit>,
    /// Its text in each of the 26 languages.
    pub texts: BTreeMap<LanguageCode, String>,
}

/// A catalogue that passed [`validate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    /// The structure as read.
    pub structure: Structure,
    /// The texts of every language.
    pub texts: BTreeMap<LanguageCode, Texts>,
    /// The questions with their texts, in file order.
    pub questions: Vec<Question>,
}

fn is_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The part of `id` after `prefix.`, when `id` is `prefix.<snake_case>`.
fn child_name<'a>(id: &'a str, prefix: &str) -> Option<&'a str> {
    id.strip_prefix(prefix)?
        .strip_prefix('.')
        .filter(|name| is_snake(name))
}

/// Checks the structure and the texts of every language, and returns the catalogue or every
/// problem found.
pub fn validate(
    structure: Structure,
    texts: BTreeMap<LanguageCode, Texts>,
) -> Result<Catalogue, Vec<CatalogueError>> {
    let mut errors = Vec::new();
    let lists = check_lists(&structure, &mut errors);
    let topics = check_topics(&structure, &mut errors);
    let parsed_questions = check_questions(&structure, &lists, &topics, &mut errors);
    check_texts(&structure, &texts, &mut errors);
    let questions = build_questions(parsed_questions, &texts, &mut errors);
    if errors.is_empty() {
        Ok(Catalogue {
            structure,
            texts,
            questions,
        })
    } else {
        Err(errors)
    }
}

/// A question whose topic and answer type are known, waiting for its texts.
type ParsedQuestion<'a> = (&'a QuestionDef, LegislativeArea, AnswerType);

/// An error in `catalogue.toml`, which belongs to no language.
fn structure_error(entry: &str, problem: String) -> CatalogueError {
    CatalogueError {
        file: "catalogue.toml".to_owned(),
        entry: entry.to_owned(),
        language: None,
        problem,
    }
}

/// Checks every list's id and options, and returns the lists by id.
fn check_lists<'a>(
    structure: &'a Structure,
    errors: &mut Vec<CatalogueError>,
) -> BTreeMap<&'a str, &'a ListDef> {
    let mut lists: BTreeMap<&str, &ListDef> = BTreeMap::new();
    for list in &structure.list {
        if !is_snake(&list.id) {
            errors.push(structure_error(&list.id, "a list id is snake_case".into()));
        }
        if lists.insert(&list.id, list).is_some() {
            errors.push(structure_error(
                &list.id,
                "this list id is used twice".into(),
            ));
        }
        if list.options.is_empty() {
            errors.push(structure_error(&list.id, "a list needs options".into()));
        }
        let mut seen = BTreeSet::new();
        for option in &list.options {
            if !is_snake(option) || !seen.insert(option) {
                errors.push(structure_error(
                    &list.id,
                    format!("option `{option}` is not snake_case or is repeated"),
                ));
            }
        }
    }
    lists
}

/// Checks every topic's area and id, and returns the legislative area of each valid topic.
fn check_topics<'a>(
    structure: &'a Structure,
    errors: &mut Vec<CatalogueError>,
) -> BTreeMap<&'a str, LegislativeArea> {
    let mut topics: BTreeMap<&str, LegislativeArea> = BTreeMap::new();
    for topic in &structure.topic {
        match LegislativeArea::parse(&topic.area) {
            Ok(area) => {
                if child_name(&topic.id, area.as_str()).is_none() {
                    errors.push(structure_error(
                        &topic.id,
                        format!("a topic id is `{}.<snake_case>`", area),
                    ));
                }
                if topics.insert(&topic.id, area).is_some() {
                    errors.push(structure_error(
                        &topic.id,
                        "this topic id is used twice".into(),
                    ));
                }
            }
            Err(_) => errors.push(structure_error(
                &topic.id,
                format!("unknown legislative area `{}`", topic.area),
            )),
        }
    }
    topics
}

/// Checks every question's id, topic, answer type and list, and returns those whose topic and
/// answer type are known.
fn check_questions<'a>(
    structure: &'a Structure,
    lists: &BTreeMap<&str, &ListDef>,
    topics: &BTreeMap<&str, LegislativeArea>,
    errors: &mut Vec<CatalogueError>,
) -> Vec<ParsedQuestion<'a>> {
    let mut question_ids = BTreeSet::new();
    let mut parsed_questions = Vec::new();
    for question in &structure.question {
        if !question_ids.insert(question.id.as_str()) {
            errors.push(structure_error(
                &question.id,
                "this question id is used twice".into(),
            ));
        }
        let Some(area) = topics.get(question.topic.as_str()).copied() else {
            errors.push(structure_error(
                &question.id,
                format!("unknown topic `{}`", question.topic),
            ));
            continue;
        };
        if child_name(&question.id, &question.topic).is_none() {
            errors.push(structure_error(
                &question.id,
                format!("a question id is `{}.<snake_case>`", question.topic),
            ));
        }
        let Some(answer) = AnswerType::parse(&question.answer) else {
            errors.push(structure_error(
                &question.id,
                format!("unknown answer type `{}`", question.answer),
            ));
            continue;
        };
        check_question_list(question, answer, lists, errors);
        check_question_unit(question, answer, errors);
        parsed_questions.push((question, area, answer));
    }
    parsed_questions
}

/// Checks that a choice question names a known list and that no other question has one.
fn check_question_list(
    question: &QuestionDef,
    answer: AnswerType,
    lists: &BTreeMap<&str, &ListDef>,
    errors: &mut Vec<CatalogueError>,
) {
    match (answer, &question.list) {
        (AnswerType::Choice, None) => errors.push(structure_error(
            &question.id,
            "a choice question needs a list".into(),
        )),
        (AnswerType::Choice, Some(list)) if !lists.contains_key(list.as_str()) => {
            errors.push(structure_error(
                &question.id,
                format!("unknown list `{list}`"),
            ));
        }
        (AnswerType::Choice, Some(_)) | (_, None) => {}
        (_, Some(_)) => errors.push(structure_error(
            &question.id,
            "only choice questions have a list".into(),
        )),
    }
}

/// A measurement question needs a known unit; no other question has one.
fn check_question_unit(
    question: &QuestionDef,
    answer: AnswerType,
    errors: &mut Vec<CatalogueError>,
) {
    match (answer, &question.unit) {
        (AnswerType::Measurement, None) => errors.push(structure_error(
            &question.id,
            "a measurement question needs a unit".into(),
        )),
        (AnswerType::Measurement, Some(unit)) if Unit::parse(unit).is_none() => {
            errors.push(structure_error(
                &question.id,
                format!("unknown unit `{unit}`"),
            ));
        }
        (AnswerType::Measurement, Some(_)) | (_, None) => {}
        (_, Some(_)) => errors.push(structure_error(
            &question.id,
            "only measurement questions have a unit".into(),
        )),
    }
}

/// The keys every language's text file must have, table by table.
struct ExpectedKeys {
    answers: BTreeSet<String>,
    lists: BTreeSet<String>,
    topics: BTreeSet<String>,
    questions: BTreeSet<String>,
}

impl ExpectedKeys {
    /// Derives the expected keys from the structure and the fixed answer keys.
    fn of(structure: &Structure) -> ExpectedKeys {
        ExpectedKeys {
            answers: FIXED_ANSWER_KEYS.iter().map(|k| (*k).to_owned()).collect(),
            lists: structure
                .list
                .iter()
                .flat_map(|l| l.options.iter().map(move |o| format!("{}.{o}", l.id)))
                .collect(),
            topics: structure.topic.iter().map(|t| t.id.clone()).collect(),
            questions: structure.question.iter().map(|q| q.id.clone()).collect(),
        }
    }
}

/// Checks that every language has a text file with exactly the keys of the structure and no
/// empty text.
fn check_texts(
    structure: &Structure,
    texts: &BTreeMap<LanguageCode, Texts>,
    errors: &mut Vec<CatalogueError>,
) {
    let expected = ExpectedKeys::of(structure);
    for language in LanguageCode::all() {
        let file = format!("text/{language}.toml");
        let Some(text) = texts.get(&language) else {
            errors.push(CatalogueError {
                file,
                entry: "-".into(),
                language: Some(language),
                problem: "the file is missing: every language needs the whole catalogue".into(),
            });
            continue;
        };
        check_language_keys(&file, language, text, &expected, errors);
        check_no_empty_texts(&file, language, text, errors);
    }
}

/// Reports the keys one language's file lacks and those the structure does not know.
fn check_language_keys(
    file: &str,
    language: LanguageCode,
    text: &Texts,
    expected: &ExpectedKeys,
    errors: &mut Vec<CatalogueError>,
) {
    let mut compare = |table: &str, have: BTreeSet<&String>, want: &BTreeSet<String>| {
        for key in want.iter().filter(|k| !have.contains(k)) {
            errors.push(CatalogueError {
                file: file.to_owned(),
                entry: format!("[{table}] {key}"),
                language: Some(language),
                problem: "missing".into(),
            });
        }
        for key in have.iter().filter(|k| !want.contains(k.as_str())) {
            errors.push(CatalogueError {
                file: file.to_owned(),
                entry: format!("[{table}] {key}"),
                language: Some(language),
                problem: "not in catalogue.toml".into(),
            });
        }
    };
    compare("answer", text.answer.keys().collect(), &expected.answers);
    compare("list", text.list.keys().collect(), &expected.lists);
    compare("topic", text.topic.keys().collect(), &expected.topics);
    compare(
        "question",
        text.question.keys().collect(),
        &expected.questions,
    );
}

/// Reports every entry of one language's file whose text is empty or only whitespace.
fn check_no_empty_texts(
    file: &str,
    language: LanguageCode,
    text: &Texts,
    errors: &mut Vec<CatalogueError>,
) {
    let tables = [
        ("answer", &text.answer),
        ("list", &text.list),
        ("topic", &text.topic),
        ("question", &text.question),
    ];
    for (table, entries) in tables {
        for (key, value) in entries {
            if value.trim().is_empty() {
                errors.push(CatalogueError {
                    file: file.to_owned(),
                    entry: format!("[{table}] {key}"),
                    language: Some(language),
                    problem: "empty text".into(),
                });
            }
        }
    }
}

/// Gathers each question's texts, checks that they parse and that every translation has the
/// English placeholders, and returns the questions.
fn build_questions(
    parsed_questions: Vec<ParsedQuestion<'_>>,
    texts: &BTreeMap<LanguageCode, Texts>,
    errors: &mut Vec<CatalogueError>,
) -> Vec<Question> {
    let mut questions = Vec::new();
    for (def, area, answer) in parsed_questions {
        let question_texts: BTreeMap<LanguageCode, String> = texts
            .iter()
            .filter_map(|(language, t)| {
                t.question
                    .get(&def.id)
                    .map(|text| (*language, text.clone()))
            })
            .collect();
        if let Err(issues) = check_translations(LanguageCode::ENGLISH, &question_texts) {
            for issue in issues {
                let Some(problem) = translation_problem(issue.kind) else {
                    continue;
                };
                errors.push(CatalogueError {
                    file: format!("text/{}.toml", issue.language),
                    entry: format!("[question] {}", def.id),
                    language: Some(issue.language),
                    problem,
                });
            }
        }
        questions.push(Question {
            id: def.id.clone(),
            topic: def.topic.clone(),
            area,
            answer,
            list: def.list.clone(),
            unit: def.unit.as_deref().and_then(Unit::parse),
            texts: question_texts,
        });
    }
    questions
}

/// The problem to report for a translation issue, or `None` for a missing text, which the key
/// check has already reported.
fn translation_problem(kind: TranslationIssueKind) -> Option<String> {
    let problem = match kind {
        TranslationIssueKind::TranslationMissing | TranslationIssueKind::SourceMissing => {
            return None;
        }
        TranslationIssueKind::InvalidTemplate { errors } => format!(
            "the text does not parse: {}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        ),
        TranslationIssueKind::PlaceholderMissing { placeholder } => {
            format!("the English text has ${{{placeholder}}} and this translation does not")
        }
        TranslationIssueKind::PlaceholderExtra { placeholder } => {
            format!("this translation has ${{{placeholder}}} and the English text does not")
        }
    };
    Some(problem)
}

impl Catalogue {
    /// A question's text in `language`, parsed. Valid catalogues always have it.
    pub fn template(&self, question: &Question, language: LanguageCode) -> Option<Template> {
        question
            .texts
            .get(&language)
            .and_then(|text| Template::parse(text).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn structure() -> Structure {
        Structure {
            list: vec![ListDef {
                id: "status".into(),
                options: vec!["registered".into(), "not_registered".into()],
            }],
            topic: vec![TopicDef {
                id: "services.identity".into(),
                area: "services".into(),
            }],
            question: vec![
                QuestionDef {
                    id: "services.identity.name".into(),
                    topic: "services.identity".into(),
                    answer: "yes_no".into(),
                    list: None,
                    unit: None,
                },
                QuestionDef {
                    id: "services.identity.registered".into(),
                    topic: "services.identity".into(),
                    answer: "choice".into(),
                    list: Some("status".into()),
                    unit: None,
                },
            ],
        }
    }

    fn texts(name_question: &str) -> Texts {
        Texts {
            answer: FIXED_ANSWER_KEYS
                .iter()
                .map(|k| ((*k).to_owned(), format!("{k}!")))
                .collect(),
            list: [("status.registered", "R"), ("status.not_registered", "N")]
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .into(),
            topic: [("services.identity".to_owned(), "Identity".to_owned())].into(),
            question: [
                (
                    "services.identity.name".to_owned(),
                    name_question.to_owned(),
                ),
                (
                    "services.identity.registered".to_owned(),
                    "Registered?".to_owned(),
                ),
            ]
            .into(),
        }
    }

    fn all_languages(text: &Texts) -> BTreeMap<LanguageCode, Texts> {
        LanguageCode::all().map(|l| (l, text.clone())).collect()
    }

    #[test]
    fn a_complete_catalogue_is_valid() {
        let catalogue = validate(
            structure(),
            all_languages(&texts("Is [${SPBusinessName}] right?")),
        )
        .unwrap();
        assert_eq!(catalogue.questions.len(), 2);
        assert_eq!(catalogue.questions[1].answer, AnswerType::Choice);
    }

    #[test]
    fn a_translation_that_drops_a_placeholder_names_file_question_and_language() {
        let mut all = all_languages(&texts("Is [${SPBusinessName}] right?"));
        let lv = LanguageCode::parse("lv").unwrap();
        all.insert(lv, texts("Vai nosaukums ir pareizs?"));
        let errors = validate(structure(), all).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].file, "text/lv.toml");
        assert_eq!(errors[0].entry, "[question] services.identity.name");
        assert_eq!(errors[0].language, Some(lv));
        assert!(
            errors[0].to_string().contains("SPBusinessName"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn unknown_placeholders_missing_languages_and_keys_are_refused() {
        let mut all = all_languages(&texts("Is [${NoSuchThing}] right?"));
        all.remove(&LanguageCode::parse("mt").unwrap());
        let mut de = texts("Is [${NoSuchThing}] right?");
        de.topic.clear();
        all.insert(LanguageCode::parse("de").unwrap(), de);
        let errors = validate(structure(), all).unwrap_err();
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(
            text.iter()
                .any(|e| e.starts_with("text/mt.toml") && e.contains("missing")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|e| e.starts_with("text/de.toml: [topic] services.identity")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|e| e.starts_with("text/en.toml: [question] services.identity.name")),
            "{text:?}"
        );
    }

    #[test]
    fn structure_rules() {
        let mut bad = structure();
        bad.question[0].answer = "maybe".into();
        bad.question[1].list = Some("nope".into());
        bad.topic.push(TopicDef {
            id: "ecommerce.x".into(),
            area: "fishing".into(),
        });
        bad.question.push(QuestionDef {
            id: "wrong.prefix".into(),
            topic: "services.identity".into(),
            answer: "date".into(),
            list: None,
            unit: Some("tonne".into()),
        });
        for (name, unit) in [("weight", None), ("speed", Some("knot"))] {
            bad.question.push(QuestionDef {
                id: format!("services.identity.{name}"),
                topic: "services.identity".into(),
                answer: "measurement".into(),
                list: None,
                unit: unit.map(Into::into),
            });
        }
        let errors = validate(bad, BTreeMap::new()).unwrap_err();
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        for expected in [
            "unknown answer type `maybe`",
            "unknown list `nope`",
            "unknown legislative area `fishing`",
            "a question id is `services.identity.<snake_case>`",
            "only measurement questions have a unit",
            "a measurement question needs a unit",
            "unknown unit `knot`",
        ] {
            assert!(
                text.iter().any(|e| e.contains(expected)),
                "{expected} not in {text:?}"
            );
        }
    }
}
