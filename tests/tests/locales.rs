//! The translations in `locales/<lang>/main.ftl`, checked against English (the source language
//! and the fallback) and against the codes the SPA translates at run time.
//!
//! The SPA's `t!` macro checks literal message ids against English at compile time. These tests
//! cover what no compiler sees: the other locales, the ids built at run time from codes, and
//! translation slips such as a dropped variable, an English text left in place or a missing
//! plural form. Every failure names the locale and the message id; all problems are reported at
//! once.

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Message, Pattern, PatternElement, Variant,
    VariantKey,
};
use fluent_syntax::parser;
use shared::lifecycle::{ActionKind, Rating, RequestState};
use shared::placeholder::{PlaceholderErrorCode, TemplateErrorCode};
use shared::{ErrorCode, LanguageCode, Role};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The source language: every other locale is compared with it.
const ENGLISH: &str = "en";

/// Messages that may read exactly as in English, as `(locale, message id)`; `*` is any locale.
/// Keep it short: an entry here is a word that is genuinely the same, never a missing
/// translation.
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    // The system's acronym, the same in every language (three letters, so below the threshold
    // today; listed so that a longer brand form would not need a new entry).
    ("*", "app-short-name"),
    // Country names written as in English.
    ("cs", "country-MT"),
    ("da", "country-FI"),
    ("da", "country-LU"),
    ("da", "country-MT"),
    ("da", "country-PT"),
    ("da", "country-LI"),
    ("de", "country-MT"),
    ("de", "country-PT"),
    ("de", "country-LI"),
    ("es", "country-AT"),
    ("es", "country-BG"),
    ("es", "country-EE"),
    ("es", "country-MT"),
    ("es", "country-PT"),
    ("es", "country-LI"),
    ("et", "country-AT"),
    ("et", "country-MT"),
    ("et", "country-PT"),
    ("et", "country-LI"),
    ("fi", "country-BG"),
    ("fi", "country-LV"),
    ("fi", "country-MT"),
    ("fi", "country-RO"),
    ("fi", "country-SK"),
    ("fi", "country-SI"),
    ("fi", "country-LI"),
    ("fr", "country-FR"),
    ("fr", "country-LU"),
    ("fr", "country-PT"),
    ("fr", "country-LI"),
    ("hr", "country-MT"),
    ("hr", "country-PT"),
    ("hu", "country-BE"),
    ("hu", "country-LI"),
    ("is", "country-MT"),
    ("is", "country-LI"),
    ("it", "country-AT"),
    ("it", "country-BG"),
    ("it", "country-EE"),
    ("it", "country-MT"),
    ("it", "country-RO"),
    ("it", "country-SI"),
    ("it", "country-LI"),
    ("lt", "country-MT"),
    ("lv", "country-MT"),
    ("mt", "country-MT"),
    ("nb", "country-BG"),
    ("nb", "country-FI"),
    ("nb", "country-LV"),
    ("nb", "country-LU"),
    ("nb", "country-MT"),
    ("nb", "country-PT"),
    ("nb", "country-RO"),
    ("nb", "country-SK"),
    ("nb", "country-SI"),
    ("nb", "country-LI"),
    ("nl", "country-CY"),
    ("nl", "country-FI"),
    ("nl", "country-MT"),
    ("nl", "country-PT"),
    ("nl", "country-LI"),
    ("pl", "country-AT"),
    ("pl", "country-EE"),
    ("pl", "country-MT"),
    ("pl", "country-LI"),
    ("pt", "country-MT"),
    ("pt", "country-PT"),
    ("ro", "country-AT"),
    ("ro", "country-BG"),
    ("ro", "country-EE"),
    ("ro", "country-MT"),
    ("ro", "country-SI"),
    ("ro", "country-LI"),
    ("sk", "country-CY"),
    ("sk", "country-MT"),
    ("sl", "country-MT"),
    ("sv", "country-FI"),
    ("sv", "country-MT"),
    ("sv", "country-PT"),
    ("sv", "country-LI"),
    // "Browser" is the word these languages use; Italian software says "Password".
    ("da", "account-session-browser"),
    ("de", "account-session-browser"),
    ("it", "account-session-browser"),
    ("nl", "account-session-browser"),
    ("ro", "account-session-browser"),
    ("it", "account-password-title"),
    // The territorial levels are the same Latin words in these languages.
    ("de", "level-national"),
    ("de", "level-regional"),
    ("es", "level-regional"),
    ("es", "level-local"),
    ("pt", "level-regional"),
    ("pt", "level-local"),
    ("sv", "level-regional"),
];

