//! Composing an alert in steps: its kind → its fixed fields → the countries → comment and
//! sending. The same page modifies a sent alert (every recipient is told). The form checks
//! the draft as it is typed with `shared::alert::check_alert_draft`, the server's own check,
//! fed with the kinds and the taxonomy the server sent; whatever the server still refuses is
//! shown at its field.

mod fields;

use shared::alert::{AlertDraftInput, AlertState, ConceptLookup, Recipients, check_alert_draft};
use shared::dto::{AlertDraftUpdate, AlertKindView, AlertRef};
use shared::error::FieldError;
use shared::placeholder::Completeness;
use shared::taxonomy::ConceptKind;
use shared::{CountryCode, Date};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

use super::Labels;
use crate::api::ApiFailure;
use crate::components::{Button, ButtonKind, StepItem, Stepper};
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::labels::country_text;
use crate::route::Route;
use crate::t;

/// The composer's steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Kind,
    Fields,
    Countries,
    Review,
}

impl Step {
    const ALL: [Step; 4] = [Step::Kind, Step::Fields, Step::Countries, Step::Review];

    fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    fn title(self, i18n: &I18n) -> String {
        match self {
            Step::Kind => t!(i18n, "alert-step-kind"),
            Step::Fields => t!(i18n, "alert-step-fields"),
            Step::Countries => t!(i18n, "alert-step-countries"),
            Step::Review => t!(i18n, "alert-step-review"),
        }
    }

    /// The step where the field a problem names is fixed.
    fn of_field(field: &str) -> Step {
        if field == "kind" {
            Step::Kind
        } else if field.starts_with("fields.") {
            Step::Fields
        } else if field.starts_with("countries") {
            Step::Countries
        } else {
            Step::Review
        }
    }
}

/// The taxonomy's concepts as the check asks for them.
pub struct KnownConcepts<'a>(pub &'a [shared::registry::ConceptOption]);

impl ConceptLookup for KnownConcepts<'_> {
    fn concept_kind(&self, id: &str) -> Option<ConceptKind> {
        self.0.iter().find(|c| c.id == id).map(|c| c.kind)
    }
}

/// Days left on `on` until the alert is due by the kind's rule, once the decision's date is
/// filled.
pub fn days_left(kind: &AlertKindView, draft: &AlertDraftInput, on: Date) -> Option<i64> {
    let decided = kind.dates.decided.as_ref()?;
    let day = Date::parse(draft.fields.get(decided)?.trim()).ok()?;
    let fields = [(decided.clone(), shared::alert::FieldValue::Date(day))]
        .into_iter()
        .collect();
    shared::alert::days_left(&kind.to_kind(), &fields, on)
}

/// What the composer edits: the draft, where it is stored, and which step is shown.
#[derive(Clone, PartialEq)]
pub struct Composer {
    pub draft: AlertDraftInput,
    /// The stored alert and the version read, once saved.
    pub stored: Option<(i32, i32)>,
    /// Its number, once saved.
    pub number: Option<String>,
    /// Whether it was sent already: then the form modifies it.
    pub modifying: bool,
    /// The day it was sent, by which its lateness is judged.
    pub sent_on: Option<Date>,
    pub step: Step,
    /// Whether sending was tried: then every problem is shown, not only those of what is
    /// filled.
    pub show_all: bool,
    /// What the server refused at the last save.
    pub refused: Vec<FieldError>,
}

/// The draft checked as the server will: a draft as it is written or sent today, a sent
/// alert's modification with its lateness judged on the day it was sent.
fn check(
    rules: &shared::alert::AlertKinds,
    concepts: &KnownConcepts<'_>,
    composer: &Composer,
    completeness: Completeness,
) -> Result<shared::alert::CheckedAlertDraft, Vec<FieldError>> {
    match composer.sent_on.filter(|_| composer.modifying) {
        Some(sent_on) => shared::alert::check_alert_modification(
            rules,
            concepts,
            &composer.draft,
            crate::format::today(),
            sent_on,
        ),
        None => check_alert_draft(
            rules,
            concepts,
            &composer.draft,
            completeness,
            crate::format::today(),
        ),
    }
}

/// What every step is handed.
#[derive(Properties, Clone, PartialEq)]
pub struct StepProps {
    pub composer: UseStateHandle<Composer>,
    pub kind: Option<AlertKindView>,
    pub labels: Labels,
    pub errors: Rc<Vec<FieldError>>,
}

