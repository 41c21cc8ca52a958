//! Authorities: profiles, registration and edits by coordinators, the taxonomy's labels.

use super::*;

/// An authority's profile in `language`, with what the caller may do with it.
pub async fn profile(
    state: &AppState,
    user: &AuthUser,
    id: i32,
    language: LanguageCode,
) -> Result<AuthorityProfile> {
    let db = &state.db;
    let found = authority::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let country = country_of(&found)?;
    let areas = areas_of(db, id).await?;
    let competences = authority_competence::Entity::find()
        .filter(authority_competence::Column::AuthorityId.eq(id))
        .order_by_asc(authority_competence::Column::Concept)
        .all(db)
        .await?
        .into_iter()
        .map(|row| CompetenceView {
            label: concept_label(state, &row.concept, language),
            concept: row.concept,
        })
        .collect();
    let other_names = authority_name::Entity::find()
        .filter(authority_name::Column::AuthorityId.eq(id))
        .order_by_asc(authority_name::Column::Language)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| {
            Some(AuthorityName {
                language: LanguageCode::parse(&row.language).ok()?,
                name: row.name,
            })
        })
        .collect();
    let registered_by = match found.registered_by {
        Some(user_id) => match user::Entity::find_by_id(user_id).one(db).await? {
            Some(registrar) => match registrar.authority_id {
                Some(id) => authority::Entity::find_by_id(id).one(db).await?,
                None => None,
            }
            .map(|a| RegisteredBy {
                user: registrar.display_name,
                authority_id: AuthorityId(a.id),
                authority_name: a.name,
            }),
            None => None,
        },
        None => None,
    };
    let coordinatorship = coordinatorship(db, user).await?;
    let editable = manages_from_above(coordinatorship.as_ref(), &found, country, &areas);
    let users_manageable = manages_users(user, coordinatorship.as_ref(), &found, country, &areas);
    Ok(AuthorityProfile {
        id: AuthorityId(found.id),
        country,
        name: found.name,
        name_en: found.name_en,
        acronym: found.acronym,
        city: found.city,
        level: AuthorityLevel::parse(&found.level).unwrap_or_default(),
        address: found.address,
        email: found.email,
        phone: found.phone,
        coordinator: found
            .coordinator
            .as_deref()
            .and_then(CoordinatorKind::parse),
        areas,
        competences,
        name_language: found
            .name_language
            .as_deref()
            .and_then(|code| LanguageCode::parse(code).ok()),
        other_names,
        registered_by,
        revision: found.revision,
        editable,
        users_manageable,
    })
}

/// A concept's label in `language`, else English, else its id.
pub fn concept_label(state: &AppState, concept: &str, language: LanguageCode) -> String {
    state
        .search
        .taxonomy()
        .get(concept)
        .and_then(|c| {
            c.labels
                .get(&language)
                .or_else(|| c.labels.get(&LanguageCode::ENGLISH))
        })
        .map_or_else(|| concept.to_owned(), |l| l.label.clone())
}

/// The taxonomy's concepts labelled in `language`, sorted by label, for the forms' pickers.
pub fn concepts(state: &AppState, language: LanguageCode) -> Vec<ConceptOption> {
    let mut options: Vec<ConceptOption> = state
        .search
        .taxonomy()
        .concepts
        .iter()
        .map(|c| ConceptOption {
            id: c.id.clone(),
            label: concept_label(state, &c.id, language),
            areas: c.areas.clone(),
            kind: c.kind,
        })
        .collect();
    options.sort_by_cached_key(|o| o.label.to_lowercase());
    options
}

pub(super) fn check(
    state: &AppState,
    input: &AuthorityInput,
) -> std::result::Result<ValidAuthority, Vec<FieldError>> {
    let taxonomy = state.search.taxonomy();
    check_authority(input, |id| taxonomy.get(id).is_some())
}

/// Writes the record's columns into `model`.
pub(super) fn fill(model: &mut authority::ActiveModel, record: &AuthorityInput) {
    model.country = Set(record.country.as_str().to_owned());
    model.name = Set(record.name.clone());
    model.name_language = Set(Some(record.name_language.as_str().to_owned()));
    model.name_en = Set(record.name_en.clone());
    model.acronym = Set(record.acronym.clone());
    model.city = Set(record.city.clone());
    model.level = Set(record.level.as_str().to_owned());
    model.address = Set(record.address.clone());
    model.email = Set(record.email.clone());
    model.phone = Set(record.phone.clone());
    model.coordinator = Set(record.coordinator.map(|k| k.as_str().to_owned()));
    model.updated_at = Set(Utc::now());
}

