//! The audit log's one writer: who did what, to which request if any, with what detail.
//! Every service that records an act of a user (viewing personal data, an action on a
//! request, a change to the registry, a change of credentials) writes through here, so that
//! the log has one shape an auditor can read.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

use crate::auth::Account;
use crate::entities::audit_log;
use crate::error::Result;

/// Records that `user` did `action` (a stable snake_case code), on `request_id` if it
/// concerns one, with `detail` (free text or JSON).
pub async fn write(
    db: &impl ConnectionTrait,
    user: &Account,
    request_id: Option<i32>,
    action: &str,
    detail: Option<String>,
) -> Result<()> {
    audit_log::ActiveModel {
        at: Set(Utc::now()),
        user_id: Set(user.user_id.0),
        authority_id: Set(user.member.authority().map(|id| id.0)),
        request_id: Set(request_id),
        action: Set(action.to_owned()),
        detail: Set(detail),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
