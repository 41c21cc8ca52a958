//! Charts as inline SVG drawn here rather than by a charting crate, which would weigh more
//! than the whole page: grouped bars or lines over the steps of a series, scaled by the
//! `viewBox` to the width there is. Series differ by colour (the Okabe–Ito palette, which
//! colour-blind readers tell apart) and also by a fill pattern or a marker and dash, so no
//! series is told by colour alone. The numbers come formatted by the caller; a table under
//! each chart says the same for screen readers.

use yew::prelude::*;

/// The drawing's size in its own units; the browser scales it to the page.
const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 300.0;
/// The plot area's margins: the legend and the axis title above, the step labels below,
/// the value labels left.
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 52.0;
const BOTTOM: f64 = 56.0;
/// More step labels than this would overlap; every second (third, …) one is written.
const MAX_TICKS: usize = 12;

/// The colours of the Okabe–Ito palette the charts use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    Blue,
    Orange,
    Green,
    Vermillion,
}

impl Colour {
    fn hex(self) -> &'static str {
        match self {
            Colour::Blue => "#0072B2",
            Colour::Orange => "#E69F00",
            Colour::Green => "#009E73",
            Colour::Vermillion => "#D55E00",
        }
    }
}

/// One series: its name in the legend, its colour and a value per step (none where the step
/// has nothing to measure).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub label: String,
    pub colour: Colour,
    pub values: Vec<Option<f64>>,
}

/// The highest value of any of `series`, which the value axis must reach.
pub fn highest(series: &[Series]) -> f64 {
    series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .fold(0.0, |highest, value| value.max(highest))
}

/// The value axis: its top, its labelled values and its title.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub top: f64,
    pub ticks: Vec<(f64, String)>,
    pub title: String,
}

