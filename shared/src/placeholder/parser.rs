//! The template syntax: text with `${Name}` placeholders.
//!
//! - `${Name}` is the canonical form; `$<Name>` means the same and is printed back as `${Name}`.
//! - `$$` is a literal `$`; a `$` followed by anything but `$`, `{` or `<` is a literal `$` too.
//! - Parsing reports every error of a template at once, each with its position, so a catalogue
//!   editor can mark them all.
//!
//! Positions and lengths count Unicode scalar values (Rust `char`s) from the start of the
//! template, not bytes: the same number whether the text came from a file or a browser.

use super::registry::Registry;
use super::{PlaceholderName, is_valid_name};
use crate::macros::wire_enum;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// Literal text, with `$$` already turned into `$`. Never empty in a parsed template.
    Text(String),
    /// A placeholder the requester fills in.
    Placeholder(PlaceholderName),
}

wire_enum!(
    /// What is wrong with a template. Stable snake_case codes for translation.
    pub enum TemplateErrorCode {
        /// `${Name` without its closing `}` before the end of the text.
        Unterminated = "unterminated",
        /// `${}` or `$<>`.
        EmptyName = "empty_name",
        /// `${SP Name}`: not an ASCII letter followed by ASCII letters, digits or `_`.
        InvalidName = "invalid_name",
        /// `${Name>` or `$<Name}`: opened with one delimiter and closed with the other.
        MismatchedDelimiters = "mismatched_delimiters",
        /// `${A${B}}`: a placeholder inside a placeholder.
        Nested = "nested",
        /// A well-formed name that the placeholder registry does not define.
        UnknownPlaceholder = "unknown_placeholder",
    }
);

impl TemplateErrorCode {
    /// The Fluent message id, e.g. `template-error-mismatched-delimiters`.
    pub fn message_id(self) -> String {
        format!("template-error-{}", self.as_str().replace('_', "-"))
    }
}

/// One error in a template.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TemplateError {
    /// What is wrong.
    pub code: TemplateErrorCode,
    /// Where the faulty placeholder starts: the index of its `$`, counted in characters.
    pub position: usize,
    /// How many characters the faulty placeholder spans (to the end of the text when
    /// unterminated).
    pub length: usize,
    /// The text between the delimiters, for `invalid_name` and `unknown_placeholder`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at character {}", self.code, self.position)?;
        if let Some(name) = &self.name {
            write!(f, " (`{name}`)")?;
        }
        Ok(())
    }
}

impl std::error::Error for TemplateError {}

/// A parsed question template: text and placeholder segments.
///
/// Adjacent text segments are merged and empty ones dropped, so two templates that print the
/// same are equal. [`fmt::Display`] prints the canonical source text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Template {
    segments: Vec<Segment>,
}

/// A placeholder found while scanning, with where it stood.
struct Located {
    name: PlaceholderName,
    position: usize,
    length: usize,
}

impl Template {
    /// Parses a template's syntax. Names are not looked up; see [`Template::parse_known`].
    pub fn parse(text: &str) -> Result<Template, Vec<TemplateError>> {
        let (template, _, errors) = scan(text);
        if errors.is_empty() {
            Ok(template)
        } else {
            Err(errors)
        }
    }

    /// Parses a template and also rejects placeholders that `registry` does not define.
    pub fn parse_known(text: &str, registry: &Registry) -> Result<Template, Vec<TemplateError>> {
        let (template, located, mut errors) = scan(text);
        for found in located {
            if registry.get(found.name.as_str()).is_none() {
                errors.push(TemplateError {
                    code: TemplateErrorCode::UnknownPlaceholder,
                    position: found.position,
                    length: found.length,
                    name: Some(found.name.as_str().to_owned()),
                });
            }
        }
        errors.sort_by_key(|e| e.position);
        if errors.is_empty() {
            Ok(template)
        } else {
            Err(errors)
        }
    }

    /// Builds a template from segments, merging adjacent texts and dropping empty ones.
    pub fn from_segments(segments: impl IntoIterator<Item = Segment>) -> Template {
        let mut out: Vec<Segment> = Vec::new();
        for segment in segments {
            match segment {
                Segment::Text(text) if text.is_empty() => {}
                Segment::Text(text) => match out.last_mut() {
                    Some(Segment::Text(previous)) => previous.push_str(&text),
                    _ => out.push(Segment::Text(text)),
                },
                placeholder => out.push(placeholder),
            }
        }
        Template { segments: out }
    }