/// Replaces the authority's areas, competences and other names by the record's.
pub(super) async fn write_children(
    db: &impl ConnectionTrait,
    id: i32,
    record: &AuthorityInput,
) -> Result<()> {
    authority_area::Entity::delete_many()
        .filter(authority_area::Column::AuthorityId.eq(id))
        .exec(db)
        .await?;
    authority_competence::Entity::delete_many()
        .filter(authority_competence::Column::AuthorityId.eq(id))
        .exec(db)
        .await?;
    authority_name::Entity::delete_many()
        .filter(authority_name::Column::AuthorityId.eq(id))
        .exec(db)
        .await?;
    if !record.areas.is_empty() {
        authority_area::Entity::insert_many(record.areas.iter().map(|area| {
            authority_area::ActiveModel {
                authority_id: Set(id),
                area: Set(area.as_str().to_owned()),
            }
        }))
        .exec(db)
        .await?;
    }
    if !record.competences.is_empty() {
        authority_competence::Entity::insert_many(record.competences.iter().map(|concept| {
            authority_competence::ActiveModel {
                authority_id: Set(id),
                concept: Set(concept.clone()),
            }
        }))
        .exec(db)
        .await?;
    }
    if !record.other_names.is_empty() {
        authority_name::Entity::insert_many(record.other_names.iter().map(|other| {
            authority_name::ActiveModel {
                authority_id: Set(id),
                language: Set(other.language.as_str().to_owned()),
                name: Set(other.name.clone()),
            }
        }))
        .exec(db)
        .await?;
    }
    Ok(())
}

/// A coordinator registers an authority of its country, and invites its first administrator.
pub async fn register(state: &AppState, user: &AuthUser, body: RegisterAuthority) -> Result<i32> {
    let scope = coordinatorship(&state.db, user)
        .await?
        .ok_or(AppError::Forbidden)?;
    if body.authority.country != scope.country {
        return Err(AppError::Forbidden);
    }
    let checked = check(state, &body.authority);
    let mut errors = checked.as_ref().err().cloned().unwrap_or_default();
    // Whether it may be made a coordinator is `may_appoint`'s question, below.
    if !scope.may_manage(body.authority.country, &body.authority.areas, None) {
        errors.push(field_error("areas", FieldCode::NotYours));
    }
    if body.authority.coordinator.is_some() && !scope.may_appoint(body.authority.coordinator) {
        errors.push(field_error("coordinator", FieldCode::NotAllowed));
    }
    if let Some(admin) = &body.administrator {
        errors.extend(check_invitee(admin, "administrator."));
        if errors.is_empty() && email_taken(&state.db, &admin.email).await? {
            errors.push(field_error("administrator.email", FieldCode::Taken));
        }
    }
    let record = match checked {
        Ok(valid) if errors.is_empty() => valid.into_inner(),
        _ => return Err(AppError::Validation(errors)),
    };
    let (_turn, txn) = state.begin_write().await?;
    let now = Utc::now();
    let mut model = authority::ActiveModel {
        registered_by: Set(Some(user.user_id.0)),
        created_at: Set(now),
        ..Default::default()
    };
    fill(&mut model, &record);
    let saved = model.insert(&txn).await?;
    write_children(&txn, saved.id, &record).await?;
    if let Some(admin) = &body.administrator {
        let roles = [Role::LOCAL_ADMINISTRATOR, Role::REQUEST_HANDLER];
        invite(
            &txn,
            state,
            user,
            saved.id,
            &saved.name,
            admin,
            &roles,
            "administrator.email",
        )
        .await?;
    }
    audit(
        &txn,
        state,
        user,
        "authority_registered",
        serde_json::json!({ "authority_id": saved.id }),
    )
    .await?;
    bump_version(&txn, Changed::Authorities(&[saved.id])).await?;
    txn.commit().await?;
    Ok(saved.id)
}

