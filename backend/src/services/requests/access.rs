//! Who may see a request and from which side (`load`), the version guard every change
//! starts with (`claim`, `hold`), and the checks of where a request may go.

use super::*;

/// A request the caller may see, with their side of it.
pub struct Visible {
    /// The request.
    pub row: request::Model,
    /// Its state.
    pub state: RequestState,
    /// The caller's side.
    pub side: Side,
    /// On the responding side, whether its authority allocates and the request is the
    /// caller's; `Off` on the other sides.
    pub allocation: Allocation,
    /// Where its personal data stands today ([`retention_stage`]).
    pub stage: Stage,
}

impl Visible {
    /// The caller as the rules of `shared::lifecycle` and `shared::permissions` see them.
    pub fn actor(&self, user: &AuthUser) -> Actor {
        Actor::new(self.side, user.roles.iter().copied()).allocating(self.allocation)
    }

    /// Whether personal data and attachments are withheld from the caller: it has no need to
    /// know (`shared::permissions::personal_data_hidden`), or the data is blocked or erased.
    pub fn personal_data_hidden(&self) -> bool {
        permissions::personal_data_hidden(self.side, self.state) || self.stage != Stage::Visible
    }

    /// What the caller may do besides the state machine's actions.
    pub fn may(&self, user: &AuthUser) -> permissions::May {
        permissions::may_at(&self.actor(user), self.state, self.stage)
    }
}

/// Where the personal data of `row` stands on `today` under `policy`: erased once the
/// retention job has erased it; blocked from the day the policy says, whether or not the job
/// has run yet, or once the job recorded it blocked (a later, longer policy does not show
/// again what was blocked).
pub fn retention_stage(policy: &RetentionPolicy, row: &request::Model, today: Date) -> Stage {
    if row.erased_at.is_some() {
        return Stage::Deleted;
    }
    let Ok(area) = LegislativeArea::parse(&row.area) else {
        // A request of an area this release does not know shows nothing it cannot vouch for.
        return Stage::Blocked;
    };
    match policy.stage(area, parse_date(row.ended_on.as_deref()), today) {
        Stage::Visible if row.blocked_at.is_some() => Stage::Blocked,
        stage => stage,
    }
}

/// Loads a request and works out the caller's side; any request the caller may not see is
/// reported as not found, so ids reveal nothing.
pub async fn load(app: &AppState, user: &AuthUser, id: RequestId) -> Result<Visible> {
    let db = &app.db;
    let row = request::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let state = state_of(&row)?;
    let mine = user.authority_id.0;
    let side = if row.requester_id == mine {
        Side::Requesting
    } else if state == RequestState::Draft {
        return Err(AppError::NotFound);
    } else if row.responder_id == Some(mine) {
        Side::Responding
    } else if user.roles.contains(&Role::COORDINATOR)
        && coordinates(
            db,
            user,
            &row.area,
            &[Some(row.requester_id), row.responder_id],
        )
        .await?
    {
        Side::Coordinator
    } else {
        return Err(AppError::NotFound);
    };
    let allocation = match (side, row.responder_id) {
        (Side::Responding, Some(responder)) => {
            let enabled = authority::Entity::find_by_id(responder)
                .one(db)
                .await?
                .is_some_and(|a| a.allocation_enabled);
            Allocation::of(enabled, row.assigned_to == Some(user.user_id.0))
        }
        _ => Allocation::Off,
    };
    let stage = retention_stage(&app.retention, &row, app.today());
    Ok(Visible {
        row,
        state,
        side,
        allocation,
        stage,
    })
}

