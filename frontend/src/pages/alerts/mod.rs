//! Alerts: one authority warning many. The list of the user's boxes ([`AlertsPage`]), composing
//! in steps ([`compose`]), one alert with its recipients and the actions allowed now
//! ([`view`]), and the check page ("may this professional practise?", [`check`]). Every rule
//! comes from `shared::alert`: the form checks a draft with the server's own
//! `check_alert_draft`, and the page offers only the actions `allowed_actions` gave.

mod check;
mod compose;
mod view;

pub use check::AlertCheckPage;
pub use compose::AlertComposePage;
pub use view::AlertPage;

use shared::alert::{AlertBox, AlertState};
use shared::dto::{AlertKindsView, AlertListPage, AlertSummary};
use shared::registry::ConceptOption;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{Badge, BadgeTone, EmptyState, Pager};
use crate::format;
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::labels::country_text;
use crate::route::Route;
use crate::session::{Session, SessionStatus};
use crate::t;

/// The boxes in the order the tabs show them.
const BOXES: [AlertBox; 5] = [
    AlertBox::ToAcknowledge,
    AlertBox::Received,
    AlertBox::ToApprove,
    AlertBox::Sent,
    AlertBox::Drafts,
];

/// An alert state's name.
pub fn alert_state_text(i18n: &I18n, state: AlertState) -> String {
    i18n.dynamic(&state.message_id(), &[])
}

/// The badge tone of an alert state: in force is what a reader must heed.
pub fn alert_state_tone(state: AlertState) -> BadgeTone {
    match state {
        AlertState::Draft | AlertState::Withdrawn => BadgeTone::Neutral,
        AlertState::AwaitingApproval | AlertState::ClosureProposed => BadgeTone::Warning,
        AlertState::Sent => BadgeTone::Danger,
        AlertState::Closed => BadgeTone::Success,
    }
}

/// The kinds' names and the taxonomy's labels, which the lists and forms show in place of
/// ids; loaded once per language.
#[derive(Clone, PartialEq, Default)]
pub struct Labels {
    pub kinds: Option<Rc<AlertKindsView>>,
    pub concepts: Rc<Vec<ConceptOption>>,
}

impl Labels {
    /// A kind's name, or its id while the kinds have not arrived.
    pub fn kind_name(&self, id: &str) -> String {
        self.kinds
            .as_ref()
            .and_then(|kinds| kinds.get(id))
            .map_or_else(|| id.to_owned(), |kind| kind.name.clone())
    }

    /// A concept's label, once the taxonomy has arrived (the Commission's staff have none).
    pub fn concept(&self, id: &str) -> Option<String> {
        self.concepts
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.label.clone())
    }
}

/// The kinds and the taxonomy's labels in the reader's language. The Commission's staff have
/// no taxonomy route; their lists show the kinds' names only.
#[hook]
pub fn use_labels(with_concepts: bool) -> UseStateHandle<Labels> {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let labels = use_state(Labels::default);
    {
        let labels = labels.clone();
        use_effect_with(i18n.language(), move |language| {
            let language = *language;
            api.run(
                async move {
                    let kinds = crate::api::alert_kinds(language).await?;
                    let concepts = if with_concepts {
                        crate::api::concepts(language).await?
                    } else {
                        Vec::new()
                    };
                    Ok((kinds, concepts))
                },
                move |(kinds, concepts)| {
                    labels.set(Labels {
                        kinds: Some(Rc::new(kinds)),
                        concepts: Rc::new(concepts),
                    })
                },
            );
        });
    }
    labels
}

/// The box named in the address's `?box=`, if any.
fn box_from_address() -> Option<AlertBox> {
    let search = gloo::utils::window().location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("box="))
        .and_then(AlertBox::parse)
}

