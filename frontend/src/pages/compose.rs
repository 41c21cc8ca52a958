//! Composing a request in steps: legislative area → responding authority → subject →
//! questions with their placeholders → comment and requested date → review and send. The
//! draft is saved automatically a moment after each change, and `shared`'s `check_draft`
//! marks problems as the official types, with the same rules the server applies.

use gloo::storage::Storage;
use shared::dto::{AuthorityHit, CatalogueView};
use shared::lifecycle::Action;
use shared::placeholder::{Completeness, Registry, Template, render};
use shared::request::{
    ActionRequest, DraftInput, DraftQuestion, DraftUpdate, LangText, Subject, check_draft,
};
use shared::{Date, LegislativeArea, QuestionId, RequestId};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{
    AuthorityPicker, Button, ButtonKind, DateField, Field, Uploader, use_toasts,
};
use crate::i18n::I18n;
use crate::pages::catalogue::area_message_id;
use crate::pages::error_text;
use crate::pages::question_check::value_error_text;
use crate::pages::request::{REUSE_KEY, segments_html};
use crate::route::Route;
use crate::t;

/// A pause in typing this long saves the draft.
const AUTOSAVE_MS: u32 = 800;

const STEPS: [&str; 6] = [
    "compose-step-area",
    "compose-step-authority",
    "compose-step-subject",
    "compose-step-questions",
    "compose-step-details",
    "compose-step-review",
];

#[derive(Properties, PartialEq)]
pub struct ComposeProps {
    /// The draft to go on with; `None` for a new one.
    #[prop_or_default]
    pub id: Option<i32>,
}

/// Where the draft is stored: its id and version once created.
#[derive(Debug, Default)]
struct Stored {
    id: Option<RequestId>,
    version: i32,
    saving: bool,
    /// A change arrived while saving: save again when done.
    again: bool,
}

