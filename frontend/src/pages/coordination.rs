//! The coordinator's desk: requests of the country that have been quiet for more than two
//! months, with a reminder to the authority whose move it is.

use shared::dto::RequestSummary;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{Badge, EmptyState, use_toasts};
use crate::format;
use crate::i18n::I18n;
use crate::labels::error_text;
use crate::labels::state_tone;
use crate::route::Route;
use crate::t;

#[function_component(Coordination)]
pub fn coordination() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let toasts = use_toasts();
    let rows = use_state(|| None::<Vec<RequestSummary>>);
    {
        let (rows, toasts, i18n) = (rows.clone(), toasts.clone(), i18n.clone());
        use_effect_with(i18n.language(), move |language| {
            let language = *language;
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::inactive(language).await {
                    Ok(found) => rows.set(Some(found)),
                    Err(failure) => toasts.error(error_text(&i18n, &failure)),
                }
            });
        });
    }
    let language = i18n.language();
    let list = match &*rows {
        None => html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> },
        Some(found) if found.is_empty() => html! {
            <EmptyState title={t!(i18n, "coordination-empty")} body={t!(i18n, "coordination-intro")} />
        },
        Some(found) => html! {
            <ul class="result-list" id="inactive-list">
                { for found.iter().map(|row| {
                    let remind = {
                        let (toasts, i18n, id) = (toasts.clone(), i18n.clone(), row.id);
                        Callback::from(move |_| {
                            let (toasts, i18n) = (toasts.clone(), i18n.clone());
                            wasm_bindgen_futures::spawn_local(async move {
                                match crate::api::remind(id).await {
                                    Ok(()) => toasts.info(t!(i18n, "toast-reminded")),
                                    Err(failure) => toasts.error(error_text(&i18n, &failure)),
                                }
                            });
                        })
                    };
                    let parties: Vec<String> = std::iter::once(&row.requester).chain(row.responder.as_ref())
                        .map(|p| crate::labels::party_text(&i18n, &p.name, p.country))
                        .collect();
                    html! {
                        <li class="result" key={row.id.0}>
                            <Link<Route> to={Route::Request { id: row.id.0 }} classes="result__name">
                                { t!(i18n, "request-title", number = row.number.clone()) }
                            </Link<Route>>
                            if let Some(shared::dto::About::Topic { name, .. } | shared::dto::About::Subject { name }) = &row.about {
                                <span class="result__about">{ name }</span>
                            }
                            <span class="result__place">{ parties.join(" → ") }</span>
                            <div class="question__meta">
                                <Badge label={i18n.dynamic(&row.state.message_id(), &[])} tone={state_tone(row.state)} />
                                <span class="muted">{ t!(i18n, "coordination-last-change", date = format::date_time(&row.updated_at, language)) }</span>
                                <button type="button" class="btn btn--secondary" onclick={remind}>{ t!(i18n, "coordination-remind") }</button>
                            </div>
                        </li>
                    }
                }) }
            </ul>
        },
    };
    html! {
        <div class="page">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "coordination-title") }</h1>
            </div>
            <p class="page__intro">{ t!(i18n, "coordination-intro") }</p>
            { list }
        </div>
    }
}
