//! One request as the reader may see it: questions and answers in the reader's language, free
//! text with the language it was written in, the timeline, and only the actions the server
//! says this user may take now. The page is one component per part ([`summary`], [`answers`],
//! [`documents`], [`actions`], [`timeline`]) over one state changed by one reducer
//! ([`state`]).

mod actions;
mod answers;
mod documents;
mod report;
mod state;
mod summary;
mod timeline;
mod waiting;

use shared::RequestId;
use yew::prelude::*;

use crate::components::CanTranslate;
use crate::i18n::I18n;
use crate::labels::error_text;
use crate::t;
use state::{PageAction, PageState};

/// The session-storage key under which "reuse" hands a draft to the compose page.
pub const REUSE_KEY: &str = "imi.reuse";

#[derive(Properties, PartialEq)]
pub struct RequestPageProps {
    pub id: i32,
}

#[function_component(RequestPage)]
pub fn request_page(props: &RequestPageProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let state = use_reducer(PageState::default);
    let can_translate = use_state(|| CanTranslate(false));
    {
        let can_translate = can_translate.clone();
        use_effect_with((), move |()| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(status) = crate::api::translation_status().await {
                    can_translate.set(CanTranslate(status.available));
                }
            });
        });
    }
    let id = RequestId(props.id);
    let user = crate::session::use_user();
    // The changes made offline for this request: shown, and put into the forms. When one
    // leaves the queue (sent, or discarded) or the server held one back, the request is read
    // again to show what it did, or what overtook the change.
    {
        let dispatch = state.dispatcher();
        let before = use_mut_ref(Vec::<crate::queue::Change>::new);
        let found = Callback::from(move |queued: Vec<crate::queue::Change>| {
            let moved = before.borrow().iter().any(|old| {
                !queued
                    .iter()
                    .any(|new| new.seq == old.seq && new.status == old.status)
            });
            *before.borrow_mut() = queued.clone();
            dispatch.dispatch(PageAction::Queued(queued));
            if moved {
                dispatch.dispatch(PageAction::Reload);
            }
        });
        crate::queue::use_queued(user, id, found);
    }
    {
        let dispatch = state.dispatcher();
        use_effect_with(
            (id, i18n.language(), state.generation),
            move |(id, language, _)| {
                let (id, language) = (*id, *language);
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = crate::api::request(id, language).await.map(Box::new);
                    dispatch.dispatch(PageAction::Loaded(loaded));
                });
            },
        );
    }
    let request = match &state.view {
        None => return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> },
        Some(Err(failure)) => {
            return html! {
                <div class="page">
                    <h1 class="page__title" id="page-title">{ t!(i18n, "request-title-unknown") }</h1>
                    <p role="alert">{ error_text(&i18n, failure) }</p>
                </div>
            };
        }
        Some(Ok(request)) => request.clone(),
    };
    html! {
        <ContextProvider<CanTranslate> context={*can_translate}>
        <div class="page request-page">
            <summary::Summary request={request.clone()} state={state.clone()} />
            if !state.queued.is_empty() {
                <waiting::Waiting request={request.clone()} state={state.clone()} />
            }
            <answers::Questions request={request.clone()} state={state.clone()} />
            <documents::Documents request={request.clone()} state={state.clone()} />
            if request.kind == shared::inspection::RequestKind::Inspection {
                <report::Report request={request.clone()} state={state.clone()} />
            }
            <actions::Actions request={request.clone()} state={state.clone()} />
            <timeline::Timeline request={request} state={state} />
        </div>
        </ContextProvider<CanTranslate>>
    }
}
