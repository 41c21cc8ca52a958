//! An inspection's on-site report (`shared::inspection`): the form the responder's inspector
//! fills in on the tablet (the day, the place, and each person present, who signs on the
//! screen or refuses), and what the requester reads once answered. The checklist is the
//! questions above it; the photos are the documents.

use shared::error::FieldError;
use shared::inspection::{InspectionReport, Mark, SignerRole, check_report};
use shared::placeholder::Completeness;
use yew::prelude::*;

use super::answers::AnswerButtons;
use super::state::{PageAction, PartProps, ReportDraft, SignerDraft, place_report_errors};
use crate::components::{
    Button, ButtonKind, DateField, Field, PersonalLegend, PersonalMark, SelectField, SignaturePad,
};
use crate::format;
use crate::i18n::I18n;
use crate::labels::error_at;
use crate::session::Session;
use crate::t;

/// One edit of the report form: what a field's new value does to the draft.
type Edit = Box<dyn Fn(&mut ReportDraft, String)>;

/// The role's name in the reader's language.
fn role_text(i18n: &I18n, role: SignerRole) -> String {
    i18n.dynamic(&role.message_id(), &[])
}

#[function_component(Report)]
pub fn report(props: &PartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let request = &props.request;
    let writing = request.may.save_answers;
    html! {
        <section class="section report" aria-labelledby="report-title" id="inspection-report">
            <h2 class="section__title" id="report-title">{ t!(i18n, "inspection-title") }</h2>
            if writing {
                <ReportForm request={request.clone()} state={props.state.clone()} />
                <AnswerButtons request={request.clone()} state={props.state.clone()} />
            } else if let Some(report) = &request.report {
                <ReportView report={report.clone()} />
            } else {
                <p class="muted" id="report-pending">{ t!(i18n, "inspection-pending") }</p>
            }
        </section>
    }
}

