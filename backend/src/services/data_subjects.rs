//! A data subject's right of access (Regulation (EU) No 1024/2012, art. 19; GDPR art. 15),
//! as the local data administrator exercises it for their authority: find every request of
//! the authority about a person, and report what it holds about them, which authorities
//! received it and when, and when it is blocked and deleted.
//!
//! This is the one way to blocked personal data: only a local administrator may take it,
//! only with a reason, and every search and report is a line of the audit log naming the
//! reason and the requests it showed. Erased data is gone and is not found.

use std::collections::{BTreeMap, BTreeSet};

use chrono::Datelike;
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use shared::dto::{
    DataSubjectMatch, DataSubjectMatches, DataSubjectReport, DataSubjectReportInput,
    DataSubjectSearch, Disclosure, DisclosureKind, PersonalItem, ReportEntry,
};
use shared::error::{FieldCode, FieldError};
use shared::inspection::Signature;
use shared::lifecycle::Side;
use shared::permissions::answers_visible;
use shared::personal::{Held, PersonalField, SubjectQuery, placeholder_is_personal};
use shared::placeholder::Registry;
use shared::request::{AnswerInput, AnswerValue, EventKind, Subject, request_number};
use shared::retention::RetentionView;
use shared::text::TextKind;
use shared::{Date, RequestId, Role};

use crate::auth::AuthUser;
use crate::entities::{attachment, inspection_report, request, request_event, request_question};
use crate::error::{AppError, Result};
use crate::services::requests::{self, area_of, parties, retention_stage, state_of};
use crate::state::AppState;

/// The longest reason.
const MAX_REASON_CHARS: usize = 1000;

