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

pub(super) fn checked(
    state: &AppState,
    draft: &DraftInput,
    completeness: Completeness,
) -> Result<DraftInput> {
    check_draft(draft, state.catalogue.as_ref(), completeness, today())
        .map(|checked| checked.draft)
        .map_err(AppError::Validation)
}

/// Creates a draft (`create` in the state machine).
pub async fn create(state: &AppState, user: &AuthUser, draft: DraftInput) -> Result<RequestRef> {
    lifecycle::create(&Actor::new(Side::Requesting, user.roles.iter().copied()))?;
    let draft = checked(state, &draft, Completeness::Draft)?;
    if let Some(responder) = draft.responder {
        check_recipient(
            &state.db,
            responder,
            draft.area,
            &[Some(user.authority_id.0)],
            "responder",
        )
        .await?;
    }
    let now = Utc::now();
    let txn = state.db.begin().await?;
    let row = request::ActiveModel {
        area: Set(draft.area.as_str().to_owned()),
        state: Set(RequestState::Draft.as_str().to_owned()),
        requester_id: Set(user.authority_id.0),
        responder_id: Set(draft.responder.map(|id| id.0)),
        created_by: Set(user.user_id.0),
        subject_name: Set(draft.subject.name.clone()),
        subject_identifier: Set(draft.subject.identifier.clone()),
        subject_birth_date: Set(draft.subject.birth_date.map(|d| d.to_string())),
        comment_text: Set(draft.comment.as_ref().map(|c| c.text.clone())),
        comment_language: Set(draft
            .comment
            .as_ref()
            .map(|c| c.language.as_str().to_owned())),
        requested_date: Set(draft.requested_date.map(|d| d.to_string())),
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
    }
    .insert(&txn)
    .await?;
    write_questions(&txn, row.id, &draft.questions).await?;
    add_event(&txn, row.id, EventKind::Created, user, NewEvent::default()).await?;
    overview_cache::bump(&txn, &[user.authority_id.0]).await?;
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
    let visible = load(&state.db, user, id).await?;
    lifecycle::transition(visible.state, &visible.actor(user), &Action::Edit)?;
    check_version(&visible, update.version)?;
    let draft = checked(state, &update.draft, Completeness::Draft)?;
    if let Some(responder) = draft.responder {
        check_recipient(
            &state.db,
            responder,
            draft.area,
            &[Some(user.authority_id.0)],
            "responder",
        )
        .await?;
    }
    let txn = state.db.begin().await?;
    let version = claim(&txn, &visible.row, &[], |update| {
        update
            .col_expr(request::Column::Area, Expr::value(draft.area.as_str()))
            .col_expr(
                request::Column::ResponderId,
                Expr::value(draft.responder.map(|id| id.0)),
            )
            .col_expr(
                request::Column::SubjectName,
                Expr::value(draft.subject.name.clone()),
            )
            .col_expr(
                request::Column::SubjectIdentifier,
                Expr::value(draft.subject.identifier.clone()),
            )
            .col_expr(
                request::Column::SubjectBirthDate,
                Expr::value(draft.subject.birth_date.map(|d| d.to_string())),
            )
            .col_expr(
                request::Column::CommentText,
                Expr::value(draft.comment.as_ref().map(|c| c.text.clone())),
            )
            .col_expr(
                request::Column::CommentLanguage,
                Expr::value(
                    draft
                        .comment
                        .as_ref()
                        .map(|c| c.language.as_str().to_owned()),
                ),
            )
            .col_expr(
                request::Column::RequestedDate,
                Expr::value(draft.requested_date.map(|d| d.to_string())),
            )
    })
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
