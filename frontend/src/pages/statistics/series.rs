//! The period step by step, as charts, each with a table of the same figures under it for
//! screen readers and for copying: the requests sent and received, the share accepted within
//! 7 days and the average days to answer, the latter two beside the EEA's.

use shared::Date;
use shared::statistics::{Figures, Granularity, Step, step_start};
use std::rc::Rc;
use yew::prelude::*;

use super::Loaded;
use super::chart::highest;
use super::chart::{Axis, Chart, Colour, Series};
use super::csv::{Csv, CsvButton, figure, figure_title, file_name};
use super::measures::Measure;
use super::words::{granularity_text, scope_text, step_text, step_tick};
use crate::format;
use crate::i18n::I18n;
use crate::t;

/// The first day of every step of the period, with none missing: the server lists only the
/// steps with a request, and a step without one is a zero on a chart, not a gap in time.
fn step_starts(from: Date, to: Date, granularity: Granularity) -> Vec<Date> {
    // From a step's first day, this many days always land in the next step.
    let stride = match granularity {
        Granularity::Month => 31,
        Granularity::Quarter => 92,
        Granularity::Year => 366,
    };
    let mut starts = Vec::new();
    let mut start = step_start(from, granularity);
    while start <= to {
        starts.push(start);
        match start.add_days(stride) {
            Some(later) => start = step_start(later, granularity),
            None => break,
        }
    }
    starts
}

/// Each step's figures, or none for a step without a request.
fn steps_of<'a>(figures: &'a Figures, starts: &[Date]) -> Vec<Option<&'a Step>> {
    starts
        .iter()
        .map(|start| figures.series.iter().find(|step| step.start == *start))
        .collect()
}

/// A table of the series: each step's label with a cell per column, each column's title and
/// each cell as shown and as written in the file.
struct SeriesTable {
    header: Vec<(String, String)>,
    rows: Vec<(Date, Vec<(String, String)>)>,
}

/// What one chart draws, and its table.
struct Drawing {
    /// Its name in ids and in the file's name.
    key: &'static str,
    title: String,
    bars: bool,
    axis: Axis,
    series: Vec<Series>,
    table: SeriesTable,
}

#[derive(Properties, PartialEq)]
pub struct SeriesProps {
    pub loaded: Rc<Loaded>,
}

/// The requests sent and received in each step, as grouped bars.
#[function_component(VolumeChart)]
pub fn volume_chart(props: &SeriesProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let language = i18n.language();
    let (view, granularity) = (&props.loaded.view, props.loaded.granularity());
    let starts = step_starts(view.from, view.to, granularity);
    let steps = steps_of(&view.figures, &starts);
    #[allow(clippy::cast_precision_loss)] // counts stay far below 2^53
    let counts = |of: fn(&Step) -> u64| -> Vec<Option<f64>> {
        steps
            .iter()
            .map(|step| Some(step.map_or(0.0, |s| of(s) as f64)))
            .collect()
    };
    let series = vec![
        Series {
            label: t!(i18n, "statistics-column-sent"),
            colour: Colour::Blue,
            values: counts(|s| s.sent),
        },
        Series {
            label: t!(i18n, "statistics-column-received"),
            colour: Colour::Orange,
            values: counts(|s| s.received),
        },
    ];
    let axis = Axis::rounded(
        highest(&series),
        true,
        t!(i18n, "statistics-axis-requests"),
        |v| format::number(v as u64, language),
    );
    let count = |n: u64| (format::number(n, language), n.to_string());
    let table = SeriesTable {
        header: [
            t!(i18n, "statistics-column-sent"),
            t!(i18n, "statistics-column-received"),
        ]
        .map(|title| (title.clone(), title))
        .to_vec(),
        rows: starts
            .iter()
            .zip(&steps)
            .map(|(start, step)| {
                let (sent, received) = step.map_or((0, 0), |s| (s.sent, s.received));
                (*start, vec![count(sent), count(received)])
            })
            .collect(),
    };
    let drawing = Drawing {
        key: "volumes",
        title: t!(i18n, "statistics-volumes-title"),
        bars: true,
        axis,
        series,
        table,
    };
    chart_section(&i18n, &props.loaded, drawing)
}

#[derive(Properties, PartialEq)]
pub struct SpeedProps {
    pub loaded: Rc<Loaded>,
    /// The share accepted within 7 days, or the average days to answer.
    pub measure: Measure,
}

