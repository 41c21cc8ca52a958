//! The local data administrator's page for a data subject's request: find every request of
//! the authority about a person (blocked ones too), choose those that are about them, and
//! make the report they are entitled to, in the language they read, to print.
//!
//! The report is rendered with the chosen language's messages (loaded beside the
//! interface's), in an element marked with that language, so that the administrator reads
//! the page in theirs and the person gets the report in their own.

use std::collections::BTreeSet;

use shared::dto::{
    DataSubjectMatch, DataSubjectReport, DataSubjectReportInput, DataSubjectSearch, DisclosureKind,
    PersonalItem, ReportEntry,
};
use shared::lifecycle::Side;
use shared::personal::SubjectQuery;
use shared::retention::Stage;
use shared::{Date, LanguageCode, RequestId};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::ApiFailure;
use crate::components::{Badge, BadgeTone, Button, DateField, Field, SelectField};
use crate::format;
use crate::i18n::I18n;
use crate::labels::{
    area_text, error_text, field_error_text, language_name, personal_field_text, state_text,
};
use crate::route::Route;
use crate::t;

#[derive(Clone, PartialEq, Default)]
struct Form {
    name: String,
    identifier: String,
    birth_date: String,
    reason: String,
}

impl Form {
    fn query(&self) -> SubjectQuery {
        let text = |value: &str| (!value.trim().is_empty()).then(|| value.trim().to_owned());
        SubjectQuery {
            name: text(&self.name),
            identifier: text(&self.identifier),
            birth_date: Date::parse(&self.birth_date).ok(),
        }
    }
}

