//! Finding the partner authority abroad: one search box in any language, filters for country
//! and legislative area, results as you type with the reason each matched.

use shared::dto::{AuthorityHit, AuthoritySearchPage};
use shared::query::{AuthorityQuery, Paging};
use shared::{CountryCode, LegislativeArea};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::authority_picker::{SearchText, match_reasons, search_notes};
use crate::components::{Badge, BadgeTone, CountrySelect, Pager, SelectField};
use crate::hooks::{use_api_call, use_debounced_search};
use crate::i18n::I18n;
use crate::labels::area_text;
use crate::route::Route;
use crate::t;

const PER_PAGE: u32 = 20;

#[function_component(Authorities)]
pub fn authorities() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let text = use_state(String::new);
    let country = use_state(|| None::<CountryCode>);
    let area = use_state(|| None::<LegislativeArea>);
    let page = use_state(|| 1u32);
    let results = use_state(|| None::<AuthoritySearchPage>);

    let query = AuthorityQuery {
        text: (*text).clone(),
        country: *country,
        area: *area,
        competence: None,
        paging: Paging::of(PER_PAGE).with_page(*page),
        language: Some(i18n.language()),
    };
    let busy = {
        let results = results.clone();
        use_debounced_search(
            query,
            Callback::from(move |found| match found {
                Ok(found) => results.set(Some(found)),
                Err(failure) => api.say(&failure),
            }),
        )
    };
    // A new filter starts again from the first page.
    let oninput = crate::hooks::filter_change(&text, &page);
    let on_country = crate::hooks::filter_change(&country, &page);
    let on_area = {
        let (area, page) = (area.clone(), page.clone());
        Callback::from(move |chosen: String| {
            page.set(1);
            area.set(LegislativeArea::parse(&chosen).ok());
        })
    };
    let on_page = Callback::from(move |to: u64| page.set(u32::try_from(to).unwrap_or(1)));
    let areas: Vec<(String, String)> = LegislativeArea::all()
        .map(|a| (a.as_str().to_owned(), area_text(&i18n, a)))
        .collect();

    html! {
        <div class="page">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "authorities-title") }</h1>
            </div>
            <p class="page__intro">{ t!(i18n, "authorities-intro") }</p>
            <div class="search-form" role="search">
                <SearchText id="authority-search" label={t!(i18n, "authorities-search-label")}
                    class="search-form__text" value={(*text).clone()} {oninput} />
                <CountrySelect id="country" value={*country} onchange={on_country} />
                <SelectField id="area" label={t!(i18n, "catalogue-area-label")} options={areas}
                    value={area.map(|a| a.as_str()).unwrap_or_default()}
                    empty={Some(AttrValue::from(t!(i18n, "authorities-any-area")))} onchange={on_area} />
            </div>
            <div class="search-results" aria-busy={busy.to_string()}>
            if let Some(found) = &*results {
                { search_notes(&i18n, found, |hit| html! {
                    <p><Link<Route> to={Route::Authority { id: hit.id.0 }} classes="result__name">{ &hit.name }</Link<Route>></p>
                }) }
                <SearchResults found={found.clone()} {on_page} />
            } else {
                <p class="loading" role="status">{ t!(i18n, "loading") }</p>
            }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SearchResultsProps {
    found: AuthoritySearchPage,
    /// Called with the page to show.
    on_page: Callback<u64>,
}

/// How many authorities were found, one page of them, and the pager.
#[function_component(SearchResults)]
fn search_results(props: &SearchResultsProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let found = &props.found;
    if found.results.is_empty() {
        // A search that named a competence nobody declares says so in its notes instead.
        return if found.recognised.is_empty() {
            html! { <p class="muted" id="search-count" role="status">{ t!(i18n, "authorities-no-results") }</p> }
        } else {
            html! {}
        };
    }
    let pages = found.total.div_ceil(found.per_page).max(1);
    html! {
        <>
            <p class="muted" id="search-count" role="status">{ t!(i18n, "authorities-results", count = found.total) }</p>
            <ul class="result-list">
                { for found.results.iter().map(|hit| html! { <SearchResult key={hit.id.0} hit={hit.clone()} /> }) }
            </ul>
            <Pager page={found.page as u64} pages={pages as u64} onchange={props.on_page.clone()} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SearchResultProps {
    hit: AuthorityHit,
}

/// One authority found: its name (and English name), where it is, its areas, and why it
/// matched.
#[function_component(SearchResult)]
fn search_result(props: &SearchResultProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let hit = &props.hit;
    let reasons = match_reasons(&i18n, hit);
    html! {
        <li class="result">
            <Link<Route> to={Route::Authority { id: hit.id.0 }} classes="result__name">
                { &hit.name }
                if let Some(acronym) = &hit.acronym { { format!(" ({acronym})") } }
            </Link<Route>>
            if let Some(english) = hit.name_en.as_ref().filter(|e| **e != hit.name) {
                <span class="result__english" lang="en">{ english }</span>
            }
            <span class="result__place">{ crate::labels::place_text(&i18n, hit) }</span>
            <div class="question__meta">
                { for hit.areas.iter().map(|a| html! { <Badge label={area_text(&i18n, *a)} tone={BadgeTone::Info} /> }) }
                if !reasons.is_empty() {
                    <span class="result__reason">{ reasons.join(" · ") }</span>
                }
            </div>
        </li>
    }
}
