//! A request as the caller may see it, in the caller's language.

use super::*;

pub(super) async fn parties(
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
    // The responder's side knows it from `load`; the other sides ask.
    let allocation = match (visible.side, row.responder_id) {
        (Side::Responding, _) => visible.allocation != Allocation::Off,
        (_, Some(id)) => authority::Entity::find_by_id(id)
            .one(&state.db)
            .await?
            .is_some_and(|a| a.allocation_enabled),
        (_, None) => false,
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
