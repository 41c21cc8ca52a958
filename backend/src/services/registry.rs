//! Registry administration: coordinators register and edit the authorities of their country
//! (or of their areas in it) and import them from CSV; local administrators manage their
//! authority's users, who join by invitation.
//!
//! Every change to an authority is one transaction that also bumps the registry's version,
//! so the next search on any instance rebuilds its index and never shows a stale authority.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};
use shared::dto::{AuthorityProfile, CompetenceView};
use shared::error::{FieldCode, FieldError, FieldParams};
use shared::registry::{
    AuthorityInput, AuthorityLevel, AuthorityName, ConceptOption, CoordinatorKind, Coordinatorship,
    IMPORT_COLUMNS, ImportReport, InvitationView, InviteUser, Invitee, MAX_REF_CHARS,
    REQUIRED_IMPORT_COLUMNS, RegisterAuthority, RegisteredBy, RowError, UpdateAuthority,
    UpdateUser, UserAdminList, UserAdminView, ValidAuthority, check_authority, check_invitee,
    keeps_administration, may_grant,
};
use shared::{AuthorityId, CountryCode, LanguageCode, LegislativeArea, Role, UserId};

use crate::auth::{AuthUser, hash_token, new_token};
use crate::entities::{
    audit_log, authority, authority_area, authority_competence, authority_name, session, user,
    user_role,
};
use crate::error::{AppError, Result};
use crate::search::bump_version;
use crate::services::notifications;
use crate::state::AppState;

/// How long an invitation link works.
const INVITATION_DAYS: i64 = 14;
/// The most rows one CSV import takes.
pub const MAX_IMPORT_ROWS: usize = 20_000;

fn country_of(row: &authority::Model) -> Result<CountryCode> {
    CountryCode::parse(&row.country)
        .map_err(|err| anyhow::anyhow!("authority {}: {err}", row.id).into())
}

async fn areas_of(db: &impl ConnectionTrait, id: i32) -> Result<Vec<LegislativeArea>> {
    let mut areas: Vec<LegislativeArea> = authority_area::Entity::find()
        .filter(authority_area::Column::AuthorityId.eq(id))
        .all(db)
        .await?
        .iter()
        .filter_map(|row| LegislativeArea::parse(&row.area).ok())
        .collect();
    areas.sort();
    Ok(areas)
}

/// The caller's coordinator rights, if they hold the coordinator role in a coordinating
/// authority.
pub async fn coordinatorship(
    db: &impl ConnectionTrait,
    user: &AuthUser,
) -> Result<Option<Coordinatorship>> {
    if !user.roles.contains(&Role::COORDINATOR) {
        return Ok(None);
    }
    let Some(own) = authority::Entity::find_by_id(user.authority_id.0)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(kind) = own.coordinator.as_deref().and_then(CoordinatorKind::parse) else {
        return Ok(None);
    };
    Ok(Some(Coordinatorship {
        country: country_of(&own)?,
        kind,
        areas: areas_of(db, own.id).await?,
    }))
}

/// Whether the caller manages the users of `target` (of `country`, handling `areas`): its own
/// local administrators, and the coordinators whose scope covers it (who invite the first
/// administrator and step in when none is left).
fn manages_users(
    user: &AuthUser,
    coordinatorship: Option<&Coordinatorship>,
    target: &authority::Model,
    country: CountryCode,
    areas: &[LegislativeArea],
) -> bool {
    (user.authority_id.0 == target.id && user.roles.contains(&Role::LOCAL_ADMINISTRATOR))
        || manages_from_above(coordinatorship, target, country, areas)
}

/// Whether the caller's coordinatorship covers `target`: its right to manage it comes from
/// above, not from being one of its administrators.
fn manages_from_above(
    coordinatorship: Option<&Coordinatorship>,
    target: &authority::Model,
    country: CountryCode,
    areas: &[LegislativeArea],
) -> bool {
    coordinatorship.is_some_and(|c| c.may_manage(country, areas, coordinates(target)))
}

