use sea_orm::entity::prelude::*;

/// An entry of a request's timeline. The user's name is copied, so the timeline stays true
/// when an account is renamed or removed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "request_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub request_id: i32,
    pub at: DateTimeUtc,
    pub kind: String,
    pub user_name: String,
    pub authority_id: i32,
    pub note_text: Option<String>,
    pub note_language: Option<String>,
    pub other_authority_id: Option<i32>,
    pub split_to: Option<i32>,
    pub file: Option<String>,
    pub assignee: Option<String>,
    /// For a rectification, the codes of the fields corrected, comma-separated
    /// (`shared::personal::PersonalField`); never their values.
    pub fields: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
