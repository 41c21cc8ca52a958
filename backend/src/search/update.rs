//! Updating the index in place: an edited authority's postings are taken out and its new
//! ones put in, a new authority is added at the end, and a word no term had yet becomes a new
//! term with its prefix, typo and stem entries. The work is in proportion to the changed
//! authorities and their words (and to the postings of their commonest words), not to the
//! registry.
//!
//! An updated index ranks like one built whole from the same registry (the `queries` tests
//! hold the two side by side), with two differences that change no ranking:
//! - a term whose last document went away keeps its number and its entries but has no
//!   postings, and lookups pass over it ([`Index::is_live`]);
//! - a word met in a new written form (another case or accent) adds that form's stems to
//!   the term, where a build stems only the first form it meets, and a stem entry is not
//!   taken back when a word stops being written in a language. Both are kept until the next
//!   build (a restart or a bulk change).

use super::build::{DocWord, doc_words};
use super::*;

impl Index {
    /// Replaces the documents of the authorities in `docs` (adding those it does not hold)
    /// and marks the index as being at `version`.
    pub(super) fn update(&mut self, version: i64, docs: Vec<Doc>) {
        for doc in docs {
            let number = match self.doc_numbers.get(&doc.id) {
                Some(&number) => {
                    self.take_out(number);
                    number
                }
                None => {
                    let number = self.docs.len() as u32;
                    self.doc_numbers.insert(doc.id, number);
                    number
                }
            };
            self.put_in(number, Arc::new(doc));
        }
        self.version = version;
    }

    /// Takes document `number`'s postings out of its terms and the concepts' lists.
    fn take_out(&mut self, number: u32) {
        let old = self.docs[number as usize].clone();
        let words = doc_words(number, &old, &self.languages);
        let named: Vec<&str> = words
            .iter()
            .filter(|w| w.is_name())
            .map(|w| w.form.folded.as_str())
            .collect();
        let mut cleared: Vec<u32> = Vec::new();
        for word in &words {
            let Some(&term) = self.term_numbers.get(&word.form.folded) else {
                continue;
            };
            if cleared.contains(&term) {
                continue;
            }
            cleared.push(term);
            self.postings[term as usize]
                .retain(|p| !matches!(p, Posting::Field { doc, .. } if *doc == number));
            // Counted once per document, as the build counts it.
            if named.contains(&word.form.folded.as_str()) {
                let count = &mut self.name_docs[term as usize];
                *count = count.saturating_sub(1);
            }
        }
        for concept in &old.competences {
            if let Some(c) = self.concept_number(concept) {
                self.docs_by_concept[c].retain(|&d| d != number);
            }
        }
    }

    /// Puts document `number`'s postings into its terms (new ones if need be) and its
    /// competences' lists, and stores the document (after the others when it is new).
    fn put_in(&mut self, number: u32, doc: Arc<Doc>) {
        let mut named: Vec<u32> = Vec::new();
        for word in doc_words(number, &doc, &self.languages) {
            let is_name = word.is_name();
            let DocWord {
                form,
                posting,
                language,
            } = word;
            let term = self.term_for(form, language);
            // After the concepts' postings, as a build has them.
            self.postings[term as usize].push(posting);
            if is_name && !named.contains(&term) {
                named.push(term);
                self.name_docs[term as usize] += 1;
            }
        }
        for concept in &doc.competences {
            if let Some(c) = self.concept_number(concept) {
                let list = &mut self.docs_by_concept[c];
                if let Err(at) = list.binary_search(&number) {
                    list.insert(at, number);
                }
            }
        }
        match self.docs.get_mut(number as usize) {
            Some(slot) => *slot = doc,
            None => self.docs.push(doc),
        }
    }

    fn concept_number(&self, concept: &str) -> Option<usize> {
        self.concepts.iter().position(|c| c == concept)
    }

    /// The number of the term of `form`, numbering it (with its prefix and typo entries) if
    /// it is new; either way with the stems of `form` as written in `language`.
    fn term_for(&mut self, form: WordForm, language: u8) -> u32 {
        let term = match self.term_numbers.get(&form.folded) {
            Some(&term) => term,
            None => {
                let term = self.terms.len() as u32;
                self.term_numbers.insert(form.folded.clone(), term);
                self.terms.push(form.folded.clone());
                self.postings.push(Vec::new());
                self.concept_postings.push(0);
                self.name_docs.push(0);
                let at = self
                    .sorted_terms
                    .partition_point(|&t| self.terms[t as usize] < form.folded);
                self.sorted_terms.insert(at, term);
                self.typos.add(&form.folded, term);
                term
            }
        };
        for key in stem::keys(self.languages[language as usize], &form) {
            let list = self.stems.entry((language, key)).or_default();
            if let Err(at) = list.binary_search(&term) {
                list.insert(at, term);
            }
        }
        term
    }
}
