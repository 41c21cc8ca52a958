//! The request's changes made offline that are not sent yet (`crate::queue`): what each is,
//! when it was made, and whether it waits for the network or for its author. A change the
//! server did not take because the request changed meanwhile is sent anyway on the request
//! as it is now, given back to its form, or discarded, as the user decides; nothing goes
//! without their word.

use shared::error::FieldError;
use shared::{QuestionId, UserId};
use yew::prelude::*;

use super::state::{PageAction, PartProps, ReportDraft, answer_question};
use crate::api::ApiFailure;
use crate::components::{Button, ButtonKind, FreeText, use_toasts};
use crate::format;
use crate::i18n::I18n;
use crate::labels::{error_text, state_text};
use crate::queue::{Change, Status, What};
use crate::session::{Session, SessionStatus};
use crate::t;

#[function_component(Waiting)]
pub fn waiting(props: &PartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let SessionStatus::SignedIn(me) = &session.status else {
        return html! {};
    };
    html! {
        <section class="section queue" aria-labelledby="queue-title" id="queue">
            <h2 class="section__title" id="queue-title">{ t!(i18n, "queue-title") }</h2>
            <p class="muted">{ t!(i18n, "queue-intro") }</p>
            <ul class="queue__list">
                { for props.state.queued.iter().map(|change| html! {
                    <QueuedChange key={change.seq.clone()} change={change.clone()} user={me.id}
                        part={props.clone()} />
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct QueuedChangeProps {
    change: Change,
    user: UserId,
    part: PartProps,
}

/// One change: its kind, its content where it is short, its state, and the user's choices
/// when it waits for them.
#[function_component(QueuedChange)]
fn queued_change(props: &QueuedChangeProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let toasts = use_toasts();
    let (change, user) = (&props.change, props.user);
    let language = i18n.language();
    let kind = match &change.what {
        What::Answers { send: true, .. } => t!(i18n, "queue-kind-answer"),
        What::Answers { send: false, .. } => t!(i18n, "queue-kind-answers"),
        What::Report { .. } => t!(i18n, "queue-kind-report"),
        What::Message { .. } => t!(i18n, "queue-kind-message"),
        What::Document { name, size, .. } => t!(
            i18n,
            "queue-kind-document",
            name = name.clone(),
            size = format::number((*size / 1024.0).ceil() as u64, language)
        ),
    };
    let status = match &change.status {
        Status::Waiting => t!(i18n, "queue-status-waiting"),
        Status::Conflict { state } => {
            t!(
                i18n,
                "queue-status-conflict",
                state = state_text(&i18n, *state)
            )
        }
        Status::Refused { code, .. } => t!(
            i18n,
            "queue-status-refused",
            error = error_text(&i18n, &ApiFailure::code(*code))
        ),
    };
    let seq = change.seq.clone();
    let send_anyway = {
        let (seq, version, toasts, i18n) = (
            seq.clone(),
            props.part.request.version,
            toasts.clone(),
            i18n.clone(),
        );
        Callback::from(move |_| {
            let (seq, toasts, i18n) = (seq.clone(), toasts.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(failure) = crate::queue::retry(user, &seq, version).await {
                    toasts.error(error_text(&i18n, &failure));
                }
            });
        })
    };
    let edit = {
        let (change, dispatch) = (change.clone(), props.part.state.dispatcher());
        Callback::from(move |_| {
            let (change, dispatch) = (change.clone(), dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                give_back(&change, &dispatch);
                crate::queue::remove(user, &change.seq).await;
            });
        })
    };
    let discard = {
        let (seq, i18n) = (seq.clone(), i18n.clone());
        Callback::from(move |_| {
            let question = t!(i18n, "queue-discard-confirm");
            if gloo::utils::window()
                .confirm_with_message(&question)
                .unwrap_or(false)
            {
                let seq = seq.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    crate::queue::remove(user, &seq).await;
                });
            }
        })
    };
    let status_name = match change.status {
        Status::Waiting => "waiting",
        Status::Conflict { .. } => "conflict",
        Status::Refused { .. } => "refused",
    };
    let editable = !matches!(change.what, What::Document { .. });
    html! {
        <li class="queue__item" data-status={status_name} data-seq={change.seq.clone()}>
            <p class="queue__what">
                <strong>{ kind }</strong>{ " " }
                <span class="muted">{ t!(i18n, "queue-made-at", time = format::date_time(&change.made_at, language)) }</span>
            </p>
            if let What::Message { text } = &change.what {
                <FreeText text={text.clone()} />
            }
            <p class={classes!("queue__status", change.needs_user().then_some("queue__status--attention"))}>{ status }</p>
            if change.needs_user() {
                <div class="actions">
                    if matches!(change.status, Status::Conflict { .. }) {
                        <Button kind={ButtonKind::Primary} onclick={send_anyway}>{ t!(i18n, "queue-send-anyway") }</Button>
                    }
                    if editable {
                        <Button kind={ButtonKind::Secondary} onclick={edit}>{ t!(i18n, "queue-edit") }</Button>
                    }
                    <Button kind={ButtonKind::Ghost} onclick={discard}>{ t!(i18n, "queue-discard") }</Button>
                </div>
            }
        </li>
    }
}

/// Puts a change back into its form (the answers, or the message's box), with the server's
/// refusals of the answers at their questions.
fn give_back(change: &Change, dispatch: &UseReducerDispatcher<super::state::PageState>) {
    match &change.what {
        What::Answers { answers, .. } => {
            let placed: Vec<(QuestionId, FieldError)> = match &change.status {
                Status::Refused { fields, .. } => {
                    let sent: Vec<QuestionId> = answers.iter().map(|a| a.question).collect();
                    fields
                        .iter()
                        .filter_map(|e| answer_question(&e.field, &sent).map(|q| (q, e.clone())))
                        .collect()
                }
                _ => Vec::new(),
            };
            dispatch.dispatch(PageAction::RestoreAnswers(answers.clone(), placed));
        }
        What::Report { report } => {
            let errors = match &change.status {
                Status::Refused { fields, .. } => fields.clone(),
                _ => Vec::new(),
            };
            dispatch.dispatch(PageAction::EditReport(ReportDraft::from_report(report)));
            dispatch.dispatch(PageAction::ReportRefused(errors));
        }
        What::Message { text } => dispatch.dispatch(PageAction::RestoreMessage(text.text.clone())),
        What::Document { .. } => {}
    }
}