fn coordinates(row: &authority::Model) -> Option<CoordinatorKind> {
    row.coordinator.as_deref().and_then(CoordinatorKind::parse)
}

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
            Some(registrar) => authority::Entity::find_by_id(registrar.authority_id)
                .one(db)
                .await?
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
        })
        .collect();
    options.sort_by_cached_key(|o| o.label.to_lowercase());
    options
}

fn check(
    state: &AppState,
    input: &AuthorityInput,
) -> std::result::Result<ValidAuthority, Vec<FieldError>> {
    let taxonomy = state.search.taxonomy();
    check_authority(input, |id| taxonomy.get(id).is_some())
}

/// Writes the record's columns into `model`.
fn fill(model: &mut authority::ActiveModel, record: &AuthorityInput) {
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
async fn write_children(db: &impl ConnectionTrait, id: i32, record: &AuthorityInput) -> Result<()> {
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

async fn audit(
    db: &impl ConnectionTrait,
    user: &AuthUser,
    action: &str,
    detail: serde_json::Value,
) -> Result<()> {
    audit_log::ActiveModel {
        at: Set(Utc::now()),
        user_id: Set(user.user_id.0),
        authority_id: Set(user.authority_id.0),
        request_id: Set(None),
        action: Set(action.to_owned()),
        detail: Set(Some(detail.to_string())),
        ..Default::default()
    }
    .insert(db)
    .await?;
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
    let txn = state.db.begin().await?;
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
        user,
        "authority_registered",
        serde_json::json!({ "authority_id": saved.id }),
    )
    .await?;
    bump_version(&txn).await?;
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
    let txn = state.db.begin().await?;
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
        user,
        "authority_updated",
        serde_json::json!({ "authority_id": id, "revision": body.revision + 1 }),
    )
    .await?;
    bump_version(&txn).await?;
    txn.commit().await?;
    Ok(())
}

fn field_error(field: &str, code: FieldCode) -> FieldError {
    FieldError::new(field, code)
}

async fn email_taken(db: &impl ConnectionTrait, email: &str) -> Result<bool> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email.trim().to_lowercase()))
        .one(db)
        .await?
        .is_some())
}

/// Creates an invited user with `roles` and queues the invitation e-mail; inside the caller's
/// transaction. `email_field` names the address in the refusal when another call took it
/// between the caller's check and this insert (the unique index decides).
#[allow(clippy::too_many_arguments)]
async fn invite(
    db: &impl ConnectionTrait,
    state: &AppState,
    inviter: &AuthUser,
    authority_id: i32,
    authority_name: &str,
    invitee: &Invitee,
    roles: &[Role],
    email_field: &str,
) -> Result<i32> {
    let token = new_token();
    let now = Utc::now();
    let email = invitee.email.trim().to_lowercase();
    let created = user::ActiveModel {
        authority_id: Set(authority_id),
        email: Set(email.clone()),
        display_name: Set(invitee.display_name.trim().to_owned()),
        // No password until the invitation is accepted; log-in refuses an empty hash.
        password_hash: Set(String::new()),
        language: Set(Some(invitee.language.as_str().to_owned())),
        active: Set(true),
        created_at: Set(now),
        invited_by: Set(Some(inviter.user_id.0)),
        invitation_hash: Set(Some(hash_token(&token))),
        invitation_expires_at: Set(Some(now + Duration::days(INVITATION_DAYS))),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|err| match err.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
            AppError::Validation(vec![field_error(email_field, FieldCode::Taken)])
        }
        _ => err.into(),
    })?;
    for role in roles {
        user_role::ActiveModel {
            user_id: Set(created.id),
            role: Set(role.as_str().to_owned()),
        }
        .insert(db)
        .await?;
    }
    let invitee = Invitee {
        email,
        ..invitee.clone()
    };
    mail_invitation(
        db,
        state,
        &inviter.display_name,
        authority_name,
        &invitee,
        &token,
    )
    .await?;
    Ok(created.id)
}

