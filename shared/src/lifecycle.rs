//! The life of an information request, as one state machine used by the SPA (to show only the
//! actions that will work) and by the server (to refuse all others).
//!
//! | state               | action                | side (roles)      | new state           |
//! |---------------------|-----------------------|-------------------|---------------------|
//! | (none)              | create ([`create`])   | requesting (H)    | draft               |
//! | draft               | edit                  | requesting (H)    | draft               |
//! | draft               | delete                | requesting (H)    | (deleted)           |
//! | draft               | send                  | requesting (H)    | awaiting acceptance |
//! | awaiting acceptance | withdraw              | requesting (H)    | withdrawn           |
//! | awaiting acceptance | accept (deadline)     | responding (H, A) | accepted            |
//! | awaiting acceptance | forward               | responding (H, A) | awaiting acceptance |
//! |                     |                       | coordinator (C)   |                     |
//! | accepted            | forward               | responding (H, A) | awaiting acceptance |
//! |                     |                       | coordinator (C)   |                     |
//! | accepted            | request info          | responding (H)    | info requested      |
//! | accepted            | answer                | responding (H)    | answered            |
//! | accepted            | split off (questions) | responding (H)    | accepted            |
//! | info requested      | provide info          | requesting (H)    | accepted            |
//! | answered            | request clarification | requesting (H)    | accepted            |
//! | answered            | close (ratings)       | requesting (H)    | closed              |
//!
//! Roles: H request handler, A allocator, C coordinator (any one of those listed suffices).
//!
//! Closed and withdrawn are final. Everything else is refused with a [`TransitionError`].
//!
//! - **Forwarding is not a state.** The request goes to another authority (or a coordinator,
//!   who re-routes it) and waits there for acceptance again: the new recipient has not yet
//!   accepted anything, may not see personal data until it does, and agrees its own deadline.
//!   The move is returned as [`Effect::Reassign`].
//! - **Splitting off** keeps the request accepted with its remaining questions and returns
//!   [`Effect::SplitOff`]: the server creates a new request from the same requester, awaiting
//!   the other authority's acceptance.
//! - **Overdue is derived**, never stored: [`is_overdue`] compares the agreed deadline with the
//!   date the caller passes as today.
//! - Who may act depends on the actor's [`Side`] of this request and their [`Role`]s; the
//!   server works out the side (is the user's authority the requester, the current responder,
//!   or a coordinator above them?) and this module decides the rest.

use crate::date::Date;
use crate::error::ErrorCode;
use crate::macros::wire_enum;
use crate::{AuthorityId, CountryCode, Role, ids::QuestionId};
use serde::{Deserialize, Serialize};

wire_enum!(
    /// Where a request stands.
    pub enum RequestState {
        /// Being written by the requesting authority; the responder does not see it yet.
        Draft = "draft",
        /// Sent; the responding authority has not yet accepted it. Personal data and
        /// attachments stay hidden from the responder until it does.
        AwaitingAcceptance = "awaiting_acceptance",
        /// Accepted with an agreed deadline; the responder is working on it.
        Accepted = "accepted",
        /// The responder asked the requester for more information and waits for it.
        InfoRequested = "info_requested",
        /// The responder answered; the requester reviews the answer.
        Answered = "answered",
        /// The requester accepted the answer. Final.
        Closed = "closed",
        /// The requester withdrew it before acceptance. Final.
        Withdrawn = "withdrawn",
    }
);

impl RequestState {
    /// Whether no action can leave this state.
    pub fn is_terminal(self) -> bool {
        matches!(self, RequestState::Closed | RequestState::Withdrawn)
    }

    /// Whether the responder owes an answer, so that the agreed deadline runs.
    pub fn awaits_answer(self) -> bool {
        matches!(self, RequestState::Accepted | RequestState::InfoRequested)
    }

    /// The Fluent message id of the state's name, e.g. `request-state-info-requested`.
    pub fn message_id(self) -> String {
        format!("request-state-{}", self.as_str().replace('_', "-"))
    }
}

wire_enum!(
    /// The actor's relation to a request.
    pub enum Side {
        /// A user of the authority that wrote the request.
        Requesting = "requesting",
        /// A user of the authority that currently holds the request.
        Responding = "responding",
        /// An IMI coordinator responsible for one of the two authorities (not a party).
        Coordinator = "coordinator",
    }
);

/// Whether the responding authority hands its requests to one handler each, and whether
/// this one is the reader's. Only the responding side's users are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Allocation {
    /// The authority does not allocate: every handler may act.
    #[default]
    Off,
    /// It allocates, and the request is assigned to the reader.
    AssignedToReader,
    /// It allocates, and the request is assigned to someone else or to nobody yet.
    NotAssignedToReader,
}

