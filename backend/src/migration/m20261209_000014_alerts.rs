//! Alerts (`services::alerts`): one authority warning many. An alert keeps its fixed fields
//! as one JSON object (their set is data, per kind); the countries it went to, with each
//! one's acknowledgement and pass-on; the authorities it was passed on to, with their
//! acknowledgement and first reading; what happened to it; and each user's notifications of
//! it. E-mails name the alert they tell of, so they go with its personal data.
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Alerts {
    Table,
    Id,
    Kind,
    Area,
    State,
    Version,
    Revision,
    SenderId,
    SenderUserId,
    Country,
    Countries,
    Fields,
    SubjectFolded,
    Concept,
    DecidedOn,
    ValidUntil,
    CommentText,
    CommentLanguage,
    LateReasonText,
    LateReasonLanguage,
    CreatedAt,
    SentAt,
    EndedOn,
    ProvedWrong,
    RemindedOn,
    BlockedAt,
    ErasedAt,
}

#[derive(DeriveIden)]
enum AlertCountries {
    Table,
    AlertId,
    Country,
    Delivery,
    ReceivedAt,
    AcknowledgedAt,
    AcknowledgedBy,
}

#[derive(DeriveIden)]
enum AlertRecipients {
    Table,
    AlertId,
    AuthorityId,
    Country,
    PassedAt,
    PassedBy,
    AcknowledgedAt,
    AcknowledgedBy,
    ReadAt,
}

#[derive(DeriveIden)]
enum AlertEvents {
    Table,
    Id,
    AlertId,
    Kind,
    At,
    UserId,
    UserName,
    AuthorityId,
    Country,
    NoteText,
    NoteLanguage,
    Detail,
}

#[derive(DeriveIden)]
enum AlertNotices {
    Table,
    Id,
    UserId,
    AlertId,
    Kind,
    At,
    ReadAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    AlertId,
}

#[derive(DeriveIden)]
enum Authorities {
    Table,
    Id,
}

