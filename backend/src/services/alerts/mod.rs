//! Alerts: one authority warning many (see `shared::alert`). Every change follows the pattern
//! of requests (`services::requests`): read the alert, let `shared::alert::transition` decide,
//! then one transaction that starts with an `UPDATE` of the alert guarded by the version the
//! caller saw, so that two users acting at once cannot both win; the loser gets 409 with the
//! state the winner left. The countries' and authorities' acknowledgements are guarded the
//! same way, by a condition on their own rows (`delivery = 'received'`, `acknowledged_at IS
//! NULL`): a second coordinator acknowledging for the same country gets 409 too.
//!
//! Who sees what is decided in one place, [`load`]: the sender's authority, the alert
//! coordinators of the sending country (once submitted) and of the receiving countries (once
//! sent), the authorities it was passed on to, and the Commission for kinds that send it a
//! copy, as an observer without personal data. Everyone else gets 404.

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};
use shared::alert::{
    AlertAction, AlertActionKind, AlertActor, AlertDraftInput, AlertEffect, AlertEventKind,
    AlertSide, AlertState, AlertTransition, CheckedAlertDraft, Delivery, FieldValue, Kind,
    alert_number, check_alert_draft,
};
use shared::dto::{
    AlertActionRequest, AlertCountryView, AlertCounts, AlertDraftUpdate, AlertEventView,
    AlertFieldView, AlertKindView, AlertKindsView, AlertListPage, AlertRecipientView, AlertRef,
    AlertSuggestions, AlertSummary, AlertValueView, AlertView, OptionView, PartyView,
};
use shared::error::FieldCode;
use shared::placeholder::Completeness;
use shared::request::{LangText, check_message};
use shared::{AuthorityId, CountryCode, LanguageCode, LegislativeArea, Role};
use std::collections::{BTreeMap, BTreeSet};

use crate::auth::{Account, AuthUser, Member};
use crate::entities::{
    alert, alert_country, alert_event, alert_notice, alert_recipient, authority, authority_area,
    authority_competence, user, user_role,
};
use crate::error::{AppError, Result};
use crate::state::AppState;

mod access;
mod act;
mod check;
mod compose;
mod ended;
mod notices;
mod view;

pub use access::*;
pub use act::*;
pub use check::*;
pub use compose::*;
pub use ended::*;
pub use view::*;

pub(crate) fn state_of(row: &alert::Model) -> Result<AlertState> {
    AlertState::parse(&row.state)
        .ok_or_else(|| anyhow::anyhow!("alert {} has state {:?}", row.id, row.state).into())
}

fn kind_of<'a>(state: &'a AppState, row: &alert::Model) -> Result<&'a Kind> {
    state
        .alert_kinds
        .get(&row.kind)
        .ok_or_else(|| anyhow::anyhow!("alert {} has unknown kind {:?}", row.id, row.kind).into())
}

fn country_of(code: &str) -> Result<CountryCode> {
    CountryCode::parse(code).map_err(|err| anyhow::anyhow!("{err}").into())
}

/// The stored countries of an alert, in code order.
fn countries_of(row: &alert::Model) -> Vec<CountryCode> {
    row.countries
        .split(',')
        .filter_map(|code| CountryCode::parse(code).ok())
        .collect()
}

fn stored_fields(row: &alert::Model) -> Result<BTreeMap<String, String>> {
    serde_json::from_str(&row.fields)
        .map_err(|err| anyhow::anyhow!("alert {}: fields: {err}", row.id).into())
}

fn lang_text(text: Option<&str>, language: Option<&str>) -> Option<LangText> {
    Some(LangText {
        text: text?.to_owned(),
        language: LanguageCode::parse(language?).ok()?,
    })
}

/// The draft as its sender wrote it, read back from the row, to check again before it goes.
/// A kind sent to every country stores them all, which its sender did not choose.
fn draft_of(kind: &Kind, row: &alert::Model) -> Result<AlertDraftInput> {
    Ok(AlertDraftInput {
        kind: row.kind.clone(),
        fields: stored_fields(row)?,
        countries: if row.countries.is_empty() || kind.recipients == shared::alert::Recipients::All
        {
            Vec::new()
        } else {
            row.countries.split(',').map(str::to_owned).collect()
        },
        comment: lang_text(row.comment_text.as_deref(), row.comment_language.as_deref()),
        late_reason: lang_text(
            row.late_reason_text.as_deref(),
            row.late_reason_language.as_deref(),
        ),
    })
}

/// The columns a checked draft sets: its fields, and what lists, searches and reminders read
/// without opening them.
fn content_columns(
    state: &AppState,
    mut model: alert::ActiveModel,
    checked: &CheckedAlertDraft,
) -> Result<alert::ActiveModel> {
    let kind = state
        .alert_kinds
        .get(checked.kind())
        .ok_or_else(|| anyhow::anyhow!("a checked draft of unknown kind"))?;
    let wire: BTreeMap<&String, String> = checked
        .fields()
        .iter()
        .map(|(id, value)| (id, value.to_wire()))
        .collect();
    let date = |role: &Option<String>| {
        role.as_ref()
            .and_then(|id| checked.fields().get(id))
            .map(FieldValue::to_wire)
    };
    let subject = shared::alert::subject_name(kind, checked.fields());
    model.kind = Set(kind.id.clone());
    model.area = Set(kind.area.as_str().to_owned());
    model.fields = Set(crate::services::requests::json(&wire)?);
    model.subject_folded = Set((!subject.is_empty()).then(|| shared::search::fold(&subject)));
    model.concept = Set(kind
        .concept
        .as_ref()
        .and_then(|id| checked.fields().get(id))
        .map(FieldValue::to_wire));
    model.decided_on = Set(date(&kind.dates.decided));
    model.valid_until = Set(date(&kind.dates.until));
    model.countries = Set(checked
        .countries()
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(","));
    model.comment_text = Set(checked.comment().map(|t| t.text.clone()));
    model.comment_language = Set(checked.comment().map(|t| t.language.as_str().to_owned()));
    model.late_reason_text = Set(checked.late_reason().map(|t| t.text.clone()));
    model.late_reason_language = Set(checked
        .late_reason()
        .map(|t| t.language.as_str().to_owned()));
    Ok(model)
}
