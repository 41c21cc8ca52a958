//! Finding the partner authority abroad: one search box in any language, filters for country
//! and legislative area, results as you type with the reason each matched.

use shared::dto::AuthoritySearchPage;
use shared::query::{AuthorityQuery, Paging};
use shared::{CountryCode, LegislativeArea};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::authority_picker::{match_reasons, search_notes};
use crate::components::{Badge, BadgeTone, CountrySelect, Pager, use_toasts};
use crate::hooks::use_debounced_search;
use crate::i18n::I18n;
use crate::pages::catalogue::area_message_id;
use crate::pages::error_text;
use crate::route::Route;
use crate::t;

const PER_PAGE: u32 = 20;

/// The message id of a country's name, e.g. `country-LV`.
pub fn country_message_id(country: CountryCode) -> String {
    format!("country-{}", country.as_str())
}

#[function_component(Authorities)]
pub fn authorities() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let toasts = use_toasts();
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
    {
        let (results, toasts, i18n) = (results.clone(), toasts.clone(), i18n.clone());
        use_debounced_search(
            query,
            Callback::from(move |found| match found {
                Ok(found) => results.set(Some(found)),
                Err(failure) => toasts.error(error_text(&i18n, &failure)),
            }),
        );
    }

    let oninput = {
        let (text, page) = (text.clone(), page.clone());
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            page.set(1);
            text.set(input.value());
        })
    };
    let on_country = {
        let (country, page) = (country.clone(), page.clone());
        Callback::from(move |chosen: Option<CountryCode>| {
            page.set(1);
            country.set(chosen);
        })
    };
    let on_area = {
        let (area, page) = (area.clone(), page.clone());
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            page.set(1);
            area.set(LegislativeArea::parse(&select.value()).ok());
        })
    };

    let notes = results.as_ref().map(|found| {
        search_notes(&i18n, found, |hit| html! {
            <p><Link<Route> to={Route::Authority { id: hit.id.0 }} classes="result__name">{ &hit.name }</Link<Route>></p>
        })
    });
    let list = match &*results {
        None => html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> },
        Some(found) if found.results.is_empty() && !found.recognised.is_empty() => html! {},
        Some(found) if found.results.is_empty() => html! {
            <p class="muted" id="search-count" role="status">{ t!(i18n, "authorities-no-results") }</p>
        },
        Some(found) => {
            let pages = found.total.div_ceil(found.per_page).max(1);
            let onchange = {
                let page = page.clone();
                Callback::from(move |to: u64| page.set(u32::try_from(to).unwrap_or(1)))
            };
            html! {
                <>
                    <p class="muted" id="search-count" role="status">{ t!(i18n, "authorities-results", count = found.total) }</p>
                    <ul class="result-list">
                        { for found.results.iter().map(|hit| {
                            let reasons = match_reasons(&i18n, hit);
                            html! {
                                <li class="result" key={hit.id.0}>
                                    <Link<Route> to={Route::Authority { id: hit.id.0 }} classes="result__name">
                                        { &hit.name }
                                        if let Some(acronym) = &hit.acronym { { format!(" ({acronym})") } }
                                    </Link<Route>>
                                    if let Some(english) = hit.name_en.as_ref().filter(|e| **e != hit.name) {
                                        <span class="result__english" lang="en">{ english }</span>
                                    }
                                    <span class="result__place">{ crate::pages::place_text(&i18n, hit) }</span>
                                    <div class="question__meta">
                                        { for hit.areas.iter().map(|a| html! { <Badge label={i18n.dynamic(&area_message_id(*a), &[])} tone={BadgeTone::Info} /> }) }
                                        if !reasons.is_empty() {
                                            <span class="result__reason">{ reasons.join(" · ") }</span>
                                        }
                                    </div>
                                </li>
                            }
                        }) }
                    </ul>
                    <Pager page={found.page as u64} pages={pages as u64} {onchange} />
                </>
            }
        }
    };

    html! {
        <div class="page">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "authorities-title") }</h1>
            </div>
            <p class="page__intro">{ t!(i18n, "authorities-intro") }</p>
            <div class="search-form" role="search">
                <div class="field search-form__text">
                    <label class="field__label" for="authority-search">{ t!(i18n, "authorities-search-label") }</label>
                    <input class="field__input" id="authority-search" type="search" autocomplete="off"
                        value={(*text).clone()} {oninput} />
                </div>
                <CountrySelect id="country" value={*country} onchange={on_country} />
                <div class="field">
                    <label class="field__label" for="area">{ t!(i18n, "catalogue-area-label") }</label>
                    <select class="field__input" id="area" onchange={on_area}>
                        <option value="" selected={area.is_none()}>{ t!(i18n, "authorities-any-area") }</option>
                        { for LegislativeArea::all().map(|a| html! {
                            <option value={a.as_str()} selected={*area == Some(a)}>{ i18n.dynamic(&area_message_id(a), &[]) }</option>
                        }) }
                    </select>
                </div>
            </div>
            { for notes }
            { list }
        </div>
    }
}
