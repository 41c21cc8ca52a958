//! The life of an alert, as one state machine used by the SPA (to offer only the actions that
//! will work) and by the server (to refuse all others).
//!
//! | state             | action             | side (roles)                             | new state         |
//! |-------------------|--------------------|------------------------------------------|-------------------|
//! | (none)            | create             | sender (H)                               | draft             |
//! | draft             | edit, delete       | sender (H)                               | draft / (deleted) |
//! | draft             | send               | sender (H)                               | awaiting approval where the sending country approves, else sent |
//! | awaiting approval | approve            | sending coordinator (AC)                 | sent              |
//! | awaiting approval | reject (note)      | sending coordinator (AC)                 | draft             |
//! | awaiting approval | withdraw (note)    | sender (H)                               | withdrawn         |
//! | sent, closure p.  | acknowledge        | receiving coordinator (AC)               | (same)            |
//! | sent, closure p.  | pass on            | receiving coordinator (AC)               | (same)            |
//! | sent, closure p.  | acknowledge receipt| recipient (H)                            | (same)            |
//! | sent              | modify             | sender (H), sending coordinator (AC)     | sent              |
//! | sent              | propose closure    | recipient (H), receiving coordinator (AC)| closure proposed  |
//! | closure proposed  | reject closure     | sender (H), sending coordinator (AC)     | sent              |
//! | sent, closure p.  | withdraw (note)    | sender (H), sending coordinator (AC)     | withdrawn         |
//! | sent, closure p.  | close              | sender (H), sending coordinator (AC)     | closed            |
//!
//! Roles: H request handler, AC alert coordinator. Closed and withdrawn are final.
//!
//! - **Modified is not a state.** A modification changes the fields of a sent alert and tells
//!   every recipient; the alert stays sent, and its revision counts the changes.
//! - **Per-country delivery is its own small machine** ([`Delivery`]): each receiving
//!   country's alert coordinators acknowledge the alert once and pass it on to the
//!   authorities competent for it, as often as they find more.
//! - A user may be on several sides of one alert at once (an alert coordinator whose own
//!   authority was passed the alert); an action is allowed when any of them allows it.

use crate::error::ErrorCode;
use crate::macros::wire_enum;
use crate::{AuthorityId, Role};
use serde::{Deserialize, Serialize};

wire_enum!(
    /// Where an alert stands.
    pub enum AlertState {
        /// Being written by the sending authority; nobody else sees it.
        Draft = "draft",
        /// Sent by its author, waiting for the sending country's alert coordinator.
        AwaitingApproval = "awaiting_approval",
        /// With the receiving countries.
        Sent = "sent",
        /// A recipient proposed to close it; the sender decides.
        ClosureProposed = "closure_proposed",
        /// Closed by the sender. Final.
        Closed = "closed",
        /// Withdrawn by the sender. Final.
        Withdrawn = "withdrawn",
    }
);

impl AlertState {
    /// Whether no action can leave this state.
    pub fn is_terminal(self) -> bool {
        matches!(self, AlertState::Closed | AlertState::Withdrawn)
    }

    /// Whether the receiving countries have it: sent and not yet closed or withdrawn.
    pub fn in_force(self) -> bool {
        matches!(self, AlertState::Sent | AlertState::ClosureProposed)
    }

    /// Whether it ever reached the receiving countries (in force or ended after).
    pub fn was_sent(self, sent: bool) -> bool {
        sent && self != AlertState::Draft && self != AlertState::AwaitingApproval
    }

    /// The Fluent message id of the state's name, e.g. `alert-state-closure-proposed`.
    pub fn message_id(self) -> String {
        format!("alert-state-{}", self.as_str().replace('_', "-"))
    }
}

wire_enum!(
    /// An actor's relation to an alert.
    pub enum AlertSide {
        /// A user of the authority that wrote it.
        Sender = "sender",
        /// An alert coordinator of the sending authority's country.
        SendingCoordinator = "sending_coordinator",
        /// An alert coordinator of a country it was sent to.
        ReceivingCoordinator = "receiving_coordinator",
        /// A user of an authority it was passed on to.
        Recipient = "recipient",
        /// Someone who may know that it exists and nothing personal: the Commission, where
        /// the kind sends it a copy without personal data.
        Observer = "observer",
    }
);

