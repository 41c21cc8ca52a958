//! The names of the 30 countries as officials type them in a search, in each of the 26
//! languages and in the case forms a query holds ("Portugālē", "Norwegen", "Saksamaal"): the
//! authority search reads them as a country filter. The files live in `taxonomy/countries/`;
//! the backend reads them and calls [`validate`].

use std::collections::BTreeMap;

use crate::search::words;
use crate::taxonomy::TaxonomyError;
use crate::{CountryCode, LanguageCode};

/// One way of writing a country's name in one language, folded into search words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryForm {
    /// The folded words of the form, e.g. `["tsehhi", "vabariik"]`.
    pub words: Vec<String>,
    /// The country it names.
    pub country: CountryCode,
    /// The language it is written in.
    pub language: LanguageCode,
}

/// Country names that passed [`validate`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CountryNames {
    /// Every form of every language, longest (in words) first, so that a query's longest
    /// name is taken before a shorter one inside it.
    pub forms: Vec<CountryForm>,
}

/// A country named in a query, and which of the query's words named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryInQuery {
    /// The country.
    pub country: CountryCode,
    /// The positions in the query's words of the words that named it.
    pub positions: std::ops::Range<usize>,
}

impl CountryNames {
    /// The first country named in `query_words` (folded, as [`words`] gives them) by a form
    /// that `accept` takes, if any. When two languages write one form for different
    /// countries, the form is not read as either ([`validate`] keeps only forms that name
    /// one country in every language).
    pub fn find(
        &self,
        query_words: &[String],
        accept: &dyn Fn(&CountryForm) -> bool,
    ) -> Option<CountryInQuery> {
        for start in 0..query_words.len() {
            for form in self.forms.iter().filter(|form| accept(form)) {
                let end = start + form.words.len();
                if end <= query_words.len() && query_words[start..end] == form.words[..] {
                    return Some(CountryInQuery {
                        country: form.country,
                        positions: start..end,
                    });
                }
            }
        }
        None
    }
}

