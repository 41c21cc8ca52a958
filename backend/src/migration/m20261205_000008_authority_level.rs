//! Authorities record the territory they are competent for (national, regional, local), so
//! that a search ranks the national body first among equals. Existing authorities become
//! national, which is what the registry assumed until now.
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Authorities {
    Table,
    Level,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Authorities::Table)
                    .add_column(string_len(Authorities::Level, 16).default("national"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Authorities::Table)
                    .drop_column(Authorities::Level)
                    .to_owned(),
            )
            .await
    }
}
