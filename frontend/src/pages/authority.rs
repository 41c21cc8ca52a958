//! An authority's profile in the reader's language: its actions, its facts, its
//! competences.

use shared::dto::AuthorityProfile;
use shared::registry::CoordinatorKind;
use shared::{AuthorityId, LegislativeArea};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{Badge, BadgeTone};
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::labels::{area_text, country_text, level_text};
use crate::route::Route;
use crate::t;

#[derive(Properties, PartialEq)]
pub struct AuthorityProps {
    pub id: i32,
}

#[function_component(Authority)]
pub fn authority(props: &AuthorityProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let profile = use_state(|| None::<AuthorityProfile>);
    {
        // A failure keeps what is shown (the profile, or the loading note) and is said in a
        // toast.
        let profile = profile.clone();
        use_effect_with((props.id, i18n.language()), move |(id, language)| {
            api.run(crate::api::authority(*id, *language), move |found| {
                profile.set(Some(found))
            });
        });
    }
    let Some(p) = &*profile else {
        return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> };
    };
    html! {
        <div class="page page--narrow">
            <Link<Route> to={Route::Authorities} classes="back-link">{ t!(i18n, "profile-back") }</Link<Route>>
            <ProfileHeader profile={p.clone()} />
            if let Some(english) = p.name_en.as_ref().filter(|e| **e != p.name) {
                <p class="result__english" lang="en">{ english }</p>
            }
            <ProfileFacts profile={p.clone()} />
            <h2 class="topic__title">{ t!(i18n, "profile-competences") }</h2>
            <ul class="competence-list" id="competences">
                { for p.competences.iter().map(|c| html! { <li key={c.concept.clone()}>{ &c.label }</li> }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ProfileProps {
    profile: AuthorityProfile,
}

/// Hands the composer a new draft to this authority, in `area`, and opens it: the same
/// hand-over as "start a new request from this one".
fn start_request(navigator: Option<&Navigator>, id: AuthorityId, area: Option<LegislativeArea>) {
    let draft = shared::request::DraftInput {
        kind: Default::default(),
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
    if let Some(navigator) = navigator {
        navigator.push(&Route::NewRequest);
    }
}

/// The authority's name and what the reader may do with it: send it a request, and edit it
/// or its users where they may.
#[function_component(ProfileHeader)]
fn profile_header(props: &ProfileProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let navigator = use_navigator();
    let p = &props.profile;
    // The composer opens with this authority chosen, in the first area it handles.
    let send_request = {
        let (id, area) = (p.id, p.areas.first().copied());
        Callback::from(move |_| start_request(navigator.as_ref(), id, area))
    };
    html! {
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
    }
}

/// The authority's facts as a list of terms; a fact it lacks is left out.
#[function_component(ProfileFacts)]
fn profile_facts(props: &ProfileProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let p = &props.profile;
    let row = |label: String, value: Option<Html>| match value {
        Some(value) => html! { <><dt>{ label }</dt><dd>{ value }</dd></> },
        None => html! {},
    };
    let text = |value: String| html! { { value } };
    html! {
        <div class="card">
            <dl class="facts">
                { row(t!(i18n, "profile-country"), Some(text(country_text(&i18n, p.country)))) }
                { row(t!(i18n, "profile-acronym"), p.acronym.clone().map(text)) }
                { row(t!(i18n, "profile-level"), Some(text(level_text(&i18n, p.level)))) }
                { row(t!(i18n, "profile-address"), p.address.clone().or_else(|| Some(p.city.clone())).map(text)) }
                { row(t!(i18n, "profile-email"), p.email.clone().map(|e| html! { <a href={format!("mailto:{e}")}>{ e }</a> })) }
                { row(t!(i18n, "profile-phone"), p.phone.clone().map(text)) }
                { row(t!(i18n, "profile-role"), p.coordinator.map(|kind| text(match kind {
                    CoordinatorKind::National => t!(i18n, "profile-coordinator"),
                    CoordinatorKind::Area => t!(i18n, "profile-area-coordinator"),
                }))) }
                { row(t!(i18n, "profile-other-names"), (!p.other_names.is_empty()).then(|| html! {
                    <ul class="plain-list">{ for p.other_names.iter().map(|o| html! { <li lang={o.language.as_str()}>{ &o.name }</li> }) }</ul>
                })) }
                { row(t!(i18n, "profile-registered-by"), p.registered_by.as_ref().map(|r| html! {
                    <Link<Route> to={Route::Authority { id: r.authority_id.0 }}>
                        { t!(i18n, "profile-registered-by-value", user = r.user.clone(), authority = r.authority_name.clone()) }
                    </Link<Route>>
                })) }
                { row(t!(i18n, "profile-areas"), Some(html! {
                    <span class="badge-list">{ for p.areas.iter().map(|a| html! { <Badge label={area_text(&i18n, *a)} tone={BadgeTone::Info} /> }) }</span>
                })) }
            </dl>
        </div>
    }
}