impl Axis {
    /// An axis from 0 to a round value at or above `max`, in four to ten steps of 1, 2 or 5
    /// times a power of ten (whole steps when `whole`), each labelled by `label`.
    pub fn rounded(max: f64, whole: bool, title: String, label: impl Fn(f64) -> String) -> Axis {
        let max = if max > 0.0 { max } else { 1.0 };
        let raw = max / 5.0;
        let power = 10f64.powf(raw.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .into_iter()
            .map(|m| m * power)
            .find(|step| *step >= raw)
            .unwrap_or(raw);
        let step = if whole { step.max(1.0).round() } else { step };
        let top = (max / step).ceil() * step;
        let count = (top / step).round() as usize;
        let ticks = (0..=count)
            .map(|i| {
                #[allow(clippy::cast_precision_loss)] // a handful of ticks
                let value = step * i as f64;
                (value, label(value))
            })
            .collect();
        Axis { top, ticks, title }
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// The prefix of the drawing's ids (its title, its patterns).
    pub id: AttrValue,
    pub title: AttrValue,
    /// Bars grouped per step, else lines through the steps.
    pub bars: bool,
    /// Each step's label and, below it, its year (written where the year changes).
    pub steps: Vec<(String, String)>,
    /// The name of a step's length, under the step labels.
    pub step_title: AttrValue,
    pub axis: Axis,
    pub series: Vec<Series>,
}

/// The geometry shared by the parts of a chart.
struct Frame {
    steps: usize,
    top: f64,
}

impl Frame {
    fn plot_width() -> f64 {
        WIDTH - LEFT - RIGHT
    }

    fn plot_height() -> f64 {
        HEIGHT - TOP - BOTTOM
    }

    /// The width of one step.
    fn band(&self) -> f64 {
        #[allow(clippy::cast_precision_loss)] // a few hundred steps at most
        let steps = self.steps.max(1) as f64;
        Frame::plot_width() / steps
    }

    /// The middle of step `i`.
    fn x(&self, i: usize) -> f64 {
        #[allow(clippy::cast_precision_loss)]
        let i = i as f64;
        LEFT + self.band() * (i + 0.5)
    }

    fn y(&self, value: f64) -> f64 {
        TOP + Frame::plot_height() * (1.0 - (value / self.top).clamp(0.0, 1.0))
    }
}

/// A number for an SVG attribute.
fn n(value: f64) -> String {
    format!("{value:.1}")
}

#[function_component(Chart)]
pub fn chart(props: &ChartProps) -> Html {
    let frame = Frame {
        steps: props.steps.len(),
        top: props.axis.top,
    };
    let title_id = format!("{}-title", props.id);
    let plot = if props.bars {
        bars(&frame, &props.id, &props.series)
    } else {
        lines(&frame, &props.series)
    };
    html! {
        <svg class="chart" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img"
            aria-labelledby={title_id.clone()} id={props.id.clone()} focusable="false">
            <title id={title_id}>{ props.title.clone() }</title>
            { patterns(&props.id) }
            { legend(&props.id, props.bars, &props.series) }
            { value_axis(&frame, &props.axis) }
            { plot }
            { step_axis(&frame, &props.steps, &props.step_title) }
        </svg>
    }
}

/// The fills that tell bars apart without colour: plain, hatched, dotted.
fn patterns(id: &str) -> Html {
    html! {
        <defs>
            <pattern id={format!("{id}-fill-1")} patternUnits="userSpaceOnUse" width="6" height="6"
                patternTransform="rotate(45)">
                <rect width="6" height="6" fill={Colour::Orange.hex()} />
                <line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-opacity="0.55" stroke-width="2" />
            </pattern>
            <pattern id={format!("{id}-fill-2")} patternUnits="userSpaceOnUse" width="6" height="6">
                <rect width="6" height="6" fill={Colour::Green.hex()} />
                <circle cx="3" cy="3" r="1.3" fill="#fff" />
            </pattern>
        </defs>
    }
}

/// The fill of the `i`-th series' bars.
fn bar_fill(id: &str, i: usize, colour: Colour) -> String {
    match i {
        0 => colour.hex().to_owned(),
        _ => format!("url(#{id}-fill-{})", i.min(2)),
    }
}

/// The dash of the `i`-th series' line: solid, dashed, dotted.
fn dash(i: usize) -> &'static str {
    match i {
        0 => "none",
        1 => "7 4",
        _ => "2 3",
    }
}

/// The marker of the `i`-th series at (`x`, `y`): a circle, a triangle, a square.
fn marker(i: usize, x: f64, y: f64, colour: Colour) -> Html {
    let fill = colour.hex();
    match i {
        0 => {
            html! { <circle cx={n(x)} cy={n(y)} r="4.5" {fill} stroke="#fff" stroke-width="1.5" /> }
        }
        1 => {
            let points = format!(
                "{},{} {},{} {},{}",
                n(x),
                n(y - 5.5),
                n(x + 5.5),
                n(y + 4.5),
                n(x - 5.5),
                n(y + 4.5)
            );
            html! { <polygon {points} {fill} stroke="#fff" stroke-width="1.5" /> }
        }
        _ => html! {
            <rect x={n(x - 4.5)} y={n(y - 4.5)} width="9" height="9" {fill} stroke="#fff" stroke-width="1.5" />
        },
    }
}

/// The series' names above the plot, each beside a sample of its bar or line.
fn legend(id: &str, bars: bool, series: &[Series]) -> Html {
    let mut x = LEFT;
    let items = series.iter().enumerate().map(|(i, s)| {
        let at = x;
        // About 7.5 units a character at this size: room enough for the next entry.
        #[allow(clippy::cast_precision_loss)]
        let width = s.label.chars().count() as f64 * 7.5;
        x += width + 48.0;
        let sample = if bars {
            html! {
                <rect x={n(at)} y="6" width="16" height="14" fill={bar_fill(id, i, s.colour)}
                    stroke="#1f2328" stroke-width="1" />
            }
        } else {
            html! {
                <>
                    <line x1={n(at - 4.0)} y1="13" x2={n(at + 20.0)} y2="13" stroke={s.colour.hex()}
                        stroke-width="2.5" stroke-dasharray={dash(i)} />
                    { marker(i, at + 8.0, 13.0, s.colour) }
                </>
            }
        };
        html! {
            <g class="chart__legend">
                { sample }
                <text x={n(at + 26.0)} y="18" class="chart__text">{ &s.label }</text>
            </g>
        }
    });
    html! { <g>{ for items }</g> }
}

/// The value axis: its title, its labels and a light line across the plot at each.
fn value_axis(frame: &Frame, axis: &Axis) -> Html {
    html! {
        <g>
            <text x="4" y={n(TOP - 16.0)} class="chart__text chart__text--title">{ &axis.title }</text>
            { for axis.ticks.iter().map(|(value, label)| {
                let y = frame.y(*value);
                html! {
                    <g>
                        <line x1={n(LEFT)} y1={n(y)} x2={n(WIDTH - RIGHT)} y2={n(y)}
                            class={if *value == 0.0 { "chart__base" } else { "chart__grid" }} />
                        <text x={n(LEFT - 6.0)} y={n(y + 4.0)} text-anchor="end" class="chart__text">{ label }</text>
                    </g>
                }
            }) }
        </g>
    }
}

/// The step labels under the plot, thinned out where they would overlap, each year written
/// under the first label of it.
fn step_axis(frame: &Frame, steps: &[(String, String)], title: &str) -> Html {
    let every = steps.len().div_ceil(MAX_TICKS).max(1);
    let below = TOP + Frame::plot_height();
    let mut last_year = "";
    let labels = steps.iter().enumerate().filter(|(i, _)| i % every == 0).map(|(i, (label, year))| {
        let x = n(frame.x(i));
        let new_year = (!year.is_empty() && year != last_year).then(|| year.clone());
        last_year = year;
        html! {
            <g>
                <text x={x.clone()} y={n(below + 16.0)} text-anchor="middle" class="chart__text">{ label }</text>
                if let Some(year) = new_year {
                    <text {x} y={n(below + 30.0)} text-anchor="middle" class="chart__text chart__text--muted">{ year }</text>
                }
            </g>
        }
    });
    html! {
        <g>
            { for labels }
            <text x={n(LEFT + Frame::plot_width() / 2.0)} y={n(HEIGHT - 6.0)} text-anchor="middle"
                class="chart__text chart__text--title">{ title }</text>
        </g>
    }
}

/// Bars side by side in each step, one per series, with a dark edge so that even the light
/// orange stands out from the page.
fn bars(frame: &Frame, id: &str, series: &[Series]) -> Html {
    let group = frame.band() * 0.8;
    #[allow(clippy::cast_precision_loss)]
    let width = group / series.len().max(1) as f64;
    let rects = series.iter().enumerate().flat_map(|(i, s)| {
        let fill = bar_fill(id, i, s.colour);
        s.values
            .iter()
            .enumerate()
            .filter_map(move |(step, value)| {
                let value = (*value)?;
                #[allow(clippy::cast_precision_loss)]
                let x = frame.x(step) - group / 2.0 + width * i as f64;
                let y = frame.y(value);
                let height = TOP + Frame::plot_height() - y;
                (height > 0.0).then(|| html! {
                <rect x={n(x)} y={n(y)} width={n(width)} height={n(height)} fill={fill.clone()}
                    stroke="#1f2328" stroke-width="0.75" />
            })
            })
    });
    html! { <g>{ for rects }</g> }
}

/// A line per series through its steps, broken where a step has no value, with a marker at
/// each value.
fn lines(frame: &Frame, series: &[Series]) -> Html {
    let drawn = series.iter().enumerate().map(|(i, s)| {
        let mut path = String::new();
        let mut pen_down = false;
        for (step, value) in s.values.iter().enumerate() {
            match value {
                Some(value) => {
                    let command = if pen_down { 'L' } else { 'M' };
                    path.push_str(&format!(
                        "{command}{},{} ",
                        n(frame.x(step)),
                        n(frame.y(*value))
                    ));
                    pen_down = true;
                }
                None => pen_down = false,
            }
        }
        let markers = s.values.iter().enumerate().filter_map(|(step, value)| {
            value.map(|value| marker(i, frame.x(step), frame.y(value), s.colour))
        });
        html! {
            <g>
                <path d={path} fill="none" stroke={s.colour.hex()} stroke-width="2.5"
                    stroke-dasharray={dash(i)} stroke-linejoin="round" />
                { for markers }
            </g>
        }
    });
    html! { <g>{ for drawn }</g> }
}
