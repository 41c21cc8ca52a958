//! The composer's state and the one function that changes it: the draft, the step shown,
//! what is known about the draft on the server, and whether every problem is shown.

use shared::request::{DraftInput, Subject};
use shared::{LegislativeArea, RequestId};
use std::rc::Rc;
use yew::prelude::*;

/// The composer's steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Area,
    Authority,
    Subject,
    Questions,
    Details,
    Review,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Area,
        Step::Authority,
        Step::Subject,
        Step::Questions,
        Step::Details,
        Step::Review,
    ];

    /// Its place, counted from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step before, if any.
    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }

    /// The step after, if any.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// Its name in the reader's language.
    pub fn title(self, i18n: &crate::i18n::I18n) -> String {
        use crate::t;
        match self {
            Step::Area => t!(i18n, "compose-step-area"),
            Step::Authority => t!(i18n, "compose-step-authority"),
            Step::Subject => t!(i18n, "compose-step-subject"),
            Step::Questions => t!(i18n, "compose-step-questions"),
            Step::Details => t!(i18n, "compose-step-details"),
            Step::Review => t!(i18n, "compose-step-review"),
        }
    }
}

/// A new, empty draft.
pub fn empty_draft() -> DraftInput {
    DraftInput {
        kind: Default::default(),
        area: LegislativeArea::parse("services").expect("a legislative area"),
        responder: None,
        subject: Subject::default(),
        questions: Vec::new(),
        comment: None,
        requested_date: None,
    }
}

/// Everything the composer shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ComposeState {
    pub draft: DraftInput,
    pub step: Step,
    /// The chosen responder's name, which the draft holds only as an id.
    pub responder_name: Option<String>,
    /// Whether an existing draft has been read (a new one needs nothing read).
    pub loaded: bool,
    /// Once sending was tried, every problem is shown, not only those of fields touched.
    pub show_all_errors: bool,
    /// The draft's id once it exists on the server.
    pub saved_id: Option<RequestId>,
    /// Whether this page has saved it: "saved" is said only after a save, never merely for
    /// having opened a draft.
    pub saved_now: bool,
    /// Counts the edits; each one starts the autosave's pause again.
    pub edits: u32,
    /// The names of the documents attached to the draft.
    pub documents: Vec<String>,
    /// The draft's number when an existing one is edited.
    pub number: Option<String>,
}

impl ComposeState {
    /// A new draft, or (with `id`) one still to be read.
    pub fn new(id: Option<RequestId>) -> ComposeState {
        ComposeState {
            draft: empty_draft(),
            step: Step::Area,
            responder_name: None,
            loaded: id.is_none(),
            show_all_errors: false,
            saved_id: id,
            saved_now: false,
            edits: 0,
            documents: Vec::new(),
            number: None,
        }
    }
}

/// The changes the steps may ask for.
pub enum ComposeAction {
    /// An existing draft was read (`None`: there was none to read).
    Opened(Option<Opened>),
    /// A copy handed over by "reuse" replaces the empty draft.
    Reused(DraftInput),
    /// The official changed the draft.
    Edit(Box<dyn FnOnce(&mut DraftInput)>),
    /// Another area: the responder and the questions chosen belong to the old one.
    ChooseArea(LegislativeArea),
    /// A responder was picked (or its name arrived for one handed over).
    Responder(Option<shared::AuthorityId>, String),
    Go(Step),
    Saved(RequestId),
    Documents(Vec<String>),
    /// Sending was tried: show every problem.
    ShowAllErrors,
}

/// What is read of an existing draft.
pub struct Opened {
    pub draft: DraftInput,
    pub number: String,
    pub responder_name: Option<String>,
    pub documents: Vec<String>,
}

impl Reducible for ComposeState {
    type Action = ComposeAction;

    fn reduce(self: Rc<Self>, action: ComposeAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ComposeAction::Opened(opened) => {
                next.loaded = true;
                if let Some(opened) = opened {
                    next.draft = opened.draft;
                    next.number = Some(opened.number);
                    next.responder_name = opened.responder_name;
                    next.documents = opened.documents;
                }
            }
            ComposeAction::Reused(draft) => next.draft = draft,
            ComposeAction::Edit(apply) => {
                apply(&mut next.draft);
                next.edits += 1;
            }
            ComposeAction::ChooseArea(area) => {
                if next.draft.area != area {
                    next.draft.area = area;
                    next.draft.responder = None;
                    next.draft.questions.clear();
                    next.responder_name = None;
                    next.edits += 1;
                }
            }
            ComposeAction::Responder(id, name) => {
                next.responder_name = Some(name);
                if let Some(id) = id {
                    next.draft.responder = Some(id);
                    next.edits += 1;
                }
            }
            ComposeAction::Go(step) => next.step = step,
            ComposeAction::Saved(id) => {
                next.saved_id = Some(id);
                next.saved_now = true;
            }
            ComposeAction::Documents(names) => next.documents = names,
            ComposeAction::ShowAllErrors => next.show_all_errors = true,
        }
        Rc::new(next)
    }
}
