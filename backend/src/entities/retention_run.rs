use sea_orm::entity::prelude::*;

/// One run of the retention job (`services::retention`): who ran it, for which day, when it
/// started and finished (never, if it was cut short: the next run does the rest), and how
/// much it did. The requests it touched are in `retention_run_requests`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "retention_runs")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub holder: String,
    /// The calendar day (UTC) the policy was applied for.
    pub day: String,
    pub started_at: DateTimeUtc,
    pub finished_at: Option<DateTimeUtc>,
    pub blocked: i64,
    pub erased: i64,
    pub drafts_deleted: i64,
    pub documents_deleted: i64,
    pub emails_deleted: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
