//! Drafts: creating and saving them, and the mapping between a draft and its rows.

use super::*;

pub(super) async fn questions_of(
    db: &impl ConnectionTrait,
    request_id: i32,
) -> Result<Vec<request_question::Model>> {
    Ok(request_question::Entity::find()
        .filter(request_question::Column::RequestId.eq(request_id))
        .order_by_asc(request_question::Column::Position)
        .all(db)
        .await?)
}

pub(super) fn values_of(row: &request_question::Model) -> Result<BTreeMap<String, String>> {
    serde_json::from_str(&row.values_json)
        .map_err(|err| anyhow::anyhow!("values of request question {}: {err}", row.id).into())
}

pub(super) fn answer_of(row: &request_question::Model) -> Result<Option<AnswerInput>> {
    row.answer_json
        .as_deref()
        .map(serde_json::from_str)
        .transpose()
        .map_err(|err| anyhow::anyhow!("answer of request question {}: {err}", row.id).into())
}

/// The draft as stored, for re-checking and for the requester's editor.
pub(super) fn draft_of(
    row: &request::Model,
    questions: &[request_question::Model],
) -> Result<DraftInput> {
    Ok(DraftInput {
        kind: kind_of(row)?,
        area: area_of(row)?,
        responder: row.responder_id.map(AuthorityId),
        subject: Subject {
            name: row.subject_name.clone(),
            identifier: row.subject_identifier.clone(),
            birth_date: parse_date(row.subject_birth_date.as_deref()),
        },
        questions: questions
            .iter()
            .map(|q| {
                Ok(DraftQuestion {
                    question: QuestionId(q.question_id),
                    values: values_of(q)?,
                })
            })
            .collect::<Result<_>>()?,
        comment: lang_text(row.comment_text.as_deref(), row.comment_language.as_deref()),
        requested_date: parse_date(row.requested_date.as_deref()),
    })
}

/// The request's columns a draft fills, with their values: the one mapping of a draft to
/// its row, for creating it and for saving it again ([`draft_of`] reads it back).
fn draft_columns(draft: &CheckedDraft) -> [(request::Column, sea_orm::Value); 9] {
    let comment = draft.comment.as_ref();
    [
        (request::Column::Kind, draft.kind.as_str().into()),
        (request::Column::Area, draft.area.as_str().into()),
        (
            request::Column::ResponderId,
            draft.responder.map(|id| id.0).into(),
        ),
        (
            request::Column::SubjectName,
            draft.subject.name.clone().into(),
        ),
        (
            request::Column::SubjectIdentifier,
            draft.subject.identifier.clone().into(),
        ),
        (
            request::Column::SubjectBirthDate,
            draft.subject.birth_date.map(|d| d.to_string()).into(),
        ),
        (
            request::Column::CommentText,
            comment.map(|c| c.text.clone()).into(),
        ),
        (
            request::Column::CommentLanguage,
            comment.map(|c| c.language.as_str().to_owned()).into(),
        ),
        (
            request::Column::RequestedDate,
            draft.requested_date.map(|d| d.to_string()).into(),
        ),
    ]
}

/// Writes a checked draft's questions, replacing any earlier ones.
pub(super) async fn write_questions(
    txn: &DatabaseTransaction,
    request_id: i32,
    questions: &[DraftQuestion],
) -> Result<()> {
    request_question::Entity::delete_many()
        .filter(request_question::Column::RequestId.eq(request_id))
        .exec(txn)
        .await?;
    for (position, question) in questions.iter().enumerate() {
        request_question::ActiveModel {
            request_id: Set(request_id),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            question_id: Set(question.question.0),
            values_json: Set(json(&question.values)?),
            answer_json: Set(None),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

/// The draft checked against the catalogue, or every problem as a validation error.
pub(super) fn checked(
    state: &AppState,
    draft: &DraftInput,
    completeness: Completeness,
) -> Result<CheckedDraft> {
    check_draft(draft, state.catalogue.as_ref(), completeness, state.today())
        .map_err(AppError::Validation)
}

/// A draft as it may be saved: checked as a draft, and its responder (when chosen) one that
/// handles the area and is not the requester itself.
async fn checked_draft(
    state: &AppState,
    user: &AuthUser,
    draft: &DraftInput,
) -> Result<CheckedDraft> {
    let draft = checked(state, draft, Completeness::Draft)?;
    if let Some(responder) = draft.responder {
        let requester = [Some(user.authority_id.0)];
        check_recipient(&state.db, responder, draft.area, &requester, "responder").await?;
    }
    Ok(draft)
}

/// Creates a draft (`create` in the state machine).
pub async fn create(state: &AppState, user: &AuthUser, draft: DraftInput) -> Result<RequestRef> {
    lifecycle::create(&Actor::new(Side::Requesting, user.roles.iter().copied()))?;
    let draft = checked_draft(state, user, &draft).await?;
    let now = state.clock.now();
    let (_turn, txn) = state.begin_write().await?;
    let mut row = request::ActiveModel {
        state: Set(RequestState::Draft.as_str().to_owned()),
        requester_id: Set(user.authority_id.0),
        created_by: Set(user.user_id.0),
        deadline: Set(None),
        timeliness: Set(None),
        effort: Set(None),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        sent_at: Set(None),
        parent_id: Set(None),
        assigned_to: Set(None),
        inactivity_reported_at: Set(None),
        ..Default::default()
    };
    for (column, value) in draft_columns(&draft) {
        row.set(column, value);
    }
    let row = row.insert(&txn).await?;
    write_questions(&txn, row.id, &draft.questions).await?;
    add_event(
        &txn,
        state.clock.now(),
        row.id,
        EventKind::Created,
        user,
        NewEvent::default(),
    )
    .await?;
    overview_cache::bump(&txn, &state.live, &[user.authority_id.0]).await?;
    txn.commit().await?;
    Ok(RequestRef {
        id: RequestId(row.id),
        version: row.version,
        state: Some(RequestState::Draft),
        created: None,
    })
}

/// Saves a draft again (`edit`), e.g. the SPA's automatic save.
pub async fn save_draft(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    update: DraftUpdate,
) -> Result<RequestRef> {
    let visible = load(state, user, id).await?;
    lifecycle::transition(visible.state, &visible.actor(user), &Action::Edit)?;
    check_version(&visible, update.version)?;
    let draft = checked_draft(state, user, &update.draft).await?;
    let (_turn, txn) = state.begin_write().await?;
    let columns = draft_columns(&draft);
    let version = claim(
        &txn,
        &state.live,
        state.clock.now(),
        &visible.row,
        &[],
        |update| {
            columns.into_iter().fold(update, |update, (column, value)| {
                update.col_expr(column, Expr::value(value))
            })
        },
    )
    .await?;
    write_questions(&txn, visible.row.id, &draft.questions).await?;
    txn.commit().await?;
    Ok(RequestRef {
        id,
        version,
        state: Some(RequestState::Draft),
        created: None,
    })
}
