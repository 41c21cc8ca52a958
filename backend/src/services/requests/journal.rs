//! The request's timeline and the audit log: what happened, by whom, in the same
//! transaction as the change.

use super::*;

/// A timeline entry to write.
#[derive(Default)]
pub(super) struct NewEvent {
    pub(super) note: Option<LangText>,
    pub(super) other: Option<i32>,
    pub(super) split_to: Option<i32>,
    pub(super) file: Option<String>,
    pub(super) assignee: Option<String>,
    pub(super) fields: Vec<shared::personal::PersonalField>,
}

pub(super) async fn add_event(
    db: &impl ConnectionTrait,
    at: chrono::DateTime<Utc>,
    request_id: i32,
    kind: EventKind,
    user: &AuthUser,
    event: NewEvent,
) -> Result<()> {
    request_event::ActiveModel {
        request_id: Set(request_id),
        at: Set(at),
        kind: Set(kind.as_str().to_owned()),
        user_name: Set(user.display_name.clone()),
        authority_id: Set(user.authority_id.0),
        note_text: Set(event.note.as_ref().map(|note| note.text.clone())),
        note_language: Set(event.note.map(|note| note.language.as_str().to_owned())),
        other_authority_id: Set(event.other),
        split_to: Set(event.split_to),
        file: Set(event.file),
        assignee: Set(event.assignee),
        fields: Set((!event.fields.is_empty()).then(|| {
            event
                .fields
                .iter()
                .map(|field| field.as_str())
                .collect::<Vec<_>>()
                .join(",")
        })),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Adds a timeline entry naming a file.
pub async fn add_file_event(
    db: &impl ConnectionTrait,
    at: chrono::DateTime<Utc>,
    request_id: i32,
    kind: EventKind,
    user: &AuthUser,
    file: &str,
) -> Result<()> {
    add_event(
        db,
        at,
        request_id,
        kind,
        user,
        NewEvent {
            file: Some(file.to_owned()),
            ..NewEvent::default()
        },
    )
    .await
}
