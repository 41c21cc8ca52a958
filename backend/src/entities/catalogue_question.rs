use sea_orm::entity::prelude::*;

/// A question of the catalogue. Its numeric id never changes once given, since requests store
/// question ids; a question removed from the files is deactivated, not deleted.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "catalogue_questions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub key: String,
    pub topic: String,
    pub area: String,
    pub answer_type: String,
    pub list_key: Option<String>,
    pub position: i32,
    pub active: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
