//! Sending the queue: in order, each change under its key and on its version; what the
//! server refuses waits for its author.

use shared::ErrorCode;
use shared::UserId;
use shared::dto::{ActionRequest, AnswersUpdate, MessageInput, ReportUpdate, RequestRef};
use shared::lifecycle::{Action, RequestState};
use wasm_bindgen_futures::JsFuture;
use web_sys::Cache;

use super::{Change, ENTRY, Status, What, announce, body, list_in, open, read, rewrite};
use crate::api::ApiFailure;

/// What one [`flush`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flushed {
    /// Changes the server took.
    pub sent: usize,
    /// Whether it stopped before the end, for the network or the server: try again later.
    pub stopped: bool,
    /// Whether it stopped because the session has ended: the changes wait for the same
    /// user's next log-in.
    pub ended: bool,
}

/// How one change's sending ended.
enum Outcome {
    /// Done; the request's version after it, where it changed.
    Sent(Option<i32>),
    /// Not now: try again later.
    Later,
    /// Not before the user has logged in again.
    SignedOut,
    /// Waits for its author.
    Held(Status),
}

/// Sends the user's waiting changes in the order they were made. A change the server takes
/// is removed; one it refuses waits for its author; a failure of the network (or of the
/// server) stops the sending, to try again later. Only the shell calls it, so a page sends
/// its queue once.
pub async fn flush(user: UserId) -> Flushed {
    let mut flushed = Flushed::default();
    let Ok(cache) = open(user).await else {
        return flushed;
    };
    for listed in list_in(&cache).await {
        // Read again: an earlier change of the same request may have moved its version.
        let Some(change) = read(&cache, &format!("{ENTRY}{}", listed.seq)).await else {
            continue;
        };
        if change.needs_user() {
            continue;
        }
        match send(&cache, &change).await {
            Outcome::Sent(version) => {
                flushed.sent += 1;
                let _ =
                    JsFuture::from(cache.delete_with_str(&format!("{ENTRY}{}", change.seq))).await;
                if let Some(version) = version {
                    follow(&cache, &change, version).await;
                }
            }
            Outcome::Later => {
                flushed.stopped = true;
                break;
            }
            Outcome::SignedOut => {
                flushed.stopped = true;
                flushed.ended = true;
                break;
            }
            Outcome::Held(status) => {
                let held = Change { status, ..change };
                let _ = rewrite(&cache, &held).await;
            }
        }
        announce();
    }
    flushed
}

/// This user's own change moved the request from `change.version` to `version`: the
/// changes made after it on the same version were made on what it changed, so they follow.
async fn follow(cache: &Cache, change: &Change, version: i32) {
    for later in list_in(cache).await {
        if later.request == change.request && later.version == change.version {
            let moved = Change { version, ..later };
            let _ = rewrite(cache, &moved).await;
        }
    }
}

/// Sends one change.
async fn send(cache: &Cache, change: &Change) -> Outcome {
    let id = change.request;
    let key = change.key.as_str();
    let answer = match &change.what {
        What::Answers { answers, send } => {
            let update = AnswersUpdate {
                version: change.version,
                answers: answers.clone(),
            };
            match crate::api::save_answers_keyed(id, &update, key).await {
                Ok(saved) if *send => {
                    let answer = ActionRequest {
                        version: saved.version,
                        action: Action::Answer,
                        note: None,
                    };
                    crate::api::act_keyed(id, &answer, &format!("{key}-send"))
                        .await
                        .map(|r: RequestRef| Some(r.version))
                }
                Ok(saved) => Ok(Some(saved.version)),
                Err(failure) => Err(failure),
            }
        }
        What::Report { report } => {
            let update = ReportUpdate {
                version: change.version,
                report: report.clone(),
            };
            crate::api::save_report_keyed(id, &update, key)
                .await
                .map(|saved| Some(saved.version))
        }
        What::Message { text } => {
            let message = MessageInput {
                text: text.clone(),
                version: Some(change.version),
            };
            crate::api::send_message_keyed(id, &message, key)
                .await
                .map(|()| None)
        }
        What::Document { name, question, .. } => match body(cache, change).await {
            Some(bytes) => {
                let mut path = format!(
                    "/api/requests/{id}/attachments?name={}&version={}",
                    String::from(web_sys::js_sys::encode_uri_component(name)),
                    change.version
                );
                if let Some(question) = question {
                    path.push_str(&format!("&question={question}"));
                }
                crate::api::upload_keyed(&path, &bytes, key)
                    .await
                    .map(|()| None)
            }
            // The bytes are gone (the browser cleared its storage): nothing to send.
            None => Err(ApiFailure::code(ErrorCode::DeviceStorageFull)),
        },
    };
    match answer {
        Ok(version) => Outcome::Sent(version),
        Err(failure) => outcome_of(failure),
    }
}

/// What a failure means for a change: wait for the network or the server, or for the user.
fn outcome_of(failure: ApiFailure) -> Outcome {
    match failure.code {
        ErrorCode::Unauthenticated => Outcome::SignedOut,
        ErrorCode::NetworkError
        | ErrorCode::RequestInProgress
        | ErrorCode::InternalError
        | ErrorCode::DatabaseUnavailable
        | ErrorCode::TooManyAttempts
        | ErrorCode::RateLimited => Outcome::Later,
        ErrorCode::InvalidTransition if failure.current_state.is_some() => {
            Outcome::Held(Status::Conflict {
                state: failure.current_state.unwrap_or(RequestState::Draft),
            })
        }
        code => Outcome::Held(Status::Refused {
            code,
            fields: failure.fields,
        }),
    }
}
