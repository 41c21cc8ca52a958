//! The filters above the figures: the period, the legislative area, the partner country, the
//! direction and the steps of the series, and for the Commission whose figures. Each change
//! loads the figures again; each refusal is said at its field.

use shared::statistics::{Direction, Granularity};
use shared::{CountryCode, LegislativeArea};
use std::rc::Rc;
use yew::prelude::*;

use super::filters::{Filter, Filters};
use super::words::granularity_text;
use crate::components::{CountrySelect, DateField, SelectField};
use crate::i18n::I18n;
use crate::labels::area_text;
use crate::t;

#[derive(Properties, PartialEq)]
pub struct FilterFormProps {
    pub filters: UseReducerHandle<Filters>,
    /// Each refused field's name with why, in words.
    pub errors: Rc<Vec<(String, String)>>,
    /// Whether the reader may choose whose figures (the Commission sees every country's).
    pub whose: bool,
}

#[function_component(FilterForm)]
pub fn filter_form(props: &FilterFormProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let filters = &props.filters;
    let error = |field: &str| {
        props
            .errors
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, text)| AttrValue::from(text.clone()))
    };
    let error_node = |field: &str| error(field).map(|text| html! { text });
    // Each field's handler turns its value into one change of the filters.
    let change = |make: fn(String) -> Filter| {
        let dispatch = filters.dispatcher();
        Callback::from(move |value: String| dispatch.dispatch(make(value)))
    };
    let country = |make: fn(Option<CountryCode>) -> Filter| {
        let dispatch = filters.dispatcher();
        Callback::from(move |value: Option<CountryCode>| dispatch.dispatch(make(value)))
    };
    let areas: Vec<(String, String)> = LegislativeArea::all()
        .map(|a| (a.as_str().to_owned(), area_text(&i18n, a)))
        .collect();
    let directions = vec![
        (
            Direction::Sent.as_str().to_owned(),
            t!(i18n, "statistics-direction-sent"),
        ),
        (
            Direction::Received.as_str().to_owned(),
            t!(i18n, "statistics-direction-received"),
        ),
    ];
    let granularities: Vec<(String, String)> = Granularity::ALL
        .iter()
        .map(|g| (g.as_str().to_owned(), granularity_text(&i18n, *g)))
        .collect();
    html! {
        <section class="statistics__filters" aria-label={t!(i18n, "statistics-filters")}>
            <DateField id="statistics-from" label={t!(i18n, "statistics-from")} value={filters.from.clone()}
                error={error("from")} oninput={change(Filter::From)} />
            <DateField id="statistics-to" label={t!(i18n, "statistics-to")} value={filters.to.clone()}
                error={error("to")} oninput={change(Filter::To)} />
            <SelectField id="statistics-area" label={t!(i18n, "catalogue-area-label")} options={areas}
                value={filters.area.map(LegislativeArea::as_str).unwrap_or_default()}
                empty={Some(AttrValue::from(t!(i18n, "authorities-any-area")))} error={error_node("area")}
                onchange={change(|v| Filter::Area(LegislativeArea::parse(&v).ok()))} />
            <CountrySelect id="statistics-partner" label={Some(AttrValue::from(t!(i18n, "statistics-partner")))}
                value={filters.partner} error={error("partner")} onchange={country(Filter::Partner)} />
            <SelectField id="statistics-direction" label={t!(i18n, "statistics-direction")} options={directions}
                value={filters.direction.map(Direction::as_str).unwrap_or_default()}
                empty={Some(AttrValue::from(t!(i18n, "statistics-direction-all")))} error={error_node("direction")}
                onchange={change(|v| Filter::Direction(Direction::parse(&v)))} />
            <SelectField id="statistics-granularity" label={t!(i18n, "statistics-granularity")} options={granularities}
                value={filters.granularity.as_str()} error={error_node("granularity")}
                onchange={change(|v| Filter::Granularity(Granularity::parse(&v).unwrap_or(Granularity::Month)))} />
            if props.whose {
                <CountrySelect id="statistics-country" label={Some(AttrValue::from(t!(i18n, "statistics-whose")))}
                    value={filters.country} error={error("country")} onchange={country(Filter::Country)} />
            }
        </section>
    }
}
