//! Authorities (with their areas and competences), users, their roles, sessions and the
//! log-in throttle.
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Authorities {
    Table,
    Id,
    Country,
    Name,
    NameEn,
    Acronym,
    City,
    Address,
    Email,
    Phone,
    Coordinator,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AuthorityCompetences {
    Table,
    AuthorityId,
    Concept,
}

#[derive(DeriveIden)]
enum RegistryMeta {
    Table,
    Id,
    Version,
}

#[derive(DeriveIden)]
enum AuthorityAreas {
    Table,
    AuthorityId,
    Area,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    AuthorityId,
    Email,
    DisplayName,
    PasswordHash,
    Language,
    Active,
    CreatedAt,
}

#[derive(DeriveIden)]
enum UserRoles {
    Table,
    UserId,
    Role,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    TokenHash,
    UserId,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum LoginThrottle {
    Table,
    Email,
    Failures,
    LastFailureAt,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Each table after the tables its foreign keys point at.
        create_authorities(manager).await?;
        create_authority_areas(manager).await?;
        create_authority_competences(manager).await?;
        create_registry_meta(manager).await?;
        create_users(manager).await?;
        create_user_roles(manager).await?;
        create_sessions(manager).await?;
        create_login_throttle(manager).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            LoginThrottle::Table.into_iden(),
            Sessions::Table.into_iden(),
            UserRoles::Table.into_iden(),
            Users::Table.into_iden(),
            RegistryMeta::Table.into_iden(),
            AuthorityCompetences::Table.into_iden(),
            AuthorityAreas::Table.into_iden(),
            Authorities::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

/// The authorities, with an index by country.
async fn create_authorities(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(Authorities::Table)
                .if_not_exists()
                .col(pk_auto(Authorities::Id))
                .col(string_len(Authorities::Country, 2))
                .col(string(Authorities::Name))
                .col(string_null(Authorities::NameEn))
                .col(string_null(Authorities::Acronym))
                .col(string(Authorities::City))
                .col(string_null(Authorities::Address))
                .col(string_null(Authorities::Email))
                .col(string_null(Authorities::Phone))
                .col(string_len_null(Authorities::Coordinator, 32))
                .col(timestamp_with_time_zone(Authorities::CreatedAt))
                .col(timestamp_with_time_zone(Authorities::UpdatedAt))
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_authorities_country")
                .table(Authorities::Table)
                .col(Authorities::Country)
                .to_owned(),
        )
        .await?;
    Ok(())
}

async fn create_authority_areas(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(AuthorityAreas::Table)
                .if_not_exists()
                .col(integer(AuthorityAreas::AuthorityId))
                .col(string_len(AuthorityAreas::Area, 64))
                .primary_key(
                    Index::create()
                        .col(AuthorityAreas::AuthorityId)
                        .col(AuthorityAreas::Area),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(AuthorityAreas::Table, AuthorityAreas::AuthorityId)
                        .to(Authorities::Table, Authorities::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
    Ok(())
}

async fn create_authority_competences(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(AuthorityCompetences::Table)
                .if_not_exists()
                .col(integer(AuthorityCompetences::AuthorityId))
                .col(string_len(AuthorityCompetences::Concept, 64))
                .primary_key(
                    Index::create()
                        .col(AuthorityCompetences::AuthorityId)
                        .col(AuthorityCompetences::Concept),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(
                            AuthorityCompetences::Table,
                            AuthorityCompetences::AuthorityId,
                        )
                        .to(Authorities::Table, Authorities::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
    Ok(())
}

/// The registry's version, bumped in the same transaction as every change to the registry, so
/// each instance's search index knows when it is stale; its one row starts at 0.
async fn create_registry_meta(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(RegistryMeta::Table)
                .if_not_exists()
                .col(integer(RegistryMeta::Id).primary_key())
                .col(big_integer(RegistryMeta::Version))
                .to_owned(),
        )
        .await?;
    manager
        .exec_stmt(
            Query::insert()
                .into_table(RegistryMeta::Table)
                .columns([RegistryMeta::Id, RegistryMeta::Version])
                .values_panic([1.into(), 0.into()])
                .to_owned(),
        )
        .await?;
    Ok(())
}

async fn create_users(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(Users::Table)
                .if_not_exists()
                .col(pk_auto(Users::Id))
                .col(integer(Users::AuthorityId))
                .col(string_uniq(Users::Email))
                .col(string(Users::DisplayName))
                .col(string(Users::PasswordHash))
                .col(string_len_null(Users::Language, 8))
                .col(boolean(Users::Active).default(true))
                .col(timestamp_with_time_zone(Users::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Users::Table, Users::AuthorityId)
                        .to(Authorities::Table, Authorities::Id),
                )
                .to_owned(),
        )
        .await?;
    Ok(())
}

async fn create_user_roles(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(UserRoles::Table)
                .if_not_exists()
                .col(integer(UserRoles::UserId))
                .col(string_len(UserRoles::Role, 32))
                .primary_key(Index::create().col(UserRoles::UserId).col(UserRoles::Role))
                .foreign_key(
                    ForeignKey::create()
                        .from(UserRoles::Table, UserRoles::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
    Ok(())
}

async fn create_sessions(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(Sessions::Table)
                .if_not_exists()
                .col(string_len(Sessions::TokenHash, 64).primary_key())
                .col(integer(Sessions::UserId))
                .col(timestamp_with_time_zone(Sessions::CreatedAt))
                .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Sessions::Table, Sessions::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
    Ok(())
}

async fn create_login_throttle(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(LoginThrottle::Table)
                .if_not_exists()
                .col(string(LoginThrottle::Email).primary_key())
                .col(integer(LoginThrottle::Failures))
                .col(timestamp_with_time_zone(LoginThrottle::LastFailureAt))
                .to_owned(),
        )
        .await?;
    Ok(())
}