fn index(
    name: &str,
    table: impl IntoIden + 'static,
    columns: &[&'static str],
) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table);
    for column in columns {
        index.col(Alias::new(*column));
    }
    index.to_owned()
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Alerts::Table)
                    .col(pk_auto(Alerts::Id))
                    .col(string_len(Alerts::Kind, 64))
                    .col(string_len(Alerts::Area, 32))
                    .col(string_len(Alerts::State, 32))
                    .col(integer(Alerts::Version).default(1))
                    .col(integer(Alerts::Revision).default(0))
                    .col(integer(Alerts::SenderId))
                    .col(integer_null(Alerts::SenderUserId))
                    .col(string_len(Alerts::Country, 2))
                    .col(string_len(Alerts::Countries, 120).default(""))
                    .col(text(Alerts::Fields))
                    .col(string_len_null(Alerts::SubjectFolded, 700))
                    .col(string_len_null(Alerts::Concept, 64))
                    .col(string_len_null(Alerts::DecidedOn, 10))
                    .col(string_len_null(Alerts::ValidUntil, 10))
                    .col(text_null(Alerts::CommentText))
                    .col(string_len_null(Alerts::CommentLanguage, 8))
                    .col(text_null(Alerts::LateReasonText))
                    .col(string_len_null(Alerts::LateReasonLanguage, 8))
                    .col(timestamp_with_time_zone(Alerts::CreatedAt))
                    .col(timestamp_with_time_zone_null(Alerts::SentAt))
                    .col(string_len_null(Alerts::EndedOn, 10))
                    .col(boolean(Alerts::ProvedWrong).default(false))
                    .col(string_len_null(Alerts::RemindedOn, 10))
                    .col(timestamp_with_time_zone_null(Alerts::BlockedAt))
                    .col(timestamp_with_time_zone_null(Alerts::ErasedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Alerts::Table, Alerts::SenderId)
                            .to(Authorities::Table, Authorities::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AlertCountries::Table)
                    .col(integer(AlertCountries::AlertId))
                    .col(string_len(AlertCountries::Country, 2))
                    .col(string_len(AlertCountries::Delivery, 16))
                    .col(timestamp_with_time_zone(AlertCountries::ReceivedAt))
                    .col(timestamp_with_time_zone_null(
                        AlertCountries::AcknowledgedAt,
                    ))
                    .col(integer_null(AlertCountries::AcknowledgedBy))
                    .primary_key(
                        Index::create()
                            .col(AlertCountries::AlertId)
                            .col(AlertCountries::Country),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AlertCountries::Table, AlertCountries::AlertId)
                            .to(Alerts::Table, Alerts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AlertRecipients::Table)
                    .col(integer(AlertRecipients::AlertId))
                    .col(integer(AlertRecipients::AuthorityId))
                    .col(string_len(AlertRecipients::Country, 2))
                    .col(timestamp_with_time_zone(AlertRecipients::PassedAt))
                    .col(integer_null(AlertRecipients::PassedBy))
                    .col(timestamp_with_time_zone_null(
                        AlertRecipients::AcknowledgedAt,
                    ))
                    .col(integer_null(AlertRecipients::AcknowledgedBy))
                    .col(timestamp_with_time_zone_null(AlertRecipients::ReadAt))
                    .primary_key(
                        Index::create()
                            .col(AlertRecipients::AlertId)
                            .col(AlertRecipients::AuthorityId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AlertRecipients::Table, AlertRecipients::AlertId)
                            .to(Alerts::Table, Alerts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AlertRecipients::Table, AlertRecipients::AuthorityId)
                            .to(Authorities::Table, Authorities::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AlertEvents::Table)
                    .col(pk_auto(AlertEvents::Id))
                    .col(integer(AlertEvents::AlertId))
                    .col(string_len(AlertEvents::Kind, 32))
                    .col(timestamp_with_time_zone(AlertEvents::At))
                    .col(integer_null(AlertEvents::UserId))
                    .col(string_len_null(AlertEvents::UserName, 200))
                    .col(integer_null(AlertEvents::AuthorityId))
                    .col(string_len_null(AlertEvents::Country, 2))
                    .col(text_null(AlertEvents::NoteText))
                    .col(string_len_null(AlertEvents::NoteLanguage, 8))
                    .col(text_null(AlertEvents::Detail))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AlertEvents::Table, AlertEvents::AlertId)
                            .to(Alerts::Table, Alerts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AlertNotices::Table)
                    .col(pk_auto(AlertNotices::Id))
                    .col(integer(AlertNotices::UserId))
                    .col(integer(AlertNotices::AlertId))
                    .col(string_len(AlertNotices::Kind, 32))
                    .col(timestamp_with_time_zone(AlertNotices::At))
                    .col(timestamp_with_time_zone_null(AlertNotices::ReadAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AlertNotices::Table, AlertNotices::AlertId)
                            .to(Alerts::Table, Alerts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(integer_null(Outbox::AlertId))
                    .to_owned(),
            )
            .await?;
        for statement in [
            // The sender's boxes, the coordinators' approval queue and the reminders' scan.
            index(
                "alerts_sender_state",
                Alerts::Table,
                &["sender_id", "state"],
            ),
            index("alerts_country_state", Alerts::Table, &["country", "state"]),
            index(
                "alerts_state_until",
                Alerts::Table,
                &["state", "valid_until"],
            ),
            // The check page: the alerts in force about a profession.
            index("alerts_state_concept", Alerts::Table, &["state", "concept"]),
            index("alerts_ended_on", Alerts::Table, &["ended_on"]),
            // A country's incoming alerts.
            index(
                "alert_countries_country",
                AlertCountries::Table,
                &["country", "alert_id"],
            ),
            // An authority's incoming alerts.
            index(
                "alert_recipients_authority",
                AlertRecipients::Table,
                &["authority_id", "alert_id"],
            ),
            index(
                "alert_events_alert",
                AlertEvents::Table,
                &["alert_id", "id"],
            ),
            index(
                "alert_notices_user",
                AlertNotices::Table,
                &["user_id", "read_at"],
            ),
            index("alert_notices_alert", AlertNotices::Table, &["alert_id"]),
            index("outbox_alert", Outbox::Table, &["alert_id"]),
        ] {
            manager.create_index(statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("outbox_alert")
                    .table(Outbox::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .drop_column(Outbox::AlertId)
                    .to_owned(),
            )
            .await?;
        for table in [
            AlertNotices::Table.into_iden(),
            AlertEvents::Table.into_iden(),
            AlertRecipients::Table.into_iden(),
            AlertCountries::Table.into_iden(),
            Alerts::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
