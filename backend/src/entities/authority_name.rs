//! An authority's name in another official language of its country.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "authority_names")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub authority_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub language: String,
    pub name: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
