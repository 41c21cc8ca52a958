//! A request as the caller may see it, in the caller's language.

use super::*;

pub(crate) async fn parties(
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

pub(super) fn party(parties: &BTreeMap<i32, PartyView>, id: i32) -> Result<PartyView> {
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
    let visible = load(state, user, id).await?;
    let row = &visible.row;
    let hidden = visible.personal_data_hidden();
    let questions = questions_of(&state.db, row.id).await?;
    let events = events_of(&state.db, row.id).await?;
    let attachments = if hidden {
        Vec::new()
    } else {
        attachments_of(&state.db, row.id).await?
    };
    let parties = parties(&state.db, party_ids(row, &events)).await?;
    let answers_visible = permissions::answers_visible(visible.side, visible.state);
    let kind = kind_of(row)?;
    // The report names and shows those present: personal data, read as the answers are.
    let report = if kind == RequestKind::Inspection && answers_visible && !hidden {
        report_of(&state.db, row.id).await?
    } else {
        None
    };
    let question_views = questions
        .iter()
        .map(|q| question_view(state, q, language, hidden, answers_visible))
        .collect::<Result<Vec<_>>>()?;
    let timeline = events
        .into_iter()
        .map(|e| event_view(e, &parties, hidden))
        .collect::<Result<Vec<_>>>()?;
    let deadline = parse_date(row.deadline.as_deref());
    let draft = if visible.state == RequestState::Draft {
        Some(draft_of(row, &questions)?)
    } else {
        None
    };
    if !hidden && visible.side == Side::Responding {
        crate::services::audit::write_alone(state, user, Some(row.id), "view_personal_data", None)
            .await?;
    }
    let assigned_to = assignee(&state.db, row.assigned_to).await?;
    let allocation = allocation_on(&state.db, &visible).await?;
    let actor = visible.actor(user);
    let actions = offered_actions(&state.db, user, &visible, &actor).await?;
    Ok(RequestView {
        id,
        number: request_number(row.created_at.year(), id),
        version: row.version,
        state: visible.state,
        side: visible.side,
        kind,
        report,
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
        overdue: lifecycle::is_overdue(visible.state, deadline, state.today()),
        questions: question_views,
        answer_texts: answer_texts(state, language),
        attachments: attachments.into_iter().map(attachment_view).collect(),
        actions,
        may: visible.may(user),
        timeline,
        timeliness: row.timeliness.as_deref().and_then(Rating::parse),
        effort: row.effort.as_deref().and_then(Rating::parse),
        created_at: row.created_at.to_rfc3339(),
        draft,
        assigned_to,
        allocation,
        retention: retention_view(&state.retention, row, visible.stage)?,
    })
}

/// The request's retention: its stage and, once it has ended, the days it is blocked and
/// deleted.
pub(crate) fn retention_view(
    policy: &shared::retention::RetentionPolicy,
    row: &request::Model,
    stage: Stage,
) -> Result<shared::retention::RetentionView> {
    let area = area_of(row)?;
    let dates = parse_date(row.ended_on.as_deref()).map(|ended| policy.dates(area, ended));
    Ok(shared::retention::RetentionView {
        stage,
        blocked_on: dates.map(|(blocked, _)| blocked),
        deleted_on: dates.map(|(_, deleted)| deleted),
    })
}

/// A request's timeline, oldest first.
async fn events_of(
    db: &impl ConnectionTrait,
    request_id: i32,
) -> Result<Vec<request_event::Model>> {
    Ok(request_event::Entity::find()
        .filter(request_event::Column::RequestId.eq(request_id))
        .order_by_asc(request_event::Column::Id)
        .all(db)
        .await?)
}

/// A request's attachments, oldest first.
async fn attachments_of(
    db: &impl ConnectionTrait,
    request_id: i32,
) -> Result<Vec<attachment::Model>> {
    Ok(attachment::Entity::find()
        .filter(attachment::Column::RequestId.eq(request_id))
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?)
}

/// Every authority the view names: the two sides and those the timeline mentions.
fn party_ids(row: &request::Model, events: &[request_event::Model]) -> Vec<i32> {
    [row.requester_id]
        .into_iter()
        .chain(row.responder_id)
        .chain(events.iter().map(|e| e.authority_id))
        .chain(events.iter().filter_map(|e| e.other_authority_id))
        .collect()
}

/// One event of the timeline, with what is personal data withheld when `hidden`.
fn event_view(
    e: request_event::Model,
    parties: &BTreeMap<i32, PartyView>,
    hidden: bool,
) -> Result<EventView> {
    Ok(EventView {
        at: e.at.to_rfc3339(),
        kind: EventKind::parse(&e.kind)
            .ok_or_else(|| anyhow::anyhow!("event {} has kind {:?}", e.id, e.kind))?,
        user: e.user_name,
        authority: party(parties, e.authority_id)?,
        // Free text may name anyone: it is withheld like the rest of the personal data.
        note: if hidden {
            None
        } else {
            lang_text(e.note_text.as_deref(), e.note_language.as_deref())
        },
        note_hidden: hidden && e.note_text.is_some(),
        other: e
            .other_authority_id
            .map(|id| party(parties, id))
            .transpose()?,
        split_to: e.split_to.map(RequestId),
        // A file's name can name the person; it is personal data like the file.
        file: e.file.filter(|_| !hidden),
        assignee: e.assignee,
        fields: e
            .fields
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .filter_map(shared::personal::PersonalField::parse)
            .collect(),
    })
}

/// The user a request is assigned to, if any.
async fn assignee(
    db: &impl ConnectionTrait,
    assigned_to: Option<i32>,
) -> Result<Option<shared::dto::UserRef>> {
    let Some(id) = assigned_to else {
        return Ok(None);
    };
    Ok(crate::entities::user::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|u| shared::dto::UserRef {
            id: shared::UserId(u.id),
            name: u.display_name,
        }))
}