#[function_component(DataSubjects)]
pub fn data_subjects() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let form = use_state(Form::default);
    let failure = use_state(|| None::<ApiFailure>);
    let found = use_state(|| None::<Vec<DataSubjectMatch>>);
    let chosen = use_state(BTreeSet::<i32>::new);
    let language = use_state(|| i18n.language());
    let report = use_state(|| None::<(DataSubjectReport, I18n)>);
    let busy = use_state(|| false);
    let edit = |apply: fn(&mut Form, String)| {
        let form = form.clone();
        Callback::from(move |value: String| {
            let mut next = (*form).clone();
            apply(&mut next, value);
            form.set(next);
        })
    };
    let error_of = |field: &str| {
        failure.as_ref().and_then(|f| {
            f.fields
                .iter()
                .find(|e| e.field == field)
                .map(|e| AttrValue::from(field_error_text(&i18n, e)))
        })
    };
    let onsearch = {
        let (form, failure, found, chosen, report, busy) = (
            form.clone(),
            failure.clone(),
            found.clone(),
            chosen.clone(),
            report.clone(),
            busy.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = DataSubjectSearch {
                query: form.query(),
                reason: form.reason.clone(),
            };
            let (failure, found, chosen, report, busy) = (
                failure.clone(),
                found.clone(),
                chosen.clone(),
                report.clone(),
                busy.clone(),
            );
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::search_data_subject(&body).await {
                    Ok(matches) => {
                        chosen.set(matches.rows.iter().map(|row| row.id.0).collect());
                        found.set(Some(matches.rows));
                        failure.set(None);
                        report.set(None);
                    }
                    Err(refused) => failure.set(Some(refused)),
                }
                busy.set(false);
            });
        })
    };
    let onreport = {
        let (form, failure, chosen, language, report, busy) = (
            form.clone(),
            failure.clone(),
            chosen.clone(),
            language.clone(),
            report.clone(),
            busy.clone(),
        );
        Callback::from(move |_| {
            let body = DataSubjectReportInput {
                query: form.query(),
                reason: form.reason.clone(),
                language: *language,
                requests: chosen.iter().copied().map(RequestId).collect(),
            };
            let (failure, report, busy) = (failure.clone(), report.clone(), busy.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::data_subject_report(&body).await {
                    Ok(made) => {
                        let messages = crate::i18n::load(made.language).await;
                        report.set(Some((made, messages)));
                        failure.set(None);
                    }
                    Err(refused) => failure.set(Some(refused)),
                }
                busy.set(false);
            });
        })
    };
    let general_error = failure
        .as_ref()
        .filter(|f| f.fields.is_empty())
        .map(|f| error_text(&i18n, f));
    html! {
        <div class="page data-subjects">
            <div class="page__header no-print">
                <h1 class="page__title" id="page-title">{ t!(i18n, "data-subjects-title") }</h1>
            </div>
            <p class="muted no-print">{ t!(i18n, "data-subjects-intro") }</p>
            <form class="form no-print" id="data-subject-search" onsubmit={onsearch}>
                <Field id="data-subject-name" label={t!(i18n, "subject-name")} personal=true
                    value={form.name.clone()} error={error_of("name")} oninput={edit(|f, v| f.name = v)} />
                <Field id="data-subject-identifier" label={t!(i18n, "subject-identifier")} personal=true
                    value={form.identifier.clone()} error={error_of("identifier")} oninput={edit(|f, v| f.identifier = v)} />
                <DateField id="data-subject-birth-date" label={t!(i18n, "subject-birth-date")} personal=true
                    value={form.birth_date.clone()} oninput={edit(|f, v| f.birth_date = v)} />
                <Field id="data-subject-reason" label={t!(i18n, "data-subjects-reason")} multiline=true required=true
                    help={t!(i18n, "data-subjects-reason-help")}
                    value={form.reason.clone()} error={error_of("reason")} oninput={edit(|f, v| f.reason = v)} />
                if let Some(error) = general_error { <p class="field__error" role="alert">{ error }</p> }
                <div class="actions">
                    <Button id={Some(AttrValue::from("data-subject-search-button"))} submit=true busy={*busy}>
                        { t!(i18n, "data-subjects-search") }
                    </Button>
                </div>
            </form>
            if let Some(rows) = &*found {
                <section class="section no-print" aria-labelledby="data-subject-found">
                    <h2 class="section__title" id="data-subject-found">{ t!(i18n, "data-subjects-found", count = rows.len()) }</h2>
                    if rows.is_empty() {
                        <p class="muted" id="data-subject-none">{ t!(i18n, "data-subjects-none") }</p>
                    } else {
                        <ul class="result-list" id="data-subject-matches">
                            { for rows.iter().map(|row| match_row(&i18n, row, &chosen)) }
                        </ul>
                        <div class="data-subjects__report-form">
                            <SelectField id="data-subject-language" label={t!(i18n, "data-subjects-report-language")}
                                options={LanguageCode::all().map(|code| (code.as_str().to_owned(), language_name(code, code))).collect::<Vec<_>>()}
                                value={language.as_str().to_owned()}
                                onchange={{
                                    let language = language.clone();
                                    Callback::from(move |code: String| {
                                        if let Ok(code) = LanguageCode::parse(&code) { language.set(code) }
                                    })
                                }} />
                            if !chosen.is_empty() {
                                <Button id={Some(AttrValue::from("data-subject-report-button"))} busy={*busy}
                                    onclick={onreport}>
                                    { t!(i18n, "data-subjects-make-report") }
                                </Button>
                            }
                        </div>
                    }
                </section>
            }
            if let Some((made, messages)) = &*report {
                <div class="actions no-print">
                    <button type="button" class="btn btn--secondary" id="data-subject-print"
                        onclick={Callback::from(|_| { if let Some(window) = web_sys::window() { let _ = window.print(); } })}>
                        { t!(i18n, "data-subjects-print") }
                    </button>
                </div>
                <ContextProvider<I18n> context={messages.clone()}>
                    <Report report={made.clone()} />
                </ContextProvider<I18n>>
            }
        </div>
    }
}

/// One request found, with the box that keeps it in the report.
fn match_row(i18n: &I18n, row: &DataSubjectMatch, chosen: &UseStateHandle<BTreeSet<i32>>) -> Html {
    let id = row.id.0;
    let toggle = crate::pages::toggle(chosen, id);
    let side = match row.side {
        Side::Requesting => t!(i18n, "data-subjects-side-requesting"),
        _ => t!(i18n, "data-subjects-side-responding"),
    };
    let (stage, tone) = stage_label(i18n, row.retention.stage);
    let language = i18n.language();
    html! {
        <li class="result" key={id}>
            <Link<Route> to={Route::Request { id }} classes="result__name">
                { t!(i18n, "request-title", number = row.number.clone()) }
            </Link<Route>>
            <span class="result__about">{ &row.subject.name }
                if !row.subject.identifier.is_empty() { { " · " }{ &row.subject.identifier } }
                if let Some(birth) = row.subject.birth_date { { " · " }{ format::date(birth, language) } }
            </span>
            <span class="result__place">
                { side }
                if let Some(other) = &row.other { { " · " }{ crate::labels::party_text(i18n, &other.name, other.country) } }
                { " · " }{ area_text(i18n, row.area) }
            </span>
            <div class="question__meta">
                <Badge label={state_text(i18n, row.state)} tone={crate::labels::state_tone(row.state)} />
                <Badge label={stage} {tone} />
                <label class="check">
                    <input type="checkbox" checked={chosen.contains(&id)} onchange={toggle}
                        id={format!("data-subject-include-{id}")} />
                    <span>{ t!(i18n, "data-subjects-include") }</span>
                </label>
            </div>
        </li>
    }
}

