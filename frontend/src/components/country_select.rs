//! The country filter of the search, the picker, the overview and the statistics: "all
//! countries" and the 30 countries by their names in the reader's language, in the order of
//! those names.

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
    /// A translated label other than "Country", where the country plays a particular part
    /// (the partner of a statistic, whose figures).
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// A translated error shown under the select; also marks it invalid.
    #[prop_or_default]
    pub error: Option<AttrValue>,
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
    let label = props
        .label
        .clone()
        .unwrap_or_else(|| AttrValue::from(t!(i18n, "authorities-country-label")));
    let error_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field--invalid"))}>
            <label class="field__label" for={props.id.clone()}>{ label }</label>
            <select class="field__input" id={props.id.clone()} {onchange}
                aria-invalid={props.error.is_some().to_string()}
                aria-describedby={props.error.as_ref().map(|_| error_id.clone())}>
                <option value="" selected={props.value.is_none()}>{ t!(i18n, "authorities-any-country") }</option>
                { for countries.iter().map(|(name, code)| html! {
                    <option value={code.as_str()} selected={props.value == Some(*code)}>{ name }</option>
                }) }
            </select>
            if let Some(error) = &props.error {
                <p class="field__error" id={error_id}>{ error.clone() }</p>
            }
        </div>
    }
}
