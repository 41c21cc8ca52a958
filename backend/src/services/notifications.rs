//! Telling the other authority what happened: a notification for each of its users (the
//! unread count in the SPA) and an e-mail in each user's language, queued in the outbox in
//! the same transaction as the change itself, so neither is lost nor sent for a change that
//! was rolled back.

use chrono::{Duration, Utc};
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use shared::request::{EventKind, request_number};
use shared::{LanguageCode, RequestId, Role};
use std::collections::BTreeSet;

use crate::auth::AuthUser;
use crate::entities::{authority, notification, outbox, request, user, user_role};
use crate::error::Result;
use crate::state::AppState;

/// Queues the notifications of `kind` on `row` for every active handler and allocator of
/// `authorities` except the actor's own authority.
pub async fn notify(
    db: &impl ConnectionTrait,
    state: &AppState,
    row: &request::Model,
    kind: EventKind,
    actor: &AuthUser,
    authorities: &[i32],
) -> Result<()> {
    let targets: Vec<i32> = authorities
        .iter()
        .copied()
        .filter(|id| *id != actor.authority_id.0)
        .collect();
    let actor_authority = authority::Entity::find_by_id(actor.authority_id.0)
        .one(db)
        .await?
        .map(|a| a.name)
        .unwrap_or_default();
    queue(db, state, row, kind, &actor_authority, &targets).await
}

/// Like [`notify`] for what the system itself noticed (a request gone quiet), addressed to
/// the coordinators and handlers of `authorities`.
pub async fn notify_system(
    db: &impl ConnectionTrait,
    state: &AppState,
    row: &request::Model,
    kind: EventKind,
    authorities: &[i32],
) -> Result<()> {
    let system = state
        .messages
        .text(LanguageCode::ENGLISH, "app-short-name", &[]);
    queue(db, state, row, kind, &system, authorities).await
}

async fn queue(
    db: &impl ConnectionTrait,
    state: &AppState,
    row: &request::Model,
    kind: EventKind,
    actor_authority: &str,
    authorities: &[i32],
) -> Result<()> {
    let targets: BTreeSet<i32> = authorities.iter().copied().collect();
    if targets.is_empty() {
        return Ok(());
    }
    let staff = sea_orm::sea_query::Query::select()
        .column(user_role::Column::UserId)
        .from(user_role::Entity)
        .and_where(user_role::Column::Role.is_in([
            Role::REQUEST_HANDLER.as_str(),
            Role::ALLOCATOR.as_str(),
            Role::COORDINATOR.as_str(),
        ]))
        .to_owned();
    let users = user::Entity::find()
        .filter(user::Column::AuthorityId.is_in(targets))
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::Id.in_subquery(staff))
        .all(db)
        .await?;
    let now = state.clock.now();
    let number = request_number(chrono::Datelike::year(&row.created_at), RequestId(row.id));
    let link = format!(
        "{}/requests/{}",
        state.config.public_url.trim_end_matches('/'),
        row.id
    );
    let changes: Vec<crate::live::Change> = users
        .iter()
        .map(|u| crate::live::Change::User(u.id))
        .collect();
    for recipient in users {
        notification::ActiveModel {
            user_id: Set(recipient.id),
            request_id: Set(row.id),
            kind: Set(kind.as_str().to_owned()),
            at: Set(now),
            read_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let language = recipient
            .language
            .as_deref()
            .and_then(|code| LanguageCode::parse(code).ok())
            .unwrap_or(LanguageCode::ENGLISH);
        let messages = &state.messages;
        let event = messages.text(language, &kind.message_id(), &[]);
        let subject = messages.text(
            language,
            "email-subject",
            &[
                ("number", number.clone().into()),
                ("event", event.clone().into()),
            ],
        );
        let body = messages.text(
            language,
            "email-body",
            &[
                ("name", recipient.display_name.clone().into()),
                ("number", number.clone().into()),
                ("event", event.into()),
                ("authority", actor_authority.into()),
                ("link", link.clone().into()),
            ],
        );
        mail(db, now, &recipient.email, subject, body, Some(row.id)).await?;
    }
    // Each recipient's open streams show the new notification once this commits.
    state.live.publish(db, &changes).await
}

/// Queues an e-mail in the outbox; call inside the transaction of the change it reports.
/// `request` is the request it tells of, if any: the e-mail is deleted with that request's
/// personal data.
pub async fn mail(
    db: &impl ConnectionTrait,
    now: chrono::DateTime<Utc>,
    to: &str,
    subject: String,
    body: String,
    request: Option<i32>,
) -> Result<()> {
    outbox_row(now, to, subject, body, request, None)
        .insert(db)
        .await?;
    Ok(())
}

/// An e-mail waiting in the outbox, telling of `request` or `alert` (it goes with that one's
/// personal data).
pub fn outbox_row(
    now: chrono::DateTime<Utc>,
    to: &str,
    subject: String,
    body: String,
    request: Option<i32>,
    alert: Option<i32>,
) -> outbox::ActiveModel {
    outbox::ActiveModel {
        to_address: Set(to.to_owned()),
        subject: Set(subject),
        body: Set(body),
        created_at: Set(now),
        claimed_until: Set(None),
        logged_at: Set(None),
        sent_at: Set(None),
        attempts: Set(0),
        last_error: Set(None),
        request_id: Set(request),
        alert_id: Set(alert),
        ..Default::default()
    }
}

