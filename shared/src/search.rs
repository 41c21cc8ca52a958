//! Text folding and matching rules for searching across the 26 languages: the same rules fold
//! the indexed names and labels and the user's query, so "elektrikis" finds "elektriķis" and
//! "arztekammer" finds "Ärztekammer".

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The shortest word for which one typo is tolerated: shorter words have too many
/// neighbours one edit away.
pub const MIN_TYPO_WORD_CHARS: usize = 5;

/// Folds text for matching: lower case, without diacritics, with letters that do not
/// decompose spelled out in ASCII (ß → ss, æ → ae, ø → o, ł → l, þ → th, ħ → h, ...), and
/// Greek final sigma as sigma.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Decompose first and map the base letters after, so that a letter carrying an accent
    // (Ǽ) folds like the bare one (Æ).
    let letters = text
        .chars()
        .flat_map(char::to_lowercase)
        .nfd()
        .filter(|c| !is_combining_mark(*c));
    for c in letters {
        match c {
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ø' => out.push('o'),
            'đ' | 'ð' => out.push('d'),
            'ł' => out.push('l'),
            'þ' => out.push_str("th"),
            'ħ' => out.push('h'),
            'ı' => out.push('i'),
            'ς' => out.push('σ'),
            other => out.push(other),
        }
    }
    out
}

/// The folded words of `text`: runs of letters and digits.
pub fn words(text: &str) -> Vec<String> {
    word_forms(text).into_iter().map(|w| w.folded).collect()
}

/// A word of a text as written (lower case, diacritics kept, for a language's stemmer) and
/// folded (for matching).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordForm {
    /// Lower case, as written.
    pub written: String,
    /// As [`fold`] gives it.
    pub folded: String,
}

/// The words of `text`, each as written and folded: the text is split on anything but
/// letters, digits and combining marks before folding, so the two forms of a word line up.
pub fn word_forms(text: &str) -> Vec<WordForm> {
    text.split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c)))
        .filter_map(|piece| {
            let written: String = piece.chars().flat_map(char::to_lowercase).collect();
            let folded: String = fold(&written)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect();
            (!folded.is_empty()).then_some(WordForm { written, folded })
        })
        .collect()
}

/// Whether `a` and `b` differ by at most one edit: an inserted, deleted or replaced
/// character, or two neighbouring characters swapped.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    match long.len() - short.len() {
        0 => {
            let diffs: Vec<usize> = (0..short.len()).filter(|&i| short[i] != long[i]).collect();
            match diffs.as_slice() {
                [] | [_] => true,
                [i, j] => *j == i + 1 && short[*i] == long[*j] && short[*j] == long[*i],
                _ => false,
            }
        }
        1 => {
            let prefix = short
                .iter()
                .zip(long.iter())
                .take_while(|(x, y)| x == y)
                .count();
            short[prefix..] == long[prefix + 1..]
        }
        _ => false,
    }
}

/// The strings one deletion away from `word`, for an index that finds typos fast: a word and
/// a term are within one edit when they share a deletion variant (or one is a variant of the
/// other), which the caller then confirms with [`within_one_edit`].
pub fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (0..chars.len())
        .map(|skip| {
            chars
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, c)| *c)
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_case_and_diacritics_in_every_script() {
        assert_eq!(fold("Elektriķis"), "elektrikis");
        assert_eq!(fold("Ärztekammer"), "arztekammer");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Tønsberg"), "tonsberg");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Þjóðskrá"), "thjodskra");
        assert_eq!(fold("Ħal Qormi"), "hal qormi");
        assert_eq!(fold("Ιατρικός Σύλλογος"), "ιατρικοσ συλλογοσ");
        assert_eq!(fold("Ordem dos Médicos"), "ordem dos medicos");
    }

    #[test]
    fn words_split_on_anything_but_letters_and_digits() {
        assert_eq!(
            words("Landesamt für Arbeitsschutz, Berlin (LAGetSi)"),
            ["landesamt", "fur", "arbeitsschutz", "berlin", "lagetsi"]
        );
        assert_eq!(words("  "), Vec::<String>::new());
        assert_eq!(words("Sihtasutus-Kutsekoda"), ["sihtasutus", "kutsekoda"]);
    }

    #[test]
    fn word_forms_keep_the_written_form_beside_the_folded_one() {
        let forms = word_forms("Ärzte, PORTUGĀLĒ");
        assert_eq!(forms[0].written, "ärzte");
        assert_eq!(forms[0].folded, "arzte");
        assert_eq!(forms[1].written, "portugālē");
        assert_eq!(forms[1].folded, "portugale");
    }

    #[test]
    fn one_edit_apart() {
        let cases = [
            ("electrician", "electrician", true),
            ("electrican", "electrician", true),
            ("elecrtician", "electrician", true),
            ("electriciann", "electrician", true),
            ("elektrician", "electrician", true),
            ("elektrikian", "electrician", false),
            ("doctor", "doktr", false),
            ("", "a", true),
        ];
        for (a, b, expected) in cases {
            assert_eq!(within_one_edit(a, b), expected, "{a} ~ {b}");
            assert_eq!(within_one_edit(b, a), expected, "{b} ~ {a}");
        }
    }

    #[test]
    fn deletion_variants() {
        assert_eq!(deletions("abc"), ["bc", "ac", "ab"]);
    }

    proptest::proptest! {
        #[test]
        fn folding_is_idempotent(text in "\\PC{0,40}") {
            let once = fold(&text);
            proptest::prop_assert_eq!(fold(&once), once);
        }
    }
}
