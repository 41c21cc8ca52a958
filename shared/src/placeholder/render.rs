//! A template with its values, as segments the UI can show safely.
//!
//! Rendering never pastes a value into markup: the result is a list of text and value segments,
//! and the SPA puts each into the page as a text node (highlighting values), which the browser
//! never reads as HTML. For places that need a string (e-mail, print), [`to_html`] escapes
//! everything itself. A value that looks like a placeholder (`${X}`) is shown as it is: values
//! are never parsed again.

use super::PlaceholderName;
use super::parser::{Segment, Template};
use super::registry::Registry;
use super::values::NormalisedValues;
use crate::LanguageCode;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Something that holds placeholder values: a form's raw input or validated values.
pub trait ValueSource {
    /// The value of the placeholder `name`, if it has one.
    fn value(&self, name: &str) -> Option<&str>;
}

impl ValueSource for NormalisedValues {
    fn value(&self, name: &str) -> Option<&str> {
        self.get(name)
    }
}

impl ValueSource for BTreeMap<String, String> {
    fn value(&self, name: &str) -> Option<&str> {
        self.get(name).map(String::as_str)
    }
}

impl<S: std::hash::BuildHasher> ValueSource for HashMap<String, String, S> {
    fn value(&self, name: &str) -> Option<&str> {
        self.get(name).map(String::as_str)
    }
}

/// One piece of a rendered question.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RenderedSegment {
    /// The question's own text.
    Text {
        /// The text, to be shown as text.
        text: String,
    },
    /// A value the requester filled in, to be shown highlighted.
    Value {
        /// Which placeholder it fills.
        name: PlaceholderName,
        /// The value, to be shown as text.
        value: String,
    },
    /// A placeholder without a value (or with a blank one), e.g. shown as its label.
    Missing {
        /// Which placeholder is unfilled.
        name: PlaceholderName,
    },
}

/// Renders `template` with `values`.
pub fn render(template: &Template, values: &impl ValueSource) -> Vec<RenderedSegment> {
    template
        .segments()
        .iter()
        .map(|segment| match segment {
            Segment::Text(text) => RenderedSegment::Text { text: text.clone() },
            Segment::Placeholder(name) => match values.value(name.as_str()) {
                Some(value) if !value.trim().is_empty() => RenderedSegment::Value {
                    name: name.clone(),
                    value: value.to_owned(),
                },
                _ => RenderedSegment::Missing { name: name.clone() },
            },
        })
        .collect()
}

/// The segments for the screen, where a value stands out by its own style: the literal
/// brackets a template puts around a placeholder ("Is [${SPBusinessName}] …") are dropped,
/// so the reader sees "Is Bäckerei Tamm OÜ …" with the name highlighted, not "[Bäckerei Tamm
/// OÜ]". Only a bracket pair that encloses exactly one placeholder goes; any other bracket in
/// the text stays. Plain text ([`to_plain_text`]) keeps them, since there nothing else marks
/// the value.
pub fn without_brackets(mut segments: Vec<RenderedSegment>) -> Vec<RenderedSegment> {
    for i in 1..segments.len().saturating_sub(1) {
        if matches!(segments[i], RenderedSegment::Text { .. }) {
            continue;
        }
        let opens =
            matches!(&segments[i - 1], RenderedSegment::Text { text } if text.ends_with('['));
        let closes =
            matches!(&segments[i + 1], RenderedSegment::Text { text } if text.starts_with(']'));
        if opens && closes {
            if let RenderedSegment::Text { text } = &mut segments[i - 1] {
                text.pop();
            }
            if let RenderedSegment::Text { text } = &mut segments[i + 1] {
                text.remove(0);
            }
        }
    }
    segments.retain(|s| !matches!(s, RenderedSegment::Text { text } if text.is_empty()));
    segments
}

/// Escapes the five characters that HTML could read as markup.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The rendered question as an HTML fragment: values in `<mark class="placeholder-value">`,
/// unfilled placeholders as their label in `language` in `<mark class="placeholder-missing">`.
/// All text is escaped, so no value can inject markup.
pub fn to_html(segments: &[RenderedSegment], language: LanguageCode) -> String {
    let mut html = String::new();
    for segment in segments {
        match segment {
            RenderedSegment::Text { text } => html.push_str(&escape_html(text)),
            RenderedSegment::Value { name, value } => {
                html.push_str(&format!(
                    "<mark class=\"placeholder-value\" data-placeholder=\"{}\">{}</mark>",
                    escape_html(name.as_str()),
                    escape_html(value)
                ));
            }
            RenderedSegment::Missing { name } => {
                let label = Registry::standard()
                    .get(name.as_str())
                    .map_or(name.as_str(), |def| def.label(language));
                html.push_str(&format!(
                    "<mark class=\"placeholder-missing\" data-placeholder=\"{}\">[{}]</mark>",
                    escape_html(name.as_str()),
                    escape_html(label)
                ));
            }
        }
    }
    html
}