/// Whether one of `authorities` is in the coordinator's country, and the request's `area` is
/// one it coordinates (every area for a national coordinator).
pub(super) async fn coordinates(
    db: &impl ConnectionTrait,
    user: &AuthUser,
    area: &str,
    authorities: &[Option<i32>],
) -> Result<bool> {
    let ids: Vec<i32> = authorities.iter().flatten().copied().collect();
    let Some(scope) = crate::services::registry::coordinatorship(db, user).await? else {
        return Ok(false);
    };
    if scope.kind == CoordinatorKind::Area && !scope.areas.iter().any(|a| a.as_str() == area) {
        return Ok(false);
    }
    let own = authority::Entity::find_by_id(user.authority_id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let count = authority::Entity::find()
        .filter(authority::Column::Id.is_in(ids))
        .filter(authority::Column::Country.eq(own.country))
        .count(db)
        .await?;
    Ok(count > 0)
}

/// Refuses an action taken on an older version than the stored one.
pub fn check_version(visible: &Visible, version: i32) -> Result<()> {
    if visible.row.version == version {
        Ok(())
    } else {
        Err(AppError::Conflict {
            current: visible.state,
        })
    }
}

/// The guarded write every change starts its transaction with (see the module's comment).
/// `changes` sets the columns the change needs besides version and time; `also` names
/// authorities besides the two parties whose overview changes (a forward's or a split-off's
/// new holder), so that every authority row is locked here, once, in one order.
pub(super) async fn claim(
    txn: &DatabaseTransaction,
    live: &crate::live::Live,
    now: chrono::DateTime<Utc>,
    row: &request::Model,
    also: &[i32],
    changes: impl FnOnce(sea_orm::UpdateMany<request::Entity>) -> sea_orm::UpdateMany<request::Entity>,
) -> Result<i32> {
    let version = row.version + 1;
    let update = request::Entity::update_many()
        .col_expr(request::Column::Version, Expr::value(version))
        .col_expr(request::Column::UpdatedAt, Expr::value(now))
        // Any change is activity: a later silence is reported afresh.
        .col_expr(
            request::Column::InactivityReportedAt,
            Expr::value(None::<chrono::DateTime<Utc>>),
        )
        .filter(request::Column::Id.eq(row.id))
        .filter(request::Column::Version.eq(row.version));
    let result = changes(update).exec(txn).await?;
    if result.rows_affected != 1 {
        return Err(lost_race(txn, row.id).await);
    }
    let parties: Vec<i32> = [Some(row.requester_id), row.responder_id]
        .into_iter()
        .flatten()
        .chain(also.iter().copied())
        .collect();
    overview_cache::bump(txn, live, &parties).await?;
    Ok(version)
}

/// The first statement of a transaction that adds to a request without changing it (an
/// attachment): a write that matches only the version the caller decided on, so that a
/// change committed in between (a forward, a withdrawal) refuses the addition with 409, and
/// a change that comes later waits for it.
pub async fn hold(txn: &DatabaseTransaction, row: &request::Model) -> Result<()> {
    let held = request::Entity::update_many()
        .col_expr(
            request::Column::Version,
            Expr::col(request::Column::Version).into(),
        )
        .filter(request::Column::Id.eq(row.id))
        .filter(request::Column::Version.eq(row.version))
        .exec(txn)
        .await?;
    if held.rows_affected != 1 {
        return Err(lost_race(txn, row.id).await);
    }
    Ok(())
}

/// The error for a write that found the request changed under it.
pub(super) async fn lost_race(db: &impl ConnectionTrait, id: i32) -> AppError {
    match request::Entity::find_by_id(id).one(db).await {
        Ok(Some(now)) => match state_of(&now) {
            Ok(current) => AppError::Conflict { current },
            Err(err) => err,
        },
        Ok(None) => AppError::NotFound,
        Err(err) => err.into(),
    }
}

/// Checks that `target` may receive a request of `area`: it exists, handles the area, and is
/// not one of `excluded` (the requester, the current holder).
pub(super) async fn check_recipient(
    db: &impl ConnectionTrait,
    target: AuthorityId,
    area: LegislativeArea,
    excluded: &[Option<i32>],
    field: &str,
) -> Result<()> {
    if excluded.contains(&Some(target.0)) {
        return Err(AppError::field(field, FieldCode::NotAllowed));
    }
    let handles = authority_area::Entity::find()
        .filter(authority_area::Column::AuthorityId.eq(target.0))
        .filter(authority_area::Column::Area.eq(area.as_str()))
        .count(db)
        .await?;
    if handles == 0 {
        let exists = authority::Entity::find_by_id(target.0).count(db).await? > 0;
        return Err(AppError::field(
            field,
            if exists {
                FieldCode::AreaNotHandled
            } else {
                FieldCode::Unknown
            },
        ));
    }
    Ok(())
}

/// The authority whose move it is (`shared::permissions::holder`).
pub(super) fn holder(row: &request::Model, state: RequestState) -> Option<i32> {
    match permissions::holder(state)? {
        Side::Responding => row.responder_id,
        Side::Requesting => Some(row.requester_id),
        Side::Coordinator => None,
    }
}

/// The country of an authority, if it exists.
pub(super) async fn country_of_authority(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<CountryCode>> {
    let country: Option<String> = authority::Entity::find_by_id(id)
        .select_only()
        .column(authority::Column::Country)
        .into_tuple()
        .one(db)
        .await?;
    Ok(country.and_then(|c| CountryCode::parse(&c).ok()))
}

/// Applies `lifecycle::check_reroute` for a coordinator: 403 for a request its country does
/// not hold, 422 on `to` for an authority abroad.
pub(super) async fn check_reroute(
    db: &impl ConnectionTrait,
    user: &AuthUser,
    row: &request::Model,
    target: Option<AuthorityId>,
) -> Result<()> {
    let own = country_of_authority(db, user.authority_id.0)
        .await?
        .ok_or(AppError::Forbidden)?;
    let holder = match row.responder_id {
        Some(id) => country_of_authority(db, id).await?,
        None => None,
    };
    let target = match target {
        Some(id) => country_of_authority(db, id.0).await?,
        None => None,
    };
    lifecycle::check_reroute(own, holder, target).map_err(|refusal| match refusal {
        lifecycle::RerouteRefusal::HeldAbroad => AppError::Forbidden,
        lifecycle::RerouteRefusal::TargetAbroad => AppError::field("to", FieldCode::NotOwnCountry),
    })
}
