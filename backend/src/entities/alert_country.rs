use sea_orm::entity::prelude::*;

/// A country an alert was sent to, and where it stands with that country's alert
/// coordinators (`shared::alert::Delivery`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "alert_countries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub alert_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub country: String,
    pub delivery: String,
    pub received_at: DateTimeUtc,
    pub acknowledged_at: Option<DateTimeUtc>,
    pub acknowledged_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
