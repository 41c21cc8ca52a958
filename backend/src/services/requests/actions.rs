//! The state machine's actions on a request, and messages between the parties.

use super::*;

/// Takes an action of the state machine on a request, in one transaction: what the state
/// machine decides, then what it cannot know ([`preconditions`]), then the change
/// ([`apply`]) and what records it ([`record`]).
pub async fn act(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    request: ActionRequest,
) -> Result<RequestRef> {
    let visible = load(state, user, id).await?;
    let kind = request.action.kind();
    if matches!(kind, ActionKind::Create | ActionKind::Edit) {
        // Creating and editing have their own routes, with the draft as their body.
        return Err(AppError::field("action", FieldCode::NotHere));
    }
    let transition = lifecycle::transition(visible.state, &visible.actor(user), &request.action)?;
    check_version(&visible, request.version)?;
    match &request.note {
        Some(note) => check_message("note.text", note).map_err(AppError::Validation)?,
        None if permissions::needs_note(kind) => {
            return Err(AppError::field("note.text", FieldCode::Missing));
        }
        None => {}
    }
    preconditions(state, user, &visible, &request.action).await?;
    let (_turn, txn) = state.begin_write().await?;
    let applied = apply(
        &txn,
        &state.live,
        state.clock.now(),
        &visible.row,
        kind,
        &transition,
    )
    .await?;
    record(
        state,
        &txn,
        user,
        &visible,
        &request,
        &transition,
        applied.created,
    )
    .await?;
    txn.commit().await?;
    for key in applied.deleted_blobs {
        crate::blobs::delete_quietly(state.blobs.as_ref(), &key.as_str().into()).await;
    }
    Ok(RequestRef {
        id,
        version: applied.version,
        state: transition.state(),
        created: applied.created.map(RequestId),
    })
}

/// What the state machine cannot know and an action relies on: a sent draft is complete and
/// goes to an authority of its area, the answers sent answer every question, a forward or a
/// split-off goes where it may, a coordinator moves only what its own country holds.
async fn preconditions(
    state: &AppState,
    user: &AuthUser,
    visible: &Visible,
    action: &Action,
) -> Result<()> {
    let kind = action.kind();
    let row = &visible.row;
    let area = area_of(row)?;
    let questions = questions_of(&state.db, row.id).await?;
    // A coordinator moves only what its own country holds, wherever it would send it.
    if kind == ActionKind::Forward && visible.side == Side::Coordinator {
        check_reroute(&state.db, user, row, None).await?;
    }
    // What the state machine cannot know: the data the action relies on.
    match action {
        Action::Send => {
            let draft = draft_of(row, &questions)?;
            checked(state, &draft, Completeness::Complete)?;
            if let Some(responder) = draft.responder {
                check_recipient(
                    &state.db,
                    responder,
                    area,
                    &[Some(row.requester_id)],
                    "responder",
                )
                .await?;
            }
        }
        Action::Answer => {
            let asked = asked_questions(state, &questions, row.id).await?;
            let answers: Vec<AnswerInput> = questions
                .iter()
                .filter_map(|q| answer_of(q).transpose())
                .collect::<Result<_>>()?;
            check_answers(&answers, &asked, Completeness::Complete)
                .map_err(AppError::Validation)?;
            check_report_complete(state, row).await?;
        }
        Action::Forward { to } => match to {
            ForwardTarget::Authority(target) => {
                let coordinator = visible.side == Side::Coordinator;
                // A coordinator re-routes to others; it does not take the request itself.
                let own = coordinator.then_some(user.authority_id.0);
                check_recipient(
                    &state.db,
                    *target,
                    area,
                    &[Some(row.requester_id), row.responder_id, own],
                    "to",
                )
                .await?;
                if coordinator {
                    check_reroute(&state.db, user, row, Some(*target)).await?;
                }
            }
            ForwardTarget::Coordinator(target) => {
                // Only the coordinator of the holder's own country, when the holder does not
                // know who is competent there.
                let holder_country = match row.responder_id {
                    Some(id) => authority::Entity::find_by_id(id)
                        .one(&state.db)
                        .await?
                        .map(|a| a.country),
                    None => None,
                };
                let coordinator = authority::Entity::find_by_id(target.0)
                    .one(&state.db)
                    .await?
                    .filter(|a| {
                        a.coordinator.is_some()
                            && Some(&a.country) == holder_country.as_ref()
                            && Some(a.id) != row.responder_id
                            && a.id != row.requester_id
                            && visible.side != Side::Coordinator
                    });
                if coordinator.is_none() {
                    return Err(AppError::field("to", FieldCode::NotACoordinator));
                }
            }
        },
        Action::SplitOff {
            questions: moving,
            to,
        } => {
            let present: BTreeSet<i32> = questions.iter().map(|q| q.question_id).collect();
            if moving.iter().any(|q| !present.contains(&q.0)) {
                return Err(AppError::field("questions", FieldCode::NotAsked));
            }
            if moving.len() >= present.len() {
                return Err(AppError::field("questions", FieldCode::NoneLeft));
            }
            check_recipient(
                &state.db,
                *to,
                area,
                &[Some(row.requester_id), row.responder_id],
                "to",
            )
            .await?;
        }
        Action::Accept { .. } if row.requested_date.is_none() => {
            return Err(anyhow::anyhow!("request {} was sent without a date", row.id).into());
        }
        _ => {}
    }

    Ok(())
}

