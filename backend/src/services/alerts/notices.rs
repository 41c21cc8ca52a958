//! Telling people what happened to an alert: a notification for each user concerned and an
//! e-mail in each one's language, queued in the transaction of the change, in batches (an
//! alert passed on to 300 authorities of 3 users makes 900 of each).

use super::*;
use sea_orm::sea_query::Query;

/// Whom a change concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Audience {
    /// The handlers and allocators of the sending authority.
    Sender,
    /// The alert coordinators of the sending country.
    SendingCoordinators,
    /// The alert coordinators of every country it went to.
    ReceivingCoordinators,
    /// The handlers and allocators of every authority it was passed on to.
    Recipients,
    /// The handlers and allocators of these authorities only (a pass-on's new ones).
    Authorities(Vec<i32>),
    /// The Commission's observers, for kinds that send it a copy.
    Commission,
}

/// Active users of `authorities` who handle or allocate.
async fn staff_of(
    db: &impl ConnectionTrait,
    authorities: &BTreeSet<i32>,
) -> Result<Vec<user::Model>> {
    if authorities.is_empty() {
        return Ok(Vec::new());
    }
    let staff = Query::select()
        .column(user_role::Column::UserId)
        .from(user_role::Entity)
        .and_where(
            user_role::Column::Role
                .is_in([Role::REQUEST_HANDLER.as_str(), Role::ALLOCATOR.as_str()]),
        )
        .to_owned();
    let mut users = Vec::new();
    // In chunks: an IN list of thousands of ids would pass SQLite's bound-parameter limit.
    let ids: Vec<i32> = authorities.iter().copied().collect();
    for chunk in ids.chunks(500) {
        users.extend(
            user::Entity::find()
                .filter(user::Column::AuthorityId.is_in(chunk.to_vec()))
                .filter(user::Column::Active.eq(true))
                .filter(user::Column::Id.in_subquery(staff.clone()))
                .all(db)
                .await?,
        );
    }
    Ok(users)
}

/// The active alert coordinators of `countries` whose scope covers `area`: the role held in
/// a coordinating authority, national or of an area including `area`.
pub(super) async fn alert_coordinators(
    db: &impl ConnectionTrait,
    countries: &[CountryCode],
    area: LegislativeArea,
) -> Result<Vec<user::Model>> {
    let coordinating: Vec<authority::Model> = authority::Entity::find()
        .filter(authority::Column::Coordinator.is_not_null())
        .filter(authority::Column::Country.is_in(countries.iter().map(|c| c.as_str())))
        .all(db)
        .await?;
    let area_coordinators: Vec<i32> = coordinating
        .iter()
        .filter(|a| a.coordinator.as_deref() != Some("national"))
        .map(|a| a.id)
        .collect();
    let covering_areas: BTreeSet<i32> = authority_area::Entity::find()
        .filter(authority_area::Column::AuthorityId.is_in(area_coordinators))
        .filter(authority_area::Column::Area.eq(area.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.authority_id)
        .collect();
    let authorities: Vec<i32> = coordinating
        .iter()
        .filter(|a| a.coordinator.as_deref() == Some("national") || covering_areas.contains(&a.id))
        .map(|a| a.id)
        .collect();
    let holders = Query::select()
        .column(user_role::Column::UserId)
        .from(user_role::Entity)
        .and_where(user_role::Column::Role.eq(Role::ALERT_COORDINATOR.as_str()))
        .to_owned();
    Ok(user::Entity::find()
        .filter(user::Column::AuthorityId.is_in(authorities))
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::Id.in_subquery(holders))
        .all(db)
        .await?)
}

/// The users of `audiences` for the alert `row`, each once.
pub(super) async fn users_of(
    db: &impl ConnectionTrait,
    row: &alert::Model,
    kind: &Kind,
    audiences: &[Audience],
) -> Result<Vec<user::Model>> {
    let mut users: BTreeMap<i32, user::Model> = BTreeMap::new();
    for audience in audiences {
        let found = match audience {
            Audience::Sender => staff_of(db, &BTreeSet::from([row.sender_id])).await?,
            Audience::SendingCoordinators => {
                alert_coordinators(db, &[country_of(&row.country)?], kind.area).await?
            }
            Audience::ReceivingCoordinators => {
                let countries: Vec<CountryCode> = alert_country::Entity::find()
                    .filter(alert_country::Column::AlertId.eq(row.id))
                    .all(db)
                    .await?
                    .iter()
                    .filter_map(|c| CountryCode::parse(&c.country).ok())
                    .collect();
                alert_coordinators(db, &countries, kind.area).await?
            }
            Audience::Recipients => {
                let authorities: BTreeSet<i32> = alert_recipient::Entity::find()
                    .filter(alert_recipient::Column::AlertId.eq(row.id))
                    .all(db)
                    .await?
                    .into_iter()
                    .map(|r| r.authority_id)
                    .collect();
                staff_of(db, &authorities).await?
            }
            Audience::Authorities(ids) => staff_of(db, &ids.iter().copied().collect()).await?,
            Audience::Commission if kind.reaches_commission() => {
                let observers = Query::select()
                    .column(user_role::Column::UserId)
                    .from(user_role::Entity)
                    .and_where(user_role::Column::Role.eq(Role::COMMISSION_OBSERVER.as_str()))
                    .to_owned();
                user::Entity::find()
                    .filter(user::Column::Organisation.eq("commission"))
                    .filter(user::Column::Active.eq(true))
                    .filter(user::Column::Id.in_subquery(observers))
                    .all(db)
                    .await?
            }
            Audience::Commission => Vec::new(),
        };
        for user in found {
            users.insert(user.id, user);
        }
    }
    Ok(users.into_values().collect())
}

