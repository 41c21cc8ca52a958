//! Writing an alert: a new draft, a draft's new content, a sent alert's modification.

use super::notices::{Audience, record, record_and_announce};
use super::*;

/// The caller's authority: its country, and its name for the notifications.
async fn own_authority(db: &impl ConnectionTrait, user: &AuthUser) -> Result<authority::Model> {
    authority::Entity::find_by_id(user.authority_id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Starts a draft alert of the caller's authority.
pub async fn create(state: &AppState, user: &AuthUser, input: AlertDraftInput) -> Result<AlertRef> {
    shared::alert::create(&AlertActor::new(
        [AlertSide::Sender],
        user.roles.iter().copied(),
    ))?;
    let checked = check_alert_draft(
        &state.alert_kinds,
        state.search.taxonomy(),
        &input,
        Completeness::Draft,
        state.today(),
    )
    .map_err(AppError::Validation)?;
    let own = own_authority(&state.db, user).await?;
    let now = state.clock.now();
    let model = alert::ActiveModel {
        state: Set(AlertState::Draft.as_str().to_owned()),
        version: Set(1),
        revision: Set(0),
        sender_id: Set(own.id),
        sender_user_id: Set(Some(user.user_id.0)),
        country: Set(own.country.clone()),
        created_at: Set(now),
        sent_at: Set(None),
        ended_on: Set(None),
        proved_wrong: Set(false),
        reminded_on: Set(None),
        blocked_at: Set(None),
        erased_at: Set(None),
        ..Default::default()
    };
    let model = content_columns(state, model, &checked)?;
    let (_turn, txn) = state.begin_write().await?;
    let row = model.insert(&txn).await?;
    record(
        &txn,
        now,
        row.id,
        AlertEventKind::Created,
        Some(user),
        Some(own.id),
        None,
        None,
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(AlertRef {
        id: row.id,
        version: row.version,
        state: Some(AlertState::Draft),
    })
}

/// Saves a draft's new content, or modifies a sent alert (which every recipient is told of).
/// A modification keeps the kind and the countries: a different warning is a new alert.
pub async fn update(
    state: &AppState,
    user: &AuthUser,
    id: i32,
    update: AlertDraftUpdate,
) -> Result<AlertRef> {
    let visible = load(state, user, id).await?;
    let action = if visible.state == AlertState::Draft {
        AlertAction::Edit
    } else {
        AlertAction::Modify
    };
    let needs_approval = state
        .alert_kinds
        .needs_approval(country_of(&visible.row.country)?);
    let transition =
        shared::alert::transition(visible.state, &visible.actor(), &action, needs_approval)?;
    check_version(&visible, update.version)?;
    let modify = action == AlertAction::Modify;
    let completeness = if modify {
        Completeness::Complete
    } else {
        Completeness::Draft
    };
    let mut draft = update.draft;
    if modify {
        // What was sent late stays late for the same reason; the modification does not ask
        // for it again.
        if draft.late_reason.is_none() {
            draft.late_reason = lang_text(
                visible.row.late_reason_text.as_deref(),
                visible.row.late_reason_language.as_deref(),
            );
        }
        if draft.kind != visible.row.kind {
            return Err(AppError::field("kind", FieldCode::NotAllowed));
        }
    }
    // A modification is late only if the sending was: its lateness is judged on the day
    // it was sent.
    let sent_on = visible.row.sent_at.map(crate::services::requests::day_of);
    let checked = match sent_on.filter(|_| modify) {
        Some(sent_on) => shared::alert::check_alert_modification(
            &state.alert_kinds,
            state.search.taxonomy(),
            &draft,
            state.today(),
            sent_on,
        ),
        None => check_alert_draft(
            &state.alert_kinds,
            state.search.taxonomy(),
            &draft,
            completeness,
            state.today(),
        ),
    }
    .map_err(AppError::Validation)?;
    if modify && checked.countries() != countries_of(&visible.row).as_slice() {
        return Err(AppError::field("countries", FieldCode::NotAllowed));
    }
    let content = content_columns(state, <alert::ActiveModel as Default>::default(), &checked)?;
    let (_turn, txn) = state.begin_write().await?;
    let version = claim(&txn, &visible.row, |update| {
        let mut update = update.set(content);
        if modify {
            update = update.col_expr(
                alert::Column::Revision,
                Expr::col(alert::Column::Revision).add(1),
            );
        }
        update
    })
    .await?;
    if modify {
        let own = own_authority(&txn, user).await?;
        record_and_announce(
            &txn,
            state,
            &visible.row,
            &visible.kind,
            AlertEventKind::Modified,
            user,
            &own,
            &[
                Audience::ReceivingCoordinators,
                Audience::Recipients,
                Audience::Commission,
                Audience::Sender,
            ],
        )
        .await?;
    }
    txn.commit().await?;
    Ok(AlertRef {
        id,
        version,
        state: transition.state(),
    })
}
