//! Registry administration: an authority's names in its country's other languages, who
//! registered it, its revision (for edits that must not overwrite each other) and its import
//! key; users' invitations.
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
    NameLanguage,
    RegisteredBy,
    Revision,
    ImportRef,
}

#[derive(DeriveIden)]
enum AuthorityNames {
    Table,
    AuthorityId,
    Language,
    Name,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    InvitedBy,
    InvitationHash,
    InvitationExpiresAt,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        let columns = [
            (
                Authorities::Table.into_iden(),
                string_len_null(Authorities::NameLanguage, 8),
            ),
            (
                Authorities::Table.into_iden(),
                integer_null(Authorities::RegisteredBy),
            ),
            (
                Authorities::Table.into_iden(),
                big_integer(Authorities::Revision).default(0).to_owned(),
            ),
            (
                Authorities::Table.into_iden(),
                string_len_null(Authorities::ImportRef, 100),
            ),
            (Users::Table.into_iden(), integer_null(Users::InvitedBy)),
            (
                Users::Table.into_iden(),
                string_len_null(Users::InvitationHash, 64),
            ),
            (
                Users::Table.into_iden(),
                timestamp_with_time_zone_null(Users::InvitationExpiresAt),
            ),
        ];
        for (table, mut column) in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        // A file's `ref` names one authority of the importing country, so that importing the
        // same file again updates instead of duplicating. NULLs (authorities entered by hand)
        // do not collide.
        manager
            .create_index(
                Index::create()
                    .name("authorities_import_ref")
                    .table(Authorities::Table)
                    .col(Authorities::Country)
                    .col(Authorities::ImportRef)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("users_invitation_hash")
                    .table(Users::Table)
                    .col(Users::InvitationHash)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuthorityNames::Table)
                    .col(integer(AuthorityNames::AuthorityId))
                    .col(string_len(AuthorityNames::Language, 8))
                    .col(string_len(AuthorityNames::Name, 300))
                    .primary_key(
                        Index::create()
                            .col(AuthorityNames::AuthorityId)
                            .col(AuthorityNames::Language),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AuthorityNames::Table, AuthorityNames::AuthorityId)
                            .to(Authorities::Table, Authorities::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuthorityNames::Table).to_owned())
            .await?;
        for (table, name) in [
            (Users::Table.into_iden(), "users_invitation_hash"),
            (Authorities::Table.into_iden(), "authorities_import_ref"),
        ] {
            manager
                .drop_index(Index::drop().name(name).table(table).to_owned())
                .await?;
        }
        for (table, column) in [
            (
                Users::Table.into_iden(),
                Users::InvitationExpiresAt.into_iden(),
            ),
            (Users::Table.into_iden(), Users::InvitationHash.into_iden()),
            (Users::Table.into_iden(), Users::InvitedBy.into_iden()),
            (
                Authorities::Table.into_iden(),
                Authorities::ImportRef.into_iden(),
            ),
            (
                Authorities::Table.into_iden(),
                Authorities::Revision.into_iden(),
            ),
            (
                Authorities::Table.into_iden(),
                Authorities::RegisteredBy.into_iden(),
            ),
            (
                Authorities::Table.into_iden(),
                Authorities::NameLanguage.into_iden(),
            ),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
