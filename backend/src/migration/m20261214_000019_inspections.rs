//! Requests for inspections on site (`shared::inspection`): each request's kind, every
//! existing one an information request, and the on-site reports of inspection requests.
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Requests {
    Table,
    Id,
    Kind,
}

#[derive(DeriveIden)]
enum InspectionReports {
    Table,
    RequestId,
    InspectedOn,
    Place,
    SignaturesJson,
    UpdatedBy,
    UpdatedAt,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Requests::Table)
                    .add_column(string_len(Requests::Kind, 20).default("information"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(InspectionReports::Table)
                    .col(integer(InspectionReports::RequestId).primary_key())
                    .col(string_len_null(InspectionReports::InspectedOn, 10))
                    .col(text(InspectionReports::Place))
                    .col(text(InspectionReports::SignaturesJson))
                    .col(integer(InspectionReports::UpdatedBy))
                    .col(timestamp_with_time_zone(InspectionReports::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(InspectionReports::Table, InspectionReports::RequestId)
                            .to(Requests::Table, Requests::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(InspectionReports::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Requests::Table)
                    .drop_column(Requests::Kind)
                    .to_owned(),
            )
            .await
    }
}
