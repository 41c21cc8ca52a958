//! The coordinators' registry administration: registering an authority (with its first local
//! administrator), editing one, and importing many from a CSV file with a progress bar.
//!
//! The form ([`form`]) checks its fields with `shared::registry::check_authority`, the same
//! function the server runs, so a coordinator sees what is wrong before anything is sent.

mod form;
mod parts;

pub use form::AuthorityForm;

use shared::registry::{ImportReport, RowError};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::ApiFailure;
use crate::components::use_toasts;
use crate::i18n::I18n;
use crate::labels::{error_text, reason_text};
use crate::route::Route;
use crate::t;

/// The registry page: where a coordinator registers authorities and imports a file.
#[function_component(RegistryPage)]
pub fn registry_page() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let progress = use_state(|| None::<f64>);
    let report = use_state(|| None::<ImportReport>);
    let refused = use_state(Vec::<RowError>::new);
    let toasts = use_toasts();
    let on_file = {
        let (progress, report, refused, toasts, i18n) = (
            progress.clone(),
            report.clone(),
            refused.clone(),
            toasts.clone(),
            i18n.clone(),
        );
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            report.set(None);
            refused.set(Vec::new());
            progress.set(Some(0.0));
            let on_progress = {
                let progress = progress.clone();
                Callback::from(move |share| progress.set(Some(share)))
            };
            let on_done = {
                let (progress, report, refused, toasts, i18n) = (
                    progress.clone(),
                    report.clone(),
                    refused.clone(),
                    toasts.clone(),
                    i18n.clone(),
                );
                Callback::from(move |result: Result<String, ApiFailure>| {
                    progress.set(None);
                    match result {
                        Ok(text) => report.set(crate::api::parse(&text).ok()),
                        Err(failure) if !failure.rows.is_empty() => refused.set(failure.rows),
                        Err(failure) => toasts.error(error_text(&i18n, &failure)),
                    }
                })
            };
            crate::api::post_with_progress(
                "/api/registry/import",
                "text/csv",
                &file,
                on_progress,
                on_done,
            );
        })
    };
    html! {
        <div class="page page--narrow">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "registry-title") }</h1>
                <span id="registry-new"><Link<Route> to={Route::NewAuthority} classes="btn btn--primary">{ t!(i18n, "registry-new") }</Link<Route>></span>
            </div>
            <p class="muted">{ t!(i18n, "registry-intro") }</p>
            <section class="card">
                <h2 class="topic__title">{ t!(i18n, "registry-import-title") }</h2>
                <p class="field__help">{ t!(i18n, "registry-import-help") }</p>
                <div class="field">
                    <label class="field__label" for="import-file">{ t!(i18n, "registry-import-file") }</label>
                    <input class="field__input" id="import-file" type="file" accept=".csv,text/csv"
                        disabled={progress.is_some()} onchange={on_file} />
                </div>
                if let Some(done) = *progress {
                    <progress class="uploader__progress" id="import-progress" max="100" value={format!("{:.0}", done * 100.0)}
                        aria-label={t!(i18n, "registry-import-progress")}>{ format!("{:.0} %", done * 100.0) }</progress>
                }
                if let Some(r) = &*report {
                    <p class="alert alert--success" role="status" id="import-report">
                        { t!(i18n, "registry-import-done", created = r.created, updated = r.updated, unchanged = r.unchanged) }
                    </p>
                }
                if !refused.is_empty() {
                    <div class="alert alert--error" role="alert" id="import-refused">
                        <p>{ t!(i18n, "registry-import-refused") }</p>
                        <table class="table">
                            <thead><tr>
                                <th scope="col">{ t!(i18n, "registry-import-line") }</th>
                                <th scope="col">{ t!(i18n, "registry-import-column") }</th>
                                <th scope="col">{ t!(i18n, "registry-import-reason") }</th>
                            </tr></thead>
                            <tbody>
                                { for refused.iter().map(|row| html! {
                                    <tr><td>{ row.line }</td><td><code>{ &row.column }</code></td><td>{ reason_text(&i18n, row.code, &row.params) }</td></tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </section>
        </div>
    }
}
