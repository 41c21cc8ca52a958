//! Allocation (assigning a request to a handler), coordinators' reminders and the
//! inactivity report.

use super::*;

/// Assigns a request of the caller's authority to one of its handlers (allocators only).
pub async fn assign(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    input: shared::dto::AssignInput,
) -> Result<RequestRef> {
    let visible = load(state, user, id).await?;
    if !permissions::may_assign(&visible.actor(user)) {
        return Err(AppError::Forbidden);
    }
    if !permissions::assignable(visible.state) {
        return Err(AppError::Conflict {
            current: visible.state,
        });
    }
    check_version(&visible, input.version)?;
    let assignee = match input.user {
        None => None,
        Some(target) => {
            let handler = crate::entities::user::Entity::find_by_id(target.0)
                .one(&state.db)
                .await?
                .filter(|u| {
                    u.active
                        && u.authority_id.is_some()
                        && u.authority_id == visible.row.responder_id
                });
            let Some(handler) = handler else {
                return Err(AppError::field("user", FieldCode::NotAHandler));
            };
            let roles = crate::auth::roles_of(&state.db, handler.id).await?;
            if !roles.contains(&Role::REQUEST_HANDLER) {
                return Err(AppError::field("user", FieldCode::NotAHandler));
            }
            Some(handler)
        }
    };
    let (_turn, txn) = state.begin_write().await?;
    let assigned = assignee.as_ref().map(|u| u.id);
    let version = claim(
        &txn,
        &state.live,
        state.clock.now(),
        &visible.row,
        &[],
        |update| update.col_expr(request::Column::AssignedTo, Expr::value(assigned)),
    )
    .await?;
    add_event(
        &txn,
        state.clock.now(),
        visible.row.id,
        EventKind::Assigned,
        user,
        NewEvent {
            assignee: assignee.as_ref().map(|u| u.display_name.clone()),
            ..NewEvent::default()
        },
    )
    .await?;
    crate::services::audit::write(
        &txn,
        state.clock.now(),
        user,
        Some(visible.row.id),
        "assign",
        Some(format!("user {assigned:?}")),
    )
    .await?;
    txn.commit().await?;
    Ok(RequestRef {
        id,
        version,
        state: Some(visible.state),
        created: None,
    })
}

/// How long after a reminder the same request can be reminded again: one e-mail a day to
/// the authority whose move it is is a reminder, more would be noise.
pub const REMIND_AGAIN_AFTER_HOURS: i64 = 24;

