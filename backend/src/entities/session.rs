use sea_orm::entity::prelude::*;

/// A log-in session. Only the SHA-256 of the cookie's token is stored, so a copy of the
/// database does not let anyone take over a session.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub token_hash: String,
    pub user_id: i32,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    /// The id its user sees it by (the token's hash is never sent anywhere).
    pub public_id: Option<String>,
    /// The browser it began in, as it named itself (truncated).
    pub user_agent: Option<String>,
    /// The client address (or IPv6 /64) it began from.
    pub client: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
