//! An alert as its sender writes it, and its one check: the form runs it as the official
//! types, the server again before anything is stored. The fixed fields are whatever the kind
//! defines ([`super::kinds`]); each is sent as text and read by its type.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use super::kinds::{AlertKinds, FieldType, Kind, Recipients};
use crate::error::{FieldCode, FieldError};
use crate::placeholder::Completeness;
use crate::request::{LangText, MAX_FREE_TEXT_CHARS, MAX_SUBJECT_FIELD_CHARS, check_message};
use crate::taxonomy::{ConceptKind, Taxonomy};
use crate::text::TextKind;
use crate::{CountryCode, Date};

/// What the sender composes. Every value is text on the wire, so that a wrong country or date
/// is refused with the field it belongs to rather than as unreadable JSON.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertDraftInput {
    /// The kind's id, e.g. `professional_qualification`.
    pub kind: String,
    /// The fixed fields' values, by field id (dates as `YYYY-MM-DD`, countries as codes,
    /// professions and activities as taxonomy ids, choices as option ids).
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    /// The countries it goes to, for kinds whose countries are chosen.
    #[serde(default)]
    pub countries: Vec<String>,
    /// A comment for the recipients, in the language it is written in.
    #[serde(default)]
    pub comment: Option<LangText>,
    /// Why it is sent after its due day.
    #[serde(default)]
    pub late_reason: Option<LangText>,
}

/// A fixed field's value, read by its type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldValue {
    /// A text, trimmed.
    Text(String),
    /// A day.
    Date(Date),
    /// A profession's or activity's taxonomy id.
    Concept(String),
    /// A list option's id.
    Choice(String),
    /// A country.
    Country(CountryCode),
}

impl FieldValue {
    /// The value as the wire and the database carry it.
    pub fn to_wire(&self) -> String {
        match self {
            FieldValue::Text(text) | FieldValue::Concept(text) | FieldValue::Choice(text) => {
                text.clone()
            }
            FieldValue::Date(date) => date.to_string(),
            FieldValue::Country(country) => country.as_str().to_owned(),
        }
    }

    fn date(&self) -> Option<Date> {
        match self {
            FieldValue::Date(date) => Some(*date),
            _ => None,
        }
    }
}

/// What the check asks of the taxonomy: whether a concept exists and of which kind. The SPA
/// answers from the taxonomy it downloaded, the server from the one it loaded.
pub trait ConceptLookup {
    /// The kind of the concept with this id, if there is one.
    fn concept_kind(&self, id: &str) -> Option<ConceptKind>;
}

impl ConceptLookup for Taxonomy {
    fn concept_kind(&self, id: &str) -> Option<ConceptKind> {
        self.get(id).map(|concept| concept.kind)
    }
}

/// A draft that passed [`check_alert_draft`]: its values read by type, its countries resolved
/// (every country for a kind sent to all; the chosen ones with the country a field names).
/// Only the check makes one, so whatever takes it stores nothing unchecked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedAlertDraft {
    kind: String,
    fields: BTreeMap<String, FieldValue>,
    countries: Vec<CountryCode>,
    comment: Option<LangText>,
    late_reason: Option<LangText>,
}

impl CheckedAlertDraft {
    /// The kind's id.
    pub fn kind(&self) -> &str {
        &self.kind
    }
    /// The filled fields, by id.
    pub fn fields(&self) -> &BTreeMap<String, FieldValue> {
        &self.fields
    }
    /// The countries it goes to, in code order, each once.
    pub fn countries(&self) -> &[CountryCode] {
        &self.countries
    }
    /// The comment.
    pub fn comment(&self) -> Option<&LangText> {
        self.comment.as_ref()
    }
    /// Why it is late.
    pub fn late_reason(&self) -> Option<&LangText> {
        self.late_reason.as_ref()
    }
}

fn field(name: impl Into<String>, code: FieldCode) -> FieldError {
    FieldError::new(name, code)
}