/// Checks each language's names: every country named, every form non-empty, no form naming
/// two countries. A form that one language uses for one country and another language for a
/// different country (rare, but "Island" is not "Ireland") is dropped from both, since a
/// query could not say which it means.
pub fn validate(
    files: BTreeMap<LanguageCode, BTreeMap<String, Vec<String>>>,
) -> Result<CountryNames, Vec<TaxonomyError>> {
    let mut errors = Vec::new();
    let error = |language: LanguageCode, entry: &str, problem: String| TaxonomyError {
        file: format!("countries/{language}.toml"),
        entry: entry.to_owned(),
        problem,
    };
    for language in LanguageCode::all() {
        if !files.contains_key(&language) {
            errors.push(error(language, "-", "the file is missing".to_owned()));
        }
    }
    let mut forms: Vec<CountryForm> = Vec::new();
    for (&language, names) in &files {
        let mut seen: BTreeMap<Vec<String>, CountryCode> = BTreeMap::new();
        for code in CountryCode::ALL_CODES {
            if !names.contains_key(*code) {
                errors.push(error(language, code, "the country has no name".to_owned()));
            }
        }
        for (code, written) in names {
            let Ok(country) = CountryCode::parse(code) else {
                errors.push(error(
                    language,
                    code,
                    "not a country of the system".to_owned(),
                ));
                continue;
            };
            if written.is_empty() {
                errors.push(error(language, code, "no form is given".to_owned()));
            }
            for form in written {
                let form_words = words(form);
                if form_words.is_empty() {
                    errors.push(error(language, code, format!("{form:?} has no letters")));
                    continue;
                }
                match seen.get(&form_words) {
                    Some(&other) if other != country => errors.push(error(
                        language,
                        code,
                        format!("{form:?} also names {other}"),
                    )),
                    Some(_) => {}
                    None => {
                        seen.insert(form_words.clone(), country);
                        forms.push(CountryForm {
                            words: form_words,
                            country,
                            language,
                        });
                    }
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut countries_of: BTreeMap<&[String], Vec<CountryCode>> = BTreeMap::new();
    for form in &forms {
        countries_of
            .entry(&form.words)
            .or_default()
            .push(form.country);
    }
    let ambiguous: Vec<Vec<String>> = countries_of
        .into_iter()
        .filter(|(_, countries)| countries.iter().any(|c| *c != countries[0]))
        .map(|(form, _)| form.to_vec())
        .collect();
    forms.retain(|form| !ambiguous.contains(&form.words));
    forms.sort_by_key(|form| std::cmp::Reverse(form.words.len()));
    Ok(CountryNames { forms })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(
        entries: &[(&str, &str, &[&str])],
    ) -> BTreeMap<LanguageCode, BTreeMap<String, Vec<String>>> {
        let mut files: BTreeMap<LanguageCode, BTreeMap<String, Vec<String>>> = LanguageCode::all()
            .map(|language| {
                let names = CountryCode::ALL_CODES
                    .iter()
                    .map(|code| ((*code).to_owned(), vec![format!("{language} {code}")]))
                    .collect();
                (language, names)
            })
            .collect();
        for (language, code, forms) in entries {
            files
                .get_mut(&LanguageCode::parse(language).unwrap())
                .unwrap()
                .insert(
                    (*code).to_owned(),
                    forms.iter().map(|f| (*f).to_owned()).collect(),
                );
        }
        files
    }

    fn query(names: &CountryNames, text: &str) -> Option<(String, std::ops::Range<usize>)> {
        names
            .find(&words(text), &|_| true)
            .map(|found| (found.country.as_str().to_owned(), found.positions))
    }

    #[test]
    fn a_case_form_in_a_query_names_its_country() {
        let names = validate(files(&[
            ("lv", "PT", &["Portugāle", "Portugālē", "Portugāles"]),
            ("de", "NO", &["Norwegen"]),
            (
                "et",
                "CZ",
                &["Tšehhi", "Tšehhi Vabariik", "Tšehhi Vabariigis"],
            ),
        ]))
        .unwrap();
        assert_eq!(query(&names, "ārsts Portugālē"), Some(("PT".into(), 1..2)));
        assert_eq!(query(&names, "portugale arsts"), Some(("PT".into(), 0..1)));
        assert_eq!(
            query(&names, "Elektriker in Norwegen"),
            Some(("NO".into(), 2..3))
        );
        // The longest form is taken.
        assert_eq!(
            query(&names, "arst tšehhi vabariigis"),
            Some(("CZ".into(), 1..3))
        );
        assert_eq!(query(&names, "arst"), None);
    }

    #[test]
    fn a_form_naming_two_countries_in_one_language_is_refused() {
        let errors = validate(files(&[
            ("lv", "PT", &["Portugāle"]),
            ("lv", "ES", &["portugale"]),
        ]))
        .unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].problem.contains("also names"), "{errors:?}");
    }

    #[test]
    fn a_form_two_languages_use_for_different_countries_names_neither() {
        // German "Island" is Iceland; an English query "island" must not filter by it, nor
        // by Ireland.
        let names = validate(files(&[
            ("de", "IS", &["Island"]),
            ("en", "IE", &["Island"]),
        ]))
        .unwrap();
        assert_eq!(query(&names, "island"), None);
    }

    #[test]
    fn a_missing_country_or_language_is_reported() {
        let mut incomplete = files(&[]);
        incomplete
            .get_mut(&LanguageCode::parse("fi").unwrap())
            .unwrap()
            .remove("EE");
        incomplete.remove(&LanguageCode::parse("mt").unwrap());
        let errors = validate(incomplete).unwrap_err();
        assert!(
            errors
                .iter()
                .any(|e| e.file == "countries/fi.toml" && e.entry == "EE")
        );
        assert!(errors.iter().any(|e| e.file == "countries/mt.toml"));
    }
}
