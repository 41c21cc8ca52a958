//! Multilingual authority search: an in-memory index over the registry (names, acronyms,
//! cities) and the taxonomy (every concept's labels and synonyms in 26 languages), rebuilt
//! when the registry's version in the database moves, so no instance serves a stale authority
//! after an edit is saved.

use rustc_hash::FxHashMap;
use sea_orm::{DatabaseConnection, EntityTrait};
use shared::search::{MIN_TYPO_WORD_CHARS, deletions, within_one_edit, words};
use shared::taxonomy::Taxonomy;
use shared::{CountryCode, LegislativeArea};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use tokio::sync::RwLock;

use crate::entities::{
    authority, authority_area, authority_competence, authority_name, registry_meta,
};

/// Where a query word matched an authority.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Its name (own language or English).
    Name,
    /// Its acronym.
    Acronym,
    /// Its city.
    City,
    /// A concept it is competent for (by the concept's id).
    Competence(String),
}

/// One indexed authority.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Database id.
    pub id: i32,
    /// Country.
    pub country: CountryCode,
    /// Name in its own language.
    pub name: String,
    /// English name, if any.
    pub name_en: Option<String>,
    /// Names in the country's other languages.
    pub other_names: Vec<String>,
    /// Acronym, if any.
    pub acronym: Option<String>,
    /// City.
    pub city: String,
    /// Legislative areas it handles.
    pub areas: Vec<LegislativeArea>,
    /// Concepts it is competent for.
    pub competences: Vec<String>,
}

#[derive(Debug, Clone, Copy)]
enum Posting {
    /// A word of a document's field.
    Field { doc: u32, weight: u32, field: Field },
    /// A word of a concept's label (`preferred`) or synonym, in any language; `whole` when
    /// the word is the entire name, which decides between concepts sharing a word (Romanian's
    /// "inginer electrician" against "electrician").
    Concept {
        concept: u32,
        preferred: bool,
        whole: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Name,
    Acronym,
    City,
}

/// A search over the index.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Free text in any language.
    pub text: String,
    /// Only this country.
    pub country: Option<CountryCode>,
    /// Only authorities handling this area.
    pub area: Option<LegislativeArea>,
    /// Only authorities competent for this concept.
    pub competence: Option<String>,
}

/// One result.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The authority.
    pub doc: Arc<Doc>,
    /// Higher is better.
    pub score: u32,
    /// Why it matched, strongest first, without repeats.
    pub reasons: Vec<Reason>,
}

/// The index of one registry version.
pub struct Index {
    version: i64,
    docs: Vec<Arc<Doc>>,
    concepts: Vec<String>,
    docs_by_concept: Vec<Vec<u32>>,
    terms: FxHashMap<String, Vec<Posting>>,
    /// The vocabulary, sorted, for prefix matches on the word being typed.
    sorted_terms: Vec<String>,
    /// Deletion variant → terms of at least [`MIN_TYPO_WORD_CHARS`] characters having it.
    deletions: FxHashMap<String, Vec<String>>,
}

/// How well a query word matched a term.
fn quality(exact: bool, prefix: bool) -> u32 {
    if exact {
        4
    } else if prefix {
        2
    } else {
        1
    }
}

