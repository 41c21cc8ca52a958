//! Attached documents: checked by content, stored in the blob store, listed with their
//! request, and downloaded only by users of the authorities involved (the responder only
//! after accepting). Every upload and download is in the audit log.

use axum::body::Bytes;
use object_store::ObjectStore;
use object_store::path::Path as BlobPath;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};
use shared::dto::AttachmentView;
use shared::error::FieldCode;
use shared::permissions::{self, AttachRefusal};
use shared::request::EventKind;
use shared::{QuestionId, RequestId};

use crate::auth::AuthUser;
use crate::blobs;
use crate::entities::{attachment, request_question};
use crate::error::{AppError, Result};
use crate::services::requests::{self, Visible};
use crate::state::AppState;

/// Stores an uploaded document for a request (and optionally one of its questions). With a
/// `version`, only if the request is still at it (a document attached offline and sent
/// later is not added to a request that changed meanwhile).
pub async fn upload(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    question: Option<QuestionId>,
    version: Option<i32>,
    file_name: &str,
    body: Bytes,
) -> Result<AttachmentView> {
    let visible = requests::load(state, user, id).await?;
    if let Some(version) = version {
        requests::check_version(&visible, version)?;
    }
    match permissions::check_attach(&visible.actor(user), visible.state) {
        Ok(()) => {}
        Err(AttachRefusal::NotYours) => return Err(AppError::Forbidden),
        Err(AttachRefusal::NotInState) => {
            return Err(AppError::Conflict {
                current: visible.state,
            });
        }
    }
    let file_name = blobs::clean_file_name(file_name)
        .ok_or_else(|| AppError::field("name", FieldCode::Missing))?;
    if body.is_empty() {
        return Err(AppError::field("file", FieldCode::Empty));
    }
    let content_type = blobs::sniff(&body).ok_or(AppError::UnsupportedFileType)?;
    let file_name = blobs::name_for_type(&file_name, content_type);
    if let Some(question) = question {
        let asked = request_question::Entity::find()
            .filter(request_question::Column::RequestId.eq(visible.row.id))
            .filter(request_question::Column::QuestionId.eq(question.0))
            .one(&state.db)
            .await?;
        if asked.is_none() {
            return Err(AppError::field("question", FieldCode::NotAsked));
        }
    }
    let key = format!("attachments/{}", uuid::Uuid::new_v4().simple());
    let sha256 = crate::datafiles::hex(Sha256::new_with_prefix(&body[..]));
    let size = i64::try_from(body.len()).unwrap_or(i64::MAX);
    // The bytes are stored before the transaction, so that no database lock is held while
    // a large file travels to the store; if the transaction does not commit, they go again.
    let path = BlobPath::from(key.as_str());
    state.blobs.put(&path, body.into()).await.map_err(|err| {
        if blobs::is_storage_full(&err) {
            tracing::error!(error = %err, "the attachment store is full");
            AppError::StorageFull
        } else {
            anyhow::anyhow!("storing an attachment: {err}").into()
        }
    })?;
    let recorded = record(
        state,
        user,
        &visible,
        question,
        &file_name,
        content_type,
        &key,
        &sha256,
        size,
    )
    .await;
    if recorded.is_err() {
        blobs::delete_quietly(state.blobs.as_ref(), &path).await;
    }
    recorded
}

/// The upload's transaction: the request must still be as it was when the upload was
/// decided (a forward or a withdrawal in between refuses it with 409), then the row, the
/// timeline entry, the audit line and the notifications.
#[allow(clippy::too_many_arguments)]
async fn record(
    state: &AppState,
    user: &AuthUser,
    visible: &Visible,
    question: Option<QuestionId>,
    file_name: &str,
    content_type: &str,
    key: &str,
    sha256: &str,
    size: i64,
) -> Result<AttachmentView> {
    let (_turn, txn) = state.begin_write().await?;
    requests::hold(&txn, &visible.row).await?;
    let row = attachment::ActiveModel {
        request_id: Set(visible.row.id),
        question_id: Set(question.map(|q| q.0)),
        file_name: Set(file_name.to_owned()),
        content_type: Set(content_type.to_owned()),
        size: Set(size),
        storage_key: Set(key.to_owned()),
        sha256: Set(sha256.to_owned()),
        authority_id: Set(user.authority_id.0),
        user_id: Set(user.user_id.0),
        at: Set(state.clock.now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    requests::add_file_event(
        &txn,
        state.clock.now(),
        visible.row.id,
        EventKind::AttachmentAdded,
        user,
        file_name,
    )
    .await?;
    crate::services::audit::write(
        &txn,
        state.clock.now(),
        user,
        Some(visible.row.id),
        "upload",
        Some(format!("attachment {} sha256 {sha256}", row.id)),
    )
    .await?;
    if visible.state != shared::lifecycle::RequestState::Draft {
        let parties: Vec<i32> = [Some(visible.row.requester_id), visible.row.responder_id]
            .into_iter()
            .flatten()
            .collect();
        crate::services::notifications::notify(
            &txn,
            state,
            &visible.row,
            EventKind::AttachmentAdded,
            user,
            &parties,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(requests::attachment_view(row))
}

/// A document's bytes with its stored name and type, for a caller who may see it.
pub async fn download(
    state: &AppState,
    user: &AuthUser,
    id: i32,
) -> Result<(attachment::Model, Bytes)> {
    let row = attachment::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let visible: Visible = requests::load(state, user, RequestId(row.request_id)).await?;
    if visible.personal_data_hidden() {
        return Err(AppError::NotFound);
    }
    let bytes = state
        .blobs
        .get(&BlobPath::from(row.storage_key.as_str()))
        .await
        .map_err(|err| anyhow::anyhow!("reading attachment {}: {err}", row.id))?
        .bytes()
        .await
        .map_err(|err| anyhow::anyhow!("reading attachment {}: {err}", row.id))?;
    crate::services::audit::write_alone(
        state,
        user,
        Some(row.request_id),
        "download",
        Some(format!("attachment {}", row.id)),
    )
    .await?;
    Ok((row, bytes))
}