impl Allocation {
    /// The allocation facts of a responder's user: whether the authority allocates, and
    /// whether the request is assigned to them.
    pub fn of(enabled: bool, assigned_to_reader: bool) -> Allocation {
        match (enabled, assigned_to_reader) {
            (false, _) => Allocation::Off,
            (true, true) => Allocation::AssignedToReader,
            (true, false) => Allocation::NotAssignedToReader,
        }
    }
}

/// Who attempts an action: their side of the request, the roles they hold and, on the
/// responding side, the allocation facts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Actor {
    /// Their relation to the request.
    pub side: Side,
    /// Their roles inside their authority.
    pub roles: Vec<Role>,
    /// Whether the request is theirs to handle, where their authority allocates.
    pub allocation: Allocation,
}

impl Actor {
    /// An actor on `side` holding `roles`, in an authority that does not allocate.
    pub fn new(side: Side, roles: impl IntoIterator<Item = Role>) -> Actor {
        Actor {
            side,
            roles: roles.into_iter().collect(),
            allocation: Allocation::Off,
        }
    }

    /// The same actor with the allocation facts of the request.
    pub fn allocating(self, allocation: Allocation) -> Actor {
        Actor { allocation, ..self }
    }

    /// Whether the actor holds `role`.
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

wire_enum!(
    /// The requester's rating of an answer's timeliness or of the effort put into it.
    pub enum Rating {
        /// Good.
        Positive = "positive",
        /// Neither good nor bad.
        Neutral = "neutral",
        /// Poor; counted in the Commission's scoreboard of negative ratings.
        Negative = "negative",
    }
);

impl Rating {
    /// Whether the rating counts as negative in the scoreboard.
    pub fn is_negative(self) -> bool {
        self == Rating::Negative
    }

    /// The Fluent message id, e.g. `rating-negative`.
    pub fn message_id(self) -> String {
        format!("rating-{}", self.as_str())
    }
}

/// The deadline the responder accepts a request with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AcceptDeadline {
    /// The date the requester asked for.
    AsRequested,
    /// Another deadline: this many calendar days from the day of acceptance.
    ProposeDays(u16),
}

impl AcceptDeadline {
    /// The fewest days a responder may propose.
    pub const MIN_DAYS: u16 = 1;
    /// The most days a responder may propose.
    pub const MAX_DAYS: u16 = 365;

    /// The agreed deadline, given the requested one and the day of acceptance.
    pub fn agreed_deadline(self, requested: Date, accepted_on: Date) -> Option<Date> {
        match self {
            AcceptDeadline::AsRequested => Some(requested),
            AcceptDeadline::ProposeDays(days) => accepted_on.add_days(i64::from(days)),
        }
    }
}

/// Where a forwarded request goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ForwardTarget {
    /// The competent authority.
    Authority(AuthorityId),
    /// A coordinator, when the holder does not know who is competent; it re-routes.
    Coordinator(AuthorityId),
}

/// Something done to a request, with its data. On the wire: `{"action": "accept", ...}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// Start a new draft (see [`create`]; never valid on an existing request).
    Create,
    /// Change a draft.
    Edit,
    /// Delete a draft.
    Delete,
    /// Send a draft to the responding authority.
    Send,
    /// Take back a sent request that is not yet accepted.
    Withdraw,
    /// Accept the request.
    Accept {
        /// The deadline accepted.
        deadline: AcceptDeadline,
    },
    /// Pass the whole request on, when not competent (or, for a coordinator, re-route it).
    Forward {
        /// Where it goes.
        to: ForwardTarget,
    },
    /// Ask the requester for more information.
    RequestInfo,
    /// Give the information the responder asked for.
    ProvideInfo,
    /// Answer the request.
    Answer,
    /// Move some questions into a new request to another authority.
    SplitOff {
        /// The questions that move (not all of them: the server checks that some remain).
        questions: Vec<QuestionId>,
        /// The authority that gets them.
        to: AuthorityId,
    },
    /// Send the answer back to the responder for clarification.
    RequestClarification,
    /// Accept the answer and close the request, rating it.
    Close {
        /// How timely the answer was.
        timeliness: Rating,
        /// How much effort the answer shows.
        effort: Rating,
    },
}

wire_enum!(
    /// The kind of an [`Action`], without its data: what the UI offers as buttons.
    pub enum ActionKind {
        /// [`Action::Create`].
        Create = "create",
        /// [`Action::Edit`].
        Edit = "edit",
        /// [`Action::Delete`].
        Delete = "delete",
        /// [`Action::Send`].
        Send = "send",
        /// [`Action::Withdraw`].
        Withdraw = "withdraw",
        /// [`Action::Accept`].
        Accept = "accept",
        /// [`Action::Forward`].
        Forward = "forward",
        /// [`Action::RequestInfo`].
        RequestInfo = "request_info",
        /// [`Action::ProvideInfo`].
        ProvideInfo = "provide_info",
        /// [`Action::Answer`].
        Answer = "answer",
        /// [`Action::SplitOff`].
        SplitOff = "split_off",
        /// [`Action::RequestClarification`].
        RequestClarification = "request_clarification",
        /// [`Action::Close`].
        Close = "close",
    }
);

