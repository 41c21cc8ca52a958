//! What the reader may do to the request now: exactly the actions the server offers
//! (`RequestView::actions`, `RequestView::may`), each with the fields it needs.

use gloo::storage::Storage;
use shared::AuthorityId;
use shared::dto::AuthorityHit;
use shared::dto::{ActionRequest, AssignInput, RequestView, UserRef};
use shared::lifecycle::{AcceptDeadline, Action, ActionKind, ForwardTarget, Rating, RequestState};
use shared::request::{DraftInput, DraftQuestion, EventKind, LangText};
use yew::prelude::*;
use yew_router::prelude::*;

use super::REUSE_KEY;
use super::state::{PageAction, PartProps};
use crate::components::{
    AuthorityPicker, Button, ButtonKind, CanTranslate, Field, FreeText, SelectField,
};
use crate::hooks::{ApiCall, use_api_call};
use crate::i18n::I18n;
use crate::route::Route;
use crate::t;

/// Sends `action` with the note typed (if any), says how it went, and loads the request
/// again; a deleted request leaves the page for the overview.
fn run_action(
    api: &ApiCall,
    i18n: &I18n,
    props: &PartProps,
    note: &UseStateHandle<String>,
    navigator: Option<Navigator>,
    action: Action,
) {
    let kind = action.kind();
    let text = note.trim().to_owned();
    let body = ActionRequest {
        version: props.request.version,
        action,
        note: (!text.is_empty()).then(|| LangText {
            text,
            language: i18n.language(),
        }),
    };
    let (toasts, i18n, note) = (api.toasts().clone(), i18n.clone(), note.clone());
    let (dispatch, failed, says) = (
        props.state.dispatcher(),
        props.state.dispatcher(),
        api.clone(),
    );
    api.run_or(
        {
            let id = props.request.id;
            async move { crate::api::act(id, &body).await }
        },
        move |done| {
            toasts.info(i18n.dynamic(&format!("toast-{}", kind.message_id()), &[]));
            note.set(String::new());
            match (done.state, navigator) {
                (None, Some(navigator)) => navigator.push(&Route::Inbox),
                _ => dispatch.dispatch(PageAction::Reload),
            }
        },
        move |failure| {
            says.say(&failure);
            // The request may have moved on meanwhile: show where it stands now.
            failed.dispatch(PageAction::Reload);
        },
    );
}