/// What [`apply`] did: the request's new version, the split-off request it created, and the
/// documents whose bytes go once the deletion of a draft has committed.
struct Applied {
    version: i32,
    created: Option<i32>,
    deleted_blobs: Vec<String>,
}

/// The change itself, inside the transaction: the guarded write of the new state with its
/// effect (agreed deadline, new holder, ratings, split-off), or the draft's deletion.
async fn apply(
    txn: &DatabaseTransaction,
    live: &crate::live::Live,
    now: chrono::DateTime<Utc>,
    row: &request::Model,
    kind: ActionKind,
    transition: &Transition,
) -> Result<Applied> {
    let mut created = None;
    let mut deleted_blobs: Vec<String> = Vec::new();
    let version = match transition {
        Transition::Deleted => {
            // The documents' rows go with the draft (cascade); their bytes go after commit.
            // Holding the row first keeps an upload from slipping in between.
            hold(txn, row).await?;
            deleted_blobs = attachment::Entity::find()
                .filter(attachment::Column::RequestId.eq(row.id))
                .all(txn)
                .await?
                .into_iter()
                .map(|a| a.storage_key)
                .collect();
            let deleted = request::Entity::delete_many()
                .filter(request::Column::Id.eq(row.id))
                .filter(request::Column::Version.eq(row.version))
                .exec(txn)
                .await?;
            if deleted.rows_affected != 1 {
                return Err(lost_race(txn, row.id).await);
            }
            overview_cache::bump(txn, live, &[row.requester_id]).await?;
            row.version + 1
        }
        Transition::To { state: to, effect } => {
            let to = *to;
            let effect = effect.clone();
            // The authority that gets the request (or its split-off questions).
            let newcomer: Vec<i32> = match &effect {
                Some(Effect::Reassign(
                    ForwardTarget::Authority(to) | ForwardTarget::Coordinator(to),
                ))
                | Some(Effect::SplitOff { to, .. }) => vec![to.0],
                _ => Vec::new(),
            };
            let version = claim(txn, live, now, row, &newcomer, |update| {
                let update = update.col_expr(request::Column::State, Expr::value(to.as_str()));
                let update = if kind == ActionKind::Send {
                    update.col_expr(request::Column::SentAt, Expr::value(Some(now)))
                } else {
                    update
                };
                // The retention of its personal data is counted from the day it ended.
                let update = if matches!(to, RequestState::Closed | RequestState::Withdrawn) {
                    update.col_expr(
                        request::Column::EndedOn,
                        Expr::value(Some(day_of(now).to_string())),
                    )
                } else {
                    update
                };
                match &effect {
                    Some(Effect::AgreeDeadline(deadline)) => {
                        let agreed = parse_date(row.requested_date.as_deref())
                            .and_then(|requested| deadline.agreed_deadline(requested, day_of(now)));
                        update.col_expr(
                            request::Column::Deadline,
                            Expr::value(agreed.map(|d| d.to_string())),
                        )
                    }
                    Some(Effect::Reassign(target)) => {
                        let (ForwardTarget::Authority(id) | ForwardTarget::Coordinator(id)) =
                            target;
                        update
                            .col_expr(request::Column::ResponderId, Expr::value(Some(id.0)))
                            .col_expr(request::Column::Deadline, Expr::value(None::<String>))
                            .col_expr(request::Column::AssignedTo, Expr::value(None::<i32>))
                    }
                    Some(Effect::Rate { timeliness, effort }) => update
                        .col_expr(
                            request::Column::Timeliness,
                            Expr::value(timeliness.as_str()),
                        )
                        .col_expr(request::Column::Effort, Expr::value(effort.as_str())),
                    Some(Effect::SplitOff { .. }) | None => update,
                }
            })
            .await?;
            if let Some(Effect::SplitOff {
                questions: moving,
                to,
            }) = &effect
            {
                created = Some(split_off(txn, now, row, moving, *to).await?);
            }
            if let Some(Effect::Reassign(_)) = &effect {
                // The new holder answers afresh; the previous holder's drafts stay with it.
                request_question::Entity::update_many()
                    .col_expr(
                        request_question::Column::AnswerJson,
                        Expr::value(None::<String>),
                    )
                    .filter(request_question::Column::RequestId.eq(row.id))
                    .exec(txn)
                    .await?;
            }
            version
        }
    };
    Ok(Applied {
        version,
        created,
        deleted_blobs,
    })
}

