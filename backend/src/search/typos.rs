//! The typo index: for each term long enough to be met with a typo, the words one deletion
//! away from it ("deletion variants"), so that a query word is matched to the terms within
//! one edit by looking up its own deletion variants (symmetric deletion).
//!
//! The variants are many (a term of n letters has n of them: millions over a national
//! registry), and held as strings in a map they took a few hundred megabytes. What is kept
//! instead is each variant's 64-bit hash beside its term, sorted by hash: 16 bytes a
//! variant. A hash may collide, which only adds a candidate; the search checks every
//! candidate against the query word (`within_one_edit`) anyway, so what is found is exactly
//! what a map of the strings would find.

use rustc_hash::{FxHashMap, FxHasher};
use shared::search::{MIN_TYPO_WORD_CHARS, deletions};
use std::hash::Hasher;

/// Deletion variant (by hash) → the terms having it.
#[derive(Default)]
pub(crate) struct Typos {
    /// (variant's hash, term), sorted: the variants of the terms the index was built with.
    built: Vec<(u64, u32)>,
    /// The variants of the terms an update added since, by hash.
    added: FxHashMap<u64, Vec<u32>>,
}

/// Whether a term is long enough to be met with a typo.
fn has_variants(term: &str) -> bool {
    term.chars().count() >= MIN_TYPO_WORD_CHARS - 1
}

fn hash(variant: &str) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(variant.as_bytes());
    hasher.finish()
}

impl Typos {
    /// The index of `terms`, each numbered by its place.
    pub(crate) fn build(terms: &[String]) -> Typos {
        let mut built: Vec<(u64, u32)> = terms
            .iter()
            .enumerate()
            .filter(|(_, term)| has_variants(term))
            .flat_map(|(number, term)| {
                deletions(term)
                    .into_iter()
                    .map(move |variant| (hash(&variant), number as u32))
            })
            .collect();
        // A term with a doubled letter has the same variant twice.
        built.sort_unstable();
        built.dedup();
        built.shrink_to_fit();
        Typos {
            built,
            added: FxHashMap::default(),
        }
    }

    /// Adds the variants of `term`, numbered `number`, a term new to the index.
    pub(crate) fn add(&mut self, term: &str, number: u32) {
        if has_variants(term) {
            for variant in deletions(term) {
                let list = self.added.entry(hash(&variant)).or_default();
                if !list.contains(&number) {
                    list.push(number);
                }
            }
        }
    }

    /// About how many bytes it holds (see `Index::footprint`).
    pub(crate) fn footprint(&self) -> usize {
        self.built.capacity() * std::mem::size_of::<(u64, u32)>()
            + self
                .added
                .values()
                .map(|list| 8 + std::mem::size_of::<Vec<u32>>() + list.capacity() * 4)
                .sum::<usize>()
    }

    /// The terms having the deletion variant `variant`, and perhaps a few more (see the
    /// module's comment): each is to be checked against the query word.
    pub(crate) fn candidates(&self, variant: &str) -> impl Iterator<Item = u32> + '_ {
        let key = hash(variant);
        let start = self.built.partition_point(|&(h, _)| h < key);
        self.built[start..]
            .iter()
            .take_while(move |&&(h, _)| h == key)
            .map(|&(_, term)| term)
            .chain(self.added.get(&key).into_iter().flatten().copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| (*w).to_owned()).collect()
    }

    #[test]
    fn a_variant_finds_every_term_one_deletion_away_built_or_added() {
        let mut typos = Typos::build(&terms(&["inspection", "inspektion", "arzt", "ab"]));
        typos.add("inspectorate", 4);
        let found = |variant: &str| {
            let mut found: Vec<u32> = typos.candidates(variant).collect();
            found.sort_unstable();
            found.dedup();
            found
        };
        // Each variant leads to the terms one deletion away from it, and to no other:
        // "inspection" and "inspektion" both lose a letter to "inspetion".
        assert_eq!(found("inspetion"), vec![0, 1]);
        assert_eq!(found("inspeion"), Vec::<u32>::new());
        assert_eq!(found("inspektin"), vec![1]);
        assert_eq!(found("azt"), vec![2]);
        assert_eq!(found("inspectorat"), vec![4]);
        // A term too short for typos has no variants.
        assert_eq!(found("a"), Vec::<u32>::new());
        // A doubled letter gives one entry, not two.
        let doubled = Typos::build(&terms(&["kassa"]));
        assert_eq!(doubled.candidates("kasa").count(), 1);
    }
}
