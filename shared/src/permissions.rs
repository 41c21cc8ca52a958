//! Who may see and do what to a request, besides the actions of the state machine: need to
//! know, messages, documents, assignment, reuse, which actions need a note, and whose move it
//! is. Beside [`crate::lifecycle`], whose rule table they build on, and pure like it: the
//! server computes [`May`] from these functions and sends it with the request, and the
//! request page shows exactly that, so the two never disagree.

use serde::{Deserialize, Serialize};

use crate::Role;
use crate::lifecycle::{self, ActionKind, Actor, Allocation, RequestState, Side};
use crate::retention::Stage;

/// Whether personal data (the subject, placeholder values, free text of every kind) and
/// documents are withheld from `side`: the responder sees them once it has accepted the
/// request, coordinators that are not a party never. A withdrawn request was never accepted
/// (withdrawing is possible only before), and a forwarded one waits for its new holder's
/// acceptance, so the state decides it.
pub fn personal_data_hidden(side: Side, state: RequestState) -> bool {
    match side {
        Side::Requesting => false,
        Side::Responding => !matches!(
            state,
            RequestState::Accepted
                | RequestState::InfoRequested
                | RequestState::Answered
                | RequestState::Closed
        ),
        Side::Coordinator => true,
    }
}

/// Whether `side` reads the answers: the requester those sent (not drafts saved after a
/// request for clarification), the responder its own, coordinators never (no need to know).
pub fn answers_visible(side: Side, state: RequestState) -> bool {
    match side {
        Side::Responding => true,
        Side::Requesting => matches!(state, RequestState::Answered | RequestState::Closed),
        Side::Coordinator => false,
    }
}

/// The side whose move it is: the responder while it must accept or answer, the requester
/// while it must give information or review the answer; nobody's in a draft or at the end.
pub fn holder(state: RequestState) -> Option<Side> {
    match state {
        RequestState::AwaitingAcceptance | RequestState::Accepted => Some(Side::Responding),
        RequestState::InfoRequested | RequestState::Answered => Some(Side::Requesting),
        RequestState::Draft | RequestState::Closed | RequestState::Withdrawn => None,
    }
}

/// Whether an action needs a text with it: asking for information, giving it and asking for
/// a clarification say nothing without one.
pub fn needs_note(kind: ActionKind) -> bool {
    matches!(
        kind,
        ActionKind::RequestInfo | ActionKind::ProvideInfo | ActionKind::RequestClarification
    )
}

/// Whether the two parties may write to each other: about any sent request, whoever holds
/// it; a coordinator is no party to the conversation.
pub fn may_message(side: Side, state: RequestState) -> bool {
    side != Side::Coordinator && state != RequestState::Draft
}

/// The action a document goes with, where `side` may add one in `state`: the requester's
/// while writing (edit) or when asked for information (provide it), the responder's while
/// answering. The action's own rule (roles, allocation) then decides who.
pub fn attachment_goes_with(side: Side, state: RequestState) -> Option<ActionKind> {
    match (side, state) {
        (Side::Requesting, RequestState::Draft) => Some(ActionKind::Edit),
        (Side::Requesting, RequestState::InfoRequested) => Some(ActionKind::ProvideInfo),
        (Side::Responding, RequestState::Accepted) => Some(ActionKind::Answer),
        _ => None,
    }
}

/// Why a document may not be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AttachRefusal {
    /// Not in this state, whoever tries (409).
    NotInState,
    /// Not by this user: a coordinator, a role that does not write or answer, or a handler
    /// the request is not assigned to (403).
    NotYours,
}

/// Whether `actor` may add a document to a request in `state`.
pub fn check_attach(actor: &Actor, state: RequestState) -> Result<(), AttachRefusal> {
    if actor.side == Side::Coordinator {
        return Err(AttachRefusal::NotYours);
    }
    let kind = attachment_goes_with(actor.side, state).ok_or(AttachRefusal::NotInState)?;
    lifecycle::permit(Some(state), actor, kind).map_err(|_| AttachRefusal::NotYours)
}

/// The states in which the responder's allocator may choose (or change) the handler: while
/// the request is with the responder, before it is answered.
pub fn assignable(state: RequestState) -> bool {
    matches!(
        state,
        RequestState::AwaitingAcceptance | RequestState::Accepted | RequestState::InfoRequested
    )
}