/// A coordinator reminds the authority whose move it is, at most once in
/// [`REMIND_AGAIN_AFTER_HOURS`] per request, whichever coordinator asks.
pub async fn remind(state: &AppState, user: &AuthUser, id: RequestId) -> Result<()> {
    let visible = load(state, user, id).await?;
    if visible.side != Side::Coordinator {
        return Err(AppError::Forbidden);
    }
    let Some(holder) = holder(&visible.row, visible.state) else {
        return Err(AppError::Conflict {
            current: visible.state,
        });
    };
    let (_turn, txn) = state.begin_write().await?;
    // The guard is the write itself, so of two reminders at once exactly one is sent.
    let now = state.clock.now();
    let again_after = chrono::Duration::hours(REMIND_AGAIN_AFTER_HOURS);
    let marked = request::Entity::update_many()
        .col_expr(request::Column::RemindedAt, Expr::value(Some(now)))
        .filter(request::Column::Id.eq(visible.row.id))
        .filter(
            Condition::any()
                .add(request::Column::RemindedAt.is_null())
                .add(request::Column::RemindedAt.lte(now - again_after)),
        )
        .exec(&txn)
        .await?;
    if marked.rows_affected != 1 {
        let last = request::Entity::find_by_id(visible.row.id)
            .one(&txn)
            .await?
            .and_then(|row| row.reminded_at)
            .unwrap_or(now);
        let wait = (last + again_after - now).num_seconds().max(1);
        return Err(AppError::RateLimited {
            retry_after: u64::try_from(wait).unwrap_or(1),
        });
    }
    add_event(
        &txn,
        state.clock.now(),
        visible.row.id,
        EventKind::Reminded,
        user,
        NewEvent {
            other: Some(holder),
            ..NewEvent::default()
        },
    )
    .await?;
    notifications::notify(
        &txn,
        state,
        &visible.row,
        EventKind::Reminded,
        user,
        &[holder],
    )
    .await?;
    crate::services::audit::write(
        &txn,
        state.clock.now(),
        user,
        Some(visible.row.id),
        "remind",
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// How long a request may stay untouched before its coordinators hear of it.
pub const INACTIVE_AFTER_DAYS: i64 = 60;

pub(super) fn inactive_condition(now: chrono::DateTime<Utc>) -> Condition {
    use RequestState as S;
    Condition::all()
        .add(in_states(
            request::Column::State,
            &[
                S::AwaitingAcceptance,
                S::Accepted,
                S::InfoRequested,
                S::Answered,
            ],
        ))
        .add(request::Column::UpdatedAt.lt(now - chrono::Duration::days(INACTIVE_AFTER_DAYS)))
}

/// Requests of the coordinator's country inactive for more than two months, oldest first.
pub async fn inactive(
    state: &AppState,
    user: &AuthUser,
    language: LanguageCode,
) -> Result<Vec<RequestSummary>> {
    if !user.roles.contains(&Role::COORDINATOR) {
        return Err(AppError::Forbidden);
    }
    let own = authority::Entity::find_by_id(user.authority_id.0)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let of_country = Query::select()
        .column(authority::Column::Id)
        .from(authority::Entity)
        .and_where(authority::Column::Country.eq(own.country))
        .to_owned();
    let mut query = request::Entity::find()
        .filter(inactive_condition(state.clock.now()))
        .filter(
            Condition::any()
                .add(request::Column::RequesterId.in_subquery(of_country.clone()))
                .add(request::Column::ResponderId.in_subquery(of_country)),
        );
    // An area coordinator looks after the requests of its areas only.
    let scope = crate::services::registry::coordinatorship(&state.db, user).await?;
    if let Some(scope) = scope.filter(|s| s.kind == CoordinatorKind::Area) {
        query = query.filter(request::Column::Area.is_in(scope.areas.iter().map(|a| a.as_str())));
    }
    let rows = query
        .order_by_asc(request::Column::UpdatedAt)
        .limit(200)
        .all(&state.db)
        .await?;
    summaries(state, rows, user.authority_id.0, language).await
}

/// Tells the coordinators of the countries involved about requests that just crossed two
/// months of inactivity, once each (until the request moves again). Returns how many.
pub async fn report_inactive(state: &AppState) -> Result<usize> {
    let rows = request::Entity::find()
        .filter(inactive_condition(state.clock.now()))
        .filter(request::Column::InactivityReportedAt.is_null())
        .limit(100)
        .all(&state.db)
        .await?;
    let mut reported = 0;
    for row in rows {
        let parties: Vec<i32> = [Some(row.requester_id), row.responder_id]
            .into_iter()
            .flatten()
            .collect();
        let countries: Vec<String> = authority::Entity::find()
            .filter(authority::Column::Id.is_in(parties))
            .all(&state.db)
            .await?
            .into_iter()
            .map(|a| a.country)
            .collect();
        // The national coordinators, and the area coordinators of the request's area.
        let of_area = Query::select()
            .column(authority_area::Column::AuthorityId)
            .from(authority_area::Entity)
            .and_where(authority_area::Column::Area.eq(row.area.clone()))
            .to_owned();
        let coordinators: Vec<i32> = authority::Entity::find()
            .filter(authority::Column::Country.is_in(countries))
            .filter(
                Condition::any()
                    .add(authority::Column::Coordinator.eq(CoordinatorKind::National.as_str()))
                    .add(
                        Condition::all()
                            .add(authority::Column::Coordinator.eq(CoordinatorKind::Area.as_str()))
                            .add(authority::Column::Id.in_subquery(of_area)),
                    ),
            )
            .all(&state.db)
            .await?
            .into_iter()
            .map(|a| a.id)
            .collect();
        let (_turn, txn) = state.begin_write().await?;
        // Guarded like every change: of two instances, one reports it.
        let marked = request::Entity::update_many()
            .col_expr(
                request::Column::InactivityReportedAt,
                Expr::value(Some(state.clock.now())),
            )
            .filter(request::Column::Id.eq(row.id))
            .filter(request::Column::InactivityReportedAt.is_null())
            // Not if anything happened since it was read as inactive.
            .filter(request::Column::Version.eq(row.version))
            .filter(request::Column::UpdatedAt.eq(row.updated_at))
            .exec(&txn)
            .await?;
        if marked.rows_affected == 1 {
            notifications::notify_system(&txn, state, &row, EventKind::Inactive, &coordinators)
                .await?;
            reported += 1;
        }
        txn.commit().await?;
    }
    Ok(reported)
}