impl Index {
    /// Builds the index of `docs` with the concepts of `taxonomy`.
    pub fn build(version: i64, docs: Vec<Doc>, taxonomy: &Taxonomy) -> Index {
        let concepts: Vec<String> = taxonomy.concepts.iter().map(|c| c.id.clone()).collect();
        let concept_index: HashMap<&str, u32> = concepts
            .iter()
            .enumerate()
            .map(|(i, c)| (c.as_str(), i as u32))
            .collect();
        let mut docs_by_concept = vec![Vec::new(); concepts.len()];
        let mut terms: FxHashMap<String, Vec<Posting>> = FxHashMap::default();
        for (i, doc) in docs.iter().enumerate() {
            let doc_no = i as u32;
            let fields = [
                (Some(doc.name.as_str()), Field::Name, 3),
                (doc.name_en.as_deref(), Field::Name, 3),
                (doc.acronym.as_deref(), Field::Acronym, 4),
                (Some(doc.city.as_str()), Field::City, 2),
            ]
            .into_iter()
            .chain(
                doc.other_names
                    .iter()
                    .map(|name| (Some(name.as_str()), Field::Name, 3)),
            );
            for (text, field, weight) in fields {
                for word in text.map(words).unwrap_or_default() {
                    terms.entry(word).or_default().push(Posting::Field {
                        doc: doc_no,
                        weight,
                        field,
                    });
                }
            }
            for concept in &doc.competences {
                if let Some(&c) = concept_index.get(concept.as_str()) {
                    docs_by_concept[c as usize].push(doc_no);
                }
            }
        }
        for (c, concept) in taxonomy.concepts.iter().enumerate() {
            let mut seen = HashSet::new();
            for labels in concept.labels.values() {
                let names = std::iter::once((labels.label.as_str(), true))
                    .chain(labels.synonyms.iter().map(|s| (s.as_str(), false)));
                for (name, preferred) in names {
                    let name_words = words(name);
                    let whole = name_words.len() == 1;
                    for word in name_words {
                        if seen.insert((word.clone(), preferred, whole)) {
                            terms.entry(word).or_default().push(Posting::Concept {
                                concept: c as u32,
                                preferred,
                                whole,
                            });
                        }
                    }
                }
            }
        }
        let mut sorted_terms: Vec<String> = terms.keys().cloned().collect();
        sorted_terms.sort();
        let mut deletion_index: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for term in sorted_terms
            .iter()
            .filter(|t| t.chars().count() >= MIN_TYPO_WORD_CHARS - 1)
        {
            for variant in deletions(term) {
                deletion_index
                    .entry(variant)
                    .or_default()
                    .push(term.clone());
            }
        }
        Index {
            version,
            docs: docs.into_iter().map(Arc::new).collect(),
            concepts,
            docs_by_concept,
            terms,
            sorted_terms,
            deletions: deletion_index,
        }
    }

    /// The number of indexed authorities.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The terms a query word matches, with the quality of each match. The last word of a
    /// query is still being typed, so it also matches as a prefix.
    fn matching_terms(&self, word: &str, is_last: bool) -> Vec<(&[Posting], u32)> {
        let mut found: FxHashMap<&str, u32> = FxHashMap::default();
        if let Some((term, _)) = self.terms.get_key_value(word) {
            found.insert(term.as_str(), quality(true, false));
        }
        if is_last && word.chars().count() >= 2 {
            let start = self.sorted_terms.partition_point(|t| t.as_str() < word);
            for term in self.sorted_terms[start..]
                .iter()
                .take_while(|t| t.starts_with(word))
                .take(200)
            {
                found.entry(term.as_str()).or_insert(quality(false, true));
            }
        }
        if word.chars().count() >= MIN_TYPO_WORD_CHARS {
            let mut candidates: Vec<&str> = Vec::new();
            for variant in std::iter::once(word.to_owned()).chain(deletions(word)) {
                if let Some(terms) = self.deletions.get(&variant) {
                    candidates.extend(terms.iter().map(String::as_str));
                }
                if let Some((term, _)) = self.terms.get_key_value(&variant) {
                    candidates.push(term.as_str());
                }
            }
            for term in candidates {
                if within_one_edit(word, term) {
                    found.entry(term).or_insert(quality(false, false));
                }
            }
        }
        // Sorted, so that equal scores are settled the same way on every run.
        let mut found: Vec<(&str, u32)> = found.into_iter().collect();
        found.sort_unstable();
        found
            .into_iter()
            .map(|(term, q)| (self.terms[term].as_slice(), q))
            .collect()
    }

