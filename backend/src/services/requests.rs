//! Information requests: who may see a request and from which side, and the one transaction
//! that each change is.
//!
//! Every write follows the same pattern, so that two users acting at once cannot both win:
//! read the request, decide with `shared::lifecycle::transition` (or the draft and answer
//! checks) what the change is, then open a transaction whose first statement is an `UPDATE`
//! of the request guarded by the version that was read. If another action got in between,
//! the guard matches no row, the transaction is rolled back and the caller gets 409 with the
//! state the other action left. Starting with the write matters on SQLite too: a transaction
//! that begins by writing takes the database's write lock at once (waiting on the busy
//! timeout), instead of failing later when it tries to upgrade a read.

use chrono::{Datelike, Utc};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set, TransactionTrait,
};
use shared::dto::OptionView;
use shared::error::FieldCode;
use shared::lifecycle::{
    self, Action, ActionKind, Actor, Allocation, Effect, ForwardTarget, Rating, RequestState, Side,
    Transition,
};
use shared::permissions;
use shared::placeholder::{Completeness, RenderedSegment, Template, render};
use shared::query::{RequestListQuery, RequestSort};
use shared::request::{
    ActionRequest, AnswerInput, AnswerValue, AnswersUpdate, AskedQuestion, DraftInput,
    DraftQuestion, DraftUpdate, EventKind, EventView, LangText, MessageInput, PartyView,
    RequestBox, RequestCounts, RequestListPage, RequestQuestionView, RequestRef, RequestSummary,
    RequestView, Subject, check_answers, check_draft, check_message, request_number,
};
use shared::{
    AuthorityId, CountryCode, Date, LanguageCode, LegislativeArea, QuestionId, RequestId, Role,
};
use std::collections::{BTreeMap, BTreeSet};

use crate::auth::AuthUser;
use crate::catalogue::TextTable;
use crate::entities::{
    attachment, audit_log, authority, authority_area, request, request_event, request_question,
};
use crate::error::{AppError, Result};
use crate::overview_cache;
use crate::services::notifications;
use crate::state::AppState;
use shared::registry::CoordinatorKind;

/// Today's date in UTC: deadlines are whole days.
pub fn today() -> Date {
    let now = Utc::now().date_naive();
    Date::from_ymd(
        u16::try_from(now.year()).unwrap_or(1),
        u8::try_from(now.month()).unwrap_or(1),
        u8::try_from(now.day()).unwrap_or(1),
    )
    .unwrap_or(Date::MIN)
}

fn parse_date(text: Option<&str>) -> Option<Date> {
    text.and_then(|text| Date::parse(text).ok())
}

fn state_of(row: &request::Model) -> Result<RequestState> {
    RequestState::parse(&row.state)
        .ok_or_else(|| anyhow::anyhow!("request {} has state {:?}", row.id, row.state).into())
}

fn area_of(row: &request::Model) -> Result<LegislativeArea> {
    LegislativeArea::parse(&row.area)
        .map_err(|err| anyhow::anyhow!("request {}: {err}", row.id).into())
}

/// A request the caller may see, with their side of it.
pub struct Visible {
    /// The request.
    pub row: request::Model,
    /// Its state.
    pub state: RequestState,
    /// The caller's side.
    pub side: Side,
    /// On the responding side, whether its authority allocates and the request is the
    /// caller's; `Off` on the other sides.
    pub allocation: Allocation,
}

impl Visible {
    /// The caller as the rules of `shared::lifecycle` and `shared::permissions` see them.
    pub fn actor(&self, user: &AuthUser) -> Actor {
        Actor::new(self.side, user.roles.iter().copied()).allocating(self.allocation)
    }

    /// Whether personal data and attachments are withheld from the caller
    /// (`shared::permissions::personal_data_hidden`).
    pub fn personal_data_hidden(&self) -> bool {
        permissions::personal_data_hidden(self.side, self.state)
    }
}

/// Loads a request and works out the caller's side; any request the caller may not see is
/// reported as not found, so ids reveal nothing.
pub async fn load(db: &impl ConnectionTrait, user: &AuthUser, id: RequestId) -> Result<Visible> {
    let row = request::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let state = state_of(&row)?;
    let mine = user.authority_id.0;
    let side = if row.requester_id == mine {
        Side::Requesting
    } else if state == RequestState::Draft {
        return Err(AppError::NotFound);
    } else if row.responder_id == Some(mine) {
        Side::Responding
    } else if user.roles.contains(&Role::COORDINATOR)
        && coordinates(
            db,
            user,
            &row.area,
            &[Some(row.requester_id), row.responder_id],
        )
        .await?
    {
        Side::Coordinator
    } else {
        return Err(AppError::NotFound);
    };
    let allocation = match (side, row.responder_id) {
        (Side::Responding, Some(responder)) => {
            let enabled = authority::Entity::find_by_id(responder)
                .one(db)
                .await?
                .is_some_and(|a| a.allocation_enabled);
            Allocation::of(enabled, row.assigned_to == Some(user.user_id.0))
        }
        _ => Allocation::Off,
    };
    Ok(Visible {
        row,
        state,
        side,
        allocation,
    })
}

