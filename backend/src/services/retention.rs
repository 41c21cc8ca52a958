//! The retention job: it makes the retention policy (`shared::retention`) true in the
//! database, so that personal data does not outlive what the law allows.
//!
//! - **Blocking** takes effect on its day without the job: every read computes the stage
//!   from the day the request ended (`requests::retention_stage`). The job records it
//!   (`requests.blocked_at` and the run's list), so that an auditor sees when it happened and
//!   a later, longer policy does not show again what was blocked.
//! - **Erasing** removes a request's personal data (`shared::personal`): the subject, the
//!   comment, the personal placeholders' values, free-text answers and comments on answers,
//!   the notes and messages of its timeline and the names of its files, its documents (rows
//!   and bytes, on disk or in the bucket) and the e-mails that told of it. The skeleton stays,
//!   so statistics do not change.
//! - **Untouched drafts** are deleted altogether after the policy's months.
//! - **Alerts** closed or withdrawn are blocked and then deleted after the days their kind
//!   defines (`alerts/kinds.toml`): blocked, nobody reads whom an alert was about and the
//!   check page no longer finds it; deleted, the alert goes with its timeline, deliveries,
//!   notifications and e-mails.
//!
//! One instance runs it at a time (the `retention` lease); the others skip. It works in
//! batches, each its own transaction that also writes what it did into the run's record, so
//! a run cut short leaves a true record and the next run does the rest. Documents' bytes
//! cannot be removed inside a transaction: their keys are queued (`blob_deletions`) in the
//! batch's transaction and the bytes removed after it commits; keys left in the queue by a
//! crash are removed by the next run first.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Months, Utc};
use object_store::ObjectStore;
use sea_orm::sea_query::{Expr, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};
use serde::Serialize;
use shared::request::AnswerInput;
use shared::retention::RetentionPolicy;
use shared::{Date, LegislativeArea};

use crate::entities::{
    attachment, blob_deletion, inspection_report, notification, outbox, request, request_event,
    request_question, retention_run, retention_run_request,
};
use crate::error::Result;
use crate::services::lease::Lease;
use crate::services::requests::json;
use crate::state::AppState;

/// The lease's name.
const LEASE: &str = "retention";
/// How long a lease lasts without renewal: far longer than a batch takes.
const LEASE_TTL: Duration = Duration::minutes(10);
/// Requests per transaction: short enough not to hold the write lock long, long enough not
/// to spend the run committing.
const BATCH: u64 = 500;
/// The pause after each batch, so that officials' own writes (and, on SQLite, every call
/// that touches its session) get the database between batches: the first run after an
/// upgrade may have hundreds of thousands of requests to catch up on, and must not make the
/// overview wait seconds while it does (on the 1,000,000-request bench, without it the
/// overview's p99 on SQLite went from milliseconds to 12 s during the catch-up).
const PAUSE: std::time::Duration = std::time::Duration::from_millis(100);

/// What a run did (or, dry, would do).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Report {
    /// The run's record, unless dry or skipped.
    pub run: Option<i32>,
    /// Another instance holds the lease: this one did nothing.
    pub skipped: bool,
    /// Nothing was changed.
    pub dry_run: bool,
    /// The day the policy was applied for.
    pub day: String,
    /// Requests whose personal data was recorded as blocked.
    pub blocked: Vec<i32>,
    /// Requests whose personal data was erased.
    pub erased: Vec<i32>,
    /// Untouched drafts deleted.
    pub drafts_deleted: Vec<i32>,
    /// Documents whose bytes were removed (or, dry, would be).
    pub documents_deleted: u64,
    /// E-mails deleted with the requests they told of.
    pub emails_deleted: u64,
    /// Ended alerts whose personal data was blocked.
    #[serde(default)]
    pub alerts_blocked: Vec<i32>,
    /// Ended alerts deleted.
    #[serde(default)]
    pub alerts_deleted: Vec<i32>,
}

/// What the job works with: the app's, or the command's own.
pub struct Context<'a> {
    /// The database.
    pub db: &'a DatabaseConnection,
    /// The documents' bytes.
    pub blobs: &'a dyn ObjectStore,
    /// The policy.
    pub policy: &'a RetentionPolicy,
    /// The alert kinds, whose periods apply to alerts.
    pub alert_kinds: &'a shared::alert::AlertKinds,
    /// Now.
    pub now: DateTime<Utc>,
    /// The live streams, told of the drafts deleted.
    pub live: &'a crate::live::Live,
}

