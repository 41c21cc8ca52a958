//! Information requests as they travel: what the requester composes (a draft), what the
//! responder answers, and how both are checked.
//!
//! A request stores question ids, placeholder values and answer choices, never rendered text,
//! so that each reader sees the same request in their own language. The only text stored as
//! typed is free text (comments, free-text answers, messages), and it always carries the
//! language it was written in ([`LangText`]).
//!
//! The checks here run twice: in the SPA while the official types, and on the server before
//! anything is stored. Both sides look questions up through [`QuestionLookup`], the SPA in the
//! catalogue it downloaded, the server in the one it loaded.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::catalogue::AnswerType;
use crate::error::{FieldCode, FieldError};
use crate::macros::wire_enum;
pub use crate::measure::Measure;
use crate::placeholder::{Completeness, Registry, Template};
use crate::text::TextKind;
use crate::{AuthorityId, Date, LanguageCode, LegislativeArea, QuestionId};

/// The longest free text accepted in one field, in characters.
pub const MAX_FREE_TEXT_CHARS: usize = 4000;
/// The longest name or identifier of a subject, in characters.
pub const MAX_SUBJECT_FIELD_CHARS: usize = 300;
/// The most questions one request may ask.
pub const MAX_QUESTIONS: usize = 60;

/// Free text with the language it was written in, so the reader sees "original in Portuguese"
/// and can ask for a machine translation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LangText {
    /// The text as typed.
    pub text: String,
    /// The language it is written in.
    pub language: LanguageCode,
}

/// The professional or service provider a request is about. This is personal data: the
/// responder sees it only after accepting the request.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Subject {
    /// Name of the person or business, as in their documents.
    #[serde(default)]
    pub name: String,
    /// Identifiers: registration or personal number, licence number.
    #[serde(default)]
    pub identifier: String,
    /// Date of birth, for a person.
    #[serde(default)]
    pub birth_date: Option<Date>,
}

/// One chosen question with the values of its placeholders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DraftQuestion {
    /// The catalogue question.
    pub question: QuestionId,
    /// Placeholder values by placeholder name, e.g. `SPBusinessName`.
    #[serde(default)]
    pub values: BTreeMap<String, String>,
}

/// A request as the requester composes it: `POST /api/requests` creates a draft from it and
/// `PUT /api/requests/{id}` saves it again. Anything may be missing while it is a draft; only
/// what is filled must be valid. Sending checks that it is complete.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DraftInput {
    /// What the request asks for: answers from records (the default) or an inspection on
    /// site, answered with an [`crate::inspection::InspectionReport`] besides.
    #[serde(default)]
    pub kind: crate::inspection::RequestKind,
    /// The legislative area, chosen first: it decides the questions and the authorities.
    pub area: LegislativeArea,
    /// The responding authority.
    #[serde(default)]
    pub responder: Option<AuthorityId>,
    /// Who the request is about.
    #[serde(default)]
    pub subject: Subject,
    /// The chosen questions, in the order they are asked.
    #[serde(default)]
    pub questions: Vec<DraftQuestion>,
    /// A free-text comment to the responder.
    #[serde(default)]
    pub comment: Option<LangText>,
    /// The date by which the requester would like the answer.
    #[serde(default)]
    pub requested_date: Option<Date>,
}

/// What a check needs to know about a catalogue question.
pub trait QuestionLookup {
    /// The question's legislative area and its template (in any language: the placeholders
    /// are the same in all), or `None` for an unknown or retired question.
    fn question(&self, id: QuestionId) -> Option<(LegislativeArea, Template)>;
}

impl QuestionLookup for BTreeMap<QuestionId, (LegislativeArea, Template)> {
    fn question(&self, id: QuestionId) -> Option<(LegislativeArea, Template)> {
        self.get(&id).cloned()
    }
}

fn field(field: impl Into<String>, code: FieldCode) -> FieldError {
    FieldError::new(field, code)
}

