//! The question catalogue, loaded from `catalogue/` at start-up.
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CatalogueMeta {
    Table,
    Id,
    Digest,
    LoadedAt,
}

#[derive(DeriveIden)]
enum CatalogueTopics {
    Table,
    Key,
    Area,
    Position,
}

#[derive(DeriveIden)]
enum CatalogueQuestions {
    Table,
    Id,
    Key,
    Topic,
    Area,
    AnswerType,
    ListKey,
    Position,
    Active,
}

#[derive(DeriveIden)]
enum CatalogueTexts {
    Table,
    Kind,
    Key,
    Language,
    Text,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CatalogueMeta::Table)
                    .if_not_exists()
                    .col(integer(CatalogueMeta::Id).primary_key())
                    .col(string(CatalogueMeta::Digest))
                    .col(timestamp_with_time_zone_null(CatalogueMeta::LoadedAt))
                    .to_owned(),
            )
            .await?;
        // The one row exists from the start, so that loaders on several instances can lock it.
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(CatalogueMeta::Table)
                    .columns([CatalogueMeta::Id, CatalogueMeta::Digest])
                    .values_panic([1.into(), "".into()])
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CatalogueTopics::Table)
                    .if_not_exists()
                    .col(string_len(CatalogueTopics::Key, 128).primary_key())
                    .col(string_len(CatalogueTopics::Area, 64))
                    .col(integer(CatalogueTopics::Position))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CatalogueQuestions::Table)
                    .if_not_exists()
                    .col(pk_auto(CatalogueQuestions::Id))
                    .col(string_len_uniq(CatalogueQuestions::Key, 192))
                    .col(string_len(CatalogueQuestions::Topic, 128))
                    .col(string_len(CatalogueQuestions::Area, 64))
                    .col(string_len(CatalogueQuestions::AnswerType, 16))
                    .col(string_len_null(CatalogueQuestions::ListKey, 64))
                    .col(integer(CatalogueQuestions::Position))
                    .col(boolean(CatalogueQuestions::Active))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CatalogueTexts::Table)
                    .if_not_exists()
                    .col(string_len(CatalogueTexts::Kind, 16))
                    .col(string_len(CatalogueTexts::Key, 192))
                    .col(string_len(CatalogueTexts::Language, 8))
                    .col(text(CatalogueTexts::Text))
                    .primary_key(
                        Index::create()
                            .col(CatalogueTexts::Kind)
                            .col(CatalogueTexts::Key)
                            .col(CatalogueTexts::Language),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_catalogue_texts_language")
                    .table(CatalogueTexts::Table)
                    .col(CatalogueTexts::Language)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CatalogueTexts::Table.into_iden(),
            CatalogueQuestions::Table.into_iden(),
            CatalogueTopics::Table.into_iden(),
            CatalogueMeta::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