/// Runs the job with the app's state and clock.
pub async fn run(state: &AppState, dry_run: bool) -> Result<Report> {
    let context = Context {
        db: &state.db,
        blobs: state.blobs.as_ref(),
        policy: &state.retention,
        alert_kinds: &state.alert_kinds,
        now: state.clock.now(),
        live: &state.live,
    };
    run_with(&context, dry_run).await
}

/// Runs the job: blocks, erases and deletes what is due on the day of `context.now`.
pub async fn run_with(context: &Context<'_>, dry_run: bool) -> Result<Report> {
    let day = crate::services::requests::day_of(context.now);
    let mut report = Report {
        dry_run,
        day: day.to_string(),
        ..Report::default()
    };
    if dry_run {
        return dry(context, day, report).await;
    }
    let Some(lease) = Lease::take(context.db, LEASE, context.now, LEASE_TTL).await? else {
        report.skipped = true;
        return Ok(report);
    };
    let outcome = work(context, day, &lease, &mut report).await;
    // The lease goes back whether or not the work succeeded: the next run starts over from
    // what was committed.
    lease.release(context.db).await?;
    outcome?;
    Ok(report)
}

/// The run under the lease.
async fn work(context: &Context<'_>, day: Date, lease: &Lease, report: &mut Report) -> Result<()> {
    let db = context.db;
    // First the bytes a run cut short left behind.
    report.documents_deleted += drain_blob_queue(context, None).await?;
    let run = retention_run::ActiveModel {
        holder: Set(lease.holder().to_owned()),
        day: Set(day.to_string()),
        started_at: Set(context.now),
        finished_at: Set(None),
        blocked: Set(0),
        erased: Set(0),
        drafts_deleted: Set(0),
        documents_deleted: Set(0),
        emails_deleted: Set(0),
        ..Default::default()
    }
    .insert(db)
    .await?;
    report.run = Some(run.id);
    let mut after = 0;
    loop {
        let ids = due(db, blocking_due(context.policy, day), after).await?;
        let Some(last) = ids.last() else { break };
        after = *last;
        block(context, run.id, &ids).await?;
        report.blocked.extend(&ids);
        keep(context, lease).await?;
    }
    let mut after = 0;
    loop {
        let ids = due(db, erasing_due(context.policy, day), after).await?;
        let Some(last) = ids.last() else { break };
        after = *last;
        let (keys, emails) = erase(context, run.id, &ids).await?;
        report.erased.extend(&ids);
        report.emails_deleted += emails;
        report.documents_deleted += drain_blob_queue(context, Some(&keys)).await?;
        keep(context, lease).await?;
    }
    let mut after = 0;
    loop {
        let ids = due(db, drafts_due(context.policy, context.now), after).await?;
        let Some(last) = ids.last() else { break };
        after = *last;
        let (deleted, keys, emails) = delete_drafts(context, run.id, &ids).await?;
        report.drafts_deleted.extend(deleted);
        report.emails_deleted += emails;
        report.documents_deleted += drain_blob_queue(context, Some(&keys)).await?;
        keep(context, lease).await?;
    }
    crate::services::alerts::retain(context, day, report, false).await?;
    retention_run::Entity::update_many()
        .col_expr(
            retention_run::Column::FinishedAt,
            Expr::value(Some(context.now)),
        )
        .col_expr(
            retention_run::Column::DocumentsDeleted,
            Expr::value(i64::try_from(report.documents_deleted).unwrap_or(i64::MAX)),
        )
        .filter(retention_run::Column::Id.eq(run.id))
        .exec(db)
        .await?;
    Ok(())
}

/// Pauses after a batch (see [`PAUSE`]), then renews the lease, or stops the run if it was
/// lost.
async fn keep(context: &Context<'_>, lease: &Lease) -> Result<()> {
    tokio::time::sleep(PAUSE).await;
    if lease.renew(context.db, context.now).await? {
        Ok(())
    } else {
        Err(anyhow::anyhow!("the retention lease was lost; another instance carries on").into())
    }
}