/// Queues the invitation e-mail with its one-time link, in the invitee's language.
async fn mail_invitation(
    db: &impl ConnectionTrait,
    state: &AppState,
    inviter_name: &str,
    authority_name: &str,
    invitee: &Invitee,
    token: &str,
) -> Result<()> {
    let link = format!(
        "{}/invitation/{token}",
        state.config.public_url.trim_end_matches('/')
    );
    let messages = &state.messages;
    let language = invitee.language;
    let subject = messages.text(
        language,
        "email-invitation-subject",
        &[("authority", authority_name.into())],
    );
    let body = messages.text(
        language,
        "email-invitation-body",
        &[
            ("name", invitee.display_name.trim().into()),
            ("inviter", inviter_name.into()),
            ("authority", authority_name.into()),
            ("link", link.into()),
            ("days", INVITATION_DAYS.into()),
        ],
    );
    notifications::mail(db, &invitee.email, subject, body).await?;
    Ok(())
}

/// Sends a user who has not accepted their invitation a new one: a new link, valid for
/// [`INVITATION_DAYS`] from now; the earlier link stops working.
pub async fn resend_invitation(state: &AppState, user: &AuthUser, user_id: i32) -> Result<()> {
    let invitee = user::Entity::find_by_id(user_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let target = managed_authority(state, user, invitee.authority_id)
        .await?
        .row;
    let token = new_token();
    let txn = state.db.begin().await?;
    // Only while still pending and the user may log in, decided by the update itself: an
    // acceptance that lands first wins, and this sends nothing.
    let renewed = user::Entity::update_many()
        .col_expr(
            user::Column::InvitationHash,
            sea_orm::sea_query::Expr::value(hash_token(&token)),
        )
        .col_expr(
            user::Column::InvitationExpiresAt,
            sea_orm::sea_query::Expr::value(Utc::now() + Duration::days(INVITATION_DAYS)),
        )
        .filter(user::Column::Id.eq(user_id))
        .filter(user::Column::InvitationHash.is_not_null())
        .filter(user::Column::Active.eq(true))
        .exec(&txn)
        .await?;
    if renewed.rows_affected == 0 {
        return Err(AppError::Validation(vec![field_error(
            "invitation",
            FieldCode::NotAllowed,
        )]));
    }
    let language = invitee
        .language
        .as_deref()
        .and_then(|code| LanguageCode::parse(code).ok())
        .unwrap_or(LanguageCode::ENGLISH);
    let recipient = Invitee {
        email: invitee.email.clone(),
        display_name: invitee.display_name.clone(),
        language,
    };
    mail_invitation(
        &txn,
        state,
        &user.display_name,
        &target.name,
        &recipient,
        &token,
    )
    .await?;
    audit(
        &txn,
        user,
        "invitation_resent",
        serde_json::json!({ "user_id": user_id, "authority_id": target.id }),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn roles_by_user(
    db: &impl ConnectionTrait,
    users: &[i32],
) -> Result<HashMap<i32, Vec<Role>>> {
    let mut roles: HashMap<i32, Vec<Role>> = HashMap::new();
    for row in user_role::Entity::find()
        .filter(user_role::Column::UserId.is_in(users.iter().copied()))
        .all(db)
        .await?
    {
        if let Ok(role) = Role::parse(&row.role) {
            roles.entry(row.user_id).or_default().push(role);
        }
    }
    for list in roles.values_mut() {
        list.sort_by_key(|r| Role::all().position(|o| o == *r));
    }
    Ok(roles)
}

/// An authority whose users the caller manages.
struct Managed {
    row: authority::Model,
    /// Whether the caller's right comes from its coordinatorship (rather than from being
    /// one of the authority's own administrators).
    from_above: bool,
}

/// Loads `target` and checks the caller manages its users. An authority the caller may not
/// manage answers as if it did not exist, like one that does not, so that ids reveal
/// nothing.
async fn managed_authority(state: &AppState, user: &AuthUser, target: i32) -> Result<Managed> {
    let found = authority::Entity::find_by_id(target)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let scope = coordinatorship(&state.db, user).await?;
    let areas = areas_of(&state.db, target).await?;
    let country = country_of(&found)?;
    if !manages_users(user, scope.as_ref(), &found, country, &areas) {
        return Err(AppError::NotFound);
    }
    let from_above = manages_from_above(scope.as_ref(), &found, country, &areas);
    Ok(Managed {
        row: found,
        from_above,
    })
}

/// The roles the caller may give in `authority`.
fn grantable(authority: &authority::Model, user: &AuthUser) -> Vec<Role> {
    let coordinates = authority.coordinator.is_some();
    Role::all()
        .filter(|r| may_grant(*r, coordinates, &user.roles))
        .collect()
}

/// The users of an authority, for its administrators.
pub async fn users(state: &AppState, user: &AuthUser, authority_id: i32) -> Result<UserAdminList> {
    let target = managed_authority(state, user, authority_id).await?.row;
    let rows = user::Entity::find()
        .filter(user::Column::AuthorityId.eq(authority_id))
        .order_by_asc(user::Column::DisplayName)
        .all(&state.db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|u| u.id).collect();
    let mut roles = roles_by_user(&state.db, &ids).await?;
    let inviter_ids: HashSet<i32> = rows.iter().filter_map(|u| u.invited_by).collect();
    let inviters: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(inviter_ids))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let users = rows
        .into_iter()
        .map(|u| UserAdminView {
            id: UserId(u.id),
            roles: roles.remove(&u.id).unwrap_or_default(),
            invitation_pending: u.invitation_hash.is_some(),
            invitation_expired: u.invitation_hash.is_some()
                && u.invitation_expires_at.is_none_or(|at| at <= Utc::now()),
            invited_by: u.invited_by.and_then(|i| inviters.get(&i).cloned()),
            language: u
                .language
                .as_deref()
                .and_then(|l| LanguageCode::parse(l).ok()),
            email: u.email,
            display_name: u.display_name,
            active: u.active,
        })
        .collect();
    Ok(UserAdminList {
        grantable: grantable(&target, user),
        users,
    })
}

fn check_roles(roles: &[Role], allowed: &[Role], held: &[Role]) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if roles.is_empty() {
        errors.push(field_error("roles", FieldCode::Missing));
    } else if roles
        .iter()
        .any(|r| !allowed.contains(r) && !held.contains(r))
    {
        errors.push(field_error("roles", FieldCode::NotAllowed));
    } else if roles.iter().collect::<HashSet<_>>().len() != roles.len() {
        errors.push(field_error("roles", FieldCode::Duplicate));
    }
    errors
}

/// Invites a user into an authority.
pub async fn invite_user(
    state: &AppState,
    user: &AuthUser,
    authority_id: i32,
    body: InviteUser,
) -> Result<UserId> {
    let target = managed_authority(state, user, authority_id).await?.row;
    let mut errors = check_invitee(&body.invitee, "");
    errors.extend(check_roles(&body.roles, &grantable(&target, user), &[]));
    if errors.is_empty() && email_taken(&state.db, &body.invitee.email).await? {
        errors.push(field_error("email", FieldCode::Taken));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let txn = state.db.begin().await?;
    let id = invite(
        &txn,
        state,
        user,
        authority_id,
        &target.name,
        &body.invitee,
        &body.roles,
        "email",
    )
    .await?;
    audit(
        &txn,
        user,
        "user_invited",
        serde_json::json!({ "user_id": id, "authority_id": authority_id }),
    )
    .await?;
    txn.commit().await?;
    Ok(UserId(id))
}

/// Changes a user's name, roles or whether they may log in. An authority always keeps one
/// active local administrator, and nobody locks themselves out.
pub async fn update_user(
    state: &AppState,
    user: &AuthUser,
    user_id: i32,
    body: UpdateUser,
) -> Result<()> {
    let target_user = user::Entity::find_by_id(user_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let Managed {
        row: target,
        from_above,
    } = managed_authority(state, user, target_user.authority_id).await?;
    let held = roles_by_user(&state.db, &[user_id])
        .await?
        .remove(&user_id)
        .unwrap_or_default();
    let mut errors = check_roles(&body.roles, &grantable(&target, user), &held);
    errors.extend(shared::registry::check_display_name(
        "display_name",
        &body.display_name,
    ));
    if user_id == user.user_id.0 && !body.active {
        errors.push(field_error("active", FieldCode::SelfTarget));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let txn = state.db.begin().await?;
    // A no-op write on the authority's row first: it serialises the changes to one
    // authority's users (a row lock on PostgreSQL, the write lock on SQLite), so two
    // administrators demoting each other at once cannot both pass the check below.
    authority::Entity::update_many()
        .col_expr(
            authority::Column::Revision,
            Expr::col(authority::Column::Revision).into(),
        )
        .filter(authority::Column::Id.eq(target.id))
        .exec(&txn)
        .await?;
    let administrators_before = active_administrators(&txn, target.id).await?;
    user_role::Entity::delete_many()
        .filter(user_role::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    for role in &body.roles {
        user_role::ActiveModel {
            user_id: Set(user_id),
            role: Set(role.as_str().to_owned()),
        }
        .insert(&txn)
        .await?;
    }
    let mut model: user::ActiveModel = target_user.clone().into();
    model.display_name = Set(body.display_name.trim().to_owned());
    model.active = Set(body.active);
    model.update(&txn).await?;
    if !body.active {
        session::Entity::delete_many()
            .filter(session::Column::UserId.eq(user_id))
            .exec(&txn)
            .await?;
    }
    // Counted inside the transaction, before and after the change.
    let administrators_after = active_administrators(&txn, target.id).await?;
    if !keeps_administration(administrators_before, administrators_after, from_above) {
        let field = if body.active { "roles" } else { "active" };
        return Err(AppError::field(field, FieldCode::LastAdministrator));
    }
    audit(
        &txn,
        user,
        "user_updated",
        serde_json::json!({
            "user_id": user_id,
            "roles": body.roles,
            "active": body.active,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// How many active local administrators `authority` has.
async fn active_administrators(db: &impl ConnectionTrait, authority: i32) -> Result<usize> {
    use sea_orm::PaginatorTrait;
    let count = user::Entity::find()
        .filter(user::Column::AuthorityId.eq(authority))
        .filter(user::Column::Active.eq(true))
        .filter(
            user::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(user_role::Column::UserId)
                    .from(user_role::Entity)
                    .and_where(user_role::Column::Role.eq(Role::LOCAL_ADMINISTRATOR.as_str()))
                    .to_owned(),
            ),
        )
        .count(db)
        .await?;
    Ok(usize::try_from(count).unwrap_or(usize::MAX))
}

async fn pending_invitation(db: &DatabaseConnection, token: &str) -> Result<user::Model> {
    user::Entity::find()
        .filter(user::Column::InvitationHash.eq(hash_token(token)))
        .one(db)
        .await?
        .filter(|u| u.active && u.invitation_expires_at.is_some_and(|at| at > Utc::now()))
        .ok_or(AppError::NotFound)
}

/// What an invitation link shows.
pub async fn invitation(state: &AppState, token: &str) -> Result<InvitationView> {
    let invited = pending_invitation(&state.db, token).await?;
    let authority = authority::Entity::find_by_id(invited.authority_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(InvitationView {
        email: invited.email,
        display_name: invited.display_name,
        country: country_of(&authority)?,
        authority_name: authority.name,
        language: invited
            .language
            .as_deref()
            .and_then(|l| LanguageCode::parse(l).ok()),
    })
}

/// Accepts an invitation: sets the password and ends the invitation. Returns the user's id.
pub async fn accept_invitation(state: &AppState, token: &str, password: &str) -> Result<i32> {
    let invited = pending_invitation(&state.db, token).await?;
    crate::auth::check_new_password(
        "password",
        password,
        &[&invited.email, &invited.display_name],
    )?;
    let hash = crate::auth::hash_password_blocking(password).await?;
    // Guarded by the token's hash, so a link used twice at once sets one password.
    let changed = user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(hash))
        .col_expr(
            user::Column::InvitationHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            user::Column::InvitationExpiresAt,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .filter(user::Column::Id.eq(invited.id))
        .filter(user::Column::InvitationHash.eq(hash_token(token)))
        .exec(&state.db)
        .await?;
    if changed.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(invited.id)
}

/// One parsed row of an import.
struct ImportRow {
    line: u64,
    reference: String,
    record: AuthorityInput,
}

fn split_list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// The column a field error of `check_authority` is about.
fn column_of(field: &str) -> &str {
    field.split('.').next().unwrap_or(field)
}

/// Reads the CSV file into rows, or every problem with it. `scope` decides which rows the
/// coordinator may import.
fn parse_import(
    state: &AppState,
    scope: &Coordinatorship,
    bytes: &[u8],
) -> std::result::Result<Vec<ImportRow>, Vec<RowError>> {
    let row_error = |line: u64, column: &str, code: FieldCode| RowError {
        line,
        column: column.to_owned(),
        code,
        params: FieldParams::default(),
    };
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
    let taxonomy = state.search.taxonomy();
    let mut rows = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for (index, record) in reader.records().enumerate() {
        let line = record
            .as_ref()
            .ok()
            .and_then(|r| r.position())
            .map_or(index as u64 + 2, |p| p.line());
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
        let optional = |column: &str| Some(cell(column).to_owned()).filter(|v| !v.is_empty());
        let before = errors.len();
        let reference = cell("ref").to_owned();
        if reference.is_empty() {
            errors.push(row_error(line, "ref", FieldCode::Missing));
        } else if reference.chars().count() > MAX_REF_CHARS {
            errors.push(row_error(line, "ref", FieldCode::TooLong));
        } else if let Some(first) = seen.insert(reference.clone(), line) {
            // The first line is named so the coordinator finds the pair.
            errors.push(RowError {
                params: FieldParams {
                    line: Some(first),
                    ..FieldParams::default()
                },
                ..row_error(line, "ref", FieldCode::DuplicateOfLine)
            });
        }
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
        let mut other_names = Vec::new();
        for pair in split_list(cell("other_names")) {
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
        let mut areas = Vec::new();
        for code in split_list(cell("areas")) {
            match LegislativeArea::parse(code) {
                Ok(area) => areas.push(area),
                Err(_) => errors.push(row_error(line, "areas", FieldCode::Unknown)),
            }
        }
        // An empty cell is the default, as a missing column is.
        let level = match cell("level") {
            "" => AuthorityLevel::default(),
            code => AuthorityLevel::parse(code).unwrap_or_else(|| {
                errors.push(row_error(line, "level", FieldCode::Unknown));
                AuthorityLevel::default()
            }),
        };
        let (Ok(country), Ok(name_language)) = (country, name_language) else {
            continue;
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
        match check_authority(&input, |id| taxonomy.get(id).is_some()) {
            Ok(valid) => {
                let record = valid.into_inner();
                if errors.len() == before && !scope.may_manage(record.country, &record.areas, None)
                {
                    errors.push(row_error(line, "areas", FieldCode::NotYours));
                }
                if errors.len() == before {
                    rows.push(ImportRow {
                        line,
                        reference,
                        record,
                    });
                }
            }
            Err(fields) => {
                for field in fields {
                    let column = column_of(&field.field);
                    // The areas column's unknown codes were reported above already.
                    if !(column == "areas" && errors[before..].iter().any(|e| e.column == "areas"))
                    {
                        errors.push(RowError {
                            params: field.params().clone(),
                            ..row_error(line, column, field.code)
                        });
                    }
                }
            }
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

/// What the registry holds for an imported authority, in the form of an import row.
fn stored_record(
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
    let rows = parse_import(state, &scope, bytes).map_err(AppError::Rows)?;
    let txn = state.db.begin().await?;
    let existing: HashMap<String, authority::Model> = authority::Entity::find()
        .filter(authority::Column::Country.eq(scope.country.as_str()))
        .filter(authority::Column::ImportRef.is_not_null())
        .all(&txn)
        .await?
        .into_iter()
        .filter_map(|a| Some((a.import_ref.clone()?, a)))
        .collect();
    let ids: Vec<i32> = existing.values().map(|a| a.id).collect();
    let mut areas: BTreeMap<i32, Vec<LegislativeArea>> = BTreeMap::new();
    let mut competences: BTreeMap<i32, Vec<String>> = BTreeMap::new();
    let mut names: BTreeMap<i32, Vec<AuthorityName>> = BTreeMap::new();
    for chunk in ids.chunks(500) {
        for row in authority_area::Entity::find()
            .filter(authority_area::Column::AuthorityId.is_in(chunk.iter().copied()))
            .all(&txn)
            .await?
        {
            if let Ok(area) = LegislativeArea::parse(&row.area) {
                areas.entry(row.authority_id).or_default().push(area);
            }
        }
        for row in authority_competence::Entity::find()
            .filter(authority_competence::Column::AuthorityId.is_in(chunk.iter().copied()))
            .all(&txn)
            .await?
        {
            competences
                .entry(row.authority_id)
                .or_default()
                .push(row.concept);
        }
        for row in authority_name::Entity::find()
            .filter(authority_name::Column::AuthorityId.is_in(chunk.iter().copied()))
            .all(&txn)
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
    let mut report = ImportReport {
        created: 0,
        updated: 0,
        unchanged: 0,
    };
    let mut refused = Vec::new();
    let now = Utc::now();
    for row in rows {
        match existing.get(&row.reference) {
            Some(current) => {
                let mut record = row.record;
                // An import does not appoint or dismiss coordinators.
                record.coordinator = current
                    .coordinator
                    .as_deref()
                    .and_then(CoordinatorKind::parse);
                let mut stored = stored_record(current, &areas, &competences, &names);
                if let Some(stored) = &mut stored {
                    stored.other_names.sort_by_key(|n| n.language);
                }
                let mut compared = record.clone();
                compared.other_names.sort_by_key(|n| n.language);
                if stored.as_ref() == Some(&compared) {
                    report.unchanged += 1;
                    continue;
                }
                if !scope.may_manage(
                    scope.country,
                    &areas.get(&current.id).cloned().unwrap_or_default(),
                    coordinates(current),
                ) {
                    refused.push(RowError {
                        line: row.line,
                        column: "areas".into(),
                        code: FieldCode::NotYours,
                        params: FieldParams::default(),
                    });
                    continue;
                }
                let mut model: authority::ActiveModel = current.clone().into();
                fill(&mut model, &record);
                model.revision = Set(current.revision + 1);
                model.update(&txn).await?;
                write_children(&txn, current.id, &record).await?;
                report.updated += 1;
            }
            None => {
                let mut model = authority::ActiveModel {
                    registered_by: Set(Some(user.user_id.0)),
                    import_ref: Set(Some(row.reference.clone())),
                    created_at: Set(now),
                    ..Default::default()
                };
                fill(&mut model, &row.record);
                let saved = model.insert(&txn).await?;
                write_children(&txn, saved.id, &row.record).await?;
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
            user,
            "registry_imported",
            serde_json::json!({ "created": report.created, "updated": report.updated }),
        )
        .await?;
        bump_version(&txn).await?;
    }
    txn.commit().await?;
    Ok(report)
}