/// Reads one field's value by its type, or says why not.
fn read_value(
    spec: &super::kinds::Field,
    raw: &str,
    concepts: &impl ConceptLookup,
) -> Result<FieldValue, FieldCode> {
    let text = raw.trim();
    match spec.field_type {
        FieldType::Text | FieldType::LongText => {
            let (kind, max) = if spec.field_type == FieldType::Text {
                (TextKind::SingleLine, MAX_SUBJECT_FIELD_CHARS)
            } else {
                (TextKind::MultiLine, MAX_FREE_TEXT_CHARS)
            };
            if text.chars().count() > max {
                return Err(FieldCode::TooLong);
            }
            crate::text::check("", text, kind).map_err(|error| error.code)?;
            Ok(FieldValue::Text(text.to_owned()))
        }
        FieldType::Date => Date::parse(text)
            .map(FieldValue::Date)
            .map_err(|error| match error {
                crate::date::DateError::Format => FieldCode::InvalidDate,
                crate::date::DateError::Nonexistent => FieldCode::NonexistentDate,
            }),
        FieldType::Profession | FieldType::Activity => {
            let wanted = if spec.field_type == FieldType::Profession {
                ConceptKind::Profession
            } else {
                ConceptKind::Activity
            };
            match concepts.concept_kind(text) {
                Some(kind) if kind == wanted => Ok(FieldValue::Concept(text.to_owned())),
                Some(_) => Err(FieldCode::WrongKind),
                None => Err(FieldCode::Unknown),
            }
        }
        FieldType::Choice => spec
            .options
            .iter()
            .any(|option| option == text)
            .then(|| FieldValue::Choice(text.to_owned()))
            .ok_or(FieldCode::Unknown),
        FieldType::Country => CountryCode::parse(text)
            .map(FieldValue::Country)
            .map_err(|_| FieldCode::UnknownCountry),
    }
}

/// Checks a draft. With [`Completeness::Draft`] missing fields are allowed (it is being
/// written) but what is filled must be valid; with [`Completeness::Complete`] it must be ready
/// to send on `today`: every required field, countries where the kind lets the sender choose,
/// and a reason when it is sent after its due day.
///
/// Every problem is reported with its field (`kind`, `fields.<id>`, `countries[<i>]`,
/// `late_reason.text`), so the form can mark each one.
pub fn check_alert_draft(
    kinds: &AlertKinds,
    concepts: &impl ConceptLookup,
    input: &AlertDraftInput,
    completeness: Completeness,
    today: Date,
) -> Result<CheckedAlertDraft, Vec<FieldError>> {
    check(kinds, concepts, input, completeness, today, today)
}

/// Checks the new content of an alert sent on `sent_on`, as [`check_alert_draft`] checks one
/// ready to send on `today`, but for its lateness: whether it needs a reason is judged by the
/// day it was sent, not the day it is modified. An alert sent in time and corrected weeks
/// later (its decision's end filled in) was not late; one sent late keeps needing its reason.
pub fn check_alert_modification(
    kinds: &AlertKinds,
    concepts: &impl ConceptLookup,
    input: &AlertDraftInput,
    today: Date,
    sent_on: Date,
) -> Result<CheckedAlertDraft, Vec<FieldError>> {
    check(
        kinds,
        concepts,
        input,
        Completeness::Complete,
        today,
        sent_on,
    )
}

