//! Which authorities each version of the registry changed, so that an instance whose search
//! index is a few versions behind reads only those authorities again instead of the whole
//! registry (`search::Search::catch_up`).
//!
//! A version with no rows changed more than is worth listing (a bulk load, a large import):
//! an index that meets it is rebuilt. Only the last versions are kept (`search::KEPT_VERSIONS`);
//! an index further behind is rebuilt too.
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RegistryChanges {
    Table,
    Version,
    AuthorityId,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // No foreign key: the row only says which id to read again, and an id that is gone
        // makes the reader rebuild.
        manager
            .create_table(
                Table::create()
                    .table(RegistryChanges::Table)
                    .col(big_integer(RegistryChanges::Version))
                    .col(integer(RegistryChanges::AuthorityId))
                    .primary_key(
                        Index::create()
                            .col(RegistryChanges::Version)
                            .col(RegistryChanges::AuthorityId),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RegistryChanges::Table).to_owned())
            .await
    }
}
