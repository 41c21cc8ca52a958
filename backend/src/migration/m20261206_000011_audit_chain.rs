//! The audit log becomes a hash chain (`services::audit::chain`): each line keeps the hash
//! of its detail, of the line before it, and its own. The lines already there are chained in
//! the order they were written.
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, FromQueryResult};

use crate::services::audit::chain::{GENESIS, Line, detail_hash, instant};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    DetailHash,
    PreviousHash,
    Hash,
}

/// A line as this migration found it.
#[derive(FromQueryResult)]
struct Found {
    id: i32,
    at: chrono::DateTime<chrono::Utc>,
    user_id: i32,
    authority_id: Option<i32>,
    request_id: Option<i32>,
    action: String,
    detail: Option<String>,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [AuditLog::DetailHash, AuditLog::PreviousHash, AuditLog::Hash] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AuditLog::Table)
                        .add_column(string_len(column, 64).default(""))
                        .to_owned(),
                )
                .await?;
        }
        let db = manager.get_connection();
        let backend = db.get_database_backend();
        let select = Query::select()
            .columns([
                Alias::new("id"),
                Alias::new("at"),
                Alias::new("user_id"),
                Alias::new("authority_id"),
                Alias::new("request_id"),
                Alias::new("action"),
                Alias::new("detail"),
            ])
            .from(AuditLog::Table)
            .order_by(AuditLog::Id, Order::Asc)
            .to_owned();
        let found = Found::find_by_statement(backend.build(&select))
            .all(db)
            .await?;
        let mut previous = GENESIS.to_owned();
        for row in found {
            let at = instant(row.at);
            let details = detail_hash(row.detail.as_deref());
            let hash = Line {
                id: row.id,
                at,
                user_id: row.user_id,
                authority_id: row.authority_id,
                request_id: row.request_id,
                action: &row.action,
                detail_hash: &details,
            }
            .hash_after(&previous);
            let update = Query::update()
                .table(AuditLog::Table)
                .values([
                    (Alias::new("at").into_iden(), at.into()),
                    (AuditLog::DetailHash.into_iden(), details.into()),
                    (AuditLog::PreviousHash.into_iden(), previous.clone().into()),
                    (AuditLog::Hash.into_iden(), hash.clone().into()),
                ])
                .and_where(Expr::col(AuditLog::Id).eq(row.id))
                .to_owned();
            db.execute(backend.build(&update)).await?;
            previous = hash;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Written out: sea-query quotes the column twice in SQLite's DROP COLUMN.
        for column in ["detail_hash", "previous_hash", "hash"] {
            manager
                .get_connection()
                .execute_unprepared(&format!("ALTER TABLE audit_log DROP COLUMN {column}"))
                .await?;
        }
        Ok(())
    }
}
