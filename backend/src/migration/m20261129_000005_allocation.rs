//! Allocation of incoming requests to handlers, the inactivity report to coordinators, and
//! each authority's version of its requests (what the overview's cache is checked against).
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Authorities {
    Table,
    AllocationEnabled,
    RequestsVersion,
}

#[derive(DeriveIden)]
enum RequestEvents {
    Table,
    Assignee,
}

#[derive(DeriveIden)]
enum Requests {
    Table,
    AssignedTo,
    InactivityReportedAt,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        manager
            .alter_table(
                Table::alter()
                    .table(Authorities::Table)
                    .add_column(boolean(Authorities::AllocationEnabled).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Authorities::Table)
                    .add_column(big_integer(Authorities::RequestsVersion).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Requests::Table)
                    .add_column(integer_null(Requests::AssignedTo))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Requests::Table)
                    .add_column(timestamp_with_time_zone_null(
                        Requests::InactivityReportedAt,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RequestEvents::Table)
                    .add_column(string_len_null(RequestEvents::Assignee, 200))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in [
            (
                RequestEvents::Table.into_iden(),
                RequestEvents::Assignee.into_iden(),
            ),
            (
                Requests::Table.into_iden(),
                Requests::InactivityReportedAt.into_iden(),
            ),
            (
                Requests::Table.into_iden(),
                Requests::AssignedTo.into_iden(),
            ),
            (
                Authorities::Table.into_iden(),
                Authorities::AllocationEnabled.into_iden(),
            ),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