/// A translation identical to English is suspicious only when English has more letters than
/// this (short texts such as "OK" or "IMI" are often the same).
const MAX_LETTERS_OF_A_SHARED_WORD: usize = 3;

/// The CLDR cardinal plural categories of each of the 26 languages, as CLDR 37 defines them:
/// the version of `intl_pluralrules` that fluent uses at run time, so every category listed
/// here can be chosen and no other can.
const PLURAL_CATEGORIES: &[(&str, &[&str])] = &[
    ("bg", &["one", "other"]),
    ("cs", &["one", "few", "many", "other"]),
    ("da", &["one", "other"]),
    ("de", &["one", "other"]),
    ("el", &["one", "other"]),
    ("en", &["one", "other"]),
    ("es", &["one", "other"]),
    ("et", &["one", "other"]),
    ("fi", &["one", "other"]),
    ("fr", &["one", "other"]),
    ("ga", &["one", "two", "few", "many", "other"]),
    ("hr", &["one", "few", "other"]),
    ("hu", &["one", "other"]),
    ("it", &["one", "other"]),
    ("lt", &["one", "few", "many", "other"]),
    ("lv", &["zero", "one", "other"]),
    ("mt", &["one", "few", "many", "other"]),
    ("nl", &["one", "other"]),
    ("pl", &["one", "few", "many", "other"]),
    ("pt", &["one", "other"]),
    ("ro", &["one", "few", "other"]),
    ("sk", &["one", "few", "many", "other"]),
    ("sl", &["one", "two", "few", "other"]),
    ("sv", &["one", "other"]),
    ("is", &["one", "other"]),
    ("nb", &["one", "other"]),
];

/// Every CLDR plural category name: a select expression with one of these keys is a plural.
const CLDR_CATEGORY_NAMES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

// ---------------------------------------------------------------------------------------------
// Loading.

/// One parsed `main.ftl`.
struct Locale {
    /// The folder name, e.g. `lv`.
    code: String,
    /// Messages by id (the first definition when an id is defined twice).
    messages: BTreeMap<String, Message<String>>,
    /// Terms by id, with their attribute names.
    terms: BTreeMap<String, BTreeSet<String>>,
    /// Ids (of messages or terms) defined more than once.
    duplicates: Vec<String>,
}

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// Every folder of `locales/`, sorted by name, as `(folder name, path of its main.ftl)`.
fn locale_folders() -> Vec<(String, PathBuf)> {
    let dir = locales_dir();
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", dir.display()));
    let mut folders: Vec<(String, PathBuf)> = entries
        .map(|entry| entry.expect("a readable entry of locales/").path())
        .filter(|path| path.is_dir())
        .map(|path| {
            let name = path
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or_else(|| panic!("{}: folder name is not UTF-8", path.display()))
                .to_owned();
            (name, path.join("main.ftl"))
        })
        .collect();
    folders.sort();
    folders
}

fn read(code: &str, path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|err| panic!("{code}: cannot read locales/{code}/main.ftl: {err}"))
}

/// `line:column` (both from 1) of a byte offset.
fn line_column(source: &str, offset: usize) -> String {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("{line}:{column}")
}

/// Parses a locale, or says where and why it does not parse.
fn parse(code: &str, source: String) -> Result<Locale, Vec<String>> {
    let resource = parser::parse(source.clone()).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|error| {
                let near = error
                    .slice
                    .clone()
                    .and_then(|slice| source.get(slice))
                    .and_then(|text| text.lines().find(|line| !line.trim().is_empty()))
                    .unwrap_or("");
                format!(
                    "{code}: syntax error at locales/{code}/main.ftl:{}: {} (in `{}`)",
                    line_column(&source, error.pos.start),
                    error.kind,
                    near.trim()
                )
            })
            .collect::<Vec<_>>()
    })?;
    let mut locale = Locale {
        code: code.to_owned(),
        messages: BTreeMap::new(),
        terms: BTreeMap::new(),
        duplicates: Vec::new(),
    };
    let mut seen = BTreeSet::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let id = message.id.name.clone();
                if !seen.insert(id.clone()) {
                    locale.duplicates.push(id);
                } else {
                    locale.messages.insert(id, message);
                }
            }
            Entry::Term(term) => {
                let id = format!("-{}", term.id.name);
                if !seen.insert(id.clone()) {
                    locale.duplicates.push(id);
                } else {
                    let attributes = term.attributes.iter().map(|a| a.id.name.clone());
                    locale.terms.insert(term.id.name, attributes.collect());
                }
            }
            _ => {}
        }
    }
    Ok(locale)
}

