//! Alert kinds as data: `alerts/kinds.toml` says, in no language, which kinds exist, their
//! fixed fields, who receives them and the time rules they keep; `alerts/text/<language>.toml`
//! holds every name, label and option in each of the 26 languages. The backend reads the files
//! and calls [`validate`], so a kind with a missing translation or an unknown field type stops
//! the server at start-up, naming the file, the entry and what is wrong.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::{CountryCode, LanguageCode, LegislativeArea};

/// The type of a fixed field, which decides how its value is read and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FieldType {
    /// One line of text: a name, a title, an identifier.
    Text,
    /// Several lines: a description, the scope of a decision.
    LongText,
    /// A calendar date.
    Date,
    /// A regulated profession of the taxonomy, by its id.
    Profession,
    /// A service activity of the taxonomy, by its id.
    Activity,
    /// One option of a pre-translated list.
    Choice,
    /// One of the 30 EEA countries.
    Country,
}

/// Who receives an alert of a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Recipients {
    /// Every EEA country, the sender's own included (its other authorities must know too).
    All,
    /// The countries the sender chooses (with the country a field names, if the kind says so).
    Chosen,
}

/// What the European Commission receives of an alert of a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CommissionCopy {
    /// Nothing: the Commission does not see these alerts.
    None,
    /// That the alert exists and its fields that are not personal data.
    WithoutPersonalData,
    /// Everything, personal data included.
    WithPersonalData,
}

/// The fields whose dates the time rules read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DateRoles {
    /// The day the decision was taken: never in the future, and the alert is due
    /// `due_days` after it.
    #[serde(default)]
    pub decided: Option<String>,
    /// The first day the decision applies.
    #[serde(default)]
    pub from: Option<String>,
    /// The last day the decision applies: never before `from` or `decided`, and the alert
    /// must be closed or withdrawn within `end_due_days` after it.
    #[serde(default)]
    pub until: Option<String>,
}

/// One fixed field of a kind in `kinds.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldDef {
    /// Its id, snake_case; its label is `[field] <id>` in every text file.
    pub id: String,
    /// How its value is read.
    #[serde(rename = "type")]
    pub field_type: FieldType,
    /// Whether an alert cannot be sent without it.
    #[serde(default)]
    pub required: bool,
    /// Whether it is personal data, seen only by those with a need to know.
    #[serde(default)]
    pub personal: bool,
    /// For a `choice`, the id of its list.
    #[serde(default)]
    pub list: Option<String>,
}

/// One kind of alert in `kinds.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindDef {
    /// Its stable id, snake_case.
    pub id: String,
    /// The legislative area it belongs to, as a code.
    pub area: String,
    /// Who receives it.
    pub recipients: Recipients,
    /// A field of type `country` whose country always receives it (the provider's country
    /// of establishment).
    #[serde(default)]
    pub always_to: Option<String>,
    /// What the Commission receives.
    pub commission: CommissionCopy,
    /// The fields that together name the person or business it is about, in the order they
    /// are read (given names, surname): what the check page searches.
    #[serde(default)]
    pub subject: Vec<String>,
    /// The field naming the profession or activity concerned, which routes it to the
    /// authorities competent for it.
    #[serde(default)]
    pub concept: Option<String>,
    /// The fields the time rules read.
    #[serde(default)]
    pub dates: DateRoles,
    /// Days after the decision by which it must be sent; a later one records why.
    #[serde(default)]
    pub due_days: Option<u16>,
    /// Days after the decision's end by which it must be closed or withdrawn.
    #[serde(default)]
    pub end_due_days: Option<u16>,
    /// Days after it was closed or withdrawn until its personal data is blocked.
    pub block_after_days: u16,
    /// Days after it was closed or withdrawn until its personal data is deleted.
    pub delete_after_days: u16,
    /// Its fields, in the order the form shows them.
    pub field: Vec<FieldDef>,
}

/// A pre-translated list of options for `choice` fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListDef {
    /// The list's id, snake_case.
    pub id: String,
    /// Its options, snake_case.
    pub options: Vec<String>,
}

