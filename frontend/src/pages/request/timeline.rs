//! Everything that happened to the request, oldest first, and the box to write a message to
//! the other party.

use shared::dto::{EventView, MessageInput};
use shared::request::LangText;
use yew::prelude::*;
use yew_router::prelude::*;

use super::state::{PageAction, PartProps};
use crate::components::{Button, ButtonKind, Field, FreeText};
use crate::format;
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::labels::party_text;
use crate::queue::What;
use crate::route::Route;
use crate::t;

/// One event: what happened, who did it, when, and what it carried. An event after `since`
/// (the oldest change made offline that the request's changes held back) is marked as new,
/// so the author of that change sees what happened meanwhile.
fn event_item(i18n: &I18n, event: &EventView, since: Option<f64>) -> Html {
    let authority = party_text(i18n, &event.authority.name, event.authority.country);
    let new = since.is_some_and(|since| web_sys::js_sys::Date::parse(&event.at) > since);
    html! {
        <li class={classes!("timeline__event", new.then_some("timeline__event--new"))} data-kind={event.kind.as_str()}>
            if new {
                <span class="badge badge--warning timeline__new">{ t!(i18n, "timeline-new") }</span>
            }
            <span class="timeline__what">{ i18n.dynamic(&event.kind.message_id(), &[]) }</span>
            <span class="timeline__who">{ t!(i18n, "timeline-who", user = event.user.clone(), authority = authority) }</span>
            <time class="timeline__when muted" datetime={event.at.clone()}>{ format::date_time(&event.at, i18n.language()) }</time>
            if let Some(other) = &event.other {
                <span class="timeline__other">{ t!(i18n, "timeline-to", authority = other.name.clone()) }</span>
            }
            if let Some(split_to) = event.split_to {
                <Link<Route> to={Route::Request { id: split_to.0 }}>{ t!(i18n, "timeline-split-to", id = split_to.0) }</Link<Route>>
            }
            if !event.fields.is_empty() {
                <span class="timeline__other">{ t!(i18n, "timeline-fields", fields = event.fields.iter()
                    .map(|field| crate::labels::personal_field_text(i18n, *field, None))
                    .collect::<Vec<_>>().join(", ")) }</span>
            }
            if let Some(assignee) = &event.assignee {
                <span class="timeline__other">{ t!(i18n, "request-assigned-to", name = assignee.clone()) }</span>
            }
            if let Some(note) = &event.note { <FreeText text={note.clone()} /> }
            if event.note_hidden {
                <span class="timeline__hidden muted">{ t!(i18n, "request-note-hidden") }</span>
            }
        </li>
    }
}

#[function_component(Timeline)]
pub fn timeline(props: &PartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let since = props
        .state
        .queued
        .iter()
        .filter(|change| matches!(change.status, crate::queue::Status::Conflict { .. }))
        .map(|change| web_sys::js_sys::Date::parse(&change.made_at))
        .reduce(f64::min);
    html! {
        <section class="section" aria-labelledby="timeline-title">
            <h2 class="section__title" id="timeline-title">{ t!(i18n, "request-timeline") }</h2>
            <ol class="timeline" id="timeline">
                { for props.request.timeline.iter().map(|event| event_item(&i18n, event, since)) }
            </ol>
            if props.request.may.message {
                <MessageForm request={props.request.clone()} state={props.state.clone()} />
            }
        </section>
    }
}

/// A message to the other party, in the writer's language.
#[function_component(MessageForm)]
fn message_form(props: &PartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let message = use_state(String::new);
    let user = crate::session::use_user();
    // A message given back from the queue (`waiting.rs`) to be edited fills the box.
    {
        let message = message.clone();
        use_effect_with(props.state.restored_message.clone(), move |restored| {
            if let Some((_, text)) = restored {
                message.set(text.clone());
            }
        });
    }
    let onsubmit = {
        let (api, i18n, message) = (api.clone(), i18n.clone(), message.clone());
        let (id, dispatch) = (props.request.id, props.state.dispatcher());
        let version = props.request.version;
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = message.trim().to_owned();
            if text.is_empty() {
                return;
            }
            let body = MessageInput {
                text: LangText {
                    text,
                    language: i18n.language(),
                },
                version: None,
            };
            let (message, dispatch, toasts, i18n) = (
                message.clone(),
                dispatch.clone(),
                api.toasts().clone(),
                i18n.clone(),
            );
            api.run(
                async move {
                    match crate::api::send_message(id, &body).await {
                        Ok(()) => Ok(true),
                        // No connection: the message is kept on the device, guarded by the
                        // version it was written on, and sent when the connection returns.
                        Err(failure) => match user {
                            Some(user) if crate::queue::unreachable(&failure) => {
                                let what = What::Message { text: body.text };
                                crate::queue::keep(user, id, version, what, None).await?;
                                Ok(false)
                            }
                            _ => Err(failure),
                        },
                    }
                },
                move |reached| {
                    message.set(String::new());
                    if reached {
                        dispatch.dispatch(PageAction::Reload);
                    } else {
                        toasts.info(t!(i18n, "toast-queued"));
                    }
                },
            );
        })
    };
    html! {
        <form class="inline-form" {onsubmit}>
            <Field id="message" label={t!(i18n, "request-message")} multiline=true personal=true
                value={(*message).clone()} oninput={{ let message = message.clone(); Callback::from(move |v| message.set(v)) }} />
            <Button id={Some(AttrValue::from("send-message"))} kind={ButtonKind::Secondary} submit=true busy={api.busy()}>{ t!(i18n, "request-message-send") }</Button>
        </form>
    }
}