impl StepProps {
    /// The problem of one field in words, if it has one.
    pub fn error(&self, i18n: &I18n, field: &str) -> Option<AttrValue> {
        crate::labels::error_at(i18n, &self.errors, field)
    }

    /// A callback that changes the draft with `apply`.
    pub fn edit<V: 'static>(
        &self,
        apply: impl Fn(&mut AlertDraftInput, V) + 'static,
    ) -> Callback<V> {
        let composer = self.composer.clone();
        Callback::from(move |value: V| {
            let mut next = (*composer).clone();
            apply(&mut next.draft, value);
            next.refused.clear();
            composer.set(next);
        })
    }
}

#[derive(Properties, PartialEq)]
pub struct AlertComposeProps {
    /// The alert to go on with (a draft) or to modify (a sent alert); `None` for a new one.
    #[prop_or_default]
    pub id: Option<i32>,
}

/// The draft a stored alert holds, as its form edits it.
fn draft_of(view: &shared::dto::AlertView, kind: Option<&AlertKindView>) -> AlertDraftInput {
    let chosen = kind.is_some_and(|k| k.recipients == Recipients::Chosen);
    AlertDraftInput {
        kind: view.kind.clone(),
        fields: view
            .fields
            .iter()
            .map(|f| (f.id.clone(), f.value.clone()))
            .collect(),
        countries: if chosen {
            view.countries
                .iter()
                .map(|c| c.as_str().to_owned())
                .collect()
        } else {
            Vec::new()
        },
        comment: view.comment.clone(),
        late_reason: view.late_reason.clone(),
    }
}

