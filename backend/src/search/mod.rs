//! Multilingual authority search: an in-memory index over the registry (names, acronyms,
//! cities) and the taxonomy (every concept's labels and synonyms in 26 languages), brought up
//! to date when the registry's version in the database moves, so no instance serves a stale
//! authority after an edit is saved. An edit of a few authorities is applied to the index in
//! place (`update`), from the database's list of the authorities each version changed; a bulk
//! change, or an index too far behind that list, is rebuilt whole (`build`).

use rustc_hash::FxHashMap;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use shared::country_names::{CountryForm, CountryNames};
use shared::registry::AuthorityLevel;
use shared::search::{MIN_TYPO_WORD_CHARS, WordForm, deletions, within_one_edit, word_forms};
use shared::taxonomy::Taxonomy;
use shared::{CountryCode, LanguageCode, LegislativeArea};
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock};

use crate::entities::{
    authority, authority_area, authority_competence, authority_name, registry_change, registry_meta,
};

mod build;
mod current;
mod stem;
mod typos;
mod update;

pub use current::{Changed, KEPT_VERSIONS, MAX_UPDATE, Search, bump_version};

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
    /// The territory it is competent for.
    pub level: AuthorityLevel,
    /// Legislative areas it handles.
    pub areas: Vec<LegislativeArea>,
    /// Concepts it is competent for.
    pub competences: Vec<String>,
    /// Whether it is its country's national IMI coordinator.
    pub national_coordinator: bool,
}

#[derive(Debug, Clone, Copy)]
enum Posting {
    /// A word of a document's field: `slot` numbers the document's texts (name, English
    /// name, other names, acronym, city) and `position` the word within it, so that query
    /// words found side by side in one name can count for more.
    Field {
        doc: u32,
        field: Field,
        slot: u8,
        position: u8,
    },
    /// A word of a concept's label (`preferred`) or synonym in one language; `words` is how
    /// many words the label has, since "crane" says more about a concept named "crane" than
    /// about one named "crane operator".
    Concept {
        concept: u32,
        preferred: bool,
        words: u8,
        language: u8,
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
    /// Free text in any language; a country's name in it (in any language and usual case
    /// form) acts as the country filter when `country` is not given.
    pub text: String,
    /// Only this country.
    pub country: Option<CountryCode>,
    /// Only authorities handling this area.
    pub area: Option<LegislativeArea>,
    /// Only authorities competent for this concept.
    pub competence: Option<String>,
    /// The reader's language: a prefix or a typo counts fully only in it (or in a language
    /// another word of the query is written in).
    pub language: Option<LanguageCode>,
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

/// What a search found.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// How many authorities match in all.
    pub total: usize,
    /// The best of them, best first.
    pub hits: Vec<Hit>,
    /// The country the query named and that filtered the results, if any.
    pub country_from_query: Option<CountryCode>,
    /// The concepts the query's words name (exactly or in an inflected form), best first:
    /// what the reader is looking for, even where no authority declares it.
    pub recognised: Vec<String>,
    /// When nothing matched within one country: that country's national coordinator, who
    /// can say which authority is competent.
    pub coordinator: Option<Arc<Doc>>,
}

/// How a query word met a term, from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum MatchKind {
    /// A one-letter typo.
    Typo,
    /// The beginning of the term (the word being typed, or the first part of a compound).
    Prefix,
    /// Another form of the same word in the language `stem_language`.
    Stem,
    /// The same word.
    Exact,
}

/// A term a query word matched.
#[derive(Debug, Clone, Copy)]
struct TermMatch {
    term: u32,
    kind: MatchKind,
    /// For [`MatchKind::Stem`]: the language whose forms met; only that language's postings
    /// of the term count.
    stem_language: u8,
    /// For [`MatchKind::Prefix`]: how much of the term the word covers, in thousandths.
    coverage: u32,
}

