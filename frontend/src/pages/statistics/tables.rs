//! The volumes as tables, each with its CSV file: by legislative area, by partner country,
//! and from country to country.

use shared::statistics::{StatisticsView, Volume};
use shared::{CountryCode, LegislativeArea};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

use super::Loaded;
use super::csv::{Csv, CsvButton, file_name};
use crate::format;
use crate::i18n::I18n;
use crate::labels::{area_text, country_text};
use crate::t;

/// A table with its heading, an optional sentence on how to read it, and its file.
pub struct TableParts {
    /// Its name in ids and in the file's name.
    pub key: &'static str,
    pub title: String,
    pub intro: Option<String>,
    pub table: Html,
    pub csv: Csv,
}

/// A table in its section. A wide table scrolls sideways in its frame, which takes the
/// keyboard's focus so that it can be scrolled without a mouse.
pub fn table_section(view: &StatisticsView, parts: TableParts) -> Html {
    let heading_id = format!("table-{}-heading", parts.key);
    let name = file_name(parts.key, view.from, view.to);
    html! {
        <section class="section" id={format!("table-{}", parts.key)}>
            <h3 class="section__subtitle" id={heading_id.clone()}>{ parts.title }</h3>
            if let Some(intro) = parts.intro {
                <p class="muted">{ intro }</p>
            }
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby={heading_id.clone()}>
                { parts.table }
            </div>
            <CsvButton csv={Rc::new(parts.csv)} {name} described_by={heading_id} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct TablesProps {
    pub loaded: Rc<Loaded>,
}

/// Volumes by key, with the key's name and code (in a column of its own in the file): the
/// busiest first.
fn volume_table<K: Copy>(
    i18n: &I18n,
    volumes: &[Volume<K>],
    name: impl Fn(K) -> String,
    code: impl Fn(K) -> &'static str,
    header: [String; 2],
) -> (Html, Csv) {
    let language = i18n.language();
    let mut rows: Vec<(String, &Volume<K>)> = volumes.iter().map(|v| (name(v.key), v)).collect();
    rows.sort_by(|(a, x), (b, y)| {
        (y.sent + y.received)
            .cmp(&(x.sent + x.received))
            .then(a.cmp(b))
    });
    let [label, code_label] = header;
    let (sent, received) = (
        t!(i18n, "statistics-column-sent"),
        t!(i18n, "statistics-column-received"),
    );
    let mut csv = Csv::new(vec![
        label.clone(),
        code_label.clone(),
        sent.clone(),
        received.clone(),
    ]);
    for (name, v) in &rows {
        csv.push(vec![
            name.clone(),
            code(v.key).to_owned(),
            v.sent.to_string(),
            v.received.to_string(),
        ]);
    }
    let table = html! {
        <table class="table table--numbers">
            <thead><tr>
                <th scope="col">{ label }</th>
                <th scope="col">{ sent }</th>
                <th scope="col">{ received }</th>
            </tr></thead>
            <tbody>
                { for rows.iter().map(|(name, v)| html! {
                    <tr>
                        <th scope="row">{ name }<code class="statistics__code">{ code(v.key) }</code></th>
                        <td>{ format::number(v.sent, language) }</td>
                        <td>{ format::number(v.received, language) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };
    (table, csv)
}

/// The requests by legislative area.
#[function_component(ByArea)]
pub fn by_area(props: &TablesProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let view = &props.loaded.view;
    let (table, csv) = volume_table(
        &i18n,
        &view.figures.by_area,
        |area| area_text(&i18n, area),
        LegislativeArea::as_str,
        [t!(i18n, "statistics-column-area"), "area_code".to_owned()],
    );
    let parts = TableParts {
        key: "by-area",
        title: t!(i18n, "statistics-by-area-title"),
        intro: None,
        table,
        csv,
    };
    table_section(view, parts)
}

/// The requests by the country of the other side.
#[function_component(ByPartner)]
pub fn by_partner(props: &TablesProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let view = &props.loaded.view;
    let (table, csv) = volume_table(
        &i18n,
        &view.figures.by_partner,
        |country| country_text(&i18n, country),
        CountryCode::as_str,
        [
            t!(i18n, "statistics-column-partner"),
            "country_code".to_owned(),
        ],
    );
    let parts = TableParts {
        key: "by-partner",
        title: t!(i18n, "statistics-by-partner-title"),
        intro: Some(t!(i18n, "statistics-by-partner-intro")),
        table,
        csv,
    };
    table_section(view, parts)
}

/// Countries by their names in the reader's language.
fn by_name(i18n: &I18n, countries: BTreeSet<CountryCode>) -> Vec<(String, CountryCode)> {
    let mut named: Vec<(String, CountryCode)> = countries
        .into_iter()
        .map(|c| (country_text(i18n, c), c))
        .collect();
    named.sort();
    named
}

/// The requests from country to country: a row per requesting country, a column per
/// responding one, only the countries that occur.
#[function_component(Exchanges)]
pub fn exchanges(props: &TablesProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let language = i18n.language();
    let view = &props.loaded.view;
    let exchanges = &view.figures.exchanges;
    let from = by_name(&i18n, exchanges.iter().map(|e| e.from).collect());
    let to = by_name(&i18n, exchanges.iter().map(|e| e.to).collect());
    let count = |f: CountryCode, t: CountryCode| {
        exchanges
            .iter()
            .find(|e| e.from == f && e.to == t)
            .map_or(0, |e| e.requests)
    };
    let corner = t!(i18n, "statistics-column-from-to");
    let mut csv = Csv::new(
        [corner.clone(), "from_code".to_owned()]
            .into_iter()
            .chain(to.iter().map(|(name, code)| {
                t!(
                    i18n,
                    "statistics-country-with-code",
                    country = name.clone(),
                    code = code.as_str()
                )
            }))
            .collect(),
    );
    for (name, f) in &from {
        let counts = to.iter().map(|(_, t)| count(*f, *t).to_string());
        csv.push(
            [name.clone(), f.as_str().to_owned()]
                .into_iter()
                .chain(counts)
                .collect(),
        );
    }
    let table = html! {
        <table class="table table--numbers table--matrix">
            <thead><tr>
                <th scope="col">{ corner }</th>
                { for to.iter().map(|(name, code)| html! {
                    <th scope="col"><abbr title={name.clone()}>{ code.as_str() }</abbr></th>
                }) }
            </tr></thead>
            <tbody>
                { for from.iter().map(|(name, f)| html! {
                    <tr>
                        <th scope="row">{ name }<code class="statistics__code">{ f.as_str() }</code></th>
                        { for to.iter().map(|(_, t)| {
                            let n = count(*f, *t);
                            html! { <td class={(n == 0).then_some("muted")}>{ format::number(n, language) }</td> }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    };
    let parts = TableParts {
        key: "exchanges",
        title: t!(i18n, "statistics-exchanges-title"),
        intro: Some(t!(i18n, "statistics-exchanges-intro")),
        table,
        csv,
    };
    table_section(view, parts)
}