#[function_component(AlertsPage)]
pub fn alerts_page() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let api = use_api_call();
    let official =
        matches!(&session.status, SessionStatus::SignedIn(me) if me.authority().is_some());
    // Only an alert coordinator approves what their country's authorities send.
    let approves = matches!(&session.status,
        SessionStatus::SignedIn(me) if me.roles.contains(&shared::Role::ALERT_COORDINATOR));
    let which = use_state(|| {
        box_from_address().unwrap_or(if official {
            AlertBox::ToAcknowledge
        } else {
            AlertBox::Received
        })
    });
    let page = use_state(|| 1u64);
    let list = use_state(|| None::<AlertListPage>);
    let counts = use_state(shared::dto::AlertCounts::default);
    let labels = use_labels(official);
    {
        let (list, counts, api) = (list.clone(), counts.clone(), api.clone());
        use_effect_with((*which, *page), move |(which, page)| {
            let (which, page) = (*which, *page);
            list.set(None);
            api.run(
                async move {
                    let found = crate::api::alerts(which, page).await?;
                    let counts = if official {
                        crate::api::alert_counts().await?
                    } else {
                        Default::default()
                    };
                    Ok((found, counts))
                },
                move |(found, found_counts)| {
                    list.set(Some(found));
                    counts.set(found_counts);
                },
            );
        });
    }
    // The Commission's staff have one box: the alerts sent them a copy.
    let boxes: Vec<AlertBox> = if official {
        BOXES
            .into_iter()
            .filter(|b| approves || *b != AlertBox::ToApprove)
            .collect()
    } else {
        vec![AlertBox::Received]
    };
    let count_of = |b: AlertBox| match b {
        AlertBox::ToAcknowledge => counts.to_acknowledge,
        AlertBox::ToApprove => counts.to_approve,
        AlertBox::Drafts => counts.drafts,
        AlertBox::Sent | AlertBox::Received => 0,
    };
    let language = i18n.language();
    html! {
        <div class="page">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "alerts-title") }</h1>
                if official {
                    <div class="actions">
                        <Link<Route> to={Route::AlertCheck} classes="btn btn--secondary">
                            <span id="alert-check-link">{ t!(i18n, "alerts-check-link") }</span>
                        </Link<Route>>
                        <Link<Route> to={Route::NewAlert} classes="btn btn--primary">
                            <span id="new-alert">{ t!(i18n, "alerts-new") }</span>
                        </Link<Route>>
                    </div>
                }
            </div>
            <p class="page__intro">{ t!(i18n, "alerts-intro") }</p>
            if boxes.len() > 1 {
                <div class="tabs" role="tablist" aria-label={t!(i18n, "alerts-boxes")}>
                    { for boxes.iter().map(|b| {
                        let b = *b;
                        let onclick = {
                            let (which, page) = (which.clone(), page.clone());
                            Callback::from(move |_| { page.set(1); which.set(b); })
                        };
                        let current = *which == b;
                        let count = count_of(b);
                        html! {
                            <button type="button" role="tab" class={classes!("tab", current.then_some("tab--current"))}
                                id={format!("alert-box-{}", b.as_str())} aria-selected={current.to_string()} {onclick}>
                                { i18n.dynamic(&b.message_id(), &[]) }
                                if count > 0 {
                                    { " " }<span class="tab__count">{ format::number(count, language) }</span>
                                }
                            </button>
                        }
                    }) }
                </div>
            }
            { match &*list {
                None => html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> },
                Some(found) if found.items.is_empty() => html! {
                    <EmptyState title={t!(i18n, "alerts-empty-title")} body={t!(i18n, "alerts-empty-body")} />
                },
                Some(found) => {
                    let pages = found.total.div_ceil(50).max(1);
                    let onchange = { let page = page.clone(); Callback::from(move |to: u64| page.set(to)) };
                    html! {
                        <>
                            <p class="muted" role="status" id="alert-count">{ t!(i18n, "alerts-total", count = found.total) }</p>
                            <ul class="result-list" id="alert-list">
                                { for found.items.iter().map(|row| alert_row(&i18n, &labels, row)) }
                            </ul>
                            <Pager page={*page} {pages} {onchange} />
                        </>
                    }
                }
            } }
        </div>
    }
}

/// One alert in a list: its number and kind, whom it is about (when the reader may know),
/// the profession or activity, the sending country, its state and when it was sent.
fn alert_row(i18n: &I18n, labels: &Labels, row: &AlertSummary) -> Html {
    let language = i18n.language();
    let when = row.sent_at.as_deref().unwrap_or(&row.created_at);
    html! {
        <li class={classes!("result", row.unread.then_some("result--unread"))} key={row.id} data-alert={row.id.to_string()}>
            <Link<Route> to={Route::Alert { id: row.id }} classes="result__name">
                { t!(i18n, "alert-title", number = row.number.clone()) }
            </Link<Route>>
            if row.unread {
                <span class="result__unread" data-unread="true">{ t!(i18n, "alert-unread") }</span>
            }
            <span class="result__about">{ match &row.subject {
                Some(subject) => subject.clone(),
                None => t!(i18n, "alert-subject-withheld"),
            } }</span>
            <span class="result__place">{ labels.kind_name(&row.kind) }</span>
            <div class="question__meta">
                <Badge label={alert_state_text(i18n, row.state)} tone={alert_state_tone(row.state)} />
                if let Some(concept) = row.concept.as_deref().and_then(|c| labels.concept(c)) {
                    <Badge label={concept} tone={BadgeTone::Info} />
                }
                <span class="muted">{ t!(i18n, "alert-from-country", country = country_text(i18n, row.country)) }</span>
                <span class="muted">{ format::date_time(when, language) }</span>
            </div>
        </li>
    }
}