/// Whether one of `authorities` is in the coordinator's country, and the request's `area` is
/// one it coordinates (every area for a national coordinator).
async fn coordinates(
    db: &impl ConnectionTrait,
    user: &AuthUser,
    area: &str,
    authorities: &[Option<i32>],
) -> Result<bool> {
    let ids: Vec<i32> = authorities.iter().flatten().copied().collect();
    let Some(scope) = crate::services::registry::coordinatorship(db, user).await? else {
        return Ok(false);
    };
    if scope.kind == CoordinatorKind::Area && !scope.areas.iter().any(|a| a.as_str() == area) {
        return Ok(false);
    }
    let own = authority::Entity::find_by_id(user.authority_id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let count = authority::Entity::find()
        .filter(authority::Column::Id.is_in(ids))
        .filter(authority::Column::Country.eq(own.country))
        .count(db)
        .await?;
    Ok(count > 0)
}

/// Refuses an action taken on an older version than the stored one.
fn check_version(visible: &Visible, version: i32) -> Result<()> {
    if visible.row.version == version {
        Ok(())
    } else {
        Err(AppError::Conflict {
            current: visible.state,
        })
    }
}

/// The guarded write every change starts its transaction with (see the module's comment).
/// `changes` sets the columns the change needs besides version and time; `also` names
/// authorities besides the two parties whose overview changes (a forward's or a split-off's
/// new holder), so that every authority row is locked here, once, in one order.
async fn claim(
    txn: &DatabaseTransaction,
    row: &request::Model,
    also: &[i32],
    changes: impl FnOnce(sea_orm::UpdateMany<request::Entity>) -> sea_orm::UpdateMany<request::Entity>,
) -> Result<i32> {
    let version = row.version + 1;
    let update = request::Entity::update_many()
        .col_expr(request::Column::Version, Expr::value(version))
        .col_expr(request::Column::UpdatedAt, Expr::value(Utc::now()))
        // Any change is activity: a later silence is reported afresh.
        .col_expr(
            request::Column::InactivityReportedAt,
            Expr::value(None::<chrono::DateTime<Utc>>),
        )
        .filter(request::Column::Id.eq(row.id))
        .filter(request::Column::Version.eq(row.version));
    let result = changes(update).exec(txn).await?;
    if result.rows_affected != 1 {
        return Err(lost_race(txn, row.id).await);
    }
    let parties: Vec<i32> = [Some(row.requester_id), row.responder_id]
        .into_iter()
        .flatten()
        .chain(also.iter().copied())
        .collect();
    overview_cache::bump(txn, &parties).await?;
    Ok(version)
}

/// The first statement of a transaction that adds to a request without changing it (an
/// attachment): a write that matches only the version the caller decided on, so that a
/// change committed in between (a forward, a withdrawal) refuses the addition with 409, and
/// a change that comes later waits for it.
pub async fn hold(txn: &DatabaseTransaction, row: &request::Model) -> Result<()> {
    let held = request::Entity::update_many()
        .col_expr(
            request::Column::Version,
            Expr::col(request::Column::Version).into(),
        )
        .filter(request::Column::Id.eq(row.id))
        .filter(request::Column::Version.eq(row.version))
        .exec(txn)
        .await?;
    if held.rows_affected != 1 {
        return Err(lost_race(txn, row.id).await);
    }
    Ok(())
}

/// The error for a write that found the request changed under it.
async fn lost_race(db: &impl ConnectionTrait, id: i32) -> AppError {
    match request::Entity::find_by_id(id).one(db).await {
        Ok(Some(now)) => match state_of(&now) {
            Ok(current) => AppError::Conflict { current },
            Err(err) => err,
        },
        Ok(None) => AppError::NotFound,
        Err(err) => err.into(),
    }
}

/// A timeline entry to write.
#[derive(Default)]
struct NewEvent {
    note: Option<LangText>,
    other: Option<i32>,
    split_to: Option<i32>,
    file: Option<String>,
    assignee: Option<String>,
}

async fn add_event(
    db: &impl ConnectionTrait,
    request_id: i32,
    kind: EventKind,
    user: &AuthUser,
    event: NewEvent,
) -> Result<()> {
    request_event::ActiveModel {
        request_id: Set(request_id),
        at: Set(Utc::now()),
        kind: Set(kind.as_str().to_owned()),
        user_name: Set(user.display_name.clone()),
        authority_id: Set(user.authority_id.0),
        note_text: Set(event.note.as_ref().map(|note| note.text.clone())),
        note_language: Set(event.note.map(|note| note.language.as_str().to_owned())),
        other_authority_id: Set(event.other),
        split_to: Set(event.split_to),
        file: Set(event.file),
        assignee: Set(event.assignee),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Adds a timeline entry naming a file.
pub async fn add_file_event(
    db: &impl ConnectionTrait,
    request_id: i32,
    kind: EventKind,
    user: &AuthUser,
    file: &str,
) -> Result<()> {
    add_event(
        db,
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

/// Records a state change, a view of personal data or a download in the audit log.
pub async fn audit(
    db: &impl ConnectionTrait,
    user: &AuthUser,
    request_id: Option<i32>,
    action: &str,
    detail: Option<String>,
) -> Result<()> {
    audit_log::ActiveModel {
        at: Set(Utc::now()),
        user_id: Set(user.user_id.0),
        authority_id: Set(user.authority_id.0),
        request_id: Set(request_id),
        action: Set(action.to_owned()),
        detail: Set(detail),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Checks that `target` may receive a request of `area`: it exists, handles the area, and is
/// not one of `excluded` (the requester, the current holder).
async fn check_recipient(
    db: &impl ConnectionTrait,
    target: AuthorityId,
    area: LegislativeArea,
    excluded: &[Option<i32>],
    field: &str,
) -> Result<()> {
    if excluded.contains(&Some(target.0)) {
        return Err(AppError::field(field, FieldCode::NotAllowed));
    }
    let handles = authority_area::Entity::find()
        .filter(authority_area::Column::AuthorityId.eq(target.0))
        .filter(authority_area::Column::Area.eq(area.as_str()))
        .count(db)
        .await?;
    if handles == 0 {
        let exists = authority::Entity::find_by_id(target.0).count(db).await? > 0;
        return Err(AppError::field(
            field,
            if exists {
                FieldCode::AreaNotHandled
            } else {
                FieldCode::Unknown
            },
        ));
    }
    Ok(())
}

async fn questions_of(
    db: &impl ConnectionTrait,
    request_id: i32,
) -> Result<Vec<request_question::Model>> {
    Ok(request_question::Entity::find()
        .filter(request_question::Column::RequestId.eq(request_id))
        .order_by_asc(request_question::Column::Position)
        .all(db)
        .await?)
}

fn values_of(row: &request_question::Model) -> Result<BTreeMap<String, String>> {
    serde_json::from_str(&row.values_json)
        .map_err(|err| anyhow::anyhow!("values of request question {}: {err}", row.id).into())
}

fn answer_of(row: &request_question::Model) -> Result<Option<AnswerInput>> {
    row.answer_json
        .as_deref()
        .map(serde_json::from_str)
        .transpose()
        .map_err(|err| anyhow::anyhow!("answer of request question {}: {err}", row.id).into())
}

fn json(value: &impl serde::Serialize) -> Result<String> {
    serde_json::to_string(value).map_err(|err| anyhow::anyhow!("serialising: {err}").into())
}

/// The draft as stored, for re-checking and for the requester's editor.
fn draft_of(row: &request::Model, questions: &[request_question::Model]) -> Result<DraftInput> {
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

fn lang_text(text: Option<&str>, language: Option<&str>) -> Option<LangText> {
    Some(LangText {
        text: text?.to_owned(),
        language: LanguageCode::parse(language?).ok()?,
    })
}

/// Writes a checked draft's questions, replacing any earlier ones.
async fn write_questions(
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

fn checked(state: &AppState, draft: &DraftInput, completeness: Completeness) -> Result<DraftInput> {
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

/// Saves the responder's answers so far. Only the responder's handlers of an accepted
/// request may (the rule of `answer`); sending them is the `answer` action.
pub async fn save_answers(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    update: AnswersUpdate,
) -> Result<RequestRef> {
    let visible = load(&state.db, user, id).await?;
    lifecycle::transition(visible.state, &visible.actor(user), &Action::Answer)?;
    check_version(&visible, update.version)?;
    let questions = questions_of(&state.db, visible.row.id).await?;
    let asked = asked_questions(state, &questions, visible.row.id).await?;
    check_answers(&update.answers, &asked, Completeness::Draft).map_err(AppError::Validation)?;
    let txn = state.db.begin().await?;
    let version = claim(&txn, &visible.row, &[], |update| update).await?;
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

async fn asked_questions(
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

/// Assigns a request of the caller's authority to one of its handlers (allocators only).
pub async fn assign(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    input: shared::request::AssignInput,
) -> Result<RequestRef> {
    let visible = load(&state.db, user, id).await?;
    if !permissions::may_assign(&visible.actor(user)) {
        return Err(AppError::Forbidden);
    }
    if !permissions::assignable(visible.state) {
        return Err(AppError::Conflict {
            current: visible.state,
        });
    }
    check_version(&visible, input.version)?;
    let assignee = match input.user {
        None => None,
        Some(target) => {
            let handler = crate::entities::user::Entity::find_by_id(target.0)
                .one(&state.db)
                .await?
                .filter(|u| u.active && Some(u.authority_id) == visible.row.responder_id);
            let Some(handler) = handler else {
                return Err(AppError::field("user", FieldCode::NotAHandler));
            };
            let roles = crate::auth::roles_of(&state.db, handler.id).await?;
            if !roles.contains(&Role::REQUEST_HANDLER) {
                return Err(AppError::field("user", FieldCode::NotAHandler));
            }
            Some(handler)
        }
    };
    let txn = state.db.begin().await?;
    let assigned = assignee.as_ref().map(|u| u.id);
    let version = claim(&txn, &visible.row, &[], |update| {
        update.col_expr(request::Column::AssignedTo, Expr::value(assigned))
    })
    .await?;
    add_event(
        &txn,
        visible.row.id,
        EventKind::Assigned,
        user,
        NewEvent {
            assignee: assignee.as_ref().map(|u| u.display_name.clone()),
            ..NewEvent::default()
        },
    )
    .await?;
    audit(
        &txn,
        user,
        Some(visible.row.id),
        "assign",
        Some(format!("user {assigned:?}")),
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

/// The authority whose move it is (`shared::permissions::holder`).
fn holder(row: &request::Model, state: RequestState) -> Option<i32> {
    match permissions::holder(state)? {
        Side::Responding => row.responder_id,
        Side::Requesting => Some(row.requester_id),
        Side::Coordinator => None,
    }
}

/// How long after a reminder the same request can be reminded again: one e-mail a day to
/// the authority whose move it is is a reminder, more would be noise.
pub const REMIND_AGAIN_AFTER_HOURS: i64 = 24;

/// A coordinator reminds the authority whose move it is, at most once in
/// [`REMIND_AGAIN_AFTER_HOURS`] per request, whichever coordinator asks.
pub async fn remind(state: &AppState, user: &AuthUser, id: RequestId) -> Result<()> {
    let visible = load(&state.db, user, id).await?;
    if visible.side != Side::Coordinator {
        return Err(AppError::Forbidden);
    }
    let Some(holder) = holder(&visible.row, visible.state) else {
        return Err(AppError::Conflict {
            current: visible.state,
        });
    };
    let txn = state.db.begin().await?;
    // The guard is the write itself, so of two reminders at once exactly one is sent.
    let now = Utc::now();
    let again_after = chrono::Duration::hours(REMIND_AGAIN_AFTER_HOURS);
    let marked = request::Entity::update_many()
        .col_expr(request::Column::RemindedAt, Expr::value(Some(now)))
        .filter(request::Column::Id.eq(visible.row.id))
        .filter(
            Condition::any()
                .add(request::Column::RemindedAt.is_null())
                .add(request::Column::RemindedAt.lte(now - again_after)),
        )
        .exec(&txn)
        .await?;
    if marked.rows_affected != 1 {
        let last = request::Entity::find_by_id(visible.row.id)
            .one(&txn)
            .await?
            .and_then(|row| row.reminded_at)
            .unwrap_or(now);
        let wait = (last + again_after - now).num_seconds().max(1);
        return Err(AppError::RateLimited {
            retry_after: u64::try_from(wait).unwrap_or(1),
        });
    }
    add_event(
        &txn,
        visible.row.id,
        EventKind::Reminded,
        user,
        NewEvent {
            other: Some(holder),
            ..NewEvent::default()
        },
    )
    .await?;
    notifications::notify(
        &txn,
        state,
        &visible.row,
        EventKind::Reminded,
        user,
        &[holder],
    )
    .await?;
    audit(&txn, user, Some(visible.row.id), "remind", None).await?;
    txn.commit().await?;
    Ok(())
}

/// How long a request may stay untouched before its coordinators hear of it.
pub const INACTIVE_AFTER_DAYS: i64 = 60;

fn inactive_condition(now: chrono::DateTime<Utc>) -> Condition {
    use RequestState as S;
    Condition::all()
        .add(in_states(
            request::Column::State,
            &[
                S::AwaitingAcceptance,
                S::Accepted,
                S::InfoRequested,
                S::Answered,
            ],
        ))
        .add(request::Column::UpdatedAt.lt(now - chrono::Duration::days(INACTIVE_AFTER_DAYS)))
}

/// Requests of the coordinator's country inactive for more than two months, oldest first.
pub async fn inactive(
    state: &AppState,
    user: &AuthUser,
    language: LanguageCode,
) -> Result<Vec<RequestSummary>> {
    if !user.roles.contains(&Role::COORDINATOR) {
        return Err(AppError::Forbidden);
    }
    let own = authority::Entity::find_by_id(user.authority_id.0)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let of_country = Query::select()
        .column(authority::Column::Id)
        .from(authority::Entity)
        .and_where(authority::Column::Country.eq(own.country))
        .to_owned();
    let mut query = request::Entity::find()
        .filter(inactive_condition(Utc::now()))
        .filter(
            Condition::any()
                .add(request::Column::RequesterId.in_subquery(of_country.clone()))
                .add(request::Column::ResponderId.in_subquery(of_country)),
        );
    // An area coordinator looks after the requests of its areas only.
    let scope = crate::services::registry::coordinatorship(&state.db, user).await?;
    if let Some(scope) = scope.filter(|s| s.kind == CoordinatorKind::Area) {
        query = query.filter(request::Column::Area.is_in(scope.areas.iter().map(|a| a.as_str())));
    }
    let rows = query
        .order_by_asc(request::Column::UpdatedAt)
        .limit(200)
        .all(&state.db)
        .await?;
    summaries(state, rows, user.authority_id.0, language).await
}

/// Tells the coordinators of the countries involved about requests that just crossed two
/// months of inactivity, once each (until the request moves again). Returns how many.
pub async fn report_inactive(state: &AppState) -> Result<usize> {
    let rows = request::Entity::find()
        .filter(inactive_condition(Utc::now()))
        .filter(request::Column::InactivityReportedAt.is_null())
        .limit(100)
        .all(&state.db)
        .await?;
    let mut reported = 0;
    for row in rows {
        let parties: Vec<i32> = [Some(row.requester_id), row.responder_id]
            .into_iter()
            .flatten()
            .collect();
        let countries: Vec<String> = authority::Entity::find()
            .filter(authority::Column::Id.is_in(parties))
            .all(&state.db)
            .await?
            .into_iter()
            .map(|a| a.country)
            .collect();
        // The national coordinators, and the area coordinators of the request's area.
        let of_area = Query::select()
            .column(authority_area::Column::AuthorityId)
            .from(authority_area::Entity)
            .and_where(authority_area::Column::Area.eq(row.area.clone()))
            .to_owned();
        let coordinators: Vec<i32> = authority::Entity::find()
            .filter(authority::Column::Country.is_in(countries))
            .filter(
                Condition::any()
                    .add(authority::Column::Coordinator.eq(CoordinatorKind::National.as_str()))
                    .add(
                        Condition::all()
                            .add(authority::Column::Coordinator.eq(CoordinatorKind::Area.as_str()))
                            .add(authority::Column::Id.in_subquery(of_area)),
                    ),
            )
            .all(&state.db)
            .await?
            .into_iter()
            .map(|a| a.id)
            .collect();
        let txn = state.db.begin().await?;
        // Guarded like every change: of two instances, one reports it.
        let marked = request::Entity::update_many()
            .col_expr(
                request::Column::InactivityReportedAt,
                Expr::value(Some(Utc::now())),
            )
            .filter(request::Column::Id.eq(row.id))
            .filter(request::Column::InactivityReportedAt.is_null())
            // Not if anything happened since it was read as inactive.
            .filter(request::Column::Version.eq(row.version))
            .filter(request::Column::UpdatedAt.eq(row.updated_at))
            .exec(&txn)
            .await?;
        if marked.rows_affected == 1 {
            notifications::notify_system(&txn, state, &row, EventKind::Inactive, &coordinators)
                .await?;
            reported += 1;
        }
        txn.commit().await?;
    }
    Ok(reported)
}

/// The country of an authority, if it exists.
async fn country_of_authority(db: &impl ConnectionTrait, id: i32) -> Result<Option<CountryCode>> {
    let country: Option<String> = authority::Entity::find_by_id(id)
        .select_only()
        .column(authority::Column::Country)
        .into_tuple()
        .one(db)
        .await?;
    Ok(country.and_then(|c| CountryCode::parse(&c).ok()))
}

/// Applies `lifecycle::check_reroute` for a coordinator: 403 for a request its country does
/// not hold, 422 on `to` for an authority abroad.
async fn check_reroute(
    db: &impl ConnectionTrait,
    user: &AuthUser,
    row: &request::Model,
    target: Option<AuthorityId>,
) -> Result<()> {
    let own = country_of_authority(db, user.authority_id.0)
        .await?
        .ok_or(AppError::Forbidden)?;
    let holder = match row.responder_id {
        Some(id) => country_of_authority(db, id).await?,
        None => None,
    };
    let target = match target {
        Some(id) => country_of_authority(db, id.0).await?,
        None => None,
    };
    lifecycle::check_reroute(own, holder, target).map_err(|refusal| match refusal {
        lifecycle::RerouteRefusal::HeldAbroad => AppError::Forbidden,
        lifecycle::RerouteRefusal::TargetAbroad => AppError::field("to", FieldCode::NotOwnCountry),
    })
}

/// Takes an action of the state machine on a request, in one transaction.
pub async fn act(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    request: ActionRequest,
) -> Result<RequestRef> {
    let visible = load(&state.db, user, id).await?;
    let kind = request.action.kind();
    if matches!(kind, ActionKind::Create | ActionKind::Edit) {
        // Creating and editing have their own routes, with the draft as their body.
        return Err(AppError::field("action", FieldCode::NotHere));
    }
    let transition = lifecycle::transition(visible.state, &visible.actor(user), &request.action)?;
    check_version(&visible, request.version)?;
    match &request.note {
        Some(note) => check_message("note.text", note).map_err(AppError::Validation)?,
        None if permissions::needs_note(kind) => {
            return Err(AppError::field("note.text", FieldCode::Missing));
        }
        None => {}
    }
    let row = &visible.row;
    let area = area_of(row)?;
    let questions = questions_of(&state.db, row.id).await?;
    // A coordinator moves only what its own country holds, wherever it would send it.
    if kind == ActionKind::Forward && visible.side == Side::Coordinator {
        check_reroute(&state.db, user, row, None).await?;
    }
    // What the state machine cannot know: the data the action relies on.
    match (&request.action, &transition) {
        (Action::Send, _) => {
            let draft = draft_of(row, &questions)?;
            checked(state, &draft, Completeness::Complete)?;
            if let Some(responder) = draft.responder {
                check_recipient(
                    &state.db,
                    responder,
                    area,
                    &[Some(row.requester_id)],
                    "responder",
                )
                .await?;
            }
        }
        (Action::Answer, _) => {
            let asked = asked_questions(state, &questions, row.id).await?;
            let answers: Vec<AnswerInput> = questions
                .iter()
                .filter_map(|q| answer_of(q).transpose())
                .collect::<Result<_>>()?;
            check_answers(&answers, &asked, Completeness::Complete)
                .map_err(AppError::Validation)?;
        }
        (Action::Forward { to }, _) => match to {
            ForwardTarget::Authority(target) => {
                let coordinator = visible.side == Side::Coordinator;
                // A coordinator re-routes to others; it does not take the request itself.
                let own = coordinator.then_some(user.authority_id.0);
                check_recipient(
                    &state.db,
                    *target,
                    area,
                    &[Some(row.requester_id), row.responder_id, own],
                    "to",
                )
                .await?;
                if coordinator {
                    check_reroute(&state.db, user, row, Some(*target)).await?;
                }
            }
            ForwardTarget::Coordinator(target) => {
                // Only the coordinator of the holder's own country, when the holder does not
                // know who is competent there.
                let holder_country = match row.responder_id {
                    Some(id) => authority::Entity::find_by_id(id)
                        .one(&state.db)
                        .await?
                        .map(|a| a.country),
                    None => None,
                };
                let coordinator = authority::Entity::find_by_id(target.0)
                    .one(&state.db)
                    .await?
                    .filter(|a| {
                        a.coordinator.is_some()
                            && Some(&a.country) == holder_country.as_ref()
                            && Some(a.id) != row.responder_id
                            && a.id != row.requester_id
                            && visible.side != Side::Coordinator
                    });
                if coordinator.is_none() {
                    return Err(AppError::field("to", FieldCode::NotACoordinator));
                }
            }
        },
        (
            Action::SplitOff {
                questions: moving,
                to,
            },
            _,
        ) => {
            let present: BTreeSet<i32> = questions.iter().map(|q| q.question_id).collect();
            if moving.iter().any(|q| !present.contains(&q.0)) {
                return Err(AppError::field("questions", FieldCode::NotAsked));
            }
            if moving.len() >= present.len() {
                return Err(AppError::field("questions", FieldCode::NoneLeft));
            }
            check_recipient(
                &state.db,
                *to,
                area,
                &[Some(row.requester_id), row.responder_id],
                "to",
            )
            .await?;
        }
        (Action::Accept { .. }, _) if row.requested_date.is_none() => {
            return Err(anyhow::anyhow!("request {} was sent without a date", row.id).into());
        }
        _ => {}
    }

    let txn = state.db.begin().await?;
    let mut created = None;
    let mut deleted_blobs: Vec<String> = Vec::new();
    let new_state = transition.state();
    let version = match &transition {
        Transition::Deleted => {
            // The documents' rows go with the draft (cascade); their bytes go after commit.
            // Holding the row first keeps an upload from slipping in between.
            hold(&txn, row).await?;
            deleted_blobs = attachment::Entity::find()
                .filter(attachment::Column::RequestId.eq(row.id))
                .all(&txn)
                .await?
                .into_iter()
                .map(|a| a.storage_key)
                .collect();
            let deleted = request::Entity::delete_many()
                .filter(request::Column::Id.eq(row.id))
                .filter(request::Column::Version.eq(row.version))
                .exec(&txn)
                .await?;
            if deleted.rows_affected != 1 {
                return Err(lost_race(&txn, row.id).await);
            }
            overview_cache::bump(&txn, &[row.requester_id]).await?;
            row.version + 1
        }
        Transition::To { state: to, effect } => {
            let to = *to;
            let effect = effect.clone();
            // The authority that gets the request (or its split-off questions).
            let newcomer: Vec<i32> = match &effect {
                Some(Effect::Reassign(
                    ForwardTarget::Authority(to) | ForwardTarget::Coordinator(to),
                ))
                | Some(Effect::SplitOff { to, .. }) => vec![to.0],
                _ => Vec::new(),
            };
            let version = claim(&txn, row, &newcomer, |update| {
                let update = update.col_expr(request::Column::State, Expr::value(to.as_str()));
                let update = if kind == ActionKind::Send {
                    update.col_expr(request::Column::SentAt, Expr::value(Some(Utc::now())))
                } else {
                    update
                };
                match &effect {
                    Some(Effect::AgreeDeadline(deadline)) => {
                        let agreed = parse_date(row.requested_date.as_deref())
                            .and_then(|requested| deadline.agreed_deadline(requested, today()));
                        update.col_expr(
                            request::Column::Deadline,
                            Expr::value(agreed.map(|d| d.to_string())),
                        )
                    }
                    Some(Effect::Reassign(target)) => {
                        let (ForwardTarget::Authority(id) | ForwardTarget::Coordinator(id)) =
                            target;
                        update
                            .col_expr(request::Column::ResponderId, Expr::value(Some(id.0)))
                            .col_expr(request::Column::Deadline, Expr::value(None::<String>))
                            .col_expr(request::Column::AssignedTo, Expr::value(None::<i32>))
                    }
                    Some(Effect::Rate { timeliness, effort }) => update
                        .col_expr(
                            request::Column::Timeliness,
                            Expr::value(timeliness.as_str()),
                        )
                        .col_expr(request::Column::Effort, Expr::value(effort.as_str())),
                    Some(Effect::SplitOff { .. }) | None => update,
                }
            })
            .await?;
            if let Some(Effect::SplitOff {
                questions: moving,
                to,
            }) = &effect
            {
                created = Some(split_off(&txn, row, moving, *to).await?);
            }
            if let Some(Effect::Reassign(_)) = &effect {
                // The new holder answers afresh; the previous holder's drafts stay with it.
                request_question::Entity::update_many()
                    .col_expr(
                        request_question::Column::AnswerJson,
                        Expr::value(None::<String>),
                    )
                    .filter(request_question::Column::RequestId.eq(row.id))
                    .exec(&txn)
                    .await?;
            }
            version
        }
    };
    if let Some(event) = EventKind::of_action(kind) {
        let other = match &request.action {
            Action::Forward {
                to: ForwardTarget::Authority(id) | ForwardTarget::Coordinator(id),
            } => Some(id.0),
            Action::SplitOff { to, .. } => Some(to.0),
            _ => None,
        };
        if transition != Transition::Deleted {
            add_event(
                &txn,
                row.id,
                event,
                user,
                NewEvent {
                    note: request.note.clone(),
                    other,
                    split_to: created,
                    ..NewEvent::default()
                },
            )
            .await?;
        }
    }
    if let (Some(event), Some(now)) = (
        EventKind::of_action(kind),
        request::Entity::find_by_id(row.id).one(&txn).await?,
    ) {
        let parties = [Some(now.requester_id), now.responder_id];
        let parties: Vec<i32> = parties.into_iter().flatten().collect();
        notifications::notify(&txn, state, &now, event, user, &parties).await?;
    }
    if let (Some(split), Action::SplitOff { to, .. }) = (created, &request.action)
        && let Some(new) = request::Entity::find_by_id(split).one(&txn).await?
    {
        notifications::notify(&txn, state, &new, EventKind::SplitOff, user, &[to.0]).await?;
    }
    audit(
        &txn,
        user,
        Some(row.id),
        &format!("action:{}", kind.as_str()),
        Some(format!(
            "{} -> {}",
            visible.state.as_str(),
            new_state.map_or("deleted", RequestState::as_str)
        )),
    )
    .await?;
    txn.commit().await?;
    for key in deleted_blobs {
        crate::blobs::delete_quietly(state.blobs.as_ref(), &key.as_str().into()).await;
    }
    Ok(RequestRef {
        id,
        version,
        state: new_state,
        created: created.map(RequestId),
    })
}

/// Creates the request that split-off questions move to: same requester, subject, comment
/// and requested date, waiting for the new authority's acceptance.
async fn split_off(
    txn: &DatabaseTransaction,
    row: &request::Model,
    moving: &[QuestionId],
    to: AuthorityId,
) -> Result<i32> {
    let now = Utc::now();
    let mut copy: request::ActiveModel = row.clone().into();
    copy.id = sea_orm::ActiveValue::NotSet;
    copy.state = Set(RequestState::AwaitingAcceptance.as_str().to_owned());
    copy.responder_id = Set(Some(to.0));
    copy.deadline = Set(None);
    copy.version = Set(1);
    copy.created_at = Set(now);
    copy.updated_at = Set(now);
    copy.sent_at = Set(Some(now));
    copy.parent_id = Set(Some(row.id));
    copy.assigned_to = Set(None);
    copy.inactivity_reported_at = Set(None);
    let new = copy.insert(txn).await?;
    request_question::Entity::update_many()
        .col_expr(request_question::Column::RequestId, Expr::value(new.id))
        .col_expr(
            request_question::Column::AnswerJson,
            Expr::value(None::<String>),
        )
        .filter(request_question::Column::RequestId.eq(row.id))
        .filter(request_question::Column::QuestionId.is_in(moving.iter().map(|q| q.0)))
        .exec(txn)
        .await?;
    Ok(new.id)
}

/// Adds a message between the two authorities to the timeline. Messages do not change the
/// request's version: talking never blocks an action.
pub async fn message(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    input: MessageInput,
) -> Result<()> {
    let visible = load(&state.db, user, id).await?;
    if !permissions::may_message(visible.side, visible.state) {
        return Err(AppError::Forbidden);
    }
    check_message("text.text", &input.text).map_err(AppError::Validation)?;
    let parties: Vec<i32> = [Some(visible.row.requester_id), visible.row.responder_id]
        .into_iter()
        .flatten()
        .collect();
    let txn = state.db.begin().await?;
    add_event(
        &txn,
        visible.row.id,
        EventKind::Message,
        user,
        NewEvent {
            note: Some(input.text),
            ..NewEvent::default()
        },
    )
    .await?;
    // A message is activity: the request moves up the overview of both sides, and a later
    // silence is reported afresh.
    request::Entity::update_many()
        .col_expr(request::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(
            request::Column::InactivityReportedAt,
            Expr::value(None::<chrono::DateTime<Utc>>),
        )
        .filter(request::Column::Id.eq(visible.row.id))
        .exec(&txn)
        .await?;
    overview_cache::bump(&txn, &parties).await?;
    notifications::notify(
        &txn,
        state,
        &visible.row,
        EventKind::Message,
        user,
        &parties,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn parties(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<BTreeMap<i32, PartyView>> {
    let ids: BTreeSet<i32> = ids.into_iter().collect();
    authority::Entity::find()
        .filter(authority::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|a| {
            let country = CountryCode::parse(&a.country)
                .map_err(|err| anyhow::anyhow!("authority {}: {err}", a.id))?;
            Ok((
                a.id,
                PartyView {
                    id: AuthorityId(a.id),
                    name: a.name,
                    name_en: a.name_en,
                    country,
                },
            ))
        })
        .collect()
}

fn party(parties: &BTreeMap<i32, PartyView>, id: i32) -> Result<PartyView> {
    parties
        .get(&id)
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("authority {id} is missing").into())
}

/// A request as the caller may see it, rendered in `language`.
pub async fn view(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    language: LanguageCode,
) -> Result<RequestView> {
    let visible = load(&state.db, user, id).await?;
    let row = &visible.row;
    let hidden = visible.personal_data_hidden();
    let questions = questions_of(&state.db, row.id).await?;
    let events = request_event::Entity::find()
        .filter(request_event::Column::RequestId.eq(row.id))
        .order_by_asc(request_event::Column::Id)
        .all(&state.db)
        .await?;
    let attachments = if hidden {
        Vec::new()
    } else {
        attachment::Entity::find()
            .filter(attachment::Column::RequestId.eq(row.id))
            .order_by_asc(attachment::Column::Id)
            .all(&state.db)
            .await?
    };
    let party_ids: Vec<i32> = [row.requester_id]
        .into_iter()
        .chain(row.responder_id)
        .chain(events.iter().map(|e| e.authority_id))
        .chain(events.iter().filter_map(|e| e.other_authority_id))
        .collect();
    let parties = parties(&state.db, party_ids).await?;
    let answers_visible = permissions::answers_visible(visible.side, visible.state);
    let question_views = questions
        .iter()
        .map(|q| question_view(state, q, language, hidden, answers_visible))
        .collect::<Result<Vec<_>>>()?;
    let timeline = events
        .into_iter()
        .map(|e| {
            Ok(EventView {
                at: e.at.to_rfc3339(),
                kind: EventKind::parse(&e.kind)
                    .ok_or_else(|| anyhow::anyhow!("event {} has kind {:?}", e.id, e.kind))?,
                user: e.user_name,
                authority: party(&parties, e.authority_id)?,
                // Free text may name anyone: it is withheld like the rest of the personal data.
                note: if hidden {
                    None
                } else {
                    lang_text(e.note_text.as_deref(), e.note_language.as_deref())
                },
                note_hidden: hidden && e.note_text.is_some(),
                other: e
                    .other_authority_id
                    .map(|id| party(&parties, id))
                    .transpose()?,
                split_to: e.split_to.map(RequestId),
                // A file's name can name the person; it is personal data like the file.
                file: e.file.filter(|_| !hidden),
                assignee: e.assignee,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let deadline = parse_date(row.deadline.as_deref());
    let draft = if visible.state == RequestState::Draft {
        Some(draft_of(row, &questions)?)
    } else {
        None
    };
    if !hidden && visible.side == Side::Responding {
        audit(&state.db, user, Some(row.id), "view_personal_data", None).await?;
    }
    let assigned_to = match row.assigned_to {
        Some(id) => crate::entities::user::Entity::find_by_id(id)
            .one(&state.db)
            .await?
            .map(|u| shared::request::UserRef {
                id: shared::UserId(u.id),
                name: u.display_name,
            }),
        None => None,
    };
    let allocation = match row.responder_id {
        Some(id) => authority::Entity::find_by_id(id)
            .one(&state.db)
            .await?
            .is_some_and(|a| a.allocation_enabled),
        None => false,
    };
    let actor = visible.actor(user);
    let mut actions = lifecycle::allowed_actions(visible.state, &actor);
    // A coordinator is offered re-routing only for what its own country holds.
    if visible.side == Side::Coordinator && actions.contains(&ActionKind::Forward) {
        match check_reroute(&state.db, user, row, None).await {
            Ok(()) => {}
            Err(AppError::Forbidden) => actions.retain(|kind| *kind != ActionKind::Forward),
            Err(other) => return Err(other),
        }
    }
    Ok(RequestView {
        id,
        number: request_number(row.created_at.year(), id),
        version: row.version,
        state: visible.state,
        side: visible.side,
        area: area_of(row)?,
        language,
        requester: party(&parties, row.requester_id)?,
        responder: row.responder_id.map(|id| party(&parties, id)).transpose()?,
        subject: (!hidden).then(|| Subject {
            name: row.subject_name.clone(),
            identifier: row.subject_identifier.clone(),
            birth_date: parse_date(row.subject_birth_date.as_deref()),
        }),
        personal_data_hidden: hidden,
        comment: if hidden {
            None
        } else {
            lang_text(row.comment_text.as_deref(), row.comment_language.as_deref())
        },
        requested_date: parse_date(row.requested_date.as_deref()),
        deadline,
        overdue: lifecycle::is_overdue(visible.state, deadline, today()),
        questions: question_views,
        answer_texts: shared::catalogue::FIXED_ANSWER_KEYS
            .iter()
            .map(|key| {
                let text = state.catalogue.text(TextTable::Answer, key, language);
                ((*key).to_owned(), text)
            })
            .collect(),
        attachments: attachments
            .into_iter()
            .map(crate::services::attachments::view)
            .collect(),
        actions,
        may: permissions::may(&actor, visible.state),
        timeline,
        timeliness: row.timeliness.as_deref().and_then(Rating::parse),
        effort: row.effort.as_deref().and_then(Rating::parse),
        created_at: row.created_at.to_rfc3339(),
        draft,
        assigned_to,
        allocation,
    })
}

fn question_view(
    state: &AppState,
    row: &request_question::Model,
    language: LanguageCode,
    hidden: bool,
    answers_visible: bool,
) -> Result<RequestQuestionView> {
    let catalogue = &state.catalogue;
    let question = catalogue
        .question(QuestionId(row.question_id))
        .ok_or_else(|| anyhow::anyhow!("question {} left the catalogue", row.question_id))?;
    let text = question
        .texts
        .get(&language)
        .or_else(|| question.texts.get(&LanguageCode::ENGLISH))
        .cloned()
        .unwrap_or_default();
    let template = Template::parse(&text)
        .map_err(|_| anyhow::anyhow!("question {} does not parse", question.id))?;
    // Placeholder values name people and businesses: withheld like the rest of the
    // personal data until the responder accepts.
    let values = if hidden {
        BTreeMap::new()
    } else {
        values_of(row)?
    };
    let segments: Vec<RenderedSegment> = render(&template, &values);
    let answer = if answers_visible {
        answer_of(row)?
    } else {
        None
    };
    let answer_label = answer.as_ref().map(|answer| match &answer.value {
        AnswerValue::Date { date } => date.to_string(),
        AnswerValue::Text { text } => text.text.clone(),
        AnswerValue::Choice { option } => catalogue.text(TextTable::List, option, language),
        fixed => catalogue.text(
            TextTable::Answer,
            fixed.fixed_key().unwrap_or("unknown"),
            language,
        ),
    });
    Ok(RequestQuestionView {
        id: QuestionId(row.question_id),
        segments,
        values,
        answer_type: question.answer,
        options: catalogue
            .option_keys(question)
            .into_iter()
            .map(|key| OptionView {
                label: catalogue.text(TextTable::List, &key, language),
                key,
            })
            .collect(),
        answer,
        answer_label,
    })
}

fn in_states(column: request::Column, states: &[RequestState]) -> sea_orm::sea_query::SimpleExpr {
    column.is_in(states.iter().map(|s| s.as_str()))
}

/// The condition of a box for the caller's authority: requests on either side.
fn box_condition(which: RequestBox, me: i32, today: Date) -> Condition {
    box_sides(which, me, today)
        .into_iter()
        .flatten()
        .fold(Condition::any(), Condition::add)
}

/// A box's condition split by the caller's side: `[as requester, as responder]`. Each half
/// starts with its side's column, so each can walk that side's index in order.
fn box_sides(which: RequestBox, me: i32, today: Date) -> [Option<Condition>; 2] {
    use RequestState as S;
    use request::Column as C;
    let out = |states: &[S]| {
        Some(
            Condition::all()
                .add(C::RequesterId.eq(me))
                .add(in_states(C::State, states)),
        )
    };
    // The requester's own requests are in the first half even if it also holds them.
    let inn = |states: &[S]| {
        Some(
            Condition::all()
                .add(C::ResponderId.eq(me))
                .add(C::RequesterId.ne(me))
                .add(in_states(C::State, states)),
        )
    };
    let open = [
        S::AwaitingAcceptance,
        S::Accepted,
        S::InfoRequested,
        S::Answered,
        S::Closed,
        S::Withdrawn,
    ];
    let overdue = |half: Option<Condition>| half.map(|c| c.add(C::Deadline.lt(today.to_string())));
    match which {
        RequestBox::ToAccept => [None, inn(&[S::AwaitingAcceptance])],
        RequestBox::ToAnswer => [out(&[S::InfoRequested, S::Answered]), inn(&[S::Accepted])],
        RequestBox::Awaiting => [
            out(&[S::AwaitingAcceptance, S::Accepted]),
            inn(&[S::InfoRequested, S::Answered]),
        ],
        RequestBox::Overdue => [
            overdue(out(&[S::Accepted, S::InfoRequested])),
            overdue(inn(&[S::Accepted, S::InfoRequested])),
        ],
        RequestBox::Drafts => [out(&[S::Draft]), None],
        RequestBox::Closed => [
            out(&[S::Closed, S::Withdrawn]),
            inn(&[S::Closed, S::Withdrawn]),
        ],
        RequestBox::All => [
            Some(Condition::all().add(C::RequesterId.eq(me))),
            inn(&open),
        ],
    }
}

/// The first instant of a calendar day, UTC.
fn day_start(date: Date) -> chrono::DateTime<Utc> {
    chrono::NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::from(date.month()),
        u32::from(date.day()),
    )
    .and_then(|day| day.and_hms_opt(0, 0, 0))
    .map_or(chrono::DateTime::<Utc>::MIN_UTC, |time| time.and_utc())
}

/// One page of the overview.
pub async fn list(
    state: &AppState,
    user: &AuthUser,
    query: &RequestListQuery,
) -> Result<RequestListPage> {
    let which = query.which;
    let me = user.authority_id.0;
    let language = query
        .language
        .unwrap_or(user.language.unwrap_or(LanguageCode::ENGLISH));
    // The filters other than the box and the other side's country, which depend on the side.
    let mut filters = Condition::all();
    if let Some(area) = query.area {
        filters = filters.add(request::Column::Area.eq(area.as_str()));
    }
    if let Some(wanted) = query.state {
        filters = filters.add(request::Column::State.eq(wanted.as_str()));
    }
    let of_country = query.country.map(|country| {
        Query::select()
            .column(authority::Column::Id)
            .from(authority::Entity)
            .and_where(authority::Column::Country.eq(country.as_str()))
            .to_owned()
    });
    if let Some(id) = query.number {
        filters = filters.add(request::Column::Id.eq(id.0));
    }
    if let Some(from) = query.from {
        filters = filters.add(request::Column::UpdatedAt.gte(day_start(from)));
    }
    if let Some(to) = query.to {
        let end = day_start(to) + chrono::Duration::days(1);
        filters = filters.add(request::Column::UpdatedAt.lt(end));
    }
    let per_page = u64::from(query.paging.per_page());
    let page = u64::from(query.paging.page());
    // Pages go as far as the count does: deeper paging would read whole tables.
    if page.saturating_mul(per_page) > COUNT_CAP + per_page {
        return Err(AppError::field("page", FieldCode::OutOfRange));
    }
    let sort = query.sort;
    // Each side's half: the box's half, the filters, and the other side in the country.
    let [out, inn] = box_sides(which, me, today());
    let halves: Vec<Condition> = [
        out.map(|c| (c, request::Column::ResponderId)),
        inn.map(|c| (c, request::Column::RequesterId)),
    ]
    .into_iter()
    .flatten()
    .map(|(half, other_side)| {
        let half = half.add(filters.clone());
        match &of_country {
            Some(of_country) => half.add(other_side.in_subquery(of_country.clone())),
            None => half,
        }
    })
    .collect();
    let all = halves
        .iter()
        .cloned()
        .fold(Condition::any(), Condition::add);
    let (total, total_capped) =
        capped_count(&state.db, request::Entity::find().filter(all)).await?;
    // Each half in order up to the end of the page, then merged: two short index walks
    // instead of sorting every request of a busy authority.
    let wanted = page * per_page;
    let mut rows = Vec::new();
    for half in halves {
        let select = request::Entity::find().filter(half);
        let select = match sort {
            RequestSort::UpdatedAsc => select
                .order_by_asc(request::Column::UpdatedAt)
                .order_by_asc(request::Column::Id),
            // Requests without a deadline last, on both engines alike.
            RequestSort::DeadlineAsc => select
                .order_by(
                    Expr::col(request::Column::Deadline).is_null(),
                    sea_orm::Order::Asc,
                )
                .order_by_asc(request::Column::Deadline)
                .order_by_asc(request::Column::Id),
            RequestSort::NumberDesc => select.order_by_desc(request::Column::Id),
            RequestSort::UpdatedDesc => select
                .order_by_desc(request::Column::UpdatedAt)
                .order_by_desc(request::Column::Id),
        };
        rows.extend(select.limit(wanted).all(&state.db).await?);
    }
    rows.sort_by(|a, b| match sort {
        RequestSort::UpdatedAsc => (a.updated_at, a.id).cmp(&(b.updated_at, b.id)),
        RequestSort::DeadlineAsc => (a.deadline.is_none(), &a.deadline, a.id).cmp(&(
            b.deadline.is_none(),
            &b.deadline,
            b.id,
        )),
        RequestSort::NumberDesc => b.id.cmp(&a.id),
        RequestSort::UpdatedDesc => (b.updated_at, b.id).cmp(&(a.updated_at, a.id)),
    });
    let rows: Vec<request::Model> = rows
        .into_iter()
        .skip(query.paging.offset())
        .take(query.paging.per_page() as usize)
        .collect();
    let rows = summaries(state, rows, me, language).await?;
    Ok(RequestListPage {
        total,
        total_capped,
        page,
        per_page,
        rows,
    })
}

/// Counting stops here: a busy authority has tens of thousands of requests, and counting
/// them all on every change would cost more than the page itself.
pub const COUNT_CAP: u64 = 1000;

/// How many rows `select` matches, up to [`COUNT_CAP`]; `true` when there are more.
async fn capped_count(
    db: &impl ConnectionTrait,
    select: sea_orm::Select<request::Entity>,
) -> Result<(u64, bool)> {
    use sea_orm::sea_query::{Alias, Asterisk, Func};
    let mut inner = select.select_only().column(request::Column::Id);
    QueryTrait::query(&mut inner).limit(COUNT_CAP + 1);
    let inner = QueryTrait::into_query(inner);
    let outer = Query::select()
        .expr_as(Func::count(Expr::col(Asterisk)), Alias::new("n"))
        .from_subquery(inner, Alias::new("capped"))
        .to_owned();
    let backend = db.get_database_backend();
    let n: i64 = db
        .query_one(backend.build(&outer))
        .await?
        .map(|row| row.try_get("", "n"))
        .transpose()?
        .unwrap_or(0);
    let n = u64::try_from(n).unwrap_or(0);
    Ok((n.min(COUNT_CAP), n > COUNT_CAP))
}

/// One page of the overview as JSON, from the cache while the authority's requests have not
/// changed (see `overview_cache`).
pub async fn list_json(
    state: &AppState,
    user: &AuthUser,
    query: RequestListQuery,
) -> Result<axum::body::Bytes> {
    let me = user.authority_id.0;
    // Read with the session, before computing: a change that commits in between makes the
    // stored page look older than it is, which costs a recomputation, never a stale page.
    let version = user.requests_version;
    // The rows name topics in the reader's language, which the query holds: one page per
    // language.
    let key = (me, format!("{query:?}"), today().to_string());
    if let Some(page) = state.overview.get(&key, version) {
        return Ok(page);
    }
    let page = list(state, user, &query).await?;
    let bytes = axum::body::Bytes::from(
        serde_json::to_vec(&page).map_err(|err| anyhow::anyhow!("serialising: {err}"))?,
    );
    state.overview.put(key, version, bytes.clone());
    Ok(bytes)
}

/// How many questions each of `requests` asks, and its first question (lowest position): one
/// query for both, since the overview needs the count and [`about_of`] the first.
pub(crate) async fn question_facts(
    db: &impl ConnectionTrait,
    requests: &[request::Model],
) -> Result<(BTreeMap<i32, u32>, BTreeMap<i32, i32>)> {
    let mut counts: BTreeMap<i32, u32> = BTreeMap::new();
    let mut first: BTreeMap<i32, (i32, i32)> = BTreeMap::new();
    for (request_id, position, question_id) in request_question::Entity::find()
        .select_only()
        .column(request_question::Column::RequestId)
        .column(request_question::Column::Position)
        .column(request_question::Column::QuestionId)
        .filter(request_question::Column::RequestId.is_in(requests.iter().map(|r| r.id)))
        .into_tuple::<(i32, i32, i32)>()
        .all(db)
        .await?
    {
        *counts.entry(request_id).or_default() += 1;
        let entry = first.entry(request_id).or_insert((position, question_id));
        if position < entry.0 {
            *entry = (position, question_id);
        }
    }
    let first = first
        .into_iter()
        .map(|(request, (_, question))| (request, question))
        .collect();
    Ok((counts, first))
}

/// Whom or what each of `rows` is about, as authority `me` may know it: the subject where
/// its side may see personal data, else the first question's topic (in `language`), which
/// names no one. A request `me` is no party to (a coordinator's list, its notifications) is
/// seen from the coordinator's side, which never sees personal data.
pub(crate) async fn about_of(
    state: &AppState,
    rows: &[request::Model],
    me: i32,
    language: LanguageCode,
    first: &BTreeMap<i32, i32>,
) -> Result<BTreeMap<i32, shared::request::About>> {
    let mut about = BTreeMap::new();
    for row in rows {
        let reader = if row.requester_id == me {
            Side::Requesting
        } else if row.responder_id == Some(me) {
            Side::Responding
        } else {
            Side::Coordinator
        };
        let found = if !permissions::personal_data_hidden(reader, state_of(row)?)
            && !row.subject_name.trim().is_empty()
        {
            Some(shared::request::About::Subject {
                name: row.subject_name.clone(),
            })
        } else {
            first
                .get(&row.id)
                .and_then(|question| state.catalogue.question(shared::QuestionId(*question)))
                .map(|question| shared::request::About::Topic {
                    name: state.catalogue.text(
                        crate::catalogue::TextTable::Topic,
                        &question.topic,
                        language,
                    ),
                    key: question.topic.clone(),
                })
        };
        if let Some(found) = found {
            about.insert(row.id, found);
        }
    }
    Ok(about)
}

/// Overview rows for requests, from the side of authority `me`.
async fn summaries(
    state: &AppState,
    rows: Vec<request::Model>,
    me: i32,
    language: LanguageCode,
) -> Result<Vec<RequestSummary>> {
    let db = &state.db;
    let (counts, first) = question_facts(db, &rows).await?;
    let mut about = about_of(state, &rows, me, language, &first).await?;
    // What happened last to each: its newest event.
    let mut last: BTreeMap<i32, (i32, String)> = BTreeMap::new();
    for (request_id, event_id, kind) in request_event::Entity::find()
        .select_only()
        .column(request_event::Column::RequestId)
        .column(request_event::Column::Id)
        .column(request_event::Column::Kind)
        .filter(request_event::Column::RequestId.is_in(rows.iter().map(|r| r.id)))
        .into_tuple::<(i32, i32, String)>()
        .all(db)
        .await?
    {
        let entry = last.entry(request_id).or_insert((event_id, kind.clone()));
        if event_id > entry.0 {
            *entry = (event_id, kind);
        }
    }
    let party_ids: Vec<i32> = rows
        .iter()
        .map(|r| r.requester_id)
        .chain(rows.iter().filter_map(|r| r.responder_id))
        .collect();
    let parties = parties(db, party_ids).await?;
    let today = today();
    rows.into_iter()
        .map(|row| {
            let state = state_of(&row)?;
            let deadline = parse_date(row.deadline.as_deref());
            Ok(RequestSummary {
                id: RequestId(row.id),
                number: request_number(row.created_at.year(), RequestId(row.id)),
                state,
                area: area_of(&row)?,
                side: if row.requester_id == me {
                    Side::Requesting
                } else {
                    Side::Responding
                },
                requester: party(&parties, row.requester_id)?,
                responder: row.responder_id.map(|id| party(&parties, id)).transpose()?,
                questions: counts.get(&row.id).copied().unwrap_or(0),
                about: about.remove(&row.id),
                last_change: last
                    .get(&row.id)
                    .and_then(|(_, kind)| EventKind::parse(kind)),
                requested_date: parse_date(row.requested_date.as_deref()),
                deadline,
                overdue: lifecycle::is_overdue(state, deadline, today),
                updated_at: row.updated_at.to_rfc3339(),
            })
        })
        .collect::<Result<Vec<_>>>()
}

/// The navigation's counters, from the overview's cache while the authority's requests have
/// not changed: the live stream asks for them every two seconds per connected user.
pub async fn counts(state: &AppState, user: &AuthUser) -> Result<RequestCounts> {
    let me = user.authority_id.0;
    // The live stream keeps one `AuthUser` for its whole life, so it reads the version anew.
    let version = overview_cache::version(&state.db, me).await?;
    let key = (me, "counts".to_owned(), today().to_string());
    if let Some(cached) = state.overview.get(&key, version)
        && let Ok(counts) = serde_json::from_slice(&cached)
    {
        return Ok(counts);
    }
    let counts = count_boxes(state, me).await?;
    if let Ok(bytes) = serde_json::to_vec(&counts) {
        state.overview.put(key, version, bytes.into());
    }
    Ok(counts)
}

async fn count_boxes(state: &AppState, me: i32) -> Result<RequestCounts> {
    let today = today();
    // Counted up to the cap like the overview; `COUNT_CAP + 1` stands for "more".
    let count = |which| async move {
        let select = request::Entity::find().filter(box_condition(which, me, today));
        capped_count(&state.db, select)
            .await
            .map(|(n, more)| if more { n + 1 } else { n })
    };
    Ok(RequestCounts {
        to_accept: count(RequestBox::ToAccept).await?,
        to_answer: count(RequestBox::ToAnswer).await?,
        awaiting: count(RequestBox::Awaiting).await?,
        overdue: count(RequestBox::Overdue).await?,
        drafts: count(RequestBox::Drafts).await?,
    })
}
