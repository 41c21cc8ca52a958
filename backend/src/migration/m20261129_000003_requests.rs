//! Information requests: the request, its questions and answers, its timeline, its
//! attachments, and the audit log.
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
}

#[derive(DeriveIden)]
enum Requests {
    Table,
    Id,
    Area,
    State,
    RequesterId,
    ResponderId,
    CreatedBy,
    SubjectName,
    SubjectIdentifier,
    SubjectBirthDate,
    CommentText,
    CommentLanguage,
    RequestedDate,
    Deadline,
    Timeliness,
    Effort,
    Version,
    CreatedAt,
    UpdatedAt,
    SentAt,
    ParentId,
}

#[derive(DeriveIden)]
enum RequestQuestions {
    Table,
    Id,
    RequestId,
    Position,
    QuestionId,
    ValuesJson,
    AnswerJson,
}

#[derive(DeriveIden)]
enum RequestEvents {
    Table,
    Id,
    RequestId,
    At,
    Kind,
    UserName,
    AuthorityId,
    NoteText,
    NoteLanguage,
    OtherAuthorityId,
    SplitTo,
    File,
}

#[derive(DeriveIden)]
enum Attachments {
    Table,
    Id,
    RequestId,
    QuestionId,
    FileName,
    ContentType,
    Size,
    StorageKey,
    Sha256,
    AuthorityId,
    UserId,
    At,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    UserId,
    AuthorityId,
    RequestId,
    Action,
    Detail,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Requests first: the other tables' foreign keys point at them.
        create_requests(manager).await?;
        create_request_questions(manager).await?;
        create_request_events(manager).await?;
        create_attachments(manager).await?;
        create_audit_log(manager).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditLog::Table.into_iden(),
            Attachments::Table.into_iden(),
            RequestEvents::Table.into_iden(),
            RequestQuestions::Table.into_iden(),
            Requests::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

/// The requests, with the index each side's overview walks.
async fn create_requests(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(Requests::Table)
                .if_not_exists()
                .col(pk_auto(Requests::Id))
                .col(string_len(Requests::Area, 64))
                .col(string_len(Requests::State, 32))
                .col(integer(Requests::RequesterId))
                .col(integer_null(Requests::ResponderId))
                .col(integer(Requests::CreatedBy))
                .col(string_len(Requests::SubjectName, 320))
                .col(string_len(Requests::SubjectIdentifier, 320))
                .col(string_len_null(Requests::SubjectBirthDate, 10))
                .col(text_null(Requests::CommentText))
                .col(string_len_null(Requests::CommentLanguage, 8))
                .col(string_len_null(Requests::RequestedDate, 10))
                .col(string_len_null(Requests::Deadline, 10))
                .col(string_len_null(Requests::Timeliness, 16))
                .col(string_len_null(Requests::Effort, 16))
                .col(integer(Requests::Version))
                .col(timestamp_with_time_zone(Requests::CreatedAt))
                .col(timestamp_with_time_zone(Requests::UpdatedAt))
                .col(timestamp_with_time_zone_null(Requests::SentAt))
                .col(integer_null(Requests::ParentId))
                .foreign_key(
                    ForeignKey::create()
                        .from(Requests::Table, Requests::RequesterId)
                        .to(Authorities::Table, Authorities::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(Requests::Table, Requests::ResponderId)
                        .to(Authorities::Table, Authorities::Id),
                )
                .to_owned(),
        )
        .await?;
    // The overview lists one side's requests, newest change first: walking this index
    // backwards gives the order without sorting, and the other filters are checked on
    // the way.
    for (name, column) in [
        ("idx_requests_requester", Requests::RequesterId),
        ("idx_requests_responder", Requests::ResponderId),
    ] {
        manager
            .create_index(
                Index::create()
                    .name(name)
                    .table(Requests::Table)
                    .col(column)
                    .col(Requests::UpdatedAt)
                    .to_owned(),
            )
            .await?;
    }
    Ok(())
}

/// The questions of each request, with their values and answers.
async fn create_request_questions(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(RequestQuestions::Table)
                .if_not_exists()
                .col(pk_auto(RequestQuestions::Id))
                .col(integer(RequestQuestions::RequestId))
                .col(integer(RequestQuestions::Position))
                .col(integer(RequestQuestions::QuestionId))
                .col(text(RequestQuestions::ValuesJson))
                .col(text_null(RequestQuestions::AnswerJson))
                .foreign_key(
                    ForeignKey::create()
                        .from(RequestQuestions::Table, RequestQuestions::RequestId)
                        .to(Requests::Table, Requests::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_request_questions_request")
                .table(RequestQuestions::Table)
                .col(RequestQuestions::RequestId)
                .col(RequestQuestions::QuestionId)
                .unique()
                .to_owned(),
        )
        .await?;
    Ok(())
}

/// Each request's timeline.
async fn create_request_events(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(RequestEvents::Table)
                .if_not_exists()
                .col(pk_auto(RequestEvents::Id))
                .col(integer(RequestEvents::RequestId))
                .col(timestamp_with_time_zone(RequestEvents::At))
                .col(string_len(RequestEvents::Kind, 32))
                .col(string_len(RequestEvents::UserName, 200))
                .col(integer(RequestEvents::AuthorityId))
                .col(text_null(RequestEvents::NoteText))
                .col(string_len_null(RequestEvents::NoteLanguage, 8))
                .col(integer_null(RequestEvents::OtherAuthorityId))
                .col(integer_null(RequestEvents::SplitTo))
                .col(string_len_null(RequestEvents::File, 255))
                .foreign_key(
                    ForeignKey::create()
                        .from(RequestEvents::Table, RequestEvents::RequestId)
                        .to(Requests::Table, Requests::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_request_events_request")
                .table(RequestEvents::Table)
                .col(RequestEvents::RequestId)
                .to_owned(),
        )
        .await?;
    Ok(())
}

/// The files attached to requests (the files themselves are in the blob store).
async fn create_attachments(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(Attachments::Table)
                .if_not_exists()
                .col(pk_auto(Attachments::Id))
                .col(integer(Attachments::RequestId))
                .col(integer_null(Attachments::QuestionId))
                .col(string_len(Attachments::FileName, 255))
                .col(string_len(Attachments::ContentType, 128))
                .col(big_integer(Attachments::Size))
                .col(string_len(Attachments::StorageKey, 128))
                .col(string_len(Attachments::Sha256, 64))
                .col(integer(Attachments::AuthorityId))
                .col(integer(Attachments::UserId))
                .col(timestamp_with_time_zone(Attachments::At))
                .foreign_key(
                    ForeignKey::create()
                        .from(Attachments::Table, Attachments::RequestId)
                        .to(Requests::Table, Requests::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_attachments_request")
                .table(Attachments::Table)
                .col(Attachments::RequestId)
                .to_owned(),
        )
        .await?;
    Ok(())
}

/// The audit log, which keeps no foreign keys: it must outlive what it records.
async fn create_audit_log(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(AuditLog::Table)
                .if_not_exists()
                .col(pk_auto(AuditLog::Id))
                .col(timestamp_with_time_zone(AuditLog::At))
                .col(integer(AuditLog::UserId))
                .col(integer(AuditLog::AuthorityId))
                .col(integer_null(AuditLog::RequestId))
                .col(string_len(AuditLog::Action, 48))
                .col(text_null(AuditLog::Detail))
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_audit_log_request")
                .table(AuditLog::Table)
                .col(AuditLog::RequestId)
                .to_owned(),
        )
        .await?;
    Ok(())
}