/// The one check behind both: dates are checked against `today`, lateness on `sending_day`.
fn check(
    kinds: &AlertKinds,
    concepts: &impl ConceptLookup,
    input: &AlertDraftInput,
    completeness: Completeness,
    today: Date,
    sending_day: Date,
) -> Result<CheckedAlertDraft, Vec<FieldError>> {
    let complete = completeness == Completeness::Complete;
    let Some(kind) = kinds.get(input.kind.trim()) else {
        let code = if input.kind.trim().is_empty() {
            FieldCode::Missing
        } else {
            FieldCode::Unknown
        };
        return Err(vec![field("kind", code)]);
    };
    let mut errors = Vec::new();
    let mut fields = BTreeMap::new();
    for (id, raw) in &input.fields {
        let name = format!("fields.{id}");
        let Some(spec) = kind.field(id) else {
            errors.push(field(name, FieldCode::Unexpected));
            continue;
        };
        if raw.trim().is_empty() {
            continue;
        }
        match read_value(spec, raw, concepts) {
            Ok(value) => {
                fields.insert(id.clone(), value);
            }
            Err(code) => errors.push(field(name, code)),
        }
    }
    if complete {
        for spec in kind.fields.iter().filter(|f| f.required) {
            // A value given but refused has its own error already.
            if !fields.contains_key(&spec.id)
                && input
                    .fields
                    .get(&spec.id)
                    .is_none_or(|raw| raw.trim().is_empty())
            {
                errors.push(field(format!("fields.{}", spec.id), FieldCode::Missing));
            }
        }
    }
    check_dates(kind, &fields, today, &mut errors);
    let countries = resolve_countries(kind, input, &fields, complete, &mut errors);
    if let Some(comment) = &input.comment
        && let Err(problems) = check_message("comment.text", comment)
    {
        errors.extend(problems);
    }
    let late_reason = input
        .late_reason
        .as_ref()
        .filter(|reason| !reason.text.trim().is_empty())
        .cloned();
    if let Some(reason) = &late_reason
        && let Err(problems) = check_message("late_reason.text", reason)
    {
        errors.extend(problems);
    }
    if complete
        && late_reason.is_none()
        && days_left(kind, &fields, sending_day).is_some_and(|days| days < 0)
    {
        errors.push(field("late_reason.text", FieldCode::Missing));
    }
    if errors.is_empty() {
        Ok(CheckedAlertDraft {
            kind: kind.id.clone(),
            fields,
            countries,
            comment: input.comment.clone(),
            late_reason,
        })
    } else {
        Err(errors)
    }
}

/// The decision is not in the future, and its end is neither before it applies nor before it
/// was taken.
fn check_dates(
    kind: &Kind,
    fields: &BTreeMap<String, FieldValue>,
    today: Date,
    errors: &mut Vec<FieldError>,
) {
    let date = |role: &Option<String>| {
        role.as_ref()
            .and_then(|id| fields.get(id))
            .and_then(FieldValue::date)
    };
    let name = |role: &Option<String>| format!("fields.{}", role.as_deref().unwrap_or_default());
    let decided = date(&kind.dates.decided);
    let from = date(&kind.dates.from);
    let until = date(&kind.dates.until);
    if decided.is_some_and(|day| day > today) {
        errors.push(field(name(&kind.dates.decided), FieldCode::InFuture));
    }
    if let Some(until) = until
        && (from.is_some_and(|from| until < from) || decided.is_some_and(|day| until < day))
    {
        errors.push(field(name(&kind.dates.until), FieldCode::BeforeStart));
    }
}

/// The countries an alert goes to: all of them for a kind sent to all (the sender chooses
/// none), else the chosen ones, each once, with the country the kind's `always_to` field
/// names.
fn resolve_countries(
    kind: &Kind,
    input: &AlertDraftInput,
    fields: &BTreeMap<String, FieldValue>,
    complete: bool,
    errors: &mut Vec<FieldError>,
) -> Vec<CountryCode> {
    if kind.recipients == Recipients::All {
        if !input.countries.is_empty() {
            errors.push(field("countries", FieldCode::NotHere));
        }
        return CountryCode::all().collect();
    }
    let mut chosen = BTreeSet::new();
    for (index, code) in input.countries.iter().enumerate() {
        match CountryCode::parse(code.trim()) {
            Ok(country) if !chosen.insert(country) => {
                errors.push(field(format!("countries[{index}]"), FieldCode::Duplicate));
            }
            Ok(_) => {}
            Err(_) => errors.push(field(
                format!("countries[{index}]"),
                FieldCode::UnknownCountry,
            )),
        }
    }
    if let Some(FieldValue::Country(country)) =
        kind.always_to.as_ref().and_then(|id| fields.get(id))
    {
        chosen.insert(*country);
    }
    if complete && chosen.is_empty() {
        errors.push(field("countries", FieldCode::Missing));
    }
    chosen.into_iter().collect()
}