/// Every locale, parsed; English first. Panics, naming each error, when a file does not parse.
fn locales() -> Vec<Locale> {
    let mut locales = Vec::new();
    let mut errors = Vec::new();
    for (code, path) in locale_folders() {
        match parse(&code, read(&code, &path)) {
            Ok(locale) => locales.push(locale),
            Err(mut found) => errors.append(&mut found),
        }
    }
    assert!(
        errors.is_empty(),
        "cannot check the translations, a file does not parse:\n  {}",
        errors.join("\n  ")
    );
    locales.sort_by_key(|locale| (locale.code != ENGLISH, locale.code.clone()));
    assert!(
        locales.first().is_some_and(|l| l.code == ENGLISH),
        "locales/{ENGLISH}/main.ftl is missing: English is the source language and the fallback"
    );
    locales
}

fn report(what: &str, problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{} {what}:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

// ---------------------------------------------------------------------------------------------
// Walking patterns.

/// What a pattern contains, as the walker meets it.
enum Node<'a> {
    /// Literal text (text elements, string and number literals).
    Text(&'a str),
    /// `$name`.
    Variable(&'a str),
    /// `other-message` or `other-message.attribute`.
    MessageReference(&'a str, Option<&'a str>),
    /// `-term` or `-term.attribute`.
    TermReference(&'a str, Option<&'a str>),
    /// A select expression (its selector and variants are walked too).
    Select(&'a InlineExpression<String>, &'a [Variant<String>]),
}

fn walk<'a>(pattern: &'a Pattern<String>, visit: &mut dyn FnMut(Node<'a>)) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => visit(Node::Text(value)),
            PatternElement::Placeable { expression } => walk_expression(expression, visit),
        }
    }
}

fn walk_expression<'a>(expression: &'a Expression<String>, visit: &mut dyn FnMut(Node<'a>)) {
    match expression {
        Expression::Select { selector, variants } => {
            visit(Node::Select(selector, variants));
            walk_inline(selector, visit);
            for variant in variants {
                walk(&variant.value, visit);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, visit),
    }
}

fn walk_inline<'a>(expression: &'a InlineExpression<String>, visit: &mut dyn FnMut(Node<'a>)) {
    match expression {
        InlineExpression::StringLiteral { value } | InlineExpression::NumberLiteral { value } => {
            visit(Node::Text(value))
        }
        InlineExpression::VariableReference { id } => visit(Node::Variable(&id.name)),
        InlineExpression::MessageReference { id, attribute } => visit(Node::MessageReference(
            &id.name,
            attribute.as_ref().map(|a| a.name.as_str()),
        )),
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            visit(Node::TermReference(
                &id.name,
                attribute.as_ref().map(|a| a.name.as_str()),
            ));
            if let Some(arguments) = arguments {
                walk_arguments(arguments, visit);
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => walk_arguments(arguments, visit),
        InlineExpression::Placeable { expression } => walk_expression(expression, visit),
    }
}

fn walk_arguments<'a>(arguments: &'a CallArguments<String>, visit: &mut dyn FnMut(Node<'a>)) {
    for argument in &arguments.positional {
        walk_inline(argument, visit);
    }
    for argument in &arguments.named {
        walk_inline(&argument.value, visit);
    }
}

/// A message's patterns, labelled `id` (its value) and `id.attribute`.
fn parts<'m>(id: &str, message: &'m Message<String>) -> BTreeMap<String, &'m Pattern<String>> {
    let mut parts = BTreeMap::new();
    if let Some(value) = &message.value {
        parts.insert(id.to_owned(), value);
    }
    for attribute in &message.attributes {
        parts.insert(format!("{id}.{}", attribute.id.name), &attribute.value);
    }
    parts
}

