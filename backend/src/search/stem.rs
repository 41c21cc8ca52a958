//! Inflected forms: the keys under which a word is found whatever case or number an official
//! types it in. Where the Snowball project has an algorithm for the language (20 of the 26),
//! its stem is the key; for Bulgarian, Icelandic, Latvian, Maltese, Slovak and Slovene, and
//! beside the algorithm where it leaves common forms apart (Estonian's vowel-final genitive,
//! Irish initial mutations and slender endings, Croatian, Czech), written suffix rules give
//! candidate stems. Two words of one language match when their keys meet, so a rule only has
//! to strip what both forms share ("celtnis" and "celtņa" both give "celtn").

use shared::LanguageCode;
use shared::search::{WordForm, fold};
use snowball_stemmers_rs::{Algorithm, Stemmer};

/// Stems shorter than this are not keys: they would join unrelated words.
const MIN_STEM_CHARS: usize = 3;

/// The Snowball algorithm of a language, if there is one. Croatian is read with the Serbian
/// algorithm (written in Latin letters, the same declensions), Slovak with none: the Czech
/// one strips Czech endings that Slovak writes differently.
fn algorithm(language: LanguageCode) -> Option<Algorithm> {
    Some(match language.as_str() {
        "cs" => Algorithm::Czech,
        "da" => Algorithm::Danish,
        "de" => Algorithm::German,
        "el" => Algorithm::Greek,
        "en" => Algorithm::English,
        "es" => Algorithm::Spanish,
        "et" => Algorithm::Estonian,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "ga" => Algorithm::Irish,
        "hr" => Algorithm::Serbian,
        "hu" => Algorithm::Hungarian,
        "it" => Algorithm::Italian,
        "lt" => Algorithm::Lithuanian,
        "nb" => Algorithm::Norwegian,
        "nl" => Algorithm::Dutch,
        "pl" => Algorithm::Polish,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "sv" => Algorithm::Swedish,
        _ => return None,
    })
}

/// Endings (folded) that written rules strip, longest first within each language. They are
/// the case and number endings of nouns and of the adjectives in authorities' names; a word
/// keeps at least [`MIN_STEM_CHARS`] letters.
fn suffixes(language: LanguageCode) -> &'static [&'static str] {
    match language.as_str() {
        // Latvian: the six cases of the noun declensions and of definite adjectives.
        "lv" => &[
            "ajiem", "ajam", "ajai", "ajos", "ajas", "iem", "ais", "am", "em", "im", "um", "os",
            "as", "es", "is", "us", "ai", "ei", "ie", "s", "a", "e", "i", "u", "o",
        ],
        // Estonian: the 14 cases in the singular and the plural -d/-de/-te, beside Snowball,
        // which keeps the genitive's vowel ("arsti" against "arst").
        "et" => &[
            "tele", "dele", "sse", "lle", "lt", "le", "st", "ga", "ks", "na", "ni", "ta", "id",
            "de", "te", "l", "s", "d", "t", "i", "e", "u", "a",
        ],
        // Slovak: noun and adjective endings.
        "sk" => &[
            "ovia", "ami", "ach", "ovi", "ov", "om", "ou", "eho", "emu", "ych", "ymi", "ho", "mi",
            "ia", "ie", "iu", "a", "e", "i", "u", "y", "o",
        ],
        // Slovene: the six cases in three numbers.
        "sl" => &[
            "ega", "emu", "ih", "im", "ov", "ev", "om", "em", "ja", "ju", "ji", "ah", "ami", "a",
            "e", "i", "u", "o",
        ],
        // Croatian and Czech, beside Snowball: the endings it leaves on short nouns.
        "hr" => &["ima", "ama", "om", "em", "a", "e", "i", "u", "o"],
        "cs" => &[
            "ove", "ovi", "ami", "ech", "em", "um", "u", "a", "e", "i", "y", "o",
        ],
        // Bulgarian: plural and definite-article endings.
        "bg" => &[
            "овете",
            "ищата",
            "ите",
            "ове",
            "ища",
            "ът",
            "ят",
            "та",
            "то",
            "те",
            "а",
            "я",
            "и",
            "е",
            "о",
        ],
        // Icelandic: the four cases in both numbers, with the suffixed article.
        "is" => &[
            "anna", "unum", "inn", "ins", "num", "nir", "jar", "jum", "ar", "ir", "ur", "um", "na",
            "is", "ja", "a", "i", "u", "s",
        ],
        // Maltese: the sound plurals (broken plurals are listed as synonyms instead).
        "mt" => &["ijiet", "iet", "ien", "in", "at", "i", "a"],
        // Irish, beside Snowball: genitive and plural endings.
        "ga" => &["anna", "acha", "aithe", "ithe", "ai", "a", "i", "e"],
        _ => &[],
    }
}

/// Irish initial mutations undone: eclipsis ("bPortaingéil", "gcathair") and lenition
/// ("Fhrainc", "dhochtúir") put a letter before or after the first one.
fn without_irish_mutation(word: &str) -> Option<String> {
    for (mutated, plain) in [
        ("bhf", "f"),
        ("mb", "b"),
        ("gc", "c"),
        ("nd", "d"),
        ("ng", "g"),
        ("bp", "p"),
        ("dt", "t"),
    ] {
        if let Some(rest) = word.strip_prefix(mutated)
            && rest.chars().count() >= MIN_STEM_CHARS
        {
            return Some(format!("{plain}{rest}"));
        }
    }
    let mut chars = word.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    if "bcdfgmpst".contains(first) && rest.starts_with('h') && rest.chars().count() > MIN_STEM_CHARS
    {
        return Some(format!("{first}{}", &rest[1..]));
    }
    None
}

