//! The coordinators' registry administration: registering an authority (with its first local
//! administrator), editing one, and importing many from a CSV file with a progress bar.
//!
//! The form checks its fields with `shared::registry::check_authority`, the same function the
//! server runs, so a coordinator sees what is wrong before anything is sent.

use shared::dto::AuthorityProfile;
use shared::registry::{
    AuthorityInput, AuthorityLevel, AuthorityName, ConceptOption, CoordinatorKind, ImportReport,
    Invitee, RegisterAuthority, RowError, UpdateAuthority, check_authority, check_invitee,
};
use shared::{CountryCode, LanguageCode, LegislativeArea};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::ApiFailure;
use crate::components::{Button, ButtonKind, Field, use_toasts};
use crate::i18n::I18n;
use crate::pages::catalogue::area_message_id;
use crate::pages::{edit, error_text, field_error_text, language_select, level_text, reason_text};
use crate::route::Route;
use crate::session::{Session, SessionStatus};
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

#[derive(Properties, PartialEq)]
pub struct AuthorityFormProps {
    /// The authority to edit; a new one when `None`.
    #[prop_or_default]
    pub id: Option<i32>,
}

fn empty_input(country: CountryCode, language: LanguageCode) -> AuthorityInput {
    AuthorityInput {
        country,
        name: String::new(),
        name_language: language,
        other_names: Vec::new(),
        name_en: None,
        acronym: None,
        city: String::new(),
        level: AuthorityLevel::National,
        address: None,
        email: None,
        phone: None,
        areas: Vec::new(),
        competences: Vec::new(),
        coordinator: None,
    }
}

fn from_profile(p: &AuthorityProfile, fallback: LanguageCode) -> AuthorityInput {
    AuthorityInput {
        country: p.country,
        name: p.name.clone(),
        name_language: p.name_language.unwrap_or(fallback),
        other_names: p.other_names.clone(),
        name_en: p.name_en.clone(),
        acronym: p.acronym.clone(),
        city: p.city.clone(),
        level: p.level,
        address: p.address.clone(),
        email: p.email.clone(),
        phone: p.phone.clone(),
        areas: p.areas.clone(),
        competences: p.competences.iter().map(|c| c.concept.clone()).collect(),
        coordinator: p.coordinator,
    }
}

