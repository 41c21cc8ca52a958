//! The country filter of the search, the picker and the overview: "all countries" and the 30
//! countries by their names in the reader's language, in the order of those names.

use shared::CountryCode;
use yew::prelude::*;

use crate::i18n::I18n;
use crate::labels::country_message_id;
use crate::t;

#[derive(Properties, PartialEq)]
pub struct CountrySelectProps {
    /// The select's id.
    pub id: AttrValue,
    /// The country chosen, or none for all.
    pub value: Option<CountryCode>,
    /// Called with the new choice.
    pub onchange: Callback<Option<CountryCode>>,
}

/// A labelled select of the countries, with "all countries" first.
#[function_component(CountrySelect)]
pub fn country_select(props: &CountrySelectProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let mut countries: Vec<(String, CountryCode)> = CountryCode::all()
        .map(|c| (i18n.dynamic(&country_message_id(c), &[]), c))
        .collect();
    countries.sort();
    let onchange = {
        let onchange = props.onchange.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            onchange.emit(CountryCode::parse(&select.value()).ok());
        })
    };
    html! {
        <div class="field">
            <label class="field__label" for={props.id.clone()}>{ t!(i18n, "authorities-country-label") }</label>
            <select class="field__input" id={props.id.clone()} {onchange}>
                <option value="" selected={props.value.is_none()}>{ t!(i18n, "authorities-any-country") }</option>
                { for countries.iter().map(|(name, code)| html! {
                    <option value={code.as_str()} selected={props.value == Some(*code)}>{ name }</option>
                }) }
            </select>
        </div>
    }
}
