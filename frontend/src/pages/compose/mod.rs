//! Composing a request in steps: legislative area → responding authority → subject →
//! questions with their placeholders → comment and requested date → review and send. The
//! draft is saved automatically a moment after each change ([`save`]), and `shared`'s
//! `check_draft` marks problems as the official types, with the same rules the server
//! applies. One component per step over one state changed by one reducer ([`state`]).

mod questions;
mod review;
mod save;
mod state;
mod steps;

use gloo::storage::Storage;
use shared::dto::CatalogueView;
use shared::error::FieldError;
use shared::placeholder::{Completeness, Template};
use shared::request::{DraftInput, check_draft};
use shared::{LegislativeArea, QuestionId, RequestId};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{Button, ButtonKind};
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::pages::request::REUSE_KEY;
use crate::route::Route;
use crate::t;
use state::{ComposeAction, ComposeState, Opened, Step};

/// A pause in typing this long saves the draft.
const AUTOSAVE_MS: u32 = 800;

#[derive(Properties, PartialEq)]
pub struct ComposeProps {
    /// The draft to go on with; `None` for a new one.
    #[prop_or_default]
    pub id: Option<i32>,
}

/// What every step is handed: the composer's state and the draft's problems now.
#[derive(Properties, Clone, PartialEq)]
pub struct StepProps {
    pub state: UseReducerHandle<ComposeState>,
    pub errors: Rc<Vec<FieldError>>,
    pub catalogue: Option<Rc<CatalogueView>>,
}

impl StepProps {
    /// The problem of one field in words, if it has one.
    pub fn error(&self, i18n: &I18n, field: &str) -> Option<AttrValue> {
        crate::labels::error_at(i18n, &self.errors, field)
    }

    /// A callback that changes the draft with `apply`.
    pub fn edit<V: 'static>(&self, apply: fn(&mut DraftInput, V)) -> Callback<V> {
        let dispatch = self.state.dispatcher();
        Callback::from(move |value: V| {
            dispatch.dispatch(ComposeAction::Edit(Box::new(move |d| apply(d, value))))
        })
    }
}

/// The catalogue's questions of one area as the check needs them.
fn lookup(catalogue: &CatalogueView) -> BTreeMap<QuestionId, (LegislativeArea, Template)> {
    catalogue
        .areas
        .iter()
        .flat_map(|area| {
            area.topics.iter().flat_map(move |topic| {
                topic
                    .questions
                    .iter()
                    .filter_map(move |q| Some((q.id, (area.area, Template::parse(&q.text).ok()?))))
            })
        })
        .collect()
}

/// Opens the draft `id`, or takes over a copy handed over by "start a new request from this
/// one" (with an authority chosen on its profile, its name is shown as if picked here).
fn open(
    id: Option<i32>,
    language: shared::LanguageCode,
    stored: Rc<std::cell::RefCell<save::Stored>>,
    dispatch: UseReducerDispatcher<ComposeState>,
) {
    match id {
        Some(id) => wasm_bindgen_futures::spawn_local(async move {
            let opened = crate::api::request(RequestId(id), language)
                .await
                .ok()
                .and_then(|view| {
                    let draft = view.draft?;
                    // Saves go on from the version read.
                    *stored.borrow_mut() = save::Stored::read(view.id, view.version);
                    Some(Opened {
                        draft,
                        number: view.number,
                        responder_name: view.responder.map(|r| r.name),
                        documents: view.attachments.into_iter().map(|a| a.file_name).collect(),
                    })
                });
            dispatch.dispatch(ComposeAction::Opened(opened));
        }),
        None => {
            let Ok(json) = gloo::storage::SessionStorage::get::<String>(REUSE_KEY) else {
                return;
            };
            gloo::storage::SessionStorage::delete(REUSE_KEY);
            let Ok(copy) = crate::api::parse::<DraftInput>(&json) else {
                return;
            };
            if let Some(responder) = copy.responder {
                let dispatch = dispatch.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(profile) = crate::api::authority(responder.0, language).await {
                        dispatch.dispatch(ComposeAction::Responder(None, profile.name));
                    }
                });
            }
            dispatch.dispatch(ComposeAction::Reused(copy));
        }
    }
}

