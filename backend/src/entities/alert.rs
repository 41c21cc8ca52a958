use sea_orm::entity::prelude::*;

/// An alert: one authority warning many. `fields` holds the kind's fixed fields as a JSON
/// object of texts (`shared::alert::FieldValue::to_wire`); `subject_folded` is the name it is
/// about, folded for the check page's search, and goes with the personal data.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "alerts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub kind: String,
    pub area: String,
    pub state: String,
    pub version: i32,
    /// How many times the sent alert was modified.
    pub revision: i32,
    pub sender_id: i32,
    pub sender_user_id: Option<i32>,
    /// The sending authority's country.
    pub country: String,
    /// The countries it goes to, comma-separated codes (chosen in the draft, or every one).
    pub countries: String,
    pub fields: String,
    pub subject_folded: Option<String>,
    pub concept: Option<String>,
    pub decided_on: Option<String>,
    pub valid_until: Option<String>,
    pub comment_text: Option<String>,
    pub comment_language: Option<String>,
    pub late_reason_text: Option<String>,
    pub late_reason_language: Option<String>,
    pub created_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
    /// The day it was closed or withdrawn, which the retention periods count from.
    pub ended_on: Option<String>,
    pub proved_wrong: bool,
    /// The last day a reminder that its decision ended went out, so it goes once a day.
    pub reminded_on: Option<String>,
    pub blocked_at: Option<DateTimeUtc>,
    pub erased_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
