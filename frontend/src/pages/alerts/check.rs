//! "May this professional practise?": a handler searches the qualification alerts in force
//! that their country or authority received or sent, by the person's name as they have it
//! (accents and one typo forgiven by the server's match) and, to narrow it, the profession.
//! No alert found is said plainly, with what the search covered.

use shared::dto::AlertCheck;
use shared::taxonomy::ConceptKind;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{alert_state_text, alert_state_tone};
use crate::components::{Badge, Button, Field, PersonalMark, SelectField};
use crate::format;
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::labels::{country_text, field_error_text};
use crate::route::Route;
use crate::t;

#[function_component(AlertCheckPage)]
pub fn alert_check_page() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let labels = super::use_labels(true);
    let name = use_state(String::new);
    let profession = use_state(String::new);
    let name_error = use_state(|| None::<AttrValue>);
    // The answer, with the name it was for.
    let found = use_state(|| None::<(String, AlertCheck)>);
    let onsubmit = {
        let (api, i18n, name, profession, found, name_error) = (
            api.clone(),
            i18n.clone(),
            name.clone(),
            profession.clone(),
            found.clone(),
            name_error.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let query = name.trim().to_owned();
            if query.is_empty() {
                name_error.set(Some(AttrValue::from(t!(i18n, "field-error-missing"))));
                return;
            }
            name_error.set(None);
            let profession = (!profession.is_empty()).then(|| (*profession).clone());
            let (found, language, name_error, i18n) = (
                found.clone(),
                i18n.language(),
                name_error.clone(),
                i18n.clone(),
            );
            let toasts = api.toasts().clone();
            api.run_or(
                async move {
                    let answer =
                        crate::api::check_alerts(&query, profession.as_deref(), language).await?;
                    Ok((query, answer))
                },
                move |answer| found.set(Some(answer)),
                move |failure| match failure.fields.iter().find(|f| f.field == "name") {
                    Some(error) => {
                        name_error.set(Some(AttrValue::from(field_error_text(&i18n, error))))
                    }
                    None => toasts.error(crate::labels::error_text(&i18n, &failure)),
                },
            );
        })
    };
    let professions: Vec<(String, String)> = labels
        .concepts
        .iter()
        .filter(|c| c.kind == ConceptKind::Profession)
        .map(|c| (c.id.clone(), c.label.clone()))
        .collect();
    let language = i18n.language();
    html! {
        <div class="page">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "alert-check-title") }</h1>
            </div>
            <p class="page__intro">{ t!(i18n, "alert-check-intro") }</p>
            <form class="inline-form" id="alert-check-form" {onsubmit} role="search">
                <Field id="alert-check-name" label={t!(i18n, "alert-check-name")} personal=true
                    value={(*name).clone()} error={(*name_error).clone()}
                    oninput={{ let name = name.clone(); Callback::from(move |v| name.set(v)) }} />
                <SelectField id="alert-check-profession" label={t!(i18n, "alert-check-profession")}
                    options={professions} value={(*profession).clone()}
                    empty={AttrValue::from(t!(i18n, "alert-check-any-profession"))}
                    onchange={{ let profession = profession.clone(); Callback::from(move |v| profession.set(v)) }} />
                <Button id={Some(AttrValue::from("alert-check-submit"))} submit=true busy={api.busy()}>{ t!(i18n, "alert-check-submit") }</Button>
            </form>
            <div aria-live="polite" id="alert-check-results">
                { match &*found {
                    None => html! {},
                    Some((query, answer)) if answer.matches.is_empty() => html! {
                        <p class="notice" id="alert-check-none">{ t!(i18n, "alert-check-none", name = query.clone()) }</p>
                    },
                    Some((_, answer)) => html! {
                        <>
                            <p class="notice notice--warning" id="alert-check-found">{ t!(i18n, "alert-check-found", count = answer.matches.len()) }</p>
                            <ul class="alert-matches">
                                { for answer.matches.iter().map(|found| html! {
                                    <li class="alert-match" data-alert={found.alert.id.to_string()}>
                                        <div class="page__header">
                                            <Link<Route> to={Route::Alert { id: found.alert.id }} classes="result__name">
                                                { t!(i18n, "alert-title", number = found.alert.number.clone()) }
                                            </Link<Route>>
                                            <Badge label={alert_state_text(&i18n, found.alert.state)} tone={alert_state_tone(found.alert.state)} />
                                        </div>
                                        <p class="muted">{ &found.kind_name }{ " · " }{ t!(i18n, "alert-from-country", country = country_text(&i18n, found.alert.country)) }
                                            if let Some(sent) = &found.alert.sent_at { { " · " }{ format::date_time(sent, language) } }</p>
                                        <dl class="facts">
                                            { for found.fields.iter().map(|field| html! {
                                                <>
                                                    <dt>{ &field.label }if field.personal { { " " }<PersonalMark /> }</dt>
                                                    <dd data-field={field.id.clone()}>{ super::view::value_text(&i18n, field) }</dd>
                                                </>
                                            }) }
                                        </dl>
                                    </li>
                                }) }
                            </ul>
                        </>
                    },
                } }
            </div>
        </div>
    }
}
