//! Reading the taxonomy of competences from `taxonomy/` and checking it with `shared`'s rules.
//! It stays in memory: every instance reads the same files, and authorities refer to concepts
//! by their stable string ids.

use sha2::{Digest, Sha256};
use shared::country_names::{self, CountryNames};
use shared::taxonomy::{Concepts, Labels, Taxonomy, validate};
use std::collections::BTreeMap;
use std::path::Path;

use crate::datafiles;

/// Reads and validates the taxonomy in `dir`.
pub fn read(dir: &Path) -> anyhow::Result<Taxonomy> {
    let mut digest = Sha256::new();
    let concepts: Concepts = datafiles::read_toml(&dir.join("concepts.toml"), &mut digest)?;
    let labels: BTreeMap<_, BTreeMap<String, Labels>> =
        datafiles::read_languages(&dir.join("labels"), &mut digest)?;
    validate(concepts, labels).map_err(|errors| datafiles::problems("taxonomy", dir, &errors))
}

/// Reads and validates the country names a search query may hold, in `dir/countries/`.
pub fn read_country_names(dir: &Path) -> anyhow::Result<CountryNames> {
    let mut digest = Sha256::new();
    let files: BTreeMap<_, BTreeMap<String, Vec<String>>> =
        datafiles::read_languages(&dir.join("countries"), &mut digest)?;
    country_names::validate(files)
        .map_err(|errors| datafiles::problems("country names", dir, &errors))
}
