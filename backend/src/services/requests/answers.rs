//! The responder's answers, saved before they are sent.

use super::*;

/// Saves the responder's answers so far. Only the responder's handlers of an accepted
/// request may (the rule of `answer`); sending them is the `answer` action.
pub async fn save_answers(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    update: AnswersUpdate,
) -> Result<RequestRef> {
    let visible = load(state, user, id).await?;
    lifecycle::transition(visible.state, &visible.actor(user), &Action::Answer)?;
    check_version(&visible, update.version)?;
    let questions = questions_of(&state.db, visible.row.id).await?;
    let asked = asked_questions(state, &questions, visible.row.id).await?;
    check_answers(&update.answers, &asked, Completeness::Draft).map_err(AppError::Validation)?;
    let (_turn, txn) = state.begin_write().await?;
    let version = claim(
        &txn,
        &state.live,
        state.clock.now(),
        &visible.row,
        &[],
        |update| update,
    )
    .await?;
    for question in &questions {
        let answer = update
            .answers
            .iter()
            .find(|answer| answer.question.0 == question.question_id);
        request_question::Entity::update_many()
            .col_expr(
                request_question::Column::AnswerJson,
                Expr::value(answer.map(json).transpose()?),
            )
            .filter(request_question::Column::Id.eq(question.id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(RequestRef {
        id,
        version,
        state: Some(visible.state),
        created: None,
    })
}

pub(super) async fn asked_questions(
    state: &AppState,
    questions: &[request_question::Model],
    request_id: i32,
) -> Result<Vec<AskedQuestion>> {
    let attached: BTreeSet<i32> = attachment::Entity::find()
        .filter(attachment::Column::RequestId.eq(request_id))
        .all(&state.db)
        .await?
        .into_iter()
        .filter_map(|a| a.question_id)
        .collect();
    questions
        .iter()
        .map(|row| {
            let question = state
                .catalogue
                .question(QuestionId(row.question_id))
                .ok_or_else(|| {
                    anyhow::anyhow!("question {} left the catalogue", row.question_id)
                })?;
            Ok(AskedQuestion {
                id: QuestionId(row.question_id),
                answer_type: question.answer,
                options: state.catalogue.option_keys(question),
                has_attachment: attached.contains(&row.question_id),
            })
        })
        .collect()
}
