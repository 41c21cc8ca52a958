use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The authority of an official; `None` exactly for the Commission's staff.
    pub authority_id: Option<i32>,
    /// `authority` or `commission` (see `auth::Member`).
    pub organisation: String,
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub language: Option<String>,
    pub active: bool,
    /// The user who invited them.
    pub invited_by: Option<i32>,
    /// SHA-256 of the pending invitation's token; `None` once accepted.
    pub invitation_hash: Option<String>,
    /// When the pending invitation stops working.
    pub invitation_expires_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    /// The TOTP secret (base32) of the second factor, once set up.
    pub totp_secret: Option<String>,
    /// A secret being set up, until a code from it is confirmed.
    pub totp_pending: Option<String>,
    /// The last TOTP step used to log in; a code is never accepted twice.
    pub totp_last_step: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
