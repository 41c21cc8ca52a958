//! The one rule for text people type into the system, applied to every text field on both
//! sides (the form as the official types, the server before storing) and the same on both
//! database engines.
//!
//! Control characters are refused: PostgreSQL cannot store U+0000 at all (SQLite can, so the
//! engines would disagree), and the others have no business in a name or a message. Free
//! text keeps line breaks and tabs. Bidirectional embeddings, overrides and isolates are
//! refused too: they reorder what a reader sees (a name shown as `gpj.exe` can be `exe.jpg`),
//! and none of the system's languages needs them typed explicitly.

use crate::error::{FieldCode, FieldError};

/// The shape of a text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    /// A name, an address, an e-mail, a title: one line.
    SingleLine,
    /// A message, a comment, an answer: line breaks and tabs allowed.
    MultiLine,
}

/// Whether `c` reorders the text around it when displayed.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` may appear in a text of `kind`.
pub fn is_allowed(c: char, kind: TextKind) -> bool {
    if is_bidi_control(c) {
        return false;
    }
    if c.is_control() {
        return kind == TextKind::MultiLine && matches!(c, '\n' | '\t' | '\r');
    }
    true
}

/// Checks that `value` has only characters a text of `kind` may hold; the error names
/// `field` with [`CONTROL_CHARACTER`].
pub fn check(field: &str, value: &str, kind: TextKind) -> Result<(), FieldError> {
    if value.chars().all(|c| is_allowed(c, kind)) {
        Ok(())
    } else {
        Err(FieldError::new(field, FieldCode::ControlCharacter))
    }
}

/// `value` without the characters a text of `kind` may not hold, for what is not typed but
/// arrives from elsewhere (an uploaded file's name) and should be kept rather than refused.
pub fn strip(value: &str, kind: TextKind) -> String {
    value.chars().filter(|c| is_allowed(*c, kind)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_refused_line_breaks_kept_in_free_text() {
        assert!(check("name", "Anna Bērziņa", TextKind::SingleLine).is_ok());
        for bad in ["a\0b", "a\u{7}", "a\nb", "a\u{202E}gpj.exe", "\u{2066}x"] {
            let error = check("name", bad, TextKind::SingleLine).unwrap_err();
            assert_eq!(
                (error.field.as_str(), error.code.as_str()),
                ("name", "control_character")
            );
        }
        assert!(check("text", "line one\nline two\ttab\r\n", TextKind::MultiLine).is_ok());
        assert!(check("text", "nul\0", TextKind::MultiLine).is_err());
        assert!(check("text", "\u{1b}[31m", TextKind::MultiLine).is_err());
        // Marks that do not reorder (LRM, RLM) and ordinary scripts pass.
        assert!(check("text", "\u{200E}Ελληνικά Български", TextKind::SingleLine).is_ok());
    }

    #[test]
    fn strip_keeps_the_rest() {
        assert_eq!(
            strip("report\u{202E}fdp.exe", TextKind::SingleLine),
            "reportfdp.exe"
        );
        assert_eq!(strip("a\0b\nc", TextKind::SingleLine), "abc");
    }
}