#[function_component(AlertComposePage)]
pub fn alert_compose_page(props: &AlertComposeProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let navigator = use_navigator();
    let labels = super::use_labels(true);
    let composer = use_state(|| Composer {
        draft: AlertDraftInput::default(),
        stored: None,
        number: None,
        modifying: false,
        sent_on: None,
        step: Step::Kind,
        show_all: false,
        refused: Vec::new(),
    });
    let opened = use_state(|| props.id.is_none());
    {
        let (composer, opened, api, labels) = (
            composer.clone(),
            opened.clone(),
            api.clone(),
            labels.clone(),
        );
        let language = i18n.language();
        let ready = labels.kinds.is_some();
        use_effect_with((props.id, ready), move |(id, ready)| {
            if let (Some(id), true) = (*id, *ready) {
                api.run(crate::api::alert(id, language), move |view| {
                    let kind = labels.kinds.as_ref().and_then(|k| k.get(&view.kind));
                    composer.set(Composer {
                        draft: draft_of(&view, kind),
                        stored: Some((view.id, view.version)),
                        number: Some(view.number.clone()),
                        modifying: view.state != AlertState::Draft,
                        sent_on: view
                            .sent_at
                            .as_deref()
                            .and_then(|at| Date::parse(at.get(..10)?).ok()),
                        step: Step::Fields,
                        show_all: false,
                        refused: Vec::new(),
                    });
                    opened.set(true);
                });
            }
        });
    }
    let Some(kinds) = labels.kinds.clone() else {
        return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> };
    };
    if !*opened {
        return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> };
    }
    let kind = kinds.get(&composer.draft.kind).cloned();
    let rules = kinds.to_kinds();
    let completeness = if composer.show_all {
        Completeness::Complete
    } else {
        Completeness::Draft
    };
    let concepts = KnownConcepts(&labels.concepts);
    // A new draft has no kind yet: that is no mistake until sending is tried.
    let mut errors = check(&rules, &concepts, &composer, completeness)
        .err()
        .unwrap_or_default();
    if !composer.show_all {
        errors.retain(|e| !(e.field == "kind" && composer.draft.kind.is_empty()));
    }
    for refused in &composer.refused {
        if !errors.iter().any(|e| e.field == refused.field) {
            errors.push(refused.clone());
        }
    }
    let errors = Rc::new(errors);
    let step_props = StepProps {
        composer: composer.clone(),
        kind: kind.clone(),
        labels: (*labels).clone(),
        errors: errors.clone(),
    };
    // Saving: a new draft is created, a stored one saved at the version read; then `then`
    // runs with where it stands. A refusal marks its fields.
    let save = {
        let (api, composer, i18n) = (api.clone(), composer.clone(), i18n.clone());
        move |then: Box<dyn FnOnce(AlertRef)>| {
            let draft = composer.draft.clone();
            let stored = composer.stored;
            let refused = {
                let (composer, api, i18n) = (composer.clone(), api.clone(), i18n.clone());
                move |failure: ApiFailure| {
                    if !failure.fields.is_empty() {
                        let mut next = (*composer).clone();
                        next.refused = failure.fields.clone();
                        next.show_all = true;
                        composer.set(next);
                    }
                    api.toasts()
                        .error(super::view::refusal_text(&i18n, &failure));
                }
            };
            let composer = composer.clone();
            api.run_or(
                async move {
                    match stored {
                        None => crate::api::create_alert(&draft).await,
                        Some((id, version)) => {
                            crate::api::save_alert(id, &AlertDraftUpdate { version, draft }).await
                        }
                    }
                },
                move |saved| {
                    let mut next = (*composer).clone();
                    next.stored = Some((saved.id, saved.version));
                    next.refused.clear();
                    composer.set(next);
                    then(saved);
                },
                refused,
            );
        }
    };
    let save_draft = {
        let (save, toasts, i18n) = (save.clone(), api.toasts().clone(), i18n.clone());
        Callback::from(move |_| {
            let (toasts, i18n) = (toasts.clone(), i18n.clone());
            save(Box::new(move |_| {
                toasts.info(t!(i18n, "toast-alert-saved"))
            }));
        })
    };
    let send = {
        let (save, api, i18n, composer, navigator) = (
            save.clone(),
            api.clone(),
            i18n.clone(),
            composer.clone(),
            navigator.clone(),
        );
        let (rules, concepts_list) = (rules.clone(), labels.concepts.clone());
        Callback::from(move |_| {
            let complete = check(
                &rules,
                &KnownConcepts(&concepts_list),
                &composer,
                Completeness::Complete,
            );
            if let Err(problems) = complete {
                let mut next = (*composer).clone();
                next.show_all = true;
                if let Some(first) = problems.first() {
                    next.step = Step::of_field(&first.field);
                }
                composer.set(next);
                api.toasts().error(t!(i18n, "alert-incomplete"));
                return;
            }
            let (api, i18n, navigator, modifying) = (
                api.clone(),
                i18n.clone(),
                navigator.clone(),
                composer.modifying,
            );
            save(Box::new(move |saved| {
                let go = move |id: i32| {
                    if let Some(navigator) = &navigator {
                        navigator.push(&Route::Alert { id });
                    }
                };
                if modifying {
                    api.toasts().info(t!(i18n, "toast-alert-modified"));
                    go(saved.id);
                    return;
                }
                let body = shared::dto::AlertActionRequest {
                    version: saved.version,
                    action: shared::alert::AlertAction::Send,
                    note: None,
                };
                let toasts = api.toasts().clone();
                api.run(
                    async move { crate::api::act_on_alert(saved.id, &body).await },
                    move |done| {
                        toasts.info(if done.state == Some(AlertState::AwaitingApproval) {
                            t!(i18n, "toast-alert-submitted")
                        } else {
                            t!(i18n, "toast-alert-sent")
                        });
                        go(done.id);
                    },
                );
            }));
        })
    };
    let go = |to: Step| {
        let composer = composer.clone();
        Callback::from(move |_| {
            let mut next = (*composer).clone();
            next.step = to;
            composer.set(next);
        })
    };
    let step = composer.step;
    // The kind of a sent alert is fixed; so are its countries: its modification skips them.
    let locked = |s: Step| composer.modifying && matches!(s, Step::Kind | Step::Countries);
    let previous = Step::ALL[..step.index()]
        .iter()
        .rev()
        .copied()
        .find(|s| !locked(*s));
    let next_step = Step::ALL[step.index() + 1..]
        .iter()
        .copied()
        .find(|s| !locked(*s));
    let steps: Vec<StepItem> = Step::ALL
        .into_iter()
        .map(|s| StepItem {
            title: s.title(&i18n),
            attention: composer.show_all && errors.iter().any(|e| Step::of_field(&e.field) == s),
            locked: locked(s),
        })
        .collect();
    let select = {
        let composer = composer.clone();
        Callback::from(move |index: usize| {
            let mut next = (*composer).clone();
            next.step = Step::ALL[index.min(Step::ALL.len() - 1)];
            composer.set(next);
        })
    };
    let title = match (&composer.number, composer.modifying) {
        (Some(number), true) => t!(i18n, "alert-modify-title", number = number.clone()),
        (Some(number), false) => t!(i18n, "alert-draft-title", number = number.clone()),
        (None, _) => t!(i18n, "alert-compose-title"),
    };
    html! {
        <div class="page alert-compose">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ title }</h1>
            </div>
            <Stepper steps={steps} current={step.index()} onselect={select} id_prefix={Some("alert-step-")} />
            <section class="section" id={format!("alert-step-body-{}", step.index() + 1)}>
                <h2 class="section__title">{ step.title(&i18n) }</h2>
                { match step {
                    Step::Kind => html! { <fields::KindStep ..step_props.clone() /> },
                    Step::Fields => html! { <fields::FieldsStep ..step_props.clone() /> },
                    Step::Countries => html! { <CountriesStep ..step_props.clone() /> },
                    Step::Review => html! { <fields::Review step={step_props.clone()} approval={kinds.approval_required} /> },
                } }
            </section>
            <div class="actions compose-actions">
                if let Some(previous) = previous {
                    <Button id={Some(AttrValue::from("alert-back"))} kind={ButtonKind::Secondary} onclick={go(previous)}>{ t!(i18n, "compose-back") }</Button>
                }
                if let Some(next) = next_step.filter(|_| kind.is_some()) {
                    <Button id={Some(AttrValue::from("alert-next"))} onclick={go(next)}>{ t!(i18n, "compose-next") }</Button>
                }
                if kind.is_some() && !composer.modifying {
                    <Button id={Some(AttrValue::from("alert-save"))} kind={ButtonKind::Secondary} busy={api.busy()} onclick={save_draft}>{ t!(i18n, "alert-save-draft") }</Button>
                }
                if step == Step::Review {
                    <Button id={Some(AttrValue::from("alert-send"))} busy={api.busy()} onclick={send}>{
                        if composer.modifying { t!(i18n, "alert-save-modification") }
                        else if kinds.approval_required { t!(i18n, "alert-submit") }
                        else { t!(i18n, "alert-action-send") }
                    }</Button>
                }
            </div>
        </div>
    }
}

