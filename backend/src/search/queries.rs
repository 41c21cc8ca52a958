//! Real queries an official types, in many languages, against the demo registry, and the
//! authority each must put in the first three. Keep the table growing: every query that once
//! failed a user belongs here.

use super::*;
use std::path::Path;
use std::sync::LazyLock;

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../taxonomy");
    let taxonomy = crate::taxonomy::read(&dir).expect("the taxonomy");
    let countries = crate::taxonomy::read_country_names(&dir).expect("the country names");
    Index::build(
        1,
        crate::demo::search_docs(),
        &taxonomy,
        Arc::new(countries),
    )
});

fn run(text: &str, reader: &str) -> Found {
    INDEX.search(
        &Query {
            text: text.to_owned(),
            language: Some(LanguageCode::parse(reader).unwrap()),
            ..Query::default()
        },
        20,
    )
}

fn top(found: &Found, n: usize) -> Vec<String> {
    found
        .hits
        .iter()
        .take(n)
        .map(|h| format!("{} ({})", h.doc.name, h.doc.country))
        .collect()
}

/// (query, reader's language, a part of the name of an authority that must be in the first
/// three results).
const TABLE: &[(&str, &str, &str)] = &[
    // The source document's four cases, in Latvian, English and the partner's language.
    (
        "elektriķis Norvēģijā",
        "lv",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "electrician Norway",
        "en",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "elektriker Norge",
        "nb",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    ("ārsts Portugālē", "lv", "Ordem dos Médicos"),
    ("ārsti Portugālē", "lv", "Ordem dos Médicos"),
    ("doctor Portugal", "en", "Ordem dos Médicos"),
    ("médico Portugal", "pt", "Ordem dos Médicos"),
    ("maiznieks Igaunijā", "lv", "Kutsekoda"),
    ("pagar Eestis", "et", "Kutsekoda"),
    ("baker Estonia", "en", "Kutsekoda"),
    ("pagar", "lv", "Kutsekoda"),
    ("celtnis Vācijā", "lv", "Berlin"),
    ("celtņi Vācijā", "lv", "Berlin"),
    ("crane Germany", "en", "Berlin"),
    ("Kran Deutschland", "de", "Berlin"),
    ("Kräne in Deutschland", "de", "Berlin"),
    // Inflected forms and compounds.
    ("elektriķim Dānijā", "lv", "Sikkerhedsstyrelsen"),
    ("elektrikas Danijoje", "lt", "Sikkerhedsstyrelsen"),
    ("sähköasentajan Tanskassa", "fi", "Sikkerhedsstyrelsen"),
    ("Elektriker in Dänemark", "de", "Sikkerhedsstyrelsen"),
    ("lekarza w Portugalii", "pl", "Ordem dos Médicos"),
    ("lékaře v Portugalsku", "cs", "Ordem dos Médicos"),
    ("liječnika u Portugalu", "hr", "Ordem dos Médicos"),
    ("orvos Portugáliában", "hu", "Ordem dos Médicos"),
    ("γιατρός στην Πορτογαλία", "el", "Ordem dos Médicos"),
    ("arst Portugalis", "et", "Ordem dos Médicos"),
    ("lääkäri Portugalissa", "fi", "Ordem dos Médicos"),
    ("Arzt in Portugal", "de", "Ordem dos Médicos"),
    ("médecin au Portugal", "fr", "Ordem dos Médicos"),
    ("medico in Portogallo", "it", "Ordem dos Médicos"),
    ("læknir í Portúgal", "is", "Ordem dos Médicos"),
    ("лекар в Португалия", "bg", "Ordem dos Médicos"),
    // Names, acronyms, a typo.
    ("state health inspectorate", "en", "Veselības inspekcija"),
    ("veselības inspekcija", "lv", "Veselības inspekcija"),
    (
        "elektrikkis Norvēģijā",
        "lv",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    ("LAGetSi", "lv", "Berlin"),
    (
        "DSB",
        "lv",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    ("ministry of economics", "en", "Ekonomikas ministrija"),
    // The professions officials look for most, with a country in many languages.
    ("notary Portugal", "en", "Ordem dos Notários"),
    ("advokāts Vācijā", "lv", "Bundesrechtsanwaltskammer"),
    (
        "zvērināts advokāts",
        "lv",
        "Latvijas Zvērinātu advokātu padome",
    ),
    (
        "tandarts Nederland",
        "nl",
        "Centraal Informatiepunt Beroepen Gezondheidszorg",
    ),
    ("online gambling Malta", "en", "Malta Gaming Authority"),
    ("kazino Maltā", "lv", "Malta Gaming Authority"),
    (
        "driving instructor Finland",
        "en",
        "Liikenne- ja viestintävirasto",
    ),
    (
        "frizieris Austrijā",
        "lv",
        "Bundesministerium für Wirtschaft",
    ),
    (
        "Friseur in Österreich",
        "de",
        "Bundesministerium für Wirtschaft",
    ),
    ("taxi Sweden", "en", "Transportstyrelsen"),
    // The three cases in every language of the system, as an official of each would type them.
    ("tabib fil-Portugall", "mt", "Ordem dos Médicos"),
    ("dochtúir sa Phortaingéil", "ga", "Ordem dos Médicos"),
    ("liječnik Portugal", "hr", "Ordem dos Médicos"),
    ("zdravnik na Portugalskem", "sl", "Ordem dos Médicos"),
    ("lekár v Portugalsku", "sk", "Ordem dos Médicos"),
    ("medic în Portugalia", "ro", "Ordem dos Médicos"),
    ("gydytojas Portugalijoje", "lt", "Ordem dos Médicos"),
    ("лекар Португалия", "bg", "Ordem dos Médicos"),
    ("γιατρός Πορτογαλία", "el", "Ordem dos Médicos"),
    (
        "elettriċista fin-Norveġja",
        "mt",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "leictreoir san Iorua",
        "ga",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "rafvirki í Noregi",
        "is",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "električar u Norveškoj",
        "hr",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "električar na Norveškem",
        "sl",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "elektrikár v Nórsku",
        "sk",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "electrician în Norvegia",
        "ro",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "elektrikas Norvegijoje",
        "lt",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "електротехник Норвегия",
        "bg",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "ηλεκτρολόγος Νορβηγία",
        "el",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "elektryk w Norwegii",
        "pl",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "elektrikář v Norsku",
        "cs",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "villanyszerelő Norvégiában",
        "hu",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "sähköasentaja Norjassa",
        "fi",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "elektrik Norras",
        "et",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "électricien en Norvège",
        "fr",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "electricista en Noruega",
        "es",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "elettricista in Norvegia",
        "it",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "eletricista na Noruega",
        "pt",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "elektricien in Noorwegen",
        "nl",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "elektriker i Norge",
        "da",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    (
        "elektriker i Norge",
        "sv",
        "Direktoratet for samfunnssikkerhet og beredskap",
    ),
    ("bakker Estland", "nl", "Kutsekoda"),
    ("boulanger Estonie", "fr", "Kutsekoda"),
    ("piekarz Estonia", "pl", "Kutsekoda"),
    ("Bäcker Estland", "de", "Kutsekoda"),
    ("leipuri Virossa", "fi", "Kutsekoda"),
    ("pék Észtországban", "hu", "Kutsekoda"),
    ("Kran Deutschland", "de", "Berlin"),
    ("dźwig Niemcy", "pl", "Berlin"),
    ("jeřáb Německo", "cs", "Berlin"),
    ("grue Allemagne", "fr", "Berlin"),
    ("kraana Saksamaal", "et", "Berlin"),
    ("nosturi Saksassa", "fi", "Berlin"),
    ("daru Németországban", "hu", "Berlin"),
];

#[test]
fn each_query_puts_its_authority_in_the_first_three() {
    let mut failures = Vec::new();
    for (text, reader, expected) in TABLE {
        let found = run(text, reader);
        let first = top(&found, 3);
        if !first.iter().any(|name| name.contains(expected)) {
            failures.push(format!(
                "{text:?} ({reader}): {expected} not in {first:?} of {}",
                found.total
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} queries failed:\n{}",
        failures.len(),
        TABLE.len(),
        failures.join("\n")
    );
}

#[test]
fn a_country_in_the_query_filters_and_is_reported() {
    let found = run("ārsts Portugālē", "lv");
    assert_eq!(found.country_from_query.map(|c| c.as_str()), Some("PT"));
    assert!(found.hits.iter().all(|h| h.doc.country.as_str() == "PT"));
    assert!(
        found.recognised.contains(&"doctor".to_owned()),
        "{:?}",
        found.recognised
    );
    // The country's name alone lists its authorities.
    let found = run("Portugal", "lv");
    assert_eq!(found.country_from_query.map(|c| c.as_str()), Some("PT"));
    assert!(found.total >= 5, "{}", found.total);
}

#[test]
fn a_concept_nobody_declares_in_a_country_offers_its_coordinator() {
    // Nobody in Liechtenstein declares tattoo artists.
    let found = run("tattoo artist Liechtenstein", "en");
    assert_eq!(found.total, 0, "{:?}", top(&found, 5));
    assert!(found.recognised.contains(&"tattoo_artist".to_owned()));
    let coordinator = found.coordinator.expect("the coordinator of Liechtenstein");
    assert_eq!(coordinator.country.as_str(), "LI");
    assert!(coordinator.national_coordinator);
}

#[test]
fn a_prefix_or_typo_in_another_language_counts_for_little() {
    // "crane" is one transposition from Portuguese "carne" (meat): crane first.
    let found = run("crane", "lv");
    let first = &found.hits[0];
    assert!(
        first
            .doc
            .competences
            .iter()
            .any(|c| c == "crane_operator" || c == "lifting_equipment"),
        "{:?}",
        top(&found, 5)
    );
    // "Kran" is not "Kranken…": crane authorities before nurses and physiotherapists.
    let found = run("Kran", "de");
    assert!(
        found.hits[0]
            .doc
            .competences
            .iter()
            .any(|c| c == "crane_operator" || c == "lifting_equipment"),
        "{:?}",
        top(&found, 5)
    );
}

#[test]
fn every_result_is_reachable_and_equals_are_not_alphabetical() {
    let found = INDEX.search(
        &Query {
            text: "ārsts".to_owned(),
            language: Some(LanguageCode::parse("lv").unwrap()),
            ..Query::default()
        },
        1000,
    );
    assert!(found.total >= 30, "{}", found.total);
    assert_eq!(found.hits.len(), found.total);
    // Equal scores: the narrower competence first.
    for pair in found.hits.windows(2) {
        if pair[0].score == pair[1].score {
            assert!(pair[0].doc.competences.len() <= pair[1].doc.competences.len());
        }
    }
}

#[test]
fn words_that_match_nothing_find_nothing() {
    assert_eq!(run("xqzvw", "en").total, 0);
    assert_eq!(run("Skorsteinsfeierkontoret", "en").total, 0);
}

#[test]
fn among_equals_the_national_authority_ranks_before_the_regional_and_the_local() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../taxonomy");
    let taxonomy = crate::taxonomy::read(&dir).expect("the taxonomy");
    let countries = crate::taxonomy::read_country_names(&dir).expect("the country names");
    // Three chambers alike in all but their territory, the local one first in the registry
    // and the national one last, so that neither the id nor the file order can explain the
    // result.
    let chamber = |id: i32, name: &str, level: AuthorityLevel| Doc {
        id,
        country: CountryCode::parse("DE").unwrap(),
        name: name.to_owned(),
        name_en: None,
        other_names: Vec::new(),
        acronym: None,
        city: "Berlin".to_owned(),
        level,
        areas: vec![LegislativeArea::parse("professional_qualifications").unwrap()],
        competences: vec!["doctor".to_owned()],
        national_coordinator: false,
    };
    let index = Index::build(
        1,
        vec![
            chamber(1, "Ärztekammer Bezirk Mitte", AuthorityLevel::Local),
            chamber(2, "Ärztekammer Berlin", AuthorityLevel::Regional),
            chamber(3, "Bundesärztekammer", AuthorityLevel::National),
        ],
        &taxonomy,
        Arc::new(countries),
    );
    let found = index.search(
        &Query {
            text: "Arzt".to_owned(),
            language: Some(LanguageCode::parse("de").unwrap()),
            ..Query::default()
        },
        10,
    );
    let ids: Vec<i32> = found.hits.iter().map(|h| h.doc.id).collect();
    assert_eq!(ids, [3, 2, 1], "{:?}", top(&found, 3));
    assert!(found.hits.windows(2).all(|p| p[0].score == p[1].score));
}

/// What a search found, in a form two indexes can be compared by: the hits' ids, scores and
/// reasons, the total, the country and concepts recognised and the coordinator offered.
fn outcome(found: &Found) -> String {
    let hits: Vec<String> = found
        .hits
        .iter()
        .map(|h| format!("{}:{}:{:?}", h.doc.id, h.score, h.reasons))
        .collect();
    format!(
        "{} {:?} {:?} {:?} {hits:?}",
        found.total,
        found.country_from_query,
        found.recognised,
        found.coordinator.as_ref().map(|d| d.id)
    )
}

#[test]
fn an_index_updated_in_place_ranks_as_one_built_whole() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../taxonomy");
    let taxonomy = crate::taxonomy::read(&dir).expect("the taxonomy");
    let countries = Arc::new(crate::taxonomy::read_country_names(&dir).expect("country names"));
    let registry = crate::demo::search_docs();
    // Before: every fourth authority is not registered yet, and every seventh reads
    // differently (another name with words no other authority has, another English name,
    // acronym and city, no competences, another name in a second language).
    let added = |doc: &Doc| doc.id % 4 == 0;
    let edited = |doc: &Doc| doc.id % 7 == 0 && !added(doc);
    let before: Vec<Doc> = registry
        .iter()
        .filter(|doc| !added(doc))
        .map(|doc| {
            if !edited(doc) {
                return doc.clone();
            }
            Doc {
                name: format!("Zqxvorn {} Blimpkast", doc.city),
                name_en: Some("Quarantine Office for Zqxvorn".to_owned()),
                other_names: vec!["Elektriķu pārbaudes birojs".to_owned()],
                acronym: Some("ZQX".to_owned()),
                city: "Zqxvornstadt".to_owned(),
                competences: Vec::new(),
                ..doc.clone()
            }
        })
        .collect();
    let changed: Vec<Doc> = registry
        .iter()
        .filter(|doc| added(doc) || edited(doc))
        .cloned()
        .collect();
    let mut updated = Index::build(1, before, &taxonomy, countries.clone());
    updated.update(2, changed);
    // The whole build reads the registry in another order than the update left it in.
    let mut shuffled = registry.clone();
    shuffled.reverse();
    let built = Index::build(2, shuffled, &taxonomy, countries);
    assert_eq!(updated.len(), built.len());

    let mut queries: Vec<(String, &str)> = TABLE
        .iter()
        .map(|(text, reader, _)| (text.to_string(), *reader))
        .collect();
    // What the edited authorities were called before (gone now), and prefixes and typos of
    // what they and the added ones are called now.
    for doc in registry.iter().filter(|doc| added(doc) || edited(doc)) {
        let name: String = doc.name.chars().take(6).collect();
        let typo: String = doc.name.chars().skip(1).collect();
        queries.push((name, "en"));
        queries.push((typo, "en"));
        queries.push((doc.city.clone(), "en"));
    }
    for text in [
        "Zqxvorn",
        "zqx",
        "Blimpkast",
        "Quarantine Office",
        "Elektriķu pārbaudes",
    ] {
        queries.push((text.to_owned(), "lv"));
    }
    queries.push((String::new(), "en"));
    let mut failures = Vec::new();
    for (text, reader) in &queries {
        for country in [None, Some(CountryCode::parse("LV").unwrap())] {
            let query = Query {
                text: text.clone(),
                country,
                language: Some(LanguageCode::parse(reader).unwrap()),
                ..Query::default()
            };
            let (a, b) = (updated.search(&query, 50), built.search(&query, 50));
            if outcome(&a) != outcome(&b) {
                failures.push(format!(
                    "{text:?} ({reader}, {country:?}):\n  updated {}\n  built   {}",
                    outcome(&a),
                    outcome(&b)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} queries differ:\n{}",
        failures.len(),
        queries.len() * 2,
        failures.join("\n")
    );
}