/// Who attempts an action: every side they are on and the roles they hold.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AlertActor {
    /// Their relations to the alert.
    pub sides: Vec<AlertSide>,
    /// Their roles inside their authority.
    pub roles: Vec<Role>,
}

impl AlertActor {
    /// An actor on `sides` holding `roles`.
    pub fn new(
        sides: impl IntoIterator<Item = AlertSide>,
        roles: impl IntoIterator<Item = Role>,
    ) -> AlertActor {
        AlertActor {
            sides: sides.into_iter().collect(),
            roles: roles.into_iter().collect(),
        }
    }

    /// Whether the actor is on `side`.
    pub fn is(&self, side: AlertSide) -> bool {
        self.sides.contains(&side)
    }

    /// Whether personal data of the alert is theirs to see: the sender, the coordinators and
    /// the authorities it was passed on to have a need to know; an observer does not.
    pub fn needs_to_know(&self) -> bool {
        self.sides.iter().any(|side| *side != AlertSide::Observer)
    }
}

/// Something done to an alert, with its data. On the wire: `{"action": "pass_on", ...}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum AlertAction {
    /// Start a new draft (see [`create`]; never valid on an existing alert).
    Create,
    /// Change a draft (the draft itself is the body of its own route).
    Edit,
    /// Delete a draft.
    Delete,
    /// Send the draft, or submit it for approval where the sending country approves.
    Send,
    /// Approve a submitted alert: it goes.
    Approve,
    /// Return a submitted alert to its sender as a draft (with a note saying why).
    Reject,
    /// Acknowledge, for the coordinator's country, that the alert arrived.
    Acknowledge,
    /// Pass the alert on to competent authorities of the coordinator's country.
    PassOn {
        /// The authorities that get it.
        authorities: Vec<AuthorityId>,
    },
    /// Acknowledge, for a recipient authority, that the alert arrived.
    AcknowledgeReceipt,
    /// Change the fields of a sent alert (the new fields are the body of the edit route).
    Modify,
    /// Take the alert back (with a note saying why).
    Withdraw {
        /// Whether it proved to be unfounded: every recipient is told so.
        #[serde(default)]
        proved_wrong: bool,
    },
    /// Propose that the sender close the alert (with a note saying why).
    ProposeClosure,
    /// Keep the alert open after a proposal to close it.
    RejectClosure,
    /// Close the alert: it no longer applies.
    Close,
}

wire_enum!(
    /// The kind of an [`AlertAction`], without its data: what the UI offers as buttons.
    pub enum AlertActionKind {
        /// [`AlertAction::Create`].
        Create = "create",
        /// [`AlertAction::Edit`].
        Edit = "edit",
        /// [`AlertAction::Delete`].
        Delete = "delete",
        /// [`AlertAction::Send`].
        Send = "send",
        /// [`AlertAction::Approve`].
        Approve = "approve",
        /// [`AlertAction::Reject`].
        Reject = "reject",
        /// [`AlertAction::Acknowledge`].
        Acknowledge = "acknowledge",
        /// [`AlertAction::PassOn`].
        PassOn = "pass_on",
        /// [`AlertAction::AcknowledgeReceipt`].
        AcknowledgeReceipt = "acknowledge_receipt",
        /// [`AlertAction::Modify`].
        Modify = "modify",
        /// [`AlertAction::Withdraw`].
        Withdraw = "withdraw",
        /// [`AlertAction::ProposeClosure`].
        ProposeClosure = "propose_closure",
        /// [`AlertAction::RejectClosure`].
        RejectClosure = "reject_closure",
        /// [`AlertAction::Close`].
        Close = "close",
    }
);

impl AlertActionKind {
    /// The Fluent message id of the action's button, e.g. `alert-action-pass-on`.
    pub fn message_id(self) -> String {
        format!("alert-action-{}", self.as_str().replace('_', "-"))
    }