/// The pattern a message reference points to, if it exists.
fn referenced<'a>(
    locale: &'a Locale,
    id: &str,
    attribute: Option<&str>,
) -> Option<&'a Pattern<String>> {
    let message = locale.messages.get(id)?;
    match attribute {
        None => message.value.as_ref(),
        Some(name) => message
            .attributes
            .iter()
            .find(|a| a.id.name == name)
            .map(|a| &a.value),
    }
}

/// The variables a pattern uses, including those of the messages it references (which receive
/// the same arguments). Terms see only the arguments passed to them explicitly.
fn variables(locale: &Locale, pattern: &Pattern<String>) -> BTreeSet<String> {
    fn collect(
        locale: &Locale,
        pattern: &Pattern<String>,
        visited: &mut BTreeSet<String>,
        found: &mut BTreeSet<String>,
    ) {
        let mut references = Vec::new();
        walk(pattern, &mut |node| match node {
            Node::Variable(name) => {
                found.insert(name.to_owned());
            }
            Node::MessageReference(id, attribute) => references.push((id, attribute)),
            _ => {}
        });
        for (id, attribute) in references {
            let key = format!("{id}.{}", attribute.unwrap_or(""));
            if visited.insert(key)
                && let Some(target) = referenced(locale, id, attribute)
            {
                collect(locale, target, visited, found);
            }
        }
    }
    let mut found = BTreeSet::new();
    collect(locale, pattern, &mut BTreeSet::new(), &mut found);
    found
}

/// The letters of a pattern's literal text (every variant's), not counting variable names.
fn letters(pattern: &Pattern<String>) -> usize {
    let mut count = 0;
    walk(pattern, &mut |node| {
        if let Node::Text(text) = node {
            count += text.chars().filter(|c| c.is_alphabetic()).count();
        }
    });
    count
}

/// Whether a pattern shows nothing: only white space, without any placeable that could.
fn is_blank(pattern: &Pattern<String>) -> bool {
    let mut blank = true;
    walk(pattern, &mut |node| match node {
        Node::Text(text) => blank &= text.trim().is_empty(),
        _ => blank = false,
    });
    blank
}

fn is_exempt(locale: &str, id: &str) -> bool {
    SAME_AS_ENGLISH
        .iter()
        .any(|&(l, i)| (l == "*" || l == locale) && i == id)
}

fn key_name(key: &VariantKey<String>) -> &str {
    match key {
        VariantKey::Identifier { name } => name,
        VariantKey::NumberLiteral { value } => value,
    }
}

fn dollar(names: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    let names: Vec<String> = names
        .into_iter()
        .map(|n| format!("${}", n.as_ref()))
        .collect();
    format!("{{{}}}", names.join(", "))
}

// ---------------------------------------------------------------------------------------------
// The files.

#[test]
fn locale_folders_are_language_codes_of_the_system() {
    let mut problems = Vec::new();
    let folders = locale_folders();
    for (code, path) in &folders {
        if !LanguageCode::ALL_CODES.contains(&code.as_str()) {
            problems.push(format!(
                "{code}: locales/{code}/ is not one of the system's language codes {:?}",
                LanguageCode::ALL_CODES
            ));
        }
        if !path.is_file() {
            problems.push(format!("{code}: locales/{code}/ has no main.ftl"));
        }
    }
    // The SPA offers every language of the system, so each needs its translation.
    for code in LanguageCode::ALL_CODES {
        if !folders.iter().any(|(folder, _)| folder == code) {
            problems.push(format!("{code}: locales/{code}/main.ftl is missing"));
        }
    }
    report("problem(s) with the folders of locales/", problems);
}

#[test]
fn every_locale_file_parses_and_defines_each_id_once() {
    let mut problems = Vec::new();
    for (code, path) in locale_folders() {
        match parse(&code, read(&code, &path)) {
            Err(mut errors) => problems.append(&mut errors),
            Ok(locale) => problems.extend(
                locale
                    .duplicates
                    .iter()
                    .map(|id| format!("{code}: {id} is defined more than once")),
            ),
        }
    }
    report("Fluent syntax problem(s)", problems);
}