/// The most words of a query that are scored; more add nothing an official would miss.
const MAX_WORDS: usize = 8;

/// Function words of the 26 languages (folded): prepositions, articles and conjunctions an
/// official writes around the words that matter ("Elektriker in Norwegen", "γιατρός στην
/// Πορτογαλία", "tabib fil-Portugall"). They add to a score when they match a name, but are
/// never required.
const FUNCTION_WORDS: &[&str] = &[
    // English, German, Dutch
    "the", "of", "in", "at", "to", "for", "from", "and", "a", "an", "on", "with", "by", "der",
    "die", "das", "den", "dem", "des", "und", "im", "fur", "von", "vom", "aus", "zu", "zur", "zum",
    "bei", "mit", "ein", "eine", "einer", "nach", "het", "een", "van", "en", "voor", "uit", "op",
    "te", "met", // French, Spanish, Portuguese, Italian, Romanian
    "le", "la", "les", "l", "de", "du", "d", "et", "au", "aux", "pour", "dans", "un", "une", "sur",
    "el", "los", "las", "del", "y", "al", "para", "una", "con", "o", "os", "as", "do", "da", "dos",
    "e", "em", "no", "na", "nos", "nas", "um", "uma", "com", "il", "lo", "i", "gli", "di", "della",
    "dei", "degli", "delle", "ed", "nel", "nella", "per", "si", "din", "cu",
    // Nordic, Finnish, Estonian, Baltic, Icelandic
    "och", "og", "av", "af", "fra", "fran", "till", "til", "med", "pa", "ett", "det", "ja", "ning",
    "un", "ar", "uz", "par", "pie", "ir", "su", "is", "apie", "um", "fyrir",
    // Slavic languages, Hungarian
    "w", "we", "z", "ze", "oraz", "dla", "od", "v", "ve", "pro", "pre", "s", "so", "za", "pri",
    "iz", "u", "sa", "az", "es", "egy", "в", "във", "на", "за", "от", "и", "с", "със",
    // Greek
    "ο", "η", "το", "οι", "τα", "του", "τησ", "των", "τον", "την", "στο", "στη", "στην", "στον",
    "στα", "στισ", "και", "απο", "για", "σε", // Irish, Maltese
    "an", "agus", "san", "don", "it", "id", "ta", "tal", "tad", "fil", "fl", "ghal", "minn", "f",
];

/// The index of one registry version.
pub struct Index {
    version: i64,
    docs: Vec<Arc<Doc>>,
    /// Authority id → its document's number.
    doc_numbers: FxHashMap<i32, u32>,
    concepts: Vec<String>,
    docs_by_concept: Vec<Vec<u32>>,
    /// Term → its number. A term whose postings an update has emptied keeps its number (it
    /// is taken again if the word comes back) but is not found: see [`Index::live_term`].
    term_numbers: FxHashMap<String, u32>,
    /// By term number: the term, its postings and how many documents have it in a name
    /// (which makes it common, so less telling: see [`Index::rarity`]).
    terms: Vec<String>,
    postings: Vec<Vec<Posting>>,
    /// By term number: how many of its postings (they come first) are concepts'.
    concept_postings: Vec<u32>,
    name_docs: Vec<u32>,
    /// Term numbers sorted by term, for prefix matches.
    sorted_terms: Vec<u32>,
    /// Deletion variant → terms of at least [`MIN_TYPO_WORD_CHARS`] - 1 characters having it.
    typos: typos::Typos,
    /// (language, stem key) → terms of that language having the key.
    stems: FxHashMap<(u8, String), Vec<u32>>,
    languages: Vec<LanguageCode>,
    countries: Arc<CountryNames>,
}

fn base_score(kind: MatchKind, coverage: u32) -> u32 {
    match kind {
        MatchKind::Exact => 1000,
        MatchKind::Stem => 800,
        MatchKind::Prefix => 400 + coverage / 10,
        MatchKind::Typo => 300,
    }
}

