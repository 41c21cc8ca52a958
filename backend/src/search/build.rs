//! Building the index: every authority's names, acronym and city and every concept's labels
//! and synonyms, in each language, numbered as terms with their postings, plus what makes
//! lookups fast (the sorted terms, the one-deletion neighbours for typos, the stems).

use super::*;

/// The number of `language` among `languages`, as postings and stems store it.
pub(super) fn language_number_in(languages: &[LanguageCode], language: LanguageCode) -> u8 {
    languages.iter().position(|l| *l == language).unwrap_or(0) as u8
}

/// The terms of an index while it is built, numbered in the order they are first met.
#[derive(Default)]
struct TermsBuilder {
    /// Term → its number.
    numbers: FxHashMap<String, u32>,
    /// By term number: the term and its postings.
    terms: Vec<String>,
    postings: Vec<Vec<Posting>>,
    /// (term, language) → the term as written, for the language's stemmer.
    written: FxHashMap<(u32, u8), String>,
}

impl TermsBuilder {
    /// Adds `posting` to the term of `word`, numbering the term if it is new; returns its
    /// number.
    fn add(&mut self, word: WordForm, posting: Posting, language: u8) -> u32 {
        let number = *self.numbers.entry(word.folded.clone()).or_insert_with(|| {
            self.terms.push(word.folded.clone());
            self.postings.push(Vec::new());
            (self.terms.len() - 1) as u32
        });
        self.postings[number as usize].push(posting);
        self.written
            .entry((number, language))
            .or_insert(word.written);
        number
    }

    /// Adds the words of every document's names, acronym and city; returns, by term, how
    /// many documents have it in a name, which is how common (so how little telling) it is.
    fn add_docs(&mut self, docs: &[Doc], languages: &[LanguageCode]) -> FxHashMap<u32, u32> {
        let mut name_docs: FxHashMap<u32, u32> = FxHashMap::default();
        for (i, doc) in docs.iter().enumerate() {
            let mut named: Vec<u32> = Vec::new();
            for word in doc_words(i as u32, doc, languages) {
                let is_name = word.is_name();
                let term = self.add(word.form, word.posting, word.language);
                if is_name && !named.contains(&term) {
                    named.push(term);
                    *name_docs.entry(term).or_default() += 1;
                }
            }
        }
        name_docs
    }

    /// Adds the words of every concept's labels and synonyms in every language, each word
    /// of a name once.
    fn add_concepts(&mut self, taxonomy: &Taxonomy, languages: &[LanguageCode]) {
        for (c, concept) in taxonomy.concepts.iter().enumerate() {
            let mut seen = HashSet::new();
            for (language, labels) in &concept.labels {
                let language = language_number_in(languages, *language);
                let names = std::iter::once((labels.label.as_str(), true))
                    .chain(labels.synonyms.iter().map(|s| (s.as_str(), false)));
                for (name, preferred) in names {
                    let name_words = word_forms(name);
                    let count = name_words.len().min(255) as u8;
                    for word in name_words {
                        if seen.insert((word.folded.clone(), preferred, count, language)) {
                            self.add(
                                word,
                                Posting::Concept {
                                    concept: c as u32,
                                    preferred,
                                    words: count,
                                    language,
                                },
                                language,
                            );
                        }
                    }
                }
            }
        }
    }
}

/// A word of a document's texts with its posting and the language it is written in.
pub(super) struct DocWord {
    pub form: WordForm,
    pub posting: Posting,
    pub language: u8,
}

impl DocWord {
    /// Whether it is a word of one of the document's names.
    pub fn is_name(&self) -> bool {
        matches!(
            self.posting,
            Posting::Field {
                field: Field::Name,
                ..
            }
        )
    }
}

/// The words of document number `doc_no`'s texts, in the order their postings take: its
/// name, English name, acronym, city and other names (each a `slot`), word by word.
pub(super) fn doc_words(doc_no: u32, doc: &Doc, languages: &[LanguageCode]) -> Vec<DocWord> {
    let own = language_number_in(languages, doc.country.main_language());
    let english = language_number_in(languages, LanguageCode::ENGLISH);
    let texts = [
        (Some(doc.name.as_str()), Field::Name, own),
        (doc.name_en.as_deref(), Field::Name, english),
        (doc.acronym.as_deref(), Field::Acronym, own),
        (Some(doc.city.as_str()), Field::City, own),
    ]
    .into_iter()
    .chain(
        doc.other_names
            .iter()
            .map(|name| (Some(name.as_str()), Field::Name, own)),
    );
    let mut words = Vec::new();
    for (slot, (text, field, language)) in texts.enumerate() {
        for (position, form) in text
            .map(word_forms)
            .unwrap_or_default()
            .into_iter()
            .enumerate()
        {
            words.push(DocWord {
                form,
                posting: Posting::Field {
                    doc: doc_no,
                    field,
                    slot: slot.min(255) as u8,
                    position: position.min(255) as u8,
                },
                language,
            });
        }
    }
    words
}

/// By concept number: the documents competent for it, in document order.
fn docs_by_concept(docs: &[Doc], concepts: &[String]) -> Vec<Vec<u32>> {
    let concept_index: HashMap<&str, u32> = concepts
        .iter()
        .enumerate()
        .map(|(i, c)| (c.as_str(), i as u32))
        .collect();
    let mut docs_by_concept = vec![Vec::new(); concepts.len()];
    for (i, doc) in docs.iter().enumerate() {
        for concept in &doc.competences {
            if let Some(&c) = concept_index.get(concept.as_str()) {
                docs_by_concept[c as usize].push(i as u32);
            }
        }
    }
    docs_by_concept
}

