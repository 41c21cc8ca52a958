//! Indexes that give each part of a box (one per side and state, see migration 13) in the
//! order of the page without a sort, on both engines.
//!
//! - By last change: migration 13's indexes had the deadline after the last change, so they
//!   did not give the id that settles equal times in order. SQLite then preferred the index of
//!   the state and the last change, which gives both but not the authority: a small
//!   authority's part walked every request of that state in the system. They are replaced by
//!   `requests_{side}_by_change`, with the id right after the last change.
//! - By deadline: a part had to read every row of its range that passed the filters and sort
//!   them, which for the closed box of a busy authority is most of its requests. Two new
//!   indexes hold each side's parts in deadline order (the id settling equals). Requests
//!   without a deadline are one range of them too (`deadline IS NULL`), listed by id after
//!   the others (`services::requests::overview::page_keys`).
//!
//! Each holds the columns the filters name after the order's, so that a part is walked in
//! order up to the page and stops, filtered in the index alone.
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
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
        for (side, mine, other) in [
            ("requester", Requests::RequesterId, Requests::ResponderId),
            ("responder", Requests::ResponderId, Requests::RequesterId),
        ] {
            // Made under a new name before the old one goes: a pooled connection that read
            // the schema before the drop would still see the old name taken.
            manager
                .create_index(
                    Index::create()
                        .name(format!("requests_{side}_by_change"))
                        .table(Requests::Table)
                        .col(mine)
                        .col(Requests::State)
                        .col(Requests::UpdatedAt)
                        .col(Requests::Id)
                        .col(Requests::Deadline)
                        .col(Requests::Area)
                        .col(other)
                        .to_owned(),
                )
                .await?;
            manager
                .drop_index(
                    Index::drop()
                        .name(format!("requests_{side}_state"))
                        .table(Requests::Table)
                        .to_owned(),
                )
                .await?;
            manager
                .create_index(
                    Index::create()
                        .name(format!("requests_{side}_deadline"))
                        .table(Requests::Table)
                        .col(mine)
                        .col(Requests::State)
                        .col(Requests::Deadline)
                        .col(Requests::Id)
                        .col(Requests::Area)
                        .col(other)
                        .col(Requests::UpdatedAt)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    /// Drops the deadline indexes; the indexes by last change keep their new order and
    /// names, which serve migration 13's queries as well.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in ["requests_requester_deadline", "requests_responder_deadline"] {
            manager
                .drop_index(Index::drop().name(name).table(Requests::Table).to_owned())
                .await?;
        }
        Ok(())
    }
}
