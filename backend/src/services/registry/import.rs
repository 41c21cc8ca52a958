//! The CSV import of authorities: all rows or none, idempotent by each row's `ref`.

use super::*;

/// One parsed row of an import.
pub(super) struct ImportRow {
    line: u64,
    reference: String,
    record: AuthorityInput,
}

pub(super) fn split_list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// The column a field error of `check_authority` is about.
pub(super) fn column_of(field: &str) -> &str {
    field.split('.').next().unwrap_or(field)
}

/// Line numbers of a text's records, read in order: counts each stretch of the text once.
struct LineCounter<'t> {
    text: &'t str,
    counted_to: usize,
    newlines: u64,
}

impl<'t> LineCounter<'t> {
    fn new(text: &'t str) -> Self {
        LineCounter {
            text,
            counted_to: 0,
            newlines: 0,
        }
    }

    /// The line (from 1) of the first character at or after `byte` that is no line break.
    fn line_at(&mut self, byte: usize) -> u64 {
        let rest = self.text.get(byte..).unwrap_or_default();
        let start = byte + (rest.len() - rest.trim_start_matches(['\r', '\n']).len());
        if start > self.counted_to {
            let stretch = self.text.get(self.counted_to..start).unwrap_or_default();
            self.newlines += stretch.matches('\n').count() as u64;
            self.counted_to = start;
        }
        self.newlines + 1
    }
}

fn row_error(line: u64, column: &str, code: FieldCode) -> RowError {
    RowError {
        line,
        column: column.to_owned(),
        code,
        params: FieldParams::default(),
    }
}

