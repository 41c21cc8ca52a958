//! The overview's boxes as tabs, and the filters above the list.

use shared::dto::RequestCounts;
use shared::error::FieldCode;
use shared::lifecycle::RequestState;
use shared::query::RequestSort;
use shared::request::RequestBox;
use shared::{CountryCode, LegislativeArea};
use yew::prelude::*;

use super::filters::{Filter, Filters};
use crate::components::{CountrySelect, DateField, SelectField};
use crate::format;
use crate::i18n::I18n;
use crate::labels::{area_text, code_text, state_text};
use crate::session::Session;
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

/// How many requests a box holds, for the boxes that count.
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

#[derive(Properties, PartialEq)]
pub struct BoxTabsProps {
    pub filters: UseReducerHandle<Filters>,
    pub counts: RequestCounts,
}

#[function_component(BoxTabs)]
pub fn box_tabs(props: &BoxTabsProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let language = i18n.language();
    html! {
        <div class="tabs" role="tablist" aria-label={t!(i18n, "inbox-boxes")}>
            { for BOXES.into_iter().map(|b| {
                let onclick = {
                    let dispatch = props.filters.dispatcher();
                    Callback::from(move |_| dispatch.dispatch(Filter::Box(b)))
                };
                let current = props.filters.which == b;
                let count = count_of(&props.counts, b).filter(|c| *c > 0);
                html! {
                    <button type="button" role="tab" class={classes!("tab", current.then_some("tab--current"))}
                        aria-selected={current.to_string()} id={format!("box-{}", b.as_str())} {onclick}>
                        { i18n.dynamic(&b.message_id(), &[]) }
                        if let Some(count) = count {
                            <span class="tab__count">{ format::count(count.min(1000), count > 1000, language) }</span>
                        }
                    </button>
                }
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FilterFormProps {
    pub filters: UseReducerHandle<Filters>,
}

#[function_component(FilterForm)]
pub fn filter_form(props: &FilterFormProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let filters = &props.filters;
    // Each field's handler turns its value into one change of the filters.
    let change = |make: fn(String) -> Filter| {
        let dispatch = filters.dispatcher();
        Callback::from(move |value: String| dispatch.dispatch(make(value)))
    };
    let on_country = {
        let dispatch = filters.dispatcher();
        Callback::from(move |chosen: Option<CountryCode>| {
            dispatch.dispatch(Filter::Country(chosen))
        })
    };
    let on_number = {
        let dispatch = filters.dispatcher();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            dispatch.dispatch(Filter::Number(input.value()));
        })
    };
    let on_assigned = {
        let dispatch = filters.dispatcher();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            dispatch.dispatch(Filter::AssignedToMe(input.checked()));
        })
    };
    // Where allocation assigns requests to handlers, a handler's own work is one tick away
    // (and, kept on the device, the way to it offline).
    let session = use_context::<Session>().expect("Session is provided");
    let allocating = session
        .me()
        .and_then(|me| me.authority())
        .is_some_and(|a| a.allocation_enabled);
    let invalid = filters.number_invalid();
    let areas: Vec<(String, String)> = LegislativeArea::all()
        .map(|a| (a.as_str().to_owned(), area_text(&i18n, a)))
        .collect();
    let states: Vec<(String, String)> = RequestState::ALL
        .iter()
        .map(|s| (s.as_str().to_owned(), state_text(&i18n, *s)))
        .collect();
    let sorts: Vec<(String, String)> = RequestSort::ALL
        .iter()
        .map(|s| (s.as_str().to_owned(), i18n.dynamic(&s.message_id(), &[])))
        .collect();
    html! {
        <div class="search-form" role="search">
            <div class={classes!("field", "search-form__text", invalid.then_some("field--invalid"))}>
                <label class="field__label" for="request-number">{ t!(i18n, "inbox-number-label") }</label>
                <input class="field__input" id="request-number"
                    type="search" inputmode="numeric" autocomplete="off" aria-invalid={invalid.to_string()}
                    aria-describedby={invalid.then_some("request-number-error")}
                    value={filters.number.clone()} oninput={on_number} />
                if invalid {
                    <p class="field__error" id="request-number-error">{ code_text(&i18n, FieldCode::InvalidFormat) }</p>
                }
            </div>
            <SelectField id="inbox-area" label={t!(i18n, "catalogue-area-label")} options={areas}
                value={filters.area.map(|a| a.as_str()).unwrap_or_default()}
                empty={Some(AttrValue::from(t!(i18n, "authorities-any-area")))}
                onchange={change(|v| Filter::Area(LegislativeArea::parse(&v).ok()))} />
            <CountrySelect id="inbox-country" value={filters.country} onchange={on_country} />
            <SelectField id="inbox-state" label={t!(i18n, "inbox-state-label")} options={states}
                value={filters.state.map(|s| s.as_str()).unwrap_or_default()}
                empty={Some(AttrValue::from(t!(i18n, "inbox-any-state")))}
                onchange={change(|v| Filter::State(RequestState::parse(&v)))} />
            <DateField id="inbox-from" label={t!(i18n, "inbox-from-label")} value={filters.from.clone()} oninput={change(Filter::From)} />
            <DateField id="inbox-to" label={t!(i18n, "inbox-to-label")} value={filters.to.clone()} oninput={change(Filter::To)} />
            <SelectField id="inbox-sort" label={t!(i18n, "inbox-sort-label")} options={sorts}
                value={filters.sort.as_str()}
                onchange={change(|v| Filter::Sort(RequestSort::parse(&v).unwrap_or(RequestSort::UpdatedDesc)))} />
            if allocating || filters.assigned_to_me {
                <label class="check search-form__check" id="inbox-assigned">
                    <input type="checkbox" id="inbox-assigned-to-me" checked={filters.assigned_to_me} onchange={on_assigned} />
                    { t!(i18n, "inbox-assigned-to-me") }
                </label>
            }
        </div>
    }
}