/// Moves the concept postings first in each term's list; returns, by term, how many there
/// are. What only concerns concepts (the query's languages, what it names) then skips the
/// names' postings, which for a common word in a large registry are thousands.
fn put_concept_postings_first(postings: &mut [Vec<Posting>]) -> Vec<u32> {
    for list in postings.iter_mut() {
        list.sort_by_key(|p| matches!(p, Posting::Field { .. }));
    }
    postings
        .iter()
        .map(|list| {
            list.iter()
                .take_while(|p| matches!(p, Posting::Concept { .. }))
                .count() as u32
        })
        .collect()
}

/// The term numbers sorted by term, for prefix matches.
fn sorted_terms(terms: &[String]) -> Vec<u32> {
    let mut sorted: Vec<u32> = (0..terms.len() as u32).collect();
    sorted.sort_by(|a, b| terms[*a as usize].cmp(&terms[*b as usize]));
    sorted
}

/// (language, stem key) → the terms of that language having the key, from each term as it
/// was written in the language.
fn stem_index(
    written: FxHashMap<(u32, u8), String>,
    terms: &[String],
    languages: &[LanguageCode],
) -> FxHashMap<(u8, String), Vec<u32>> {
    let mut stems: FxHashMap<(u8, String), Vec<u32>> = FxHashMap::default();
    for ((term, language), written) in written {
        let word = WordForm {
            written,
            folded: terms[term as usize].clone(),
        };
        for key in stem::keys(languages[language as usize], &word) {
            let list = stems.entry((language, key)).or_default();
            if !list.contains(&term) {
                list.push(term);
            }
        }
    }
    for list in stems.values_mut() {
        // Sorted, so that equal scores are settled the same way on every run.
        list.sort_unstable();
    }
    stems
}

impl Index {
    /// Builds the index of `docs` with the concepts of `taxonomy` and the country names a
    /// query may hold.
    pub fn build(
        version: i64,
        docs: Vec<Doc>,
        taxonomy: &Taxonomy,
        countries: Arc<CountryNames>,
    ) -> Index {
        let languages: Vec<LanguageCode> = LanguageCode::all().collect();
        let concepts: Vec<String> = taxonomy.concepts.iter().map(|c| c.id.clone()).collect();
        let docs_by_concept = docs_by_concept(&docs, &concepts);
        let mut builder = TermsBuilder::default();
        // The documents' terms are numbered first, then the concepts'.
        let name_docs = builder.add_docs(&docs, &languages);
        builder.add_concepts(taxonomy, &languages);
        let TermsBuilder {
            numbers: term_numbers,
            terms,
            mut postings,
            written,
        } = builder;
        let concept_postings = put_concept_postings_first(&mut postings);
        let name_docs: Vec<u32> = (0..terms.len() as u32)
            .map(|term| name_docs.get(&term).copied().unwrap_or(0))
            .collect();
        let doc_numbers = docs
            .iter()
            .enumerate()
            .map(|(i, doc)| (doc.id, i as u32))
            .collect();
        let sorted_terms = sorted_terms(&terms);
        let typos = super::typos::Typos::build(&terms);
        let stems = stem_index(written, &terms, &languages);
        Index {
            version,
            docs: docs.into_iter().map(Arc::new).collect(),
            doc_numbers,
            concepts,
            docs_by_concept,
            term_numbers,
            terms,
            postings,
            concept_postings,
            name_docs,
            sorted_terms,
            typos,
            stems,
            languages,
            countries,
        }
    }
}

impl Index {
    /// About how many bytes the index holds, by part: logged at each build, so that an
    /// operator sees what the registry's index costs (an estimate: each string, list and
    /// map entry by its length and the sizes of what it holds, not by what the allocator
    /// gave it).
    pub fn footprint(&self) -> Vec<(&'static str, usize)> {
        use std::mem::size_of;
        let text = |s: &String| size_of::<String>() + s.len();
        let docs: usize = self
            .docs
            .iter()
            .map(|doc| {
                size_of::<Doc>()
                    + 16
                    + doc.name.len()
                    + doc.name_en.as_ref().map_or(0, String::len)
                    + doc.other_names.iter().map(text).sum::<usize>()
                    + doc.acronym.as_ref().map_or(0, String::len)
                    + doc.city.len()
                    + doc.areas.len() * size_of::<LegislativeArea>()
                    + doc.competences.iter().map(text).sum::<usize>()
            })
            .sum();
        let terms: usize = self.terms.iter().map(text).sum::<usize>()
            + self.term_numbers.keys().map(|t| text(t) + 4).sum::<usize>()
            + self.sorted_terms.len() * 4
            + self.name_docs.len() * 4
            + self.concept_postings.len() * 4;
        let postings: usize = self
            .postings
            .iter()
            .map(|list| size_of::<Vec<Posting>>() + list.capacity() * size_of::<Posting>())
            .sum();
        let stems: usize = self
            .stems
            .iter()
            .map(|((_, key), list)| 1 + text(key) + size_of::<Vec<u32>>() + list.len() * 4)
            .sum();
        vec![
            ("documents", docs + self.doc_numbers.len() * 8),
            ("terms", terms),
            ("postings", postings),
            ("typos", self.typos.footprint()),
            ("stems", stems),
        ]
    }
}
