//! The composer's short steps: the legislative area, the responding authority, whom the
//! request is about, and the comment, documents and requested date.

use shared::dto::AuthorityHit;
use shared::inspection::RequestKind;
use shared::request::LangText;
use shared::{Date, LegislativeArea};
use yew::prelude::*;

use super::StepProps;
use super::state::ComposeAction;
use crate::components::{
    AuthorityPicker, DateField, Field, PersonalLegend, PersonalMark, SelectField, Uploader,
};
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::labels::area_text;
use crate::t;

#[function_component(AreaStep)]
pub fn area_step(props: &StepProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let onchange = {
        let dispatch = props.state.dispatcher();
        Callback::from(move |value: String| {
            if let Ok(area) = LegislativeArea::parse(&value) {
                dispatch.dispatch(ComposeAction::ChooseArea(area));
            }
        })
    };
    let options: Vec<(String, String)> = LegislativeArea::all()
        .map(|a| (a.as_str().to_owned(), area_text(&i18n, a)))
        .collect();
    let chosen = props.state.draft.kind;
    html! {
        <>
            <fieldset class="fieldset kind-choice" id="compose-kind">
                <legend class="fieldset__legend">{ t!(i18n, "compose-kind-label") }</legend>
                { for RequestKind::ALL.iter().map(|kind| {
                    let kind = *kind;
                    let onchange = {
                        let dispatch = props.state.dispatcher();
                        Callback::from(move |_: Event| {
                            dispatch.dispatch(ComposeAction::Edit(Box::new(move |d| d.kind = kind)))
                        })
                    };
                    let id = format!("compose-kind-{}", kind.as_str());
                    html! {
                        <label class="choice" for={id.clone()}>
                            <input type="radio" name="compose-kind" id={id} value={kind.as_str()}
                                checked={chosen == kind} {onchange} />
                            <span class="choice__text">
                                <span class="choice__title">{ i18n.dynamic(&kind.message_id(), &[]) }</span>
                                <span class="muted">{ i18n.dynamic(&format!("{}-help", kind.message_id()), &[]) }</span>
                            </span>
                        </label>
                    }
                }) }
            </fieldset>
            <SelectField id="compose-area" label={t!(i18n, "catalogue-area-label")} {options}
                value={props.state.draft.area.as_str()} {onchange} />
        </>
    }
}

#[function_component(AuthorityStep)]
pub fn authority_step(props: &StepProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let onpick = {
        let dispatch = props.state.dispatcher();
        Callback::from(move |hit: AuthorityHit| {
            dispatch.dispatch(ComposeAction::Responder(Some(hit.id), hit.name))
        })
    };
    html! {
        <>
            if let Some(name) = &props.state.responder_name {
                <p class="chosen" id="chosen-authority">{ t!(i18n, "compose-chosen-authority", name = name.clone()) }</p>
            }
            if let Some(error) = props.error(&i18n, "responder") { <p class="field__error">{ error }</p> }
            <AuthorityPicker id="compose-authority" area={props.state.draft.area} {onpick} />
        </>
    }
}

#[function_component(SubjectStep)]
pub fn subject_step(props: &StepProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let subject = &props.state.draft.subject;
    html! {
        <>
            <p class="muted">{ t!(i18n, "compose-subject-help") }</p>
            <PersonalLegend />
            <Field id="subject-name" label={t!(i18n, "subject-name")} personal=true value={subject.name.clone()}
                error={props.error(&i18n, "subject.name")} oninput={props.edit(|d, v| d.subject.name = v)} />
            <Field id="subject-identifier" label={t!(i18n, "subject-identifier")} personal=true value={subject.identifier.clone()}
                error={props.error(&i18n, "subject.identifier")} oninput={props.edit(|d, v| d.subject.identifier = v)} />
            <DateField id="subject-birth-date" label={t!(i18n, "subject-birth-date")} personal=true
                value={subject.birth_date.map(|d| d.to_string()).unwrap_or_default()}
                error={props.error(&i18n, "subject.birth_date")}
                oninput={props.edit(|d, v: String| d.subject.birth_date = Date::parse(&v).ok())} />
        </>
    }
}

#[function_component(DetailsStep)]
pub fn details_step(props: &StepProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let draft = &props.state.draft;
    // The comment is written in the interface's language, which the server records with it.
    let on_comment = {
        let (dispatch, language) = (props.state.dispatcher(), i18n.language());
        Callback::from(move |text: String| {
            let comment = (!text.is_empty()).then_some(LangText { text, language });
            dispatch.dispatch(ComposeAction::Edit(Box::new(move |d| d.comment = comment)))
        })
    };
    let documents = &props.state.documents;
    html! {
        <>
            <PersonalLegend />
            <Field id="compose-comment" label={t!(i18n, "request-comment")} multiline=true personal=true
                help={t!(i18n, "compose-comment-help")}
                value={draft.comment.as_ref().map(|c| c.text.clone()).unwrap_or_default()}
                error={props.error(&i18n, "comment.text")} oninput={on_comment} />
            if let Some(id) = props.state.saved_id {
                <h3 class="section__subtitle">{ t!(i18n, "request-documents") }{ " " }<PersonalMark /></h3>
                if !documents.is_empty() {
                    <ul class="documents" id="compose-documents">
                        { for documents.iter().map(|name| html! { <li>{ name }</li> }) }
                    </ul>
                }
                <Uploader request={id}
                    onuploaded={{
                        let (api, dispatch, language) = (api.clone(), props.state.dispatcher(), i18n.language());
                        Callback::from(move |()| {
                            let dispatch = dispatch.clone();
                            api.run(crate::api::request(id, language), move |view| {
                                let names = view.attachments.into_iter().map(|a| a.file_name).collect();
                                dispatch.dispatch(ComposeAction::Documents(names));
                            });
                        })
                    }}
                    onerror={{ let api = api.clone(); Callback::from(move |failure| api.say(&failure)) }} />
            }
            <DateField id="compose-date" label={t!(i18n, "request-requested-date")}
                value={draft.requested_date.map(|d| d.to_string()).unwrap_or_default()}
                error={props.error(&i18n, "requested_date")}
                oninput={props.edit(|d, v: String| d.requested_date = Date::parse(&v).ok())} />
        </>
    }
}
