use sea_orm::entity::prelude::*;

/// An entry of an alert's timeline. The user's name is copied, so the timeline stays true
/// when an account is renamed or removed; `detail` lists the authorities of a pass-on.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "alert_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub alert_id: i32,
    pub kind: String,
    pub at: DateTimeUtc,
    pub user_id: Option<i32>,
    pub user_name: Option<String>,
    pub authority_id: Option<i32>,
    pub country: Option<String>,
    pub note_text: Option<String>,
    pub note_language: Option<String>,
    pub detail: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
