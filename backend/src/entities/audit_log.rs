use sea_orm::entity::prelude::*;

/// One line of the audit log: a state change, a view of personal data or a download.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub at: DateTimeUtc,
    pub user_id: i32,
    /// The actor's authority; `None` for the Commission's staff.
    pub authority_id: Option<i32>,
    pub request_id: Option<i32>,
    pub action: String,
    pub detail: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
