//! Who is logged in, shared with every component through a context.

use shared::dto::Me;
use yew::Callback;

/// The state of the session as the SPA knows it.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionStatus {
    /// `GET /api/me` has not answered yet.
    Loading,
    /// No session.
    Anonymous,
    /// Logged in.
    SignedIn(Me),
}

/// The context value: the status and a way to change it.
#[derive(Clone, PartialEq)]
pub struct Session {
    /// The current status.
    pub status: SessionStatus,
    /// Replaces the status (after log-in or log-out).
    pub set: Callback<SessionStatus>,
    /// Switches the interface language (and remembers the choice).
    pub set_language: Callback<shared::LanguageCode>,
}

impl Session {
    /// The signed-in user's id, if anyone is signed in.
    pub fn user(&self) -> Option<shared::UserId> {
        match &self.status {
            SessionStatus::SignedIn(me) => Some(me.id),
            _ => None,
        }
    }

    /// Who is signed in, if anyone.
    pub fn me(&self) -> Option<&Me> {
        match &self.status {
            SessionStatus::SignedIn(me) => Some(me),
            _ => None,
        }
    }
}

/// The signed-in user's id, if anyone is signed in.
#[yew::hook]
pub fn use_user() -> Option<shared::UserId> {
    yew::use_context::<Session>().and_then(|session| session.user())
}