    /// Runs a query: every word must match (name, acronym, city or a competence, in any
    /// language), the filters must hold. Returns how many match and the best `wanted` of
    /// them, best first, then by name.
    pub fn search(&self, query: &Query, wanted: usize) -> (usize, Vec<Hit>) {
        let query_words = words(&query.text);
        let filter = |doc: &Doc| {
            query.country.is_none_or(|c| doc.country == c)
                && query.area.is_none_or(|a| doc.areas.contains(&a))
                && query
                    .competence
                    .as_ref()
                    .is_none_or(|c| doc.competences.contains(c))
        };
        let stride = query_words.len();
        // The documents matching every word so far, their summed scores and, `stride` per
        // document, the reason each word matched.
        let mut matched: Vec<u32> = Vec::new();
        let mut scores: Vec<u32> = Vec::new();
        let mut reasons: Vec<ReasonCode> = Vec::new();
        if query_words.is_empty() {
            matched = (0..self.docs.len() as u32)
                .filter(|&doc| filter(&self.docs[doc as usize]))
                .collect();
            scores = vec![0; matched.len()];
        } else {
            SCRATCH.with_borrow_mut(|scratch| {
                scratch.fit(self.docs.len());
                for (i, word) in query_words.iter().enumerate() {
                    for (postings, q) in self.matching_terms(word, i + 1 == stride) {
                        for posting in postings {
                            self.score_posting(scratch, *posting, q);
                        }
                    }
                    if i == 0 {
                        // The filters are applied once, to the first word's matches: every
                        // later word can only remove documents.
                        for &doc in &scratch.touched {
                            if filter(&self.docs[doc as usize]) {
                                matched.push(doc);
                                scores.push(scratch.score[doc as usize]);
                                reasons.push(scratch.reason[doc as usize]);
                                reasons.extend(std::iter::repeat_n(0, stride - 1));
                            }
                        }
                    } else {
                        let mut kept = 0;
                        for k in 0..matched.len() {
                            let doc = matched[k] as usize;
                            let score = scratch.score[doc];
                            if score == 0 {
                                continue;
                            }
                            matched[kept] = matched[k];
                            scores[kept] = scores[k] + score;
                            reasons.copy_within(k * stride..k * stride + i, kept * stride);
                            reasons[kept * stride + i] = scratch.reason[doc];
                            kept += 1;
                        }
                        matched.truncate(kept);
                        scores.truncate(kept);
                        reasons.truncate(kept * stride);
                    }
                    scratch.clear();
                    if matched.is_empty() {
                        break;
                    }
                }
            });
        }
        let order = |&a: &usize, &b: &usize| {
            let (doc_a, doc_b) = (
                &self.docs[matched[a] as usize],
                &self.docs[matched[b] as usize],
            );
            scores[b]
                .cmp(&scores[a])
                .then_with(|| doc_a.name.cmp(&doc_b.name))
                .then(doc_a.id.cmp(&doc_b.id))
        };
        let total = matched.len();
        let mut ranked: Vec<usize> = (0..total).collect();
        // Only the first `wanted` are shown; ordering the rest would be wasted on broad queries.
        if total > wanted && wanted > 0 {
            ranked.select_nth_unstable_by(wanted - 1, order);
        }
        ranked.truncate(wanted);
        ranked.sort_by(order);
        let hits = ranked
            .into_iter()
            .map(|k| {
                let mut hit_reasons: Vec<ReasonCode> = Vec::with_capacity(stride);
                for &code in &reasons[k * stride..(k + 1) * stride] {
                    if !hit_reasons.contains(&code) {
                        hit_reasons.push(code);
                    }
                }
                Hit {
                    doc: self.docs[matched[k] as usize].clone(),
                    score: scores[k],
                    reasons: hit_reasons
                        .into_iter()
                        .map(|code| self.reason(code))
                        .collect(),
                }
            })
            .collect();
        (total, hits)
    }

    /// Adds one posting of a matched term to the current word's best scores.
    fn score_posting(&self, scratch: &mut Scratch, posting: Posting, q: u32) {
        match posting {
            Posting::Field { doc, weight, field } => {
                let reason = match field {
                    Field::Name => REASON_NAME,
                    Field::Acronym => REASON_ACRONYM,
                    Field::City => REASON_CITY,
                };
                // Doubled so that the whole-name bonus of concepts only breaks ties.
                scratch.offer(doc, 2 * weight * q, reason);
            }
            Posting::Concept {
                concept,
                preferred,
                whole,
            } => {
                let score = 2 * if preferred { 3 } else { 2 } * q + u32::from(whole);
                for &doc in &self.docs_by_concept[concept as usize] {
                    scratch.offer(doc, score, REASON_COMPETENCE + concept);
                }
            }
        }
    }

    fn reason(&self, code: ReasonCode) -> Reason {
        match code {
            REASON_NAME => Reason::Name,
            REASON_ACRONYM => Reason::Acronym,
            REASON_CITY => Reason::City,
            concept => {
                Reason::Competence(self.concepts[(concept - REASON_COMPETENCE) as usize].clone())
            }
        }
    }
}

/// A [`Reason`] while scoring, cheap to copy: the first three codes are the fields, and
/// `REASON_COMPETENCE + c` is the concept numbered `c`.
type ReasonCode = u32;
const REASON_NAME: ReasonCode = 0;
const REASON_ACRONYM: ReasonCode = 1;
const REASON_CITY: ReasonCode = 2;
const REASON_COMPETENCE: ReasonCode = 3;