fn check_free_text(errors: &mut Vec<FieldError>, name: &str, text: &LangText) {
    if text.text.trim().is_empty() {
        errors.push(field(name, FieldCode::Missing));
    } else if text.text.chars().count() > MAX_FREE_TEXT_CHARS {
        errors.push(field(name, FieldCode::TooLong));
    } else if let Err(error) = crate::text::check(name, &text.text, TextKind::MultiLine) {
        errors.push(error);
    }
}

/// A draft that passed [`check_draft`], its values normalised (NFC, trimmed) as they are to
/// be stored. Only `check_draft` makes one, so a function that takes it needs no check of
/// its own: the server stores nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedDraft {
    draft: DraftInput,
}

impl CheckedDraft {
    /// The draft with every value normalised.
    pub fn draft(&self) -> &DraftInput {
        &self.draft
    }
}

impl std::ops::Deref for CheckedDraft {
    type Target = DraftInput;

    fn deref(&self) -> &DraftInput {
        &self.draft
    }
}

/// Checks whom a request is about, adding each problem to `errors`: the subject trimmed. A
/// complete one has a name.
fn subject_checked(
    errors: &mut Vec<FieldError>,
    subject: &Subject,
    complete: bool,
    today: Date,
) -> Subject {
    for (name, value) in [
        ("subject.name", &subject.name),
        ("subject.identifier", &subject.identifier),
    ] {
        if value.chars().count() > MAX_SUBJECT_FIELD_CHARS {
            errors.push(field(name, FieldCode::TooLong));
        } else if let Err(error) = crate::text::check(name, value, TextKind::SingleLine) {
            errors.push(error);
        }
    }
    if complete && subject.name.trim().is_empty() {
        errors.push(field("subject.name", FieldCode::Missing));
    }
    if let Some(birth) = subject.birth_date
        && birth > today
    {
        errors.push(field("subject.birth_date", FieldCode::InFuture));
    }
    Subject {
        name: subject.name.trim().to_owned(),
        identifier: subject.identifier.trim().to_owned(),
        birth_date: subject.birth_date,
    }
}

/// Checks a corrected subject of a sent request (a rectification): as a sent draft's, it has
/// a name. The subject as it is to be stored.
pub fn check_subject(subject: &Subject, today: Date) -> Result<Subject, Vec<FieldError>> {
    let mut errors = Vec::new();
    let checked = subject_checked(&mut errors, subject, true, today);
    if errors.is_empty() {
        Ok(checked)
    } else {
        Err(errors)
    }
}

/// Checks a draft. With [`Completeness::Draft`] missing parts are allowed (it is being
/// written); with [`Completeness::Complete`] it must be ready to send: responder, subject
/// name, at least one question, every placeholder filled and a requested date after `today`.
///
/// Every problem is reported, each with the field it belongs to, e.g.
/// `questions[1].values.SPBusinessName` / `missing`, so the form can mark each one.
pub fn check_draft(
    draft: &DraftInput,
    questions: &impl QuestionLookup,
    completeness: Completeness,
    today: Date,
) -> Result<CheckedDraft, Vec<FieldError>> {
    let complete = completeness == Completeness::Complete;
    let mut errors = Vec::new();
    let mut checked = draft.clone();
    if complete && draft.responder.is_none() {
        errors.push(field("responder", FieldCode::Missing));
    }
    checked.subject = subject_checked(&mut errors, &draft.subject, complete, today);
    if draft.questions.is_empty() && complete {
        errors.push(field("questions", FieldCode::Missing));
    }
    if draft.questions.len() > MAX_QUESTIONS {
        errors.push(field("questions", FieldCode::TooMany));
    }
    let mut seen = BTreeSet::new();
    for (index, (asked, stored)) in draft
        .questions
        .iter()
        .zip(checked.questions.iter_mut())
        .enumerate()
    {
        let prefix = format!("questions[{index}]");
        if !seen.insert(asked.question) {
            errors.push(field(format!("{prefix}.question"), FieldCode::Duplicate));
            continue;
        }
        let Some((area, template)) = questions.question(asked.question) else {
            errors.push(field(format!("{prefix}.question"), FieldCode::Unknown));
            continue;
        };
        if area != draft.area {
            errors.push(field(format!("{prefix}.question"), FieldCode::OtherArea));
            continue;
        }
        match Registry::standard().validate_values([&template], &asked.values, completeness) {
            Ok(values) => {
                stored.values = values
                    .iter()
                    .map(|(name, value)| (name.as_str().to_owned(), value.to_owned()))
                    .collect();
            }
            Err(problems) => errors.extend(problems.iter().map(|problem| {
                let own: FieldError = problem.into();
                FieldError {
                    field: format!("{prefix}.{}", own.field),
                    ..own
                }
            })),
        }
    }
    if let Some(comment) = &draft.comment {
        check_free_text(&mut errors, "comment.text", comment);
    }
    match draft.requested_date {
        None if complete => errors.push(field("requested_date", FieldCode::Missing)),
        Some(date) if complete && date <= today => {
            errors.push(field("requested_date", FieldCode::NotInFuture));
        }
        _ => {}
    }
    if errors.is_empty() {
        Ok(CheckedDraft { draft: checked })
    } else {
        Err(errors)
    }
}