#[function_component(Actions)]
pub fn actions(props: &PartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let navigator = use_navigator();
    let note = use_state(String::new);
    let request = &props.request;
    let run = {
        let (api, i18n, props, note) = (api.clone(), i18n.clone(), props.clone(), note.clone());
        Callback::from(move |action: Action| {
            run_action(&api, &i18n, &props, &note, navigator.clone(), action)
        })
    };
    let allowed = |kind: ActionKind| request.actions.contains(&kind);
    let busy = api.busy();
    let button = |kind: ActionKind, action: Action, primary: bool| {
        html! {
            <ActionButton {kind} {action} {primary} {busy} run={run.clone()} />
        }
    };
    let info = [
        ActionKind::RequestInfo,
        ActionKind::ProvideInfo,
        ActionKind::RequestClarification,
    ];
    html! {
        <section class="section" aria-labelledby="actions-title">
            <h2 class="section__title" id="actions-title">{ t!(i18n, "request-actions") }</h2>
            <div class="actions">
                if allowed(ActionKind::Edit) {
                    <Link<Route> to={Route::EditRequest { id: request.id.0 }} classes="btn btn--primary">{ t!(i18n, "request-action-edit") }</Link<Route>>
                }
                if allowed(ActionKind::Send) { { button(ActionKind::Send, Action::Send, true) } }
                if allowed(ActionKind::Delete) { { button(ActionKind::Delete, Action::Delete, false) } }
                if allowed(ActionKind::Withdraw) { { button(ActionKind::Withdraw, Action::Withdraw, false) } }
                if allowed(ActionKind::Accept) {
                    { button(ActionKind::Accept, Action::Accept { deadline: AcceptDeadline::AsRequested }, true) }
                }
            </div>
            if allowed(ActionKind::Accept) { <ProposeDeadline run={run.clone()} {busy} /> }
            <InfoAsked request={request.clone()} />
            if info.into_iter().any(allowed) {
                <div class="inline-form">
                    <Field id="action-note" label={t!(i18n, "request-note")} multiline=true
                        value={(*note).clone()} oninput={{ let note = note.clone(); Callback::from(move |v| note.set(v)) }} />
                    <div class="actions">
                        if allowed(ActionKind::RequestInfo) { { button(ActionKind::RequestInfo, Action::RequestInfo, false) } }
                        if allowed(ActionKind::ProvideInfo) { { button(ActionKind::ProvideInfo, Action::ProvideInfo, true) } }
                        if allowed(ActionKind::RequestClarification) { { button(ActionKind::RequestClarification, Action::RequestClarification, false) } }
                    </div>
                </div>
            }
            if allowed(ActionKind::Close) { <CloseForm run={run.clone()} {busy} /> }
            if let Some(assignee) = &request.assigned_to {
                <p id="assigned-to">{ t!(i18n, "request-assigned-to", name = assignee.name.clone()) }</p>
            }
            if request.may.assign { <AssignForm request={props.request.clone()} state={props.state.clone()} /> }
            <Transfer request={props.request.clone()} state={props.state.clone()} {run} />
            if request.may.reuse { <Reuse request={props.request.clone()} /> }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ActionButtonProps {
    kind: ActionKind,
    action: Action,
    primary: bool,
    busy: bool,
    run: Callback<Action>,
}

/// One action's button; an irreversible one (delete, withdraw, close) asks once more.
#[function_component(ActionButton)]
fn action_button(props: &ActionButtonProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let confirming = use_state(|| false);
    let kind = props.kind;
    let irreversible = matches!(
        kind,
        ActionKind::Delete | ActionKind::Withdraw | ActionKind::Close
    );
    let label = i18n.dynamic(&kind.message_id(), &[]);
    let emit = {
        let (run, action) = (props.run.clone(), props.action.clone());
        move || run.emit(action.clone())
    };
    if irreversible && *confirming {
        let confirm = {
            let confirming = confirming.clone();
            Callback::from(move |_| {
                confirming.set(false);
                emit()
            })
        };
        let cancel = Callback::from(move |_| confirming.set(false));
        let text_id = format!("confirm-{}-text", kind.as_str());
        return html! {
            <div class="confirm" role="alertdialog" aria-labelledby={text_id.clone()}>
                <p id={text_id}>{ t!(i18n, "confirm-irreversible") }</p>
                <div class="actions">
                    <Button id={Some(AttrValue::from(format!("action-{}-confirm", kind.as_str())))}
                        busy={props.busy} onclick={confirm}>{ label }</Button>
                    <Button id={Some(AttrValue::from(format!("action-{}-cancel", kind.as_str())))}
                        kind={ButtonKind::Secondary} onclick={cancel}>{ t!(i18n, "form-cancel") }</Button>
                </div>
            </div>
        };
    }
    let onclick = Callback::from(move |_| {
        if irreversible {
            confirming.set(true);
        } else {
            emit()
        }
    });
    html! {
        <Button id={Some(AttrValue::from(format!("action-{}", kind.as_str())))}
            kind={if props.primary { ButtonKind::Primary } else { ButtonKind::Secondary }}
            busy={props.busy} {onclick}>
            { label }
        </Button>
    }
}

#[derive(Properties, PartialEq)]
struct RunProps {
    run: Callback<Action>,
    busy: bool,
}

/// Accepting with another deadline than the one asked for, in days from today.
#[function_component(ProposeDeadline)]
fn propose_deadline(props: &RunProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let days = use_state(String::new);
    let accept = {
        let (run, days) = (props.run.clone(), days.clone());
        Callback::from(move |_| {
            let days = days.trim().parse::<u16>().unwrap_or(0);
            run.emit(Action::Accept {
                deadline: AcceptDeadline::ProposeDays(days),
            });
        })
    };
    let oninput = {
        let days = days.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            days.set(input.value());
        })
    };
    html! {
        <div class="inline-form">
            <div class="field">
                <label class="field__label" for="propose-days">{ t!(i18n, "request-propose-days") }</label>
                <input class="field__input" id="propose-days" type="number" min="1" max="365" inputmode="numeric"
                    value={(*days).clone()} {oninput} />
            </div>
            <Button id={Some(AttrValue::from("accept-proposed"))} kind={ButtonKind::Secondary} busy={props.busy} onclick={accept}>
                { t!(i18n, "request-accept-proposed") }
            </Button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RequestProps {
    request: std::rc::Rc<RequestView>,
}

/// While the request waits for information, the question asked stands above the reply box.
#[function_component(InfoAsked)]
fn info_asked(props: &RequestProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let can_translate = use_context::<CanTranslate>().unwrap_or_default().0;
    let request = &props.request;
    let asked = (request.state == RequestState::InfoRequested)
        .then(|| {
            request
                .timeline
                .iter()
                .rev()
                .find(|e| e.kind == EventKind::InfoRequested)
        })
        .flatten();
    let Some(asked) = asked else { return html! {} };
    html! {
        <div class="info-asked" id="info-asked">
            <h3 class="section__subtitle">{ t!(i18n, "request-info-asked", authority = asked.authority.name.clone()) }</h3>
            if let Some(note) = &asked.note {
                <FreeText text={note.clone()} />
                if note.language != i18n.language() && !can_translate {
                    <p class="muted" id="translation-unavailable">{ t!(i18n, "request-translation-unavailable") }</p>
                }
            } else if asked.note_hidden {
                <p class="muted">{ t!(i18n, "request-note-hidden") }</p>
            }
        </div>
    }
}

/// Closing: the requester rates the answer's timeliness and effort first. Ratings start
/// unchosen, so that a closing requester says what they think, not a default.
#[function_component(CloseForm)]
fn close_form(props: &RunProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let timeliness = use_state(|| None::<Rating>);
    let effort = use_state(|| None::<Rating>);
    let options: Vec<(String, String)> = Rating::ALL
        .iter()
        .map(|r| (r.as_str().to_owned(), i18n.dynamic(&r.message_id(), &[])))
        .collect();
    let select = |id: &'static str, label: String, rating: &UseStateHandle<Option<Rating>>| {
        let onchange = {
            let rating = rating.clone();
            Callback::from(move |value: String| rating.set(Rating::parse(&value)))
        };
        html! {
            <SelectField {id} {label} options={options.clone()} required=true
                value={rating.map(|r| r.as_str()).unwrap_or_default()}
                empty={Some(AttrValue::from(t!(i18n, "request-rating-choose")))} empty_selectable=false {onchange} />
        }
    };
    html! {
        <div class="inline-form">
            { select("rating-timeliness", t!(i18n, "request-rating-timeliness"), &timeliness) }
            { select("rating-effort", t!(i18n, "request-rating-effort"), &effort) }
            if let (Some(timeliness), Some(effort)) = (*timeliness, *effort) {
                <ActionButton kind={ActionKind::Close} action={Action::Close { timeliness, effort }}
                    primary=true busy={props.busy} run={props.run.clone()} />
            } else {
                <p class="muted" id="rating-needed">{ t!(i18n, "request-rating-needed") }</p>
            }
        </div>
    }
}

/// Choosing which of the responder's handlers deals with the request.
#[function_component(AssignForm)]
fn assign_form(props: &PartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let handlers = use_state(Vec::<UserRef>::new);
    {
        let (handlers, api) = (handlers.clone(), api.clone());
        use_effect_with((), move |()| {
            api.run(crate::api::handlers(), move |found| handlers.set(found))
        });
    }
    let onchange = {
        let (api, i18n, request, dispatch) = (
            api.clone(),
            i18n.clone(),
            props.request.clone(),
            props.state.dispatcher(),
        );
        Callback::from(move |value: String| {
            let user = value.parse::<i32>().ok().map(shared::UserId);
            let body = AssignInput {
                version: request.version,
                user,
            };
            let (toasts, i18n, dispatch, again, says) = (
                api.toasts().clone(),
                i18n.clone(),
                dispatch.clone(),
                dispatch.clone(),
                api.clone(),
            );
            api.run_or(
                {
                    let id = request.id;
                    async move { crate::api::assign(id, &body).await }
                },
                move |_| {
                    toasts.info(t!(i18n, "toast-assigned"));
                    dispatch.dispatch(PageAction::Reload);
                },
                move |failure| {
                    says.say(&failure);
                    again.dispatch(PageAction::Reload);
                },
            );
        })
    };
    let options: Vec<(String, String)> = handlers
        .iter()
        .map(|h| (h.id.0.to_string(), h.name.clone()))
        .collect();
    let value = props
        .request
        .assigned_to
        .as_ref()
        .map(|a| a.id.0.to_string())
        .unwrap_or_default();
    html! {
        <div class="inline-form">
            <SelectField id="assign-user" label={t!(i18n, "request-assign-label")} {options} {value}
                empty={Some(AttrValue::from(t!(i18n, "request-unassigned")))} {onchange} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TransferProps {
    request: std::rc::Rc<RequestView>,
    state: UseReducerHandle<super::state::PageState>,
    run: Callback<Action>,
}

/// Forwarding the request, or splitting the chosen questions off, to another authority.
#[function_component(Transfer)]
fn transfer(props: &TransferProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let request = &props.request;
    let exclude: Vec<i32> = [
        Some(request.requester.id.0),
        request.responder.as_ref().map(|r| r.id.0),
    ]
    .into_iter()
    .flatten()
    .collect();
    let forward = {
        let run = props.run.clone();
        Callback::from(move |hit: AuthorityHit| {
            run.emit(Action::Forward {
                to: ForwardTarget::Authority(hit.id),
            })
        })
    };
    let split = props.state.split.clone();
    let split_off = {
        let (run, split) = (props.run.clone(), split.clone());
        Callback::from(move |hit: AuthorityHit| {
            run.emit(Action::SplitOff {
                questions: split.clone(),
                to: AuthorityId(hit.id.0),
            })
        })
    };
    // Splitting needs some questions chosen, and not all (that would be forwarding).
    let splitting = request.actions.contains(&ActionKind::SplitOff)
        && !split.is_empty()
        && split.len() < request.questions.len();
    html! {
        <>
            if request.actions.contains(&ActionKind::Forward) {
                <details class="disclosure">
                    <summary>{ t!(i18n, "request-action-forward") }</summary>
                    <AuthorityPicker id="forward-search" area={request.area} onpick={forward} exclude={exclude.clone()} />
                </details>
            }
            if splitting {
                <details class="disclosure" open=true>
                    <summary>{ t!(i18n, "request-action-split-off") }</summary>
                    <AuthorityPicker id="split-search" area={request.area} onpick={split_off} {exclude} />
                </details>
            }
        </>
    }
}

/// Starting a new request with the same questions, area, responder and subject.
#[function_component(Reuse)]
fn reuse(props: &RequestProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let navigator = use_navigator();
    let onclick = {
        let request = props.request.clone();
        Callback::from(move |_| {
            let copy = DraftInput {
                kind: request.kind,
                area: request.area,
                responder: request.responder.as_ref().map(|r| r.id),
                subject: request.subject.clone().unwrap_or_default(),
                questions: request
                    .questions
                    .iter()
                    .map(|q| DraftQuestion {
                        question: q.id,
                        values: q.values.clone(),
                    })
                    .collect(),
                comment: request.comment.clone(),
                requested_date: None,
            };
            if let Some(json) = crate::api::to_json(&copy) {
                let _ = gloo::storage::SessionStorage::set(REUSE_KEY, json);
            }
            if let Some(navigator) = &navigator {
                navigator.push(&Route::NewRequest);
            }
        })
    };
    html! {
        <Button id={Some(AttrValue::from("reuse"))} kind={ButtonKind::Ghost} {onclick}>{ t!(i18n, "request-reuse") }</Button>
    }
}