/// The user's unread count.
pub async fn unread(db: &DatabaseConnection, user: &AuthUser) -> Result<u64> {
    Ok(notification::Entity::find()
        .filter(notification::Column::UserId.eq(user.user_id.0))
        .filter(notification::Column::ReadAt.is_null())
        .count(db)
        .await?)
}

/// Marks the user's notifications read: the ones listed, or all.
pub async fn mark_read(state: &AppState, user: &AuthUser, ids: Option<Vec<i32>>) -> Result<()> {
    let db = &state.db;
    let mut condition = Condition::all()
        .add(notification::Column::UserId.eq(user.user_id.0))
        .add(notification::Column::ReadAt.is_null());
    if let Some(ids) = ids {
        condition = condition.add(notification::Column::Id.is_in(ids));
    }
    notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(Some(Utc::now())))
        .filter(condition)
        .exec(db)
        .await?;
    // The user's other tabs show the new count.
    state
        .live
        .publish(db, &[crate::live::Change::User(user.user_id.0)])
        .await
}

/// The SMTP transport the configuration names, if any; an invalid URL is logged and leaves
/// e-mails in the outbox.
pub fn smtp_transport(state: &AppState) -> Option<AsyncSmtpTransport<Tokio1Executor>> {
    let url = state.config.smtp_url.as_deref()?;
    match AsyncSmtpTransport::<Tokio1Executor>::from_url(url) {
        Ok(builder) => Some(builder.build()),
        Err(err) => {
            tracing::error!(error = %err, "the SMTP URL is invalid; e-mails stay in the outbox");
            None
        }
    }
}

/// One pass over the outbox; returns how many messages were handled. Several instances may
/// run it: each claims a row (for `outbox_claim_seconds`) with a guarded update before
/// handling it, so a row is sent by one instance; one that dies while sending holds its row
/// only until the claim expires, and another sends it then.
pub async fn deliver_once(
    state: &AppState,
    transport: Option<&AsyncSmtpTransport<Tokio1Executor>>,
) -> anyhow::Result<usize> {
    let now = Utc::now();
    let mut pending = Condition::all()
        .add(outbox::Column::SentAt.is_null())
        .add(outbox::Column::Attempts.lt(10))
        .add(
            Condition::any()
                .add(outbox::Column::ClaimedUntil.is_null())
                .add(outbox::Column::ClaimedUntil.lt(now)),
        );
    if transport.is_none() {
        // Without SMTP each message is logged once and stays in the outbox.
        pending = pending.add(outbox::Column::LoggedAt.is_null());
    }
    let rows = outbox::Entity::find()
        .filter(pending)
        .order_by_asc(outbox::Column::Id)
        .limit(20)
        .all(&state.db)
        .await?;
    let mut handled = 0;
    for row in rows {
        let claimed = outbox::Entity::update_many()
            .col_expr(
                outbox::Column::ClaimedUntil,
                Expr::value(Some(
                    now + Duration::seconds(i64::from(state.config.outbox_claim_seconds)),
                )),
            )
            .filter(outbox::Column::Id.eq(row.id))
            .filter(
                Condition::any()
                    .add(outbox::Column::ClaimedUntil.is_null())
                    .add(outbox::Column::ClaimedUntil.lt(now)),
            )
            .exec(&state.db)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        handled += 1;
        let mut update = outbox::Entity::update_many()
            .col_expr(
                outbox::Column::ClaimedUntil,
                Expr::value(None::<chrono::DateTime<Utc>>),
            )
            .filter(outbox::Column::Id.eq(row.id));
        match transport {
            None => {
                // Never the body: an invitation's is a one-time credential, and logs travel
                // further than the database.
                tracing::info!(to = %row.to_address, subject = %row.subject, outbox_id = row.id, "e-mail kept in the outbox (no SMTP configured)");
                update = update.col_expr(outbox::Column::LoggedAt, Expr::value(Some(Utc::now())));
            }
            Some(transport) => match send(state, transport, &row).await {
                Ok(()) => {
                    update = update.col_expr(outbox::Column::SentAt, Expr::value(Some(Utc::now())));
                }
                Err(err) => {
                    tracing::warn!(error = %err, id = row.id, "sending an e-mail");
                    update = update
                        .col_expr(outbox::Column::Attempts, Expr::value(row.attempts + 1))
                        .col_expr(
                            outbox::Column::LastError,
                            Expr::value(Some(err.to_string())),
                        );
                }
            },
        }
        update.exec(&state.db).await?;
    }
    Ok(handled)
}

async fn send(
    state: &AppState,
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    row: &outbox::Model,
) -> anyhow::Result<()> {
    let from: Mailbox = state.config.mail_from.parse()?;
    let to: Mailbox = row.to_address.parse()?;
    let message = lettre::Message::builder()
        .from(from)
        .to(to)
        .subject(row.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(row.body.clone())?;
    transport.send(message).await?;
    Ok(())
}