/// The report as written, checked as the inspector types with the rules the server applies
/// (`check_report`), with the server's own refusals where it gave any.
#[function_component(ReportForm)]
fn report_form(props: &PartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let draft = props.state.report.clone();
    let (report, from) = draft.to_report();
    let mut errors: Vec<FieldError> =
        match check_report(&report, Completeness::Draft, format::today()) {
            Ok(_) => Vec::new(),
            Err(found) => place_report_errors(&found, &from),
        };
    errors.extend(props.state.report_errors.iter().cloned());
    let error = |field: &str| error_at(&i18n, &errors, field);
    // Each change makes a new draft from the one shown.
    let change = |apply: Edit| {
        let (dispatch, draft) = (props.state.dispatcher(), draft.clone());
        let apply = std::rc::Rc::new(apply);
        Callback::from(move |value: String| {
            let mut next = draft.clone();
            apply(&mut next, value);
            dispatch.dispatch(PageAction::EditReport(next));
        })
    };
    let add = {
        let (dispatch, draft) = (props.state.dispatcher(), draft.clone());
        let me = session
            .me()
            .map(|me| me.display_name.clone())
            .unwrap_or_default();
        Callback::from(move |_| {
            let mut next = draft.clone();
            // The inspector signs first, under their own name; then those they met.
            let first = next.signers.is_empty();
            next.signers.push(SignerDraft {
                name: if first { me.clone() } else { String::new() },
                role: if first {
                    SignerRole::Inspector
                } else {
                    SignerRole::ProviderRepresentative
                },
                refused: false,
                strokes: None,
            });
            dispatch.dispatch(PageAction::EditReport(next));
        })
    };
    let roles: Vec<(String, String)> = SignerRole::ALL
        .iter()
        .map(|r| (r.as_str().to_owned(), role_text(&i18n, *r)))
        .collect();
    html! {
        <>
            <p class="muted">{ t!(i18n, "inspection-help") }</p>
            <PersonalLegend />
            <DateField id="report-date" label={t!(i18n, "inspection-inspected-on")}
                value={draft.inspected_on.clone()} error={error("report.inspected_on")}
                oninput={change(Box::new(|d, v| d.inspected_on = v))} />
            <Field id="report-place" label={t!(i18n, "inspection-place")} personal=true
                help={t!(i18n, "inspection-place-help")}
                value={draft.place.clone()} error={error("report.place")}
                oninput={change(Box::new(|d, v| d.place = v))} />
            <h3 class="section__subtitle" id="report-present">{ t!(i18n, "inspection-present") }{ " " }<PersonalMark /></h3>
            // "Missing" here means the inspector has not signed: said as such.
            if let Some(refusal) = errors.iter().find(|e| e.field == "report.signatures") {
                <p class="field__error" id="report-signatures-error" role="alert">{
                    if refusal.code == shared::error::FieldCode::Missing {
                        t!(i18n, "inspection-signature-needed")
                    } else {
                        crate::labels::field_error_text(&i18n, refusal)
                    }
                }</p>
            }
            <ol class="signers" id="report-signers" aria-labelledby="report-present">
                { for draft.signers.iter().enumerate().map(|(n, signer)| {
                    let edit = |apply: fn(&mut SignerDraft, String)| change(Box::new(move |d, v| {
                        if let Some(signer) = d.signers.get_mut(n) { apply(signer, v) }
                    }));
                    let on_refused = {
                        let (dispatch, draft) = (props.state.dispatcher(), draft.clone());
                        Callback::from(move |event: Event| {
                            let refused = event.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                            let mut next = draft.clone();
                            if let Some(signer) = next.signers.get_mut(n) { signer.refused = refused; }
                            dispatch.dispatch(PageAction::EditReport(next));
                        })
                    };
                    let on_signed = {
                        let (dispatch, draft) = (props.state.dispatcher(), draft.clone());
                        Callback::from(move |strokes| {
                            let mut next = draft.clone();
                            if let Some(signer) = next.signers.get_mut(n) { signer.strokes = strokes; }
                            dispatch.dispatch(PageAction::EditReport(next));
                        })
                    };
                    let remove = {
                        let (dispatch, draft) = (props.state.dispatcher(), draft.clone());
                        Callback::from(move |_| {
                            let mut next = draft.clone();
                            next.signers.remove(n);
                            dispatch.dispatch(PageAction::EditReport(next));
                        })
                    };
                    let name = if signer.name.trim().is_empty() { t!(i18n, "inspection-signer-unnamed") } else { signer.name.clone() };
                    let unsigned = !signer.refused && signer.strokes.is_none();
                    html! {
                        <li class="signer" key={n} data-signer={n.to_string()}>
                            <Field id={format!("signer-{n}-name")} label={t!(i18n, "inspection-signer-name")} personal=true
                                value={signer.name.clone()} error={error(&format!("report.signatures[{n}].name"))}
                                oninput={edit(|s, v| s.name = v)} />
                            <SelectField id={format!("signer-{n}-role")} label={t!(i18n, "inspection-signer-role")}
                                options={roles.clone()} value={signer.role.as_str()}
                                onchange={edit(|s, v| if let Some(role) = SignerRole::parse(&v) { s.role = role })} />
                            <label class="check">
                                <input type="checkbox" id={format!("signer-{n}-refused")} checked={signer.refused} onchange={on_refused} />
                                { t!(i18n, "inspection-signer-refused") }
                            </label>
                            if !signer.refused {
                                <SignaturePad id={format!("signer-{n}-pad")} label={t!(i18n, "inspection-signature-of", name = name)}
                                    value={signer.strokes.clone()} onchange={on_signed} />
                            }
                            if unsigned {
                                <p class="muted" id={format!("signer-{n}-unsigned")}>{ t!(i18n, "inspection-signer-unsigned") }</p>
                            }
                            <Button kind={ButtonKind::Ghost} onclick={remove}>{ t!(i18n, "inspection-signer-remove") }</Button>
                        </li>
                    }
                }) }
            </ol>
            <Button id={Some(AttrValue::from("report-add-signer"))} kind={ButtonKind::Secondary} onclick={add}>
                { t!(i18n, "inspection-signer-add") }
            </Button>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ReportViewProps {
    report: InspectionReport,
}

/// The report as the requester (or anyone after the answer) reads it: the day and place,
/// and each person present with their role and signature, drawn as they signed.
#[function_component(ReportView)]
fn report_view(props: &ReportViewProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let report = &props.report;
    html! {
        <>
            <dl class="facts" id="report-facts">
                <dt>{ t!(i18n, "inspection-inspected-on") }</dt>
                <dd id="report-inspected-on">{ report.inspected_on.map(|d| format::date(d, i18n.language())).unwrap_or_default() }</dd>
                <dt>{ t!(i18n, "inspection-place") }{ " " }<PersonalMark /></dt>
                <dd id="report-place-read">{ report.place.clone() }</dd>
            </dl>
            <h3 class="section__subtitle" id="report-present">{ t!(i18n, "inspection-present") }{ " " }<PersonalMark /></h3>
            <ul class="signatures" id="report-signatures" aria-labelledby="report-present">
                { for report.signatures.iter().map(|signature| html! {
                    <li class="signature-read">
                        <p><strong>{ signature.name.clone() }</strong>{ " · " }{ role_text(&i18n, signature.role) }</p>
                        { match &signature.mark {
                            Mark::Signed { strokes } => html! {
                                <svg class="signature__pad signature__pad--read" role="img"
                                    aria-label={t!(i18n, "inspection-signature-of", name = signature.name.clone())}
                                    viewBox={format!("0 0 {} {}", shared::inspection::PAD_WIDTH, shared::inspection::PAD_HEIGHT)}
                                    preserveAspectRatio="none">
                                    <path class="signature__ink" d={strokes.svg_path()} />
                                </svg>
                            },
                            Mark::Refused => html! { <p class="muted">{ t!(i18n, "inspection-refused-to-sign") }</p> },
                        } }
                    </li>
                }) }
            </ul>
        </>
    }
}
