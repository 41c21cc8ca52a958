use sea_orm::entity::prelude::*;

/// A question of a request: the catalogue id, the placeholder values and, once given, the
/// answer, both as JSON of `shared::request` types. No rendered text is stored.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "request_questions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub request_id: i32,
    pub position: i32,
    pub question_id: i32,
    pub values_json: String,
    pub answer_json: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
