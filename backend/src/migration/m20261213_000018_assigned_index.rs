//! An index for the overview's "assigned to me" filter (`assigned=me`), which the app also
//! reads to keep a handler's requests on the device. A handler's few requests are then one
//! short range, in the page's order, instead of a filter over every request of their
//! authority in each state.
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Requests {
    Table,
    Id,
    State,
    ResponderId,
    AssignedTo,
    UpdatedAt,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The handler first, then what a part of a box fixes (the side and the state), then
        // the default order: more fixed columns than the side's own index, so the planner
        // takes this one for the filter.
        manager
            .create_index(
                Index::create()
                    .name("requests_assigned")
                    .table(Requests::Table)
                    .col(Requests::AssignedTo)
                    .col(Requests::ResponderId)
                    .col(Requests::State)
                    .col(Requests::UpdatedAt)
                    .col(Requests::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("requests_assigned")
                    .table(Requests::Table)
                    .to_owned(),
            )
            .await
    }
}