/// Whether the responding authority allocates its requests to handlers.
async fn allocation_on(db: &impl ConnectionTrait, visible: &Visible) -> Result<bool> {
    // The responder's side knows it from `load`; the other sides ask.
    Ok(match (visible.side, visible.row.responder_id) {
        (Side::Responding, _) => visible.allocation != Allocation::Off,
        (_, Some(id)) => authority::Entity::find_by_id(id)
            .one(db)
            .await?
            .is_some_and(|a| a.allocation_enabled),
        (_, None) => false,
    })
}

/// The actions the caller is offered: those the lifecycle allows, less a coordinator's
/// re-routing of what its own country does not hold.
async fn offered_actions(
    db: &impl ConnectionTrait,
    user: &AuthUser,
    visible: &Visible,
    actor: &Actor,
) -> Result<Vec<ActionKind>> {
    let mut actions = lifecycle::allowed_actions(visible.state, actor);
    if visible.side == Side::Coordinator && actions.contains(&ActionKind::Forward) {
        match check_reroute(db, user, &visible.row, None).await {
            Ok(()) => {}
            Err(AppError::Forbidden) => actions.retain(|kind| *kind != ActionKind::Forward),
            Err(other) => return Err(other),
        }
    }
    Ok(actions)
}

/// The texts of the fixed parts of answers ("yes", "no", "document attached"…) in `language`.
fn answer_texts(state: &AppState, language: LanguageCode) -> BTreeMap<String, String> {
    shared::catalogue::FIXED_ANSWER_KEYS
        .iter()
        .map(|key| {
            let text = state.catalogue.text(TextTable::Answer, key, language);
            ((*key).to_owned(), text)
        })
        .collect()
}

pub(super) fn question_view(
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
    // The values of personal placeholders (a person's name, a date of birth) are withheld
    // like the rest of the personal data (`shared::personal`); the others stay readable.
    let registry = shared::placeholder::Registry::standard();
    let values = if hidden {
        shared::personal::impersonal_values(registry, &values_of(row)?)
    } else {
        values_of(row)?
    };
    let segments: Vec<RenderedSegment> = render(&template, &values);
    let answer = if answers_visible {
        answer_of(row)?
    } else {
        None
    };
    // A blocked request's answers keep what names no one: the choice, not the free text.
    let answer = if hidden {
        answer
            .as_ref()
            .and_then(shared::personal::impersonal_answer)
    } else {
        answer
    };
    let answer_label = answer.as_ref().map(|answer| match &answer.value {
        AnswerValue::Date { date } => date.to_string(),
        AnswerValue::Text { text } => text.text.clone(),
        AnswerValue::Choice { option } => catalogue.text(TextTable::List, option, language),
        AnswerValue::Measurement { value } => match question.unit {
            Some(unit) => format!("{value} {}", unit.symbol()),
            None => value.to_string(),
        },
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
        unit: question.unit,
        answer,
        answer_label,
    })
}

/// The attachment as listed with its request.
pub fn attachment_view(row: crate::entities::attachment::Model) -> shared::dto::AttachmentView {
    shared::dto::AttachmentView {
        id: row.id,
        file_name: row.file_name,
        content_type: row.content_type,
        size: u64::try_from(row.size).unwrap_or(0),
        question: row.question_id.map(QuestionId),
        authority: AuthorityId(row.authority_id),
        at: row.at.to_rfc3339(),
    }
}