/// The countries: all of them for a kind that goes to all, else a choice, with the country
/// that always receives it said.
#[function_component(CountriesStep)]
fn countries_step(props: &StepProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let Some(kind) = &props.kind else {
        return html! {};
    };
    if kind.recipients == Recipients::All {
        return html! { <p class="notice" id="alert-countries-all">{ t!(i18n, "alert-countries-all") }</p> };
    }
    let always = kind
        .always_to
        .as_ref()
        .and_then(|id| props.composer.draft.fields.get(id))
        .and_then(|code| CountryCode::parse(code.trim()).ok());
    let chosen: Vec<String> = props.composer.draft.countries.clone();
    let mut countries: Vec<CountryCode> = CountryCode::all().collect();
    countries.sort_by_cached_key(|c| country_text(&i18n, *c));
    html! {
        <>
            <p class="muted">{ t!(i18n, "alert-countries-choose") }</p>
            if let Some(country) = always {
                <p class="notice" id="alert-countries-always">{ t!(i18n, "alert-countries-always", country = country_text(&i18n, country)) }</p>
            }
            if let Some(error) = props.error(&i18n, "countries") {
                <p class="field__error" role="alert">{ error }</p>
            }
            <fieldset class="fieldset">
                <legend class="visually-hidden">{ t!(i18n, "alert-step-countries") }</legend>
                <div class="check-list" id="alert-countries">
                    { for countries.into_iter().map(|country| {
                        let code = country.as_str().to_owned();
                        let id = format!("alert-country-{code}");
                        let checked = chosen.contains(&code) || always == Some(country);
                        let onchange = props.edit(move |draft, on: bool| {
                            draft.countries.retain(|c| *c != code);
                            if on { draft.countries.push(code.clone()); }
                        });
                        html! {
                            <label class="check" for={id.clone()} key={country.as_str()}>
                                <input type="checkbox" id={id} checked={checked} disabled={always == Some(country)}
                                    onchange={Callback::from(move |e: Event| onchange.emit(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))} />
                                { country_text(&i18n, country) }
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
        </>
    }
}