    /// Whether the action changes only the actor's country's or authority's part of the alert
    /// (acknowledging, passing on): other countries acting meanwhile do not make it stale, so
    /// the server guards it by the alert's state and its own rows, not by the alert's version.
    pub fn concerns_own_rows_only(self) -> bool {
        matches!(
            self,
            AlertActionKind::Acknowledge
                | AlertActionKind::PassOn
                | AlertActionKind::AcknowledgeReceipt
        )
    }

    /// Whether the action must say why, in a note the others read.
    pub fn needs_note(self) -> bool {
        matches!(
            self,
            AlertActionKind::Reject | AlertActionKind::Withdraw | AlertActionKind::ProposeClosure
        )
    }
}

impl AlertAction {
    /// The action's kind.
    pub fn kind(&self) -> AlertActionKind {
        match self {
            AlertAction::Create => AlertActionKind::Create,
            AlertAction::Edit => AlertActionKind::Edit,
            AlertAction::Delete => AlertActionKind::Delete,
            AlertAction::Send => AlertActionKind::Send,
            AlertAction::Approve => AlertActionKind::Approve,
            AlertAction::Reject => AlertActionKind::Reject,
            AlertAction::Acknowledge => AlertActionKind::Acknowledge,
            AlertAction::PassOn { .. } => AlertActionKind::PassOn,
            AlertAction::AcknowledgeReceipt => AlertActionKind::AcknowledgeReceipt,
            AlertAction::Modify => AlertActionKind::Modify,
            AlertAction::Withdraw { .. } => AlertActionKind::Withdraw,
            AlertAction::ProposeClosure => AlertActionKind::ProposeClosure,
            AlertAction::RejectClosure => AlertActionKind::RejectClosure,
            AlertAction::Close => AlertActionKind::Close,
        }
    }
}

/// What the server must do besides storing the new state.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AlertEffect {
    /// Deliver the alert to its countries' alert coordinators (and the Commission's copy).
    Distribute,
    /// Record the coordinator's country's acknowledgement.
    AcknowledgeCountry,
    /// Give the alert to these authorities of the coordinator's country (which also
    /// acknowledges the country's receipt, if not yet done).
    PassOn(Vec<AuthorityId>),
    /// Record the recipient authority's acknowledgement.
    AcknowledgeAuthority,
    /// Store the new fields and count a revision.
    Revise,
    /// Tell every recipient the alert proved unfounded.
    ProvedWrong,
}

/// The outcome of an allowed action.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AlertTransition {
    /// The alert is now in `state`; `effect` says what else to do.
    To {
        /// The new state.
        state: AlertState,
        /// The side effect, if any.
        effect: Option<AlertEffect>,
    },
    /// The draft is deleted.
    Deleted,
}

impl AlertTransition {
    /// The new state, or `None` when the alert is gone.
    pub fn state(&self) -> Option<AlertState> {
        match self {
            AlertTransition::To { state, .. } => Some(*state),
            AlertTransition::Deleted => None,
        }
    }

    /// The side effect, if any.
    pub fn effect(&self) -> Option<&AlertEffect> {
        match self {
            AlertTransition::To { effect, .. } => effect.as_ref(),
            AlertTransition::Deleted => None,
        }
    }

    fn to(state: AlertState) -> AlertTransition {
        AlertTransition::To {
            state,
            effect: None,
        }
    }

    fn with(state: AlertState, effect: AlertEffect) -> AlertTransition {
        AlertTransition::To {
            state,
            effect: Some(effect),
        }
    }
}

/// Why an action is refused, checked in this order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum AlertTransitionError {
    /// The action does not exist in the alert's current state (whoever tries it): someone
    /// acted first, or the client is stale.
    #[error("`{action}` is not possible when the alert is `{state}`")]
    NotInState {
        /// The alert's state.
        state: AlertState,
        /// The refused action.
        action: AlertActionKind,
    },
    /// The action exists in this state, but for none of the actor's sides.
    #[error("none of the actor's sides may `{action}`")]
    WrongSide {
        /// The refused action.
        action: AlertActionKind,
    },
    /// A side is right but the actor lacks the role that allows it there.
    #[error("`{action}` needs one of the roles {needed:?}")]
    MissingRole {
        /// The refused action.
        action: AlertActionKind,
        /// Any one of these would do.
        needed: &'static [Role],
    },
    /// A pass-on to no authority.
    #[error("a pass-on names at least one authority")]
    NoAuthorities,
    /// A pass-on naming one authority twice.
    #[error("a pass-on names each authority once")]
    DuplicateAuthority,
}

