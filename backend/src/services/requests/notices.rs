//! The user's notifications as the bell lists them: each with its request's number and
//! what it is about, which only the requests' side can say (the notifications service
//! below it only records and delivers).

use super::*;
use crate::entities::notification;

/// The user's latest notifications, newest first.
pub async fn notifications(
    state: &AppState,
    user: &AuthUser,
    language: shared::LanguageCode,
) -> Result<shared::dto::NotificationList> {
    let db = &state.db;
    let rows = notification::Entity::find()
        .filter(notification::Column::UserId.eq(user.user_id.0))
        .order_by_desc(notification::Column::Id)
        .limit(30)
        .all(db)
        .await?;
    let requests: std::collections::BTreeMap<i32, request::Model> = request::Entity::find()
        .filter(request::Column::Id.is_in(rows.iter().map(|r| r.request_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let models: Vec<request::Model> = requests.values().cloned().collect();
    let (_, first) = question_facts(db, &models).await?;
    let about = about_of(state, &models, user.authority_id.0, language, &first).await?;
    let items = rows
        .into_iter()
        .filter_map(|row| {
            let request = requests.get(&row.request_id)?;
            Some(shared::dto::NotificationView {
                id: row.id,
                request: RequestId(row.request_id),
                number: request_number(
                    chrono::Datelike::year(&request.created_at),
                    RequestId(request.id),
                ),
                kind: EventKind::parse(&row.kind)?,
                about: about.get(&row.request_id).cloned(),
                at: row.at.to_rfc3339(),
                read: row.read_at.is_some(),
            })
        })
        .collect();
    Ok(shared::dto::NotificationList {
        unread: notifications::unread(db, user).await?,
        items,
    })
}
