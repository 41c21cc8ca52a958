//! Indexes that let the overview list and count a box without reading the requests table.
//!
//! The overview splits a box into one part per (side, state) (`RequestBox::states`). Each
//! part is a range of one of the two indexes below: the caller's side and the state lead,
//! then the last change, so a part's rows come in the overview's usual order without a sort;
//! then every other column the overview filters or sorts on (deadline, area, the other
//! side, the id), so that the filters are checked and a part is counted in the index alone.
//! They replace the two indexes of the side and the last change, which they cover.
//!
//! The authorities of a country, with their ids, let the overview's country filter read the
//! index alone on PostgreSQL (SQLite's index of the country holds the id already).
//!
//! A fourth, of the state and the last change, serves the jobs that look for requests left
//! untouched in some states (inactivity reports, the retention of drafts) without scanning
//! the table.
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Authorities {
    Table,
    Id,
    Country,
}

#[derive(DeriveIden)]
enum Requests {
    Table,
    Id,
    Area,
    State,
    RequesterId,
    ResponderId,
    Deadline,
    UpdatedAt,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, mine, other) in [
            (
                "requests_requester_state",
                Requests::RequesterId,
                Requests::ResponderId,
            ),
            (
                "requests_responder_state",
                Requests::ResponderId,
                Requests::RequesterId,
            ),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Requests::Table)
                        .col(mine)
                        .col(Requests::State)
                        .col(Requests::UpdatedAt)
                        .col(Requests::Deadline)
                        .col(Requests::Area)
                        .col(other)
                        .col(Requests::Id)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("requests_state_updated")
                    .table(Requests::Table)
                    .col(Requests::State)
                    .col(Requests::UpdatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("authorities_country_id")
                    .table(Authorities::Table)
                    .col(Authorities::Country)
                    .col(Authorities::Id)
                    .to_owned(),
            )
            .await?;
        for name in ["idx_requests_requester", "idx_requests_responder"] {
            manager
                .drop_index(Index::drop().name(name).table(Requests::Table).to_owned())
                .await?;
        }
        Ok(())
    }
}
