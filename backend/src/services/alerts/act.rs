//! The state machine's actions on an alert.

use super::notices::{Audience, announce, record, record_and_announce};
use super::*;

/// Takes an action of the state machine on an alert, in one transaction: what the state
/// machine decides, then what it cannot know ([`preconditions`]), then the change with what
/// records and announces it.
pub async fn act(
    state: &AppState,
    user: &AuthUser,
    id: i32,
    request: AlertActionRequest,
) -> Result<AlertRef> {
    let visible = load(state, user, id).await?;
    let kind = request.action.kind();
    if matches!(
        kind,
        AlertActionKind::Create | AlertActionKind::Edit | AlertActionKind::Modify
    ) {
        // Creating, editing and modifying have their own routes, with the content as body.
        return Err(AppError::field("action", FieldCode::NotHere));
    }
    let needs_approval = state
        .alert_kinds
        .needs_approval(country_of(&visible.row.country)?);
    let transition = shared::alert::transition(
        visible.state,
        &visible.actor(),
        &request.action,
        needs_approval,
    )?;
    // A country's or an authority's acknowledgement and a pass-on concern only their own
    // rows: another country acting meanwhile does not make them stale, so they go by the
    // alert's state rather than its version (see `hold`).
    let own_rows_only = kind.concerns_own_rows_only();
    if !own_rows_only {
        check_version(&visible, request.version)?;
    }
    match &request.note {
        Some(note) => check_message("note.text", note).map_err(AppError::Validation)?,
        None if kind.needs_note() => {
            return Err(AppError::field("note.text", FieldCode::Missing));
        }
        None => {}
    }
    preconditions(state, user, &visible, &request.action).await?;
    let own = authority::Entity::find_by_id(user.authority_id.0)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = state.clock.now();
    let today = state.today().to_string();
    let (_turn, txn) = state.begin_write().await?;
    let new_state = transition.state();
    let version = match new_state {
        None => {
            let deleted = alert::Entity::delete_many()
                .filter(alert::Column::Id.eq(id))
                .filter(alert::Column::Version.eq(visible.row.version))
                .exec(&txn)
                .await?;
            if deleted.rows_affected == 0 {
                return Err(AppError::AlertConflict {
                    current: visible.state,
                });
            }
            txn.commit().await?;
            return Ok(AlertRef {
                id,
                version: visible.row.version,
                state: None,
            });
        }
        Some(_) if own_rows_only => {
            hold(&txn, &visible.row).await?;
            visible.row.version
        }
        Some(next) => {
            let effect = transition.effect().cloned();
            claim(&txn, &visible.row, |update| {
                let mut update = update.col_expr(alert::Column::State, Expr::value(next.as_str()));
                if effect == Some(AlertEffect::Distribute) {
                    update = update.col_expr(alert::Column::SentAt, Expr::value(now));
                }
                if next.is_terminal() {
                    update = update.col_expr(alert::Column::EndedOn, Expr::value(today.clone()));
                }
                if effect == Some(AlertEffect::ProvedWrong) {
                    update = update.col_expr(alert::Column::ProvedWrong, Expr::value(true));
                }
                update
            })
            .await?
        }
    };
    apply_effect(&txn, user, &visible, &transition, now).await?;
    let event = AlertEventKind::of(&request.action, &transition);
    if let Some(event) = event {
        let country = visible
            .coordinated_country
            .filter(|_| matches!(kind, AlertActionKind::Acknowledge | AlertActionKind::PassOn));
        let detail = match &request.action {
            AlertAction::PassOn { authorities } => Some(
                authorities
                    .iter()
                    .map(|a| a.0.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            _ => None,
        };
        record(
            &txn,
            now,
            id,
            event,
            Some(user),
            Some(own.id),
            country,
            request.note.as_ref(),
            detail,
        )
        .await?;
        announce(
            &txn,
            state,
            &visible.row,
            &visible.kind,
            event,
            Some((user.user_id.0, &own.name)),
            &audience(&request.action, event),
        )
        .await?;
    }
    // An approval sends the alert: its going out is one more entry, after "approved", and
    // the receiving countries hear of it as of any alert sent.
    if matches!(request.action, AlertAction::Approve) {
        record_and_announce(
            &txn,
            state,
            &visible.row,
            &visible.kind,
            AlertEventKind::Sent,
            user,
            &own,
            &audience(&request.action, AlertEventKind::Sent),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(AlertRef {
        id,
        version,
        state: new_state,
    })
}

/// Who is told of an event.
fn audience(action: &AlertAction, event: AlertEventKind) -> Vec<Audience> {
    use Audience::*;
    match event {
        AlertEventKind::Submitted => vec![SendingCoordinators],
        AlertEventKind::Approved | AlertEventKind::Rejected => vec![Sender],
        // The countries' coordinators learn of a new alert; the sender's authority hears of
        // it from its own action.
        AlertEventKind::Sent => vec![ReceivingCoordinators, Commission],
        AlertEventKind::Acknowledged | AlertEventKind::ReceiptAcknowledged => vec![Sender],
        AlertEventKind::PassedOn => match action {
            AlertAction::PassOn { authorities } => {
                vec![
                    Sender,
                    Authorities(authorities.iter().map(|a| a.0).collect()),
                ]
            }
            _ => vec![Sender],
        },
        AlertEventKind::ClosureProposed => vec![Sender, SendingCoordinators],
        AlertEventKind::ClosureRejected
        | AlertEventKind::Closed
        | AlertEventKind::Withdrawn
        | AlertEventKind::WithdrawnWrong => vec![
            ReceivingCoordinators,
            Recipients,
            Commission,
            Sender,
            SendingCoordinators,
        ],
        AlertEventKind::Created
        | AlertEventKind::Modified
        | AlertEventKind::EndReminder
        | AlertEventKind::LateReminder => Vec::new(),
    }
}

/// What the state machine cannot know and an action relies on: a sent draft is complete, a
/// country acknowledges once, a pass-on goes to authorities of the coordinator's country that
/// handle the alert's area, an authority acknowledges once.
async fn preconditions(
    state: &AppState,
    user: &AuthUser,
    visible: &VisibleAlert,
    action: &AlertAction,
) -> Result<()> {
    let db = &state.db;
    let row = &visible.row;
    match action {
        AlertAction::Send => {
            check_alert_draft(
                &state.alert_kinds,
                state.search.taxonomy(),
                &draft_of(&visible.kind, row)?,
                Completeness::Complete,
                state.today(),
            )
            .map_err(AppError::Validation)?;
        }
        AlertAction::Acknowledge => {
            let delivery = own_delivery(db, visible).await?;
            if delivery.acknowledge().is_none() {
                return Err(AppError::AlertConflict {
                    current: visible.state,
                });
            }
        }
        AlertAction::PassOn { authorities } => {
            let country = visible.coordinated_country.ok_or(AppError::Forbidden)?;
            let ids: Vec<i32> = authorities.iter().map(|a| a.0).collect();
            let found: BTreeMap<i32, authority::Model> = authority::Entity::find()
                .filter(authority::Column::Id.is_in(ids.clone()))
                .all(db)
                .await?
                .into_iter()
                .map(|a| (a.id, a))
                .collect();
            let handling: BTreeSet<i32> = authority_area::Entity::find()
                .filter(authority_area::Column::AuthorityId.is_in(ids.clone()))
                .filter(authority_area::Column::Area.eq(row.area.as_str()))
                .all(db)
                .await?
                .into_iter()
                .map(|a| a.authority_id)
                .collect();
            let already: BTreeSet<i32> = alert_recipient::Entity::find()
                .filter(alert_recipient::Column::AlertId.eq(row.id))
                .filter(alert_recipient::Column::AuthorityId.is_in(ids.clone()))
                .all(db)
                .await?
                .into_iter()
                .map(|r| r.authority_id)
                .collect();
            let mut errors = Vec::new();
            for (index, id) in ids.iter().enumerate() {
                let name = format!("action.authorities[{index}]");
                let code = match found.get(id) {
                    None => Some(FieldCode::Unknown),
                    Some(a) if a.country != country.as_str() => Some(FieldCode::OtherCountry),
                    Some(_) if !handling.contains(id) => Some(FieldCode::AreaNotHandled),
                    Some(_) if already.contains(id) => Some(FieldCode::Duplicate),
                    Some(_) => None,
                };
                if let Some(code) = code {
                    errors.push(shared::error::FieldError::new(name, code));
                }
            }
            if !errors.is_empty() {
                return Err(AppError::Validation(errors));
            }
        }
        AlertAction::AcknowledgeReceipt => {
            let mine = alert_recipient::Entity::find_by_id((row.id, user.authority_id.0))
                .one(db)
                .await?;
            if mine.is_none_or(|r| r.acknowledged_at.is_some()) {
                return Err(AppError::AlertConflict {
                    current: visible.state,
                });
            }
        }
        _ => {}
    }
    Ok(())
}

/// The receiving coordinator's country's delivery of the alert.
async fn own_delivery(db: &impl ConnectionTrait, visible: &VisibleAlert) -> Result<Delivery> {
    let country = visible.coordinated_country.ok_or(AppError::Forbidden)?;
    let row = alert_country::Entity::find_by_id((visible.row.id, country.as_str().to_owned()))
        .one(db)
        .await?
        .ok_or(AppError::Forbidden)?;
    Delivery::parse(&row.delivery).ok_or_else(|| {
        anyhow::anyhow!("alert {}: delivery {:?}", row.alert_id, row.delivery).into()
    })
}

/// The effect of a transition, inside its transaction. Each acknowledgement is guarded by its
/// own row's condition, so that a second one at the same time finds none to change.
async fn apply_effect(
    txn: &DatabaseTransaction,
    user: &AuthUser,
    visible: &VisibleAlert,
    transition: &AlertTransition,
    now: chrono::DateTime<Utc>,
) -> Result<()> {
    let row = &visible.row;
    let conflict = || AppError::AlertConflict {
        current: visible.state,
    };
    match transition.effect() {
        Some(AlertEffect::Distribute) => {
            let countries = countries_of(row);
            crate::catalogue::insert_in_chunks(
                txn,
                countries
                    .iter()
                    .map(|country| alert_country::ActiveModel {
                        alert_id: Set(row.id),
                        country: Set(country.as_str().to_owned()),
                        delivery: Set(Delivery::Received.as_str().to_owned()),
                        received_at: Set(now),
                        acknowledged_at: Set(None),
                        acknowledged_by: Set(None),
                    })
                    .collect(),
                alert_country::Entity::insert_many,
            )
            .await?;
        }
        Some(AlertEffect::AcknowledgeCountry) => {
            let country = visible.coordinated_country.ok_or(AppError::Forbidden)?;
            let done = alert_country::Entity::update_many()
                .col_expr(
                    alert_country::Column::Delivery,
                    Expr::value(Delivery::Acknowledged.as_str()),
                )
                .col_expr(alert_country::Column::AcknowledgedAt, Expr::value(now))
                .col_expr(
                    alert_country::Column::AcknowledgedBy,
                    Expr::value(user.user_id.0),
                )
                .filter(alert_country::Column::AlertId.eq(row.id))
                .filter(alert_country::Column::Country.eq(country.as_str()))
                .filter(alert_country::Column::Delivery.eq(Delivery::Received.as_str()))
                .exec(txn)
                .await?;
            if done.rows_affected == 0 {
                return Err(conflict());
            }
        }
        Some(AlertEffect::PassOn(authorities)) => {
            let country = visible.coordinated_country.ok_or(AppError::Forbidden)?;
            // Passing on acknowledges for the country too, if nobody had.
            alert_country::Entity::update_many()
                .col_expr(
                    alert_country::Column::Delivery,
                    Expr::value(Delivery::PassedOn.as_str()),
                )
                .col_expr(
                    alert_country::Column::AcknowledgedAt,
                    Expr::col(alert_country::Column::AcknowledgedAt).if_null(now),
                )
                .col_expr(
                    alert_country::Column::AcknowledgedBy,
                    Expr::col(alert_country::Column::AcknowledgedBy).if_null(user.user_id.0),
                )
                .filter(alert_country::Column::AlertId.eq(row.id))
                .filter(alert_country::Column::Country.eq(country.as_str()))
                .exec(txn)
                .await?;
            // The primary key refuses an authority passed the alert by someone else meanwhile.
            crate::catalogue::insert_in_chunks(
                txn,
                authorities
                    .iter()
                    .map(|authority| alert_recipient::ActiveModel {
                        alert_id: Set(row.id),
                        authority_id: Set(authority.0),
                        country: Set(country.as_str().to_owned()),
                        passed_at: Set(now),
                        passed_by: Set(Some(user.user_id.0)),
                        acknowledged_at: Set(None),
                        acknowledged_by: Set(None),
                        read_at: Set(None),
                    })
                    .collect(),
                alert_recipient::Entity::insert_many,
            )
            .await
            .map_err(|err| {
                match err
                    .downcast_ref::<sea_orm::DbErr>()
                    .and_then(sea_orm::DbErr::sql_err)
                {
                    Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => conflict(),
                    _ => AppError::Internal(err),
                }
            })?;
        }
        Some(AlertEffect::AcknowledgeAuthority) => {
            let done = alert_recipient::Entity::update_many()
                .col_expr(alert_recipient::Column::AcknowledgedAt, Expr::value(now))
                .col_expr(
                    alert_recipient::Column::AcknowledgedBy,
                    Expr::value(user.user_id.0),
                )
                .filter(alert_recipient::Column::AlertId.eq(row.id))
                .filter(alert_recipient::Column::AuthorityId.eq(user.authority_id.0))
                .filter(alert_recipient::Column::AcknowledgedAt.is_null())
                .exec(txn)
                .await?;
            if done.rows_affected == 0 {
                return Err(conflict());
            }
        }
        Some(AlertEffect::Revise | AlertEffect::ProvedWrong) | None => {}
    }
    Ok(())
}

/// Reminds the senders of alerts whose decision no longer applies, once a day each: from the
/// day after its last day the sender, and once the kind's days to close it have passed its
/// country's alert coordinators too. Returns how many alerts were reminded.
pub async fn remind(state: &AppState) -> Result<usize> {
    let today = state.today();
    let today_text = today.to_string();
    let candidates = alert::Entity::find()
        .filter(alert::Column::State.is_in([
            AlertState::Sent.as_str(),
            AlertState::ClosureProposed.as_str(),
        ]))
        .filter(alert::Column::ValidUntil.lt(today_text.clone()))
        .filter(
            sea_orm::Condition::any()
                .add(alert::Column::RemindedOn.is_null())
                .add(alert::Column::RemindedOn.lt(today_text.clone())),
        )
        .all(&state.db)
        .await?;
    let mut reminded = 0;
    for row in candidates {
        let Some(kind) = state.alert_kinds.get(&row.kind) else {
            continue;
        };
        let fields =
            shared::alert::read_stored(kind, &stored_fields(&row)?, state.search.taxonomy());
        let Some(reminder) = shared::alert::end_reminder(kind, &fields, true, today) else {
            continue;
        };
        let (_turn, txn) = state.begin_write().await?;
        // Guarded like every change: a reminder that another instance sent today is not
        // sent twice.
        let done = alert::Entity::update_many()
            .col_expr(alert::Column::RemindedOn, Expr::value(today_text.clone()))
            .filter(alert::Column::Id.eq(row.id))
            .filter(
                sea_orm::Condition::any()
                    .add(alert::Column::RemindedOn.is_null())
                    .add(alert::Column::RemindedOn.lt(today_text.clone())),
            )
            .exec(&txn)
            .await?;
        if done.rows_affected == 0 {
            continue;
        }
        let (event, audiences) = match reminder {
            shared::alert::EndReminder::Sender => {
                (AlertEventKind::EndReminder, vec![Audience::Sender])
            }
            shared::alert::EndReminder::SenderAndCoordinator => (
                AlertEventKind::LateReminder,
                vec![Audience::Sender, Audience::SendingCoordinators],
            ),
        };
        record(
            &txn,
            state.clock.now(),
            row.id,
            event,
            None,
            None,
            None,
            None,
            None,
        )
        .await?;
        announce(&txn, state, &row, kind, event, None, &audiences).await?;
        txn.commit().await?;
        reminded += 1;
    }
    Ok(reminded)
}