/// What records the change, in the same transaction: the timeline's event, the other
/// party's (and a split-off's new holder's) notifications, the audit line.
async fn record(
    state: &AppState,
    txn: &DatabaseTransaction,
    user: &AuthUser,
    visible: &Visible,
    request: &ActionRequest,
    transition: &Transition,
    created: Option<i32>,
) -> Result<()> {
    let row = &visible.row;
    let kind = request.action.kind();
    if let Some(event) = EventKind::of_action(kind) {
        let other = match &request.action {
            Action::Forward {
                to: ForwardTarget::Authority(id) | ForwardTarget::Coordinator(id),
            } => Some(id.0),
            Action::SplitOff { to, .. } => Some(to.0),
            _ => None,
        };
        if *transition != Transition::Deleted {
            add_event(
                txn,
                state.clock.now(),
                row.id,
                event,
                user,
                NewEvent {
                    note: request.note.clone(),
                    other,
                    split_to: created,
                    ..NewEvent::default()
                },
            )
            .await?;
        }
    }
    if let (Some(event), Some(now)) = (
        EventKind::of_action(kind),
        request::Entity::find_by_id(row.id).one(txn).await?,
    ) {
        let parties = [Some(now.requester_id), now.responder_id];
        let parties: Vec<i32> = parties.into_iter().flatten().collect();
        notifications::notify(txn, state, &now, event, user, &parties).await?;
    }
    if let (Some(split), Action::SplitOff { to, .. }) = (created, &request.action)
        && let Some(new) = request::Entity::find_by_id(split).one(txn).await?
    {
        notifications::notify(txn, state, &new, EventKind::SplitOff, user, &[to.0]).await?;
    }
    crate::services::audit::write(
        txn,
        state.clock.now(),
        user,
        Some(row.id),
        &format!("action:{}", kind.as_str()),
        Some(format!(
            "{} -> {}",
            visible.state.as_str(),
            transition.state().map_or("deleted", RequestState::as_str)
        )),
    )
    .await?;
    Ok(())
}

/// Creates the request that split-off questions move to: same requester, subject, comment
/// and requested date, waiting for the new authority's acceptance.
pub(super) async fn split_off(
    txn: &DatabaseTransaction,
    now: chrono::DateTime<Utc>,
    row: &request::Model,
    moving: &[QuestionId],
    to: AuthorityId,
) -> Result<i32> {
    let mut copy: request::ActiveModel = row.clone().into();
    copy.id = sea_orm::ActiveValue::NotSet;
    copy.state = Set(RequestState::AwaitingAcceptance.as_str().to_owned());
    copy.responder_id = Set(Some(to.0));
    copy.deadline = Set(None);
    copy.version = Set(1);
    copy.created_at = Set(now);
    copy.updated_at = Set(now);
    copy.sent_at = Set(Some(now));
    copy.parent_id = Set(Some(row.id));
    copy.assigned_to = Set(None);
    copy.inactivity_reported_at = Set(None);
    let new = copy.insert(txn).await?;
    request_question::Entity::update_many()
        .col_expr(request_question::Column::RequestId, Expr::value(new.id))
        .col_expr(
            request_question::Column::AnswerJson,
            Expr::value(None::<String>),
        )
        .filter(request_question::Column::RequestId.eq(row.id))
        .filter(request_question::Column::QuestionId.is_in(moving.iter().map(|q| q.0)))
        .exec(txn)
        .await?;
    Ok(new.id)
}

/// Adds a message between the two authorities to the timeline. Messages do not change the
/// request's version: talking never blocks an action.
pub async fn message(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    input: MessageInput,
) -> Result<()> {
    let visible = load(state, user, id).await?;
    if !permissions::may_message(visible.side, visible.state) {
        return Err(AppError::Forbidden);
    }
    if visible.stage != Stage::Visible {
        return Err(AppError::PersonalDataBlocked);
    }
    check_message("text.text", &input.text).map_err(AppError::Validation)?;
    if let Some(version) = input.version {
        check_version(&visible, version)?;
    }
    let parties: Vec<i32> = [Some(visible.row.requester_id), visible.row.responder_id]
        .into_iter()
        .flatten()
        .collect();
    let (_turn, txn) = state.begin_write().await?;
    // The version it was written on must still hold when it is written.
    if input.version.is_some() {
        hold(&txn, &visible.row).await?;
    }
    add_event(
        &txn,
        state.clock.now(),
        visible.row.id,
        EventKind::Message,
        user,
        NewEvent {
            note: Some(input.text),
            ..NewEvent::default()
        },
    )
    .await?;
    // A message is activity: the request moves up the overview of both sides, and a later
    // silence is reported afresh.
    request::Entity::update_many()
        .col_expr(request::Column::UpdatedAt, Expr::value(state.clock.now()))
        .col_expr(
            request::Column::InactivityReportedAt,
            Expr::value(None::<chrono::DateTime<Utc>>),
        )
        .filter(request::Column::Id.eq(visible.row.id))
        .exec(&txn)
        .await?;
    overview_cache::bump(&txn, &state.live, &parties).await?;
    notifications::notify(
        &txn,
        state,
        &visible.row,
        EventKind::Message,
        user,
        &parties,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