/// Days left on `today` until the alert is due (negative once it is late); `None` for a kind
/// without a due rule or before the decision's date is filled.
pub fn days_left(kind: &Kind, fields: &BTreeMap<String, FieldValue>, today: Date) -> Option<i64> {
    let decided = kind
        .dates
        .decided
        .as_ref()
        .and_then(|id| fields.get(id))
        .and_then(FieldValue::date)?;
    let due = decided.add_days(i64::from(kind.due_days?))?;
    Some(today.days_until(due))
}

/// Who must be reminded on `today` that a decision no longer applies: nobody while it applies
/// or once the alert is closed or withdrawn; the sender from the day after its last day; the
/// sending country's alert coordinators too once the kind's days to close it have passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EndReminder {
    /// The decision ended: the sender should close or withdraw the alert.
    Sender,
    /// The alert is late to close: the sender and its coordinators.
    SenderAndCoordinator,
}

/// The reminder due on `today` for an alert in force with these fields (see [`EndReminder`]).
pub fn end_reminder(
    kind: &Kind,
    fields: &BTreeMap<String, FieldValue>,
    in_force: bool,
    today: Date,
) -> Option<EndReminder> {
    if !in_force {
        return None;
    }
    let until = kind
        .dates
        .until
        .as_ref()
        .and_then(|id| fields.get(id))
        .and_then(FieldValue::date)?;
    if today <= until {
        return None;
    }
    let late = until.add_days(i64::from(kind.end_due_days.unwrap_or(0)))?;
    Some(if today > late {
        EndReminder::SenderAndCoordinator
    } else {
        EndReminder::Sender
    })
}

/// The fields without those that are personal data, for whoever has no need to know.
pub fn impersonal_fields(
    kind: &Kind,
    fields: &BTreeMap<String, FieldValue>,
) -> BTreeMap<String, FieldValue> {
    fields
        .iter()
        .filter(|(id, _)| kind.field(id).is_some_and(|spec| !spec.personal))
        .map(|(id, value)| (id.clone(), value.clone()))
        .collect()
}

