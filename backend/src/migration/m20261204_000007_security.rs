//! Security: the log-in throttle counts per client and per (account, client) with the
//! block computed in the database; reminders remember when they were sent; users have a
//! second factor (a TOTP secret and recovery codes); sessions have a public id and say
//! where they began, so their user can list and end them.
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Requests {
    Table,
    RemindedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    TotpSecret,
    TotpPending,
    TotpLastStep,
}

#[derive(DeriveIden)]
enum RecoveryCodes {
    Table,
    Id,
    UserId,
    CodeHash,
    UsedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    PublicId,
    UserAgent,
    Client,
}

#[derive(DeriveIden)]
enum LoginThrottle {
    Table,
}

#[derive(DeriveIden)]
enum LoginAttempts {
    Table,
    Key,
    Failures,
    BlockedUntil,
    LastAt,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        replace_login_throttle(manager).await?;
        add_columns(manager).await?;
        create_recovery_codes(manager).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RecoveryCodes::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(LoginAttempts::Table).to_owned())
            .await?;
        Ok(())
    }
}

/// The log-in throttle's new table, counting per client and per (account, client), in place of
/// the old one.
async fn replace_login_throttle(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    // The old table counted per e-mail only, keyed by the address as typed: it is
    // replaced, not migrated (its counts expire within fifteen minutes anyway).
    manager
        .drop_table(
            Table::drop()
                .table(LoginThrottle::Table)
                .if_exists()
                .to_owned(),
        )
        .await?;
    manager
        .create_table(
            Table::create()
                .table(LoginAttempts::Table)
                .if_not_exists()
                .col(string_len(LoginAttempts::Key, 64).primary_key())
                .col(big_integer(LoginAttempts::Failures))
                .col(big_integer(LoginAttempts::BlockedUntil))
                .col(big_integer(LoginAttempts::LastAt))
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("login_attempts_last_at")
                .table(LoginAttempts::Table)
                .col(LoginAttempts::LastAt)
                .to_owned(),
        )
        .await?;
    Ok(())
}

/// The new columns of requests, users and sessions, and the index that finds a session by its
/// public id.
async fn add_columns(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    // SQLite adds one column per statement.
    let columns = [
        (
            Requests::Table.into_iden(),
            timestamp_with_time_zone_null(Requests::RemindedAt),
        ),
        (
            Users::Table.into_iden(),
            string_len_null(Users::TotpSecret, 64),
        ),
        (
            Users::Table.into_iden(),
            string_len_null(Users::TotpPending, 64),
        ),
        (
            Users::Table.into_iden(),
            big_integer_null(Users::TotpLastStep),
        ),
        (
            Sessions::Table.into_iden(),
            string_len_null(Sessions::PublicId, 32),
        ),
        (
            Sessions::Table.into_iden(),
            string_len_null(Sessions::UserAgent, 200),
        ),
        (
            Sessions::Table.into_iden(),
            string_len_null(Sessions::Client, 64),
        ),
    ];
    for (table, mut column) in columns {
        manager
            .alter_table(
                Table::alter()
                    .table(table)
                    .add_column(&mut column)
                    .to_owned(),
            )
            .await?;
    }
    manager
        .create_index(
            Index::create()
                .name("sessions_public_id")
                .table(Sessions::Table)
                .col(Sessions::PublicId)
                .unique()
                .to_owned(),
        )
        .await?;
    Ok(())
}

async fn create_recovery_codes(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(RecoveryCodes::Table)
                .if_not_exists()
                .col(pk_auto(RecoveryCodes::Id))
                .col(integer(RecoveryCodes::UserId))
                .col(string_len(RecoveryCodes::CodeHash, 64))
                .col(timestamp_with_time_zone_null(RecoveryCodes::UsedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(RecoveryCodes::Table, RecoveryCodes::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("recovery_codes_user")
                .table(RecoveryCodes::Table)
                .col(RecoveryCodes::UserId)
                .to_owned(),
        )
        .await?;
    Ok(())
}
