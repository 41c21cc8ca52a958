use sea_orm::entity::prelude::*;

/// A request a retention run blocked, erased or (an untouched draft) deleted, written in the
/// same transaction as the change.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "retention_run_requests")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub run_id: i32,
    pub request_id: i32,
    /// `blocked`, `erased` or `draft_deleted`.
    pub step: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