impl Index {
    /// The number of indexed authorities.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The number of `folded`, unless no document or concept has it (any longer).
    fn live_term(&self, folded: &str) -> Option<u32> {
        self.term_numbers
            .get(folded)
            .copied()
            .filter(|&term| self.is_live(term))
    }

    /// Whether a document or a concept has the term: an update may have taken its last
    /// posting away.
    fn is_live(&self, term: u32) -> bool {
        !self.postings[term as usize].is_empty()
    }

    /// How rare `term` is among the documents' names, in thousandths: a word in every name
    /// counts 400, a word in one name 1,000. Computed when asked, from the count of names
    /// having it, so that an update changes only that count.
    fn rarity(&self, term: u32) -> u32 {
        let doc_count = self.docs.len().max(2) as f64;
        let df = f64::from(self.name_docs[term as usize].max(1));
        (400.0 + 600.0 * (doc_count / df).ln() / doc_count.ln()).round() as u32
    }

    /// The terms a query word matches, each with its best kind of match. A word also matches
    /// as a prefix when it is the last one (still being typed) or when nothing has it
    /// whole (the first part of a compound: "Kran" of "Kranführer").
    fn matching_terms(&self, word: &WordForm, is_last: bool) -> Vec<TermMatch> {
        let mut found: FxHashMap<u32, TermMatch> = FxHashMap::default();
        fn offer(found: &mut FxHashMap<u32, TermMatch>, m: TermMatch) {
            let entry = found.entry(m.term).or_insert(m);
            if (m.kind, m.coverage) > (entry.kind, entry.coverage) {
                *entry = m;
            }
        }
        let folded = word.folded.as_str();
        if let Some(term) = self.live_term(folded) {
            offer(
                &mut found,
                TermMatch {
                    term,
                    kind: MatchKind::Exact,
                    stem_language: 0,
                    coverage: 1000,
                },
            );
        }
        for (number, language) in self.languages.iter().enumerate() {
            for key in stem::keys(*language, word) {
                if let Some(terms) = self.stems.get(&(number as u8, key)) {
                    for &term in terms {
                        if self.terms[term as usize] != folded && self.is_live(term) {
                            offer(
                                &mut found,
                                TermMatch {
                                    term,
                                    kind: MatchKind::Stem,
                                    stem_language: number as u8,
                                    coverage: 1000,
                                },
                            );
                        }
                    }
                }
            }
        }
        let length = folded.chars().count();
        if length >= 2 && (is_last || (found.is_empty() && length >= 4)) {
            let start = self
                .sorted_terms
                .partition_point(|&t| self.terms[t as usize].as_str() < folded);
            for &term in self.sorted_terms[start..]
                .iter()
                .take_while(|&&t| self.terms[t as usize].starts_with(folded))
                .filter(|&&t| self.is_live(t))
                .take(200)
            {
                let term_length = self.terms[term as usize].chars().count().max(1);
                offer(
                    &mut found,
                    TermMatch {
                        term,
                        kind: MatchKind::Prefix,
                        stem_language: 0,
                        coverage: (1000 * length / term_length) as u32,
                    },
                );
            }
        }
        if length >= MIN_TYPO_WORD_CHARS {
            for variant in std::iter::once(folded.to_owned()).chain(deletions(folded)) {
                let candidates = self
                    .typos
                    .candidates(&variant)
                    .chain(self.term_numbers.get(&variant).copied());
                for term in candidates {
                    if self.is_live(term) && within_one_edit(folded, &self.terms[term as usize]) {
                        offer(
                            &mut found,
                            TermMatch {
                                term,
                                kind: MatchKind::Typo,
                                stem_language: 0,
                                coverage: 0,
                            },
                        );
                    }
                }
            }
        }
        // Sorted, so that equal scores are settled the same way on every run.
        let mut found: Vec<TermMatch> = found.into_values().collect();
        found.sort_unstable_by_key(|m| m.term);
        found
    }

