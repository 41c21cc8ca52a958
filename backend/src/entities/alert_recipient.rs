use sea_orm::entity::prelude::*;

/// An authority an alert was passed on to by its country's alert coordinator, with its
/// acknowledgement and the first time one of its users opened the alert.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "alert_recipients")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub alert_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub authority_id: i32,
    pub country: String,
    pub passed_at: DateTimeUtc,
    pub passed_by: Option<i32>,
    pub acknowledged_at: Option<DateTimeUtc>,
    pub acknowledged_by: Option<i32>,
    pub read_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
