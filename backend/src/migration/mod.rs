//! Schema migrations. The same migrations serve SQLite and PostgreSQL, so they use only
//! sea-query's portable column types.

use sea_orm_migration::prelude::*;

mod m20261129_000001_accounts;
mod m20261129_000002_catalogue;
mod m20261129_000003_requests;
mod m20261129_000004_notifications;
mod m20261129_000005_allocation;
mod m20261129_000006_registry;
mod m20261204_000007_security;
mod m20261205_000008_authority_level;
mod m20261206_000009_organisations;
mod m20261206_000010_statistics_snapshots;
mod m20261206_000011_audit_chain;
mod m20261207_000012_retention;
mod m20261208_000013_overview_indexes;
mod m20261209_000014_alerts;
mod m20261210_000015_registry_changes;
mod m20261211_000016_overview_order_indexes;
mod m20261212_000017_idempotency_keys;
mod m20261213_000018_assigned_index;
mod m20261214_000019_inspections;

/// Runs every migration in order; called at start-up.
pub struct Migrator;

#[sea_orm_migration::async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261129_000001_accounts::Migration),
            Box::new(m20261129_000002_catalogue::Migration),
            Box::new(m20261129_000003_requests::Migration),
            Box::new(m20261129_000004_notifications::Migration),
            Box::new(m20261129_000005_allocation::Migration),
            Box::new(m20261129_000006_registry::Migration),
            Box::new(m20261204_000007_security::Migration),
            Box::new(m20261205_000008_authority_level::Migration),
            Box::new(m20261206_000009_organisations::Migration),
            Box::new(m20261206_000010_statistics_snapshots::Migration),
            Box::new(m20261206_000011_audit_chain::Migration),
            Box::new(m20261207_000012_retention::Migration),
            Box::new(m20261208_000013_overview_indexes::Migration),
            Box::new(m20261209_000014_alerts::Migration),
            Box::new(m20261210_000015_registry_changes::Migration),
            Box::new(m20261211_000016_overview_order_indexes::Migration),
            Box::new(m20261212_000017_idempotency_keys::Migration),
            Box::new(m20261213_000018_assigned_index::Migration),
            Box::new(m20261214_000019_inspections::Migration),
        ]
    }
}