/// Registering a new authority, or editing one.
#[function_component(AuthorityForm)]
pub fn authority_form(props: &AuthorityFormProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let navigator = use_navigator().expect("inside the router");
    let toasts = use_toasts();
    let SessionStatus::SignedIn(me) = &session.status else {
        unreachable!("the page needs a session");
    };
    let (own_country, own_coordinator) = (me.authority.country, me.authority.coordinator);
    let input = use_state(|| empty_input(own_country, own_country.main_language()));
    let admin = use_state(|| Invitee {
        email: String::new(),
        display_name: String::new(),
        language: i18n.language(),
    });
    let revision = use_state(|| None::<i64>);
    let concepts = use_state(Vec::<ConceptOption>::new);
    let filter = use_state(String::new);
    let submitted = use_state(|| false);
    let busy = use_state(|| false);
    let failure = use_state(|| None::<ApiFailure>);

    {
        let (concepts, toasts, i18n) = (concepts.clone(), toasts.clone(), i18n.clone());
        use_effect_with(i18n.language(), move |language| {
            let language = *language;
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::concepts(language).await {
                    Ok(found) => concepts.set(found),
                    Err(failure) => toasts.error(error_text(&i18n, &failure)),
                }
            });
        });
    }
    {
        let (input, revision, toasts, i18n) = (
            input.clone(),
            revision.clone(),
            toasts.clone(),
            i18n.clone(),
        );
        use_effect_with(props.id, move |id| {
            if let Some(id) = *id {
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::api::authority(id, i18n.language()).await {
                        Ok(profile) => {
                            input.set(from_profile(&profile, profile.country.main_language()));
                            revision.set(Some(profile.revision));
                        }
                        Err(failure) => toasts.error(error_text(&i18n, &failure)),
                    }
                });
            }
        });
    }
    if props.id.is_some() && revision.is_none() {
        return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> };
    }

    // The browser's check, the same as the server's; shown once the user tried to submit.
    let known: Vec<&str> = concepts.iter().map(|c| c.id.as_str()).collect();
    let local_errors = {
        let mut errors = check_authority(&input, |id| concepts.is_empty() || known.contains(&id))
            .err()
            .unwrap_or_default();
        if props.id.is_none() {
            errors.extend(check_invitee(&admin, "administrator."));
        }
        errors
    };
    let error_for = |field: &str| -> Option<AttrValue> {
        let local = local_errors
            .iter()
            .find(|e| e.field == field)
            .filter(|_| *submitted)
            .map(|e| field_error_text(&i18n, e));
        let server = failure
            .as_ref()
            .and_then(|f| f.fields.iter().find(|e| e.field == field))
            .map(|e| field_error_text(&i18n, e));
        local.or(server).map(AttrValue::from)
    };

    let set_text = |apply: fn(&mut AuthorityInput, String)| edit(&input, apply);
    let text_field = |id: &'static str,
                      label: String,
                      value: &str,
                      apply: fn(&mut AuthorityInput, String),
                      required: bool| {
        html! {
            <Field id={id} label={label} value={value.to_owned()} required={required}
                error={error_for(id)} oninput={set_text(apply)} />
        }
    };

    let on_name_language = edit(&input, |next, language| next.name_language = language);
    let on_level = edit(&input, |next, event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        if let Some(level) = AuthorityLevel::parse(&select.value()) {
            next.level = level;
        }
    });
    let add_other_name = edit(&input, |next, _: MouseEvent| {
        let language = LanguageCode::all()
            .find(|l| {
                *l != next.name_language && !next.other_names.iter().any(|o| o.language == *l)
            })
            .unwrap_or(LanguageCode::ENGLISH);
        next.other_names.push(AuthorityName {
            language,
            name: String::new(),
        });
    });
    let other_names = input.other_names.iter().enumerate().map(|(index, other)| {
        let on_language = edit(&input, move |next, language| {
            next.other_names[index].language = language;
        });
        let on_name = edit(&input, move |next, value: String| next.other_names[index].name = value);
        let remove = edit(&input, move |next, _: MouseEvent| {
            next.other_names.remove(index);
        });
        let field = format!("other_names.{index}");
        html! {
            <div class="other-name" key={index}>
                <label class="visually-hidden" for={format!("other-name-language-{index}")}>{ t!(i18n, "form-name-language") }</label>
                { language_select(&format!("other-name-language-{index}"), other.language, on_language) }
                <Field id={field.clone()} label={t!(i18n, "form-other-name", number = (index + 1).to_string())} value={other.name.clone()}
                    error={error_for(&field)} oninput={on_name} />
                <button type="button" class="btn btn--ghost" onclick={remove}>{ t!(i18n, "form-other-name-remove") }</button>
            </div>
        }
    });

    let areas = LegislativeArea::all().map(|area| {
        let checked = input.areas.contains(&area);
        let onchange = edit(&input, move |next, _: Event| {
            if checked {
                next.areas.retain(|a| *a != area);
            } else {
                next.areas.push(area);
            }
        });
        let id = format!("area-{}", area.as_str());
        html! {
            <label class="check" for={id.clone()}>
                <input type="checkbox" id={id} {checked} {onchange} />
                { i18n.dynamic(&area_message_id(area), &[]) }
            </label>
        }
    });

    let needle = filter.trim().to_lowercase();
    let competences = concepts
        .iter()
        .filter(|c| {
            input.competences.contains(&c.id)
                || (!needle.is_empty() && c.label.to_lowercase().contains(&needle))
        })
        .map(|concept| {
            let checked = input.competences.contains(&concept.id);
            let id = concept.id.clone();
            let onchange = edit(&input, move |next, _: Event| {
                if checked {
                    next.competences.retain(|c| *c != id);
                } else {
                    next.competences.push(id.clone());
                }
            });
            let id = format!("competence-{}", concept.id);
            html! {
                <label class="check" for={id.clone()} key={concept.id.clone()}>
                    <input type="checkbox" id={id} {checked} {onchange} />
                    { &concept.label }
                </label>
            }
        });

    let onsubmit = {
        let (input, admin, revision, submitted, busy, failure, navigator, toasts, i18n) = (
            input.clone(),
            admin.clone(),
            revision.clone(),
            submitted.clone(),
            busy.clone(),
            failure.clone(),
            navigator.clone(),
            toasts.clone(),
            i18n.clone(),
        );
        let (id, has_errors) = (props.id, !local_errors.is_empty());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            submitted.set(true);
            if has_errors || *busy {
                return;
            }
            busy.set(true);
            failure.set(None);
            let (input, admin, revision) = ((*input).clone(), (*admin).clone(), *revision);
            let (busy, failure, navigator, toasts, i18n) = (
                busy.clone(),
                failure.clone(),
                navigator.clone(),
                toasts.clone(),
                i18n.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let saved = match (id, revision) {
                    (Some(id), Some(revision)) => {
                        crate::api::update_authority(
                            id,
                            &UpdateAuthority {
                                revision,
                                authority: input,
                            },
                        )
                        .await
                    }
                    _ => {
                        crate::api::register_authority(&RegisterAuthority {
                            authority: input,
                            administrator: Some(admin),
                        })
                        .await
                    }
                };
                busy.set(false);
                match saved {
                    Ok(profile) => {
                        toasts.info(t!(i18n, "toast-saved"));
                        navigator.push(&Route::Authority { id: profile.id.0 });
                    }
                    Err(err) => failure.set(Some(err)),
                }
            });
        })
    };

    let on_admin = |apply: fn(&mut Invitee, String)| edit(&admin, apply);
    let on_admin_language = edit(&admin, |next, language| next.language = language);
    let on_coordinator = edit(&input, |next, _: Event| {
        next.coordinator = match next.coordinator {
            Some(CoordinatorKind::Area) => None,
            other => other.or(Some(CoordinatorKind::Area)),
        };
    });
    let title = match props.id {
        Some(_) => t!(i18n, "form-title-edit", name = input.name.clone()),
        None => t!(i18n, "form-title-new"),
    };
    let back = match props.id {
        Some(id) => Route::Authority { id },
        None => Route::Registry,
    };
    let oncancel = {
        let navigator = navigator.clone();
        let back = back.clone();
        Callback::from(move |_| navigator.push(&back))
    };

    html! {
        <div class="page page--narrow">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ title }</h1>
            </div>
            if let Some(failure) = &*failure {
                <div class="alert alert--error" role="alert" id="form-error">{ error_text(&i18n, failure) }</div>
            } else if *submitted && !local_errors.is_empty() {
                <div class="alert alert--error" role="alert" id="form-error">{ t!(i18n, "form-errors") }</div>
            }
            <form class="form card" {onsubmit} novalidate=true>
                { text_field("name", t!(i18n, "form-name"), &input.name, |i, v| i.name = v, true) }
                <div class="field">
                    <label class="field__label" for="name-language">{ t!(i18n, "form-name-language") }</label>
                    { language_select("name-language", input.name_language, on_name_language) }
                </div>
                <fieldset class="fieldset">
                    <legend>{ t!(i18n, "form-other-names") }</legend>
                    { for other_names }
                    <button type="button" class="btn btn--secondary" id="other-name-add" onclick={add_other_name}>{ t!(i18n, "form-other-name-add") }</button>
                </fieldset>
                { text_field("name_en", t!(i18n, "form-name-en"), input.name_en.as_deref().unwrap_or_default(), |i, v| i.name_en = Some(v), false) }
                { text_field("acronym", t!(i18n, "profile-acronym"), input.acronym.as_deref().unwrap_or_default(), |i, v| i.acronym = Some(v), false) }
                { text_field("city", t!(i18n, "form-city"), &input.city, |i, v| i.city = v, true) }
                <div class="field">
                    <label class="field__label" for="level">{ t!(i18n, "profile-level") }</label>
                    <select class="field__input" id="level" aria-describedby="level-help" onchange={on_level}>
                        { for AuthorityLevel::ALL.iter().map(|level| html! {
                            <option value={level.as_str()} selected={*level == input.level}>{ level_text(&i18n, *level) }</option>
                        }) }
                    </select>
                    <p class="field__help" id="level-help">{ t!(i18n, "form-level-help") }</p>
                </div>
                { text_field("address", t!(i18n, "profile-address"), input.address.as_deref().unwrap_or_default(), |i, v| i.address = Some(v), false) }
                { text_field("email", t!(i18n, "profile-email"), input.email.as_deref().unwrap_or_default(), |i, v| i.email = Some(v), false) }
                <Field id="phone" label={t!(i18n, "profile-phone")} help={Some(AttrValue::from(t!(i18n, "form-phone-help")))}
                    value={input.phone.clone().unwrap_or_default()} error={error_for("phone")} oninput={set_text(|i, v| i.phone = Some(v))} />
                <fieldset class={classes!("fieldset", error_for("areas").is_some().then_some("field--invalid"))} id="areas">
                    <legend>{ t!(i18n, "profile-areas") }</legend>
                    { for areas }
                    if let Some(error) = error_for("areas") {
                        <p class="field__error" id="areas-error">{ error }</p>
                    }
                </fieldset>
                <fieldset class="fieldset" id="competences">
                    <legend>{ t!(i18n, "profile-competences") }</legend>
                    <Field id="competence-filter" label={t!(i18n, "form-competences-filter")} value={(*filter).clone()}
                        error={error_for("competences")}
                        oninput={let filter = filter.clone(); Callback::from(move |v| filter.set(v))} />
                    <div class="check-list">{ for competences }</div>
                </fieldset>
                if own_coordinator == Some(CoordinatorKind::National) && input.coordinator != Some(CoordinatorKind::National) {
                    <label class="check" for="area-coordinator">
                        <input type="checkbox" id="area-coordinator" checked={input.coordinator.is_some()} onchange={on_coordinator} />
                        { t!(i18n, "profile-area-coordinator") }
                    </label>
                }
                if props.id.is_none() {
                    <fieldset class="fieldset" id="administrator">
                        <legend>{ t!(i18n, "form-administrator") }</legend>
                        <p class="field__help">{ t!(i18n, "form-administrator-help") }</p>
                        <Field id="administrator.email" label={t!(i18n, "profile-email")} input_type="email" value={admin.email.clone()}
                            required=true error={error_for("administrator.email")} oninput={on_admin(|a, v| a.email = v)} />
                        <Field id="administrator.display_name" label={t!(i18n, "form-person-name")} value={admin.display_name.clone()}
                            required=true error={error_for("administrator.display_name")} oninput={on_admin(|a, v| a.display_name = v)} />
                        <div class="field">
                            <label class="field__label" for="administrator-language">{ t!(i18n, "form-invitation-language") }</label>
                            { language_select("administrator-language", admin.language, on_admin_language) }
                        </div>
                    </fieldset>
                }
                <div class="form__actions">
                    <Button id={Some(AttrValue::from("form-submit"))} submit=true busy={*busy}>
                        { if props.id.is_some() { t!(i18n, "form-save") } else { t!(i18n, "form-register") } }
                    </Button>
                    <Button kind={ButtonKind::Secondary} onclick={oncancel}>{ t!(i18n, "form-cancel") }</Button>
                </div>
            </form>
        </div>
    }
}
