//! Compiles `catalogue/placeholders.toml` (the placeholders' kinds, limits and labels in 26
//! languages, which translators edit like the rest of the catalogue) into the `shared` crate
//! as the `DEFINITIONS` table of `placeholder::registry`: the browser and the server get the
//! same table, and nothing is parsed at run time.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    placeholder: Vec<Placeholder>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Placeholder {
    name: String,
    kind: String,
    max_chars: u32,
    personal_data: bool,
    labels: BTreeMap<String, String>,
}

/// The `ValueKind` variant of a kind as the file writes it (`business_name`).
fn variant(kind: &str) -> String {
    kind.split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let path = std::path::Path::new(&manifest).join("../catalogue/placeholders.toml");
    println!("cargo::rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("reading {}: {err}", path.display()));
    let file: File =
        toml::from_str(&text).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let kinds = [
        "free_text",
        "person_name",
        "business_name",
        "postal_address",
        "date",
        "country",
        "register_reference",
        "email",
    ];
    let mut code = String::from("const DEFINITIONS: &[PlaceholderDef] = &[\n");
    for def in &file.placeholder {
        assert!(
            kinds.contains(&def.kind.as_str()),
            "{}: placeholder {} has the unknown kind {:?}",
            path.display(),
            def.name,
            def.kind
        );
        let _ = writeln!(
            code,
            "    PlaceholderDef {{ name: {:?}, kind: ValueKind::{}, max_chars: {}, \
             personal_data: {}, labels: &[",
            def.name,
            variant(&def.kind),
            def.max_chars,
            def.personal_data
        );
        for (language, label) in &def.labels {
            let _ = writeln!(code, "        ({language:?}, {label:?}),");
        }
        code.push_str("    ] },\n");
    }
    code.push_str("];\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("placeholders.rs");
    std::fs::write(&out, code).unwrap_or_else(|err| panic!("writing {}: {err}", out.display()));
}
