//! The statistics dashboard: volumes, speed and satisfaction of the requests the reader may
//! see (their authority, their areas, their country or, for the Commission, every country),
//! beside the whole EEA's, as key figures, charts and tables, each table also a CSV file, and
//! printable. Every figure is `shared::statistics`'s, computed by the server; the page only
//! shows it. One component per part ([`form`], [`cards`], [`series`], [`tables`],
//! [`scoreboard`]) over the filters' reducer ([`filters`]); the figures and their words in
//! [`measures`] and [`words`], the charts' drawing in [`chart`], the files in [`csv`].

mod cards;
mod chart;
mod csv;
mod filters;
mod form;
mod measures;
mod scoreboard;
mod series;
mod tables;
mod words;

use shared::statistics::{Granularity, StatisticsView};
use std::rc::Rc;
use yew::prelude::*;

use crate::api::ApiFailure;
use crate::components::{EmptyState, use_toasts};
use crate::i18n::I18n;
use crate::labels::error_text;
use crate::session::{Session, SessionStatus};
use crate::t;
use filters::Filters;
pub use filters::Query;
use measures::Measure;

/// Figures as loaded, with the query they answer: the view does not repeat the length of the
/// series' steps.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    pub query: Query,
    pub view: StatisticsView,
}

impl Loaded {
    /// The length of the series' steps.
    pub fn granularity(&self) -> Granularity {
        self.query.period.granularity
    }
}

/// What the page has of the figures: the last ones loaded, whether newer ones are on their
/// way, and why the last call failed.
struct Fetched {
    loaded: Option<Rc<Loaded>>,
    loading: bool,
    failure: Option<ApiFailure>,
}

/// Loads the figures for each new query (none while the filters are refused). Only the
/// newest query's answer is shown, since answers can arrive out of order; the figures shown
/// stay until it arrives. A failure other than a refused field is said in a toast too.
#[hook]
fn use_figures(query: Option<Query>) -> Fetched {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let toasts = use_toasts();
    let loaded = use_state(|| None::<Rc<Loaded>>);
    let loading = use_state(|| false);
    let failure = use_state(|| None::<ApiFailure>);
    let generation = use_mut_ref(|| 0u64);
    {
        let (loaded, loading, failure) = (loaded.clone(), loading.clone(), failure.clone());
        use_effect_with(query, move |query| {
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            loading.set(query.is_some());
            if let Some(query) = query.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let answer = crate::api::statistics(&query).await;
                    if *generation.borrow() != mine {
                        return;
                    }
                    loading.set(false);
                    match answer {
                        Ok(view) => {
                            failure.set(None);
                            loaded.set(Some(Rc::new(Loaded { query, view })));
                        }
                        Err(refused) => {
                            if refused.fields.is_empty() {
                                toasts.error(error_text(&i18n, &refused));
                            }
                            failure.set(Some(refused));
                        }
                    }
                });
            }
        });
    }
    Fetched {
        loaded: (*loaded).clone(),
        loading: *loading,
        failure: (*failure).clone(),
    }
}

#[function_component(StatisticsPage)]
pub fn statistics_page() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let whose = matches!(&session.status,
        SessionStatus::SignedIn(me) if me.authority().is_none());
    let filters = use_reducer(|| Filters::starting(crate::format::today()));
    let (query, refused) = match filters.query() {
        Ok(query) => (Some(query), Vec::new()),
        Err(refused) => (None, refused),
    };
    let figures = use_figures(query);
    // The browser's check first; what the server refused of the query sent last after it.
    let server = figures.failure.iter().flat_map(|f| f.fields.iter());
    let mut errors: Vec<(String, String)> = Vec::new();
    for error in refused.iter().chain(server) {
        if !errors.iter().any(|(field, _)| *field == error.field) {
            errors.push((error.field.clone(), words::refusal_text(&i18n, error)));
        }
    }
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <div class="page statistics" aria-busy={figures.loading.to_string()}>
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "statistics-title") }</h1>
                <button type="button" class="btn btn--secondary statistics__print" id="statistics-print"
                    onclick={print}>{ t!(i18n, "statistics-print") }</button>
            </div>
            <p class="page__intro">{ t!(i18n, "statistics-intro") }</p>
            <form::FilterForm filters={filters.clone()} errors={Rc::new(errors)} {whose} />
            <p class="loading statistics__loading" role="status">
                if figures.loading { { t!(i18n, "loading") } }
            </p>
            { body(&i18n, &figures) }
        </div>
    }
}

/// The figures, or why there are none.
fn body(i18n: &I18n, figures: &Fetched) -> Html {
    let Some(loaded) = figures.loaded.clone() else {
        return match &figures.failure {
            Some(failure) if failure.fields.is_empty() => html! {
                <div class="alert alert--error" role="alert">{ error_text(i18n, failure) }</div>
            },
            _ => html! {},
        };
    };
    if loaded.view.figures.requests == 0 {
        return html! {
            <>
                <cards::Heading loaded={loaded.clone()} />
                <EmptyState title={t!(i18n, "statistics-empty-title")} body={t!(i18n, "statistics-empty-body")} />
            </>
        };
    }
    html! {
        <>
            <cards::Heading loaded={loaded.clone()} />
            <cards::KeyFigures loaded={loaded.clone()} />
            <section class="statistics__group" aria-labelledby="charts-heading">
                <h2 class="section__title" id="charts-heading">{ t!(i18n, "statistics-charts-heading") }</h2>
                <series::VolumeChart loaded={loaded.clone()} />
                <series::SpeedChart loaded={loaded.clone()} measure={Measure::AcceptedWithinSevenDays} />
                <series::SpeedChart loaded={loaded.clone()} measure={Measure::AverageDaysToAnswer} />
            </section>
            <section class="statistics__group" aria-labelledby="tables-heading">
                <h2 class="section__title" id="tables-heading">{ t!(i18n, "statistics-tables-heading") }</h2>
                <tables::ByArea loaded={loaded.clone()} />
                <tables::ByPartner loaded={loaded.clone()} />
                <tables::Exchanges loaded={loaded.clone()} />
                <scoreboard::Scoreboard loaded={loaded} />
            </section>
        </>
    }
}
