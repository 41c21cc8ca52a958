use sea_orm::entity::prelude::*;

/// An information request. Its questions, timeline and attachments hang off it; `version`
/// grows with every change, so that concurrent actions can be told apart (see
/// `services::requests`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "requests")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub area: String,
    /// `information` or `inspection` (`shared::inspection::RequestKind`).
    pub kind: String,
    pub state: String,
    pub requester_id: i32,
    pub responder_id: Option<i32>,
    pub created_by: i32,
    pub subject_name: String,
    pub subject_identifier: String,
    pub subject_birth_date: Option<String>,
    pub comment_text: Option<String>,
    pub comment_language: Option<String>,
    pub requested_date: Option<String>,
    pub deadline: Option<String>,
    pub timeliness: Option<String>,
    pub effort: Option<String>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
    pub parent_id: Option<i32>,
    /// The responder's handler it is allocated to, when the responder uses allocation.
    pub assigned_to: Option<i32>,
    /// When the country's coordinators were told it had been inactive for two months.
    pub inactivity_reported_at: Option<DateTimeUtc>,
    /// When a coordinator last reminded the authority whose move it is.
    pub reminded_at: Option<DateTimeUtc>,
    /// The day (UTC) it was closed or withdrawn, from which its personal data's retention is
    /// counted (`shared::retention`).
    pub ended_on: Option<String>,
    /// When the retention job recorded its personal data as blocked. Blocking takes effect on
    /// the day the policy says, whether or not the job has run yet.
    pub blocked_at: Option<DateTimeUtc>,
    /// When its personal data was erased: what is left is the skeleton.
    pub erased_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
