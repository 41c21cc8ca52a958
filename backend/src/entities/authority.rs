use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "authorities")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub country: String,
    pub name: String,
    pub name_en: Option<String>,
    pub acronym: Option<String>,
    pub city: String,
    /// The territory it is competent for: `national`, `regional` or `local`
    /// (`shared::registry::AuthorityLevel`).
    pub level: String,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// `national` for a country's IMI coordinator.
    pub coordinator: Option<String>,
    /// Incoming requests are assigned to one handler each by an allocator.
    pub allocation_enabled: bool,
    /// Grows whenever a request the authority is party to changes: the overview's cache of
    /// this authority is valid while it stays the same, on every instance.
    pub requests_version: i64,
    /// The language of `name`, when known.
    pub name_language: Option<String>,
    /// The coordinator (user) who registered it in the system.
    pub registered_by: Option<i32>,
    /// Grows with every saved edit, so two coordinators' edits cannot overwrite each other.
    pub revision: i64,
    /// The key a CSV import gave it, unique within its country.
    pub import_ref: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