    /// The segments in order.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The distinct placeholder names, in order of first appearance.
    pub fn placeholders(&self) -> Vec<&PlaceholderName> {
        let mut names: Vec<&PlaceholderName> = Vec::new();
        for segment in &self.segments {
            if let Segment::Placeholder(name) = segment
                && !names.contains(&name)
            {
                names.push(name);
            }
        }
        names
    }
}

impl fmt::Display for Template {
    /// Prints the canonical source: `${Name}` for every placeholder and `$$` for a literal `$`
    /// only where a lone `$` would be read as syntax (before `$`, `{`, `<` or a placeholder),
    /// so that ordinary text such as "5 $ fee" stays as the translator wrote it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        for (index, segment) in self.segments.iter().enumerate() {
            match segment {
                Segment::Placeholder(name) => write!(f, "${{{name}}}")?,
                Segment::Text(text) => {
                    let mut chars = text.chars().peekable();
                    while let Some(c) = chars.next() {
                        if c == '$' {
                            let next = chars.peek().copied().or_else(|| {
                                self.segments[index + 1..].iter().find_map(|s| match s {
                                    Segment::Text(t) => t.chars().next(),
                                    Segment::Placeholder(_) => Some('$'),
                                })
                            });
                            if matches!(next, Some('$' | '{' | '<')) {
                                f.write_char('$')?;
                            }
                        }
                        f.write_char(c)?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// One pass over the text, collecting segments, the placeholders' places and every error.
fn scan(text: &str) -> (Template, Vec<Located>, Vec<TemplateError>) {
    Scanner {
        chars: text.chars().collect(),
        segments: Vec::new(),
        located: Vec::new(),
        errors: Vec::new(),
        literal: String::new(),
    }
    .run()
}

/// The state of one [`scan`]: the text as characters and what has been collected so far.
struct Scanner {
    chars: Vec<char>,
    segments: Vec<Segment>,
    located: Vec<Located>,
    errors: Vec<TemplateError>,
    /// Literal text read since the last placeholder, not yet a segment.
    literal: String,
}

impl Scanner {
    /// Reads the whole text, telling literal `$`s from placeholder openers.
    fn run(mut self) -> (Template, Vec<Located>, Vec<TemplateError>) {
        let mut i = 0;
        while i < self.chars.len() {
            let c = self.chars[i];
            if c != '$' {
                self.literal.push(c);
                i += 1;
                continue;
            }
            match self.chars.get(i + 1) {
                Some('$') => {
                    self.literal.push('$');
                    i += 2;
                }
                Some(&open @ ('{' | '<')) => i = self.placeholder(i, open),
                _ => {
                    self.literal.push('$');
                    i += 1;
                }
            }
        }
        if !self.literal.is_empty() {
            self.segments.push(Segment::Text(self.literal));
        }
        (
            Template {
                segments: self.segments,
            },
            self.located,
            self.errors,
        )
    }

    /// Whether a placeholder opener (`${` or `$<`) starts at `at`.
    fn opens_placeholder(&self, at: usize) -> bool {
        self.chars.get(at) == Some(&'$') && matches!(self.chars.get(at + 1), Some('{' | '<'))
    }

    /// Reads the placeholder whose `$` is at `start` and which `open` opens, and returns the
    /// index where scanning goes on.
    fn placeholder(&mut self, start: usize, open: char) -> usize {
        let (close, wrong_close) = if open == '{' { ('}', '>') } else { ('>', '}') };
        let mut j = start + 2;
        loop {
            match self.chars.get(j) {
                None => {
                    let end = self.chars.len();
                    self.error(TemplateErrorCode::Unterminated, start, end, None);
                    return end;
                }
                Some(&c) if c == close => {
                    self.closed_placeholder(start, j);
                    return j + 1;
                }
                Some(&c) if c == wrong_close => {
                    self.error(TemplateErrorCode::MismatchedDelimiters, start, j + 1, None);
                    return j + 1;
                }
                Some('$') if self.opens_placeholder(j) => {
                    // Either a real nesting (`${A${B}}`: the outer one closes after the
                    // inner one), or the outer one was never closed and a new
                    // placeholder starts here (`${A and ${B}`).
                    return match nesting_end(&self.chars, j) {
                        Some(end) => {
                            self.error(TemplateErrorCode::Nested, start, end, None);
                            end
                        }
                        None => {
                            self.error(TemplateErrorCode::Unterminated, start, j, None);
                            j
                        }
                    };
                }
                Some(_) => j += 1,
            }
        }
    }

    /// Handles a placeholder from `start` to its closing delimiter at `close`: records it, or
    /// reports its empty or invalid name.
    fn closed_placeholder(&mut self, start: usize, close: usize) {
        let name: String = self.chars[start + 2..close].iter().collect();
        if name.is_empty() {
            self.error(TemplateErrorCode::EmptyName, start, close + 1, None);
        } else if !is_valid_name(&name) {
            self.error(TemplateErrorCode::InvalidName, start, close + 1, Some(name));
        } else {
            if !self.literal.is_empty() {
                self.segments
                    .push(Segment::Text(std::mem::take(&mut self.literal)));
            }
            let name = PlaceholderName(name);
            self.located.push(Located {
                name: name.clone(),
                position: start,
                length: close + 1 - start,
            });
            self.segments.push(Segment::Placeholder(name));
        }
    }

    /// Records an error for the placeholder spanning `start..end`.
    fn error(&mut self, code: TemplateErrorCode, start: usize, end: usize, name: Option<String>) {
        self.errors.push(TemplateError {
            code,
            position: start,
            length: end - start,
            name,
        });
    }
}

/// Given an inner opener at `inner` inside an open placeholder, the index just past the
/// closing delimiter that closes the outer one, if the text has it.
fn nesting_end(chars: &[char], inner: usize) -> Option<usize> {
    let mut depth = 1usize;
    let mut k = inner;
    while k < chars.len() {
        if chars[k] == '$' && matches!(chars.get(k + 1), Some('{' | '<')) {
            depth += 1;
            k += 2;
            continue;
        }
        if matches!(chars[k], '}' | '>') {
            depth -= 1;
            if depth == 0 {
                return Some(k + 1);
            }
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn text(t: &str) -> Segment {
        Segment::Text(t.to_owned())
    }

    fn ph(n: &str) -> Segment {
        Segment::Placeholder(PlaceholderName::parse(n).unwrap())
    }

    /// Parses `input` and expects these segments.
    fn check_ok(input: &str, expected: &[Segment]) {
        let template = Template::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e:?}"));
        assert_eq!(template.segments(), expected, "{input:?}");
    }

    /// Parses `input` and expects these (code, position, length) errors.
    fn check_err(input: &str, expected: &[(TemplateErrorCode, usize, usize)]) {
        let errors = Template::parse(input).expect_err(input);
        let got: Vec<_> = errors
            .iter()
            .map(|e| (e.code, e.position, e.length))
            .collect();
        assert_eq!(got, expected, "{input:?}");
    }

    /// Expects `input` to print back as `canonical`.
    fn check_print(input: &str, canonical: &str) {
        assert_eq!(
            Template::parse(input).unwrap().to_string(),
            canonical,
            "{input:?}"
        );
    }

    #[test]
    fn services_directive_questions() {
        check_ok(
            "Is [${SPBusinessName}] the correct business name of the service provider?",
            &[
                text("Is ["),
                ph("SPBusinessName"),
                text("] the correct business name of the service provider?"),
            ],
        );
        check_ok(
            "registered in: [${RegisterType}] - [${RegisterName}]?",
            &[
                text("registered in: ["),
                ph("RegisterType"),
                text("] - ["),
                ph("RegisterName"),
                text("]?"),
            ],
        );
    }

    #[test]
    fn angle_form_is_the_same_placeholder() {
        check_ok("$<SPAddress>", &[ph("SPAddress")]);
        check_print("Is $<SPAddress> right?", "Is ${SPAddress} right?");
        assert_eq!(
            Template::parse("$<A>").unwrap(),
            Template::parse("${A}").unwrap()
        );
    }

    #[test]
    fn dollars() {
        check_ok("$$", &[text("$")]);
        check_ok("5 $ fee", &[text("5 $ fee")]);
        check_ok("$", &[text("$")]);
        check_ok("a$", &[text("a$")]);
        check_ok("$${A}", &[text("${A}")]);
        check_ok("$$$", &[text("$$")]);
        check_ok("$$${A}", &[text("$"), ph("A")]);
        check_ok("$x ${A}$", &[text("$x "), ph("A"), text("$")]);
        check_print("5 $ fee", "5 $ fee");
        check_print("5 $$ fee", "5 $ fee");
        check_print("$${A}", "$${A}");
        check_print("$$$${A}", "$$$${A}");
        check_print("$$<", "$$<");
        check_print("$$$", "$$$");
    }

    #[test]
    fn unterminated() {
        check_err("${Name", &[(TemplateErrorCode::Unterminated, 0, 6)]);
        check_err("ab ${", &[(TemplateErrorCode::Unterminated, 3, 2)]);
        check_err("$<Name", &[(TemplateErrorCode::Unterminated, 0, 6)]);
        // The outer one is unterminated; the inner one is fine and parsing goes on from it.
        check_err("${A and ${B} x", &[(TemplateErrorCode::Unterminated, 0, 8)]);
    }

    #[test]
    fn empty_and_invalid_names() {
        check_err("${}", &[(TemplateErrorCode::EmptyName, 0, 3)]);
        check_err("x $<>", &[(TemplateErrorCode::EmptyName, 2, 3)]);
        check_err("${SP Name}", &[(TemplateErrorCode::InvalidName, 0, 10)]);
        check_err("${1A}", &[(TemplateErrorCode::InvalidName, 0, 5)]);
        check_err("${ A }", &[(TemplateErrorCode::InvalidName, 0, 6)]);
        check_err("${Näme}", &[(TemplateErrorCode::InvalidName, 0, 7)]);
        let errors = Template::parse("${SP Name}").unwrap_err();
        assert_eq!(errors[0].name.as_deref(), Some("SP Name"));
    }

    #[test]
    fn mismatched_and_nested() {
        check_err(
            "${Name>",
            &[(TemplateErrorCode::MismatchedDelimiters, 0, 7)],
        );
        check_err(
            "$<Name}",
            &[(TemplateErrorCode::MismatchedDelimiters, 0, 7)],
        );
        check_err("${A${B}}", &[(TemplateErrorCode::Nested, 0, 8)]);
        check_err("x $<A$<B>>", &[(TemplateErrorCode::Nested, 2, 8)]);
    }

    #[test]
    fn every_error_is_reported_with_character_positions() {
        check_err(
            "Ā ${} ${A B} ${C> ${D}",
            &[
                (TemplateErrorCode::EmptyName, 2, 3),
                (TemplateErrorCode::InvalidName, 6, 6),
                (TemplateErrorCode::MismatchedDelimiters, 13, 4),
            ],
        );
    }

    #[test]
    fn unknown_placeholders_need_the_registry() {
        let registry = Registry::standard();
        assert!(Template::parse_known("${SPBusinessName}", registry).is_ok());
        let errors = Template::parse_known("${} ${Nope} ${SPAddress}", registry).unwrap_err();
        let got: Vec<_> = errors.iter().map(|e| (e.code, e.position)).collect();
        assert_eq!(
            got,
            [
                (TemplateErrorCode::EmptyName, 0),
                (TemplateErrorCode::UnknownPlaceholder, 4)
            ]
        );
        assert_eq!(errors[1].name.as_deref(), Some("Nope"));
    }

    #[test]
    fn placeholders_are_distinct_in_order() {
        let t = Template::parse("${B} ${A} ${B}").unwrap();
        let names: Vec<_> = t.placeholders().iter().map(|n| n.as_str()).collect();
        assert_eq!(names, ["B", "A"]);
    }

    #[test]
    fn codes_are_snake_case_on_the_wire() {
        for code in TemplateErrorCode::ALL {
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
        assert_eq!(
            TemplateErrorCode::EmptyName.message_id(),
            "template-error-empty-name"
        );
    }

    fn segment() -> impl Strategy<Value = Segment> {
        prop_oneof![
            "[a-z $${}<>\\[\\]é]{0,6}".prop_map(Segment::Text),
            "[A-Za-z][A-Za-z0-9_]{0,8}".prop_map(|n| Segment::Placeholder(PlaceholderName(n))),
        ]
    }

    proptest! {
        #[test]
        fn print_then_parse_is_identity(segments in proptest::collection::vec(segment(), 0..8)) {
            let template = Template::from_segments(segments);
            let printed = template.to_string();
            prop_assert_eq!(Template::parse(&printed), Ok(template), "{:?}", printed);
        }

        #[test]
        fn parse_print_parse_is_identity(input in "[a-zA-Z0-9 $${}<>_]{0,24}") {
            if let Ok(template) = Template::parse(&input) {
                let printed = template.to_string();
                prop_assert_eq!(Template::parse(&printed), Ok(template.clone()));
                // The canonical form is a fixed point.
                prop_assert_eq!(template.to_string(), printed);
            }
        }

        #[test]
        fn parser_never_panics_and_errors_lie_inside(input in "\\PC{0,40}|[$${}<>A ]{0,40}") {
            let len = input.chars().count();
            if let Err(errors) = Template::parse_known(&input, Registry::standard()) {
                prop_assert!(!errors.is_empty());
                for e in errors {
                    prop_assert!(e.length > 0 && e.position + e.length <= len, "{:?}", e);
                }
            }
        }
    }
}