    /// Runs a query. A country named in the text filters by that country (unless the query
    /// gives one); function words are optional; a word that matches nothing anywhere is left
    /// out; every other word must match (name, acronym, city or a competence, in any
    /// language), except that of three or more words one may miss. Returns the best `wanted`
    /// results, best first; equals are settled by the narrower competence, then the wider
    /// territory (national before regional before local), then by id.
    pub fn search(&self, query: &Query, wanted: usize) -> Found {
        let mut query_words = word_forms(&query.text);
        query_words.truncate(MAX_WORDS);
        let mut word_matches: Vec<Vec<TermMatch>> = query_words
            .iter()
            .enumerate()
            .map(|(i, word)| self.matching_terms(word, i + 1 == query_words.len()))
            .collect();
        let readers = self.readers(query.language, &word_matches);
        let named = self.take_country(&mut query_words, &mut word_matches, &readers);
        let country_from_query = named.filter(|_| query.country.is_none());
        let country = query.country.or(country_from_query);
        let filter = |doc: &Doc| {
            country.is_none_or(|c| doc.country == c)
                && query.area.is_none_or(|a| doc.areas.contains(&a))
                && query
                    .competence
                    .as_ref()
                    .is_none_or(|c| doc.competences.contains(c))
        };
        let mut found = Found {
            country_from_query,
            ..Found::default()
        };
        let (matched, scores, reasons) = if query_words.is_empty() {
            if !query.text.trim().is_empty() && country_from_query.is_none() {
                // Only letters that are no word: nothing to find.
                return found;
            }
            self.all_passing(&filter)
        } else {
            self.score(
                &query_words,
                &word_matches,
                &readers,
                &filter,
                &mut found.recognised,
            )
        };
        found.total = matched.len();
        found.hits = self.best_hits(&matched, &scores, &reasons, query_words.len(), wanted);
        if found.total == 0
            && let Some(country) = country
        {
            found.coordinator = self
                .docs
                .iter()
                .find(|doc| doc.country == country && doc.national_coordinator)
                .cloned();
        }
        found
    }

    /// The country the query's words name, if any, with its words taken out of
    /// `query_words` and `word_matches`: "Latvijas" in a name is found through the filter,
    /// not by the word. A country's name counts in a language the query is written in (or
    /// English), or when it is no word of the registry at all: "malta" is mortar in Czech
    /// and "Romanian" a Finnish genitive, but "Norwegen" is only Norway.
    fn take_country(
        &self,
        query_words: &mut Vec<WordForm>,
        word_matches: &mut Vec<Vec<TermMatch>>,
        readers: &[u8],
    ) -> Option<CountryCode> {
        let folded: Vec<String> = query_words.iter().map(|w| w.folded.clone()).collect();
        let accept = |form: &CountryForm| {
            readers.contains(&self.language_number(form.language))
                || form.words.iter().all(|w| self.live_term(w).is_none())
        };
        let named = self.countries.find(&folded, &accept)?;
        query_words.drain(named.positions.clone());
        word_matches.drain(named.positions);
        Some(named.country)
    }

    /// Every document passing `filter`, unscored, for a query without words to rank by.
    fn all_passing(&self, filter: &dyn Fn(&Doc) -> bool) -> (Vec<u32>, Vec<u32>, Vec<ReasonCode>) {
        let matched: Vec<u32> = (0..self.docs.len() as u32)
            .filter(|&doc| filter(&self.docs[doc as usize]))
            .collect();
        let scores = vec![0; matched.len()];
        (matched, scores, Vec::new())
    }

