//! The taxonomy of competences: regulated professions and service activities, each with a
//! preferred label and synonyms in every language. Authorities declare competences from it,
//! and search matches queries in any language against all labels. The files live in
//! `taxonomy/` (see its README); the backend reads them and calls [`validate`].

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::{LanguageCode, LegislativeArea};

/// Whether a concept is a person's profession or a business activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConceptKind {
    /// A regulated profession, e.g. electrician.
    Profession,
    /// A service activity or sector, e.g. temporary-work agency.
    Activity,
}

/// One concept of `concepts.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConceptDef {
    /// Its stable id, snake_case.
    pub id: String,
    /// Profession or activity.
    pub kind: ConceptKind,
    /// The legislative areas it concerns, as codes.
    pub areas: Vec<String>,
}

/// `concepts.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Concepts {
    /// The concepts.
    #[serde(default)]
    pub concept: Vec<ConceptDef>,
}

/// A concept's names in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// The preferred label.
    pub label: String,
    /// Other names officials use.
    #[serde(default)]
    pub synonyms: Vec<String>,
}

/// A concept of a valid taxonomy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concept {
    /// Its stable id.
    pub id: String,
    /// Profession or activity.
    pub kind: ConceptKind,
    /// Its legislative areas.
    pub areas: Vec<LegislativeArea>,
    /// Its names in each of the 26 languages.
    pub labels: BTreeMap<LanguageCode, Labels>,
}

/// A taxonomy that passed [`validate`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Taxonomy {
    /// The concepts, in file order.
    pub concepts: Vec<Concept>,
}

impl Taxonomy {
    /// The concept with this id.
    pub fn get(&self, id: &str) -> Option<&Concept> {
        self.concepts.iter().find(|c| c.id == id)
    }
}

/// What is wrong with the taxonomy, at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaxonomyError {
    /// `concepts.toml` or `labels/<language>.toml`.
    pub file: String,
    /// The concept's id.
    pub entry: String,
    /// What is wrong, in English, for whoever maintains the files.
    pub problem: String,
}

impl std::fmt::Display for TaxonomyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.entry, self.problem)
    }
}

fn is_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Checks the concepts and the labels of every language.
pub fn validate(
    concepts: Concepts,
    labels: BTreeMap<LanguageCode, BTreeMap<String, Labels>>,
) -> Result<Taxonomy, Vec<TaxonomyError>> {
    let mut errors = Vec::new();
    let error = |file: String, entry: &str, problem: &str| TaxonomyError {
        file,
        entry: entry.to_owned(),
        problem: problem.to_owned(),
    };
    let mut seen = BTreeSet::new();
    let mut result = Vec::new();
    for def in &concepts.concept {
        let file = "concepts.toml".to_owned();
        if !is_snake(&def.id) {
            errors.push(error(file.clone(), &def.id, "an id is snake_case"));
        }
        if !seen.insert(def.id.as_str()) {
            errors.push(error(file.clone(), &def.id, "this id is used twice"));
        }
        let mut areas = Vec::new();
        for area in &def.areas {
            match LegislativeArea::parse(area) {
                Ok(parsed) => areas.push(parsed),
                Err(_) => errors.push(error(
                    file.clone(),
                    &def.id,
                    &format!("unknown legislative area `{area}`"),
                )),
            }
        }
        if def.areas.is_empty() {
            errors.push(error(
                file.clone(),
                &def.id,
                "a concept needs at least one legislative area",
            ));
        }
        let mut names = BTreeMap::new();
        for language in LanguageCode::all() {
            let file = format!("labels/{language}.toml");
            match labels.get(&language).and_then(|l| l.get(&def.id)) {
                None => errors.push(error(file, &def.id, "no label in this language")),
                Some(l)
                    if l.label.trim().is_empty()
                        || l.synonyms.iter().any(|s| s.trim().is_empty()) =>
                {
                    errors.push(error(file, &def.id, "an empty label or synonym"));
                }
                Some(l) => {
                    names.insert(language, l.clone());
                }
            }
        }
        result.push(Concept {
            id: def.id.clone(),
            kind: def.kind,
            areas,
            labels: names,
        });
    }
    for language in LanguageCode::all() {
        match labels.get(&language) {
            None => errors.push(error(
                format!("labels/{language}.toml"),
                "-",
                "the file is missing: every language needs every label",
            )),
            Some(entries) => {
                for id in entries.keys().filter(|id| !seen.contains(id.as_str())) {
                    errors.push(error(
                        format!("labels/{language}.toml"),
                        id,
                        "not in concepts.toml",
                    ));
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(Taxonomy { concepts: result })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concepts() -> Concepts {
        Concepts {
            concept: vec![ConceptDef {
                id: "electrician".into(),
                kind: ConceptKind::Profession,
                areas: vec!["services".into()],
            }],
        }
    }

    fn labels(label: &str) -> BTreeMap<LanguageCode, BTreeMap<String, Labels>> {
        LanguageCode::all()
            .map(|l| {
                (
                    l,
                    BTreeMap::from([(
                        "electrician".to_owned(),
                        Labels {
                            label: label.into(),
                            synonyms: vec![],
                        },
                    )]),
                )
            })
            .collect()
    }

    #[test]
    fn a_complete_taxonomy_is_valid() {
        let taxonomy = validate(concepts(), labels("electrician")).unwrap();
        assert_eq!(taxonomy.get("electrician").unwrap().labels.len(), 26);
    }

    #[test]
    fn missing_labels_files_and_unknown_ids_are_named() {
        let mut all = labels("x");
        all.remove(&LanguageCode::parse("is").unwrap());
        all.get_mut(&LanguageCode::parse("lv").unwrap())
            .unwrap()
            .insert(
                "plumber".into(),
                Labels {
                    label: "santehniķis".into(),
                    synonyms: vec![],
                },
            );
        let mut bad = concepts();
        bad.concept[0].areas = vec!["fishing".into()];
        let errors: Vec<String> = validate(bad, all)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        for expected in [
            "labels/is.toml: electrician: no label",
            "labels/lv.toml: plumber: not in concepts.toml",
            "unknown legislative area `fishing`",
            "labels/is.toml: -: the file is missing",
        ] {
            assert!(
                errors.iter().any(|e| e.contains(expected)),
                "{expected} not in {errors:?}"
            );
        }
    }
}
