use sea_orm::entity::prelude::*;

/// Log-in attempts counted per key (a client address, or an account from a client address;
/// see `throttle`). Kept in the database, not in memory, so that several backend instances
/// behind one load balancer slow an attacker down together. Times are Unix milliseconds, so
/// that the statement counting an attempt can compute the next block on either engine.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "login_attempts")]
pub struct Model {
    /// The SHA-256 (hex) of what is counted.
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    /// Attempts not (yet) proven right.
    pub failures: i64,
    /// No attempt is counted, and none verified, before this millisecond.
    pub blocked_until: i64,
    /// The last attempt's millisecond.
    pub last_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
