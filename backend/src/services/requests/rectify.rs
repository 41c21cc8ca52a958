//! Rectification (GDPR art. 16): a party corrects whom a request is about. The other party
//! is told, and the timeline says who corrected which fields, never what they said before:
//! the old values are overwritten, so nothing shows them once the data is blocked, or ever.

use super::*;

/// Corrects the subject of a sent request, in one transaction with its event, the other
/// party's notification and the audit line. Nothing changed is nothing written.
pub async fn rectify(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    input: shared::dto::Rectification,
) -> Result<RequestRef> {
    let visible = load(state, user, id).await?;
    if !permissions::may_rectify(&visible.actor(user), visible.state) {
        return Err(AppError::Forbidden);
    }
    if visible.stage != Stage::Visible {
        return Err(AppError::PersonalDataBlocked);
    }
    check_version(&visible, input.version)?;
    let subject = shared::request::check_subject(&input.subject, state.today())
        .map_err(AppError::Validation)?;
    let row = &visible.row;
    let before = Subject {
        name: row.subject_name.clone(),
        identifier: row.subject_identifier.clone(),
        birth_date: parse_date(row.subject_birth_date.as_deref()),
    };
    let fields = shared::personal::changed_fields(&before, &subject);
    if fields.is_empty() {
        return Ok(RequestRef {
            id,
            version: row.version,
            state: Some(visible.state),
            created: None,
        });
    }
    let now = state.clock.now();
    let (_turn, txn) = state.begin_write().await?;
    let version = claim(&txn, &state.live, now, row, &[], |update| {
        update
            .col_expr(
                request::Column::SubjectName,
                Expr::value(subject.name.clone()),
            )
            .col_expr(
                request::Column::SubjectIdentifier,
                Expr::value(subject.identifier.clone()),
            )
            .col_expr(
                request::Column::SubjectBirthDate,
                Expr::value(subject.birth_date.map(|d| d.to_string())),
            )
    })
    .await?;
    add_event(
        &txn,
        now,
        row.id,
        EventKind::Rectified,
        user,
        NewEvent {
            fields: fields.clone(),
            ..NewEvent::default()
        },
    )
    .await?;
    let parties: Vec<i32> = [Some(row.requester_id), row.responder_id]
        .into_iter()
        .flatten()
        .collect();
    notifications::notify(&txn, state, row, EventKind::Rectified, user, &parties).await?;
    let codes: Vec<&str> = fields.iter().map(|field| field.as_str()).collect();
    crate::services::audit::write(
        &txn,
        now,
        user,
        Some(row.id),
        "rectify",
        Some(codes.join(", ")),
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
