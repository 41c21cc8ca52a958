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
use crate::labels::country_message_id;
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

#[derive(Properties, PartialEq)]
pub struct SearchTextProps {
    /// The input's id; the label refers to it.
    pub id: AttrValue,
    pub label: AttrValue,
    /// The class that places the field in its form, beside `field`.
    pub class: &'static str,
    pub value: AttrValue,
    /// Called with the text as typed.
    pub oninput: Callback<String>,
}

/// The labelled search box of the registry search and of the picker. The browser's own
/// suggestions are off: the results below are the suggestions.
#[function_component(SearchText)]
pub fn search_text(props: &SearchTextProps) -> Html {
    let oninput = props.oninput.reform(|event: InputEvent| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        input.value()
    });
    html! {
        <div class={classes!("field", props.class)}>
            <label class="field__label" for={props.id.clone()}>{ props.label.clone() }</label>
            <input class="field__input" id={props.id.clone()} type="search" autocomplete="off"
                value={props.value.clone()} {oninput} />
        </div>
    }
}

/// The results of the picker's search so far: the pages fetched, in order, the last answer
/// (for its notes and its count), and whether a newer search is under way.
#[hook]
fn use_paged_search(
    query: AuthorityQuery,
) -> (
    UseStateHandle<Vec<AuthorityHit>>,
    UseStateHandle<Option<AuthoritySearchPage>>,
    bool,
) {
    let hits = use_state(Vec::<AuthorityHit>::new);
    let last = use_state(|| None::<AuthoritySearchPage>);
    let (shown, answered) = (hits.clone(), last.clone());
    let busy = use_debounced_search(
        query,
        Callback::from(move |found: Result<AuthoritySearchPage, _>| {
            // A failed search keeps what is shown; the next keystroke tries again.
            if let Ok(found) = found {
                // The first page replaces the list; "show more" adds the next one.
                let mut next = if found.page == 1 {
                    Vec::new()
                } else {
                    (*shown).clone()
                };
                next.extend(found.results.iter().cloned());
                shown.set(next);
                answered.set(Some(found));
            }
        }),
    );
    (hits, last, busy)
}

/// A country, a search box and the results; choosing one calls `onpick`.
#[function_component(AuthorityPicker)]
pub fn authority_picker(props: &AuthorityPickerProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let text = use_state(String::new);
    let country = use_state(|| None::<CountryCode>);
    let page = use_state(|| 1u32);
    let (hits, last, busy) = use_paged_search(AuthorityQuery {
        text: (*text).clone(),
        country: *country,
        area: Some(props.area),
        competence: None,
        paging: Paging::of(PER_PAGE).with_page(*page),
        language: Some(i18n.language()),
    });
    // A new text or country starts again from the first page.
    let oninput = crate::hooks::filter_change(&text, &page);
    let on_country = crate::hooks::filter_change(&country, &page);
    let on_more = Callback::from(move |_| page.set(*page + 1));
    let choice = |hit: &AuthorityHit| {
        html! { <PickerChoice key={hit.id.0} hit={hit.clone()} onpick={props.onpick.clone()} /> }
    };
    html! {
        <div class="picker" aria-busy={busy.to_string()}>
            <div class="picker__fields">
                <CountrySelect id={format!("{}-country", props.id)} value={*country} onchange={on_country} />
                <SearchText id={props.id.clone()} label={t!(i18n, "picker-label")} class="picker__text"
                    value={(*text).clone()} {oninput} />
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

#[derive(Properties, PartialEq)]
struct PickerChoiceProps {
    hit: AuthorityHit,
    onpick: Callback<AuthorityHit>,
}

/// One result to choose: its name, where it is, and why it matched.
#[function_component(PickerChoice)]
fn picker_choice(props: &PickerChoiceProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let hit = &props.hit;
    let onclick = {
        let hit = hit.clone();
        props.onpick.reform(move |_| hit.clone())
    };
    let reasons = match_reasons(&i18n, hit);
    html! {
        <li>
            <button type="button" class="picker__choice" data-authority={hit.id.0.to_string()} {onclick}>
                <span class="picker__name">{ &hit.name }</span>
                <span class="muted">{ crate::labels::place_text(&i18n, hit) }</span>
                if !reasons.is_empty() { <span class="result__reason">{ reasons.join(" · ") }</span> }
            </button>
        </li>
    }
}