/// What a dry run reports: the same selections, nothing changed, no lease taken.
async fn dry(context: &Context<'_>, day: Date, mut report: Report) -> Result<Report> {
    let db = context.db;
    report.blocked = all_due(db, blocking_due(context.policy, day)).await?;
    report.erased = all_due(db, erasing_due(context.policy, day)).await?;
    report.drafts_deleted = all_due(db, drafts_due(context.policy, context.now)).await?;
    let going: Vec<i32> = report
        .erased
        .iter()
        .chain(&report.drafts_deleted)
        .copied()
        .collect();
    for chunk in going.chunks(BATCH as usize) {
        report.documents_deleted += attachment::Entity::find()
            .filter(attachment::Column::RequestId.is_in(chunk.iter().copied()))
            .count(db)
            .await?;
        report.emails_deleted += outbox::Entity::find()
            .filter(outbox::Column::RequestId.is_in(chunk.iter().copied()))
            .count(db)
            .await?;
    }
    crate::services::alerts::retain(context, day, &mut report, true).await?;
    Ok(report)
}

/// Ended requests whose personal data is due to be blocked on `day` and not yet recorded
/// so: per area, those that ended on or before the last day the policy blocks.
fn blocking_due(policy: &RetentionPolicy, day: Date) -> Condition {
    ended_by(|area| policy.last_end_blocked(area, day))
        .add(request::Column::BlockedAt.is_null())
        .add(request::Column::ErasedAt.is_null())
}

/// Ended requests whose personal data is due to be erased on `day`.
fn erasing_due(policy: &RetentionPolicy, day: Date) -> Condition {
    ended_by(|area| policy.last_end_deleted(area, day)).add(request::Column::ErasedAt.is_null())
}

/// Requests of each area that ended on or before `last(area)`.
fn ended_by(last: impl Fn(LegislativeArea) -> Date) -> Condition {
    let areas = LegislativeArea::all().fold(Condition::any(), |any, area| {
        any.add(
            Condition::all()
                .add(request::Column::Area.eq(area.as_str()))
                .add(request::Column::EndedOn.lte(last(area).to_string())),
        )
    });
    Condition::all()
        .add(request::Column::EndedOn.is_not_null())
        .add(areas)
}

/// Drafts nobody changed for the policy's months.
fn drafts_due(policy: &RetentionPolicy, now: DateTime<Utc>) -> Condition {
    let before = now
        .checked_sub_months(Months::new(u32::from(policy.draft_months())))
        .unwrap_or(DateTime::<Utc>::MIN_UTC);
    Condition::all()
        .add(request::Column::State.eq(shared::lifecycle::RequestState::Draft.as_str()))
        .add(request::Column::UpdatedAt.lt(before))
}

/// The next batch of ids matching `condition`, after `after`.
async fn due(db: &impl ConnectionTrait, condition: Condition, after: i32) -> Result<Vec<i32>> {
    Ok(request::Entity::find()
        .select_only()
        .column(request::Column::Id)
        .filter(condition)
        .filter(request::Column::Id.gt(after))
        .order_by_asc(request::Column::Id)
        .limit(BATCH)
        .into_tuple()
        .all(db)
        .await?)
}

/// Every id matching `condition`, batch by batch.
async fn all_due(db: &impl ConnectionTrait, condition: Condition) -> Result<Vec<i32>> {
    let mut ids = Vec::new();
    loop {
        let batch = due(db, condition.clone(), ids.last().copied().unwrap_or(0)).await?;
        if batch.is_empty() {
            return Ok(ids);
        }
        ids.extend(batch);
    }
}

/// Records the requests `ids` as blocked, in one transaction with the run's record.
async fn block(context: &Context<'_>, run: i32, ids: &[i32]) -> Result<()> {
    let txn = context.db.begin().await?;
    request::Entity::update_many()
        .col_expr(request::Column::BlockedAt, Expr::value(Some(context.now)))
        .filter(request::Column::Id.is_in(ids.iter().copied()))
        .filter(request::Column::BlockedAt.is_null())
        .exec(&txn)
        .await?;
    record(&txn, run, ids, "blocked", retention_run::Column::Blocked).await?;
    txn.commit().await?;
    Ok(())
}

