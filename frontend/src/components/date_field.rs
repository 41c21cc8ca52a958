//! A date typed as day, month and year, each labelled in the interface's language. The
//! browser's own date input writes its format and its picker in the browser's language
//! ("mm/dd/yyyy" for a Latvian official on an English system), which the interface cannot
//! change; three numeric boxes in the order the language writes dates can.

use shared::{Date, LanguageCode};
use yew::prelude::*;

use crate::i18n::I18n;
use crate::t;

#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    /// The group's id; the parts are `{id}-day`, `{id}-month` and `{id}-year`.
    pub id: AttrValue,
    pub label: AttrValue,
    /// `YYYY-MM-DD`, or empty.
    pub value: AttrValue,
    /// Called with `YYYY-MM-DD` once the three parts make a real date, and with an empty
    /// string while they do not.
    pub oninput: Callback<String>,
    /// A translated error shown under the parts; also marks them invalid.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Whether the date is personal data: its legend carries the mark.
    #[prop_or(false)]
    pub personal: bool,
}

/// Which part comes where: year first in the languages that write dates that way.
fn year_first(language: LanguageCode) -> bool {
    matches!(language.as_str(), "hu" | "lt" | "sv")
}

/// The parts of `YYYY-MM-DD`, or empty parts.
fn parts_of(value: &str) -> (String, String, String) {
    match Date::parse(value) {
        Ok(_) => {
            let mut pieces = value.split('-').map(str::to_owned);
            let year = pieces.next().unwrap_or_default();
            let month = pieces.next().unwrap_or_default();
            let day = pieces.next().unwrap_or_default();
            (day, month, year)
        }
        Err(_) => Default::default(),
    }
}

/// The date the parts make, as `YYYY-MM-DD`, if they make one.
fn date_of(day: &str, month: &str, year: &str) -> Option<String> {
    let (day, month, year) = (
        day.trim().parse::<u8>().ok()?,
        month.trim().parse::<u8>().ok()?,
        year.trim().parse::<u16>().ok()?,
    );
    // A two-digit year is not guessed at: 25 could be 1925 or 2025.
    if year < 1000 {
        return None;
    }
    Date::from_ymd(year, month, day).ok().map(|d| d.to_string())
}

#[function_component(DateField)]
pub fn date_field(props: &DateFieldProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    // The parts live in a cell, not a state snapshot: two parts typed before the next render
    // (an autofill, a fast typist) both count.
    let parts = use_mut_ref(|| parts_of(&props.value));
    let rerender = use_force_update();
    // A value set from outside (a loaded draft) replaces what the parts hold, unless the parts
    // already say it.
    {
        let (parts, rerender) = (parts.clone(), rerender.clone());
        use_effect_with(props.value.clone(), move |value| {
            let current = {
                let (day, month, year) = &*parts.borrow();
                date_of(day, month, year)
            };
            if current.as_deref() != Some(value.as_str()) && !value.is_empty() {
                *parts.borrow_mut() = parts_of(value);
                rerender.force_update();
            }
        });
    }
    let part_input = |which: usize, label: String, size: u32| {
        let (id, value) = {
            let parts = parts.borrow();
            match which {
                0 => (format!("{}-day", props.id), parts.0.clone()),
                1 => (format!("{}-month", props.id), parts.1.clone()),
                _ => (format!("{}-year", props.id), parts.2.clone()),
            }
        };
        let oninput = {
            let (parts, callback, rerender) =
                (parts.clone(), props.oninput.clone(), rerender.clone());
            Callback::from(move |event: InputEvent| {
                let typed = event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value();
                let date = {
                    let mut next = parts.borrow_mut();
                    match which {
                        0 => next.0 = typed,
                        1 => next.1 = typed,
                        _ => next.2 = typed,
                    }
                    date_of(&next.0, &next.1, &next.2)
                };
                callback.emit(date.unwrap_or_default());
                rerender.force_update();
            })
        };
        html! {
            <div class={classes!("date-field__part", (which == 2).then_some("date-field__part--year"))}>
                <label class="date-field__label" for={id.clone()}>{ label }</label>
                <input class="field__input" id={id} inputmode="numeric" autocomplete="off"
                    maxlength={size.to_string()} size={size.to_string()} {value} {oninput}
                    aria-invalid={props.error.is_some().then_some("true")} />
            </div>
        }
    };
    let day = part_input(0, t!(i18n, "date-day"), 2);
    let month = part_input(1, t!(i18n, "date-month"), 2);
    let year = part_input(2, t!(i18n, "date-year"), 4);
    let error_id = format!("{}-error", props.id);
    html! {
        <fieldset class={classes!("field", "date-field", props.error.is_some().then_some("field--invalid"))}
            id={props.id.clone()} aria-describedby={props.error.as_ref().map(|_| error_id.clone())}>
            <legend class="field__label">
                { props.label.clone() }
                if props.personal { { " " }<super::PersonalMark /> }
            </legend>
            <div class="date-field__parts">
                if year_first(i18n.language()) {
                    { year }{ month }{ day }
                } else {
                    { day }{ month }{ year }
                }
            </div>
            if let Some(error) = &props.error {
                <p class="field__error" id={error_id}>{ error.clone() }</p>
            }
        </fieldset>
    }
}
