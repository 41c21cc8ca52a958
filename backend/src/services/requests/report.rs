//! The on-site report of an inspection request (`shared::inspection`): saved by the
//! responder's inspector as far as they have got, checked whole when the answer is sent, and
//! read by the requester with the answers.

use super::*;
use crate::entities::inspection_report;
use shared::dto::ReportUpdate;
use shared::inspection::{InspectionReport, check_report};

/// Saves the report of inspection request `id` (`PUT /api/requests/{id}/report`): who may
/// save answers may save it, while they may, on the version they saw.
pub async fn save_report(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    update: ReportUpdate,
) -> Result<RequestRef> {
    let visible = load(state, user, id).await?;
    lifecycle::transition(visible.state, &visible.actor(user), &Action::Answer)?;
    check_version(&visible, update.version)?;
    if kind_of(&visible.row)? != RequestKind::Inspection {
        return Err(AppError::field("kind", FieldCode::WrongKind));
    }
    let report = check_report(&update.report, Completeness::Draft, state.today())
        .map_err(AppError::Validation)?;
    let now = state.clock.now();
    let (_turn, txn) = state.begin_write().await?;
    let version = claim(&txn, &state.live, now, &visible.row, &[], |update| update).await?;
    inspection_report::Entity::delete_by_id(visible.row.id)
        .exec(&txn)
        .await?;
    inspection_report::ActiveModel {
        request_id: Set(visible.row.id),
        inspected_on: Set(report.inspected_on.map(|d| d.to_string())),
        place: Set(report.place.clone()),
        signatures_json: Set(json(&report.signatures)?),
        updated_by: Set(user.user_id.0),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(RequestRef {
        id,
        version,
        state: Some(visible.state),
        created: None,
    })
}

/// The report saved for request `request_id`, if any.
pub(super) async fn report_of(
    db: &impl ConnectionTrait,
    request_id: i32,
) -> Result<Option<InspectionReport>> {
    let Some(row) = inspection_report::Entity::find_by_id(request_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(InspectionReport {
        inspected_on: parse_date(row.inspected_on.as_deref()),
        place: row.place,
        signatures: serde_json::from_str(&row.signatures_json)
            .map_err(|err| anyhow::anyhow!("report of request {request_id}: {err}"))?,
    }))
}

/// Refuses to send the answer to an inspection request whose report is not complete (see
/// `check_report`), naming each missing part.
pub(super) async fn check_report_complete(state: &AppState, row: &request::Model) -> Result<()> {
    if kind_of(row)? != RequestKind::Inspection {
        return Ok(());
    }
    let report = report_of(&state.db, row.id).await?.unwrap_or_default();
    check_report(&report, Completeness::Complete, state.today())
        .map(|_| ())
        .map_err(AppError::Validation)
}