impl ActionKind {
    /// The Fluent message id of the action's button, e.g. `request-action-split-off`.
    pub fn message_id(self) -> String {
        format!("request-action-{}", self.as_str().replace('_', "-"))
    }
}

impl Action {
    /// The action's kind.
    pub fn kind(&self) -> ActionKind {
        match self {
            Action::Create => ActionKind::Create,
            Action::Edit => ActionKind::Edit,
            Action::Delete => ActionKind::Delete,
            Action::Send => ActionKind::Send,
            Action::Withdraw => ActionKind::Withdraw,
            Action::Accept { .. } => ActionKind::Accept,
            Action::Forward { .. } => ActionKind::Forward,
            Action::RequestInfo => ActionKind::RequestInfo,
            Action::ProvideInfo => ActionKind::ProvideInfo,
            Action::Answer => ActionKind::Answer,
            Action::SplitOff { .. } => ActionKind::SplitOff,
            Action::RequestClarification => ActionKind::RequestClarification,
            Action::Close { .. } => ActionKind::Close,
        }
    }
}

/// What the server must do besides storing the new state.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Effect {
    /// Store the agreed deadline (see [`AcceptDeadline::agreed_deadline`]).
    AgreeDeadline(AcceptDeadline),
    /// Give the request to `ForwardTarget`'s authority and clear the agreed deadline: the new
    /// holder accepts it afresh.
    Reassign(ForwardTarget),
    /// Create a new request from the same requester with these questions to `to`, in
    /// [`RequestState::AwaitingAcceptance`], and remove them from this one.
    SplitOff {
        /// The questions that move.
        questions: Vec<QuestionId>,
        /// The authority that gets them.
        to: AuthorityId,
    },
    /// Store the requester's ratings of the answer.
    Rate {
        /// How timely the answer was.
        timeliness: Rating,
        /// How much effort the answer shows.
        effort: Rating,
    },
}

/// The outcome of an allowed action.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Transition {
    /// The request is now in `state`; `effect` says what else to do.
    To {
        /// The new state.
        state: RequestState,
        /// The side effect, if any.
        effect: Option<Effect>,
    },
    /// The draft is deleted.
    Deleted,
}

impl Transition {
    /// The new state, or `None` when the request is gone.
    pub fn state(&self) -> Option<RequestState> {
        match self {
            Transition::To { state, .. } => Some(*state),
            Transition::Deleted => None,
        }
    }

    fn to(state: RequestState) -> Transition {
        Transition::To {
            state,
            effect: None,
        }
    }

    fn with(state: RequestState, effect: Effect) -> Transition {
        Transition::To {
            state,
            effect: Some(effect),
        }
    }
}

/// Why an action's data is refused.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum PayloadError {
    /// A proposed deadline outside `min..=max` days.
    #[error("the proposed deadline must be {min} to {max} days, not {days}")]
    DeadlineDaysOutOfRange {
        /// The fewest days allowed.
        min: u16,
        /// The most days allowed.
        max: u16,
        /// The days proposed.
        days: u16,
    },
    /// A split-off without questions.
    #[error("no questions to split off")]
    NoQuestions,
    /// A question listed twice in a split-off.
    #[error("question {0} is listed twice")]
    DuplicateQuestion(QuestionId),
}

impl PayloadError {
    /// The request-body field at fault, for a [`crate::error::FieldError`].
    pub fn field(&self) -> &'static str {
        match self {
            PayloadError::DeadlineDaysOutOfRange { .. } => "deadline",
            PayloadError::NoQuestions | PayloadError::DuplicateQuestion(_) => "questions",
        }
    }

    /// Why, as a field error's code.
    pub fn code(&self) -> crate::error::FieldCode {
        use crate::error::FieldCode;
        match self {
            PayloadError::DeadlineDaysOutOfRange { .. } => FieldCode::OutOfRange,
            PayloadError::NoQuestions => FieldCode::Missing,
            PayloadError::DuplicateQuestion(_) => FieldCode::Duplicate,
        }
    }

    /// The refusal as the API reports it, with the range a proposed deadline must keep to.
    pub fn field_error(&self) -> crate::error::FieldError {
        let error = crate::error::FieldError::new(self.field(), self.code());
        match self {
            PayloadError::DeadlineDaysOutOfRange { min, max, .. } => {
                error.with(crate::error::FieldParams {
                    min: Some(u64::from(*min)),
                    max: Some(u64::from(*max)),
                    ..crate::error::FieldParams::default()
                })
            }
            _ => error,
        }
    }
}