impl AlertTransitionError {
    /// The API error code: 409-style `invalid_transition` for a wrong state, `forbidden` for a
    /// wrong side or role, `validation_failed` for bad data.
    pub fn code(&self) -> ErrorCode {
        match self {
            AlertTransitionError::NotInState { .. } => ErrorCode::InvalidTransition,
            AlertTransitionError::WrongSide { .. } | AlertTransitionError::MissingRole { .. } => {
                ErrorCode::Forbidden
            }
            AlertTransitionError::NoAuthorities | AlertTransitionError::DuplicateAuthority => {
                ErrorCode::ValidationFailed
            }
        }
    }
}

const HANDLER: &[Role] = &[Role::REQUEST_HANDLER];
const ALERT_COORDINATOR: &[Role] = &[Role::ALERT_COORDINATOR];

type Rule = (
    &'static [AlertState],
    &'static [(AlertSide, &'static [Role])],
);

/// The rule table: in which states an action exists, and which side with which roles may take
/// it. Everything else about permissions derives from this one function.
fn rule(kind: AlertActionKind) -> Rule {
    use AlertSide::*;
    use AlertState::*;
    const OPEN: &[AlertState] = &[Sent, ClosureProposed];
    const AUTHOR: &[(AlertSide, &[Role])] =
        &[(Sender, HANDLER), (SendingCoordinator, ALERT_COORDINATOR)];
    match kind {
        AlertActionKind::Create => (&[], &[(Sender, HANDLER)]),
        AlertActionKind::Edit | AlertActionKind::Delete | AlertActionKind::Send => {
            (&[Draft], &[(Sender, HANDLER)])
        }
        AlertActionKind::Approve | AlertActionKind::Reject => (
            &[AwaitingApproval],
            &[(SendingCoordinator, ALERT_COORDINATOR)],
        ),
        AlertActionKind::Acknowledge | AlertActionKind::PassOn => {
            (OPEN, &[(ReceivingCoordinator, ALERT_COORDINATOR)])
        }
        AlertActionKind::AcknowledgeReceipt => (OPEN, &[(Recipient, HANDLER)]),
        AlertActionKind::Modify => (&[Sent], AUTHOR),
        AlertActionKind::ProposeClosure => (
            &[Sent],
            &[
                (Recipient, HANDLER),
                (ReceivingCoordinator, ALERT_COORDINATOR),
            ],
        ),
        AlertActionKind::RejectClosure => (&[ClosureProposed], AUTHOR),
        AlertActionKind::Withdraw => (&[AwaitingApproval, Sent, ClosureProposed], AUTHOR),
        AlertActionKind::Close => (OPEN, AUTHOR),
    }
}

/// Checks state, sides and roles (not the action's data): whether `actor` may take an action
/// of this kind on an alert in `state` (`None`: a new one).
pub fn permit(
    state: Option<AlertState>,
    actor: &AlertActor,
    action: AlertActionKind,
) -> Result<(), AlertTransitionError> {
    let (states, sides) = rule(action);
    if let Some(state) = state
        && !states.contains(&state)
    {
        return Err(AlertTransitionError::NotInState { state, action });
    }
    let mut mine = sides.iter().filter(|(side, _)| actor.is(*side)).peekable();
    let Some((_, first_needed)) = mine.peek().copied() else {
        return Err(AlertTransitionError::WrongSide { action });
    };
    if mine.any(|(_, needed)| needed.iter().any(|role| actor.roles.contains(role))) {
        Ok(())
    } else {
        Err(AlertTransitionError::MissingRole {
            action,
            needed: first_needed,
        })
    }
}

/// Starts a new alert: who may write one. Returns the state of the new alert.
pub fn create(actor: &AlertActor) -> Result<AlertState, AlertTransitionError> {
    permit(None, actor, AlertActionKind::Create)?;
    Ok(AlertState::Draft)
}

