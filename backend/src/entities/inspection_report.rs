use sea_orm::entity::prelude::*;

/// The on-site report of an inspection request (`shared::inspection::InspectionReport`),
/// one per request, written by the responder's inspector. Its names and signatures are
/// personal data: erased with the request's (`services::retention`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "inspection_reports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub request_id: i32,
    /// The day of the inspection, `YYYY-MM-DD`.
    pub inspected_on: Option<String>,
    /// Where it took place.
    pub place: String,
    /// Those present and their marks, as JSON (`Vec<shared::inspection::Signature>`).
    pub signatures_json: String,
    /// Who saved it last, and when.
    pub updated_by: i32,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
