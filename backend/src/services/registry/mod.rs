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
    QueryOrder, Set,
};
use shared::dto::{
    AuthorityHit, AuthorityProfile, AuthoritySearchPage, CompetenceView, MatchReason,
};
use shared::error::{FieldCode, FieldError, FieldParams};
use shared::query::AuthorityQuery;
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
    authority, authority_area, authority_competence, authority_name, session, user, user_role,
};
use crate::error::{AppError, Result};
use crate::search::{self, Changed, Reason, bump_version};
use crate::services::notifications;
use crate::state::AppState;

mod authorities;
mod import;
mod users;

pub use authorities::*;
pub use import::*;
pub use users::*;

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
    coordinatorship_as(db, user, Role::COORDINATOR).await
}

/// The scope in which the caller holds `role` in a coordinating authority: the IMI
/// coordinator's ([`coordinatorship`]) or the alert coordinator's, whose role exists only in
/// coordinating authorities and reaches as far as the authority coordinates.
pub async fn coordinatorship_as(
    db: &impl ConnectionTrait,
    user: &AuthUser,
    role: Role,
) -> Result<Option<Coordinatorship>> {
    if !user.roles.contains(&role) {
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

async fn audit(
    db: &(impl ConnectionTrait + sea_orm::TransactionTrait),
    state: &AppState,
    user: &AuthUser,
    action: &str,
    detail: serde_json::Value,
) -> Result<()> {
    let detail = Some(detail.to_string());
    crate::services::audit::write(db, state.clock.now(), user, None, action, detail).await
}