#[test]
fn every_locale_has_exactly_the_english_messages() {
    let locales = locales();
    let english = &locales[0];
    let mut problems = Vec::new();
    for locale in &locales[1..] {
        let code = &locale.code;
        for (id, message) in &english.messages {
            let Some(translation) = locale.messages.get(id) else {
                problems.push(format!("{code}: {id} is missing (English has it)"));
                continue;
            };
            let expected: BTreeSet<String> = parts(id, message).into_keys().collect();
            let actual: BTreeSet<String> = parts(id, translation).into_keys().collect();
            for part in expected.difference(&actual) {
                problems.push(format!("{code}: {id}: lacks {part}, which English has"));
            }
            for part in actual.difference(&expected) {
                problems.push(format!("{code}: {id}: has {part}, which English lacks"));
            }
        }
        for id in locale.messages.keys() {
            if !english.messages.contains_key(id) {
                problems.push(format!(
                    "{code}: {id} is not an English message (a typo, or a message removed from \
                     English)"
                ));
            }
        }
    }
    report("message(s) missing or extra", problems);
}

#[test]
fn translations_use_the_variables_of_english() {
    let locales = locales();
    let english = &locales[0];
    let mut problems = Vec::new();
    for locale in &locales[1..] {
        for (id, message) in &locale.messages {
            let Some(source) = english.messages.get(id) else {
                continue; // reported by every_locale_has_exactly_the_english_messages
            };
            let expected = parts(id, source);
            for (part, pattern) in parts(id, message) {
                let Some(source_pattern) = expected.get(&part) else {
                    continue;
                };
                let wanted = variables(english, source_pattern);
                let used = variables(locale, pattern);
                if wanted != used {
                    problems.push(format!(
                        "{}: {part} uses {} but English uses {} (missing {}, unknown {})",
                        locale.code,
                        dollar(&used),
                        dollar(&wanted),
                        dollar(wanted.difference(&used)),
                        dollar(used.difference(&wanted)),
                    ));
                }
            }
        }
    }
    report("translation(s) with other variables than English", problems);
}

#[test]
fn no_message_is_empty_or_an_english_copy() {
    let locales = locales();
    let english = &locales[0];
    let mut problems = Vec::new();
    for locale in &locales {
        let code = &locale.code;
        for (id, message) in &locale.messages {
            let source = english.messages.get(id);
            if message.value.is_none() && source.is_some_and(|s| s.value.is_some()) {
                problems.push(format!("{code}: {id} has no value (English has one)"));
            }
            let source_parts = source.map(|s| parts(id, s)).unwrap_or_default();
            for (part, pattern) in parts(id, message) {
                if is_blank(pattern) {
                    problems.push(format!("{code}: {part} is empty"));
                    continue;
                }
                if code == ENGLISH || is_exempt(code, id) {
                    continue;
                }
                let Some(source_pattern) = source_parts.get(&part) else {
                    continue;
                };
                if letters(source_pattern) > MAX_LETTERS_OF_A_SHARED_WORD
                    && pattern == *source_pattern
                {
                    problems.push(format!(
                        "{code}: {part} is the English text, untranslated (if the word is \
                         genuinely the same, add it to SAME_AS_ENGLISH)"
                    ));
                    continue;
                }
                // A plural or other variant copied from English while its siblings are
                // translated.
                let mut english_variants = Vec::new();
                walk(source_pattern, &mut |node| {
                    if let Node::Select(_, variants) = node {
                        english_variants.extend(variants.iter().map(|v| &v.value));
                    }
                });
                walk(pattern, &mut |node| {
                    if let Node::Select(_, variants) = node {
                        for variant in variants {
                            if english_variants.iter().any(|english| {
                                **english == variant.value
                                    && letters(english) > MAX_LETTERS_OF_A_SHARED_WORD
                            }) {
                                problems.push(format!(
                                    "{code}: {part}: variant [{}] is the English text, \
                                     untranslated",
                                    key_name(&variant.key)
                                ));
                            }
                        }
                    }
                });
            }
        }
    }
    report("empty or untranslated message(s)", problems);
}