/// Whether `actor` may choose the request's handler: an allocator of a responder that
/// allocates (in a state where it may be assigned, see [`assignable`]).
pub fn may_assign(actor: &Actor) -> bool {
    actor.side == Side::Responding
        && actor.allocation != Allocation::Off
        && actor.has_role(Role::ALLOCATOR)
}

/// Whether `actor` may start a new request from this one's questions: a requester's user who
/// may write requests, once this one is sent.
pub fn may_reuse(actor: &Actor, state: RequestState) -> bool {
    actor.side == Side::Requesting
        && state != RequestState::Draft
        && lifecycle::create(actor).is_ok()
}

/// What the reader may do to a request besides its state machine's actions, as the server
/// computes it and the request page shows it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct May {
    /// Write a message to the other party.
    pub message: bool,
    /// Choose the responder's handler.
    pub assign: bool,
    /// Add a document.
    pub attach: bool,
    /// Start a new request with the same questions.
    pub reuse: bool,
    /// Save answers without sending them yet (whoever may answer).
    pub save_answers: bool,
    /// Correct the personal data of whom the request is about.
    #[serde(default)]
    pub rectify: bool,
}

/// What `actor` may do to a request in `state` whose personal data is in `stage`: once it is
/// blocked, nothing that would add personal data nobody may read (a message, a document,
/// answers).
pub fn may_at(actor: &Actor, state: RequestState, stage: Stage) -> May {
    let may = may(actor, state);
    if stage == Stage::Visible {
        may
    } else {
        May {
            message: false,
            attach: false,
            save_answers: false,
            rectify: false,
            ..may
        }
    }
}

/// What `actor` may do to a request in `state`.
pub fn may(actor: &Actor, state: RequestState) -> May {
    May {
        message: may_message(actor.side, state),
        assign: may_assign(actor) && assignable(state),
        attach: check_attach(actor, state).is_ok(),
        reuse: may_reuse(actor, state),
        save_answers: lifecycle::permit(Some(state), actor, ActionKind::Answer).is_ok(),
        rectify: may_rectify(actor, state),
    }
}

/// Whether `actor` may correct the subject of a sent request: a request handler of either
/// party that sees its personal data (a draft is simply edited).
pub fn may_rectify(actor: &Actor, state: RequestState) -> bool {
    actor.side != Side::Coordinator
        && state != RequestState::Draft
        && !personal_data_hidden(actor.side, state)
        && actor.has_role(Role::REQUEST_HANDLER)
}

#[cfg(test)]
mod tests {
    use super::*;
    use RequestState as S;
    use proptest::prelude::*;

    fn side() -> impl Strategy<Value = Side> {
        prop::sample::select(vec![Side::Requesting, Side::Responding, Side::Coordinator])
    }

    fn state() -> impl Strategy<Value = RequestState> {
        prop::sample::select(S::ALL.to_vec())
    }

    fn allocation() -> impl Strategy<Value = Allocation> {
        prop::sample::select(vec![
            Allocation::Off,
            Allocation::AssignedToReader,
            Allocation::NotAssignedToReader,
        ])
    }

    fn actor() -> impl Strategy<Value = Actor> {
        (
            side(),
            prop::sample::subsequence(Role::all().collect::<Vec<_>>(), 0..=5),
            allocation(),
        )
            .prop_map(|(side, roles, allocation)| Actor::new(side, roles).allocating(allocation))
    }

