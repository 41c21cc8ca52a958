//! Reading the alert kinds from `alerts/` (`kinds.toml` and `text/<language>.toml`) and
//! checking them with `shared`'s rules: a kind with an unknown field type, a dangling
//! reference or a missing translation stops the start, naming the file and the entry.

use sha2::{Digest, Sha256};
use shared::alert::AlertKinds;
use shared::alert::kinds::{KindTexts, KindsFile, validate};
use std::collections::BTreeMap;
use std::path::Path;

use crate::datafiles;

/// Reads and validates the alert kinds in `dir`.
pub fn read(dir: &Path) -> anyhow::Result<AlertKinds> {
    let mut digest = Sha256::new();
    let file: KindsFile = datafiles::read_toml(&dir.join("kinds.toml"), &mut digest)?;
    let texts: BTreeMap<_, KindTexts> = datafiles::read_languages(&dir.join("text"), &mut digest)?;
    validate(file, texts).map_err(|errors| datafiles::problems("alert kinds", dir, &errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alerts_dir() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../alerts")
    }

    #[test]
    fn the_repository_kinds_are_valid() {
        let kinds = read(&alerts_dir()).unwrap();
        assert!(kinds.get("professional_qualification").is_some());
        assert!(kinds.get("falsified_diploma").is_some());
        assert!(kinds.get("services").is_some());
    }

    #[test]
    fn a_broken_translation_names_its_file() {
        let dir = std::env::temp_dir().join(format!("imi_alerts_{}", std::process::id()));
        let text = dir.join("text");
        std::fs::create_dir_all(&text).unwrap();
        std::fs::copy(alerts_dir().join("kinds.toml"), dir.join("kinds.toml")).unwrap();
        for entry in std::fs::read_dir(alerts_dir().join("text")).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, text.join(path.file_name().unwrap())).unwrap();
        }
        let lv = text.join("lv.toml");
        let source = std::fs::read_to_string(&lv).unwrap();
        let broken: String = source
            .lines()
            .filter(|line| !line.starts_with("surname"))
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(&lv, broken).unwrap();
        let error = read(&dir).unwrap_err().to_string();
        std::fs::remove_dir_all(&dir).ok();
        assert!(error.contains("text/lv.toml: surname"), "{error}");
    }
}