/// Whether a select expression chooses by plural category: its selector is `NUMBER(...)` (not
/// ordinal), or one of its keys is a plural category other than `other`.
fn is_cardinal_plural(selector: &InlineExpression<String>, variants: &[Variant<String>]) -> bool {
    if let InlineExpression::FunctionReference { id, arguments } = selector
        && id.name == "NUMBER"
    {
        let ordinal = arguments.named.iter().any(|argument| {
            argument.name.name == "type"
                && matches!(&argument.value,
                    InlineExpression::StringLiteral { value } if value == "ordinal")
        });
        return !ordinal;
    }
    variants.iter().any(|variant| {
        matches!(&variant.key, VariantKey::Identifier { name }
            if name != "other" && CLDR_CATEGORY_NAMES.contains(&name.as_str()))
    })
}

#[test]
fn plurals_have_exactly_the_cldr_categories_of_their_locale() {
    let mut problems = Vec::new();
    for locale in locales() {
        let code = &locale.code;
        let categories = PLURAL_CATEGORIES
            .iter()
            .find(|(l, _)| l == code)
            .map(|(_, c)| *c);
        for (id, message) in &locale.messages {
            for (part, pattern) in parts(id, message) {
                let mut plurals = Vec::new();
                walk(pattern, &mut |node| {
                    if let Node::Select(selector, variants) = node
                        && is_cardinal_plural(selector, variants)
                    {
                        plurals.push(variants);
                    }
                });
                for variants in plurals {
                    let Some(categories) = categories else {
                        problems.push(format!(
                            "{code}: {part} has a plural, and PLURAL_CATEGORIES in \
                             tests/tests/locales.rs lacks the CLDR categories of {code}"
                        ));
                        continue;
                    };
                    let keys: Vec<&str> = variants
                        .iter()
                        .filter(|v| matches!(v.key, VariantKey::Identifier { .. }))
                        .map(|v| key_name(&v.key))
                        .collect();
                    for key in keys.iter().filter(|key| !categories.contains(key)) {
                        problems.push(format!(
                            "{code}: {part}: [{key}] is not a plural category of {code} \
                             (CLDR: {categories:?})"
                        ));
                    }
                    for category in categories.iter().filter(|c| !keys.contains(c)) {
                        problems.push(format!(
                            "{code}: {part}: lacks the plural variant [{category}] \
                             (CLDR: {categories:?})"
                        ));
                    }
                    if let Some(default) = variants.iter().find(|v| v.default)
                        && key_name(&default.key) != "other"
                    {
                        problems.push(format!(
                            "{code}: {part}: the default variant is *[{}], not *[other]",
                            key_name(&default.key)
                        ));
                    }
                }
            }
        }
    }
    report("plural(s) without the locale's CLDR categories", problems);
}

/// The variables a part of a message chooses a plural form by: `{ $count -> [one] … }` or
/// `{ NUMBER($count) -> … }`.
fn plural_selectors(pattern: &Pattern<String>) -> BTreeSet<String> {
    let mut selectors = BTreeSet::new();
    walk(pattern, &mut |node| {
        if let Node::Select(selector, variants) = node
            && is_cardinal_plural(selector, variants)
        {
            let variable = match selector {
                InlineExpression::VariableReference { id } => Some(&id.name),
                InlineExpression::FunctionReference { arguments, .. } => arguments
                    .positional
                    .iter()
                    .find_map(|argument| match argument {
                        InlineExpression::VariableReference { id } => Some(&id.name),
                        _ => None,
                    }),
                _ => None,
            };
            selectors.extend(variable.cloned());
        }
    });
    selectors
}

/// A number in a sentence makes the words next to it agree with it in every one of the 26
/// languages (each has at least two plural categories), so where English chooses a plural by
/// a variable, every translation must choose by it too. A locale that wrote one form would
/// be right for one number and wrong for the others, as every locale was for the invitation's
/// days while the server passed them as text.
#[test]
fn every_locale_chooses_a_plural_by_the_numbers_english_does() {
    let english = locales()
        .into_iter()
        .find(|l| l.code == "en")
        .expect("locales/en");
    let mut problems = Vec::new();
    for locale in locales() {
        for (id, message) in &english.messages {
            let Some(translated) = locale.messages.get(id) else {
                continue;
            };
            let translated_parts = parts(id, translated);
            for (part, pattern) in parts(id, message) {
                let Some(translated_pattern) = translated_parts.get(&part) else {
                    continue;
                };
                let chosen = plural_selectors(translated_pattern);
                for variable in plural_selectors(pattern).difference(&chosen) {
                    problems.push(format!(
                        "{}: {part} uses ${variable} without choosing a plural form by it, \
                         as English does",
                        locale.code
                    ));
                }
            }
        }
    }
    report("number(s) without a plural choice", problems);
}