fn empty_draft() -> DraftInput {
    DraftInput {
        area: LegislativeArea::parse("services").expect("a legislative area"),
        responder: None,
        subject: Subject::default(),
        questions: Vec::new(),
        comment: None,
        requested_date: None,
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

/// Saves the draft (creating it the first time); chained so that only one save runs at a
/// time and the last change always reaches the server.
fn save(
    stored: Rc<RefCell<Stored>>,
    draft: UseStateHandle<DraftInput>,
    on_error: Callback<crate::api::ApiFailure>,
    on_saved: Callback<RequestId>,
) {
    {
        let mut state = stored.borrow_mut();
        if state.saving {
            state.again = true;
            return;
        }
        state.saving = true;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let body = (*draft).clone();
        let (id, version) = {
            let state = stored.borrow();
            (state.id, state.version)
        };
        let result = match id {
            None => crate::api::create_request(&body).await,
            Some(id) => {
                crate::api::save_draft(
                    id,
                    &DraftUpdate {
                        version,
                        draft: body,
                    },
                )
                .await
            }
        };
        let again = {
            let mut state = stored.borrow_mut();
            state.saving = false;
            if let Ok(saved) = &result {
                state.id = Some(saved.id);
                state.version = saved.version;
            }
            std::mem::take(&mut state.again)
        };
        match result {
            Ok(saved) => on_saved.emit(saved.id),
            Err(failure) => on_error.emit(failure),
        }
        if again {
            save(stored, draft, on_error, on_saved);
        }
    });
}

/// Waits `ms` milliseconds without blocking the page.
async fn pause(ms: i32) {
    let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The step where a field of the draft is edited, and the field's name in the reader's
/// language: a problem is named in words and links to where it is fixed, never shown as a
/// field path.
fn field_place(i18n: &I18n, field: &str) -> (usize, String) {
    match field {
        "area" => (0, t!(i18n, "catalogue-area-label")),
        "responder" => (1, t!(i18n, "request-to")),
        "subject.name" => (2, t!(i18n, "subject-name")),
        "subject.identifier" => (2, t!(i18n, "subject-identifier")),
        "subject.birth_date" => (2, t!(i18n, "subject-birth-date")),
        "comment" | "comment.text" => (4, t!(i18n, "request-comment")),
        "requested_date" => (4, t!(i18n, "request-requested-date")),
        other if other.starts_with("questions") => {
            // `questions[2].PersonName`: the question's number and the value's label.
            let number = other
                .strip_prefix("questions[")
                .and_then(|rest| rest.split(']').next())
                .and_then(|n| n.parse::<usize>().ok());
            let label = other
                .rsplit('.')
                .next()
                .filter(|_| number.is_some())
                .and_then(|name| {
                    Registry::standard()
                        .get(name)
                        .map(|d| d.label(i18n.language()).to_owned())
                });
            let question = |n: usize| {
                let number = n + 1;
                t!(i18n, "upload-question-number", number = number)
            };
            match (number, label) {
                (Some(n), Some(label)) => (
                    3,
                    t!(
                        i18n,
                        "compose-problem-value",
                        question = question(n),
                        label = label
                    ),
                ),
                (Some(n), None) => (3, question(n)),
                _ => (3, i18n.dynamic("compose-step-questions", &[])),
            }
        }
        _ => (5, t!(i18n, "compose-step-review")),
    }
}

#[function_component(ComposePage)]
pub fn compose_page(props: &ComposeProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let toasts = use_toasts();
    let navigator = use_navigator();
    let draft = use_state(empty_draft);
    let step = use_state(|| 0usize);
    let responder_name = use_state(|| None::<String>);
    let catalogue = use_state(|| None::<CatalogueView>);
    let stored = use_mut_ref(Stored::default);
    let loaded = use_state(|| props.id.is_none());
    let show_all_errors = use_state(|| false);
    let saved_id = use_state(|| props.id.map(RequestId));
    let edits = use_state(|| 0u32);
    let documents = use_state(Vec::<String>::new);
    // The draft's number when an existing one is edited, and whether this page has saved it:
    // "saved" is said only after a save, never merely for having opened a draft.
    let draft_number = use_state(|| None::<String>);
    let saved_now = use_state(|| false);
    let question_filter = use_state(String::new);

    // An existing draft, or a copy handed over by "start a new request from this one".
    {
        let (documents, draft_number) = (documents.clone(), draft_number.clone());
        let (draft, stored, loaded, responder_name, i18n) = (
            draft.clone(),
            stored.clone(),
            loaded.clone(),
            responder_name.clone(),
            i18n.clone(),
        );
        use_effect_with(props.id, move |id| match *id {
            Some(id) => {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(view) = crate::api::request(RequestId(id), i18n.language()).await
                        && let Some(existing) = view.draft
                    {
                        stored.borrow_mut().id = Some(view.id);
                        stored.borrow_mut().version = view.version;
                        responder_name.set(view.responder.map(|r| r.name));
                        draft_number.set(Some(view.number.clone()));
                        documents.set(view.attachments.into_iter().map(|a| a.file_name).collect());
                        draft.set(existing);
                    }
                    loaded.set(true);
                });
            }
            None => {
                if let Ok(json) = gloo::storage::SessionStorage::get::<String>(REUSE_KEY) {
                    gloo::storage::SessionStorage::delete(REUSE_KEY);
                    if let Ok(copy) = crate::api::parse::<DraftInput>(&json) {
                        // Handed over with an authority chosen (from its profile): show
                        // its name as if it had been picked here.
                        if let Some(responder) = copy.responder {
                            let (responder_name, language) =
                                (responder_name.clone(), i18n.language());
                            wasm_bindgen_futures::spawn_local(async move {
                                if let Ok(profile) =
                                    crate::api::authority(responder.0, language).await
                                {
                                    responder_name.set(Some(profile.name));
                                }
                            });
                        }
                        draft.set(copy);
                    }
                }
            }
        });
    }
    // The catalogue in the user's language, for the questions step.
    {
        let catalogue = catalogue.clone();
        use_effect_with(i18n.language(), move |language| {
            let language = *language;
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(view) = crate::api::catalogue(language).await {
                    catalogue.set(Some(view));
                }
            });
        });
    }
    // Automatic save after a pause in editing.
    {
        let (stored, draft, toasts, i18n, saved_id, saved_now) = (
            stored.clone(),
            draft.clone(),
            toasts.clone(),
            i18n.clone(),
            saved_id.clone(),
            saved_now.clone(),
        );
        use_effect_with(*edits, move |edits| {
            let timer = (*edits > 0).then(|| {
                gloo::timers::callback::Timeout::new(AUTOSAVE_MS, move || {
                    let on_error =
                        Callback::from(move |failure| toasts.error(error_text(&i18n, &failure)));
                    let on_saved = Callback::from(move |id| {
                        saved_id.set(Some(id));
                        saved_now.set(true);
                    });
                    save(stored, draft, on_error, on_saved);
                })
            });
            move || drop(timer)
        });
    }

    if !*loaded {
        return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> };
    }

    let change = {
        let (draft, edits) = (draft.clone(), edits.clone());
        Rc::new(move |update: Box<dyn FnOnce(&mut DraftInput)>| {
            let mut next = (*draft).clone();
            update(&mut next);
            draft.set(next);
            edits.set(*edits + 1);
        })
    };
    let today = {
        let now = web_sys::js_sys::Date::new_0();
        Date::from_ymd(
            now.get_utc_full_year() as u16,
            (now.get_utc_month() + 1) as u8,
            now.get_utc_date() as u8,
        )
        .unwrap_or(Date::MIN)
    };
    let questions = catalogue.as_ref().map(lookup).unwrap_or_default();
    let completeness = if *show_all_errors {
        Completeness::Complete
    } else {
        Completeness::Draft
    };
    let errors = check_draft(&draft, &questions, completeness, today)
        .err()
        .unwrap_or_default();
    let field_error = |name: &str| {
        errors
            .iter()
            .find(|e| e.field == name)
            .map(|e| AttrValue::from(crate::pages::field_error_text(&i18n, e)))
    };

    let step_nav = {
        let step = step.clone();
        move |to: usize| {
            let step = step.clone();
            Callback::from(move |_| step.set(to))
        }
    };

    let body = match *step {
        0 => {
            let on_area = {
                let change = change.clone();
                let responder_name = responder_name.clone();
                Callback::from(move |event: Event| {
                    let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                    if let Ok(area) = LegislativeArea::parse(&select.value()) {
                        responder_name.set(None);
                        change(Box::new(move |d| {
                            if d.area != area {
                                d.area = area;
                                d.responder = None;
                                d.questions.clear();
                            }
                        }));
                    }
                })
            };
            html! {
                <div class="field">
                    <label class="field__label" for="compose-area">{ t!(i18n, "catalogue-area-label") }</label>
                    <select class="field__input" id="compose-area" onchange={on_area}>
                        { for LegislativeArea::all().map(|a| html! {
                            <option value={a.as_str()} selected={draft.area == a}>{ i18n.dynamic(&area_message_id(a), &[]) }</option>
                        }) }
                    </select>
                </div>
            }
        }
        1 => {
            let onpick = {
                let (change, responder_name) = (change.clone(), responder_name.clone());
                Callback::from(move |hit: AuthorityHit| {
                    responder_name.set(Some(hit.name.clone()));
                    change(Box::new(move |d| d.responder = Some(hit.id)));
                })
            };
            html! {
                <>
                    if let Some(name) = &*responder_name {
                        <p class="chosen" id="chosen-authority">{ t!(i18n, "compose-chosen-authority", name = name.clone()) }</p>
                    }
                    if let Some(error) = field_error("responder") { <p class="field__error">{ error }</p> }
                    <AuthorityPicker id="compose-authority" area={draft.area} {onpick} />
                </>
            }
        }
        2 => {
            let set = |apply: fn(&mut Subject, String)| {
                let change = change.clone();
                Callback::from(move |value: String| {
                    change(Box::new(move |d| apply(&mut d.subject, value)))
                })
            };
            html! {
                <>
                    <p class="muted">{ t!(i18n, "compose-subject-help") }</p>
                    <Field id="subject-name" label={t!(i18n, "subject-name")} value={draft.subject.name.clone()}
                        error={field_error("subject.name")} oninput={set(|s, v| s.name = v)} />
                    <Field id="subject-identifier" label={t!(i18n, "subject-identifier")} value={draft.subject.identifier.clone()}
                        error={field_error("subject.identifier")} oninput={set(|s, v| s.identifier = v)} />
                    <DateField id="subject-birth-date" label={t!(i18n, "subject-birth-date")}
                        value={draft.subject.birth_date.map(|d| d.to_string()).unwrap_or_default()}
                        error={field_error("subject.birth_date")}
                        oninput={set(|s, v| s.birth_date = Date::parse(&v).ok())} />
                </>
            }
        }
        3 => {
            let registry = Registry::standard();
            let area = catalogue
                .as_ref()
                .and_then(|c| c.areas.iter().find(|a| a.area == draft.area).cloned());
            let chosen = draft.questions.clone();
            // The filter matches the question's text in the reader's language, or its topic.
            let filter = question_filter.trim().to_lowercase();
            let matches = |text: &str| filter.is_empty() || text.to_lowercase().contains(&filter);
            let on_filter = {
                let question_filter = question_filter.clone();
                Callback::from(move |value: String| question_filter.set(value))
            };
            let topics: Vec<_> = area.iter().flat_map(|area| area.topics.clone()).collect();
            let chosen_list = chosen
                .iter()
                .filter_map(|q| {
                    topics
                        .iter()
                        .flat_map(|t| t.questions.iter())
                        .find(|c| c.id == q.question)
                        .map(|c| (c, q))
                })
                .collect::<Vec<_>>();
            html! {
                <>
                    if let Some(error) = field_error("questions") { <p class="field__error">{ error }</p> }
                    if !chosen_list.is_empty() {
                        <section class="chosen-questions" id="chosen-questions" aria-live="polite">
                            <h3 class="section__subtitle">{ t!(i18n, "compose-questions-chosen", count = chosen_list.len()) }</h3>
                            <ol class="chosen-questions__list">
                                { for chosen_list.iter().map(|(question, picked)| html! {
                                    <li key={question.key.clone()}>{
                                        Template::parse(&question.text).map_or_else(
                                            |_| html! { { &question.text } },
                                            |template| segments_html(&i18n, render(&template, &picked.values)),
                                        )
                                    }</li>
                                }) }
                            </ol>
                        </section>
                    }
                    <Field id="question-filter" label={t!(i18n, "compose-questions-filter")} input_type="search"
                        value={(*question_filter).clone()} oninput={on_filter} />
                    { for topics.into_iter().filter(|topic| matches(&topic.name) || topic.questions.iter().any(|q| matches(&q.text))).map(|topic| {
                        let topic_matches = matches(&topic.name);
                        let picked_here = topic.questions.iter().filter(|q| chosen.iter().any(|c| c.question == q.id)).count();
                        let open = !filter.is_empty() || picked_here > 0;
                        html! {
                        <details class="topic" key={topic.key.clone()} data-topic={topic.key.clone()} {open}>
                            <summary class="topic__name">
                                { &topic.name }
                                <span class="topic__count">{ format!(" {picked_here}/{}", topic.questions.len()) }</span>
                            </summary>
                            { for topic.questions.iter().filter(|q| topic_matches || matches(&q.text)).map(|question| {
                                let position = chosen.iter().position(|q| q.question == question.id);
                                let template = Template::parse(&question.text).ok();
                                let values = position.map(|p| chosen[p].values.clone()).unwrap_or_default();
                                let toggle = {
                                    let (change, id) = (change.clone(), question.id);
                                    Callback::from(move |event: Event| {
                                        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                                        let checked = input.checked();
                                        change(Box::new(move |d| {
                                            d.questions.retain(|q| q.question != id);
                                            if checked {
                                                d.questions.push(DraftQuestion { question: id, values: BTreeMap::new() });
                                            }
                                        }));
                                    })
                                };
                                let text = template.as_ref().map_or_else(
                                    || html! { { &question.text } },
                                    |template| segments_html(&i18n, render(template, &values)),
                                );
                                let value_errors = match (&template, position) {
                                    (Some(template), Some(_)) => registry
                                        .validate_values([template], &values, completeness)
                                        .err()
                                        .unwrap_or_default(),
                                    _ => Vec::new(),
                                };
                                html! {
                                    <div class="pick-question" key={question.key.clone()} data-key={question.key.clone()}>
                                        <label class="check">
                                            <input type="checkbox" checked={position.is_some()} onchange={toggle} />
                                            <span>{ text }</span>
                                        </label>
                                        if let (Some(template), Some(position)) = (&template, position) {
                                            { for template.placeholders().into_iter().map(|name| {
                                                let def = registry.get(name.as_str());
                                                let label = def.map_or_else(|| name.to_string(), |d| d.label(i18n.language()).to_owned());
                                                let key = name.as_str().to_owned();
                                                let error = value_errors.iter().find(|e| e.placeholder == key).map(|e| AttrValue::from(value_error_text(&i18n, e)));
                                                let oninput = {
                                                    let (change, key) = (change.clone(), key.clone());
                                                    Callback::from(move |value: String| {
                                                        let key = key.clone();
                                                        change(Box::new(move |d| {
                                                            if let Some(q) = d.questions.get_mut(position) {
                                                                if value.is_empty() { q.values.remove(&key); } else { q.values.insert(key, value); }
                                                            }
                                                        }));
                                                    })
                                                };
                                                html! {
                                                    <Field id={format!("value-{}-{}", question.id.0, key)} label={label}
                                                        value={values.get(&key).cloned().unwrap_or_default()}
                                                        multiline={def.is_some_and(|d| d.kind.is_multiline())}
                                                        error={error} {oninput} />
                                                }
                                            }) }
                                        }
                                    </div>
                                }
                            }) }
                        </details>
                    }}) }
                </>
            }
        }
        4 => {
            let on_comment = {
                let (change, language) = (change.clone(), i18n.language());
                Callback::from(move |value: String| {
                    change(Box::new(move |d| {
                        let empty = value.is_empty();
                        d.comment = (!empty).then_some(LangText {
                            text: value,
                            language,
                        });
                    }))
                })
            };
            let on_date = {
                let change = change.clone();
                Callback::from(move |value: String| {
                    change(Box::new(move |d| {
                        d.requested_date = Date::parse(&value).ok()
                    }))
                })
            };
            html! {
                <>
                    <Field id="compose-comment" label={t!(i18n, "request-comment")} multiline=true
                        help={t!(i18n, "compose-comment-help")}
                        value={draft.comment.as_ref().map(|c| c.text.clone()).unwrap_or_default()}
                        error={field_error("comment.text")} oninput={on_comment} />
                    if let Some(id) = *saved_id {
                        <h3 class="section__subtitle">{ t!(i18n, "request-documents") }</h3>
                        if !documents.is_empty() {
                            <ul class="documents" id="compose-documents">
                                { for documents.iter().map(|name| html! { <li>{ name }</li> }) }
                            </ul>
                        }
                        <Uploader request={id}
                            onuploaded={{ let (documents, id, i18n) = (documents.clone(), id, i18n.clone()); Callback::from(move |()| {
                                let (documents, i18n) = (documents.clone(), i18n.clone());
                                wasm_bindgen_futures::spawn_local(async move {
                                    if let Ok(view) = crate::api::request(id, i18n.language()).await {
                                        documents.set(view.attachments.into_iter().map(|a| a.file_name).collect());
                                    }
                                });
                            }) }}
                            onerror={{ let (toasts, i18n) = (toasts.clone(), i18n.clone()); Callback::from(move |failure| toasts.error(error_text(&i18n, &failure))) }} />
                    }
                    <DateField id="compose-date" label={t!(i18n, "request-requested-date")}
                        value={draft.requested_date.map(|d| d.to_string()).unwrap_or_default()}
                        error={field_error("requested_date")} oninput={on_date} />
                </>
            }
        }
        _ => {
            let send = {
                let (stored, draft, toasts, i18n, navigator, show) = (
                    stored.clone(),
                    draft.clone(),
                    toasts.clone(),
                    i18n.clone(),
                    navigator.clone(),
                    show_all_errors.clone(),
                );
                let questions = questions.clone();
                Callback::from(move |_| {
                    show.set(true);
                    if check_draft(&draft, &questions, Completeness::Complete, today).is_err() {
                        toasts.error(t!(i18n, "compose-incomplete"));
                        return;
                    }
                    let (stored, draft, toasts, i18n, navigator) = (
                        stored.clone(),
                        draft.clone(),
                        toasts.clone(),
                        i18n.clone(),
                        navigator.clone(),
                    );
                    wasm_bindgen_futures::spawn_local(async move {
                        // Wait for an automatic save under way, then hold the lock so that no
                        // other save slips in between saving what is on screen and sending it.
                        while stored.borrow().saving {
                            pause(50).await;
                        }
                        stored.borrow_mut().saving = true;
                        let (id, version) = {
                            let s = stored.borrow();
                            (s.id, s.version)
                        };
                        let saved = match id {
                            None => crate::api::create_request(&draft).await,
                            Some(id) => {
                                crate::api::save_draft(
                                    id,
                                    &DraftUpdate {
                                        version,
                                        draft: (*draft).clone(),
                                    },
                                )
                                .await
                            }
                        };
                        let result = match saved {
                            Ok(saved) => {
                                stored.borrow_mut().id = Some(saved.id);
                                stored.borrow_mut().version = saved.version;
                                crate::api::act(
                                    saved.id,
                                    &ActionRequest {
                                        version: saved.version,
                                        action: Action::Send,
                                        note: None,
                                    },
                                )
                                .await
                            }
                            Err(failure) => Err(failure),
                        };
                        match result {
                            Ok(sent) => {
                                toasts.info(t!(i18n, "toast-request-action-send"));
                                if let Some(navigator) = &navigator {
                                    navigator.push(&Route::Request { id: sent.id.0 });
                                }
                            }
                            Err(failure) => {
                                stored.borrow_mut().saving = false;
                                toasts.error(error_text(&i18n, &failure));
                            }
                        }
                    });
                })
            };
            let none = || html! { <span class="muted">{ t!(i18n, "compose-review-none") }</span> };
            let or_none = |text: Option<String>| {
                text.filter(|t| !t.trim().is_empty())
                    .map_or_else(none, |t| html! { { t } })
            };
            let catalogue_questions: Vec<_> = catalogue
                .iter()
                .flat_map(|c| c.areas.iter())
                .filter(|a| a.area == draft.area)
                .flat_map(|a| a.topics.iter().flat_map(|t| t.questions.iter()))
                .collect();
            html! {
                <>
                    // What is missing or wrong, in words, each linking to the step that fixes it.
                    if *show_all_errors && !errors.is_empty() {
                        <div class="error-summary" role="alert" id="compose-errors">
                            <p>{ t!(i18n, "compose-review-fix") }</p>
                            <ul>
                                { for errors.iter().map(|e| {
                                    let (to, place) = field_place(&i18n, &e.field);
                                    html! {
                                        <li>
                                            <button type="button" class="link-button" onclick={step_nav(to)}>{ place }</button>
                                            { ": " }{ crate::pages::field_error_text(&i18n, e) }
                                        </li>
                                    }
                                }) }
                            </ul>
                        </div>
                    }
                    <dl class="facts" id="review">
                        <dt>{ t!(i18n, "catalogue-area-label") }</dt><dd>{ i18n.dynamic(&area_message_id(draft.area), &[]) }</dd>
                        <dt>{ t!(i18n, "request-to") }</dt><dd>{ or_none(responder_name.as_ref().cloned()) }</dd>
                        <dt>{ t!(i18n, "subject-name") }</dt><dd>{ or_none(Some(draft.subject.name.clone())) }</dd>
                        <dt>{ t!(i18n, "subject-identifier") }</dt><dd>{ or_none(Some(draft.subject.identifier.clone())) }</dd>
                        <dt>{ t!(i18n, "subject-birth-date") }</dt>
                        <dd>{ or_none(draft.subject.birth_date.map(|d| crate::format::date(d, i18n.language()))) }</dd>
                        <dt>{ t!(i18n, "request-comment") }</dt><dd class="review__comment">{ or_none(draft.comment.as_ref().map(|c| c.text.clone())) }</dd>
                        <dt>{ t!(i18n, "request-requested-date") }</dt>
                        <dd>{ or_none(draft.requested_date.map(|d| crate::format::date(d, i18n.language()))) }</dd>
                        <dt>{ t!(i18n, "request-documents") }</dt>
                        <dd>{ if documents.is_empty() { none() } else { html! {
                            <ul class="plain-list">{ for documents.iter().map(|name| html! { <li>{ name }</li> }) }</ul>
                        } } }</dd>
                    </dl>
                    <h3 class="section__subtitle">{ t!(i18n, "request-questions", count = draft.questions.len()) }</h3>
                    <p class="muted">{ t!(i18n, "compose-review-language") }</p>
                    <ol class="review__questions" id="review-questions">
                        { for draft.questions.iter().map(|picked| {
                            let text = catalogue_questions.iter().find(|q| q.id == picked.question).map(|question| {
                                Template::parse(&question.text).map_or_else(
                                    |_| html! { { &question.text } },
                                    |template| segments_html(&i18n, render(&template, &picked.values)),
                                )
                            });
                            html! { <li>{ text.unwrap_or_default() }</li> }
                        }) }
                    </ol>
                    <Button id={Some(AttrValue::from("compose-send"))} onclick={send}>{ t!(i18n, "request-action-send") }</Button>
                </>
            }
        }
    };

    html! {
        <div class="page">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ match &*draft_number {
                    Some(number) => t!(i18n, "compose-draft-title", number = number.clone()),
                    None => t!(i18n, "compose-title"),
                } }</h1>
                if let (Some(id), true) = (*saved_id, *saved_now) {
                    <span class="muted" id="draft-saved" role="status">{ t!(i18n, "compose-saved", id = id.0) }</span>
                }
            </div>
            <ol class="stepper" aria-label={t!(i18n, "compose-steps")}>
                { for STEPS.iter().enumerate().map(|(index, id)| {
                    // Once sending was tried, the steps holding a problem say so.
                    let attention = *show_all_errors && errors.iter().any(|e| field_place(&i18n, &e.field).0 == index);
                    html! {
                    <li class={classes!("stepper__step", (index == *step).then_some("stepper__step--current"), attention.then_some("stepper__step--attention"))}>
                        <button type="button" class="stepper__button" aria-current={(index == *step).then_some("step")}
                            onclick={step_nav(index)}>
                            { format!("{}. {}", index + 1, i18n.dynamic(id, &[])) }
                            if attention {
                                <span class="stepper__attention" aria-hidden="true">{ " !" }</span>
                                <span class="visually-hidden">{ format!(" ({})", t!(i18n, "compose-step-attention")) }</span>
                            }
                        </button>
                    </li>
                }}) }
            </ol>
            <section class="section" id={format!("step-{}", *step)}>
                <h2 class="section__title">{ i18n.dynamic(STEPS[(*step).min(STEPS.len() - 1)], &[]) }</h2>
                { body }
            </section>
            <div class="actions compose-actions">
                if *step > 0 {
                    <Button id={Some(AttrValue::from("compose-back"))} kind={ButtonKind::Secondary} onclick={step_nav(*step - 1)}>{ t!(i18n, "compose-back") }</Button>
                }
                if *step + 1 < STEPS.len() {
                    <Button id={Some(AttrValue::from("compose-next"))} onclick={step_nav(*step + 1)}>{ t!(i18n, "compose-next") }</Button>
                }
            </div>
        </div>
    }
}
