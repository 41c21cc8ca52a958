use sea_orm::entity::prelude::*;

/// An e-mail to send, written in its recipient's language. Rows stay after sending (with
/// `sent_at`), so nothing is lost when SMTP is down or not configured.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub to_address: String,
    pub subject: String,
    pub body: String,
    pub created_at: DateTimeUtc,
    pub claimed_until: Option<DateTimeUtc>,
    pub logged_at: Option<DateTimeUtc>,
    pub sent_at: Option<DateTimeUtc>,
    pub attempts: i32,
    pub last_error: Option<String>,
    /// The request it tells of: the e-mail goes when the request's personal data does.
    pub request_id: Option<i32>,
    /// The alert it tells of, likewise.
    pub alert_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
