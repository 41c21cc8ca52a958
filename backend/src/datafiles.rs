//! Reading the data folders (`catalogue/`, `taxonomy/`): a TOML file in no language and one
//! TOML file per language, each error naming its file. A digest of what was read lets a
//! loader skip work when nothing changed.

use anyhow::{Context, anyhow};
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use shared::LanguageCode;
use std::collections::BTreeMap;
use std::path::Path;

/// Reads and parses one TOML file, adding its bytes to `digest`.
pub fn read_toml<T: DeserializeOwned>(path: &Path, digest: &mut Sha256) -> anyhow::Result<T> {
    let source =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    digest.update(source.as_bytes());
    toml::from_str(&source).map_err(|err| anyhow!("{}: {err}", path.display()))
}

/// Reads every `<language>.toml` of `dir`; a file named after no language of the system is
/// an error, so a typo in a file name cannot leave a language silently untranslated.
pub fn read_languages<T: DeserializeOwned>(
    dir: &Path,
    digest: &mut Sha256,
) -> anyhow::Result<BTreeMap<LanguageCode, T>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .collect::<Result<_, _>>()?;
    files.sort_by_key(|entry| entry.file_name());
    let mut by_language = BTreeMap::new();
    for entry in files {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let language = LanguageCode::parse(stem).map_err(|_| {
            anyhow!(
                "{}: `{stem}` is not a language of the system",
                path.display()
            )
        })?;
        digest.update(stem.as_bytes());
        by_language.insert(language, read_toml(&path, digest)?);
    }
    Ok(by_language)
}

/// The digest as lower-case hex.
pub fn hex(digest: Sha256) -> String {
    digest
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Lists validation problems one per line under a heading.
pub fn problems<E: std::fmt::Display>(what: &str, dir: &Path, errors: &[E]) -> anyhow::Error {
    let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
    anyhow!(
        "the {what} in {} has {} problem(s):\n{}",
        dir.display(),
        errors.len(),
        lines.join("\n")
    )
}
