//! An authority's profile in the reader's language.

use shared::dto::AuthorityProfile;
use shared::registry::CoordinatorKind;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{Badge, BadgeTone, use_toasts};
use crate::i18n::I18n;
use crate::pages::authorities::country_message_id;
use crate::pages::catalogue::area_message_id;
use crate::pages::error_text;
use crate::route::Route;
use crate::t;

#[derive(Properties, PartialEq)]
pub struct AuthorityProps {
    pub id: i32,
}

#[function_component(Authority)]
pub fn authority(props: &AuthorityProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let toasts = use_toasts();
    let profile = use_state(|| None::<AuthorityProfile>);
    let navigator = use_navigator();
    {
        let (profile, toasts, i18n) = (profile.clone(), toasts.clone(), i18n.clone());
        use_effect_with((props.id, i18n.language()), move |(id, language)| {
            let (id, language) = (*id, *language);
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::authority(id, language).await {
                    Ok(found) => profile.set(Some(found)),
                    Err(failure) => toasts.error(error_text(&i18n, &failure)),
                }
            });
        });
    }
    let Some(p) = &*profile else {
        return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> };
    };
    // The composer opens with this authority chosen, in the first area it handles: the
    // same hand-over as "start a new request from this one".
    let send_request = {
        let navigator = navigator.clone();
        let (id, area) = (p.id, p.areas.first().copied());
        Callback::from(move |_| {
            let draft = shared::request::DraftInput {
                area: area.unwrap_or_else(|| {
                    shared::LegislativeArea::parse("services").expect("a legislative area")
                }),
                responder: Some(id),
                subject: Default::default(),
                questions: Vec::new(),
                comment: None,
                requested_date: None,
            };
            if let Some(json) = crate::api::to_json(&draft) {
                let _ = <gloo::storage::SessionStorage as gloo::storage::Storage>::set(
                    crate::pages::request::REUSE_KEY,
                    json,
                );
            }
            if let Some(navigator) = &navigator {
                navigator.push(&Route::NewRequest);
            }
        })
    };
    let row = |label: String, value: Option<Html>| match value {
        Some(value) => html! { <><dt>{ label }</dt><dd>{ value }</dd></> },
        None => html! {},
    };
    html! {
        <div class="page page--narrow">
            <Link<Route> to={Route::Authorities} classes="back-link">{ t!(i18n, "profile-back") }</Link<Route>>
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ &p.name }</h1>
                <div class="page__actions">
                    <button type="button" class="btn btn--primary" id="profile-send-request" onclick={send_request}>
                        { t!(i18n, "authority-send-request") }
                    </button>
                    if p.editable {
                        <span id="profile-edit"><Link<Route> to={Route::EditAuthority { id: p.id.0 }} classes="btn btn--secondary">{ t!(i18n, "profile-edit") }</Link<Route>></span>
                    }
                    if p.users_manageable {
                        <span id="profile-users"><Link<Route> to={Route::Users { id: p.id.0 }} classes="btn btn--secondary">{ t!(i18n, "nav-users") }</Link<Route>></span>
                    }
                </div>
            </div>
            if let Some(english) = p.name_en.as_ref().filter(|e| **e != p.name) {
                <p class="result__english" lang="en">{ english }</p>
            }
            <div class="card">
                <dl class="facts">
                    { row(t!(i18n, "profile-country"), Some(html! { { i18n.dynamic(&country_message_id(p.country), &[]) } })) }
                    { row(t!(i18n, "profile-acronym"), p.acronym.clone().map(|a| html! { { a } })) }
                    { row(t!(i18n, "profile-level"), Some(html! { { crate::pages::level_text(&i18n, p.level) } })) }
                    { row(t!(i18n, "profile-address"), p.address.clone().or_else(|| Some(p.city.clone())).map(|a| html! { { a } })) }
                    { row(t!(i18n, "profile-email"), p.email.clone().map(|e| html! { <a href={format!("mailto:{e}")}>{ e }</a> })) }
                    { row(t!(i18n, "profile-phone"), p.phone.clone().map(|e| html! { { e } })) }
                    { row(t!(i18n, "profile-role"), p.coordinator.map(|kind| html! { { match kind {
                        CoordinatorKind::National => t!(i18n, "profile-coordinator"),
                        CoordinatorKind::Area => t!(i18n, "profile-area-coordinator"),
                    } } })) }
                    { row(t!(i18n, "profile-other-names"), (!p.other_names.is_empty()).then(|| html! {
                        <ul class="plain-list">{ for p.other_names.iter().map(|o| html! { <li lang={o.language.as_str()}>{ &o.name }</li> }) }</ul>
                    })) }
                    { row(t!(i18n, "profile-registered-by"), p.registered_by.as_ref().map(|r| html! {
                        <Link<Route> to={Route::Authority { id: r.authority_id.0 }}>
                            { t!(i18n, "profile-registered-by-value", user = r.user.clone(), authority = r.authority_name.clone()) }
                        </Link<Route>>
                    })) }
                    { row(t!(i18n, "profile-areas"), Some(html! {
                        <span class="badge-list">{ for p.areas.iter().map(|a| html! { <Badge label={i18n.dynamic(&area_message_id(*a), &[])} tone={BadgeTone::Info} /> }) }</span>
                    })) }
                </dl>
            </div>
            <h2 class="topic__title">{ t!(i18n, "profile-competences") }</h2>
            <ul class="competence-list" id="competences">
                { for p.competences.iter().map(|c| html! { <li key={c.concept.clone()}>{ &c.label }</li> }) }
            </ul>
        </div>
    }
}
