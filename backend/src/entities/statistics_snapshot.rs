use sea_orm::entity::prelude::*;

/// The statistics' facts as last written out (`shared::statistics::FactsTable::to_snapshot`),
/// one row per name (today only `facts`), with the sum of the authorities' versions they
/// were read at. No personal data.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "statistics_snapshots")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub name: String,
    /// How the backend derived the facts from the rows (`facts::FACTS_REVISION`).
    pub revision: i32,
    pub versions_sum: i64,
    /// How many requests it holds, for the logs.
    pub requests: i64,
    pub written_at: DateTimeUtc,
    pub data: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
