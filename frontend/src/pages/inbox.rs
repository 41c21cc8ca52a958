//! The overview, the home page after log-in: requests to accept, to answer, awaiting the
//! other side, overdue, drafts and closed, with filters, sorting and search by number.

use shared::query::{Paging, RequestListQuery, RequestSort};
use shared::request::{RequestBox, RequestCounts, RequestListPage, parse_request_number};
use shared::{CountryCode, LegislativeArea};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{
    Badge, BadgeTone, CountrySelect, DateField, EmptyState, Pager, use_toasts,
};
use crate::format;
use crate::i18n::I18n;
use crate::pages::catalogue::area_message_id;
use crate::pages::request::state_tone;
use crate::pages::{code_text, error_text};
use crate::route::Route;
use crate::t;

const BOXES: [RequestBox; 7] = [
    RequestBox::ToAccept,
    RequestBox::ToAnswer,
    RequestBox::Awaiting,
    RequestBox::Overdue,
    RequestBox::Drafts,
    RequestBox::Closed,
    RequestBox::All,
];

fn count_of(counts: &RequestCounts, which: RequestBox) -> Option<u64> {
    match which {
        RequestBox::ToAccept => Some(counts.to_accept),
        RequestBox::ToAnswer => Some(counts.to_answer),
        RequestBox::Awaiting => Some(counts.awaiting),
        RequestBox::Overdue => Some(counts.overdue),
        RequestBox::Drafts => Some(counts.drafts),
        RequestBox::Closed | RequestBox::All => None,
    }
}

