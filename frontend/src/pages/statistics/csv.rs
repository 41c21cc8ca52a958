//! Each table as a CSV file, written and downloaded by the browser itself: the figures are
//! already on the page, so no second call asks the server for them. UTF-8 with a byte-order
//! mark (spreadsheet programs otherwise guess a legacy encoding and garble the accents),
//! commas, RFC 4180 quoting and line ends. Headers are in the reader's language; a label
//! that stands for a code is followed by a column with the code, for programs.

use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys;
use yew::prelude::*;

use super::measures::Measure;
use crate::components::use_toasts;
use crate::i18n::I18n;
use crate::t;
use shared::Date;
use shared::statistics::Performance;

/// A table as a file: its header and its rows of cells.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Csv {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Csv {
    pub fn new(header: Vec<String>) -> Csv {
        Csv {
            header,
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// The file's text.
    pub fn text(&self) -> String {
        let mut text = String::from('\u{feff}');
        for row in std::iter::once(&self.header).chain(&self.rows) {
            let cells: Vec<String> = row.iter().map(|cell| quoted(cell)).collect();
            text.push_str(&cells.join(","));
            text.push_str("\r\n");
        }
        text
    }
}

/// A cell as RFC 4180 writes it: in quotes, with its quotes doubled, when it holds a comma, a
/// quote or a line end.
fn quoted(cell: &str) -> String {
    if cell.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

/// A figure as a file writes it: a share in percent, or days, with one decimal and a full
/// stop, as programs read numbers (the comma separates the cells); empty when it rests on no
/// request.
pub fn figure(measure: Measure, performance: &Performance) -> String {
    let value = measure.value(performance);
    let value = if measure.is_days() {
        value
    } else {
        value.map(|share| share * 100.0)
    };
    value.map(|v| format!("{v:.1}")).unwrap_or_default()
}

/// The title of a figure's column in a file, which says that a share is written in percent.
pub fn figure_title(i18n: &I18n, measure: Measure, title: String) -> String {
    if measure.is_days() {
        title
    } else {
        t!(i18n, "statistics-csv-percent", indicator = title)
    }
}

/// A file's name: what it holds and the period, e.g.
/// `imi-statistics-by-area-2025-01-01-2025-12-31.csv`.
pub fn file_name(what: &str, from: Date, to: Date) -> String {
    format!("imi-statistics-{what}-{from}-{to}.csv")
}

/// Offers `csv` as the file `name` through a Blob URL and a link clicked for the user.
fn download(name: &str, csv: &Csv) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(&csv.text()));
    let settings = web_sys::BlobPropertyBag::new();
    settings.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &settings)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    // Some browsers follow only a link that is part of the document.
    let body = gloo::utils::body();
    body.append_child(&link)?;
    link.click();
    body.remove_child(&link)?;
    // The download has started by the time the page is next idle; the URL is then let go, so
    // the file's text does not stay in memory with the page.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

#[derive(Properties, PartialEq)]
pub struct CsvButtonProps {
    pub csv: Rc<Csv>,
    /// The file's name.
    pub name: AttrValue,
    /// The id of the table's heading, which tells a screen reader which table the button
    /// downloads.
    pub described_by: AttrValue,
}

/// "Download CSV" for one table.
#[function_component(CsvButton)]
pub fn csv_button(props: &CsvButtonProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let toasts = use_toasts();
    let onclick = {
        let (csv, name, i18n) = (props.csv.clone(), props.name.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            if download(&name, &csv).is_err() {
                toasts.error(t!(i18n, "statistics-csv-failed"));
            }
        })
    };
    html! {
        <button type="button" class="btn btn--secondary statistics__csv" {onclick}
            aria-describedby={props.described_by.clone()}>
            { t!(i18n, "statistics-csv") }
        </button>
    }
}
