//! Choosing an authority with the multilingual search, limited to one legislative area: the
//! request form offers only authorities that handle the request's area.

use shared::LegislativeArea;
use shared::dto::{AuthorityHit, MatchReason};
use yew::prelude::*;

use crate::i18n::I18n;
use crate::pages::country_message_id;
use crate::t;

const DEBOUNCE_MS: u32 = 150;

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

/// A search box with its results; choosing one calls `onpick`.
#[function_component(AuthorityPicker)]
pub fn authority_picker(props: &AuthorityPickerProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let text = use_state(String::new);
    let hits = use_state(Vec::<AuthorityHit>::new);
    // Answers can arrive out of order; only the newest query's answer is shown.
    let generation = use_mut_ref(|| 0u64);
    {
        let hits = hits.clone();
        let generation = generation.clone();
        let key = ((*text).clone(), props.area, i18n.language());
        use_effect_with(key, move |(text, area, language)| {
            let query = format!(
                "per_page=8&area={}&language={}&q={}",
                area.as_str(),
                language.as_str(),
                String::from(web_sys::js_sys::encode_uri_component(text.trim()))
            );
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            let timer = gloo::timers::callback::Timeout::new(DEBOUNCE_MS, move || {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(found) = crate::api::search_authorities(&query).await
                        && *generation.borrow() == mine
                    {
                        hits.set(found.results);
                    }
                });
            });
            move || drop(timer)
        });
    }
    let oninput = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            text.set(input.value());
        })
    };
    html! {
        <div class="picker">
            <div class="field">
                <label class="field__label" for={props.id.clone()}>{ t!(i18n, "picker-label") }</label>
                <input class="field__input" id={props.id.clone()} type="search" autocomplete="off"
                    value={(*text).clone()} {oninput} />
            </div>
            <ul class="picker__list" role="list">
                { for hits.iter().filter(|hit| !props.exclude.contains(&hit.id.0)).map(|hit| {
                    let onclick = {
                        let (onpick, hit) = (props.onpick.clone(), hit.clone());
                        Callback::from(move |_| onpick.emit(hit.clone()))
                    };
                    let reason = hit.matched.iter().find_map(|reason| match reason {
                        MatchReason::Competence { label, .. } => Some(t!(i18n, "authorities-match-competence", label = label.clone())),
                        _ => None,
                    });
                    html! {
                        <li key={hit.id.0}>
                            <button type="button" class="picker__choice" data-authority={hit.id.0.to_string()} {onclick}>
                                <span class="picker__name">{ &hit.name }</span>
                                <span class="muted">{ format!("{}, {}", hit.city, i18n.dynamic(&country_message_id(hit.country), &[])) }</span>
                                if let Some(reason) = reason { <span class="result__reason">{ reason }</span> }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
