//! Fuzzes the template parser and placeholder value validation with the same input.
//!
//! The first byte picks a placeholder definition; the rest, as text, is used both as a template
//! and as that placeholder's value. Beyond "never panics" it checks the properties the SPA and
//! the server rely on.
#![no_main]

use libfuzzer_sys::fuzz_target;
use shared::LanguageCode;
use shared::placeholder::render;
use shared::placeholder::{Registry, Template};
use std::collections::BTreeMap;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let registry = Registry::standard();
    let definitions = registry.definitions();
    let def = &definitions[usize::from(selector) % definitions.len()];

    // The parser: errors lie inside the text; a parsed template prints to a canonical text
    // that parses back to the same template.
    let chars = text.chars().count();
    match Template::parse(&text) {
        Ok(template) => {
            let printed = template.to_string();
            let reparsed = Template::parse(&printed).expect("the canonical form parses");
            assert_eq!(reparsed, template);
            assert_eq!(reparsed.to_string(), printed);
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for error in errors {
                assert!(error.length > 0 && error.position + error.length <= chars);
            }
        }
    }
    let _ = Template::parse_known(&text, registry);

    // One value: a valid value is trimmed, within its limit, and already normal.
    if let Ok(value) = def.validate(&text) {
        assert_eq!(value.trim(), value);
        assert!(value.chars().count() <= def.max_chars as usize);
        assert_eq!(def.validate(&value).as_deref(), Ok(value.as_str()));
    }

    // A whole form: the value in a question that asks for this placeholder.
    let question = Template::parse(&format!("Q ${{{}}}?", def.name)).expect("a valid template");
    let values = BTreeMap::from([(def.name.to_owned(), text.to_string())]);
    let checked = shared::placeholder::validate_values([&question], &values);
    assert_eq!(checked.is_ok(), def.validate(&text).is_ok());

    // Rendering: whatever the value, the HTML carries no markup but our own `<mark>`.
    let segments = render::render(&question, &values);
    let html = render::to_html(&segments, LanguageCode::ENGLISH);
    let without_ours = html
        .replace("</mark>", "")
        .split("<mark ")
        .map(|piece| {
            piece
                .split_once('>')
                .map_or(piece, |(_, rest)| rest)
                .to_owned()
        })
        .collect::<String>();
    assert!(!without_ours.contains('<') && !without_ours.contains('>'));

    let _ = shared::Date::parse(&text);
});