#[function_component(Inbox)]
pub fn inbox() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let toasts = use_toasts();
    let which = use_state(|| RequestBox::All);
    let area = use_state(|| None::<LegislativeArea>);
    let country = use_state(|| None::<CountryCode>);
    let number = use_state(String::new);
    let sort = use_state(|| RequestSort::UpdatedDesc);
    let state_filter = use_state(|| None::<shared::lifecycle::RequestState>);
    let from = use_state(String::new);
    let to = use_state(String::new);
    let page = use_state(|| 1u64);
    let list = use_state(|| None::<RequestListPage>);
    let counts = use_state(RequestCounts::default);
    // The live counters: when they move, the list is fetched again.
    let live = use_context::<shared::request::LiveCounts>().unwrap_or_default();
    // Once the overview has shown, the request pages' module comes when the browser is idle,
    // so that opening a request does not wait for it.
    use_effect_with((), |_| crate::lazy::prefetch_pages());

    // Answers can arrive out of order; only the newest query's answer is shown.
    let generation = use_mut_ref(|| 0u64);
    {
        let generation = generation.clone();
        let (list, counts, toasts, i18n_errors) =
            (list.clone(), counts.clone(), toasts.clone(), i18n.clone());
        let key = (
            *which,
            *area,
            *country,
            (*number).clone(),
            *sort,
            *page,
            live.counts.clone(),
            (
                *state_filter,
                (*from).clone(),
                (*to).clone(),
                i18n.language(),
            ),
        );
        use_effect_with(
            key,
            move |(which, area, country, number, sort, page, _, (state, from, to, language))| {
                let number = number.trim();
                let query = RequestListQuery {
                    which: *which,
                    area: *area,
                    country: *country,
                    state: *state,
                    // An unreadable number is said at the field; the list stays as it was.
                    number: if number.is_empty() {
                        None
                    } else {
                        match parse_request_number(number) {
                            Some(id) => Some(id),
                            None => return Box::new(|| ()) as Box<dyn FnOnce()>,
                        }
                    },
                    // The date fields give `YYYY-MM-DD` once a date is complete, else nothing.
                    from: shared::Date::parse(from).ok(),
                    to: shared::Date::parse(to).ok(),
                    sort: *sort,
                    paging: Paging::default().with_page(u32::try_from(*page).unwrap_or(1)),
                    // The rows name topics in the interface's language.
                    language: Some(*language),
                };
                *generation.borrow_mut() += 1;
                let mine = *generation.borrow();
                let timer = gloo::timers::callback::Timeout::new(120, move || {
                    wasm_bindgen_futures::spawn_local(async move {
                        let found = crate::api::requests(&query).await;
                        if *generation.borrow() != mine {
                            return;
                        }
                        match found {
                            Ok(found) => list.set(Some(found)),
                            Err(failure) => toasts.error(error_text(&i18n_errors, &failure)),
                        }
                        if let Ok(found) = crate::api::request_counts().await {
                            counts.set(found);
                        }
                    });
                });
                Box::new(move || drop(timer)) as Box<dyn FnOnce()>
            },
        );
    }

    let page_handle = page.clone();
    let session = use_context::<crate::session::Session>().expect("Session is provided");
    let me = match &session.status {
        crate::session::SessionStatus::SignedIn(me) => Some(me.clone()),
        _ => None,
    };
    let local_admin = me
        .as_ref()
        .is_some_and(|me| me.roles.contains(&shared::Role::LOCAL_ADMINISTRATOR));
    let on_allocation = {
        let (toasts, i18n, set, me) = (
            toasts.clone(),
            i18n.clone(),
            session.set.clone(),
            me.clone(),
        );
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let enabled = input.checked();
            let (toasts, i18n, set, me) = (toasts.clone(), i18n.clone(), set.clone(), me.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::set_allocation(enabled).await {
                    Ok(()) => {
                        if let Some(mut me) = me {
                            me.authority.allocation_enabled = enabled;
                            set.emit(crate::session::SessionStatus::SignedIn(me));
                        }
                        toasts.info(t!(i18n, "toast-saved"));
                    }
                    Err(failure) => toasts.error(error_text(&i18n, &failure)),
                }
            });
        })
    };
    let on_area = {
        let (area, page) = (area.clone(), page_handle.clone());
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlSelectElement = event.target_unchecked_into();
            page.set(1);
            area.set(LegislativeArea::parse(&input.value()).ok());
        })
    };
    let on_country = {
        let (country, page) = (country.clone(), page_handle.clone());
        Callback::from(move |chosen: Option<CountryCode>| {
            page.set(1);
            country.set(chosen);
        })
    };
    let on_state = {
        let (state_filter, page) = (state_filter.clone(), page.clone());
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlSelectElement = event.target_unchecked_into();
            page.set(1);
            state_filter.set(shared::lifecycle::RequestState::parse(&input.value()));
        })
    };
    let on_date = |handle: UseStateHandle<String>| {
        let page = page.clone();
        Callback::from(move |value: String| {
            page.set(1);
            handle.set(value);
        })
    };
    let on_sort = {
        let sort = sort.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(chosen) = RequestSort::parse(&input.value()) {
                sort.set(chosen);
            }
        })
    };
    let on_number = {
        let (number, page) = (number.clone(), page_handle.clone());
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            page.set(1);
            number.set(input.value());
        })
    };
    let language = i18n.language();
    let number_invalid = !number.trim().is_empty() && parse_request_number(number.trim()).is_none();

    let rows = match &*list {
        None => html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> },
        Some(found) if found.rows.is_empty() => html! {
            <EmptyState title={t!(i18n, "inbox-empty-title")} body={t!(i18n, "inbox-empty-body-box")} />
        },
        Some(found) => {
            let pages = found.total.div_ceil(found.per_page).max(1);
            let onchange = {
                let page = page.clone();
                Callback::from(move |to: u64| page.set(to))
            };
            html! {
                <>
                    <p class="muted" role="status" id="request-count">{ if found.total_capped { t!(i18n, "inbox-total", count = format::count(found.total, true, language)) } else { t!(i18n, "inbox-total", count = found.total) } }</p>
                    <ul class="result-list" id="request-list">
                        { for found.rows.iter().map(|row| {
                            let other = if row.side == shared::lifecycle::Side::Requesting { row.responder.clone() } else { Some(row.requester.clone()) };
                            html! {
                                <li class="result" key={row.id.0} data-request={row.id.0.to_string()}>
                                    <Link<Route> to={Route::Request { id: row.id.0 }} classes="result__name">
                                        { t!(i18n, "request-title", number = row.number.clone()) }
                                    </Link<Route>>
                                    { match &row.about {
                                        Some(shared::request::About::Subject { name }) => html! { <span class="result__about">{ name }</span> },
                                        Some(shared::request::About::Topic { name, .. }) => html! { <span class="result__about result__about--topic">{ name }</span> },
                                        None => html! {},
                                    } }
                                    if let Some(other) = other {
                                        <span class="result__place">{ crate::pages::party_text(&i18n, &other.name, other.country) }</span>
                                    }
                                    <div class="question__meta">
                                        <Badge label={i18n.dynamic(&row.state.message_id(), &[])} tone={state_tone(row.state)} />
                                        <Badge label={i18n.dynamic(&area_message_id(row.area), &[])} tone={BadgeTone::Info} />
                                        if row.overdue { <Badge label={t!(i18n, "request-overdue")} tone={BadgeTone::Danger} /> }
                                        <span class="muted">{ t!(i18n, "request-questions", count = row.questions) }</span>
                                        if let Some(deadline) = row.deadline {
                                            <span class="muted">{ t!(i18n, "inbox-deadline", date = format::date(deadline, language)) }</span>
                                        }
                                        // What happened last, and when.
                                        <span class="muted" data-last-change={row.last_change.map(|k| k.as_str())}>{
                                            match row.last_change {
                                                Some(kind) => t!(i18n, "inbox-last-change", what = i18n.dynamic(&kind.message_id(), &[]), when = format::date_time(&row.updated_at, language)),
                                                None => format::date_time(&row.updated_at, language),
                                            }
                                        }</span>
                                    </div>
                                </li>
                            }
                        }) }
                    </ul>
                    <Pager page={found.page} {pages} {onchange} />
                </>
            }
        }
    };

    html! {
        <div class="page">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "inbox-title") }</h1>
                <Link<Route> to={Route::NewRequest} classes="btn btn--primary">
                    <span id="new-request">{ t!(i18n, "inbox-new-request") }</span>
                </Link<Route>>
            </div>
            if local_admin {
                <label class="check" id="allocation-setting">
                    <input type="checkbox" id="allocation-toggle" checked={me.as_ref().is_some_and(|me| me.authority.allocation_enabled)} onchange={on_allocation} />
                    { t!(i18n, "inbox-allocation-toggle") }
                </label>
            }
            <div class="tabs" role="tablist" aria-label={t!(i18n, "inbox-boxes")}>
                { for BOXES.iter().map(|b| {
                    let onclick = {
                        let (which, page, b) = (which.clone(), page.clone(), *b);
                        Callback::from(move |_| { page.set(1); which.set(b); })
                    };
                    let count = count_of(&counts, *b).filter(|c| *c > 0);
                    html! {
                        <button type="button" role="tab" class={classes!("tab", (*which == *b).then_some("tab--current"))}
                            aria-selected={(*which == *b).to_string()} id={format!("box-{}", b.as_str())} {onclick}>
                            { i18n.dynamic(&b.message_id(), &[]) }
                            if let Some(count) = count {
                                <span class="tab__count">{ format::count(count.min(1000), count > 1000, language) }</span>
                            }
                        </button>
                    }
                }) }
            </div>
            <div class="search-form" role="search">
                <div class={classes!("field", "search-form__text", number_invalid.then_some("field--invalid"))}>
                    <label class="field__label" for="request-number">{ t!(i18n, "inbox-number-label") }</label>
                    <input class="field__input" id="request-number"
                        type="search" inputmode="numeric" autocomplete="off" aria-invalid={number_invalid.to_string()}
                        aria-describedby={number_invalid.then_some("request-number-error")}
                        value={(*number).clone()} oninput={on_number} />
                    if number_invalid {
                        <p class="field__error" id="request-number-error">{ code_text(&i18n, shared::error::FieldCode::InvalidFormat) }</p>
                    }
                </div>
                <div class="field">
                    <label class="field__label" for="inbox-area">{ t!(i18n, "catalogue-area-label") }</label>
                    <select class="field__input" id="inbox-area" onchange={on_area}>
                        <option value="" selected={area.is_none()}>{ t!(i18n, "authorities-any-area") }</option>
                        { for LegislativeArea::all().map(|a| html! {
                            <option value={a.as_str()} selected={*area == Some(a)}>{ i18n.dynamic(&area_message_id(a), &[]) }</option>
                        }) }
                    </select>
                </div>
                <CountrySelect id="inbox-country" value={*country} onchange={on_country} />
                <div class="field">
                    <label class="field__label" for="inbox-state">{ t!(i18n, "inbox-state-label") }</label>
                    <select class="field__input" id="inbox-state" onchange={on_state}>
                        <option value="" selected={state_filter.is_none()}>{ t!(i18n, "inbox-any-state") }</option>
                        { for shared::lifecycle::RequestState::ALL.iter().map(|s| html! {
                            <option value={s.as_str()} selected={*state_filter == Some(*s)}>{ i18n.dynamic(&s.message_id(), &[]) }</option>
                        }) }
                    </select>
                </div>
                <DateField id="inbox-from" label={t!(i18n, "inbox-from-label")} value={(*from).clone()} oninput={on_date(from.clone())} />
                <DateField id="inbox-to" label={t!(i18n, "inbox-to-label")} value={(*to).clone()} oninput={on_date(to.clone())} />
                <div class="field">
                    <label class="field__label" for="inbox-sort">{ t!(i18n, "inbox-sort-label") }</label>
                    <select class="field__input" id="inbox-sort" onchange={on_sort}>
                        { for RequestSort::ALL.iter().map(|key| html! {
                            <option value={key.as_str()} selected={*sort == *key}>{ i18n.dynamic(&key.message_id(), &[]) }</option>
                        }) }
                    </select>
                </div>
            </div>
            { rows }
        </div>
    }
}