/// The answer to one question. Every kind is pre-translated except free text, which keeps
/// its language.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AnswerValue {
    /// Yes.
    Yes,
    /// No.
    No,
    /// The responder does not know.
    Unknown,
    /// A date.
    Date {
        /// The date.
        date: Date,
    },
    /// Free text.
    Text {
        /// The text with its language.
        text: LangText,
    },
    /// The document is attached to the question.
    DocumentAttached,
    /// The document is not available.
    DocumentNotAvailable,
    /// One option of the question's list.
    Choice {
        /// `<list id>.<option>`, as in the catalogue.
        option: String,
    },
    /// A measured value, in the question's unit.
    Measurement {
        /// The value, e.g. `12.5`.
        #[cfg_attr(feature = "openapi", schema(value_type = String, example = "12.5"))]
        value: Measure,
    },
}

impl AnswerValue {
    /// The key of the fixed answer text in the catalogue's `[answer]` table, for the kinds
    /// that have one.
    pub fn fixed_key(&self) -> Option<&'static str> {
        match self {
            AnswerValue::Yes => Some("yes"),
            AnswerValue::No => Some("no"),
            AnswerValue::Unknown => Some("unknown"),
            AnswerValue::DocumentAttached => Some("document_attached"),
            AnswerValue::DocumentNotAvailable => Some("document_not_available"),
            AnswerValue::Date { .. }
            | AnswerValue::Text { .. }
            | AnswerValue::Choice { .. }
            | AnswerValue::Measurement { .. } => None,
        }
    }

    /// Whether this kind of value answers a question of `answer_type`.
    pub fn fits(&self, answer_type: AnswerType) -> bool {
        match self {
            // Any question may be answered "unknown": the responder cannot always know.
            AnswerValue::Unknown => true,
            AnswerValue::Yes | AnswerValue::No => answer_type == AnswerType::YesNo,
            AnswerValue::Date { .. } => answer_type == AnswerType::Date,
            AnswerValue::Text { .. } => answer_type == AnswerType::FreeText,
            AnswerValue::DocumentAttached | AnswerValue::DocumentNotAvailable => {
                answer_type == AnswerType::Document
            }
            AnswerValue::Choice { .. } => answer_type == AnswerType::Choice,
            AnswerValue::Measurement { .. } => answer_type == AnswerType::Measurement,
        }
    }
}

/// The responder's answer to one question of a request.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AnswerInput {
    /// The question answered.
    pub question: QuestionId,
    /// The answer.
    pub value: AnswerValue,
    /// An optional comment.
    #[serde(default)]
    pub comment: Option<LangText>,
}