/// Applies `action` by `actor` to an alert in `state`: the one function both the SPA and the
/// server use. `needs_approval` says whether the sending country's alert coordinator approves
/// its alerts ([`crate::alert::AlertKinds::needs_approval`]).
pub fn transition(
    state: AlertState,
    actor: &AlertActor,
    action: &AlertAction,
    needs_approval: bool,
) -> Result<AlertTransition, AlertTransitionError> {
    permit(Some(state), actor, action.kind())?;
    use AlertState::*;
    Ok(match action {
        // `Create` exists in no state, so `permit` has refused it already.
        AlertAction::Create | AlertAction::Edit => AlertTransition::to(Draft),
        AlertAction::Delete => AlertTransition::Deleted,
        AlertAction::Send if needs_approval => AlertTransition::to(AwaitingApproval),
        AlertAction::Send | AlertAction::Approve => {
            AlertTransition::with(Sent, AlertEffect::Distribute)
        }
        AlertAction::Reject => AlertTransition::to(Draft),
        AlertAction::Acknowledge => AlertTransition::with(state, AlertEffect::AcknowledgeCountry),
        AlertAction::PassOn { authorities } => {
            let unique: std::collections::BTreeSet<_> = authorities.iter().collect();
            if authorities.is_empty() {
                return Err(AlertTransitionError::NoAuthorities);
            }
            if unique.len() != authorities.len() {
                return Err(AlertTransitionError::DuplicateAuthority);
            }
            AlertTransition::with(state, AlertEffect::PassOn(authorities.clone()))
        }
        AlertAction::AcknowledgeReceipt => {
            AlertTransition::with(state, AlertEffect::AcknowledgeAuthority)
        }
        AlertAction::Modify => AlertTransition::with(Sent, AlertEffect::Revise),
        AlertAction::Withdraw { proved_wrong: true } if state != AwaitingApproval => {
            AlertTransition::with(Withdrawn, AlertEffect::ProvedWrong)
        }
        AlertAction::Withdraw { .. } => AlertTransition::to(Withdrawn),
        AlertAction::ProposeClosure => AlertTransition::to(ClosureProposed),
        AlertAction::RejectClosure => AlertTransition::to(Sent),
        AlertAction::Close => AlertTransition::to(Closed),
    })
}

/// The actions `actor` may take on an alert in `state`, for the UI's buttons. Exactly the
/// kinds for which [`transition`] succeeds given valid data.
pub fn allowed_actions(state: AlertState, actor: &AlertActor) -> Vec<AlertActionKind> {
    AlertActionKind::ALL
        .iter()
        .copied()
        .filter(|kind| permit(Some(state), actor, *kind).is_ok())
        .collect()
}

/// The caller's own part of a sent alert, which the state alone does not say: where it
/// stands in their country (a receiving coordinator) and whether their authority (a
/// recipient) acknowledged receipt.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OwnPart {
    /// The delivery to the country the caller coordinates, if they do.
    pub delivery: Option<Delivery>,
    /// Whether the caller's authority, if it was passed the alert, acknowledged receipt.
    pub receipt_acknowledged: bool,
}

/// The actions `actor` may take now, for the UI's buttons: [`allowed_actions`] less the
/// acknowledgements their country or authority has already given, which the server refuses
/// (409) once given.
pub fn allowed_actions_now(
    state: AlertState,
    actor: &AlertActor,
    own: OwnPart,
) -> Vec<AlertActionKind> {
    allowed_actions(state, actor)
        .into_iter()
        .filter(|action| match action {
            AlertActionKind::Acknowledge => own
                .delivery
                .is_none_or(|delivery| delivery.acknowledge().is_some()),
            AlertActionKind::AcknowledgeReceipt => !own.receipt_acknowledged,
            _ => true,
        })
        .collect()
}

wire_enum!(
    /// Where an alert stands with one receiving country's alert coordinators.
    pub enum Delivery {
        /// Delivered; nobody of the country has acknowledged it yet.
        Received = "received",
        /// A coordinator acknowledged it; not passed on yet.
        Acknowledged = "acknowledged",
        /// Passed on to at least one authority.
        PassedOn = "passed_on",
    }
);