/// Erases the personal data of the requests `ids` (see the module's comment), in one
/// transaction with the run's record: the storage keys of their documents, now queued for
/// removal, and how many e-mails went.
async fn erase(context: &Context<'_>, run: i32, ids: &[i32]) -> Result<(Vec<String>, u64)> {
    let registry = shared::placeholder::Registry::standard();
    let txn = context.db.begin().await?;
    // The request first: on SQLite the transaction takes the write lock at once.
    request::Entity::update_many()
        .col_expr(request::Column::SubjectName, Expr::value(""))
        .col_expr(request::Column::SubjectIdentifier, Expr::value(""))
        .col_expr(
            request::Column::SubjectBirthDate,
            Expr::value(None::<String>),
        )
        .col_expr(request::Column::CommentText, Expr::value(None::<String>))
        .col_expr(
            request::Column::CommentLanguage,
            Expr::value(None::<String>),
        )
        .col_expr(request::Column::ErasedAt, Expr::value(Some(context.now)))
        .col_expr(
            request::Column::BlockedAt,
            Expr::col(request::Column::BlockedAt).if_null(context.now),
        )
        .filter(request::Column::Id.is_in(ids.iter().copied()))
        .exec(&txn)
        .await?;
    for question in request_question::Entity::find()
        .filter(request_question::Column::RequestId.is_in(ids.iter().copied()))
        .all(&txn)
        .await?
    {
        let values: BTreeMap<String, String> = serde_json::from_str(&question.values_json)
            .map_err(|err| anyhow::anyhow!("values of request question {}: {err}", question.id))?;
        let kept = shared::personal::impersonal_values(registry, &values);
        let answer: Option<AnswerInput> = question
            .answer_json
            .as_deref()
            .map(serde_json::from_str)
            .transpose()
            .map_err(|err| anyhow::anyhow!("answer of request question {}: {err}", question.id))?;
        let kept_answer = answer
            .as_ref()
            .and_then(shared::personal::impersonal_answer);
        if kept == values && kept_answer == answer {
            continue;
        }
        request_question::Entity::update_many()
            .col_expr(
                request_question::Column::ValuesJson,
                Expr::value(json(&kept)?),
            )
            .col_expr(
                request_question::Column::AnswerJson,
                Expr::value(kept_answer.as_ref().map(json).transpose()?),
            )
            .filter(request_question::Column::Id.eq(question.id))
            .exec(&txn)
            .await?;
    }
    request_event::Entity::update_many()
        .col_expr(request_event::Column::NoteText, Expr::value(None::<String>))
        .col_expr(
            request_event::Column::NoteLanguage,
            Expr::value(None::<String>),
        )
        .col_expr(request_event::Column::File, Expr::value(None::<String>))
        .filter(request_event::Column::RequestId.is_in(ids.iter().copied()))
        .exec(&txn)
        .await?;
    // An inspection's report is its names, signatures and place: nothing of it is kept.
    inspection_report::Entity::delete_many()
        .filter(inspection_report::Column::RequestId.is_in(ids.iter().copied()))
        .exec(&txn)
        .await?;
    let keys = queue_documents(&txn, context.now, ids).await?;
    attachment::Entity::delete_many()
        .filter(attachment::Column::RequestId.is_in(ids.iter().copied()))
        .exec(&txn)
        .await?;
    let emails = delete_emails(&txn, run, ids).await?;
    record(&txn, run, ids, "erased", retention_run::Column::Erased).await?;
    txn.commit().await?;
    Ok((keys, emails))
}

/// Deletes the drafts among `ids` that are still untouched (a user may have edited one since
/// it was selected), with their documents and e-mails: the drafts deleted, their documents'
/// keys, the e-mails deleted.
async fn delete_drafts(
    context: &Context<'_>,
    run: i32,
    ids: &[i32],
) -> Result<(Vec<i32>, Vec<String>, u64)> {
    let txn = context.db.begin().await?;
    let still =
        drafts_due(context.policy, context.now).add(request::Column::Id.is_in(ids.iter().copied()));
    // A write first, which takes SQLite's write lock and PostgreSQL's row locks, so that an
    // edit cannot slip in between the selection and the deletion.
    request::Entity::update_many()
        .col_expr(
            request::Column::Version,
            Expr::col(request::Column::Version).into(),
        )
        .filter(still.clone())
        .exec(&txn)
        .await?;
    let rows: Vec<(i32, i32)> = request::Entity::find()
        .select_only()
        .column(request::Column::Id)
        .column(request::Column::RequesterId)
        .filter(still)
        .into_tuple()
        .all(&txn)
        .await?;
    let deleted: Vec<i32> = rows.iter().map(|(id, _)| *id).collect();
    if deleted.is_empty() {
        return Ok((deleted, Vec::new(), 0));
    }
    let keys = queue_documents(&txn, context.now, &deleted).await?;
    let emails = delete_emails(&txn, run, &deleted).await?;
    notification::Entity::delete_many()
        .filter(notification::Column::RequestId.is_in(deleted.iter().copied()))
        .exec(&txn)
        .await?;
    // Questions, timeline and documents' rows go with the request (cascade).
    request::Entity::delete_many()
        .filter(request::Column::Id.is_in(deleted.iter().copied()))
        .exec(&txn)
        .await?;
    let requesters: Vec<i32> = rows.iter().map(|(_, requester)| *requester).collect();
    crate::overview_cache::bump(&txn, context.live, &requesters).await?;
    record(
        &txn,
        run,
        &deleted,
        "draft_deleted",
        retention_run::Column::DraftsDeleted,
    )
    .await?;
    txn.commit().await?;
    Ok((deleted, keys, emails))
}