/// `kinds.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindsFile {
    /// The countries whose alert coordinator approves every alert its authorities send.
    #[serde(default)]
    pub approval: Vec<String>,
    /// The lists of `choice` fields.
    #[serde(default)]
    pub list: Vec<ListDef>,
    /// The kinds.
    #[serde(default)]
    pub kind: Vec<KindDef>,
}

/// A kind's texts in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct KindText {
    /// Its name, e.g. "Professional qualifications alert".
    pub name: String,
    /// The law it rests on.
    pub legal_basis: String,
    /// One sentence on when to send it.
    pub description: String,
}

/// `text/<language>.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindTexts {
    /// Each kind's texts, by kind id.
    #[serde(default)]
    pub kind: BTreeMap<String, KindText>,
    /// Each field's label, by field id.
    #[serde(default)]
    pub field: BTreeMap<String, String>,
    /// Each option's label, by `<list>.<option>`.
    #[serde(default)]
    pub list: BTreeMap<String, String>,
}

/// A field of a valid kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Its id.
    pub id: String,
    /// Its type.
    pub field_type: FieldType,
    /// Whether it must be filled to send.
    pub required: bool,
    /// Whether it is personal data.
    pub personal: bool,
    /// A `choice` field's list, whose options' labels are `[list] <list>.<option>`.
    pub list: Option<String>,
    /// A `choice` field's options.
    pub options: Vec<String>,
}

/// A kind of a valid [`AlertKinds`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kind {
    /// Its id.
    pub id: String,
    /// Its legislative area.
    pub area: LegislativeArea,
    /// Who receives it.
    pub recipients: Recipients,
    /// The field whose country always receives it.
    pub always_to: Option<String>,
    /// What the Commission receives.
    pub commission: CommissionCopy,
    /// The fields naming whom it is about.
    pub subject: Vec<String>,
    /// The field naming the profession or activity.
    pub concept: Option<String>,
    /// The fields the time rules read.
    pub dates: DateRoles,
    /// Days after the decision by which it must be sent.
    pub due_days: Option<u16>,
    /// Days after the decision's end by which it must be closed or withdrawn.
    pub end_due_days: Option<u16>,
    /// Days after it ended until its personal data is blocked.
    pub block_after_days: u16,
    /// Days after it ended until its personal data is deleted.
    pub delete_after_days: u16,
    /// Its fields, in form order.
    pub fields: Vec<Field>,
}

impl Kind {
    /// The field with this id.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// Whether the Commission receives alerts of this kind at all.
    pub fn reaches_commission(&self) -> bool {
        self.commission != CommissionCopy::None
    }
}

/// The alert kinds and their texts, valid: every kind's fields are known types, every
/// reference between them resolves, and every language has every text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AlertKinds {
    /// The kinds, in file order.
    pub kinds: Vec<Kind>,
    /// The countries whose alert coordinator approves before an alert goes.
    pub approval: BTreeSet<CountryCode>,
    /// The texts of each language.
    pub texts: BTreeMap<LanguageCode, KindTexts>,
}

impl AlertKinds {
    /// The kind with this id.
    pub fn get(&self, id: &str) -> Option<&Kind> {
        self.kinds.iter().find(|k| k.id == id)
    }

    /// Whether alerts sent by authorities of `country` wait for its alert coordinator.
    pub fn needs_approval(&self, country: CountryCode) -> bool {
        self.approval.contains(&country)
    }

    /// The texts of `language` (English when it has none, which [`validate`] rules out).
    pub fn texts(&self, language: LanguageCode) -> &KindTexts {
        self.texts
            .get(&language)
            .or_else(|| self.texts.get(&LanguageCode::ENGLISH))
            .unwrap_or_else(|| empty_texts())
    }
}

fn empty_texts() -> &'static KindTexts {
    static EMPTY: std::sync::OnceLock<KindTexts> = std::sync::OnceLock::new();
    EMPTY.get_or_init(KindTexts::default)
}

/// What is wrong with the kinds' files, at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindsError {
    /// `kinds.toml` or `text/<language>.toml`.
    pub file: String,
    /// The kind, field, list or text key.
    pub entry: String,
    /// What is wrong, in English, for whoever maintains the files.
    pub problem: String,
}

