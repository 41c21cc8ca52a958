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
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set,
};
use shared::dto::OptionView;
use shared::dto::{
    ActionRequest, AnswersUpdate, DraftUpdate, EventView, MessageInput, PartyView, RequestCounts,
    RequestListPage, RequestQuestionView, RequestRef, RequestSummary, RequestView,
};
use shared::error::FieldCode;
use shared::inspection::RequestKind;
use shared::lifecycle::{
    self, Action, ActionKind, Actor, Allocation, Effect, ForwardTarget, Rating, RequestState, Side,
    Transition,
};
use shared::permissions;
use shared::placeholder::{Completeness, RenderedSegment, Template, render};
use shared::query::{RequestListQuery, RequestSort};
use shared::request::{
    AnswerInput, AnswerValue, AskedQuestion, CheckedDraft, DraftInput, DraftQuestion, EventKind,
    LangText, RequestBox, Subject, check_answers, check_draft, check_message, request_number,
};
use shared::retention::{RetentionPolicy, Stage};
use shared::{
    AuthorityId, CountryCode, Date, LanguageCode, LegislativeArea, QuestionId, RequestId, Role,
};
use std::collections::{BTreeMap, BTreeSet};

use crate::auth::AuthUser;
use crate::catalogue::TextTable;
use crate::entities::{
    attachment, authority, authority_area, request, request_event, request_question,
};
use crate::error::{AppError, Result};
use crate::overview_cache;
use crate::services::notifications;
use crate::state::AppState;
use shared::registry::CoordinatorKind;

mod access;
mod actions;
mod answers;
mod coordination;
mod drafts;
mod journal;
mod notices;
mod overview;
mod rectify;
mod report;
mod view;

pub use access::*;
pub use actions::*;
pub use answers::*;
pub use coordination::*;
pub use drafts::*;
pub use journal::*;
pub use notices::*;
pub use overview::*;
pub use rectify::*;
pub use report::*;
pub use view::*;

/// The calendar day (UTC) of an instant: deadlines and retention periods are whole days.
pub fn day_of(instant: chrono::DateTime<Utc>) -> Date {
    let now = instant.date_naive();
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

pub(crate) fn state_of(row: &request::Model) -> Result<RequestState> {
    RequestState::parse(&row.state)
        .ok_or_else(|| anyhow::anyhow!("request {} has state {:?}", row.id, row.state).into())
}

pub(crate) fn area_of(row: &request::Model) -> Result<LegislativeArea> {
    LegislativeArea::parse(&row.area)
        .map_err(|err| anyhow::anyhow!("request {}: {err}", row.id).into())
}

pub(crate) fn kind_of(row: &request::Model) -> Result<RequestKind> {
    RequestKind::parse(&row.kind)
        .ok_or_else(|| anyhow::anyhow!("request {} has kind {:?}", row.id, row.kind).into())
}

pub(crate) fn json(value: &impl serde::Serialize) -> Result<String> {
    serde_json::to_string(value).map_err(|err| anyhow::anyhow!("serialising: {err}").into())
}

fn lang_text(text: Option<&str>, language: Option<&str>) -> Option<LangText> {
    Some(LangText {
        text: text?.to_owned(),
        language: LanguageCode::parse(language?).ok()?,
    })
}