/// Queues the storage keys of the documents of `ids` for removal: their keys.
async fn queue_documents(
    txn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    ids: &[i32],
) -> Result<Vec<String>> {
    let keys: Vec<String> = attachment::Entity::find()
        .select_only()
        .column(attachment::Column::StorageKey)
        .filter(attachment::Column::RequestId.is_in(ids.iter().copied()))
        .into_tuple()
        .all(txn)
        .await?;
    for chunk in keys.chunks(BATCH as usize) {
        let mut insert = Query::insert()
            .into_table(blob_deletion::Entity)
            .columns([
                blob_deletion::Column::StorageKey,
                blob_deletion::Column::QueuedAt,
            ])
            .on_conflict(
                OnConflict::column(blob_deletion::Column::StorageKey)
                    .do_nothing()
                    .to_owned(),
            )
            .to_owned();
        for key in chunk {
            insert.values_panic([key.clone().into(), now.into()]);
        }
        let backend = txn.get_database_backend();
        txn.execute(backend.build(&insert)).await?;
    }
    Ok(keys)
}

/// Deletes the e-mails that told of `ids`, adding their number to the run's record.
async fn delete_emails(txn: &impl ConnectionTrait, run: i32, ids: &[i32]) -> Result<u64> {
    let deleted = outbox::Entity::delete_many()
        .filter(outbox::Column::RequestId.is_in(ids.iter().copied()))
        .exec(txn)
        .await?
        .rows_affected;
    if deleted > 0 {
        add_to(txn, run, retention_run::Column::EmailsDeleted, deleted).await?;
    }
    Ok(deleted)
}

/// Writes into run `run`'s record that `step` was done to `ids`.
async fn record(
    txn: &impl ConnectionTrait,
    run: i32,
    ids: &[i32],
    step: &str,
    counter: retention_run::Column,
) -> Result<()> {
    retention_run_request::Entity::insert_many(ids.iter().map(|id| {
        retention_run_request::ActiveModel {
            run_id: Set(run),
            request_id: Set(*id),
            step: Set(step.to_owned()),
            ..Default::default()
        }
    }))
    .exec(txn)
    .await?;
    add_to(txn, run, counter, ids.len() as u64).await
}

/// Adds `n` to a counter of run `run`.
async fn add_to(
    txn: &impl ConnectionTrait,
    run: i32,
    counter: retention_run::Column,
    n: u64,
) -> Result<()> {
    retention_run::Entity::update_many()
        .col_expr(
            counter,
            Expr::col(counter).add(i64::try_from(n).unwrap_or(i64::MAX)),
        )
        .filter(retention_run::Column::Id.eq(run))
        .exec(txn)
        .await?;
    Ok(())
}

/// Removes the bytes of queued documents (those of `keys`, or every queued one), taking each
/// off the queue once its bytes are gone: how many were removed.
async fn drain_blob_queue(context: &Context<'_>, keys: Option<&[String]>) -> Result<u64> {
    let queued: Vec<String> = match keys {
        Some(keys) => keys.to_vec(),
        None => {
            blob_deletion::Entity::find()
                .select_only()
                .column(blob_deletion::Column::StorageKey)
                .into_tuple()
                .all(context.db)
                .await?
        }
    };
    let mut removed = 0;
    for key in queued {
        let path = object_store::path::Path::from(key.as_str());
        match context.blobs.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
            Err(err) => {
                // Left in the queue for the next run.
                tracing::warn!(error = %err, key, "a document's bytes could not be removed");
                continue;
            }
        }
        blob_deletion::Entity::delete_by_id(key)
            .exec(context.db)
            .await?;
        removed += 1;
    }
    Ok(removed)
}