#[test]
fn references_to_messages_and_terms_resolve() {
    let mut problems = Vec::new();
    for locale in locales() {
        let code = &locale.code;
        for (id, message) in &locale.messages {
            for (part, pattern) in parts(id, message) {
                let mut undefined = Vec::new();
                walk(pattern, &mut |node| match node {
                    Node::MessageReference(target, attribute)
                        if referenced(&locale, target, attribute).is_none() =>
                    {
                        undefined.push((String::new(), target, attribute));
                    }
                    Node::TermReference(target, attribute)
                        if !locale.terms.get(target).is_some_and(|attributes| {
                            attribute.is_none_or(|a| attributes.contains(a))
                        }) =>
                    {
                        undefined.push(("-".to_owned(), target, attribute));
                    }
                    _ => {}
                });
                for (sigil, target, attribute) in undefined {
                    let attribute = attribute.map(|a| format!(".{a}")).unwrap_or_default();
                    problems.push(format!(
                        "{code}: {part} refers to {sigil}{target}{attribute}, which {code} does \
                         not define"
                    ));
                }
            }
        }
    }
    report("reference(s) to undefined messages or terms", problems);
}

// ---------------------------------------------------------------------------------------------
// The codes the SPA translates at run time (`I18n::dynamic`), which `t!` cannot check.

/// One message id built from a code: the code (for failure messages), the id, and the
/// variables the code's message may use (what the code carries to the SPA).
struct CodeMessage {
    code: String,
    id: String,
    variables: &'static [&'static str],
}

