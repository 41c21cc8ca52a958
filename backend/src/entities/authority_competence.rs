use sea_orm::entity::prelude::*;

/// A concept of the taxonomy (by its stable id) that an authority is competent for.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "authority_competences")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub authority_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub concept: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
