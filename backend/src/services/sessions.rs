//! A user's own sessions and password: list the sessions, end one or all the others, change
//! the password (which ends the others, since whoever knew the old one may hold one).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use shared::account::{ChangePassword, SessionView};
use shared::error::FieldCode;

use crate::auth::{self, Account};
use crate::client_addr::ClientNet;
use crate::entities::{session, user};
use crate::error::{AppError, Result};
use crate::live::Change;
use crate::state::AppState;
use crate::throttle;

/// When the caller's session expires (`None` when it has ended already): a live stream asks
/// before each update, so that it ends with its session.
pub async fn expires_at(state: &AppState, user: &Account) -> Result<Option<DateTime<Utc>>> {
    let at: Option<DateTime<Utc>> = session::Entity::find_by_id(user.token_hash.clone())
        .select_only()
        .column(session::Column::ExpiresAt)
        .into_tuple()
        .one(&state.db)
        .await?;
    Ok(at)
}

/// The user's sessions that have not expired, newest first.
pub async fn list(state: &AppState, user: &Account) -> Result<Vec<SessionView>> {
    let rows = session::Entity::find()
        .filter(session::Column::UserId.eq(user.user_id.0))
        .filter(session::Column::ExpiresAt.gt(state.clock.now()))
        .order_by_desc(session::Column::CreatedAt)
        .all(&state.db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            Some(SessionView {
                current: row.token_hash == user.token_hash,
                id: row.public_id?,
                created_at: row.created_at.to_rfc3339(),
                expires_at: row.expires_at.to_rfc3339(),
                user_agent: row.user_agent,
                client: row.client,
            })
        })
        .collect())
}

/// Ends one of the user's sessions (another user's, or none, is not found).
pub async fn end(state: &AppState, user: &Account, public_id: &str) -> Result<()> {
    let ended = session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user.user_id.0))
        .filter(session::Column::PublicId.eq(public_id))
        .exec(&state.db)
        .await?;
    if ended.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    // Its open streams end now rather than at their next change.
    state
        .live
        .publish(&state.db, &[Change::User(user.user_id.0)])
        .await
}

/// Ends every session of the user but this one; returns how many.
pub async fn end_others(state: &AppState, user: &Account) -> Result<u64> {
    let ended = session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user.user_id.0))
        .filter(session::Column::TokenHash.ne(user.token_hash.clone()))
        .exec(&state.db)
        .await?;
    state
        .live
        .publish(&state.db, &[Change::User(user.user_id.0)])
        .await?;
    Ok(ended.rows_affected)
}

/// Changes the password, given the current one, and ends the user's other sessions. The
/// current password is checked under the log-in throttle: a session left open must not
/// become a way to guess it.
pub async fn change_password(
    state: &AppState,
    user: &Account,
    client: &ClientNet,
    body: &ChangePassword,
) -> Result<()> {
    let me = user::Entity::find_by_id(user.user_id.0)
        .one(&state.db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let pair = throttle::Key::pair(&me.email, client);
    throttle::count(&state.db, &pair, state.clock.now()).await?;
    if !auth::verify_bounded(state, &body.current_password, me.password_hash.clone()).await? {
        return Err(AppError::field(
            "current_password",
            FieldCode::WrongPassword,
        ));
    }
    throttle::forget(&state.db, &pair).await?;
    auth::check_new_password(
        "new_password",
        &body.new_password,
        &[&me.email, &me.display_name],
    )?;
    let hash = auth::hash_password_blocking(&body.new_password).await?;
    let (_turn, txn) = state.begin_write().await?;
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(hash))
        .filter(user::Column::Id.eq(me.id))
        .exec(&txn)
        .await?;
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(me.id))
        .filter(session::Column::TokenHash.ne(user.token_hash.clone()))
        .exec(&txn)
        .await?;
    state.live.publish(&txn, &[Change::User(me.id)]).await?;
    crate::services::audit::write(
        &txn,
        state.clock.now(),
        user,
        None,
        "password_changed",
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