/// One query word's best score and reason per document, indexed by document number. Kept per
/// thread and reused, so a query allocates nothing in proportion to the registry, and cleared
/// through `touched`, so a word costs what it matches rather than the registry's size.
#[derive(Default)]
struct Scratch {
    /// 0 for a document the word has not matched (every match scores at least 2).
    score: Vec<u32>,
    reason: Vec<ReasonCode>,
    /// The documents whose score is not 0, in the order they were first matched.
    touched: Vec<u32>,
}

impl Scratch {
    fn fit(&mut self, docs: usize) {
        if self.score.len() < docs {
            self.score.resize(docs, 0);
            self.reason.resize(docs, 0);
        }
    }

    /// Keeps `score` for `doc` if it beats the best so far; the first reason wins ties.
    fn offer(&mut self, doc: u32, score: u32, reason: ReasonCode) {
        let best = &mut self.score[doc as usize];
        if *best == 0 {
            self.touched.push(doc);
        }
        if score > *best {
            *best = score;
            self.reason[doc as usize] = reason;
        }
    }

    fn clear(&mut self) {
        for &doc in &self.touched {
            self.score[doc as usize] = 0;
        }
        self.touched.clear();
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// The index shared by the handlers of one instance.
pub struct Search {
    taxonomy: Arc<Taxonomy>,
    index: RwLock<Arc<Index>>,
}

impl Search {
    /// An empty index; the first search builds it.
    pub fn new(taxonomy: Arc<Taxonomy>) -> Search {
        let empty = Index::build(-1, Vec::new(), &taxonomy);
        Search {
            taxonomy,
            index: RwLock::new(Arc::new(empty)),
        }
    }

    /// The taxonomy the index uses.
    pub fn taxonomy(&self) -> &Taxonomy {
        &self.taxonomy
    }

    /// The index for the registry as it is in the database now, rebuilt first if the
    /// registry's version has moved since it was built.
    pub async fn current(&self, db: &DatabaseConnection) -> Result<Arc<Index>, sea_orm::DbErr> {
        let version = registry_meta::Entity::find_by_id(1)
            .one(db)
            .await?
            .map_or(0, |m| m.version);
        self.at(version, db).await
    }

    /// The index for the registry at `version`, read from the database by the caller in
    /// this call (the session's query reads it), rebuilt first if it has moved.
    pub async fn at(
        &self,
        version: i64,
        db: &DatabaseConnection,
    ) -> Result<Arc<Index>, sea_orm::DbErr> {
        {
            let index = self.index.read().await;
            // A newer index than the caller's version is as good: versions only rise.
            if index.version >= version {
                return Ok(index.clone());
            }
        }
        let mut index = self.index.write().await;
        // Another request may have rebuilt it while this one waited for the lock.
        if index.version < version {
            let docs = load_docs(db).await?;
            *index = Arc::new(Index::build(version, docs, &self.taxonomy));
            tracing::info!(authorities = index.len(), version, "search index rebuilt");
        }
        Ok(index.clone())
    }
}

async fn load_docs(db: &DatabaseConnection) -> Result<Vec<Doc>, sea_orm::DbErr> {
    let mut areas: HashMap<i32, Vec<LegislativeArea>> = HashMap::new();
    for row in authority_area::Entity::find().all(db).await? {
        if let Ok(area) = LegislativeArea::parse(&row.area) {
            areas.entry(row.authority_id).or_default().push(area);
        }
    }
    let mut other_names: HashMap<i32, Vec<String>> = HashMap::new();
    for row in authority_name::Entity::find().all(db).await? {
        other_names
            .entry(row.authority_id)
            .or_default()
            .push(row.name);
    }
    let mut competences: HashMap<i32, Vec<String>> = HashMap::new();
    for row in authority_competence::Entity::find().all(db).await? {
        competences
            .entry(row.authority_id)
            .or_default()
            .push(row.concept);
    }
    Ok(authority::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|a| {
            Some(Doc {
                country: CountryCode::parse(&a.country).ok()?,
                areas: areas.remove(&a.id).unwrap_or_default(),
                competences: competences.remove(&a.id).unwrap_or_default(),
                other_names: other_names.remove(&a.id).unwrap_or_default(),
                id: a.id,
                name: a.name,
                name_en: a.name_en,
                acronym: a.acronym,
                city: a.city,
            })
        })
        .collect())
}

/// Bumps the registry's version; call inside the transaction that changes the registry.
pub async fn bump_version(txn: &impl sea_orm::ConnectionTrait) -> Result<(), sea_orm::DbErr> {
    txn.execute_unprepared("UPDATE registry_meta SET version = version + 1 WHERE id = 1")
        .await?;
    Ok(())
}