/// The keys of `word` read as a word of `language`: its stem, and candidate stems by the
/// written rules. Empty when the language neither stems nor strips anything from it.
pub fn keys(language: LanguageCode, word: &WordForm) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    let mut push = |key: String| {
        if key.chars().count() >= MIN_STEM_CHARS && !keys.contains(&key) {
            keys.push(key);
        }
    };
    let mut bases = vec![(word.written.clone(), word.folded.clone())];
    if language.as_str() == "ga"
        && let Some(plain) = without_irish_mutation(&word.folded)
    {
        bases.push((plain.clone(), plain));
    }
    for (written, folded) in bases {
        if let Some(algorithm) = algorithm(language) {
            push(fold(&Stemmer::create(algorithm).stem(&written)));
        }
        for suffix in suffixes(language) {
            if let Some(stem) = folded.strip_suffix(suffix)
                && stem.chars().count() >= MIN_STEM_CHARS
            {
                push(stem.to_owned());
            }
        }
        if !suffixes(language).is_empty() {
            push(folded.clone());
        }
        if language.as_str() == "ga" {
            // Irish genitives and plurals make a final consonant slender or broad by an "i"
            // before it: "dochtúir" against "dochtúra".
            let chars: Vec<char> = folded.chars().collect();
            if let Some(i) = chars.iter().rposition(|&c| c == 'i')
                && i + 1 < chars.len()
                && i > 0
                && "aou".contains(chars[i - 1])
                && !"aeiou".contains(chars[i + 1])
            {
                let broad: String = chars[..i].iter().chain(&chars[i + 1..]).collect();
                push(broad.clone());
                for suffix in suffixes(language) {
                    if let Some(stem) = broad.strip_suffix(suffix) {
                        push(stem.to_owned());
                    }
                }
            }
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::search::word_forms;

    fn share_a_key(language: &str, a: &str, b: &str) -> bool {
        let language = LanguageCode::parse(language).unwrap();
        let a = keys(language, &word_forms(a)[0]);
        let b = keys(language, &word_forms(b)[0]);
        a.iter().any(|key| b.contains(key))
    }

    /// Forms an official types against the form the taxonomy or a name writes, per language.
    #[test]
    fn inflected_forms_meet_their_base_form() {
        let cases = [
            ("lv", "celtnis", "celtņa"),
            ("lv", "ārsts", "ārstu"),
            ("lv", "ārsti", "ārsts"),
            ("lv", "maiznieku", "maiznieks"),
            ("lv", "elektriķiem", "elektriķis"),
            ("lt", "gydytojo", "gydytojas"),
            ("lt", "elektriko", "elektrikas"),
            ("et", "arsti", "arst"),
            ("et", "arstid", "arst"),
            ("et", "pagari", "pagar"),
            ("et", "kraanad", "kraana"),
            ("fi", "lääkärin", "lääkäri"),
            ("fi", "sähköasentajan", "sähköasentaja"),
            ("pl", "lekarza", "lekarz"),
            ("pl", "elektryka", "elektryk"),
            ("cs", "lékaře", "lékař"),
            ("cs", "elektrikáři", "elektrikář"),
            ("sk", "lekára", "lekár"),
            ("sk", "elektrikárov", "elektrikár"),
            ("sl", "zdravnika", "zdravnik"),
            ("sl", "električarji", "električar"),
            ("hr", "liječnika", "liječnik"),
            ("hr", "električari", "električar"),
            ("hu", "orvosok", "orvos"),
            ("bg", "лекари", "лекар"),
            ("bg", "лекарите", "лекар"),
            ("is", "lækni", "læknir"),
            ("is", "rafvirkja", "rafvirki"),
            ("ga", "dochtúra", "dochtúir"),
            ("ga", "dhochtúir", "dochtúir"),
            ("ga", "leictreoirí", "leictreoir"),
            ("mt", "elettriċisti", "elettriċista"),
            ("ro", "medicii", "medic"),
            ("el", "γιατρού", "γιατρός"),
            ("de", "Bäckers", "Bäcker"),
            ("de", "Krane", "Kran"),
            ("de", "Ärzte", "Arzt"),
            ("nl", "artsen", "arts"),
            ("sv", "läkaren", "läkare"),
            ("da", "lægen", "læge"),
            ("nb", "legen", "lege"),
            ("pt", "médicos", "médico"),
            ("es", "electricistas", "electricista"),
            ("fr", "médecins", "médecin"),
            ("it", "medici", "medico"),
            ("en", "electricians", "electrician"),
            ("en", "cranes", "crane"),
        ];
        let failed: Vec<_> = cases
            .iter()
            .filter(|(language, a, b)| !share_a_key(language, a, b))
            .collect();
        assert!(failed.is_empty(), "{failed:?}");
    }

    #[test]
    fn different_words_stay_apart() {
        let cases = [
            ("de", "Kran", "Krankenpfleger"),
            ("en", "nurse", "notary"),
            ("lv", "celtnis", "ceļš"),
        ];
        for (language, a, b) in cases {
            assert!(!share_a_key(language, a, b), "{language}: {a} ~ {b}");
        }
    }
}