/// One speed figure in each step, as a line, beside the EEA's when the viewer's figures are
/// not the EEA's already.
#[function_component(SpeedChart)]
pub fn speed_chart(props: &SpeedProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let language = i18n.language();
    let (view, granularity, measure) = (
        &props.loaded.view,
        props.loaded.granularity(),
        props.measure,
    );
    let starts = step_starts(view.from, view.to, granularity);
    let ours = steps_of(&view.figures, &starts);
    let eea = view.eea.as_ref().map(|eea| steps_of(eea, &starts));
    let values = |steps: &[Option<&Step>]| -> Vec<Option<f64>> {
        steps
            .iter()
            .map(|step| step.and_then(|s| measure.value(&s.performance)))
            .collect()
    };
    let mut series = vec![Series {
        label: scope_text(&i18n, &view.scope),
        colour: Colour::Blue,
        values: values(&ours),
    }];
    if let Some(eea) = &eea {
        series.push(Series {
            label: t!(i18n, "statistics-eea"),
            colour: Colour::Vermillion,
            values: values(eea),
        });
    }
    let axis = if measure.is_days() {
        let title = t!(i18n, "statistics-axis-days");
        Axis::rounded(highest(&series), true, title, |v| {
            format::number(v as u64, language)
        })
    } else {
        // Shares keep the whole scale, so that 40 % never looks like the top of it.
        Axis {
            top: 1.0,
            ticks: [0.0, 0.25, 0.5, 0.75, 1.0]
                .into_iter()
                .map(|v| (v, format::percent(v, language)))
                .collect(),
            title: t!(i18n, "statistics-axis-share"),
        }
    };
    let table = speed_table(&i18n, measure, &starts, &ours, eea.as_deref());
    let title = match measure {
        Measure::AverageDaysToAnswer => t!(i18n, "statistics-days-title"),
        _ => t!(i18n, "statistics-acceptance-title"),
    };
    let drawing = Drawing {
        key: measure.key(),
        title,
        bars: false,
        axis,
        series,
        table,
    };
    chart_section(&i18n, &props.loaded, drawing)
}

/// The table of a speed chart: each step's value, what it rests on, and the EEA's value.
fn speed_table(
    i18n: &I18n,
    measure: Measure,
    starts: &[Date],
    ours: &[Option<&Step>],
    eea: Option<&[Option<&Step>]>,
) -> SeriesTable {
    let cell = |step: Option<&Step>| match step {
        Some(s) => (
            measure
                .value_text(&s.performance, i18n)
                .unwrap_or_else(|| t!(i18n, "statistics-no-figure")),
            figure(measure, &s.performance),
        ),
        None => (t!(i18n, "statistics-no-figure"), String::new()),
    };
    let base = |step: Option<&Step>| {
        let count = step.map_or(0, |s| measure.base(&s.performance));
        (format::number(count, i18n.language()), count.to_string())
    };
    let titled = |title: String| (title.clone(), figure_title(i18n, measure, title));
    let based = t!(i18n, "statistics-column-based-on");
    let mut header = vec![titled(measure.name(i18n)), (based.clone(), based)];
    if eea.is_some() {
        header.push(titled(t!(i18n, "statistics-eea")));
    }
    let rows = starts
        .iter()
        .enumerate()
        .map(|(i, start)| {
            let step = ours.get(i).copied().flatten();
            let mut cells = vec![cell(step), base(step)];
            if let Some(eea) = eea {
                cells.push(cell(eea.get(i).copied().flatten()));
            }
            (*start, cells)
        })
        .collect();
    SeriesTable { header, rows }
}

/// A chart with its heading, and its table folded under it with the file to download.
fn chart_section(i18n: &I18n, loaded: &Loaded, drawing: Drawing) -> Html {
    let Drawing {
        key,
        title,
        bars,
        axis,
        series,
        table,
    } = drawing;
    let (view, granularity) = (&loaded.view, loaded.granularity());
    let heading_id = format!("chart-{key}-heading");
    let steps: Vec<(String, String)> = table
        .rows
        .iter()
        .map(|(start, _)| step_tick(i18n, *start, granularity))
        .collect();
    let mut csv = Csv::new(
        [
            t!(i18n, "statistics-column-period"),
            "period_start".to_owned(),
        ]
        .into_iter()
        .chain(table.header.iter().map(|(_, file)| file.clone()))
        .collect(),
    );
    let labels: Vec<String> = table
        .rows
        .iter()
        .map(|(start, _)| step_text(i18n, *start, granularity))
        .collect();
    for ((start, cells), label) in table.rows.iter().zip(&labels) {
        let written = cells.iter().map(|(_, file)| file.clone());
        csv.push(
            [label.clone(), start.to_string()]
                .into_iter()
                .chain(written)
                .collect(),
        );
    }
    let name = file_name(key, view.from, view.to);
    // Only the table's frame is a region named by the heading: two landmarks of one name would
    // leave a screen reader's list of them ambiguous.
    html! {
        <section class="section statistics__chart">
            <h3 class="section__subtitle" id={heading_id.clone()}>{ title.clone() }</h3>
            <Chart id={format!("chart-{key}")} title={title} {bars} {steps} {axis} {series}
                step_title={granularity_text(i18n, granularity)} />
            <details class="disclosure">
                <summary>{ t!(i18n, "statistics-show-table") }</summary>
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby={heading_id.clone()}>
                    <table class="table table--numbers">
                        <thead><tr>
                            <th scope="col">{ t!(i18n, "statistics-column-period") }</th>
                            { for table.header.iter().map(|(shown, _)| html! { <th scope="col">{ shown }</th> }) }
                        </tr></thead>
                        <tbody>
                            { for table.rows.iter().zip(&labels).map(|((_, cells), label)| html! {
                                <tr>
                                    <th scope="row">{ label }</th>
                                    { for cells.iter().map(|(shown, _)| html! { <td>{ shown }</td> }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <CsvButton csv={Rc::new(csv)} name={name} described_by={heading_id} />
            </details>
        </section>
    }
}