/// Every message id built from a code, with the same mapping as the code's `message_id()`.
fn code_messages() -> Vec<CodeMessage> {
    let mut all = Vec::new();
    let mut add = |code: String, id: String, variables: &'static [&'static str]| {
        all.push(CodeMessage {
            code,
            id,
            variables,
        })
    };
    for &code in ErrorCode::ALL {
        // The SPA passes `seconds` from `retry_after_seconds` (frontend/src/pages/mod.rs).
        let variables: &[&str] = match code {
            ErrorCode::TooManyAttempts => &["seconds"],
            _ => &[],
        };
        add(format!("ErrorCode::{code:?}"), code.message_id(), variables);
    }
    for &code in PlaceholderErrorCode::ALL {
        // The placeholder's label; `too_long` also carries `max_length` and `length`.
        let variables: &[&str] = match code {
            PlaceholderErrorCode::TooLong => &["label", "max", "length"],
            _ => &["label"],
        };
        add(
            format!("PlaceholderErrorCode::{code:?}"),
            code.message_id(),
            variables,
        );
    }
    for &code in TemplateErrorCode::ALL {
        // Every template error has a position; `invalid_name` and `unknown_placeholder` also
        // the name as written (`TemplateError::name`).
        let variables: &[&str] = match code {
            TemplateErrorCode::InvalidName | TemplateErrorCode::UnknownPlaceholder => {
                &["name", "position"]
            }
            _ => &["position"],
        };
        add(
            format!("TemplateErrorCode::{code:?}"),
            code.message_id(),
            variables,
        );
    }
    // Every reason a field or an imported row is refused (frontend/src/pages/mod.rs,
    // `reason_text`); a repeated import key names the line it repeats, and a range with its
    // bounds has a message of its own.
    for &code in shared::error::FieldCode::ALL {
        let variables: &[&str] = match code {
            shared::error::FieldCode::DuplicateOfLine => &["line"],
            _ => &[],
        };
        add(format!("FieldCode::{code:?}"), code.message_id(), variables);
    }
    add(
        "FieldCode::OutOfRange with min and max".to_owned(),
        "field-error-out-of-range-between".to_owned(),
        &["min", "max"],
    );
    for &state in RequestState::ALL {
        add(format!("RequestState::{state:?}"), state.message_id(), &[]);
    }
    for &kind in ActionKind::ALL {
        add(format!("ActionKind::{kind:?}"), kind.message_id(), &[]);
        // The toast that confirms it (frontend/src/pages/request/actions.rs); creating and
        // editing a draft are not actions of the request page.
        if !matches!(kind, ActionKind::Create | ActionKind::Edit) {
            add(
                format!("ActionKind::{kind:?} done"),
                format!("toast-{}", kind.message_id()),
                &[],
            );
        }
    }
    for &kind in shared::request::EventKind::ALL {
        add(format!("EventKind::{kind:?}"), kind.message_id(), &[]);
    }
    for &which in shared::request::RequestBox::ALL {
        add(format!("RequestBox::{which:?}"), which.message_id(), &[]);
    }
    for &sort in shared::query::RequestSort::ALL {
        add(format!("RequestSort::{sort:?}"), sort.message_id(), &[]);
    }
    for &rating in Rating::ALL {
        add(format!("Rating::{rating:?}"), rating.message_id(), &[]);
    }
    for role in Role::all() {
        add(format!("Role {role}"), role.message_id(), &[]);
    }
    for &state in shared::alert::AlertState::ALL {
        add(format!("AlertState::{state:?}"), state.message_id(), &[]);
    }
    for &kind in shared::alert::AlertActionKind::ALL {
        // Creating is the compose page's, not a button of an alert.
        if kind != shared::alert::AlertActionKind::Create {
            add(format!("AlertActionKind::{kind:?}"), kind.message_id(), &[]);
        }
    }
    for &kind in shared::alert::AlertEventKind::ALL {
        add(format!("AlertEventKind::{kind:?}"), kind.message_id(), &[]);
    }
    for &delivery in shared::alert::Delivery::ALL {
        add(
            format!("Delivery::{delivery:?}"),
            delivery.message_id(),
            &[],
        );
    }
    for &which in shared::alert::AlertBox::ALL {
        add(format!("AlertBox::{which:?}"), which.message_id(), &[]);
    }
    // Built in frontend/src/pages/catalogue.rs.
    for area in shared::LegislativeArea::all() {
        add(
            format!("LegislativeArea {area}"),
            format!("area-{area}"),
            &[],
        );
    }
    for answer in ["yes_no", "date", "free_text", "document", "choice"] {
        let parsed = shared::catalogue::AnswerType::parse(answer).expect("an answer type");
        add(
            format!("AnswerType {answer}"),
            format!("answer-type-{}", parsed.as_str()),
            &[],
        );
    }
    all
}

#[test]
fn every_code_the_ui_translates_has_an_english_message() {
    let locales = locales();
    let english = &locales[0];
    let mut problems = Vec::new();
    let mut ids = BTreeSet::new();
    for CodeMessage { code, id, .. } in code_messages() {
        if !ids.insert(id.clone()) {
            problems.push(format!(
                "{code}: its id {id} is also the id of another code"
            ));
        }
        match english.messages.get(&id) {
            None => problems.push(format!(
                "{ENGLISH}: {id} is missing (the message of {code}); add it to locales/*/main.ftl"
            )),
            Some(message) if message.value.is_none() => problems.push(format!(
                "{ENGLISH}: {id} (the message of {code}) has no value"
            )),
            Some(_) => {}
        }
    }
    report(
        "code(s) without an English message (every_locale_has_exactly_the_english_messages \
         then requires them in every locale)",
        problems,
    );
}

#[test]
fn code_messages_use_only_the_variables_their_code_supplies() {
    let locales = locales();
    let english = &locales[0];
    let mut problems = Vec::new();
    for CodeMessage {
        code,
        id,
        variables: supplied,
    } in code_messages()
    {
        let Some(value) = english.messages.get(&id).and_then(|m| m.value.as_ref()) else {
            continue; // reported by every_code_the_ui_translates_has_an_english_message
        };
        let supplied: BTreeSet<String> = supplied.iter().map(|v| v.to_string()).collect();
        let used = variables(english, value);
        let unknown: Vec<&String> = used.difference(&supplied).collect();
        if !unknown.is_empty() {
            problems.push(format!(
                "{ENGLISH}: {id} uses {} that {code} does not supply (it supplies {})",
                dollar(unknown),
                dollar(&supplied)
            ));
        }
    }
    report("code message(s) with variables nobody passes", problems);
}
