//! A user works for an authority or for the European Commission, which is not an authority
//! of any country: `users.organisation` says which, and `users.authority_id` is set exactly
//! for an authority's officials (a check keeps the two together). The audit log's
//! `authority_id` may then be empty too, for what the Commission's staff do.
//!
//! PostgreSQL drops the two NOT NULLs and adds the check in place. SQLite cannot change a
//! column's constraints, so the two tables are rebuilt the way its documentation prescribes
//! (<https://www.sqlite.org/lang_altertable.html#otheralter>): foreign keys off, a copy
//! created from the table's own stored definition with the one constraint changed, the rows
//! copied, the old table dropped and the copy renamed, the indexes recreated, the foreign
//! keys checked, all in one transaction on one connection.
// async_trait rewrites the signatures and cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

use sea_orm::{ConnectionTrait, DbBackend, Statement};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The check that ties a user's organisation to their authority.
const MEMBER_CHECK: &str = "CHECK ((\"organisation\" = 'authority' AND \"authority_id\" IS NOT NULL) \
     OR (\"organisation\" = 'commission' AND \"authority_id\" IS NULL))";

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(
            "ALTER TABLE users ADD COLUMN organisation varchar(16) NOT NULL DEFAULT 'authority'",
        )
        .await?;
        match db.get_database_backend() {
            DbBackend::Sqlite => {
                let users = rebuilt(db, "users", Some(MEMBER_CHECK)).await?;
                let audit = rebuilt(db, "audit_log", None).await?;
                db.execute_unprepared(&format!(
                    "PRAGMA foreign_keys = OFF; BEGIN; {users} {audit} COMMIT; \
                     PRAGMA foreign_keys = ON;"
                ))
                .await?;
                let broken = db
                    .query_all(Statement::from_string(
                        DbBackend::Sqlite,
                        "PRAGMA foreign_key_check",
                    ))
                    .await?;
                if !broken.is_empty() {
                    return Err(DbErr::Migration(format!(
                        "{} rows break a foreign key after the rebuild",
                        broken.len()
                    )));
                }
            }
            _ => {
                db.execute_unprepared(&format!(
                    "ALTER TABLE users ALTER COLUMN authority_id DROP NOT NULL; \
                     ALTER TABLE users ADD CONSTRAINT users_member {MEMBER_CHECK}; \
                     ALTER TABLE audit_log ALTER COLUMN authority_id DROP NOT NULL;"
                ))
                .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Going back would have to drop the Commission's staff; there is no way down that
        // keeps every account, so none is offered.
        let _ = manager;
        Err(DbErr::Migration(
            "the organisations migration cannot be undone without dropping accounts".into(),
        ))
    }
}

/// The statements that rebuild SQLite's `table` with `authority_id` allowed to be NULL (and
/// `check` added): its stored definition with that one constraint dropped, under a new
/// name, then the copy, the swap and its indexes again. Fails when the definition does not
/// hold the constraint exactly once, rather than rebuild something unexpected.
async fn rebuilt(
    db: &SchemaManagerConnection<'_>,
    table: &str,
    check: Option<&str>,
) -> Result<String, DbErr> {
    let definition = |kind: &str| {
        Statement::from_sql_and_values(
            DbBackend::Sqlite,
            format!(
                "SELECT sql FROM sqlite_master WHERE type = '{kind}' AND tbl_name = ? AND sql IS NOT NULL"
            ),
            [table.into()],
        )
    };
    let create: String = db
        .query_one(definition("table"))
        .await?
        .ok_or_else(|| DbErr::Migration(format!("no table {table}")))?
        .try_get("", "sql")?;
    let indexes: Vec<String> = db
        .query_all(definition("index"))
        .await?
        .iter()
        .map(|row| row.try_get::<String>("", "sql"))
        .collect::<Result<_, _>>()?;
    let column = "\"authority_id\" integer NOT NULL";
    if create.matches(column).count() != 1 {
        return Err(DbErr::Migration(format!(
            "{table}: expected one {column} in {create}"
        )));
    }
    let copy = format!("{table}_rebuilt");
    let mut create = create
        .replacen(column, "\"authority_id\" integer", 1)
        .replacen(&format!("\"{table}\""), &format!("\"{copy}\""), 1);
    if let Some(check) = check {
        let end = create
            .rfind(')')
            .ok_or_else(|| DbErr::Migration(format!("{table}: no closing parenthesis")))?;
        create.replace_range(end..end, &format!(", {check}"));
    }
    let indexes: String = indexes.iter().map(|sql| format!("{sql}; ")).collect();
    Ok(format!(
        "{create}; INSERT INTO \"{copy}\" SELECT * FROM \"{table}\"; DROP TABLE \"{table}\"; \
         ALTER TABLE \"{copy}\" RENAME TO \"{table}\"; {indexes}"
    ))
}
