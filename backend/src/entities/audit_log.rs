use sea_orm::entity::prelude::*;

/// One line of the audit log: a state change, a view of personal data or a download,
/// chained to the line before it (`services::audit::chain`).
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
    /// The SHA-256 of `detail` (empty for none), which stays when the detail is erased.
    pub detail_hash: String,
    /// The previous line's `hash` (64 zeros for the first line).
    pub previous_hash: String,
    /// The SHA-256 of `previous_hash` and this line's canonical content.
    pub hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
