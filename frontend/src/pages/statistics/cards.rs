//! The head of the figures (whose they are, the period, the calendar) and the key figures as
//! cards: the counts, then speed and satisfaction, each with what it rests on, the EEA's value
//! beside it, its band in words and colour for a scoreboard indicator, and its definition one
//! tap away.

use shared::statistics::{Band, ScopeView};
use std::rc::Rc;
use yew::prelude::*;

use super::Loaded;
use super::measures::{Count, Measure};
use super::scoreboard::Legend;
use super::words::{band_class, band_text, based_on, scope_text};
use crate::components::{Badge, BadgeTone};
use crate::format;
use crate::i18n::I18n;
use crate::labels::area_text;
use crate::t;

#[derive(Properties, PartialEq)]
pub struct CardsProps {
    pub loaded: Rc<Loaded>,
}

/// Whose figures these are, of which period, counted how.
#[function_component(Heading)]
pub fn heading(props: &CardsProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let language = i18n.language();
    let view = &props.loaded.view;
    let period = t!(
        i18n,
        "statistics-period",
        from = format::date(view.from, language),
        to = format::date(view.to, language)
    );
    let as_of = t!(
        i18n,
        "statistics-as-of",
        zone = view.time_zone.clone(),
        today = format::date(view.today, language)
    );
    html! {
        <div class="statistics__heading" id="statistics-heading">
            <h2 class="statistics__scope" id="statistics-scope">{ scope_text(&i18n, &view.scope) }</h2>
            if let ScopeView::Areas { areas, .. } = &view.scope {
                <ul class="badge-list" aria-label={t!(i18n, "statistics-your-areas")}>
                    { for areas.iter().map(|a| html! {
                        <li><Badge label={area_text(&i18n, *a)} tone={BadgeTone::Info} /></li>
                    }) }
                </ul>
            }
            <p class="statistics__period" id="statistics-period">{ period }</p>
            <p class="muted statistics__as-of">{ as_of }</p>
        </div>
    }
}

/// What one card shows, in words already.
struct Card {
    /// Its name in ids.
    key: &'static str,
    name: String,
    /// `None` when it rests on no request.
    value: Option<String>,
    band: Option<Band>,
    /// What it rests on, for a share or an average that rests on some request.
    base: Option<String>,
    /// The EEA's value, when the viewer's figures are not the EEA's.
    eea: Option<String>,
    definition: String,
}

fn card(i18n: &I18n, card: Card) -> Html {
    html! {
        <li class="figure-card" id={format!("figure-{}", card.key)}>
            <h3 class="figure-card__name">{ card.name }</h3>
            <p class="figure-card__value">
                if let Some(value) = card.value {
                    <span class="statistics__value">{ value }</span>
                } else {
                    <span class="statistics__none">{ t!(i18n, "statistics-no-figure") }</span>
                }
                if let Some(band) = card.band {
                    <span class={band_class(band)}>{ band_text(i18n, band) }</span>
                }
            </p>
            if let Some(base) = card.base {
                <p class="figure-card__base">{ base }</p>
            }
            if let Some(eea) = card.eea {
                <p class="figure-card__eea">{ t!(i18n, "statistics-eea-value", value = eea) }</p>
            }
            <details class="figure-card__definition">
                <summary>{ t!(i18n, "statistics-what-is-counted") }</summary>
                <p>{ card.definition }</p>
            </details>
        </li>
    }
}

/// The counts, then speed and satisfaction with the bands' legend.
#[function_component(KeyFigures)]
pub fn key_figures(props: &CardsProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let view = &props.loaded.view;
    let (ours, eea) = (&view.figures, view.eea.as_ref());
    let counts = Count::ALL.into_iter().map(|count| Card {
        key: count.key(),
        name: count.name(&i18n),
        value: Some(format::number(count.of(ours), i18n.language())),
        band: None,
        base: None,
        eea: None,
        definition: count.definition(&i18n),
    });
    let measures = Measure::ALL.into_iter().map(|measure| {
        let performance = &ours.performance;
        Card {
            key: measure.key(),
            name: measure.name(&i18n),
            value: measure.value_text(performance, &i18n),
            band: measure.band(performance),
            // "No requests" says it already when there is none.
            base: Some(measure.base(performance))
                .filter(|base| *base > 0)
                .map(|base| based_on(&i18n, base)),
            eea: eea.map(|eea| {
                let value = measure.value_text(&eea.performance, &i18n);
                value.unwrap_or_else(|| t!(i18n, "statistics-no-figure"))
            }),
            definition: measure.definition(&i18n),
        }
    });
    html! {
        <>
            <section class="section" aria-labelledby="volumes-heading">
                <h2 class="section__title" id="volumes-heading">{ t!(i18n, "statistics-volumes-heading") }</h2>
                <ul class="statistics__cards">{ for counts.map(|c| card(&i18n, c)) }</ul>
            </section>
            <section class="section" aria-labelledby="performance-heading">
                <h2 class="section__title" id="performance-heading">{ t!(i18n, "statistics-performance-heading") }</h2>
                <p class="muted">{ t!(i18n, "statistics-performance-intro") }</p>
                <ul class="statistics__cards">{ for measures.map(|c| card(&i18n, c)) }</ul>
                <Legend loaded={props.loaded.clone()} />
            </section>
        </>
    }
}