/// Saves the draft after a pause in editing: each edit starts the pause again.
#[hook]
fn use_autosave(
    state: &UseReducerHandle<ComposeState>,
    stored: &Rc<std::cell::RefCell<save::Stored>>,
) {
    let api = use_api_call();
    let (stored, dispatch, draft) = (stored.clone(), state.dispatcher(), state.draft.clone());
    use_effect_with(state.edits, move |edits| {
        let timer = (*edits > 0).then(|| {
            gloo::timers::callback::Timeout::new(AUTOSAVE_MS, move || {
                let on_error = Callback::from(move |failure| api.say(&failure));
                let on_saved =
                    Callback::from(move |id| dispatch.dispatch(ComposeAction::Saved(id)));
                save::save(stored, draft, on_error, on_saved);
            })
        });
        move || drop(timer)
    });
}

#[function_component(ComposePage)]
pub fn compose_page(props: &ComposeProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let navigator = use_navigator();
    let state = use_reducer(|| ComposeState::new(props.id.map(RequestId)));
    let catalogue = use_state(|| None::<Rc<CatalogueView>>);
    let stored = use_mut_ref(save::Stored::default);
    {
        let (dispatch, language, stored) = (state.dispatcher(), i18n.language(), stored.clone());
        use_effect_with(props.id, move |id| open(*id, language, stored, dispatch));
    }
    // The catalogue in the user's language, for the questions step.
    {
        let catalogue = catalogue.clone();
        let api = api.clone();
        use_effect_with(i18n.language(), move |language| {
            api.run(crate::api::catalogue(*language), move |view| {
                catalogue.set(Some(Rc::new(view)))
            });
        });
    }
    use_autosave(&state, &stored);
    if !state.loaded {
        return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> };
    }
    let questions = catalogue.as_deref().map(lookup).unwrap_or_default();
    let completeness = if state.show_all_errors {
        Completeness::Complete
    } else {
        Completeness::Draft
    };
    let errors = Rc::new(
        check_draft(
            &state.draft,
            &questions,
            completeness,
            crate::format::today(),
        )
        .err()
        .unwrap_or_default(),
    );
    let send = {
        let (api, i18n, state, stored) = (api.clone(), i18n.clone(), state.clone(), stored.clone());
        Callback::from(move |()| {
            state.dispatch(ComposeAction::ShowAllErrors);
            if check_draft(
                &state.draft,
                &questions,
                Completeness::Complete,
                crate::format::today(),
            )
            .is_err()
            {
                api.toasts().error(t!(i18n, "compose-incomplete"));
                return;
            }
            let (toasts, i18n, navigator) = (api.toasts().clone(), i18n.clone(), navigator.clone());
            api.run(
                save::send(stored.clone(), state.draft.clone()),
                move |sent| {
                    toasts.info(t!(i18n, "toast-request-action-send"));
                    if let Some(navigator) = &navigator {
                        navigator.push(&Route::Request { id: sent.id.0 });
                    }
                },
            );
        })
    };
    let step_props = StepProps {
        state: state.clone(),
        errors: errors.clone(),
        catalogue: (*catalogue).clone(),
    };
    let go = |to: Step| {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(ComposeAction::Go(to)))
    };
    html! {
        <div class="page">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ match &state.number {
                    Some(number) => t!(i18n, "compose-draft-title", number = number.clone()),
                    None => t!(i18n, "compose-title"),
                } }</h1>
                if let (Some(id), true) = (state.saved_id, state.saved_now) {
                    <span class="muted" id="draft-saved" role="status">{ t!(i18n, "compose-saved", id = id.0) }</span>
                }
            </div>
            <review::Stepper ..step_props.clone() />
            <section class="section" id={format!("step-{}", state.step.index())}>
                <h2 class="section__title">{ state.step.title(&i18n) }</h2>
                { match state.step {
                    Step::Area => html! { <steps::AreaStep ..step_props /> },
                    Step::Authority => html! { <steps::AuthorityStep ..step_props /> },
                    Step::Subject => html! { <steps::SubjectStep ..step_props /> },
                    Step::Questions => html! { <questions::QuestionsStep ..step_props /> },
                    Step::Details => html! { <steps::DetailsStep ..step_props /> },
                    Step::Review => html! { <review::ReviewStep {send} busy={api.busy()} step={step_props} /> },
                } }
            </section>
            <div class="actions compose-actions">
                if let Some(previous) = state.step.previous() {
                    <Button id={Some(AttrValue::from("compose-back"))} kind={ButtonKind::Secondary} onclick={go(previous)}>{ t!(i18n, "compose-back") }</Button>
                }
                if let Some(next) = state.step.next() {
                    <Button id={Some(AttrValue::from("compose-next"))} onclick={go(next)}>{ t!(i18n, "compose-next") }</Button>
                }
            </div>
        </div>
    }
}