/// Why an action is refused, checked in this order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum TransitionError {
    /// The action does not exist in the request's current state (whoever tries it).
    #[error("`{action}` is not possible when the request is `{state}`")]
    NotInState {
        /// The request's state.
        state: RequestState,
        /// The refused action.
        action: ActionKind,
    },
    /// The action exists in this state, but not for this side.
    #[error("the {side} side may not `{action}`")]
    WrongSide {
        /// The actor's side.
        side: Side,
        /// The refused action.
        action: ActionKind,
    },
    /// The side is right but the actor lacks every role that allows it.
    #[error("`{action}` needs one of the roles {needed:?}")]
    MissingRole {
        /// The refused action.
        action: ActionKind,
        /// Any one of these would do.
        needed: &'static [Role],
    },
    /// The responding authority allocates and the request is not assigned to the actor:
    /// only an allocator may triage it (accept or forward).
    #[error("`{action}` is for the handler the request is assigned to")]
    NotAssigned {
        /// The refused action.
        action: ActionKind,
    },
    /// The action is allowed but its data is not.
    #[error("invalid `{action}`: {error}")]
    InvalidPayload {
        /// The refused action.
        action: ActionKind,
        /// What is wrong with its data.
        error: PayloadError,
    },
}

impl TransitionError {
    /// The API error code: 409-style `invalid_transition` for a wrong state, `forbidden` for a
    /// wrong side or role, `validation_failed` for bad data.
    pub fn code(&self) -> ErrorCode {
        match self {
            TransitionError::NotInState { .. } => ErrorCode::InvalidTransition,
            TransitionError::WrongSide { .. }
            | TransitionError::MissingRole { .. }
            | TransitionError::NotAssigned { .. } => ErrorCode::Forbidden,
            TransitionError::InvalidPayload { .. } => ErrorCode::ValidationFailed,
        }
    }
}

const HANDLER: &[Role] = &[Role::REQUEST_HANDLER];
/// Allocators triage incoming requests: they may accept or forward, not answer.
const HANDLER_OR_ALLOCATOR: &[Role] = &[Role::REQUEST_HANDLER, Role::ALLOCATOR];
const COORDINATOR: &[Role] = &[Role::COORDINATOR];

