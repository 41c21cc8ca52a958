//! Retention of personal data (`services::retention`): each request remembers the day it
//! ended (closed or withdrawn), when its personal data was blocked and when it was erased;
//! a rectification's event names the fields it corrected (never their values);
//! e-mails name the request they tell of, so they go with its personal data; each run of the
//! retention job is recorded with the requests it blocked and erased; documents whose bytes
//! are still to be removed wait in a queue that survives a crash; and a lease says which
//! instance runs a job that must run once. The requests that had already ended take the day
//! of their last closing or withdrawing event.
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Requests {
    Table,
    EndedOn,
    BlockedAt,
    ErasedAt,
}

#[derive(DeriveIden)]
enum RequestEvents {
    Table,
    Fields,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    RequestId,
}

#[derive(DeriveIden)]
enum RetentionRuns {
    Table,
    Id,
    Holder,
    Day,
    StartedAt,
    FinishedAt,
    Blocked,
    Erased,
    DraftsDeleted,
    DocumentsDeleted,
    EmailsDeleted,
}

#[derive(DeriveIden)]
enum RetentionRunRequests {
    Table,
    Id,
    RunId,
    RequestId,
    Step,
}

#[derive(DeriveIden)]
enum BlobDeletions {
    Table,
    StorageKey,
    QueuedAt,
}

#[derive(DeriveIden)]
enum JobLeases {
    Table,
    Name,
    Holder,
    ExpiresAtMs,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        for column in [
            string_len_null(Requests::EndedOn, 10),
            timestamp_with_time_zone_null(Requests::BlockedAt),
            timestamp_with_time_zone_null(Requests::ErasedAt),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Requests::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("requests_ended_on")
                    .table(Requests::Table)
                    .col(Requests::EndedOn)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RequestEvents::Table)
                    .add_column(string_len_null(RequestEvents::Fields, 200))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(integer_null(Outbox::RequestId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("outbox_request")
                    .table(Outbox::Table)
                    .col(Outbox::RequestId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RetentionRuns::Table)
                    .col(pk_auto(RetentionRuns::Id))
                    .col(string_len(RetentionRuns::Holder, 64))
                    .col(string_len(RetentionRuns::Day, 10))
                    .col(timestamp_with_time_zone(RetentionRuns::StartedAt))
                    .col(timestamp_with_time_zone_null(RetentionRuns::FinishedAt))
                    .col(big_integer(RetentionRuns::Blocked).default(0))
                    .col(big_integer(RetentionRuns::Erased).default(0))
                    .col(big_integer(RetentionRuns::DraftsDeleted).default(0))
                    .col(big_integer(RetentionRuns::DocumentsDeleted).default(0))
                    .col(big_integer(RetentionRuns::EmailsDeleted).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RetentionRunRequests::Table)
                    .col(pk_auto(RetentionRunRequests::Id))
                    .col(integer(RetentionRunRequests::RunId))
                    .col(integer(RetentionRunRequests::RequestId))
                    .col(string_len(RetentionRunRequests::Step, 16))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RetentionRunRequests::Table, RetentionRunRequests::RunId)
                            .to(RetentionRuns::Table, RetentionRuns::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("retention_run_requests_run")
                    .table(RetentionRunRequests::Table)
                    .col(RetentionRunRequests::RunId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BlobDeletions::Table)
                    .col(string_len(BlobDeletions::StorageKey, 255).primary_key())
                    .col(timestamp_with_time_zone(BlobDeletions::QueuedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(JobLeases::Table)
                    .col(string_len(JobLeases::Name, 64).primary_key())
                    .col(string_len(JobLeases::Holder, 64))
                    .col(big_integer(JobLeases::ExpiresAtMs))
                    .to_owned(),
            )
            .await?;
        // The day each ended request ended: its last closing or withdrawing event, UTC.
        let db = manager.get_connection();
        let day = match db.get_database_backend() {
            DatabaseBackend::Postgres => "to_char(max(e.at) AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
            _ => "substr(max(e.at), 1, 10)",
        };
        db.execute_unprepared(&format!(
            "UPDATE requests SET ended_on = (SELECT {day} FROM request_events e \
             WHERE e.request_id = requests.id AND e.kind IN ('closed', 'withdrawn')) \
             WHERE state IN ('closed', 'withdrawn')"
        ))
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            JobLeases::Table.into_iden(),
            BlobDeletions::Table.into_iden(),
            RetentionRunRequests::Table.into_iden(),
            RetentionRuns::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        let db = manager.get_connection();
        db.execute_unprepared("DROP INDEX IF EXISTS outbox_request")
            .await?;
        db.execute_unprepared("DROP INDEX IF EXISTS requests_ended_on")
            .await?;
        // Written out: sea-query quotes the column twice in SQLite's DROP COLUMN.
        db.execute_unprepared("ALTER TABLE outbox DROP COLUMN request_id")
            .await?;
        db.execute_unprepared("ALTER TABLE request_events DROP COLUMN fields")
            .await?;
        for column in ["ended_on", "blocked_at", "erased_at"] {
            db.execute_unprepared(&format!("ALTER TABLE requests DROP COLUMN {column}"))
                .await?;
        }
        Ok(())
    }
}
