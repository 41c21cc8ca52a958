//! The overview, the home page after log-in: requests to accept, to answer, awaiting the
//! other side, overdue, drafts and closed, with filters, sorting and search by number. One
//! component per part ([`form`], [`rows`]) over the filters' reducer ([`filters`]).

mod alerts;
mod filters;
mod form;
mod rows;

use shared::dto::{LiveCounts, RequestCounts, RequestListPage};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::route::Route;
use crate::session::{Session, SessionStatus};
use crate::t;
use filters::Filters;

/// A pause in typing this long fetches the list.
const DEBOUNCE_MS: u32 = 120;

/// Fetches the list for the filters once typing pauses, then the box counters; only the
/// newest query's answer is shown, since answers can arrive out of order. The live counters
/// (`LiveCounts`) are part of the key: when they move, the list is fetched again.
#[hook]
fn use_request_list(
    filters: Filters,
    live: RequestCounts,
) -> (
    UseStateHandle<Option<RequestListPage>>,
    UseStateHandle<RequestCounts>,
) {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let list = use_state(|| None::<RequestListPage>);
    let counts = use_state(RequestCounts::default);
    let generation = use_mut_ref(|| 0u64);
    {
        let (list, counts) = (list.clone(), counts.clone());
        use_effect_with(
            (filters, live, i18n.language()),
            move |(filters, _, language)| {
                let query = filters.query(*language);
                *generation.borrow_mut() += 1;
                let mine = *generation.borrow();
                let timer = query.map(|query| {
                    gloo::timers::callback::Timeout::new(DEBOUNCE_MS, move || {
                        wasm_bindgen_futures::spawn_local(async move {
                            let found = crate::api::requests(&query).await;
                            if *generation.borrow() != mine {
                                return;
                            }
                            match found {
                                Ok(found) => list.set(Some(found)),
                                Err(failure) => api.say(&failure),
                            }
                            if let Ok(found) = crate::api::request_counts().await {
                                counts.set(found);
                            }
                        });
                    })
                });
                move || drop(timer)
            },
        );
    }
    (list, counts)
}

#[function_component(Inbox)]
pub fn inbox() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let filters = use_reducer(Filters::default);
    let live = use_context::<LiveCounts>().unwrap_or_default();
    let (list, counts) = use_request_list((*filters).clone(), live.counts);
    // Once the overview has shown, the request pages' module comes when the browser is idle,
    // so that opening a request does not wait for it.
    use_effect_with((), |_| crate::lazy::prefetch_pages());
    html! {
        <div class="page">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "inbox-title") }</h1>
                <Link<Route> to={Route::NewRequest} classes="btn btn--primary">
                    <span id="new-request">{ t!(i18n, "inbox-new-request") }</span>
                </Link<Route>>
            </div>
            <AllocationToggle />
            <alerts::AlertsBox />
            <form::BoxTabs filters={filters.clone()} counts={(*counts).clone()} />
            <form::FilterForm filters={filters.clone()} />
            <rows::Rows list={(*list).clone()} {filters} />
        </div>
    }
}

/// A local administrator turns allocation on or off for the whole authority: with it on,
/// incoming requests wait for an allocator to assign them to a handler.
#[function_component(AllocationToggle)]
fn allocation_toggle() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let api = use_api_call();
    let SessionStatus::SignedIn(me) = &session.status else {
        return html! {};
    };
    if !me.roles.contains(&shared::Role::LOCAL_ADMINISTRATOR) {
        return html! {};
    }
    let onchange = {
        let (api, i18n, set, me) = (api.clone(), i18n.clone(), session.set.clone(), me.clone());
        Callback::from(move |event: Event| {
            let enabled = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            let (toasts, i18n, set, mut me) =
                (api.toasts().clone(), i18n.clone(), set.clone(), me.clone());
            api.run(crate::api::set_allocation(enabled), move |()| {
                if let Some(authority) = me.authority_mut() {
                    authority.allocation_enabled = enabled;
                }
                set.emit(SessionStatus::SignedIn(me));
                toasts.info(t!(i18n, "toast-saved"));
            });
        })
    };
    html! {
        <label class="check" id="allocation-setting">
            <input type="checkbox" id="allocation-toggle" checked={me.authority().is_some_and(|a| a.allocation_enabled)} {onchange} />
            { t!(i18n, "inbox-allocation-toggle") }
        </label>
    }
}