/// The name of the person or business the alert is about, its subject fields in order, for
/// the check page's search and the list's title.
pub fn subject_name(kind: &Kind, fields: &BTreeMap<String, FieldValue>) -> String {
    kind.subject
        .iter()
        .filter_map(|id| match fields.get(id) {
            Some(FieldValue::Text(text)) => Some(text.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads stored values back by the kind's field types; a value the kind no longer knows (a
/// field removed from the files) is left out rather than shown unchecked.
pub fn read_stored(
    kind: &Kind,
    stored: &BTreeMap<String, String>,
    concepts: &impl ConceptLookup,
) -> BTreeMap<String, FieldValue> {
    stored
        .iter()
        .filter_map(|(id, raw)| {
            let spec = kind.field(id)?;
            // A profession removed from the taxonomy still names what the sender chose.
            let value = match spec.field_type {
                FieldType::Profession | FieldType::Activity => FieldValue::Concept(raw.clone()),
                _ => read_value(spec, raw, concepts).ok()?,
            };
            Some((id.clone(), value))
        })
        .collect()
}

/// Whether a name typed on the check page finds the person an alert is about: every word
/// typed matches a different word of the name, case and diacritics folded (`Ozolins` finds
/// `Ozoliņš`), with one typo forgiven in all (in a word of four letters or more, where one
/// wrong letter still leaves the word recognisable). Word order does not matter: a surname
/// typed first finds the same person.
pub fn name_matches(query: &str, subject: &str) -> bool {
    let typed = crate::search::words(query);
    let mut names = crate::search::words(subject);
    if typed.is_empty() {
        return false;
    }
    let mut typos = 0;
    for word in &typed {
        if let Some(at) = names.iter().position(|name| name == word) {
            names.swap_remove(at);
            continue;
        }
        let close = (word.chars().count() >= 4)
            .then(|| {
                names
                    .iter()
                    .position(|name| crate::search::within_one_edit(name, word))
            })
            .flatten();
        match close {
            Some(at) if typos == 0 => {
                typos += 1;
                names.swap_remove(at);
            }
            _ => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LanguageCode;
    use crate::alert::kinds::{KindText, KindTexts, KindsFile, validate};

    const KINDS: &str = r#"
approval = ["DE"]
[[list]]
id = "decision"
options = ["prohibition", "restriction"]

[[kind]]
id = "qualification"
area = "professional_qualifications"
recipients = "all"
commission = "none"
subject = ["given_names", "surname"]
concept = "profession"
dates = { decided = "decided_on", from = "valid_from", until = "valid_until" }
due_days = 3
end_due_days = 3
block_after_days = 3
delete_after_days = 180
field = [
  { id = "given_names", type = "text", required = true, personal = true },
  { id = "surname", type = "text", required = true, personal = true },
  { id = "profession", type = "profession", required = true },
  { id = "decision", type = "choice", list = "decision", required = true },
  { id = "decided_on", type = "date", required = true },
  { id = "valid_from", type = "date", required = true },
  { id = "valid_until", type = "date" },
]

[[kind]]
id = "services"
area = "services"
recipients = "chosen"
always_to = "establishment"
commission = "without_personal_data"
subject = ["given_names"]
block_after_days = 10
delete_after_days = 20
field = [
  { id = "given_names", type = "text", required = true, personal = true },
  { id = "establishment", type = "country", required = true },
  { id = "notes", type = "long_text" },
]
"#;

    struct Concepts;
    impl ConceptLookup for Concepts {
        fn concept_kind(&self, id: &str) -> Option<ConceptKind> {
            match id {
                "doctor" => Some(ConceptKind::Profession),
                "retail_trade" => Some(ConceptKind::Activity),
                _ => None,
            }
        }
    }

    fn texts() -> KindTexts {
        let kind = |name: &str| KindText {
            name: name.into(),
            legal_basis: "Art. 1".into(),
            description: "When.".into(),
        };
        let labels = |keys: &[&str]| {
            keys.iter()
                .map(|k| ((*k).to_owned(), format!("{k}!")))
                .collect()
        };
        KindTexts {
            kind: [
                ("qualification".to_owned(), kind("Q")),
                ("services".to_owned(), kind("S")),
            ]
            .into_iter()
            .collect(),
            field: labels(&[
                "given_names",
                "surname",
                "profession",
                "decision",
                "decided_on",
                "valid_from",
                "valid_until",
                "establishment",
                "notes",
            ]),
            list: labels(&["decision.prohibition", "decision.restriction"]),
        }
    }

    fn kinds() -> AlertKinds {
        let file: KindsFile = toml_like(KINDS);
        validate(file, LanguageCode::all().map(|l| (l, texts())).collect()).unwrap()
    }

    fn toml_like(source: &str) -> KindsFile {
        toml::from_str(source).unwrap()
    }

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn input(pairs: &[(&str, &str)]) -> AlertDraftInput {
        AlertDraftInput {
            kind: "qualification".into(),
            fields: pairs
                .iter()
                .map(|(k, v)| ((*k).into(), (*v).into()))
                .collect(),
            ..AlertDraftInput::default()
        }
    }

    fn complete() -> Vec<(&'static str, &'static str)> {
        vec![
            ("given_names", " Pēteris "),
            ("surname", "Ozols"),
            ("profession", "doctor"),
            ("decision", "prohibition"),
            ("decided_on", "2026-12-03"),
            ("valid_from", "2026-12-03"),
        ]
    }

    fn codes(result: Result<CheckedAlertDraft, Vec<FieldError>>) -> Vec<(String, FieldCode)> {
        result
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    #[test]
    fn a_complete_qualification_alert_goes_to_every_country() {
        let kinds = kinds();
        let checked = check_alert_draft(
            &kinds,
            &Concepts,
            &input(&complete()),
            Completeness::Complete,
            day("2026-12-04"),
        )
        .unwrap();
        assert_eq!(checked.countries().len(), 30);
        assert_eq!(
            checked.fields()["given_names"],
            FieldValue::Text("Pēteris".into())
        );
        let kind = kinds.get("qualification").unwrap();
        assert_eq!(subject_name(kind, checked.fields()), "Pēteris Ozols");
        assert_eq!(
            days_left(kind, checked.fields(), day("2026-12-04")),
            Some(2)
        );
        let open = impersonal_fields(kind, checked.fields());
        assert!(open.contains_key("profession") && !open.contains_key("surname"));
    }

    #[test]
    fn every_problem_is_named_with_its_field() {
        let mut pairs = complete();
        pairs.retain(|(k, _)| *k != "surname");
        pairs.push(("profession", "retail_trade"));
        pairs.push(("decision", "exile"));
        pairs.push(("nickname", "x"));
        pairs.push(("valid_until", "2026-12-01"));
        let pairs: BTreeMap<_, _> = pairs.into_iter().collect();
        let pairs: Vec<_> = pairs.into_iter().collect();
        let mut draft = input(&pairs);
        draft.countries = vec!["FR".into()];
        let found = codes(check_alert_draft(
            &kinds(),
            &Concepts,
            &draft,
            Completeness::Complete,
            day("2026-12-04"),
        ));
        for expected in [
            ("fields.surname", FieldCode::Missing),
            ("fields.profession", FieldCode::WrongKind),
            ("fields.decision", FieldCode::Unknown),
            ("fields.nickname", FieldCode::Unexpected),
            ("fields.valid_until", FieldCode::BeforeStart),
            ("countries", FieldCode::NotHere),
        ] {
            assert!(
                found.contains(&(expected.0.to_owned(), expected.1)),
                "{expected:?} in {found:?}"
            );
        }
    }

    #[test]
    fn a_decision_in_the_future_is_refused_and_a_late_one_needs_a_reason() {
        let kinds = kinds();
        let mut pairs = complete();
        pairs[4] = ("decided_on", "2026-12-05");
        assert_eq!(
            codes(check_alert_draft(
                &kinds,
                &Concepts,
                &input(&pairs),
                Completeness::Draft,
                day("2026-12-04")
            )),
            vec![("fields.decided_on".to_owned(), FieldCode::InFuture)]
        );
        // Decided on the 3rd, due on the 6th: on the 7th it is late.
        let late = input(&complete());
        assert_eq!(
            codes(check_alert_draft(
                &kinds,
                &Concepts,
                &late,
                Completeness::Complete,
                day("2026-12-07")
            )),
            vec![("late_reason.text".to_owned(), FieldCode::Missing)]
        );
        assert!(
            check_alert_draft(
                &kinds,
                &Concepts,
                &late,
                Completeness::Complete,
                day("2026-12-06")
            )
            .is_ok()
        );
        // A draft may be saved late without a reason; sending needs one.
        assert!(
            check_alert_draft(
                &kinds,
                &Concepts,
                &late,
                Completeness::Draft,
                day("2026-12-07")
            )
            .is_ok()
        );
        let explained = AlertDraftInput {
            late_reason: Some(LangText {
                text: "Lēmums saņemts vēlu.".into(),
                language: LanguageCode::parse("lv").unwrap(),
            }),
            ..late
        };
        assert!(
            check_alert_draft(
                &kinds,
                &Concepts,
                &explained,
                Completeness::Complete,
                day("2026-12-07")
            )
            .is_ok()
        );
    }

    #[test]
    fn a_modification_is_late_only_if_the_sending_was() {
        let kinds = kinds();
        // Decided on the 3rd, due on the 6th, sent on the 5th, modified on the 20th: it was
        // sent in time and needs no reason.
        let modified = input(&complete());
        assert!(
            check_alert_modification(
                &kinds,
                &Concepts,
                &modified,
                day("2026-12-20"),
                day("2026-12-05")
            )
            .is_ok()
        );
        // Sent on the 8th, late: the modification still needs the reason.
        assert_eq!(
            codes(check_alert_modification(
                &kinds,
                &Concepts,
                &modified,
                day("2026-12-20"),
                day("2026-12-08")
            )),
            vec![("late_reason.text".to_owned(), FieldCode::Missing)]
        );
        // Dates are still checked against the day of the modification.
        let mut pairs = complete();
        pairs[4] = ("decided_on", "2026-12-21");
        assert_eq!(
            codes(check_alert_modification(
                &kinds,
                &Concepts,
                &input(&pairs),
                day("2026-12-20"),
                day("2026-12-05")
            )),
            vec![("fields.decided_on".to_owned(), FieldCode::InFuture)]
        );
    }

    #[test]
    fn chosen_countries_always_include_the_named_one_each_once() {
        let kinds = kinds();
        let draft = AlertDraftInput {
            kind: "services".into(),
            fields: [("given_names", "Būve SIA"), ("establishment", "lv")]
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
            countries: vec!["EE".into(), "LT".into()],
            ..AlertDraftInput::default()
        };
        let checked = check_alert_draft(
            &kinds,
            &Concepts,
            &draft,
            Completeness::Complete,
            day("2026-12-04"),
        )
        .unwrap();
        let names: Vec<&str> = checked.countries().iter().map(|c| c.as_str()).collect();
        assert_eq!(
            names,
            ["LV", "LT", "EE"]
                .iter()
                .copied()
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>()
        );
        let bad = AlertDraftInput {
            countries: vec!["EE".into(), "XX".into(), "ee".into()],
            ..draft
        };
        assert_eq!(
            codes(check_alert_draft(
                &kinds,
                &Concepts,
                &bad,
                Completeness::Complete,
                day("2026-12-04")
            )),
            vec![
                ("countries[1]".to_owned(), FieldCode::UnknownCountry),
                ("countries[2]".to_owned(), FieldCode::Duplicate),
            ]
        );
    }

    #[test]
    fn unknown_or_blank_kinds_are_refused() {
        for (kind, code) in [("", FieldCode::Missing), ("tax", FieldCode::Unknown)] {
            let draft = AlertDraftInput {
                kind: kind.into(),
                ..AlertDraftInput::default()
            };
            assert_eq!(
                codes(check_alert_draft(
                    &kinds(),
                    &Concepts,
                    &draft,
                    Completeness::Draft,
                    day("2026-12-04")
                )),
                vec![("kind".to_owned(), code)]
            );
        }
    }

    #[test]
    fn reminders_start_the_day_after_the_decision_ends() {
        let kinds = kinds();
        let kind = kinds.get("qualification").unwrap();
        let mut pairs = complete();
        pairs.push(("valid_until", "2026-12-10"));
        let checked = check_alert_draft(
            &kinds,
            &Concepts,
            &input(&pairs),
            Completeness::Complete,
            day("2026-12-04"),
        )
        .unwrap();
        let at = |d: &str, in_force| end_reminder(kind, checked.fields(), in_force, day(d));
        assert_eq!(at("2026-12-10", true), None);
        assert_eq!(at("2026-12-11", true), Some(EndReminder::Sender));
        assert_eq!(at("2026-12-13", true), Some(EndReminder::Sender));
        assert_eq!(
            at("2026-12-14", true),
            Some(EndReminder::SenderAndCoordinator)
        );
        assert_eq!(at("2026-12-14", false), None);
    }

    #[test]
    fn names_are_found_without_diacritics_and_with_one_typo() {
        let name = "Pēteris Ozoliņš";
        assert!(name_matches("ozolins", name));
        assert!(name_matches("Ozoliņš Pēteris", name));
        assert!(name_matches("Peteris Ozolinš", name));
        assert!(name_matches("Petreis Ozolins", name), "one swap");
        assert!(name_matches("Peteris Ozolns", name), "one letter left out");
        assert!(!name_matches("Petreis Ozolns", name), "two typos");
        assert!(!name_matches("Jānis Ozoliņš", name));
        assert!(
            !name_matches("Ozoliņš Ozoliņš", name),
            "one name word per typed word"
        );
        assert!(!name_matches("  ", name));
    }

    #[test]
    fn a_missing_translation_stops_the_kinds() {
        let file = toml_like(KINDS);
        let mut all: BTreeMap<_, _> = LanguageCode::all().map(|l| (l, texts())).collect();
        all.get_mut(&LanguageCode::parse("mt").unwrap())
            .unwrap()
            .field
            .remove("surname");
        let errors = validate(file, all).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].file, "text/mt.toml");
        assert_eq!(errors[0].entry, "surname");
    }
}