/// The rendered question as plain text, with `[Name]` for unfilled placeholders.
pub fn to_plain_text(segments: &[RenderedSegment]) -> String {
    segments
        .iter()
        .map(|segment| match segment {
            RenderedSegment::Text { text } => text.clone(),
            RenderedSegment::Value { value, .. } => value.clone(),
            RenderedSegment::Missing { name } => format!("[{name}]"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn values(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn name(n: &str) -> PlaceholderName {
        PlaceholderName::parse(n).unwrap()
    }

    #[test]
    fn values_and_missing_placeholders_are_separate_segments() {
        let template = Template::parse("Is [${SPBusinessName}] at ${SPAddress}?").unwrap();
        let rendered = render(
            &template,
            &values(&[("SPBusinessName", "Acme"), ("SPAddress", " ")]),
        );
        assert_eq!(
            rendered,
            [
                RenderedSegment::Text {
                    text: "Is [".into()
                },
                RenderedSegment::Value {
                    name: name("SPBusinessName"),
                    value: "Acme".into()
                },
                RenderedSegment::Text {
                    text: "] at ".into()
                },
                RenderedSegment::Missing {
                    name: name("SPAddress")
                },
                RenderedSegment::Text { text: "?".into() },
            ]
        );
        assert_eq!(to_plain_text(&rendered), "Is [Acme] at [SPAddress]?");
    }

    #[test]
    fn brackets_around_a_placeholder_are_dropped_for_the_screen() {
        let template =
            Template::parse("[${RegisterType}] - [${RegisterName}] ([note]) [${SPAddress} x]")
                .unwrap();
        let rendered = without_brackets(render(
            &template,
            &values(&[("RegisterType", "Trade register"), ("SPAddress", "Rīga")]),
        ));
        assert_eq!(
            rendered,
            [
                RenderedSegment::Value {
                    name: name("RegisterType"),
                    value: "Trade register".into()
                },
                RenderedSegment::Text { text: " - ".into() },
                RenderedSegment::Missing {
                    name: name("RegisterName")
                },
                RenderedSegment::Text {
                    text: " ([note]) [".into()
                },
                RenderedSegment::Value {
                    name: name("SPAddress"),
                    value: "Rīga".into()
                },
                RenderedSegment::Text { text: " x]".into() },
            ]
        );
    }

    #[test]
    fn no_value_can_inject_markup() {
        let template = Template::parse("<q>${SPBusinessName}</q> ${RegisterName}").unwrap();
        let evil = "<script>alert(1)</script>\"'&";
        let rendered = render(&template, &values(&[("SPBusinessName", evil)]));
        let html = to_html(&rendered, LanguageCode::parse("lv").unwrap());
        assert_eq!(
            html,
            "&lt;q&gt;<mark class=\"placeholder-value\" data-placeholder=\"SPBusinessName\">\
             &lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;</mark>&lt;/q&gt; \
             <mark class=\"placeholder-missing\" data-placeholder=\"RegisterName\">\
             [Reģistra nosaukums]</mark>"
        );
    }

    #[test]
    fn values_are_never_parsed_as_templates() {
        let template = Template::parse("${SPBusinessName}").unwrap();
        let rendered = render(&template, &values(&[("SPBusinessName", "${SPAddress}")]));
        assert_eq!(to_plain_text(&rendered), "${SPAddress}");
    }

    #[test]
    fn segments_serialise_with_a_kind_tag() {
        let segment = RenderedSegment::Value {
            name: name("A"),
            value: "v".into(),
        };
        assert_eq!(
            serde_json::to_value(&segment).unwrap(),
            serde_json::json!({"kind": "value", "name": "A", "value": "v"})
        );
    }

    proptest! {
        #[test]
        fn html_has_no_tags_but_ours(value in "\\PC{0,20}") {
            let template = Template::parse("${SPBusinessName}").unwrap();
            let rendered = render(&template, &values(&[("SPBusinessName", &value)]));
            let html = to_html(&rendered, LanguageCode::ENGLISH);
            let inner = html
                .trim_start_matches(|c| c != '>')
                .trim_start_matches('>')
                .trim_end_matches("</mark>");
            prop_assert!(!inner.contains('<') && !inner.contains('>'), "{}", html);
        }
    }
}
