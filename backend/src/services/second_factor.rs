//! The second factor of log-in: setting up a TOTP secret, checking codes at log-in (each
//! once), recovery codes, turning it off where the roles allow.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};
use shared::account::{RecoveryCodes, SecondFactorSetup, SecondFactorStatus};
use shared::error::FieldCode;

use crate::auth::Account;
use crate::entities::{recovery_code, user};
use crate::error::{AppError, Result};
use crate::state::AppState;
use crate::totp::{self, Secret};

/// The issuer authenticator apps show next to the account.
const ISSUER: &str = "IMI";

/// The second factor of `user`, for `GET /api/me`.
pub async fn status(
    db: &impl ConnectionTrait,
    account: &user::Model,
    roles: &[shared::Role],
) -> Result<SecondFactorStatus> {
    let left = recovery_code::Entity::find()
        .filter(recovery_code::Column::UserId.eq(account.id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .count(db)
        .await?;
    Ok(SecondFactorStatus {
        enabled: account.totp_secret.is_some(),
        required: shared::account::second_factor_required(roles),
        recovery_codes_left: u32::try_from(left).unwrap_or(u32::MAX),
    })
}

/// Checks a log-in's code: six digits from the app, accepted once (a step later than the last
/// one used, decided by the update itself so two log-ins cannot share a code), or an unused
/// recovery code, which is then spent.
pub async fn verify_login(
    db: &impl ConnectionTrait,
    account: &user::Model,
    code: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let secret = account
        .totp_secret
        .as_deref()
        .and_then(Secret::from_base32)
        .ok_or(AppError::InvalidSecondFactor)?;
    if totp::looks_like_recovery_code(code) {
        let spent = recovery_code::Entity::update_many()
            .col_expr(recovery_code::Column::UsedAt, Expr::value(Some(now)))
            .filter(recovery_code::Column::UserId.eq(account.id))
            .filter(recovery_code::Column::CodeHash.eq(totp::recovery_hash(code)))
            .filter(recovery_code::Column::UsedAt.is_null())
            .exec(db)
            .await?;
        return if spent.rows_affected == 1 {
            Ok(())
        } else {
            Err(AppError::InvalidSecondFactor)
        };
    }
    let step = secret
        .matching_step(code, now.timestamp())
        .ok_or(AppError::InvalidSecondFactor)?;
    use_step(db, account.id, step).await
}

/// Records `step` as used unless it (or a later one) was: a code works once.
async fn use_step(db: &impl ConnectionTrait, user_id: i32, step: i64) -> Result<()> {
    let used = user::Entity::update_many()
        .col_expr(user::Column::TotpLastStep, Expr::value(Some(step)))
        .filter(user::Column::Id.eq(user_id))
        .filter(
            Condition::any()
                .add(user::Column::TotpLastStep.is_null())
                .add(user::Column::TotpLastStep.lt(step)),
        )
        .exec(db)
        .await?;
    if used.rows_affected == 1 {
        Ok(())
    } else {
        Err(AppError::InvalidSecondFactor)
    }
}

async fn account(db: &impl ConnectionTrait, user: &Account) -> Result<user::Model> {
    user::Entity::find_by_id(user.user_id.0)
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)
}

/// Starts setting up (or replacing) the second factor: a new secret, kept aside until a code
/// from it is confirmed, so a half-done setup never locks anyone out.
pub async fn begin_setup(state: &AppState, user: &Account) -> Result<SecondFactorSetup> {
    let me = account(&state.db, user).await?;
    let secret = Secret::generate();
    user::Entity::update_many()
        .col_expr(
            user::Column::TotpPending,
            Expr::value(Some(secret.to_base32())),
        )
        .filter(user::Column::Id.eq(me.id))
        .exec(&state.db)
        .await?;
    let uri = secret.uri(ISSUER, &me.email);
    Ok(SecondFactorSetup {
        secret: secret.to_base32(),
        qr_svg: totp::qr_svg(&uri)?,
        uri,
    })
}

/// Confirms the secret being set up with a code from it: it becomes the second factor, new
/// recovery codes replace any earlier ones, and they are returned to be shown once.
pub async fn confirm_setup(state: &AppState, user: &Account, code: &str) -> Result<RecoveryCodes> {
    let me = account(&state.db, user).await?;
    let pending = me
        .totp_pending
        .as_deref()
        .and_then(Secret::from_base32)
        .ok_or_else(|| AppError::field("code", FieldCode::NoSetup))?;
    let now = Utc::now();
    let step = pending
        .matching_step(code, now.timestamp())
        .ok_or_else(|| AppError::field("code", FieldCode::WrongCode))?;
    let codes = totp::new_recovery_codes();
    let (_turn, txn) = state.begin_write().await?;
    // Guarded by the pending secret: a second setup started meanwhile wins over this one.
    let switched = user::Entity::update_many()
        .col_expr(
            user::Column::TotpSecret,
            Expr::value(me.totp_pending.clone()),
        )
        .col_expr(user::Column::TotpPending, Expr::value(None::<String>))
        .col_expr(user::Column::TotpLastStep, Expr::value(Some(step)))
        .filter(user::Column::Id.eq(me.id))
        .filter(user::Column::TotpPending.eq(me.totp_pending.clone()))
        .exec(&txn)
        .await?;
    if switched.rows_affected != 1 {
        return Err(AppError::field("code", FieldCode::NoSetup));
    }
    replace_recovery_codes(&txn, me.id, &codes).await?;
    crate::services::audit::write(
        &txn,
        state.clock.now(),
        user,
        None,
        "second_factor_enabled",
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(RecoveryCodes { codes })
}

async fn replace_recovery_codes(
    db: &impl ConnectionTrait,
    user_id: i32,
    codes: &[String],
) -> Result<()> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    for code in codes {
        recovery_code::ActiveModel {
            user_id: Set(user_id),
            code_hash: Set(totp::recovery_hash(code)),
            used_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Checks a code of the user's current second factor (for changes to it).
async fn check_current(db: &impl ConnectionTrait, me: &user::Model, code: &str) -> Result<()> {
    if me.totp_secret.is_none() {
        return Err(AppError::field("code", FieldCode::NoSecondFactor));
    }
    verify_login(db, me, code, Utc::now())
        .await
        .map_err(|err| match err {
            AppError::InvalidSecondFactor => AppError::field("code", FieldCode::WrongCode),
            other => other,
        })
}

/// New recovery codes in place of the old ones, given a current code.
pub async fn renew_recovery_codes(
    state: &AppState,
    user: &Account,
    code: &str,
) -> Result<RecoveryCodes> {
    let me = account(&state.db, user).await?;
    let codes = totp::new_recovery_codes();
    let (_turn, txn) = state.begin_write().await?;
    check_current(&txn, &me, code).await?;
    replace_recovery_codes(&txn, me.id, &codes).await?;
    crate::services::audit::write(
        &txn,
        state.clock.now(),
        user,
        None,
        "recovery_codes_renewed",
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(RecoveryCodes { codes })
}

/// Turns the second factor off, given a current code; refused where the roles require it.
pub async fn disable(state: &AppState, user: &Account, code: &str) -> Result<()> {
    if shared::account::second_factor_required(&user.roles) {
        return Err(AppError::field("code", FieldCode::RequiredByRole));
    }
    let me = account(&state.db, user).await?;
    let (_turn, txn) = state.begin_write().await?;
    check_current(&txn, &me, code).await?;
    user::Entity::update_many()
        .col_expr(user::Column::TotpSecret, Expr::value(None::<String>))
        .col_expr(user::Column::TotpPending, Expr::value(None::<String>))
        .filter(user::Column::Id.eq(me.id))
        .exec(&txn)
        .await?;
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(me.id))
        .exec(&txn)
        .await?;
    crate::services::audit::write(
        &txn,
        state.clock.now(),
        user,
        None,
        "second_factor_disabled",
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
