//! The statistics' table of facts, written out now and then (`services::statistics::facts`),
//! so that a server starting again reads one row instead of every request and its timeline.
//! It holds no personal data.
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StatisticsSnapshots {
    Table,
    Name,
    Revision,
    VersionsSum,
    Requests,
    WrittenAt,
    Data,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StatisticsSnapshots::Table)
                    .col(string_len(StatisticsSnapshots::Name, 32).primary_key())
                    .col(integer(StatisticsSnapshots::Revision))
                    .col(big_integer(StatisticsSnapshots::VersionsSum))
                    .col(big_integer(StatisticsSnapshots::Requests))
                    .col(timestamp_with_time_zone(StatisticsSnapshots::WrittenAt))
                    .col(blob(StatisticsSnapshots::Data))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(StatisticsSnapshots::Table).to_owned())
            .await
    }
}