/// Reads the CSV file into rows, or every problem with it: a pure function of the file, the
/// coordinator's `scope` (which rows it may import) and the taxonomy (`known_concept`).
pub(super) fn parse_import(
    scope: &Coordinatorship,
    known_concept: &dyn Fn(&str) -> bool,
    bytes: &[u8],
) -> std::result::Result<Vec<ImportRow>, Vec<RowError>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(vec![row_error(1, "", FieldCode::NotUtf8)]);
    };
    // Spreadsheets in much of Europe save CSV with semicolons, since the comma is their
    // decimal mark; the header line says which one this file uses.
    let header_line = text.lines().next().unwrap_or_default();
    let delimiter = if header_line.matches(';').count() > header_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(header) => header.iter().map(|h| h.trim().to_lowercase()).collect(),
        Err(_) => return Err(vec![row_error(1, "", FieldCode::Unreadable)]),
    };
    let mut errors = Vec::new();
    for column in &header {
        if !IMPORT_COLUMNS.contains(&column.as_str()) {
            errors.push(row_error(1, column, FieldCode::UnknownColumn));
        }
    }
    for column in REQUIRED_IMPORT_COLUMNS {
        if !header.iter().any(|h| h == column) {
            errors.push(row_error(1, column, FieldCode::MissingColumn));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let position: HashMap<&str, usize> = header
        .iter()
        .enumerate()
        .map(|(i, h)| (h.as_str(), i))
        .collect();
    let mut rows = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut lines = LineCounter::new(text);
    for (index, record) in reader.records().enumerate() {
        // The line a spreadsheet shows: the reader's position is where it began reading, blank
        // lines it skipped included, so the line is counted from the record's first byte.
        let line = match record.as_ref().ok().and_then(|r| r.position()) {
            Some(position) => lines.line_at(usize::try_from(position.byte()).unwrap_or(0)),
            None => index as u64 + 2,
        };
        let Ok(record) = record else {
            errors.push(row_error(line, "", FieldCode::Unreadable));
            continue;
        };
        if rows.len() + errors.len() >= MAX_IMPORT_ROWS {
            return Err(vec![row_error(line, "", FieldCode::TooManyRows)]);
        }
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if record.len() != header.len() {
            errors.push(row_error(line, "", FieldCode::WrongColumnCount));
            continue;
        }
        // Every cell is one line of text, whichever column it is (see `shared::text`).
        let refused: Vec<RowError> = header
            .iter()
            .zip(record.iter())
            .filter(|(_, cell)| {
                shared::text::check("", cell, shared::text::TextKind::SingleLine).is_err()
            })
            .map(|(column, _)| row_error(line, column, FieldCode::ControlCharacter))
            .collect();
        if !refused.is_empty() {
            errors.extend(refused);
            continue;
        }
        let cell = |column: &str| position.get(column).map_or("", |&i| record[i].trim());
        if let Some(row) = parse_row(line, cell, scope, known_concept, &mut seen, &mut errors) {
            rows.push(row);
        }
    }
    if errors.is_empty() && rows.is_empty() {
        return Err(vec![row_error(1, "", FieldCode::Empty)]);
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

/// One row of the file: its authority, or its problems added to `errors`. `cell` reads a
/// column's trimmed cell (empty when the file has no such column); `seen` holds each `ref`'s
/// first line, so that a repeated one names it.
fn parse_row<'r>(
    line: u64,
    cell: impl Fn(&str) -> &'r str,
    scope: &Coordinatorship,
    known_concept: &dyn Fn(&str) -> bool,
    seen: &mut HashMap<String, u64>,
    errors: &mut Vec<RowError>,
) -> Option<ImportRow> {
    let optional = |column: &str| Some(cell(column).to_owned()).filter(|v| !v.is_empty());
    let before = errors.len();
    let reference = cell("ref").to_owned();
    check_reference(line, &reference, seen, errors);
    let country = CountryCode::parse(cell("country"));
    match country {
        Err(_) => errors.push(row_error(line, "country", FieldCode::Unknown)),
        Ok(country) if country != scope.country => {
            errors.push(row_error(line, "country", FieldCode::OtherCountry));
        }
        Ok(_) => {}
    }
    let name_language = LanguageCode::parse(cell("name_language"));
    if name_language.is_err() {
        errors.push(row_error(line, "name_language", FieldCode::Unknown));
    }
    let other_names = parse_other_names(line, cell("other_names"), errors);
    let areas = parse_areas(line, cell("areas"), errors);
    let level = parse_level(line, cell("level"), errors);
    let (Ok(country), Ok(name_language)) = (country, name_language) else {
        return None;
    };
    let input = AuthorityInput {
        country,
        name: cell("name").to_owned(),
        name_language,
        other_names,
        name_en: optional("name_en"),
        acronym: optional("acronym"),
        city: cell("city").to_owned(),
        level,
        address: optional("address"),
        email: optional("email"),
        phone: optional("phone"),
        areas,
        competences: split_list(cell("competences")).map(str::to_owned).collect(),
        coordinator: None,
    };
    let record = checked_record(line, &input, scope, known_concept, before, errors)?;
    Some(ImportRow {
        line,
        reference,
        record,
    })
}

/// Adds to `errors` what is wrong with a row's `ref`: missing, too long, or that of an
/// earlier line; notes it in `seen` otherwise.
fn check_reference(
    line: u64,
    reference: &str,
    seen: &mut HashMap<String, u64>,
    errors: &mut Vec<RowError>,
) {
    if reference.is_empty() {
        errors.push(row_error(line, "ref", FieldCode::Missing));
    } else if reference.chars().count() > MAX_REF_CHARS {
        errors.push(row_error(line, "ref", FieldCode::TooLong));
    } else if let Some(first) = seen.insert(reference.to_owned(), line) {
        // The first line is named so the coordinator finds the pair.
        errors.push(RowError {
            params: FieldParams {
                line: Some(first),
                ..FieldParams::default()
            },
            ..row_error(line, "ref", FieldCode::DuplicateOfLine)
        });
    }
}

/// The `language:name` pairs of the `other_names` cell; a pair that is not one is added to
/// `errors`.
fn parse_other_names(line: u64, cell: &str, errors: &mut Vec<RowError>) -> Vec<AuthorityName> {
    let mut other_names = Vec::new();
    for pair in split_list(cell) {
        match pair
            .split_once(':')
            .and_then(|(l, n)| Some((LanguageCode::parse(l.trim()).ok()?, n.trim())))
        {
            Some((language, name)) => other_names.push(AuthorityName {
                language,
                name: name.to_owned(),
            }),
            None => errors.push(row_error(line, "other_names", FieldCode::InvalidFormat)),
        }
    }
    other_names
}

/// The areas of the `areas` cell; an unknown code is added to `errors`.
fn parse_areas(line: u64, cell: &str, errors: &mut Vec<RowError>) -> Vec<LegislativeArea> {
    let mut areas = Vec::new();
    for code in split_list(cell) {
        match LegislativeArea::parse(code) {
            Ok(area) => areas.push(area),
            Err(_) => errors.push(row_error(line, "areas", FieldCode::Unknown)),
        }
    }
    areas
}

/// The territory of the `level` cell; an unknown one is added to `errors`.
fn parse_level(line: u64, cell: &str, errors: &mut Vec<RowError>) -> AuthorityLevel {
    // An empty cell is the default, as a missing column is.
    match cell {
        "" => AuthorityLevel::default(),
        code => AuthorityLevel::parse(code).unwrap_or_else(|| {
            errors.push(row_error(line, "level", FieldCode::Unknown));
            AuthorityLevel::default()
        }),
    }
}

/// The row's authority as `check_authority` accepts it, if the row has no other problem
/// (none added to `errors` since `before`) and the coordinator may manage it; otherwise its
/// problems are added to `errors`.
fn checked_record(
    line: u64,
    input: &AuthorityInput,
    scope: &Coordinatorship,
    known_concept: &dyn Fn(&str) -> bool,
    before: usize,
    errors: &mut Vec<RowError>,
) -> Option<AuthorityInput> {
    match check_authority(input, known_concept) {
        Ok(valid) => {
            let record = valid.into_inner();
            if errors.len() == before && !scope.may_manage(record.country, &record.areas, None) {
                errors.push(row_error(line, "areas", FieldCode::NotYours));
            }
            (errors.len() == before).then_some(record)
        }
        Err(fields) => {
            for field in fields {
                let column = column_of(&field.field);
                // The areas column's unknown codes were reported above already.
                if !(column == "areas" && errors[before..].iter().any(|e| e.column == "areas")) {
                    errors.push(RowError {
                        params: field.params().clone(),
                        ..row_error(line, column, field.code)
                    });
                }
            }
            None
        }
    }
}

/// What the registry holds for an imported authority, in the form of an import row.
pub(super) fn stored_record(
    row: &authority::Model,
    areas: &BTreeMap<i32, Vec<LegislativeArea>>,
    competences: &BTreeMap<i32, Vec<String>>,
    names: &BTreeMap<i32, Vec<AuthorityName>>,
) -> Option<AuthorityInput> {
    Some(AuthorityInput {
        country: CountryCode::parse(&row.country).ok()?,
        name: row.name.clone(),
        name_language: LanguageCode::parse(row.name_language.as_deref()?).ok()?,
        other_names: names.get(&row.id).cloned().unwrap_or_default(),
        name_en: row.name_en.clone(),
        acronym: row.acronym.clone(),
        city: row.city.clone(),
        level: AuthorityLevel::parse(&row.level).unwrap_or_default(),
        address: row.address.clone(),
        email: row.email.clone(),
        phone: row.phone.clone(),
        areas: areas.get(&row.id).cloned().unwrap_or_default(),
        competences: competences.get(&row.id).cloned().unwrap_or_default(),
        coordinator: row.coordinator.as_deref().and_then(CoordinatorKind::parse),
    })
}

/// Imports a CSV file of authorities: all rows or none. A row whose `ref` was imported before
/// updates that authority; one identical to the registry changes nothing, so importing the
/// same file twice is harmless.
pub async fn import(state: &AppState, user: &AuthUser, bytes: &[u8]) -> Result<ImportReport> {
    let scope = coordinatorship(&state.db, user)
        .await?
        .ok_or(AppError::Forbidden)?;
    let taxonomy = state.search.taxonomy();
    let rows =
        parse_import(&scope, &|id| taxonomy.get(id).is_some(), bytes).map_err(AppError::Rows)?;
    let (_turn, txn) = state.begin_write().await?;
    let existing = imported_authorities(&txn, scope.country).await?;
    let ids: Vec<i32> = existing.values().map(|a| a.id).collect();
    let children = StoredChildren::load(&txn, &ids).await?;
    let mut report = ImportReport {
        created: 0,
        updated: 0,
        unchanged: 0,
    };
    let mut refused = Vec::new();
    let mut changed = Vec::new();
    let now = Utc::now();
    for row in rows {
        match existing.get(&row.reference) {
            Some(current) => match update_imported(&txn, &scope, current, &children, row).await? {
                RowOutcome::Unchanged => report.unchanged += 1,
                RowOutcome::Updated => {
                    report.updated += 1;
                    changed.push(current.id);
                }
                RowOutcome::Refused(error) => refused.push(error),
            },
            None => {
                changed.push(create_imported(&txn, user, now, &row).await?);
                report.created += 1;
            }
        }
    }
    if !refused.is_empty() {
        txn.rollback().await?;
        return Err(AppError::Rows(refused));
    }
    if report.created + report.updated > 0 {
        audit(
            &txn,
            state,
            user,
            "registry_imported",
            serde_json::json!({ "created": report.created, "updated": report.updated }),
        )
        .await?;
        bump_version(&txn, Changed::Authorities(&changed)).await?;
    }
    txn.commit().await?;
    Ok(report)
}

/// The authorities of `country` imported before, by their `ref`.
async fn imported_authorities(
    db: &impl ConnectionTrait,
    country: CountryCode,
) -> Result<HashMap<String, authority::Model>> {
    Ok(authority::Entity::find()
        .filter(authority::Column::Country.eq(country.as_str()))
        .filter(authority::Column::ImportRef.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|a| Some((a.import_ref.clone()?, a)))
        .collect())
}

/// The areas, competences and other names the registry holds for some authorities, by
/// authority id, for comparing each import row with what it would change.
struct StoredChildren {
    areas: BTreeMap<i32, Vec<LegislativeArea>>,
    competences: BTreeMap<i32, Vec<String>>,
    names: BTreeMap<i32, Vec<AuthorityName>>,
}

impl StoredChildren {
    /// Reads them for the authorities `ids`, 500 ids to a query.
    async fn load(db: &impl ConnectionTrait, ids: &[i32]) -> Result<StoredChildren> {
        let mut areas: BTreeMap<i32, Vec<LegislativeArea>> = BTreeMap::new();
        let mut competences: BTreeMap<i32, Vec<String>> = BTreeMap::new();
        let mut names: BTreeMap<i32, Vec<AuthorityName>> = BTreeMap::new();
        for chunk in ids.chunks(500) {
            for row in authority_area::Entity::find()
                .filter(authority_area::Column::AuthorityId.is_in(chunk.iter().copied()))
                .all(db)
                .await?
            {
                if let Ok(area) = LegislativeArea::parse(&row.area) {
                    areas.entry(row.authority_id).or_default().push(area);
                }
            }
            for row in authority_competence::Entity::find()
                .filter(authority_competence::Column::AuthorityId.is_in(chunk.iter().copied()))
                .all(db)
                .await?
            {
                competences
                    .entry(row.authority_id)
                    .or_default()
                    .push(row.concept);
            }
            for row in authority_name::Entity::find()
                .filter(authority_name::Column::AuthorityId.is_in(chunk.iter().copied()))
                .all(db)
                .await?
            {
                if let Ok(language) = LanguageCode::parse(&row.language) {
                    names
                        .entry(row.authority_id)
                        .or_default()
                        .push(AuthorityName {
                            language,
                            name: row.name,
                        });
                }
            }
        }
        for list in areas.values_mut() {
            list.sort();
        }
        for list in competences.values_mut() {
            list.sort();
        }
        Ok(StoredChildren {
            areas,
            competences,
            names,
        })
    }
}

/// What an import row did to the authority the registry holds under its `ref`.
enum RowOutcome {
    Unchanged,
    Updated,
    /// The coordinator may not manage the authority as the registry holds it.
    Refused(RowError),
}

/// Updates `current` from `row`, unless the row says what the registry holds already or the
/// coordinator may not manage the authority.
async fn update_imported(
    txn: &impl ConnectionTrait,
    scope: &Coordinatorship,
    current: &authority::Model,
    children: &StoredChildren,
    row: ImportRow,
) -> Result<RowOutcome> {
    let mut record = row.record;
    // An import does not appoint or dismiss coordinators.
    record.coordinator = current
        .coordinator
        .as_deref()
        .and_then(CoordinatorKind::parse);
    if holds_already(current, children, &record) {
        return Ok(RowOutcome::Unchanged);
    }
    if !scope.may_manage(
        scope.country,
        &children.areas.get(&current.id).cloned().unwrap_or_default(),
        coordinates(current),
    ) {
        return Ok(RowOutcome::Refused(row_error(
            row.line,
            "areas",
            FieldCode::NotYours,
        )));
    }
    let mut model: authority::ActiveModel = current.clone().into();
    fill(&mut model, &record);
    model.revision = Set(current.revision + 1);
    model.update(txn).await?;
    write_children(txn, current.id, &record).await?;
    Ok(RowOutcome::Updated)
}

/// Whether the registry holds `current` as `record` says already, other names in any order.
fn holds_already(
    current: &authority::Model,
    children: &StoredChildren,
    record: &AuthorityInput,
) -> bool {
    let mut stored = stored_record(
        current,
        &children.areas,
        &children.competences,
        &children.names,
    );
    if let Some(stored) = &mut stored {
        stored.other_names.sort_by_key(|n| n.language);
    }
    let mut compared = record.clone();
    compared.other_names.sort_by_key(|n| n.language);
    stored.as_ref() == Some(&compared)
}

/// Registers the authority of a row whose `ref` was not imported before; returns its id.
async fn create_imported(
    txn: &impl ConnectionTrait,
    user: &AuthUser,
    now: chrono::DateTime<Utc>,
    row: &ImportRow,
) -> Result<i32> {
    let mut model = authority::ActiveModel {
        registered_by: Set(Some(user.user_id.0)),
        import_ref: Set(Some(row.reference.clone())),
        created_at: Set(now),
        ..Default::default()
    };
    fill(&mut model, &row.record);
    let saved = model.insert(txn).await?;
    write_children(txn, saved.id, &row.record).await?;
    Ok(saved.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn national(country: &str) -> Coordinatorship {
        Coordinatorship {
            country: CountryCode::parse(country).unwrap(),
            kind: CoordinatorKind::National,
            areas: Vec::new(),
        }
    }

    fn known(concept: &str) -> bool {
        ["electrician", "dentist"].contains(&concept)
    }

    fn refusals(result: std::result::Result<Vec<ImportRow>, Vec<RowError>>) -> Vec<String> {
        let errors = match result {
            Ok(rows) => panic!("{} rows accepted", rows.len()),
            Err(errors) => errors,
        };
        errors
            .iter()
            .map(|e| {
                let line = e
                    .params
                    .line
                    .map(|l| format!(" (line {l})"))
                    .unwrap_or_default();
                format!("{} {} {}{line}", e.line, e.column, e.code)
            })
            .collect()
    }

    #[test]
    fn a_spreadsheets_file_reads_with_its_byte_order_mark_and_semicolons() {
        let file = "\u{feff}ref;country;name;name_language;city;level;areas;competences\n\
            lv-1;LV;Rīgas Būvvalde;lv;Rīga;local;services;electrician\n\
            \n\
            lv-2;LV;\"Zobārstu; asociācija\";lv;Rīga;;professional_qualifications;dentist\n";
        let rows = parse_import(&national("LV"), &known, file.as_bytes())
            .unwrap_or_else(|errors| panic!("{errors:?}"));
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].line, rows[0].reference.as_str()), (2, "lv-1"));
        assert_eq!(rows[0].record.level, AuthorityLevel::Local);
        // The blank line is skipped, and the next row keeps its own line number.
        assert_eq!(rows[1].line, 4);
        assert_eq!(rows[1].record.name, "Zobārstu; asociācija");
        assert_eq!(rows[1].record.level, AuthorityLevel::National);
    }

    #[test]
    fn the_header_is_checked_before_any_row() {
        let file = "ref,country,name,city,areas,colour\nx,LV,A,Rīga,services,red\n";
        assert_eq!(
            refusals(parse_import(&national("LV"), &known, file.as_bytes())),
            ["1 colour unknown_column", "1 name_language missing_column"]
        );
    }

    #[test]
    fn each_bad_row_is_named_with_its_column() {
        let file = "ref,country,name,name_language,city,areas,competences\n\
            a,LV,Iestāde,lv,Rīga,services,astronaut\n\
            a,LV,Otra,lv,Rīga,services,\n\
            b,EE,Asutus,et,Tallinn,services,\n\
            c,LV,Iestāde,lv,Rīga\n";
        assert_eq!(
            refusals(parse_import(&national("LV"), &known, file.as_bytes())),
            [
                "2 competences unknown",
                "3 ref duplicate_of_line (line 2)",
                "4 country other_country",
                "5  wrong_column_count",
            ]
        );
    }

    #[test]
    fn an_area_coordinator_imports_only_its_areas() {
        let scope = Coordinatorship {
            areas: vec![LegislativeArea::parse("services").unwrap()],
            kind: CoordinatorKind::Area,
            ..national("LV")
        };
        let file = "ref,country,name,name_language,city,areas\n\
            a,LV,Iestāde,lv,Rīga,services\n\
            b,LV,Cita,lv,Rīga,professional_qualifications\n";
        assert_eq!(
            refusals(parse_import(&scope, &known, file.as_bytes())),
            ["3 areas not_yours"]
        );
    }

    #[test]
    fn files_that_are_not_csv_text_or_hold_nothing_are_refused_whole() {
        let import = |bytes: &[u8]| refusals(parse_import(&national("LV"), &known, bytes));
        assert_eq!(import(b"ref,name\n\xff\xfe"), ["1  not_utf8"]);
        assert_eq!(
            import("ref,country,name,name_language,city,areas\n\n".as_bytes()),
            ["1  empty"]
        );
        let mut many = String::from("ref,country,name,name_language,city,areas\n");
        for i in 0..=MAX_IMPORT_ROWS {
            many.push_str(&format!("r{i},LV,Iestāde {i},lv,Rīga,services\n"));
        }
        assert_eq!(
            import(many.as_bytes()),
            [format!("{}  too_many_rows", MAX_IMPORT_ROWS + 2)]
        );
    }
}