fn stage_label(i18n: &I18n, stage: Stage) -> (String, BadgeTone) {
    match stage {
        Stage::Visible => (t!(i18n, "data-subjects-stage-visible"), BadgeTone::Success),
        Stage::Blocked => (t!(i18n, "data-subjects-stage-blocked"), BadgeTone::Warning),
        Stage::Deleted => (t!(i18n, "data-subjects-stage-deleted"), BadgeTone::Neutral),
    }
}

#[derive(Properties, PartialEq)]
struct ReportProps {
    report: DataSubjectReport,
}

/// The report, in the language of the messages it is given.
#[function_component(Report)]
fn report(props: &ReportProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let report = &props.report;
    let language = i18n.language();
    let authority =
        crate::labels::party_text(&i18n, &report.authority.name, report.authority.country);
    // A new report is brought into view and its title focused, so that keyboard and
    // screen-reader users land on what they asked for.
    let title = use_node_ref();
    {
        let title = title.clone();
        use_effect_with(report.made_at.clone(), move |_| {
            if let Some(element) = title.cast::<web_sys::HtmlElement>() {
                element.scroll_into_view();
                let _ = element.focus();
            }
        });
    }
    html! {
        <article class="report" id="data-subject-report" lang={language.as_str()}>
            <h2 class="report__title" tabindex="-1" ref={title}>{ t!(i18n, "report-title") }</h2>
            <p>{ t!(i18n, "report-intro", authority = authority) }</p>
            <p class="muted">{ t!(i18n, "report-made-on", date = format::date_time(&report.made_at, language)) }</p>
            if report.entries.is_empty() {
                <p>{ t!(i18n, "report-empty") }</p>
            }
            { for report.entries.iter().map(|entry| report_entry(&i18n, entry)) }
        </article>
    }
}

fn report_entry(i18n: &I18n, entry: &ReportEntry) -> Html {
    let language = i18n.language();
    let date = |day: Option<Date>| day.map(|d| format::date(d, language)).unwrap_or_default();
    html! {
        <section class="report__entry" key={entry.id.0}>
            <h3 class="report__subtitle">{ t!(i18n, "report-request", number = entry.number.clone()) }</h3>
            <dl class="facts">
                <dt>{ t!(i18n, "report-area") }</dt><dd>{ area_text(i18n, entry.area) }</dd>
                <dt>{ t!(i18n, "report-data") }</dt>
                <dd><ul class="report__list">{ for entry.data.iter().map(|item| html! { <li>{ item_text(i18n, item) }</li> }) }</ul></dd>
                <dt>{ t!(i18n, "report-disclosures") }</dt>
                <dd><ul class="report__list">{ for entry.disclosures.iter().map(|d| {
                    let authority = crate::labels::party_text(i18n, &d.authority.name, d.authority.country);
                    let date = format::date_time(&d.at, language);
                    let text = match d.kind {
                        DisclosureKind::Sent => t!(i18n, "report-disclosure-sent", authority = authority, date = date),
                        DisclosureKind::Forwarded => t!(i18n, "report-disclosure-forwarded", authority = authority, date = date),
                        DisclosureKind::SplitOff => t!(i18n, "report-disclosure-split-off", authority = authority, date = date),
                        DisclosureKind::ReceivedFrom => t!(i18n, "report-disclosure-received-from", authority = authority, date = date),
                    };
                    html! { <li>{ text }</li> }
                }) }</ul></dd>
                <dt>{ t!(i18n, "report-retention") }</dt>
                <dd>
                    if entry.ended_on.is_some() {
                        { t!(i18n, "report-blocked-and-deleted", blocked = date(entry.retention.blocked_on), deleted = date(entry.retention.deleted_on)) }
                    } else {
                        { t!(i18n, "report-not-ended", block = entry.block_after_months, delete = entry.delete_after_months) }
                    }
                </dd>
            </dl>
        </section>
    }
}

/// One item of personal data in words: what it is, and its value where it is quoted.
fn item_text(i18n: &I18n, item: &PersonalItem) -> String {
    let field = personal_field_text(i18n, item.field, item.placeholder.as_deref());
    match &item.value {
        // Dates (the subject's, a placeholder's) are written as the reader writes them.
        Some(value) => {
            let shown = Date::parse(value.trim())
                .map(|d| format::date(d, i18n.language()))
                .unwrap_or_else(|_| value.clone());
            format!("{field}: {shown}")
        }
        None => t!(i18n, "report-count", field = field, count = item.count),
    }
}
