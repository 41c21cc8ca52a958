use sea_orm::entity::prelude::*;

/// A document whose bytes are to be removed from the blob store: queued in the transaction
/// that removes its row, taken off once the bytes are gone, so a crash in between leaves the
/// work for the next run rather than bytes nobody knows of.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "blob_deletions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub storage_key: String,
    pub queued_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
