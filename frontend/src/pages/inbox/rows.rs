//! The overview's list: one row per request, with whom it is about, the other party, its
//! state, area, deadline and what happened last; and the pages.

use shared::dto::{About, RequestListPage, RequestSummary};
use shared::lifecycle::Side;
use yew::prelude::*;
use yew_router::prelude::*;

use super::filters::{Filter, Filters};
use crate::components::{Badge, BadgeTone, EmptyState, Pager};
use crate::format;
use crate::i18n::I18n;
use crate::labels::{area_text, party_text, state_text, state_tone};
use crate::route::Route;
use crate::t;

#[derive(Properties, PartialEq)]
pub struct RowsProps {
    pub list: Option<RequestListPage>,
    pub filters: UseReducerHandle<Filters>,
}

#[function_component(Rows)]
pub fn rows(props: &RowsProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let language = i18n.language();
    let found = match &props.list {
        None => return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> },
        Some(found) if found.rows.is_empty() => {
            return html! {
                <EmptyState title={t!(i18n, "inbox-empty-title")} body={t!(i18n, "inbox-empty-body-box")} />
            };
        }
        Some(found) => found,
    };
    let pages = found.total.div_ceil(found.per_page).max(1);
    let onchange = {
        let dispatch = props.filters.dispatcher();
        Callback::from(move |to: u64| dispatch.dispatch(Filter::Page(to)))
    };
    let total = if found.total_capped {
        t!(
            i18n,
            "inbox-total",
            count = format::count(found.total, true, language)
        )
    } else {
        t!(i18n, "inbox-total", count = found.total)
    };
    html! {
        <>
            <p class="muted" role="status" id="request-count">{ total }</p>
            <ul class="result-list" id="request-list">
                { for found.rows.iter().map(|row| row_item(&i18n, row)) }
            </ul>
            <Pager page={found.page} {pages} {onchange} />
        </>
    }
}

/// One request in the list.
fn row_item(i18n: &I18n, row: &RequestSummary) -> Html {
    let language = i18n.language();
    let other = match row.side {
        Side::Requesting => row.responder.clone(),
        _ => Some(row.requester.clone()),
    };
    // What happened last, and when.
    let last = match row.last_change {
        Some(kind) => t!(
            i18n,
            "inbox-last-change",
            what = i18n.dynamic(&kind.message_id(), &[]),
            when = format::date_time(&row.updated_at, language)
        ),
        None => format::date_time(&row.updated_at, language),
    };
    html! {
        <li class="result" key={row.id.0} data-request={row.id.0.to_string()}>
            <Link<Route> to={Route::Request { id: row.id.0 }} classes="result__name">
                { t!(i18n, "request-title", number = row.number.clone()) }
            </Link<Route>>
            { match &row.about {
                Some(About::Subject { name }) => html! { <span class="result__about">{ name }</span> },
                Some(About::Topic { name, .. }) => html! { <span class="result__about result__about--topic">{ name }</span> },
                None => html! {},
            } }
            if let Some(other) = other {
                <span class="result__place">{ party_text(i18n, &other.name, other.country) }</span>
            }
            <div class="question__meta">
                <Badge label={state_text(i18n, row.state)} tone={state_tone(row.state)} />
                <Badge label={area_text(i18n, row.area)} tone={BadgeTone::Info} />
                if row.kind == shared::inspection::RequestKind::Inspection {
                    <Badge label={i18n.dynamic(&row.kind.message_id(), &[])} tone={BadgeTone::Info} />
                }
                if row.overdue { <Badge label={t!(i18n, "request-overdue")} tone={BadgeTone::Danger} /> }
                <span class="muted">{ match row.kind {
                    shared::inspection::RequestKind::Inspection => t!(i18n, "request-checklist", count = row.questions),
                    shared::inspection::RequestKind::Information => t!(i18n, "request-questions", count = row.questions),
                } }</span>
                if let Some(deadline) = row.deadline {
                    <span class="muted">{ t!(i18n, "inbox-deadline", date = format::date(deadline, language)) }</span>
                }
                <span class="muted" data-last-change={row.last_change.map(|k| k.as_str())}>{ last }</span>
            </div>
        </li>
    }
}
