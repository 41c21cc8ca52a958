//! Choosing an authority as the real system's form does: the country first (or any country),
//! then the profession, activity or name in any language, limited to one legislative area (the
//! request form offers only authorities that handle the request's area). Every result can be
//! reached ("more", with the count); each says why it matched; a country named in the text
//! filters by it; and when the search names a competence nobody in that country declares, the
//! country's national coordinator is offered instead of an empty list.

use shared::dto::{AuthorityHit, AuthoritySearchPage, MatchReason};
use shared::query::{AuthorityQuery, Paging};
use shared::{CountryCode, LegislativeArea};
use yew::prelude::*;

use crate::components::CountrySelect;
use crate::hooks::use_debounced_search;
use crate::i18n::I18n;
use crate::pages::country_message_id;
use crate::t;

/// Results fetched at a time; "more" fetches the next ones.
const PER_PAGE: u32 = 8;

#[derive(Properties, PartialEq)]
pub struct AuthorityPickerProps {
    /// The input's id.
    pub id: AttrValue,
    /// Only authorities handling this area are offered.
    pub area: LegislativeArea,
    /// Called with the chosen authority.
    pub onpick: Callback<AuthorityHit>,
    /// Authorities that may not be chosen (the requester, the current holder).
    #[prop_or_default]
    pub exclude: Vec<i32>,
}

/// Why a result matched, in the reader's language.
pub fn match_reasons(i18n: &I18n, hit: &AuthorityHit) -> Vec<String> {
    hit.matched
        .iter()
        .map(|reason| match reason {
            MatchReason::Name => t!(i18n, "authorities-match-name"),
            MatchReason::Acronym => t!(i18n, "authorities-match-acronym"),
            MatchReason::City => t!(i18n, "authorities-match-city"),
            MatchReason::Competence { label, .. } => {
                t!(i18n, "authorities-match-competence", label = label.clone())
            }
        })
        .collect()
}

/// What a search understood that the list alone does not say: the country its text named,
/// and a competence that no authority (of that country) declares. `coordinator` renders the
/// country's coordinator where there is one to offer.
pub fn search_notes(
    i18n: &I18n,
    found: &AuthoritySearchPage,
    coordinator: impl Fn(&AuthorityHit) -> Html,
) -> Html {
    let country_name = |country: CountryCode| i18n.dynamic(&country_message_id(country), &[]);
    let from_query = found.country_from_query.map(|country| {
        html! {
            <p class="search-note" id="search-country-note">
                { t!(i18n, "search-country-from-query", country = country_name(country)) }
            </p>
        }
    });
    let undeclared = (found.total == 0)
        .then(|| found.recognised.first())
        .flatten()
        .map(|concept| {
            let country = found
                .coordinator
                .as_ref()
                .map(|c| c.country)
                .or(found.country_from_query);
            html! {
                <div class="search-note search-note--empty" id="search-undeclared" role="status">
                    <p>{ match country {
                        Some(country) => t!(i18n, "search-none-declared", label = concept.label.clone(), country = country_name(country)),
                        None => t!(i18n, "search-none-declared-anywhere", label = concept.label.clone()),
                    } }</p>
                    if let Some(hit) = &found.coordinator {
                        <p>{ t!(i18n, "search-ask-coordinator", country = country_name(hit.country)) }</p>
                        { coordinator(hit) }
                    }
                </div>
            }
        });
    html! { <>{ for from_query }{ for undeclared }</> }
}

/// A country, a search box and the results; choosing one calls `onpick`.
#[function_component(AuthorityPicker)]
pub fn authority_picker(props: &AuthorityPickerProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let text = use_state(String::new);
    let country = use_state(|| None::<CountryCode>);
    let page = use_state(|| 1u32);
    // The results so far (the pages fetched, in order) and the last answer.
    let hits = use_state(Vec::<AuthorityHit>::new);
    let last = use_state(|| None::<AuthoritySearchPage>);
    let query = AuthorityQuery {
        text: (*text).clone(),
        country: *country,
        area: Some(props.area),
        competence: None,
        paging: Paging::of(PER_PAGE).with_page(*page),
        language: Some(i18n.language()),
    };
    {
        let (hits, last) = (hits.clone(), last.clone());
        use_debounced_search(
            query,
            Callback::from(move |found: Result<AuthoritySearchPage, _>| {
                // A failed search keeps what is shown; the next keystroke tries again.
                if let Ok(found) = found {
                    // The first page replaces the list; "show more" adds the next one.
                    let mut shown = if found.page == 1 {
                        Vec::new()
                    } else {
                        (*hits).clone()
                    };
                    shown.extend(found.results.iter().cloned());
                    hits.set(shown);
                    last.set(Some(found));
                }
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
    let on_more = {
        let page = page.clone();
        Callback::from(move |_| page.set(*page + 1))
    };
    let choice = |hit: &AuthorityHit| {
        let onclick = {
            let (onpick, hit) = (props.onpick.clone(), hit.clone());
            Callback::from(move |_| onpick.emit(hit.clone()))
        };
        let reasons = match_reasons(&i18n, hit);
        html! {
            <li key={hit.id.0}>
                <button type="button" class="picker__choice" data-authority={hit.id.0.to_string()} {onclick}>
                    <span class="picker__name">{ &hit.name }</span>
                    <span class="muted">{ crate::pages::place_text(&i18n, hit) }</span>
                    if !reasons.is_empty() { <span class="result__reason">{ reasons.join(" · ") }</span> }
                </button>
            </li>
        }
    };
    let text_id = props.id.clone();
    let country_id = format!("{}-country", props.id);
    html! {
        <div class="picker">
            <div class="picker__fields">
                <CountrySelect id={country_id} value={*country} onchange={on_country} />
                <div class="field picker__text">
                    <label class="field__label" for={text_id.clone()}>{ t!(i18n, "picker-label") }</label>
                    <input class="field__input" id={text_id} type="search" autocomplete="off"
                        value={(*text).clone()} {oninput} />
                </div>
            </div>
            if let Some(found) = &*last {
                { search_notes(&i18n, found, |hit| html! {
                    <ul class="picker__list" role="list">{ choice(hit) }</ul>
                }) }
                if found.total > 0 {
                    <p class="muted" id="picker-count" role="status">{ t!(i18n, "authorities-results", count = found.total) }</p>
                }
            }
            <ul class="picker__list" role="list">
                { for hits.iter().filter(|hit| !props.exclude.contains(&hit.id.0)).map(&choice) }
            </ul>
            if last.as_ref().is_some_and(|found| found.page * found.per_page < found.total) {
                <button type="button" class="btn btn--secondary picker__more" id="picker-more" onclick={on_more}>
                    { t!(i18n, "picker-more") }
                </button>
            }
        </div>
    }
}