    proptest! {
        /// Whoever may not see personal data may not add documents (which are personal data)
        /// nor answer (which needs them), and every refusal of a document is for a reason.
        #[test]
        fn hidden_data_is_never_worked_on(actor in actor(), state in state()) {
            let may = may(&actor, state);
            if personal_data_hidden(actor.side, state) {
                prop_assert!(!may.attach);
                prop_assert!(!may.save_answers);
                prop_assert!(!may.rectify);
            }
            // Blocked data is worked on by nobody.
            let blocked = may_at(&actor, state, Stage::Blocked);
            prop_assert!(!blocked.message && !blocked.attach && !blocked.rectify);
            prop_assert!(!blocked.save_answers);
            if !may.attach {
                prop_assert!(check_attach(&actor, state).is_err());
            }
        }

        /// A coordinator that is no party only re-routes: it writes, attaches, assigns and
        /// reuses nothing.
        #[test]
        fn coordinators_are_no_party(
            roles in prop::sample::subsequence(Role::all().collect::<Vec<_>>(), 0..=5),
            allocation in allocation(),
            state in state(),
        ) {
            let actor = Actor::new(Side::Coordinator, roles).allocating(allocation);
            prop_assert_eq!(may(&actor, state), May::default());
        }

        /// Saving answers is exactly answering's rule, and whoever may answer may attach.
        #[test]
        fn saving_answers_follows_answering(actor in actor(), state in state()) {
            let may = may(&actor, state);
            let answers = lifecycle::allowed_actions(state, &actor).contains(&ActionKind::Answer);
            prop_assert_eq!(may.save_answers, answers);
            if answers {
                prop_assert!(may.attach);
            }
        }

        /// With allocation on, a handler the request is not assigned to works on nothing of it.
        #[test]
        fn the_unassigned_handler_works_on_nothing(
            roles in prop::sample::subsequence(Role::all().collect::<Vec<_>>(), 0..=5),
            state in state(),
        ) {
            let actor = Actor::new(Side::Responding, roles)
                .allocating(Allocation::NotAssignedToReader);
            let may = may(&actor, state);
            prop_assert!(!may.attach && !may.save_answers);
            if !actor.has_role(Role::ALLOCATOR) {
                prop_assert!(lifecycle::allowed_actions(state, &actor).is_empty());
                prop_assert!(!may.assign);
            }
        }
    }

    #[test]
    fn need_to_know() {
        assert!(!personal_data_hidden(Side::Requesting, S::Draft));
        assert!(personal_data_hidden(
            Side::Responding,
            S::AwaitingAcceptance
        ));
        assert!(!personal_data_hidden(Side::Responding, S::Accepted));
        assert!(personal_data_hidden(Side::Responding, S::Withdrawn));
        for &state in S::ALL {
            assert!(personal_data_hidden(Side::Coordinator, state));
            assert!(!answers_visible(Side::Coordinator, state));
        }
        assert!(!answers_visible(Side::Requesting, S::Accepted));
        assert!(answers_visible(Side::Requesting, S::Answered));
        assert_eq!(holder(S::InfoRequested), Some(Side::Requesting));
        assert_eq!(holder(S::Accepted), Some(Side::Responding));
        assert_eq!(holder(S::Closed), None);
    }

    #[test]
    fn documents_messages_assignment_and_reuse() {
        let handler = |side| Actor::new(side, [Role::REQUEST_HANDLER]);
        assert_eq!(check_attach(&handler(Side::Requesting), S::Draft), Ok(()));
        assert_eq!(
            check_attach(&handler(Side::Requesting), S::AwaitingAcceptance),
            Err(AttachRefusal::NotInState)
        );
        assert_eq!(
            check_attach(
                &Actor::new(Side::Requesting, [Role::LOCAL_ADMINISTRATOR]),
                S::Draft
            ),
            Err(AttachRefusal::NotYours)
        );
        assert_eq!(
            check_attach(&Actor::new(Side::Coordinator, Role::all()), S::Accepted),
            Err(AttachRefusal::NotYours)
        );
        assert_eq!(
            check_attach(&handler(Side::Responding), S::Accepted),
            Ok(())
        );
        assert_eq!(
            check_attach(
                &handler(Side::Responding).allocating(Allocation::NotAssignedToReader),
                S::Accepted
            ),
            Err(AttachRefusal::NotYours)
        );

        assert!(may_message(Side::Responding, S::Closed));
        assert!(!may_message(Side::Requesting, S::Draft));
        assert!(!may_message(Side::Coordinator, S::Accepted));

        let allocator = Actor::new(Side::Responding, [Role::ALLOCATOR]);
        assert!(!may_assign(&allocator), "allocation is off");
        let allocating = allocator.allocating(Allocation::NotAssignedToReader);
        assert!(may_assign(&allocating));
        assert!(may(&allocating, S::Accepted).assign);
        assert!(!may(&allocating, S::Answered).assign);
        assert!(!may_assign(
            &handler(Side::Responding).allocating(Allocation::AssignedToReader)
        ));

        assert!(may_reuse(&handler(Side::Requesting), S::Closed));
        assert!(!may_reuse(&handler(Side::Requesting), S::Draft));
        assert!(!may_reuse(&handler(Side::Responding), S::Closed));
        assert!(!may_reuse(
            &Actor::new(Side::Requesting, [Role::ALLOCATOR]),
            S::Closed
        ));

        assert!(needs_note(ActionKind::RequestInfo));
        assert!(!needs_note(ActionKind::Answer));
    }
}
