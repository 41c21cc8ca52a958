//! Saving the draft to the server: automatically after a pause in editing, one save at a
//! time, the newest draft always last; and sending it, which first saves what is on screen.

use shared::RequestId;
use shared::dto::{ActionRequest, DraftUpdate, RequestRef};
use shared::lifecycle::Action;
use shared::request::DraftInput;
use std::cell::RefCell;
use std::rc::Rc;
use yew::Callback;

use crate::api::ApiFailure;

/// Where the draft is stored: its id and version once created.
#[derive(Debug, Default)]
pub struct Stored {
    pub id: Option<RequestId>,
    pub version: i32,
    saving: bool,
    /// A change arrived while saving: the draft to save when that save is done.
    pending: Option<DraftInput>,
}

impl Stored {
    /// An existing draft, read at `version`.
    pub fn read(id: RequestId, version: i32) -> Stored {
        Stored {
            id: Some(id),
            version,
            ..Stored::default()
        }
    }
}

/// Creates the draft the first time, then saves it under the version last saved.
async fn store(stored: &RefCell<Stored>, draft: &DraftInput) -> Result<RequestRef, ApiFailure> {
    let (id, version) = {
        let state = stored.borrow();
        (state.id, state.version)
    };
    let saved = match id {
        None => crate::api::create_request(draft).await,
        Some(id) => {
            let update = DraftUpdate {
                version,
                draft: draft.clone(),
            };
            crate::api::save_draft(id, &update).await
        }
    }?;
    let mut state = stored.borrow_mut();
    state.id = Some(saved.id);
    state.version = saved.version;
    Ok(saved)
}

/// Saves `draft`; chained so that only one save runs at a time and the last change always
/// reaches the server (a save asked for meanwhile keeps only the newest draft).
pub fn save(
    stored: Rc<RefCell<Stored>>,
    draft: DraftInput,
    on_error: Callback<ApiFailure>,
    on_saved: Callback<RequestId>,
) {
    {
        let mut state = stored.borrow_mut();
        if state.saving {
            state.pending = Some(draft);
            return;
        }
        state.saving = true;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let result = store(&stored, &draft).await;
        let pending = {
            let mut state = stored.borrow_mut();
            state.saving = false;
            state.pending.take()
        };
        match result {
            Ok(saved) => on_saved.emit(saved.id),
            Err(failure) => on_error.emit(failure),
        }
        if let Some(newer) = pending {
            save(stored, newer, on_error, on_saved);
        }
    });
}

/// Waits `ms` milliseconds without blocking the page.
async fn pause(ms: i32) {
    let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Saves what is on screen and sends it. Waits for an automatic save under way, then holds
/// the lock so that no other save slips in between saving and sending; a refusal releases
/// it so that editing can go on.
pub async fn send(
    stored: Rc<RefCell<Stored>>,
    draft: DraftInput,
) -> Result<RequestRef, ApiFailure> {
    while stored.borrow().saving {
        pause(50).await;
    }
    {
        let mut state = stored.borrow_mut();
        state.saving = true;
        state.pending = None;
    }
    let sent = async {
        let saved = store(&stored, &draft).await?;
        let action = ActionRequest {
            version: saved.version,
            action: Action::Send,
            note: None,
        };
        crate::api::act(saved.id, &action).await
    }
    .await;
    if sent.is_err() {
        stored.borrow_mut().saving = false;
    }
    sent
}
