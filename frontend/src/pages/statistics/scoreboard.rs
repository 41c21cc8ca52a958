//! The Commission's scoreboard: each country the viewer may compare, as the responding side,
//! with each indicator's value, its band in words and colour, and what it rests on; and the
//! legend of the bands' thresholds, which the key figures' bands follow too.

use shared::statistics::{Indicator, ScoreboardRow};
use std::rc::Rc;
use yew::prelude::*;

use super::Loaded;
use super::csv::{Csv, figure, figure_title};
use super::measures::Measure;
use super::tables::{TableParts, TablesProps, table_section};
use super::words::{band_class, band_text, based_on, legend_text};
use crate::i18n::I18n;
use crate::labels::country_text;
use crate::t;

/// The file's header: the country and its code, then each indicator's value (in percent or
/// days), band in words, band code and base.
fn csv_header(i18n: &I18n) -> Vec<String> {
    let mut header = vec![
        t!(i18n, "statistics-column-country"),
        "country_code".to_owned(),
    ];
    for indicator in Indicator::ALL {
        let measure = Measure::of(*indicator);
        let name = measure.name(i18n);
        header.push(figure_title(i18n, measure, name.clone()));
        header.push(t!(i18n, "statistics-csv-band", indicator = name.clone()));
        header.push(format!("{}_band", indicator.as_str()));
        header.push(t!(i18n, "statistics-csv-based-on", indicator = name));
    }
    header
}

/// A country's line of the file.
fn csv_row(name: &str, row: &ScoreboardRow, i18n: &I18n) -> Vec<String> {
    let mut cells = vec![name.to_owned(), row.country.as_str().to_owned()];
    for (i, indicator) in Indicator::ALL.iter().enumerate() {
        let measure = Measure::of(*indicator);
        let band = row.bands.get(i).copied().flatten();
        cells.push(figure(measure, &row.performance));
        cells.push(band.map(|b| band_text(i18n, b)).unwrap_or_default());
        cells.push(band.map(|b| b.as_str().to_owned()).unwrap_or_default());
        cells.push(measure.base(&row.performance).to_string());
    }
    cells
}

/// One indicator of one country: its value, its band and its base.
fn cell(i18n: &I18n, row: &ScoreboardRow, i: usize, indicator: Indicator) -> Html {
    let measure = Measure::of(indicator);
    let base = measure.base(&row.performance);
    if base == 0 {
        return html! { <td class="muted">{ t!(i18n, "statistics-no-figure") }</td> };
    }
    let band = row.bands.get(i).copied().flatten();
    html! {
        <td>
            <span class="statistics__value">{ measure.value_text(&row.performance, i18n).unwrap_or_default() }</span>
            if let Some(band) = band {
                <span class={band_class(band)}>{ band_text(i18n, band) }</span>
            }
            <span class="statistics__base">{ based_on(i18n, base) }</span>
        </td>
    }
}

/// The scoreboard, when the viewer may compare countries.
#[function_component(Scoreboard)]
pub fn scoreboard(props: &TablesProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let view = &props.loaded.view;
    if view.scoreboard.is_empty() {
        return html! {};
    }
    let mut rows: Vec<(String, &ScoreboardRow)> = view
        .scoreboard
        .iter()
        .map(|row| (country_text(&i18n, row.country), row))
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let mut csv = Csv::new(csv_header(&i18n));
    for (name, row) in &rows {
        csv.push(csv_row(name, row, &i18n));
    }
    let table = html! {
        <table class="table table--scoreboard">
            <thead><tr>
                <th scope="col">{ t!(i18n, "statistics-column-country") }</th>
                { for Indicator::ALL.iter().map(|indicator| html! {
                    <th scope="col">{ Measure::of(*indicator).name(&i18n) }</th>
                }) }
            </tr></thead>
            <tbody>
                { for rows.iter().map(|(name, row)| html! {
                    <tr>
                        <th scope="row">{ name }</th>
                        { for Indicator::ALL.iter().enumerate().map(|(i, indicator)| cell(&i18n, row, i, *indicator)) }
                    </tr>
                }) }
            </tbody>
        </table>
    };
    let parts = TableParts {
        key: "scoreboard",
        title: t!(i18n, "statistics-scoreboard-title"),
        intro: Some(t!(i18n, "statistics-scoreboard-intro")),
        table,
        csv,
    };
    table_section(view, parts)
}

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub loaded: Rc<Loaded>,
}

/// The thresholds of the bands, as the server states them.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    html! {
        <div class="statistics__legend" role="group" aria-labelledby="statistics-legend-heading">
            <h3 class="section__subtitle" id="statistics-legend-heading">{ t!(i18n, "statistics-legend-title") }</h3>
            <ul>
                { for props.loaded.view.indicators.iter().map(|i| html! {
                    <li>{ legend_text(&i18n, i.indicator, i.green, i.red) }</li>
                }) }
            </ul>
        </div>
    }
}
