//! Registering a new authority (with its first local administrator), or editing one.

use shared::dto::{AuthorityProfile, AuthoritySummary};
use shared::registry::{
    AuthorityInput, AuthorityLevel, ConceptOption, Invitee, RegisterAuthority, UpdateAuthority,
    check_authority, check_invitee,
};
use shared::{CountryCode, LanguageCode};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

use super::parts::{
    Administrator, AreasFieldset, CompetencesFieldset, CoordinatorToggle, FormErrors,
    IdentityFields,
};
use crate::api::ApiFailure;
use crate::components::{Button, ButtonKind};
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::labels::{error_text, field_error_text};
use crate::route::Route;
use crate::session::{Session, SessionStatus};
use crate::t;

#[derive(Properties, PartialEq)]
pub struct AuthorityFormProps {
    /// The authority to edit; a new one when `None`.
    #[prop_or_default]
    pub id: Option<i32>,
}

#[derive(Properties, PartialEq)]
struct OwnFormProps {
    id: Option<i32>,
    /// The coordinator's own authority.
    own: AuthoritySummary,
}

/// The registry's form is a coordinator's, and coordinators are officials of an
/// authority: anyone else (the Commission's staff) finds nothing here.
#[function_component(AuthorityForm)]
pub fn authority_form(props: &AuthorityFormProps) -> Html {
    let session = use_context::<Session>().expect("Session is provided");
    match &session.status {
        SessionStatus::SignedIn(me) => match me.authority() {
            Some(own) => html! { <OwnAuthorityForm id={props.id} own={own.clone()} /> },
            None => html! { <crate::pages::NotFound /> },
        },
        _ => html! {},
    }
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

/// Each field's problem in words: the browser's check (the same as the server's) once the
/// user tried to submit, else what the server refused.
fn form_errors(
    i18n: &I18n,
    local: &[shared::error::FieldError],
    submitted: bool,
    failure: Option<&ApiFailure>,
) -> FormErrors {
    let shown_local = local.iter().filter(|_| submitted);
    let server = failure.iter().flat_map(|f| f.fields.iter());
    let mut errors: Vec<(String, String)> = Vec::new();
    for error in shown_local.chain(server) {
        if !errors.iter().any(|(field, _)| *field == error.field) {
            errors.push((error.field.clone(), field_error_text(i18n, error)));
        }
    }
    FormErrors(Rc::new(errors))
}

/// Sends the form: an update under the revision read, or a registration with the first
/// administrator; then the authority's profile.
async fn submit(
    id: Option<i32>,
    revision: Option<i64>,
    authority: AuthorityInput,
    administrator: Invitee,
) -> Result<AuthorityProfile, ApiFailure> {
    match (id, revision) {
        (Some(id), Some(revision)) => {
            let update = UpdateAuthority {
                revision,
                authority,
            };
            crate::api::update_authority(id, &update).await
        }
        _ => {
            let register = RegisterAuthority {
                authority,
                administrator: Some(administrator),
            };
            crate::api::register_authority(&register).await
        }
    }
}

/// What the form edits: the authority (empty, or read when editing `id`) with the revision
/// it was read at, and the taxonomy's competences in the reader's language.
#[hook]
fn use_authority(
    id: Option<i32>,
    own_country: CountryCode,
) -> (
    UseStateHandle<AuthorityInput>,
    UseStateHandle<Option<i64>>,
    UseStateHandle<Vec<ConceptOption>>,
) {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let input = use_state(|| empty_input(own_country, own_country.main_language()));
    let revision = use_state(|| None::<i64>);
    let concepts = use_state(Vec::<ConceptOption>::new);
    {
        let (concepts, api) = (concepts.clone(), api.clone());
        use_effect_with(i18n.language(), move |language| {
            api.run(crate::api::concepts(*language), move |found| {
                concepts.set(found)
            })
        });
    }
    {
        let (input, revision, language) = (input.clone(), revision.clone(), i18n.language());
        use_effect_with(id, move |id| {
            if let Some(id) = *id {
                api.run(crate::api::authority(id, language), move |profile| {
                    input.set(from_profile(&profile, profile.country.main_language()));
                    revision.set(Some(profile.revision));
                });
            }
        });
    }
    (input, revision, concepts)
}

/// Registering a new authority, or editing one.
#[function_component(OwnAuthorityForm)]
fn own_authority_form(props: &OwnFormProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let navigator = use_navigator().expect("inside the router");
    let api = use_api_call();
    let (input, revision, concepts) = use_authority(props.id, props.own.country);
    let admin = use_state(|| Invitee {
        email: String::new(),
        display_name: String::new(),
        language: i18n.language(),
    });
    let submitted = use_state(|| false);
    let failure = use_state(|| None::<ApiFailure>);
    if props.id.is_some() && revision.is_none() {
        return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> };
    }
    let known: Vec<&str> = concepts.iter().map(|c| c.id.as_str()).collect();
    let mut local = check_authority(&input, |id| concepts.is_empty() || known.contains(&id))
        .err()
        .unwrap_or_default();
    if props.id.is_none() {
        local.extend(check_invitee(&admin, "administrator."));
    }
    let errors = form_errors(&i18n, &local, *submitted, failure.as_ref());
    let onsubmit = {
        let (input, admin, revision, submitted, failure) = (
            input.clone(),
            admin.clone(),
            revision.clone(),
            submitted.clone(),
            failure.clone(),
        );
        let (api, navigator, i18n) = (api.clone(), navigator.clone(), i18n.clone());
        let (id, has_errors) = (props.id, !local.is_empty());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            submitted.set(true);
            if has_errors || api.busy() {
                return;
            }
            failure.set(None);
            let (toasts, i18n, navigator, refused) = (
                api.toasts().clone(),
                i18n.clone(),
                navigator.clone(),
                failure.clone(),
            );
            api.run_or(
                submit(id, *revision, (*input).clone(), (*admin).clone()),
                move |profile| {
                    toasts.info(t!(i18n, "toast-saved"));
                    navigator.push(&Route::Authority { id: profile.id.0 });
                },
                move |err| refused.set(Some(err)),
            );
        })
    };
    let title = match props.id {
        Some(_) => t!(i18n, "form-title-edit", name = input.name.clone()),
        None => t!(i18n, "form-title-new"),
    };
    let oncancel = {
        let back = props
            .id
            .map_or(Route::Registry, |id| Route::Authority { id });
        Callback::from(move |_| navigator.push(&back))
    };
    html! {
        <div class="page page--narrow">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ title }</h1>
            </div>
            if let Some(failure) = &*failure {
                <div class="alert alert--error" role="alert" id="form-error">{ error_text(&i18n, failure) }</div>
            } else if *submitted && !local.is_empty() {
                <div class="alert alert--error" role="alert" id="form-error">{ t!(i18n, "form-errors") }</div>
            }
            <form class="form card" {onsubmit} novalidate=true>
                <IdentityFields input={input.clone()} errors={errors.clone()} />
                <AreasFieldset input={input.clone()} errors={errors.clone()} />
                <CompetencesFieldset input={input.clone()} errors={errors.clone()} concepts={(*concepts).clone()} />
                <CoordinatorToggle input={input.clone()} own={props.own.coordinator} />
                if props.id.is_none() {
                    <Administrator admin={admin.clone()} errors={errors.clone()} />
                }
                <div class="form__actions">
                    <Button id={Some(AttrValue::from("form-submit"))} submit=true busy={api.busy()}>
                        { if props.id.is_some() { t!(i18n, "form-save") } else { t!(i18n, "form-register") } }
                    </Button>
                    <Button kind={ButtonKind::Secondary} onclick={oncancel}>{ t!(i18n, "form-cancel") }</Button>
                </div>
            </form>
        </div>
    }
}
