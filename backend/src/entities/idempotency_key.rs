use sea_orm::entity::prelude::*;

/// A write a client named with an `Idempotency-Key` (`crate::idempotency`): what the call
/// was (a fingerprint of its route and body) and, once handled, the answer it got, so that
/// the same call sent again gets that answer instead of being done twice.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "idempotency_keys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    /// SHA-256 (hex) of the method, path with query, and body.
    pub fingerprint: String,
    /// The answer's HTTP status; 0 while the call is being handled.
    pub status: i32,
    /// The answer's body (JSON), if it had one.
    pub body: Option<String>,
    /// When the call was first received (or taken over after its handler was lost).
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