impl std::fmt::Display for KindsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.entry, self.problem)
    }
}

fn is_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Checks the kinds and the texts of every language.
pub fn validate(
    file: KindsFile,
    texts: BTreeMap<LanguageCode, KindTexts>,
) -> Result<AlertKinds, Vec<KindsError>> {
    let mut errors = Vec::new();
    let structure = |entry: &str, problem: String| KindsError {
        file: "kinds.toml".to_owned(),
        entry: entry.to_owned(),
        problem,
    };
    let mut approval = BTreeSet::new();
    for code in &file.approval {
        match CountryCode::parse(code) {
            Ok(country) => {
                approval.insert(country);
            }
            Err(_) => errors.push(structure("approval", format!("`{code}` is no EEA country"))),
        }
    }
    let mut lists: BTreeMap<&str, &ListDef> = BTreeMap::new();
    for list in &file.list {
        if !is_snake(&list.id) || lists.insert(&list.id, list).is_some() {
            errors.push(structure(
                &list.id,
                "a list id is snake_case and unique".into(),
            ));
        }
        let unique: BTreeSet<&String> = list.options.iter().collect();
        if list.options.is_empty()
            || unique.len() != list.options.len()
            || !list.options.iter().all(|o| is_snake(o))
        {
            errors.push(structure(
                &list.id,
                "a list has snake_case options, each once".into(),
            ));
        }
    }
    let mut kinds = Vec::new();
    let mut ids = BTreeSet::new();
    // Field ids share one label across kinds, so a field id means one type everywhere.
    let mut field_types: BTreeMap<&str, FieldType> = BTreeMap::new();
    for def in &file.kind {
        if !is_snake(&def.id) || !ids.insert(def.id.as_str()) {
            errors.push(structure(
                &def.id,
                "a kind id is snake_case and unique".into(),
            ));
        }
        let area = LegislativeArea::parse(&def.area);
        if area.is_err() {
            errors.push(structure(&def.id, format!("unknown area `{}`", def.area)));
        }
        if def.delete_after_days < def.block_after_days {
            errors.push(structure(
                &def.id,
                "personal data is deleted no earlier than it is blocked".into(),
            ));
        }
        let mut fields = Vec::new();
        let mut seen = BTreeSet::new();
        for field in &def.field {
            let entry = format!("{}.{}", def.id, field.id);
            if !is_snake(&field.id) || !seen.insert(field.id.as_str()) {
                errors.push(structure(
                    &entry,
                    "a field id is snake_case and unique".into(),
                ));
            }
            if let Some(other) = field_types.insert(&field.id, field.field_type)
                && other != field.field_type
            {
                errors.push(structure(
                    &entry,
                    "the same field id has another type in another kind".into(),
                ));
            }
            let options = match (field.field_type, &field.list) {
                (FieldType::Choice, Some(list)) => match lists.get(list.as_str()) {
                    Some(list) => list.options.clone(),
                    None => {
                        errors.push(structure(&entry, format!("unknown list `{list}`")));
                        Vec::new()
                    }
                },
                (FieldType::Choice, None) => {
                    errors.push(structure(&entry, "a choice names its list".into()));
                    Vec::new()
                }
                (_, Some(_)) => {
                    errors.push(structure(&entry, "only a choice has a list".into()));
                    Vec::new()
                }
                (_, None) => Vec::new(),
            };
            fields.push(Field {
                id: field.id.clone(),
                field_type: field.field_type,
                required: field.required,
                personal: field.personal,
                list: field.list.clone(),
                options,
            });
        }
        let typed = |id: &Option<String>, types: &[FieldType], role: &str, errors: &mut Vec<_>| {
            if let Some(id) = id
                && !fields
                    .iter()
                    .any(|f| &f.id == id && types.contains(&f.field_type))
            {
                errors.push(structure(
                    &def.id,
                    format!("`{role}` names `{id}`, which is no field of type {types:?}"),
                ));
            }
        };
        typed(
            &def.always_to,
            &[FieldType::Country],
            "always_to",
            &mut errors,
        );
        typed(
            &def.concept,
            &[FieldType::Profession, FieldType::Activity],
            "concept",
            &mut errors,
        );
        typed(
            &def.dates.decided,
            &[FieldType::Date],
            "dates.decided",
            &mut errors,
        );
        typed(
            &def.dates.from,
            &[FieldType::Date],
            "dates.from",
            &mut errors,
        );
        typed(
            &def.dates.until,
            &[FieldType::Date],
            "dates.until",
            &mut errors,
        );
        for id in &def.subject {
            typed(
                &Some(id.clone()),
                &[FieldType::Text],
                "subject",
                &mut errors,
            );
        }
        if def.due_days.is_some() && def.dates.decided.is_none() {
            errors.push(structure(
                &def.id,
                "`due_days` counts from `dates.decided`".into(),
            ));
        }
        if def.end_due_days.is_some() && def.dates.until.is_none() {
            errors.push(structure(
                &def.id,
                "`end_due_days` counts from `dates.until`".into(),
            ));
        }
        if def.always_to.is_some() && def.recipients == Recipients::All {
            errors.push(structure(
                &def.id,
                "`always_to` is for kinds whose countries are chosen".into(),
            ));
        }
        if let Ok(area) = area {
            kinds.push(Kind {
                id: def.id.clone(),
                area,
                recipients: def.recipients,
                always_to: def.always_to.clone(),
                commission: def.commission,
                subject: def.subject.clone(),
                concept: def.concept.clone(),
                dates: def.dates.clone(),
                due_days: def.due_days,
                end_due_days: def.end_due_days,
                block_after_days: def.block_after_days,
                delete_after_days: def.delete_after_days,
                fields,
            });
        }
    }
    check_texts(&file, &field_types, &texts, &mut errors);
    if errors.is_empty() {
        Ok(AlertKinds {
            kinds,
            approval,
            texts,
        })
    } else {
        Err(errors)
    }
}