/// A coordinator edits an authority its scope covers, before and after the edit.
pub async fn update(
    state: &AppState,
    user: &AuthUser,
    id: i32,
    body: UpdateAuthority,
) -> Result<()> {
    let scope = coordinatorship(&state.db, user)
        .await?
        .ok_or(AppError::Forbidden)?;
    let existing = authority::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let country = country_of(&existing)?;
    if !scope.may_manage(
        country,
        &areas_of(&state.db, id).await?,
        coordinates(&existing),
    ) || body.authority.country != country
    {
        return Err(AppError::Forbidden);
    }
    let record = check(state, &body.authority)
        .map_err(AppError::Validation)?
        .into_inner();
    // Whether it may become (or stop being) a coordinator is `may_appoint`'s question.
    if !scope.may_manage(record.country, &record.areas, None) {
        return Err(AppError::field("areas", FieldCode::NotYours));
    }
    let before = existing
        .coordinator
        .as_deref()
        .and_then(CoordinatorKind::parse);
    if record.coordinator != before
        && !(scope.may_appoint(before) && scope.may_appoint(record.coordinator))
    {
        return Err(AppError::field("coordinator", FieldCode::NotAllowed));
    }
    let (_turn, txn) = state.begin_write().await?;
    // The revision guard makes the first of two concurrent edits win and the other one learn
    // of it, instead of silently overwriting it.
    let mut model = <authority::ActiveModel as Default>::default();
    fill(&mut model, &record);
    let changed = authority::Entity::update_many()
        .set(model)
        .col_expr(
            authority::Column::Revision,
            Expr::col(authority::Column::Revision).add(1),
        )
        .filter(authority::Column::Id.eq(id))
        .filter(authority::Column::Revision.eq(body.revision))
        .exec(&txn)
        .await?;
    if changed.rows_affected == 0 {
        return Err(AppError::EditConflict);
    }
    write_children(&txn, id, &record).await?;
    audit(
        &txn,
        state,
        user,
        "authority_updated",
        serde_json::json!({ "authority_id": id, "revision": body.revision + 1 }),
    )
    .await?;
    bump_version(&txn, Changed::Authorities(&[id])).await?;
    txn.commit().await?;
    Ok(())
}

/// One page of a search of the registry: free text in any language with filters, ranked by
/// relevance, each result saying why it matched in the reader's language.
pub async fn search(
    state: &AppState,
    user: &AuthUser,
    query: AuthorityQuery,
) -> Result<AuthoritySearchPage> {
    let language = query
        .language
        .unwrap_or(user.language.unwrap_or(LanguageCode::ENGLISH));
    if let Some(concept) = &query.competence
        && state.search.taxonomy().get(concept).is_none()
    {
        return Err(AppError::field("competence", FieldCode::Unknown));
    }
    state
        .search
        .catch_up(user.registry_version, &state.db)
        .await?;
    let found = state.search.search(
        &search::Query {
            text: query.text,
            country: query.country,
            area: query.area,
            competence: query.competence,
            language: Some(language),
        },
        query.paging.end(),
    );
    let hit = |doc: &search::Doc, reasons: &[Reason]| AuthorityHit {
        id: AuthorityId(doc.id),
        country: doc.country,
        name: doc.name.clone(),
        name_en: doc.name_en.clone(),
        acronym: doc.acronym.clone(),
        city: doc.city.clone(),
        level: doc.level,
        areas: doc.areas.clone(),
        matched: reasons
            .iter()
            .map(|reason| match reason {
                Reason::Name => MatchReason::Name,
                Reason::Acronym => MatchReason::Acronym,
                Reason::City => MatchReason::City,
                Reason::Competence(concept) => MatchReason::Competence {
                    concept: concept.clone(),
                    label: concept_label(state, concept, language),
                },
            })
            .collect(),
    };
    let results = found
        .hits
        .iter()
        .skip(query.paging.offset())
        .take(query.paging.per_page() as usize)
        .map(|h| hit(&h.doc, &h.reasons))
        .collect();
    Ok(AuthoritySearchPage {
        total: found.total,
        page: query.paging.page() as usize,
        per_page: query.paging.per_page() as usize,
        results,
        country_from_query: found.country_from_query,
        recognised: found
            .recognised
            .iter()
            .map(|concept| CompetenceView {
                concept: concept.clone(),
                label: concept_label(state, concept, language),
            })
            .collect(),
        coordinator: found.coordinator.as_deref().map(|doc| hit(doc, &[])),
    })
}