    /// The best `wanted` of the `matched` documents, best first, each with its reasons
    /// (`stride` per document in `reasons`, one per query word).
    fn best_hits(
        &self,
        matched: &[u32],
        scores: &[u32],
        reasons: &[ReasonCode],
        stride: usize,
        wanted: usize,
    ) -> Vec<Hit> {
        let order = |&a: &usize, &b: &usize| {
            let (doc_a, doc_b) = (
                &self.docs[matched[a] as usize],
                &self.docs[matched[b] as usize],
            );
            if stride == 0 {
                // A list without words to rank by: by name, as a list is read.
                return doc_a.name.cmp(&doc_b.name).then(doc_a.id.cmp(&doc_b.id));
            }
            scores[b]
                .cmp(&scores[a])
                .then_with(|| doc_a.competences.len().cmp(&doc_b.competences.len()))
                .then_with(|| doc_a.level.rank().cmp(&doc_b.level.rank()))
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
        ranked
            .into_iter()
            .map(|k| Hit {
                doc: self.docs[matched[k] as usize].clone(),
                score: scores[k],
                reasons: self.hit_reasons(reasons.get(k * stride..(k + 1) * stride)),
            })
            .collect()
    }

    /// A hit's reasons from its row of per-word reason codes, in the words' order, without
    /// repeats.
    fn hit_reasons(&self, row: Option<&[ReasonCode]>) -> Vec<Reason> {
        let row = row.unwrap_or_default();
        let mut codes: Vec<ReasonCode> = Vec::with_capacity(row.len());
        for &code in row {
            if code != NO_REASON && !codes.contains(&code) {
                codes.push(code);
            }
        }
        codes.into_iter().map(|code| self.reason(code)).collect()
    }

    /// Scores the documents matching `query_words`: the matched documents passing `filter`,
    /// their scores and, `query_words.len()` per document, the reason each word matched
    /// ([`NO_REASON`] where it did not). Fills `recognised` with the concepts the words name.
    fn score(
        &self,
        query_words: &[WordForm],
        word_matches: &[Vec<TermMatch>],
        readers: &[u8],
        filter: &dyn Fn(&Doc) -> bool,
        recognised: &mut Vec<String>,
    ) -> (Vec<u32>, Vec<u32>, Vec<ReasonCode>) {
        let stride = query_words.len();
        recognised.extend(self.recognised_concepts(query_words, word_matches));
        // Function words are optional, and so is a word nothing has; the rest are required.
        let optional: Vec<bool> = query_words
            .iter()
            .zip(word_matches)
            .map(|(word, matches)| {
                matches.is_empty() || FUNCTION_WORDS.contains(&word.folded.as_str())
            })
            .collect();
        let mut required = optional.iter().filter(|o| !**o).count();
        let all_optional = required == 0;
        if all_optional {
            // Only function words (or an acronym like "EM"): they are what was asked for.
            if word_matches.iter().all(Vec::is_empty) {
                return (Vec::new(), Vec::new(), Vec::new());
            }
            required = word_matches.iter().filter(|m| !m.is_empty()).count();
        }
        let needed = if required >= 3 {
            required - 1
        } else {
            required
        };
        let native: Vec<u8> = readers.get(2..).unwrap_or_default().to_vec();
        SCRATCH.with_borrow_mut(|scratch| {
            scratch.fit(self.docs.len(), stride);
            for (i, matches) in word_matches.iter().enumerate() {
                self.offer_word(scratch, matches, readers);
                let counts = all_optional || !optional[i];
                scratch.end_word(i, stride, counts);
            }
            let scored = self.collect_scored(scratch, stride, needed, filter, &native);
            scratch.clear(stride);
            scored
        })
    }

    /// The concepts the query names, best first: a whole label or synonym, or most of a
    /// longer one, not merely one word of its name. Function words name nothing.
    fn recognised_concepts(
        &self,
        query_words: &[WordForm],
        word_matches: &[Vec<TermMatch>],
    ) -> Vec<String> {
        let mut concept_scores: FxHashMap<u32, u32> = FxHashMap::default();
        for (word, matches) in query_words.iter().zip(word_matches) {
            if FUNCTION_WORDS.contains(&word.folded.as_str()) {
                continue;
            }
            for (concept, score) in self.best_concept_scores(matches) {
                *concept_scores.entry(concept).or_default() += score;
            }
        }
        let mut named: Vec<(u32, u32)> = concept_scores
            .into_iter()
            .filter(|(_, score)| *score >= 800)
            .collect();
        named.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let Some(&(_, top)) = named.first() else {
            return Vec::new();
        };
        named
            .iter()
            .take_while(|(_, score)| *score * 10 >= top * 7)
            .take(3)
            .map(|(concept, _)| self.concepts[*concept as usize].clone())
            .collect()
    }

    /// The best score one word's exact and stem matches give each concept they name.
    fn best_concept_scores(&self, matches: &[TermMatch]) -> FxHashMap<u32, u32> {
        let mut best: FxHashMap<u32, u32> = FxHashMap::default();
        for m in matches.iter().filter(|m| m.kind >= MatchKind::Stem) {
            for posting in self.concept_postings_of(m.term) {
                if let Posting::Concept {
                    concept,
                    language,
                    preferred,
                    words,
                } = *posting
                    && (m.kind == MatchKind::Exact || language == m.stem_language)
                {
                    let score = concept_score(base_score(m.kind, 1000), preferred, words);
                    let entry = best.entry(concept).or_default();
                    *entry = (*entry).max(score);
                }
            }
        }
        best
    }

    /// Offers every posting of one query word's matched terms to `scratch`. A concept's
    /// documents are offered once per word, at the concept's best score: a word like
    /// "elektriker" names one concept in several languages, and each would otherwise walk
    /// the concept's documents again.
    fn offer_word(&self, scratch: &mut Scratch, matches: &[TermMatch], readers: &[u8]) {
        let mut concepts: FxHashMap<u32, u32> = FxHashMap::default();
        for m in matches {
            let rarity = self.rarity(m.term);
            for posting in &self.postings[m.term as usize] {
                if let Some((concept, score)) =
                    self.score_posting(scratch, *posting, m, rarity, readers)
                {
                    let best = concepts.entry(concept).or_default();
                    *best = (*best).max(score);
                }
            }
        }
        let mut concepts: Vec<(u32, u32)> = concepts.into_iter().collect();
        concepts.sort_unstable();
        for (concept, score) in concepts {
            for &doc in &self.docs_by_concept[concept as usize] {
                scratch.offer(doc, score, REASON_COMPETENCE + concept, None);
            }
        }
    }

    /// The documents in `scratch` that matched `needed` required words and pass `filter`,
    /// with their scores (bonuses added) and their rows of reasons.
    fn collect_scored(
        &self,
        scratch: &Scratch,
        stride: usize,
        needed: usize,
        filter: &dyn Fn(&Doc) -> bool,
        native: &[u8],
    ) -> (Vec<u32>, Vec<u32>, Vec<ReasonCode>) {
        let mut matched = Vec::new();
        let mut scores = Vec::new();
        let mut reasons = Vec::new();
        for &doc in &scratch.touched_docs {
            let d = doc as usize;
            if usize::from(scratch.count[d]) < needed || !filter(&self.docs[d]) {
                continue;
            }
            let row = &scratch.word_reason[d * stride..(d + 1) * stride];
            let places = &scratch.word_place[d * stride..(d + 1) * stride];
            let mut bonus = side_by_side_bonus(places);
            // A word written in the language of the authority's country ("pagar" is
            // Estonian) hints at where the official is looking, more than their own
            // language or English does: it settles equals.
            if native.contains(&self.language_number(self.docs[d].country.main_language())) {
                bonus += 50;
            }
            matched.push(doc);
            scores.push(scratch.total[d] + bonus);
            reasons.extend_from_slice(row);
        }
        (matched, scores, reasons)
    }

    fn concept_postings_of(&self, term: u32) -> &[Posting] {
        &self.postings[term as usize][..self.concept_postings[term as usize] as usize]
    }

    fn language_number(&self, language: LanguageCode) -> u8 {
        build::language_number_in(&self.languages, language)
    }

    /// The languages the query is written in: the reader's, English, and those in which a
    /// word is a concept's name exactly or by its form. A prefix or a typo in any other
    /// language is a coincidence more often than what the official meant ("crane" is one
    /// letter from Portuguese "carne").
    fn readers(&self, language: Option<LanguageCode>, word_matches: &[Vec<TermMatch>]) -> Vec<u8> {
        // English and the reader's language come first (twice when they are the same), so
        // that the rest are the languages only the query's words are written in.
        let english = self.language_number(LanguageCode::ENGLISH);
        let mut readers = vec![
            english,
            language.map_or(english, |l| self.language_number(l)),
        ];
        for m in word_matches
            .iter()
            .flatten()
            .filter(|m| m.kind >= MatchKind::Stem)
        {
            for posting in self.concept_postings_of(m.term) {
                if let Posting::Concept { language, .. } = *posting
                    && (m.kind == MatchKind::Exact || language == m.stem_language)
                    && !readers.contains(&language)
                {
                    readers.push(language);
                }
            }
        }
        readers
    }

    /// Offers a field posting of a matched term (whose [`Index::rarity`] is `rarity`) to the
    /// current word's best per document; a concept posting is returned as (concept, score)
    /// for the caller to offer once per concept.
    fn score_posting(
        &self,
        scratch: &mut Scratch,
        posting: Posting,
        m: &TermMatch,
        rarity: u32,
        readers: &[u8],
    ) -> Option<(u32, u32)> {
        match posting {
            Posting::Field {
                doc,
                field,
                slot,
                position,
            } => {
                let base = base_score(m.kind, m.coverage);
                let (score, reason) = match field {
                    Field::Name => (base * rarity / 1000, REASON_NAME),
                    Field::Acronym => (base * 11 / 10, REASON_ACRONYM),
                    Field::City => (base * 7 / 10, REASON_CITY),
                };
                let place = (field == Field::Name).then_some((slot, position));
                scratch.offer(doc, score, reason, place);
                None
            }
            Posting::Concept {
                concept,
                preferred,
                words,
                language,
            } => {
                if m.kind == MatchKind::Stem && language != m.stem_language {
                    return None;
                }
                let mut base = base_score(m.kind, m.coverage);
                if m.kind <= MatchKind::Prefix && !readers.contains(&language) {
                    base /= 4;
                }
                Some((concept, concept_score(base, preferred, words)))
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

/// Words side by side in one name, as the official wrote them: a name asked for ("state
/// health inspectorate") beats words found apart. `places` holds, word by word, where each
/// matched in a name.
fn side_by_side_bonus(places: &[Option<(u8, u8)>]) -> u32 {
    let mut bonus = 0;
    for pair in places.windows(2) {
        if let [Some((slot_a, pos_a)), Some((slot_b, pos_b))] = pair
            && slot_a == slot_b
            && u16::from(*pos_a) + 1 == u16::from(*pos_b)
        {
            bonus += 400;
        }
    }
    bonus
}

/// A concept's share of a match: its preferred label counts more than a synonym, and a word
/// that is the whole name more than one word of several.
fn concept_score(base: u32, preferred: bool, words: u8) -> u32 {
    let label = if preferred { 10 } else { 9 };
    let words = u32::from(words.max(1));
    // 1,000 for a one-word name, 500 for one word of two, 380 of five: "health" alone says
    // little about an "occupational safety and health specialist".
    let whole = if words == 1 { 1000 } else { 300 + 400 / words };
    base * label / 10 * whole / 1000
}

/// A [`Reason`] while scoring, cheap to copy: the first three codes are the fields, and
/// `REASON_COMPETENCE + c` is the concept numbered `c`.
type ReasonCode = u32;
const REASON_NAME: ReasonCode = 0;
const REASON_ACRONYM: ReasonCode = 1;
const REASON_CITY: ReasonCode = 2;
const REASON_COMPETENCE: ReasonCode = 3;
/// A word that did not match the document.
const NO_REASON: ReasonCode = u32::MAX;

/// Scores per document, indexed by document number. Kept per thread and reused, so a query
/// allocates nothing in proportion to the registry, and cleared through the lists of touched
/// documents, so a query costs what it matches rather than the registry's size.
#[derive(Default)]
struct Scratch {
    /// The current word's best score per document; 0 where it has not matched.
    word_score: Vec<u32>,
    word_best_reason: Vec<ReasonCode>,
    word_best_place: Vec<Option<(u8, u8)>>,
    /// The documents the current word matched.
    touched: Vec<u32>,
    /// Over the words so far: summed score, required words matched, and per word (stride
    /// per document) the reason and the place in a name.
    total: Vec<u32>,
    count: Vec<u8>,
    word_reason: Vec<ReasonCode>,
    word_place: Vec<Option<(u8, u8)>>,
    touched_docs: Vec<u32>,
}

impl Scratch {
    fn fit(&mut self, docs: usize, stride: usize) {
        if self.word_score.len() < docs {
            self.word_score.resize(docs, 0);
            self.word_best_reason.resize(docs, NO_REASON);
            self.word_best_place.resize(docs, None);
            self.total.resize(docs, 0);
            self.count.resize(docs, 0);
        }
        if self.word_reason.len() < docs * stride {
            self.word_reason.resize(docs * stride, NO_REASON);
            self.word_place.resize(docs * stride, None);
        }
    }

    /// Keeps `score` for `doc` if it beats the current word's best. A tie goes to the lower
    /// reason code (a name before a competence), then the earlier place, whatever order the
    /// postings came in: an index updated in place numbers its terms in another order than
    /// one built whole, and both must rank alike.
    fn offer(&mut self, doc: u32, score: u32, reason: ReasonCode, place: Option<(u8, u8)>) {
        let d = doc as usize;
        let best = &mut self.word_score[d];
        if *best == 0 {
            self.touched.push(doc);
        }
        if score > *best
            || (score == *best
                && (reason, place) < (self.word_best_reason[d], self.word_best_place[d]))
        {
            *best = score;
            self.word_best_reason[d] = reason;
            self.word_best_place[d] = place;
        }
    }

    /// Adds the current word (number `i` of `stride`) to the totals; `counts` when the word
    /// is required.
    fn end_word(&mut self, i: usize, stride: usize, counts: bool) {
        for &doc in &self.touched {
            let d = doc as usize;
            if self.word_score[d] == 0 {
                continue;
            }
            if self.total[d] == 0 && self.count[d] == 0 && !self.was_touched(d, stride) {
                self.touched_docs.push(doc);
            }
            self.total[d] += self.word_score[d];
            if counts {
                self.count[d] += 1;
            }
            self.word_reason[d * stride + i] = self.word_best_reason[d];
            self.word_place[d * stride + i] = self.word_best_place[d];
            self.word_score[d] = 0;
            self.word_best_reason[d] = NO_REASON;
            self.word_best_place[d] = None;
        }
        self.touched.clear();
    }

    /// Whether an earlier word already matched document `d`.
    fn was_touched(&self, d: usize, stride: usize) -> bool {
        self.word_reason[d * stride..(d + 1) * stride]
            .iter()
            .any(|r| *r != NO_REASON)
    }

    fn clear(&mut self, stride: usize) {
        for &doc in &self.touched_docs {
            let d = doc as usize;
            self.total[d] = 0;
            self.count[d] = 0;
            for k in d * stride..(d + 1) * stride {
                self.word_reason[k] = NO_REASON;
                self.word_place[k] = None;
            }
        }
        self.touched_docs.clear();
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

#[cfg(test)]
mod queries;