impl Delivery {
    /// The delivery after the country's coordinator acknowledges: only once, so that two
    /// coordinators acknowledging at once learn that the other did (409).
    pub fn acknowledge(self) -> Option<Delivery> {
        (self == Delivery::Received).then_some(Delivery::Acknowledged)
    }

    /// The delivery after a pass-on, which acknowledges too when nobody had; passing on to
    /// more authorities later is allowed.
    pub fn pass_on(self) -> Delivery {
        Delivery::PassedOn
    }

    /// The Fluent message id, e.g. `alert-delivery-passed-on`.
    pub fn message_id(self) -> String {
        format!("alert-delivery-{}", self.as_str().replace('_', "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn actor(sides: &[AlertSide], roles: &[Role]) -> AlertActor {
        AlertActor::new(sides.iter().copied(), roles.iter().copied())
    }

    fn any_action() -> impl Strategy<Value = AlertAction> {
        prop_oneof![
            Just(AlertAction::Create),
            Just(AlertAction::Edit),
            Just(AlertAction::Delete),
            Just(AlertAction::Send),
            Just(AlertAction::Approve),
            Just(AlertAction::Reject),
            Just(AlertAction::Acknowledge),
            prop::collection::vec(1..5i32, 0..4).prop_map(|ids| AlertAction::PassOn {
                authorities: ids.into_iter().map(AuthorityId).collect()
            }),
            Just(AlertAction::AcknowledgeReceipt),
            Just(AlertAction::Modify),
            any::<bool>().prop_map(|proved_wrong| AlertAction::Withdraw { proved_wrong }),
            Just(AlertAction::ProposeClosure),
            Just(AlertAction::RejectClosure),
            Just(AlertAction::Close),
        ]
    }

    #[test]
    fn an_acknowledgement_given_is_not_offered_again() {
        let coordinator = actor(
            &[AlertSide::ReceivingCoordinator, AlertSide::Recipient],
            &[Role::ALERT_COORDINATOR, Role::REQUEST_HANDLER],
        );
        let offered = |delivery, receipt_acknowledged| {
            allowed_actions_now(
                AlertState::Sent,
                &coordinator,
                OwnPart {
                    delivery,
                    receipt_acknowledged,
                },
            )
        };
        let fresh = offered(Some(Delivery::Received), false);
        assert!(fresh.contains(&AlertActionKind::Acknowledge));
        assert!(fresh.contains(&AlertActionKind::AcknowledgeReceipt));
        for delivery in [Delivery::Acknowledged, Delivery::PassedOn] {
            let later = offered(Some(delivery), true);
            assert!(
                !later.contains(&AlertActionKind::Acknowledge),
                "{delivery:?}"
            );
            assert!(!later.contains(&AlertActionKind::AcknowledgeReceipt));
            // Passing on to more authorities stays open.
            assert!(later.contains(&AlertActionKind::PassOn));
        }
    }

    fn any_state() -> impl Strategy<Value = AlertState> {
        prop::sample::select(AlertState::ALL.to_vec())
    }

    fn any_actor() -> impl Strategy<Value = AlertActor> {
        (
            prop::sample::subsequence(AlertSide::ALL.to_vec(), 0..=AlertSide::ALL.len()),
            prop::sample::subsequence(
                vec![
                    Role::REQUEST_HANDLER,
                    Role::ALLOCATOR,
                    Role::COORDINATOR,
                    Role::ALERT_COORDINATOR,
                    Role::COMMISSION_OBSERVER,
                ],
                0..=5,
            ),
        )
            .prop_map(|(sides, roles)| AlertActor::new(sides, roles))
    }

    proptest! {
        /// Final states accept nothing, and an observer (the Commission) can never act.
        #[test]
        fn final_states_and_observers_do_nothing(
            state in any_state(), actor in any_actor(), action in any_action(), approval in any::<bool>()
        ) {
            let result = transition(state, &actor, &action, approval);
            if state.is_terminal() {
                let refused_by_state = matches!(
                    result,
                    Err(AlertTransitionError::NotInState { .. })
                );
                prop_assert!(refused_by_state);
            }
            if actor.sides == [AlertSide::Observer] {
                prop_assert!(result.is_err());
            }
        }

        /// `allowed_actions` is exactly what `transition` accepts with valid data.
        #[test]
        fn allowed_actions_agree_with_transition(state in any_state(), actor in any_actor()) {
            let allowed = allowed_actions(state, &actor);
            for kind in AlertActionKind::ALL {
                let action = match kind {
                    AlertActionKind::Create => AlertAction::Create,
                    AlertActionKind::Edit => AlertAction::Edit,
                    AlertActionKind::Delete => AlertAction::Delete,
                    AlertActionKind::Send => AlertAction::Send,
                    AlertActionKind::Approve => AlertAction::Approve,
                    AlertActionKind::Reject => AlertAction::Reject,
                    AlertActionKind::Acknowledge => AlertAction::Acknowledge,
                    AlertActionKind::PassOn => AlertAction::PassOn { authorities: vec![AuthorityId(1)] },
                    AlertActionKind::AcknowledgeReceipt => AlertAction::AcknowledgeReceipt,
                    AlertActionKind::Modify => AlertAction::Modify,
                    AlertActionKind::Withdraw => AlertAction::Withdraw { proved_wrong: false },
                    AlertActionKind::ProposeClosure => AlertAction::ProposeClosure,
                    AlertActionKind::RejectClosure => AlertAction::RejectClosure,
                    AlertActionKind::Close => AlertAction::Close,
                };
                prop_assert_eq!(
                    allowed.contains(kind),
                    transition(state, &actor, &action, false).is_ok(),
                    "{:?} in {:?}", kind, state
                );
            }
        }

        /// Every refusal's code is the API's: a wrong state is a conflict, a wrong side or
        /// role forbidden, bad data a validation failure; and the sides checked never widen
        /// what an actor may do by adding a role they would need elsewhere.
        #[test]
        fn refusals_carry_their_codes(
            state in any_state(), actor in any_actor(), action in any_action()
        ) {
            if let Err(error) = transition(state, &actor, &action, false) {
                let expected = match error {
                    AlertTransitionError::NotInState { .. } => ErrorCode::InvalidTransition,
                    AlertTransitionError::WrongSide { .. }
                    | AlertTransitionError::MissingRole { .. } => ErrorCode::Forbidden,
                    AlertTransitionError::NoAuthorities
                    | AlertTransitionError::DuplicateAuthority => ErrorCode::ValidationFailed,
                };
                prop_assert_eq!(error.code(), expected);
            }
        }

        /// Only the sending side moves the alert to a final state, and only a sent alert can
        /// reach its recipients' hands.
        #[test]
        fn only_the_author_ends_an_alert(
            state in any_state(), actor in any_actor(), action in any_action(), approval in any::<bool>()
        ) {
            if let Ok(AlertTransition::To { state: after, .. }) = transition(state, &actor, &action, approval)
                && after.is_terminal()
            {
                prop_assert!(actor.is(AlertSide::Sender) || actor.is(AlertSide::SendingCoordinator));
            }
        }
    }

    #[test]
    fn sending_goes_through_approval_only_where_the_country_asks_for_it() {
        let sender = actor(&[AlertSide::Sender], &[Role::REQUEST_HANDLER]);
        let direct = transition(AlertState::Draft, &sender, &AlertAction::Send, false).unwrap();
        assert_eq!(
            direct,
            AlertTransition::with(AlertState::Sent, AlertEffect::Distribute)
        );
        let held = transition(AlertState::Draft, &sender, &AlertAction::Send, true).unwrap();
        assert_eq!(held.state(), Some(AlertState::AwaitingApproval));
        assert_eq!(held.effect(), None);
        let coordinator = actor(&[AlertSide::SendingCoordinator], &[Role::ALERT_COORDINATOR]);
        let approved = transition(
            AlertState::AwaitingApproval,
            &coordinator,
            &AlertAction::Approve,
            true,
        )
        .unwrap();
        assert_eq!(approved.effect(), Some(&AlertEffect::Distribute));
        // The sender cannot approve its own alert.
        assert_eq!(
            transition(
                AlertState::AwaitingApproval,
                &sender,
                &AlertAction::Approve,
                true
            ),
            Err(AlertTransitionError::WrongSide {
                action: AlertActionKind::Approve
            })
        );
    }

    #[test]
    fn a_receiving_coordinator_needs_the_alert_coordinator_role() {
        let imi_coordinator = actor(&[AlertSide::ReceivingCoordinator], &[Role::COORDINATOR]);
        assert_eq!(
            transition(
                AlertState::Sent,
                &imi_coordinator,
                &AlertAction::Acknowledge,
                false
            ),
            Err(AlertTransitionError::MissingRole {
                action: AlertActionKind::Acknowledge,
                needed: ALERT_COORDINATOR,
            })
        );
        let coordinator = actor(
            &[AlertSide::ReceivingCoordinator],
            &[Role::ALERT_COORDINATOR],
        );
        assert_eq!(
            allowed_actions(AlertState::Sent, &coordinator),
            vec![
                AlertActionKind::Acknowledge,
                AlertActionKind::PassOn,
                AlertActionKind::ProposeClosure
            ]
        );
    }

    #[test]
    fn passing_on_names_each_authority_once() {
        let coordinator = actor(
            &[AlertSide::ReceivingCoordinator],
            &[Role::ALERT_COORDINATOR],
        );
        for (authorities, error) in [
            (vec![], AlertTransitionError::NoAuthorities),
            (
                vec![AuthorityId(3), AuthorityId(3)],
                AlertTransitionError::DuplicateAuthority,
            ),
        ] {
            assert_eq!(
                transition(
                    AlertState::Sent,
                    &coordinator,
                    &AlertAction::PassOn { authorities },
                    false
                ),
                Err(error)
            );
        }
    }

    #[test]
    fn an_actor_on_two_sides_may_do_what_either_allows() {
        // An alert coordinator whose own authority was passed the alert, and who also handles
        // requests there: may acknowledge for the country and for the authority.
        let both = actor(
            &[AlertSide::ReceivingCoordinator, AlertSide::Recipient],
            &[Role::ALERT_COORDINATOR, Role::REQUEST_HANDLER],
        );
        let allowed = allowed_actions(AlertState::Sent, &both);
        assert!(allowed.contains(&AlertActionKind::Acknowledge));
        assert!(allowed.contains(&AlertActionKind::AcknowledgeReceipt));
        // With only the coordinator's role, the authority's acknowledgement is not theirs.
        let coordinator_only = actor(
            &[AlertSide::ReceivingCoordinator, AlertSide::Recipient],
            &[Role::ALERT_COORDINATOR],
        );
        assert!(
            !allowed_actions(AlertState::Sent, &coordinator_only)
                .contains(&AlertActionKind::AcknowledgeReceipt)
        );
    }

    #[test]
    fn withdrawn_as_unfounded_tells_everyone_once_it_was_sent() {
        let sender = actor(&[AlertSide::Sender], &[Role::REQUEST_HANDLER]);
        let wrong = AlertAction::Withdraw { proved_wrong: true };
        assert_eq!(
            transition(AlertState::Sent, &sender, &wrong, false)
                .unwrap()
                .effect(),
            Some(&AlertEffect::ProvedWrong)
        );
        // Before approval nobody received it, so nobody is told.
        assert_eq!(
            transition(AlertState::AwaitingApproval, &sender, &wrong, true)
                .unwrap()
                .effect(),
            None
        );
    }

    #[test]
    fn a_country_acknowledges_once_and_passes_on_as_often_as_needed() {
        assert_eq!(
            Delivery::Received.acknowledge(),
            Some(Delivery::Acknowledged)
        );
        assert_eq!(Delivery::Acknowledged.acknowledge(), None);
        assert_eq!(Delivery::PassedOn.acknowledge(), None);
        assert_eq!(Delivery::Received.pass_on(), Delivery::PassedOn);
        assert_eq!(Delivery::PassedOn.pass_on(), Delivery::PassedOn);
    }
}