/// What the answer check needs to know about one question of the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AskedQuestion {
    /// The question.
    pub id: QuestionId,
    /// How it is answered.
    pub answer_type: AnswerType,
    /// The options of a choice question, as `<list id>.<option>`.
    pub options: Vec<String>,
    /// Whether a document is attached to this question (for `document_attached`).
    pub has_attachment: bool,
}

/// Checks answers against the request's questions. With [`Completeness::Complete`] (sending
/// the answer) every question needs one.
pub fn check_answers(
    answers: &[AnswerInput],
    asked: &[AskedQuestion],
    completeness: Completeness,
) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut seen = BTreeSet::new();
    for (index, answer) in answers.iter().enumerate() {
        let prefix = format!("answers[{index}]");
        if !seen.insert(answer.question) {
            errors.push(field(format!("{prefix}.question"), FieldCode::Duplicate));
            continue;
        }
        let Some(question) = asked.iter().find(|q| q.id == answer.question) else {
            errors.push(field(format!("{prefix}.question"), FieldCode::NotAsked));
            continue;
        };
        if !answer.value.fits(question.answer_type) {
            errors.push(field(format!("{prefix}.value"), FieldCode::WrongKind));
        }
        match &answer.value {
            AnswerValue::Choice { option } if !question.options.contains(option) => {
                errors.push(field(format!("{prefix}.value"), FieldCode::Unknown));
            }
            AnswerValue::Text { text } => {
                check_free_text(&mut errors, &format!("{prefix}.value.text"), text);
            }
            AnswerValue::DocumentAttached if !question.has_attachment => {
                errors.push(field(format!("{prefix}.value"), FieldCode::NoAttachment));
            }
            _ => {}
        }
        if let Some(comment) = &answer.comment {
            check_free_text(&mut errors, &format!("{prefix}.comment"), comment);
        }
    }
    if completeness == Completeness::Complete {
        for question in asked {
            if !seen.contains(&question.id) {
                errors.push(field(
                    format!("question.{}", question.id),
                    FieldCode::Missing,
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Checks a free-text message or note (messages between the authorities, the text sent with
/// a request for information or for clarification).
pub fn check_message(name: &str, text: &LangText) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    check_free_text(&mut errors, name, text);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

wire_enum!(
    /// What happened to a request, as its timeline shows it.
    pub enum EventKind {
        /// The draft was created.
        Created = "created",
        /// The draft was sent.
        Sent = "sent",
        /// The requester withdrew it.
        Withdrawn = "withdrawn",
        /// The responder accepted it.
        Accepted = "accepted",
        /// It was forwarded to another authority.
        Forwarded = "forwarded",
        /// The responder asked for more information.
        InfoRequested = "info_requested",
        /// The requester gave the information.
        InfoProvided = "info_provided",
        /// The responder answered.
        Answered = "answered",
        /// Some questions were split off into a new request.
        SplitOff = "split_off",
        /// The requester asked for clarification of the answer.
        ClarificationRequested = "clarification_requested",
        /// The requester accepted the answer and closed the request.
        Closed = "closed",
        /// A message between the authorities.
        Message = "message",
        /// A document was attached.
        AttachmentAdded = "attachment_added",
        /// An allocator assigned the request to a handler.
        Assigned = "assigned",
        /// A coordinator reminded the authority that holds it.
        Reminded = "reminded",
        /// It has been inactive for two months (told to coordinators).
        Inactive = "inactive",
        /// A party corrected the personal data of whom it is about (the event names the
        /// fields, never the old values).
        Rectified = "rectified",
    }
);

impl EventKind {
    /// The Fluent message id, e.g. `event-info-requested`.
    pub fn message_id(self) -> String {
        format!("event-{}", self.as_str().replace('_', "-"))
    }

    /// The event an action leaves in the timeline.
    pub fn of_action(kind: crate::lifecycle::ActionKind) -> Option<EventKind> {
        use crate::lifecycle::ActionKind as A;
        Some(match kind {
            A::Create => EventKind::Created,
            A::Send => EventKind::Sent,
            A::Withdraw => EventKind::Withdrawn,
            A::Accept => EventKind::Accepted,
            A::Forward => EventKind::Forwarded,
            A::RequestInfo => EventKind::InfoRequested,
            A::ProvideInfo => EventKind::InfoProvided,
            A::Answer => EventKind::Answered,
            A::SplitOff => EventKind::SplitOff,
            A::RequestClarification => EventKind::ClarificationRequested,
            A::Close => EventKind::Closed,
            A::Edit | A::Delete => return None,
        })
    }
}

wire_enum!(
    /// The overview's boxes: which requests a list shows, from the caller's side.
    pub enum RequestBox {
        /// Incoming, waiting for our acceptance.
        ToAccept = "to_accept",
        /// Incoming and accepted: we owe an answer.
        ToAnswer = "to_answer",
        /// Waiting for the other authority (sent by us and not answered, or we asked for
        /// information).
        Awaiting = "awaiting",
        /// Past the agreed deadline, on either side.
        Overdue = "overdue",
        /// Our drafts.
        Drafts = "drafts",
        /// Closed or withdrawn.
        Closed = "closed",
        /// Everything we can see.
        All = "all",
    }
);

impl RequestBox {
    /// The Fluent message id of the box's name, e.g. `box-to-accept`.
    pub fn message_id(self) -> String {
        format!("box-{}", self.as_str().replace('_', "-"))
    }

    /// The states of the box's requests that an authority holds on `side`: as the requester
    /// ([`Side::Requesting`]) or as the responder ([`Side::Responding`]) of a request it did
    /// not also send. Empty for a side the box does not show, and for coordinators, who
    /// have no boxes. The server lists and counts a box one (side, state) at a time, so
    /// that each part walks one stretch of an index in order.
    pub fn states(self, side: crate::lifecycle::Side) -> &'static [crate::lifecycle::RequestState] {
        use crate::lifecycle::RequestState as S;
        use crate::lifecycle::Side;
        const EVERY: &[S] = &[
            S::Draft,
            S::AwaitingAcceptance,
            S::Accepted,
            S::InfoRequested,
            S::Answered,
            S::Closed,
            S::Withdrawn,
        ];
        match (self, side) {
            (_, Side::Coordinator) => &[],
            (RequestBox::ToAccept, Side::Requesting) => &[],
            (RequestBox::ToAccept, Side::Responding) => &[S::AwaitingAcceptance],
            (RequestBox::ToAnswer, Side::Requesting) => &[S::InfoRequested, S::Answered],
            (RequestBox::ToAnswer, Side::Responding) => &[S::Accepted],
            (RequestBox::Awaiting, Side::Requesting) => &[S::AwaitingAcceptance, S::Accepted],
            (RequestBox::Awaiting, Side::Responding) => &[S::InfoRequested, S::Answered],
            (RequestBox::Overdue, _) => &[S::Accepted, S::InfoRequested],
            (RequestBox::Drafts, Side::Requesting) => &[S::Draft],
            (RequestBox::Drafts, Side::Responding) => &[],
            (RequestBox::Closed, _) => &[S::Closed, S::Withdrawn],
            (RequestBox::All, Side::Requesting) => EVERY,
            // The responder never sees another authority's draft.
            (RequestBox::All, Side::Responding) => &EVERY[1..],
        }
    }

    /// Whether the box holds only requests past their agreed deadline.
    pub fn overdue_only(self) -> bool {
        self == RequestBox::Overdue
    }
}

/// The request number shown to users and searched for, e.g. `2026-000042`: the year the
/// draft was created and its id.
pub fn request_number(year: i32, id: crate::RequestId) -> String {
    format!("{year}-{:06}", id.0)
}

/// The id inside a request number, or a bare id; `None` when the text is neither.
pub fn parse_request_number(text: &str) -> Option<crate::RequestId> {
    let text = text.trim();
    let digits = text.split_once('-').map_or(text, |(year, rest)| {
        if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) {
            rest
        } else {
            ""
        }
    });
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits
        .parse::<i32>()
        .ok()
        .filter(|id| *id > 0)
        .map(crate::RequestId)
}

#[cfg(test)]
mod tests {

    use super::*;

    #[test]
    fn each_open_request_is_in_exactly_one_box_that_asks_something_of_someone() {
        use crate::lifecycle::{RequestState as S, Side};
        let open = [
            S::AwaitingAcceptance,
            S::Accepted,
            S::InfoRequested,
            S::Answered,
        ];
        for side in [Side::Requesting, Side::Responding] {
            for state in open {
                let boxes: Vec<RequestBox> = [
                    RequestBox::ToAccept,
                    RequestBox::ToAnswer,
                    RequestBox::Awaiting,
                ]
                .into_iter()
                .filter(|which| which.states(side).contains(&state))
                .collect();
                assert_eq!(boxes.len(), 1, "{state:?} on {side:?}: {boxes:?}");
                assert!(RequestBox::All.states(side).contains(&state));
            }
        }
        assert!(!RequestBox::All.states(Side::Responding).contains(&S::Draft));
        assert!(RequestBox::Drafts.states(Side::Responding).is_empty());
        for which in RequestBox::ALL {
            assert!(which.states(Side::Coordinator).is_empty());
        }
    }

    fn catalogue() -> BTreeMap<QuestionId, (LegislativeArea, Template)> {
        let mut map = BTreeMap::new();
        map.insert(
            QuestionId(1),
            (
                LegislativeArea::parse("services").unwrap(),
                Template::parse("Is ${SPBusinessName} registered?").unwrap(),
            ),
        );
        map.insert(
            QuestionId(2),
            (
                LegislativeArea::parse("professional_qualifications").unwrap(),
                Template::parse("Is the diploma authentic?").unwrap(),
            ),
        );
        map
    }

    fn today() -> Date {
        Date::parse("2026-11-29").unwrap()
    }

    fn draft() -> DraftInput {
        DraftInput {
            kind: crate::inspection::RequestKind::Information,
            area: LegislativeArea::parse("services").unwrap(),
            responder: Some(AuthorityId(5)),
            subject: Subject {
                name: "  Jansen Bouw BV ".to_owned(),
                identifier: String::new(),
                birth_date: None,
            },
            questions: vec![DraftQuestion {
                question: QuestionId(1),
                values: [("SPBusinessName".to_owned(), " Jansen Bouw BV ".to_owned())].into(),
            }],
            comment: None,
            requested_date: Some(Date::parse("2026-12-20").unwrap()),
        }
    }

    fn codes(errors: Vec<FieldError>) -> Vec<(String, String)> {
        errors
            .into_iter()
            .map(|e| (e.field, e.code.as_str().to_owned()))
            .collect()
    }

    #[test]
    fn a_complete_draft_passes_normalised() {
        let checked = check_draft(&draft(), &catalogue(), Completeness::Complete, today()).unwrap();
        assert_eq!(checked.draft().subject.name, "Jansen Bouw BV");
        assert_eq!(
            checked.draft().questions[0].values["SPBusinessName"],
            "Jansen Bouw BV"
        );
    }

    #[test]
    fn an_empty_draft_may_be_saved_but_not_sent() {
        let empty = DraftInput {
            kind: Default::default(),
            area: LegislativeArea::parse("services").unwrap(),
            responder: None,
            subject: Subject::default(),
            questions: Vec::new(),
            comment: None,
            requested_date: None,
        };
        assert!(check_draft(&empty, &catalogue(), Completeness::Draft, today()).is_ok());
        let errors =
            check_draft(&empty, &catalogue(), Completeness::Complete, today()).unwrap_err();
        assert_eq!(
            codes(errors),
            [
                ("responder", "missing"),
                ("subject.name", "missing"),
                ("questions", "missing"),
                ("requested_date", "missing"),
            ]
            .map(|(f, c)| (f.to_owned(), c.to_owned()))
        );
    }

    #[test]
    fn each_question_problem_names_its_field() {
        let mut bad = draft();
        bad.questions = vec![
            DraftQuestion {
                question: QuestionId(1),
                values: BTreeMap::new(),
            },
            DraftQuestion {
                question: QuestionId(1),
                values: BTreeMap::new(),
            },
            DraftQuestion {
                question: QuestionId(2),
                values: BTreeMap::new(),
            },
            DraftQuestion {
                question: QuestionId(99),
                values: BTreeMap::new(),
            },
        ];
        bad.requested_date = Some(today());
        bad.comment = Some(LangText {
            text: " ".to_owned(),
            language: LanguageCode::ENGLISH,
        });
        let errors = check_draft(&bad, &catalogue(), Completeness::Complete, today()).unwrap_err();
        assert_eq!(
            codes(errors),
            [
                ("questions[0].values.SPBusinessName", "missing"),
                ("questions[1].question", "duplicate"),
                ("questions[2].question", "other_area"),
                ("questions[3].question", "unknown"),
                ("comment.text", "missing"),
                ("requested_date", "not_in_future"),
            ]
            .map(|(f, c)| (f.to_owned(), c.to_owned()))
        );
    }

    #[test]
    fn answers_must_fit_their_questions() {
        let asked = [
            AskedQuestion {
                id: QuestionId(1),
                answer_type: AnswerType::YesNo,
                options: Vec::new(),
                has_attachment: false,
            },
            AskedQuestion {
                id: QuestionId(2),
                answer_type: AnswerType::Choice,
                options: vec!["status.active".to_owned()],
                has_attachment: false,
            },
            AskedQuestion {
                id: QuestionId(3),
                answer_type: AnswerType::Document,
                options: Vec::new(),
                has_attachment: false,
            },
        ];
        let good = [AnswerInput {
            question: QuestionId(1),
            value: AnswerValue::Yes,
            comment: None,
        }];
        assert!(check_answers(&good, &asked, Completeness::Draft).is_ok());
        let errors = check_answers(&good, &asked, Completeness::Complete).unwrap_err();
        assert_eq!(errors.len(), 2, "two questions are unanswered");
        let bad = [
            AnswerInput {
                question: QuestionId(1),
                value: AnswerValue::DocumentAttached,
                comment: None,
            },
            AnswerInput {
                question: QuestionId(2),
                value: AnswerValue::Choice {
                    option: "status.nope".to_owned(),
                },
                comment: None,
            },
            AnswerInput {
                question: QuestionId(3),
                value: AnswerValue::DocumentAttached,
                comment: None,
            },
            AnswerInput {
                question: QuestionId(7),
                value: AnswerValue::Unknown,
                comment: None,
            },
        ];
        let errors = check_answers(&bad, &asked, Completeness::Complete).unwrap_err();
        assert_eq!(
            codes(errors),
            [
                ("answers[0].value", "wrong_kind"),
                ("answers[0].value", "no_attachment"),
                ("answers[1].value", "unknown"),
                ("answers[2].value", "no_attachment"),
                ("answers[3].question", "not_asked"),
            ]
            .map(|(f, c)| (f.to_owned(), c.to_owned()))
        );
    }

    #[test]
    fn request_numbers_round_trip() {
        let id = crate::RequestId(42);
        assert_eq!(request_number(2026, id), "2026-000042");
        assert_eq!(parse_request_number("2026-000042"), Some(id));
        assert_eq!(parse_request_number(" 42 "), Some(id));
        assert_eq!(parse_request_number("26-42"), None);
        assert_eq!(parse_request_number("2026-"), None);
        assert_eq!(parse_request_number("x"), None);
        assert_eq!(parse_request_number("0"), None);
    }

    #[test]
    fn answers_serialise_with_a_kind() {
        let value = AnswerValue::Choice {
            option: "status.active".to_owned(),
        };
        assert_eq!(
            serde_json::to_string(&value).unwrap(),
            r#"{"kind":"choice","option":"status.active"}"#
        );
    }
}