/// The requests of the administrator's authority about the person, newest first.
pub async fn search(
    state: &AppState,
    user: &AuthUser,
    input: DataSubjectSearch,
) -> Result<DataSubjectMatches> {
    check(user, &input.query, &input.reason)?;
    let found = found(state, user, &input.query).await?;
    let ids: Vec<i32> = found.iter().map(|f| f.row.id).collect();
    crate::services::audit::write_alone(
        state,
        user,
        None,
        "data_subject_search",
        Some(format!(
            "reason: {}; requests: {}",
            input.reason.trim(),
            list(&ids)
        )),
    )
    .await?;
    let parties = parties(&state.db, found.iter().flat_map(|f| f.parties())).await?;
    let today = state.today();
    let rows = found
        .into_iter()
        .map(|found| {
            let row = &found.row;
            let side = side_of(row, user);
            let other = match side {
                Side::Requesting => row.responder_id,
                _ => Some(row.requester_id),
            };
            Ok(DataSubjectMatch {
                id: RequestId(row.id),
                number: request_number(row.created_at.year(), RequestId(row.id)),
                area: area_of(row)?,
                state: state_of(row)?,
                side,
                other: other.and_then(|id| parties.get(&id).cloned()),
                subject: Subject {
                    name: row.subject_name.clone(),
                    identifier: row.subject_identifier.clone(),
                    birth_date: row
                        .subject_birth_date
                        .as_deref()
                        .and_then(|d| Date::parse(d).ok()),
                },
                sent_at: row.sent_at.map(|at| at.to_rfc3339()),
                retention: retention(state, row, today)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(DataSubjectMatches { rows })
}

/// The report for the person, of the requests found (or those of them the administrator
/// chose), for the data subject to read in `input.language`.
pub async fn report(
    state: &AppState,
    user: &AuthUser,
    input: DataSubjectReportInput,
) -> Result<DataSubjectReport> {
    check(user, &input.query, &input.reason)?;
    let chosen: BTreeSet<i32> = input.requests.iter().map(|id| id.0).collect();
    let found: Vec<Found> = found(state, user, &input.query)
        .await?
        .into_iter()
        .filter(|f| chosen.is_empty() || chosen.contains(&f.row.id))
        .collect();
    let ids: Vec<i32> = found.iter().map(|f| f.row.id).collect();
    let events = events_of(state, &ids).await?;
    let documents = documents_of(state, &ids).await?;
    let mut mentioned: Vec<i32> = vec![user.authority_id.0];
    for found in &found {
        mentioned.extend(found.parties());
    }
    for event in events.values().flatten() {
        mentioned.push(event.authority_id);
        mentioned.extend(event.other_authority_id);
    }
    let parties = parties(&state.db, mentioned).await?;
    let today = state.today();
    let entries = found
        .iter()
        .map(|found| {
            let row = &found.row;
            let side = side_of(row, user);
            let no_events = Vec::new();
            let events = events.get(&row.id).unwrap_or(&no_events);
            let periods = state.retention.periods(area_of(row)?);
            Ok(ReportEntry {
                id: RequestId(row.id),
                number: request_number(row.created_at.year(), RequestId(row.id)),
                area: area_of(row)?,
                state: state_of(row)?,
                side,
                disclosures: disclosures(row, side, user, events, &parties),
                data: items(found, events, documents.get(&row.id)),
                ended_on: row.ended_on.as_deref().and_then(|d| Date::parse(d).ok()),
                retention: retention(state, row, today)?,
                block_after_months: periods.block_after_months,
                delete_after_months: periods.delete_after_months,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    crate::services::audit::write_alone(
        state,
        user,
        None,
        "data_subject_report",
        Some(format!(
            "reason: {}; language: {}; requests: {}",
            input.reason.trim(),
            input.language.as_str(),
            list(&ids)
        )),
    )
    .await?;
    Ok(DataSubjectReport {
        authority: parties
            .get(&user.authority_id.0)
            .cloned()
            .ok_or(AppError::NotFound)?,
        language: input.language,
        made_at: state.clock.now().to_rfc3339(),
        entries,
    })
}

/// Only a local administrator, with a reason, looking for someone.
fn check(user: &AuthUser, query: &SubjectQuery, reason: &str) -> Result<()> {
    if !user.roles.contains(&Role::LOCAL_ADMINISTRATOR) {
        return Err(AppError::Forbidden);
    }
    let mut errors = query.check().err().unwrap_or_default();
    if reason.trim().is_empty() {
        errors.push(FieldError::new("reason", FieldCode::Missing));
    } else if reason.chars().count() > MAX_REASON_CHARS {
        errors.push(FieldError::new("reason", FieldCode::TooLong));
    } else if let Err(error) = shared::text::check("reason", reason, TextKind::MultiLine) {
        errors.push(error);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AppError::Validation(errors))
    }
}

/// A request found, with the values of its personal placeholders, its answers and the names
/// of those present at its inspection.
struct Found {
    row: request::Model,
    values: Vec<(String, String)>,
    answers: Vec<AnswerInput>,
    present: Vec<String>,
}

impl Found {
    fn parties(&self) -> impl Iterator<Item = i32> + '_ {
        std::iter::once(self.row.requester_id).chain(self.row.responder_id)
    }
}

/// The authority's requests about the person: those it sent or holds, and those it held and
/// passed on (a forward, a split-off), whose personal data it received. Names are folded in
/// Rust, so the search reads the authority's requests (not erased) and their placeholder
/// values; an administrator's search is rare, and exact matters more than fast here.
async fn found(state: &AppState, user: &AuthUser, query: &SubjectQuery) -> Result<Vec<Found>> {
    let me = user.authority_id.0;
    let acted_on = Query::select()
        .column(request_event::Column::RequestId)
        .from(request_event::Entity)
        .and_where(request_event::Column::AuthorityId.eq(me))
        .to_owned();
    let ours = Condition::any()
        .add(request::Column::RequesterId.eq(me))
        .add(request::Column::ResponderId.eq(me))
        .add(request::Column::Id.in_subquery(acted_on));
    let rows = request::Entity::find()
        .filter(ours.clone())
        .filter(request::Column::ErasedAt.is_null())
        .order_by_desc(request::Column::Id)
        .all(&state.db)
        .await?;
    let registry = Registry::standard();
    let mut values: BTreeMap<i32, Vec<(String, String)>> = BTreeMap::new();
    let mut answers: BTreeMap<i32, Vec<AnswerInput>> = BTreeMap::new();
    let of_ours = Query::select()
        .column(request::Column::Id)
        .from(request::Entity)
        .cond_where(ours)
        .to_owned();
    for (request_id, values_json, answer_json) in request_question::Entity::find()
        .select_only()
        .column(request_question::Column::RequestId)
        .column(request_question::Column::ValuesJson)
        .column(request_question::Column::AnswerJson)
        .filter(request_question::Column::RequestId.in_subquery(of_ours.clone()))
        .order_by_asc(request_question::Column::Id)
        .into_tuple::<(i32, String, Option<String>)>()
        .all(&state.db)
        .await?
    {
        let parsed: BTreeMap<String, String> = serde_json::from_str(&values_json)
            .map_err(|err| anyhow::anyhow!("values of request {request_id}: {err}"))?;
        values.entry(request_id).or_default().extend(
            parsed
                .into_iter()
                .filter(|(name, _)| placeholder_is_personal(registry, name)),
        );
        if let Some(answer) = answer_json {
            let answer: AnswerInput = serde_json::from_str(&answer)
                .map_err(|err| anyhow::anyhow!("answer of request {request_id}: {err}"))?;
            answers.entry(request_id).or_default().push(answer);
        }
    }
    // Those present at an inspection are personal data of people who need not be its
    // subject: a witness, a worker. The responder holds their names from the start, the
    // requester once the answer came (as it reads the answers); an authority that passed the
    // request on before never held them.
    let mut present: BTreeMap<i32, Vec<String>> = BTreeMap::new();
    for (request_id, signatures_json) in inspection_report::Entity::find()
        .select_only()
        .column(inspection_report::Column::RequestId)
        .column(inspection_report::Column::SignaturesJson)
        .filter(inspection_report::Column::RequestId.in_subquery(of_ours))
        .into_tuple::<(i32, String)>()
        .all(&state.db)
        .await?
    {
        let signatures: Vec<Signature> = serde_json::from_str(&signatures_json)
            .map_err(|err| anyhow::anyhow!("report of request {request_id}: {err}"))?;
        present.insert(
            request_id,
            signatures
                .into_iter()
                .map(|signature| signature.name)
                .collect(),
        );
    }
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let values = values.remove(&row.id).unwrap_or_default();
            let held_report = row.responder_id == Some(me)
                || (row.requester_id == me
                    && state_of(&row).is_ok_and(|state| answers_visible(Side::Requesting, state)));
            let present = present
                .remove(&row.id)
                .filter(|_| held_report)
                .unwrap_or_default();
            let texts: Vec<String> = values
                .iter()
                .map(|(_, value)| value.clone())
                .chain(present.iter().cloned())
                .collect();
            let held = Held {
                name: &row.subject_name,
                identifier: &row.subject_identifier,
                birth_date: row
                    .subject_birth_date
                    .as_deref()
                    .and_then(|d| Date::parse(d).ok()),
                values: &texts,
            };
            query.matches(held).then(|| Found {
                answers: answers.remove(&row.id).unwrap_or_default(),
                row,
                values,
                present,
            })
        })
        .collect())
}

/// The timelines of `ids`, oldest event first.
async fn events_of(
    state: &AppState,
    ids: &[i32],
) -> Result<BTreeMap<i32, Vec<request_event::Model>>> {
    let mut events: BTreeMap<i32, Vec<request_event::Model>> = BTreeMap::new();
    for chunk in ids.chunks(500) {
        for event in request_event::Entity::find()
            .filter(request_event::Column::RequestId.is_in(chunk.iter().copied()))
            .order_by_asc(request_event::Column::Id)
            .all(&state.db)
            .await?
        {
            events.entry(event.request_id).or_default().push(event);
        }
    }
    Ok(events)
}

/// The documents' names of `ids`.
async fn documents_of(state: &AppState, ids: &[i32]) -> Result<BTreeMap<i32, Vec<String>>> {
    let mut documents: BTreeMap<i32, Vec<String>> = BTreeMap::new();
    for chunk in ids.chunks(500) {
        for (request_id, name) in attachment::Entity::find()
            .select_only()
            .column(attachment::Column::RequestId)
            .column(attachment::Column::FileName)
            .filter(attachment::Column::RequestId.is_in(chunk.iter().copied()))
            .order_by_asc(attachment::Column::Id)
            .into_tuple::<(i32, String)>()
            .all(&state.db)
            .await?
        {
            documents.entry(request_id).or_default().push(name);
        }
    }
    Ok(documents)
}

/// Who received the request's data from the authority, or sent it to the authority, and
/// when: the recipient of the sending (the sent event's, else the first holder), then each
/// forward and split-off, as the timeline has them.
fn disclosures(
    row: &request::Model,
    side: Side,
    user: &AuthUser,
    events: &[request_event::Model],
    parties: &BTreeMap<i32, shared::dto::PartyView>,
) -> Vec<Disclosure> {
    let me = user.authority_id.0;
    let kind = |event: &request_event::Model| EventKind::parse(&event.kind);
    let sent = events.iter().find(|e| kind(e) == Some(EventKind::Sent));
    let first_holder = sent
        .and_then(|e| e.other_authority_id)
        .or_else(|| {
            events
                .iter()
                .find(|e| kind(e) == Some(EventKind::Forwarded))
                .map(|e| e.authority_id)
        })
        .or(row.responder_id);
    let at = |event: Option<&request_event::Model>| {
        event
            .map(|e| e.at)
            .or(row.sent_at)
            .map(|at| at.to_rfc3339())
            .unwrap_or_default()
    };
    let mut out: Vec<(i32, DisclosureKind, String)> = Vec::new();
    if side == Side::Requesting {
        if let Some(holder) = first_holder.filter(|_| sent.is_some() || row.sent_at.is_some()) {
            out.push((holder, DisclosureKind::Sent, at(sent)));
        }
    } else {
        // The authority received it from the requester, directly or through a forward.
        let reached = events.iter().find(|e| {
            matches!(kind(e), Some(EventKind::Forwarded | EventKind::SplitOff))
                && e.other_authority_id == Some(me)
        });
        out.push((
            row.requester_id,
            DisclosureKind::ReceivedFrom,
            at(reached.or(sent)),
        ));
    }
    for event in events {
        let passed = match kind(event) {
            Some(EventKind::Forwarded) => DisclosureKind::Forwarded,
            Some(EventKind::SplitOff) => DisclosureKind::SplitOff,
            _ => continue,
        };
        // What the authority passed on, and (when it sent the request) what the holders
        // passed on after it: the data travelled with the request.
        if let Some(to) = event.other_authority_id
            && to != me
            && (side == Side::Requesting || event.authority_id == me)
        {
            out.push((to, passed, event.at.to_rfc3339()));
        }
    }
    out.into_iter()
        .filter_map(|(id, kind, at)| {
            Some(Disclosure {
                authority: parties.get(&id)?.clone(),
                kind,
                at,
            })
        })
        .collect()
}

/// The personal data a request holds: the subject's, the personal placeholders' values and
/// the documents' names quoted; free text counted.
fn items(
    found: &Found,
    events: &[request_event::Model],
    documents: Option<&Vec<String>>,
) -> Vec<PersonalItem> {
    let row = &found.row;
    let mut items = Vec::new();
    let mut quoted = |field: PersonalField, placeholder: Option<&str>, value: &str| {
        if !value.trim().is_empty() {
            items.push(PersonalItem {
                field,
                placeholder: placeholder.map(str::to_owned),
                value: Some(value.to_owned()),
                count: 1,
            });
        }
    };
    quoted(PersonalField::SubjectName, None, &row.subject_name);
    quoted(
        PersonalField::SubjectIdentifier,
        None,
        &row.subject_identifier,
    );
    quoted(
        PersonalField::SubjectBirthDate,
        None,
        row.subject_birth_date.as_deref().unwrap_or(""),
    );
    let mut seen = BTreeSet::new();
    for (name, value) in &found.values {
        if seen.insert((name.clone(), value.clone())) {
            quoted(PersonalField::PlaceholderValue, Some(name), value);
        }
    }
    for name in documents.into_iter().flatten() {
        quoted(PersonalField::Document, None, name);
    }
    for name in &found.present {
        quoted(PersonalField::InspectionPresent, None, name);
    }
    let mut counted = |field: PersonalField, count: usize| {
        if count > 0 {
            items.push(PersonalItem {
                field,
                placeholder: None,
                value: None,
                count: u32::try_from(count).unwrap_or(u32::MAX),
            });
        }
    };
    counted(
        PersonalField::Comment,
        usize::from(row.comment_text.is_some()),
    );
    counted(
        PersonalField::Note,
        events.iter().filter(|e| e.note_text.is_some()).count(),
    );
    counted(
        PersonalField::TextAnswer,
        found
            .answers
            .iter()
            .filter(|a| matches!(a.value, AnswerValue::Text { .. }))
            .count(),
    );
    counted(
        PersonalField::AnswerComment,
        found.answers.iter().filter(|a| a.comment.is_some()).count(),
    );
    items
}

fn side_of(row: &request::Model, user: &AuthUser) -> Side {
    if row.requester_id == user.authority_id.0 {
        Side::Requesting
    } else {
        Side::Responding
    }
}

fn retention(state: &AppState, row: &request::Model, today: Date) -> Result<RetentionView> {
    let stage = retention_stage(&state.retention, row, today);
    requests::retention_view(&state.retention, row, stage)
}

fn list(ids: &[i32]) -> String {
    if ids.is_empty() {
        return "none".to_owned();
    }
    ids.iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