/// Every language has exactly the texts the kinds need, none blank and none left over.
fn check_texts(
    file: &KindsFile,
    field_types: &BTreeMap<&str, FieldType>,
    texts: &BTreeMap<LanguageCode, KindTexts>,
    errors: &mut Vec<KindsError>,
) {
    let kinds: BTreeSet<&str> = file.kind.iter().map(|k| k.id.as_str()).collect();
    let fields: BTreeSet<&str> = field_types.keys().copied().collect();
    let options: BTreeSet<String> = file
        .list
        .iter()
        .flat_map(|l| l.options.iter().map(move |o| format!("{}.{o}", l.id)))
        .collect();
    for language in LanguageCode::all() {
        let name = format!("text/{language}.toml");
        let error = |entry: &str, problem: &str| KindsError {
            file: name.clone(),
            entry: entry.to_owned(),
            problem: problem.to_owned(),
        };
        let Some(own) = texts.get(&language) else {
            errors.push(error("", "the language has no text file"));
            continue;
        };
        for kind in &kinds {
            match own.kind.get(*kind) {
                None => errors.push(error(kind, "missing kind texts")),
                Some(text)
                    if [&text.name, &text.legal_basis, &text.description]
                        .iter()
                        .any(|t| t.trim().is_empty()) =>
                {
                    errors.push(error(kind, "a kind text is blank"));
                }
                Some(_) => {}
            }
        }
        let blank_or_missing = |map: &BTreeMap<String, String>, key: &str| {
            map.get(key).is_none_or(|text| text.trim().is_empty())
        };
        for field in &fields {
            if blank_or_missing(&own.field, field) {
                errors.push(error(field, "missing or blank field label"));
            }
        }
        for option in &options {
            if blank_or_missing(&own.list, option) {
                errors.push(error(option, "missing or blank option label"));
            }
        }
        for extra in own.kind.keys().filter(|k| !kinds.contains(k.as_str())) {
            errors.push(error(extra, "a text for no kind"));
        }
        for extra in own.field.keys().filter(|k| !fields.contains(k.as_str())) {
            errors.push(error(extra, "a label for no field"));
        }
        for extra in own.list.keys().filter(|k| !options.contains(*k)) {
            errors.push(error(extra, "a label for no option"));
        }
    }
}
