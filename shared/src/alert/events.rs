//! What happened to an alert, as its timeline and notifications say it, and the lists of
//! alerts the overview shows.

use super::workflow::{AlertAction, AlertEffect, AlertState, AlertTransition};
use crate::macros::wire_enum;

wire_enum!(
    /// What happened to an alert, as its timeline and notifications say it.
    pub enum AlertEventKind {
        /// The draft was started.
        Created = "created",
        /// The sender submitted it for the coordinator's approval.
        Submitted = "submitted",
        /// The sending country's alert coordinator approved it.
        Approved = "approved",
        /// The sending country's alert coordinator returned it to the sender.
        Rejected = "rejected",
        /// It went to its countries.
        Sent = "sent",
        /// A receiving country's alert coordinator acknowledged it.
        Acknowledged = "acknowledged",
        /// A receiving country's alert coordinator passed it on to authorities.
        PassedOn = "passed_on",
        /// A recipient authority acknowledged it.
        ReceiptAcknowledged = "receipt_acknowledged",
        /// The sender changed its fields.
        Modified = "modified",
        /// The sender withdrew it.
        Withdrawn = "withdrawn",
        /// The sender withdrew it because it proved unfounded.
        WithdrawnWrong = "withdrawn_wrong",
        /// A recipient proposed to close it.
        ClosureProposed = "closure_proposed",
        /// The sender kept it open after a proposal to close it.
        ClosureRejected = "closure_rejected",
        /// The sender closed it.
        Closed = "closed",
        /// The system reminded the sender that the decision no longer applies.
        EndReminder = "end_reminder",
        /// The system told the sender and its coordinators that it is late to close.
        LateReminder = "late_reminder",
    }
);

impl AlertEventKind {
    /// The Fluent message id, e.g. `alert-event-passed-on`.
    pub fn message_id(self) -> String {
        format!("alert-event-{}", self.as_str().replace('_', "-"))
    }

    /// What an allowed action records, given where it led.
    pub fn of(action: &AlertAction, transition: &AlertTransition) -> Option<AlertEventKind> {
        Some(match action {
            AlertAction::Create => AlertEventKind::Created,
            AlertAction::Edit | AlertAction::Delete => return None,
            AlertAction::Send if transition.state() == Some(AlertState::AwaitingApproval) => {
                AlertEventKind::Submitted
            }
            AlertAction::Send => AlertEventKind::Sent,
            AlertAction::Approve => AlertEventKind::Approved,
            AlertAction::Reject => AlertEventKind::Rejected,
            AlertAction::Acknowledge => AlertEventKind::Acknowledged,
            AlertAction::PassOn { .. } => AlertEventKind::PassedOn,
            AlertAction::AcknowledgeReceipt => AlertEventKind::ReceiptAcknowledged,
            AlertAction::Modify => AlertEventKind::Modified,
            AlertAction::Withdraw { .. }
                if transition.effect() == Some(&AlertEffect::ProvedWrong) =>
            {
                AlertEventKind::WithdrawnWrong
            }
            AlertAction::Withdraw { .. } => AlertEventKind::Withdrawn,
            AlertAction::ProposeClosure => AlertEventKind::ClosureProposed,
            AlertAction::RejectClosure => AlertEventKind::ClosureRejected,
            AlertAction::Close => AlertEventKind::Closed,
        })
    }
}

wire_enum!(
    /// A list of alerts in the overview.
    pub enum AlertBox {
        /// The drafts of the caller's authority.
        Drafts = "drafts",
        /// What the caller's authority sent (in any state but draft).
        Sent = "sent",
        /// What waits for the caller's approval, as their country's alert coordinator.
        ToApprove = "to_approve",
        /// What the caller's country (as its alert coordinator) or authority has not
        /// acknowledged yet, while it is in force.
        ToAcknowledge = "to_acknowledge",
        /// Everything the caller's country or authority received.
        Received = "received",
    }
);

impl AlertBox {
    /// The Fluent message id of the box's name, e.g. `alert-box-to-approve`.
    pub fn message_id(self) -> String {
        format!("alert-box-{}", self.as_str().replace('_', "-"))
    }
}