/// The rule table: in which states an action exists, and which side with which roles may take
/// it. Everything else about permissions derives from this one function.
fn rule(kind: ActionKind) -> (&'static [RequestState], &'static [(Side, &'static [Role])]) {
    use RequestState::*;
    use Side::*;
    match kind {
        ActionKind::Create => (&[], &[(Requesting, HANDLER)]),
        ActionKind::Edit | ActionKind::Delete | ActionKind::Send => {
            (&[Draft], &[(Requesting, HANDLER)])
        }
        ActionKind::Withdraw => (&[AwaitingAcceptance], &[(Requesting, HANDLER)]),
        ActionKind::Accept => (&[AwaitingAcceptance], &[(Responding, HANDLER_OR_ALLOCATOR)]),
        ActionKind::Forward => (
            &[AwaitingAcceptance, Accepted],
            &[
                (Responding, HANDLER_OR_ALLOCATOR),
                (Coordinator, COORDINATOR),
            ],
        ),
        ActionKind::RequestInfo | ActionKind::Answer | ActionKind::SplitOff => {
            (&[Accepted], &[(Responding, HANDLER)])
        }
        ActionKind::ProvideInfo => (&[InfoRequested], &[(Requesting, HANDLER)]),
        ActionKind::RequestClarification | ActionKind::Close => {
            (&[Answered], &[(Requesting, HANDLER)])
        }
    }
}

/// With allocation on, the responding side acts through the handler the request is assigned
/// to; an allocator may still accept or forward it (triage). Without allocation every handler
/// may act, as the rule table says.
fn allocation_permits(actor: &Actor, action: ActionKind) -> bool {
    actor.side != Side::Responding
        || match actor.allocation {
            Allocation::Off | Allocation::AssignedToReader => true,
            Allocation::NotAssignedToReader => {
                matches!(action, ActionKind::Accept | ActionKind::Forward)
                    && actor.has_role(Role::ALLOCATOR)
            }
        }
}

/// Checks state, side, roles and allocation (not the action's data): whether `actor` may
/// take an action of this kind on a request in `state` (`None`: a new one).
pub fn permit(
    state: Option<RequestState>,
    actor: &Actor,
    action: ActionKind,
) -> Result<(), TransitionError> {
    let (states, sides) = rule(action);
    if let Some(state) = state
        && !states.contains(&state)
    {
        return Err(TransitionError::NotInState { state, action });
    }
    let Some((_, needed)) = sides.iter().find(|(side, _)| *side == actor.side) else {
        return Err(TransitionError::WrongSide {
            side: actor.side,
            action,
        });
    };
    if !needed.iter().any(|role| actor.has_role(*role)) {
        return Err(TransitionError::MissingRole { action, needed });
    }
    if !allocation_permits(actor, action) {
        return Err(TransitionError::NotAssigned { action });
    }
    Ok(())
}

fn check_payload(action: &Action) -> Result<(), PayloadError> {
    match action {
        Action::Accept {
            deadline: AcceptDeadline::ProposeDays(days),
        } if !(AcceptDeadline::MIN_DAYS..=AcceptDeadline::MAX_DAYS).contains(days) => {
            Err(PayloadError::DeadlineDaysOutOfRange {
                min: AcceptDeadline::MIN_DAYS,
                max: AcceptDeadline::MAX_DAYS,
                days: *days,
            })
        }
        Action::SplitOff { questions, .. } => {
            if questions.is_empty() {
                return Err(PayloadError::NoQuestions);
            }
            for (index, question) in questions.iter().enumerate() {
                if questions[..index].contains(question) {
                    return Err(PayloadError::DuplicateQuestion(*question));
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Starts a new request: who may write one. Returns the state of the new request.
pub fn create(actor: &Actor) -> Result<RequestState, TransitionError> {
    permit(None, actor, ActionKind::Create)?;
    Ok(RequestState::Draft)
}

/// Applies `action` by `actor` to a request in `state`: the one function both the SPA and the
/// server use. Consumes the old state and returns the transition, or why it is refused (state
/// first, then side, then roles, then allocation, then the action's data).
pub fn transition(
    state: RequestState,
    actor: &Actor,
    action: &Action,
) -> Result<Transition, TransitionError> {
    let kind = action.kind();
    permit(Some(state), actor, kind)?;
    check_payload(action).map_err(|error| TransitionError::InvalidPayload {
        action: kind,
        error,
    })?;
    use RequestState::*;
    Ok(match action {
        // `Create` exists in no state, so `permit` has refused it already.
        Action::Create | Action::Edit => Transition::to(Draft),
        Action::Delete => Transition::Deleted,
        Action::Send => Transition::to(AwaitingAcceptance),
        Action::Withdraw => Transition::to(Withdrawn),
        Action::Accept { deadline } => Transition::with(Accepted, Effect::AgreeDeadline(*deadline)),
        Action::Forward { to } => Transition::with(AwaitingAcceptance, Effect::Reassign(*to)),
        Action::RequestInfo => Transition::to(InfoRequested),
        Action::ProvideInfo | Action::RequestClarification => Transition::to(Accepted),
        Action::Answer => Transition::to(Answered),
        Action::SplitOff { questions, to } => Transition::with(
            Accepted,
            Effect::SplitOff {
                questions: questions.clone(),
                to: *to,
            },
        ),
        Action::Close { timeliness, effort } => Transition::with(
            Closed,
            Effect::Rate {
                timeliness: *timeliness,
                effort: *effort,
            },
        ),
    })
}

/// The actions `actor` may take on a request in `state`, for the UI's buttons. Exactly the
/// kinds for which [`transition`] succeeds given valid data.
pub fn allowed_actions(state: RequestState, actor: &Actor) -> Vec<ActionKind> {
    ActionKind::ALL
        .iter()
        .copied()
        .filter(|kind| permit(Some(state), actor, *kind).is_ok())
        .collect()
}

/// Whether a request is overdue on `today`: the responder still owes an answer and the agreed
/// deadline (the last day to answer on) has passed. Without an agreed deadline (not yet
/// accepted) nothing is overdue.
pub fn is_overdue(state: RequestState, agreed_deadline: Option<Date>, today: Date) -> bool {
    state.awaits_answer() && agreed_deadline.is_some_and(|deadline| today > deadline)
}

/// Why a coordinator may not re-route a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum RerouteRefusal {
    /// The request is held by an authority of another country (or by none): a coordinator
    /// sees requests its country sent abroad, but moving them is the holder's country's
    /// business.
    #[error("the request is held abroad")]
    HeldAbroad,
    /// The chosen authority is of another country: a coordinator finds the competent
    /// authority in its own country; abroad, the holder forwards it itself.
    #[error("the authority is of another country")]
    TargetAbroad,
}

/// Whether a coordinator of `coordinator` may re-route a request held by an authority of
/// `holder` to an authority of `target` (`None` while the target is not chosen yet, as when
/// the UI decides whether to offer the action).
pub fn check_reroute(
    coordinator: CountryCode,
    holder: Option<CountryCode>,
    target: Option<CountryCode>,
) -> Result<(), RerouteRefusal> {
    if holder != Some(coordinator) {
        return Err(RerouteRefusal::HeldAbroad);
    }
    if target.is_some_and(|target| target != coordinator) {
        return Err(RerouteRefusal::TargetAbroad);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ActionKind as K;
    use RequestState as S;

    fn everyone(side: Side) -> Actor {
        Actor::new(side, Role::all())
    }

    /// A valid action of each kind.
    fn sample(kind: ActionKind) -> Action {
        match kind {
            K::Create => Action::Create,
            K::Edit => Action::Edit,
            K::Delete => Action::Delete,
            K::Send => Action::Send,
            K::Withdraw => Action::Withdraw,
            K::Accept => Action::Accept {
                deadline: AcceptDeadline::AsRequested,
            },
            K::Forward => Action::Forward {
                to: ForwardTarget::Authority(AuthorityId(7)),
            },
            K::RequestInfo => Action::RequestInfo,
            K::ProvideInfo => Action::ProvideInfo,
            K::Answer => Action::Answer,
            K::SplitOff => Action::SplitOff {
                questions: vec![QuestionId(3)],
                to: AuthorityId(8),
            },
            K::RequestClarification => Action::RequestClarification,
            K::Close => Action::Close {
                timeliness: Rating::Positive,
                effort: Rating::Neutral,
            },
        }
    }

    /// Every allowed (state, action, side) and the state it leads to (`None`: deleted). All
    /// other triples must be refused.
    const ALLOWED: &[(RequestState, ActionKind, Side, Option<RequestState>)] = {
        use Side::*;
        &[
            (S::Draft, K::Edit, Requesting, Some(S::Draft)),
            (S::Draft, K::Delete, Requesting, None),
            (S::Draft, K::Send, Requesting, Some(S::AwaitingAcceptance)),
            (
                S::AwaitingAcceptance,
                K::Withdraw,
                Requesting,
                Some(S::Withdrawn),
            ),
            (
                S::AwaitingAcceptance,
                K::Accept,
                Responding,
                Some(S::Accepted),
            ),
            (
                S::AwaitingAcceptance,
                K::Forward,
                Responding,
                Some(S::AwaitingAcceptance),
            ),
            (
                S::AwaitingAcceptance,
                K::Forward,
                Coordinator,
                Some(S::AwaitingAcceptance),
            ),
            (
                S::Accepted,
                K::Forward,
                Responding,
                Some(S::AwaitingAcceptance),
            ),
            (
                S::Accepted,
                K::Forward,
                Coordinator,
                Some(S::AwaitingAcceptance),
            ),
            (
                S::Accepted,
                K::RequestInfo,
                Responding,
                Some(S::InfoRequested),
            ),
            (S::Accepted, K::Answer, Responding, Some(S::Answered)),
            (S::Accepted, K::SplitOff, Responding, Some(S::Accepted)),
            (
                S::InfoRequested,
                K::ProvideInfo,
                Requesting,
                Some(S::Accepted),
            ),
            (
                S::Answered,
                K::RequestClarification,
                Requesting,
                Some(S::Accepted),
            ),
            (S::Answered, K::Close, Requesting, Some(S::Closed)),
        ]
    };

    #[test]
    fn every_state_action_side_triple() {
        let sides = [Side::Requesting, Side::Responding, Side::Coordinator];
        let mut checked = 0;
        for &state in S::ALL {
            for &kind in K::ALL {
                for side in sides {
                    checked += 1;
                    let expected = ALLOWED
                        .iter()
                        .find(|(s, k, d, _)| (*s, *k, *d) == (state, kind, side))
                        .map(|(_, _, _, next)| *next);
                    let got = transition(state, &everyone(side), &sample(kind));
                    match (expected, got) {
                        (Some(next), Ok(t)) => assert_eq!(t.state(), next, "{state} {kind} {side}"),
                        (None, Err(e)) => {
                            // In a state where the action exists, the refusal names the side.
                            let exists = ALLOWED.iter().any(|(s, k, ..)| (*s, *k) == (state, kind));
                            let want_side = matches!(e, TransitionError::WrongSide { .. });
                            assert_eq!(exists, want_side, "{state} {kind} {side}: {e}");
                        }
                        (expected, got) => panic!("{state} {kind} {side}: {expected:?} vs {got:?}"),
                    }
                    let offered = allowed_actions(state, &everyone(side)).contains(&kind);
                    assert_eq!(
                        offered,
                        expected.is_some(),
                        "UI offer for {state} {kind} {side}"
                    );
                }
            }
        }
        assert_eq!(checked, 7 * 13 * 3);
    }

    #[test]
    fn terminal_states_allow_nothing() {
        for &state in S::ALL.iter().filter(|s| s.is_terminal()) {
            for side in [Side::Requesting, Side::Responding, Side::Coordinator] {
                assert!(allowed_actions(state, &everyone(side)).is_empty());
            }
        }
    }

    #[test]
    fn roles() {
        let allocator = Actor::new(Side::Responding, [Role::ALLOCATOR]);
        assert_eq!(
            allowed_actions(S::AwaitingAcceptance, &allocator),
            [K::Accept, K::Forward]
        );
        assert_eq!(allowed_actions(S::Accepted, &allocator), [K::Forward]);
        assert_eq!(
            transition(S::Accepted, &allocator, &Action::Answer),
            Err(TransitionError::MissingRole {
                action: K::Answer,
                needed: HANDLER
            })
        );
        let admin = Actor::new(
            Side::Requesting,
            [Role::LOCAL_ADMINISTRATOR, Role::COMMISSION_OBSERVER],
        );
        for &state in S::ALL {
            assert!(allowed_actions(state, &admin).is_empty(), "{state}");
        }
        assert!(create(&admin).is_err());
        let handler = Actor::new(Side::Requesting, [Role::REQUEST_HANDLER]);
        assert_eq!(create(&handler), Ok(S::Draft));
        assert!(matches!(
            create(&Actor::new(Side::Responding, [Role::REQUEST_HANDLER])),
            Err(TransitionError::WrongSide { .. })
        ));
        // A coordinator may re-route, but not with a handler's role alone.
        let coordinator_without_role = Actor::new(Side::Coordinator, [Role::REQUEST_HANDLER]);
        assert!(allowed_actions(S::Accepted, &coordinator_without_role).is_empty());
        let coordinator = Actor::new(Side::Coordinator, [Role::COORDINATOR]);
        assert_eq!(allowed_actions(S::Accepted, &coordinator), [K::Forward]);
    }

    #[test]
    fn allocation_leaves_triage_to_allocators_and_the_rest_to_the_assigned_handler() {
        let handler = |allocation| {
            Actor::new(Side::Responding, [Role::REQUEST_HANDLER]).allocating(allocation)
        };
        let allocator = |allocation| {
            Actor::new(Side::Responding, [Role::REQUEST_HANDLER, Role::ALLOCATOR])
                .allocating(allocation)
        };
        let elsewhere = Allocation::NotAssignedToReader;
        // A handler the request is not assigned to is offered nothing, and refused.
        for &state in S::ALL {
            assert!(
                allowed_actions(state, &handler(elsewhere)).is_empty(),
                "{state}"
            );
        }
        assert_eq!(
            transition(S::Accepted, &handler(elsewhere), &Action::Answer),
            Err(TransitionError::NotAssigned { action: K::Answer })
        );
        assert_eq!(
            TransitionError::NotAssigned { action: K::Answer }.code(),
            ErrorCode::Forbidden
        );
        // An allocator triages what is not assigned to it, and answers only what is.
        assert_eq!(
            allowed_actions(S::AwaitingAcceptance, &allocator(elsewhere)),
            [K::Accept, K::Forward]
        );
        assert_eq!(
            allowed_actions(S::Accepted, &allocator(elsewhere)),
            [K::Forward]
        );
        assert_eq!(
            allowed_actions(S::Accepted, &allocator(Allocation::AssignedToReader)),
            allowed_actions(S::Accepted, &allocator(Allocation::Off))
        );
        // The assigned handler acts as any handler does without allocation.
        for &state in S::ALL {
            assert_eq!(
                allowed_actions(state, &handler(Allocation::AssignedToReader)),
                allowed_actions(state, &handler(Allocation::Off)),
                "{state}"
            );
        }
        // Allocation concerns the responder only.
        let requester = Actor::new(Side::Requesting, [Role::REQUEST_HANDLER]).allocating(elsewhere);
        assert_eq!(
            allowed_actions(S::Answered, &requester),
            [K::RequestClarification, K::Close]
        );
        assert_eq!(Allocation::of(false, true), Allocation::Off);
        assert_eq!(Allocation::of(true, false), elsewhere);
    }

    #[test]
    fn create_is_never_a_transition() {
        for &state in S::ALL {
            assert_eq!(
                transition(state, &everyone(Side::Requesting), &Action::Create),
                Err(TransitionError::NotInState {
                    state,
                    action: K::Create
                })
            );
        }
    }

    #[test]
    fn effects() {
        let responder = everyone(Side::Responding);
        let accept = Action::Accept {
            deadline: AcceptDeadline::ProposeDays(30),
        };
        assert_eq!(
            transition(S::AwaitingAcceptance, &responder, &accept),
            Ok(Transition::To {
                state: S::Accepted,
                effect: Some(Effect::AgreeDeadline(AcceptDeadline::ProposeDays(30)))
            })
        );
        let forward = Action::Forward {
            to: ForwardTarget::Coordinator(AuthorityId(2)),
        };
        assert_eq!(
            transition(S::Accepted, &responder, &forward),
            Ok(Transition::To {
                state: S::AwaitingAcceptance,
                effect: Some(Effect::Reassign(ForwardTarget::Coordinator(AuthorityId(2))))
            })
        );
        let split = Action::SplitOff {
            questions: vec![QuestionId(1), QuestionId(4)],
            to: AuthorityId(9),
        };
        assert_eq!(
            transition(S::Accepted, &responder, &split).unwrap(),
            Transition::To {
                state: S::Accepted,
                effect: Some(Effect::SplitOff {
                    questions: vec![QuestionId(1), QuestionId(4)],
                    to: AuthorityId(9)
                })
            }
        );
        let close = Action::Close {
            timeliness: Rating::Negative,
            effort: Rating::Positive,
        };
        assert_eq!(
            transition(S::Answered, &everyone(Side::Requesting), &close).unwrap(),
            Transition::To {
                state: S::Closed,
                effect: Some(Effect::Rate {
                    timeliness: Rating::Negative,
                    effort: Rating::Positive
                })
            }
        );
    }

    #[test]
    fn payloads() {
        let responder = everyone(Side::Responding);
        for (days, ok) in [(0, false), (1, true), (365, true), (366, false)] {
            let accept = Action::Accept {
                deadline: AcceptDeadline::ProposeDays(days),
            };
            let result = transition(S::AwaitingAcceptance, &responder, &accept);
            assert_eq!(result.is_ok(), ok, "{days}");
            if let Err(error) = result {
                assert_eq!(error.code(), ErrorCode::ValidationFailed);
            }
        }
        let empty = Action::SplitOff {
            questions: vec![],
            to: AuthorityId(1),
        };
        assert_eq!(
            transition(S::Accepted, &responder, &empty),
            Err(TransitionError::InvalidPayload {
                action: K::SplitOff,
                error: PayloadError::NoQuestions
            })
        );
        let twice = Action::SplitOff {
            questions: vec![QuestionId(1), QuestionId(1)],
            to: AuthorityId(1),
        };
        let error = transition(S::Accepted, &responder, &twice).unwrap_err();
        assert!(matches!(
            &error,
            TransitionError::InvalidPayload { error: e, .. } if e.code() == crate::error::FieldCode::Duplicate && e.field() == "questions"
        ));
        // The state is checked before the data.
        assert!(matches!(
            transition(S::Draft, &responder, &empty),
            Err(TransitionError::NotInState { .. })
        ));
    }

    #[test]
    fn error_codes() {
        let requester = everyone(Side::Requesting);
        let wrong_state = transition(S::Closed, &requester, &Action::Edit).unwrap_err();
        assert_eq!(wrong_state.code(), ErrorCode::InvalidTransition);
        let wrong_side = transition(S::Accepted, &requester, &Action::Answer).unwrap_err();
        assert_eq!(wrong_side.code(), ErrorCode::Forbidden);
    }

    #[test]
    fn deadlines_and_overdue() {
        let d = |s| Date::parse(s).unwrap();
        let requested = d("2025-03-31");
        assert_eq!(
            AcceptDeadline::AsRequested.agreed_deadline(requested, d("2025-03-01")),
            Some(requested)
        );
        assert_eq!(
            AcceptDeadline::ProposeDays(14).agreed_deadline(requested, d("2024-02-20")),
            Some(d("2024-03-05"))
        );
        let deadline = Some(d("2025-03-31"));
        assert!(
            !is_overdue(S::Accepted, deadline, d("2025-03-31")),
            "the last day is still in time"
        );
        assert!(is_overdue(S::Accepted, deadline, d("2025-04-01")));
        assert!(is_overdue(S::InfoRequested, deadline, d("2025-04-01")));
        for state in [
            S::Draft,
            S::AwaitingAcceptance,
            S::Answered,
            S::Closed,
            S::Withdrawn,
        ] {
            assert!(!is_overdue(state, deadline, d("2026-01-01")), "{state}");
        }
        assert!(!is_overdue(S::Accepted, None, d("2026-01-01")));
    }

    #[test]
    fn wire_shapes() {
        let json = |a: &Action| serde_json::to_value(a).unwrap();
        assert_eq!(json(&Action::Send), serde_json::json!({"action": "send"}));
        assert_eq!(
            json(&Action::Accept {
                deadline: AcceptDeadline::ProposeDays(10)
            }),
            serde_json::json!({"action": "accept", "deadline": {"propose_days": 10}})
        );
        assert_eq!(
            json(&Action::Accept {
                deadline: AcceptDeadline::AsRequested
            }),
            serde_json::json!({"action": "accept", "deadline": "as_requested"})
        );
        assert_eq!(
            json(&Action::Forward {
                to: ForwardTarget::Coordinator(AuthorityId(3))
            }),
            serde_json::json!({"action": "forward", "to": {"coordinator": 3}})
        );
        for &kind in K::ALL {
            let action = sample(kind);
            assert_eq!(json(&action)["action"], kind.as_str());
            let back: Action = serde_json::from_value(json(&action)).unwrap();
            assert_eq!(back, action);
        }
        assert_eq!(
            serde_json::to_string(&S::InfoRequested).unwrap(),
            "\"info_requested\""
        );
    }

    #[test]
    fn coordinators_reroute_only_within_their_country() {
        let lv = CountryCode::parse("LV").unwrap();
        let pt = CountryCode::parse("PT").unwrap();
        assert_eq!(check_reroute(lv, Some(lv), Some(lv)), Ok(()));
        assert_eq!(check_reroute(lv, Some(lv), None), Ok(()));
        assert_eq!(
            check_reroute(lv, Some(pt), Some(lv)),
            Err(RerouteRefusal::HeldAbroad)
        );
        assert_eq!(
            check_reroute(lv, None, None),
            Err(RerouteRefusal::HeldAbroad)
        );
        assert_eq!(
            check_reroute(lv, Some(lv), Some(pt)),
            Err(RerouteRefusal::TargetAbroad)
        );
    }
}