/// Tells `audiences` of `event` on the alert `row`: their notifications and e-mails, the
/// actor (user id, authority's name) left out; `None` is the system (a reminder).
pub(super) async fn announce(
    db: &impl ConnectionTrait,
    state: &AppState,
    row: &alert::Model,
    kind: &Kind,
    event: AlertEventKind,
    actor: Option<(i32, &str)>,
    audiences: &[Audience],
) -> Result<()> {
    let users = users_of(db, row, kind, audiences).await?;
    notify(db, state, row, kind, event, actor, users).await
}

/// Queues the notification of `event` and its e-mail for each of `users` but the actor.
pub(super) async fn notify(
    db: &impl ConnectionTrait,
    state: &AppState,
    row: &alert::Model,
    kind: &Kind,
    event: AlertEventKind,
    actor: Option<(i32, &str)>,
    users: Vec<user::Model>,
) -> Result<()> {
    let users: Vec<user::Model> = users
        .into_iter()
        .filter(|u| Some(u.id) != actor.map(|(id, _)| id))
        .collect();
    if users.is_empty() {
        return Ok(());
    }
    let now = state.clock.now();
    let number = alert_number(chrono::Datelike::year(&row.created_at), row.id);
    let link = format!(
        "{}/alerts/{}",
        state.config.public_url.trim_end_matches('/'),
        row.id
    );
    let actor_name = match actor {
        Some((_, authority)) => authority.to_owned(),
        None => state
            .messages
            .text(LanguageCode::ENGLISH, "app-short-name", &[]),
    };
    crate::catalogue::insert_in_chunks(
        db,
        users
            .iter()
            .map(|u| alert_notice::ActiveModel {
                user_id: Set(u.id),
                alert_id: Set(row.id),
                kind: Set(event.as_str().to_owned()),
                at: Set(now),
                read_at: Set(None),
                ..Default::default()
            })
            .collect(),
        alert_notice::Entity::insert_many,
    )
    .await?;
    let changes: Vec<crate::live::Change> = users
        .iter()
        .map(|u| crate::live::Change::User(u.id))
        .collect();
    state.live.publish(db, &changes).await?;
    // Each language's texts once, however many users read it.
    let mut texts: BTreeMap<LanguageCode, (String, String, String)> = BTreeMap::new();
    let mut mails = Vec::with_capacity(users.len());
    for recipient in &users {
        let language = recipient
            .language
            .as_deref()
            .and_then(|code| LanguageCode::parse(code).ok())
            .unwrap_or(LanguageCode::ENGLISH);
        let (event_text, kind_name, subject) = texts.entry(language).or_insert_with(|| {
            let messages = &state.messages;
            let event_text = messages.text(language, &event.message_id(), &[]);
            let kind_name = state
                .alert_kinds
                .texts(language)
                .kind
                .get(&kind.id)
                .map(|t| t.name.clone())
                .unwrap_or_default();
            let subject = messages.text(
                language,
                "email-alert-subject",
                &[
                    ("number", number.clone().into()),
                    ("event", event_text.clone().into()),
                ],
            );
            (event_text, kind_name, subject)
        });
        let body = state.messages.text(
            language,
            "email-alert-body",
            &[
                ("name", recipient.display_name.clone().into()),
                ("number", number.clone().into()),
                ("event", event_text.clone().into()),
                ("kind", kind_name.clone().into()),
                ("authority", actor_name.clone().into()),
                ("link", link.clone().into()),
            ],
        );
        mails.push(crate::services::notifications::outbox_row(
            now,
            &recipient.email,
            subject.clone(),
            body,
            None,
            Some(row.id),
        ));
    }
    crate::catalogue::insert_in_chunks(db, mails, crate::entities::outbox::Entity::insert_many)
        .await?;
    Ok(())
}

/// Records `event` by `user` of `own` (no note, no country) and tells `audiences` of it.
#[allow(clippy::too_many_arguments)]
pub(super) async fn record_and_announce(
    db: &impl ConnectionTrait,
    state: &AppState,
    row: &alert::Model,
    kind: &Kind,
    event: AlertEventKind,
    user: &AuthUser,
    own: &authority::Model,
    audiences: &[Audience],
) -> Result<()> {
    let now = state.clock.now();
    record(
        db,
        now,
        row.id,
        event,
        Some(user),
        Some(own.id),
        None,
        None,
        None,
    )
    .await?;
    announce(
        db,
        state,
        row,
        kind,
        event,
        Some((user.user_id.0, &own.name)),
        audiences,
    )
    .await
}

/// Records an entry of the timeline.
#[allow(clippy::too_many_arguments)]
pub(super) async fn record(
    db: &impl ConnectionTrait,
    now: chrono::DateTime<Utc>,
    alert_id: i32,
    event: AlertEventKind,
    user: Option<&Account>,
    authority: Option<i32>,
    country: Option<CountryCode>,
    note: Option<&LangText>,
    detail: Option<String>,
) -> Result<()> {
    alert_event::ActiveModel {
        alert_id: Set(alert_id),
        kind: Set(event.as_str().to_owned()),
        at: Set(now),
        user_id: Set(user.map(|u| u.user_id.0)),
        user_name: Set(user.map(|u| u.display_name.clone())),
        authority_id: Set(authority),
        country: Set(country.map(|c| c.as_str().to_owned())),
        note_text: Set(note.map(|n| n.text.clone())),
        note_language: Set(note.map(|n| n.language.as_str().to_owned())),
        detail: Set(detail),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
