//! One request as the reader may see it: questions and answers in the reader's language, free
//! text with the language it was written in, the timeline, and only the actions the state
//! machine allows this user now.

use gloo::storage::Storage;
use shared::catalogue::AnswerType;
use shared::lifecycle::{AcceptDeadline, Action, ActionKind, ForwardTarget, Rating, RequestState};
use shared::placeholder::{Registry, RenderedSegment, without_brackets};
use shared::request::{
    ActionRequest, AnswerInput, AnswerValue, AnswersUpdate, LangText, MessageInput,
    RequestQuestionView, RequestView,
};
use shared::{AuthorityId, Date, LanguageCode, QuestionId, RequestId};
use std::collections::BTreeMap;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{
    AuthorityPicker, Badge, BadgeTone, Button, ButtonKind, DateField, Uploader, use_toasts,
};
use crate::format;
use crate::i18n::I18n;
use crate::pages::catalogue::area_message_id;
use crate::pages::error_text;
use crate::route::Route;
use crate::t;

/// The session-storage key under which "reuse" hands a draft to the compose page.
pub const REUSE_KEY: &str = "imi.reuse";

/// A language's name in the reader's language, from the browser's `Intl.DisplayNames`, so
/// that 26 × 26 language names need no translation files.
pub fn language_name(language: LanguageCode, reader: LanguageCode) -> String {
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::js_sys::{Array, Function, Object, Reflect};
    let named = (|| {
        let intl = Reflect::get(&web_sys::js_sys::global(), &JsValue::from_str("Intl")).ok()?;
        let constructor: Function = Reflect::get(&intl, &JsValue::from_str("DisplayNames"))
            .ok()?
            .dyn_into()
            .ok()?;
        let options = Object::new();
        Reflect::set(&options, &"type".into(), &"language".into()).ok()?;
        let args = Array::of2(&JsValue::from_str(reader.as_str()), &options);
        let names = Reflect::construct(&constructor, &args).ok()?;
        let of: Function = Reflect::get(&names, &"of".into()).ok()?.dyn_into().ok()?;
        of.call1(&names, &JsValue::from_str(language.as_str()))
            .ok()?
            .as_string()
    })();
    named.unwrap_or_else(|| language.native_name().to_owned())
}

/// The badge tone of a state.
pub fn state_tone(state: RequestState) -> BadgeTone {
    match state {
        RequestState::Draft => BadgeTone::Neutral,
        RequestState::AwaitingAcceptance | RequestState::InfoRequested => BadgeTone::Warning,
        RequestState::Accepted | RequestState::Answered => BadgeTone::Info,
        RequestState::Closed => BadgeTone::Success,
        RequestState::Withdrawn => BadgeTone::Neutral,
    }
}

/// Whether machine translation is offered, for the free-text blocks of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CanTranslate(pub bool);

#[derive(Properties, PartialEq)]
pub struct FreeTextProps {
    pub text: LangText,
}

/// Free text with its language, marked up so the browser (and screen readers) know it, with
/// a machine translation on request when the server offers one.
#[function_component(FreeText)]
pub fn free_text(props: &FreeTextProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let can_translate = use_context::<CanTranslate>().unwrap_or_default().0;
    let translated = use_state(|| None::<String>);
    let text = &props.text;
    let foreign = text.language != i18n.language();
    let original = foreign.then(|| {
        t!(
            i18n,
            "request-original-language",
            language = language_name(text.language, i18n.language())
        )
    });
    let translate = {
        let (translated, i18n, text) = (translated.clone(), i18n.clone(), text.clone());
        let toasts = use_toasts();
        Callback::from(move |_| {
            let body = shared::dto::TranslateRequest {
                text: text.text.clone(),
                source: Some(text.language),
                target: i18n.language(),
            };
            let (translated, toasts, i18n) = (translated.clone(), toasts.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::translate(&body).await {
                    Ok(done) => translated.set(Some(done.text)),
                    Err(failure) => toasts.error(error_text(&i18n, &failure)),
                }
            });
        })
    };
    html! {
        <div class="free-text">
            <p lang={text.language.as_str()} class="free-text__body">{ &text.text }</p>
            if let Some(original) = original {
                <p class="free-text__language muted">{ original }</p>
            }
            if let Some(done) = &*translated {
                <p class="free-text__translation" lang={i18n.language().as_str()}>
                    <span class="muted">{ t!(i18n, "request-machine-translation") }{ " " }</span>{ done }
                </p>
            } else if foreign && can_translate {
                <button type="button" class="btn btn--ghost free-text__translate" onclick={translate}>{ t!(i18n, "request-translate") }</button>
            }
        </div>
    }
}

fn segments(i18n: &I18n, question: &RequestQuestionView) -> Html {
    segments_html(i18n, question.segments.clone())
}

/// A rendered question on screen: values highlighted without the template's brackets,
/// unfilled placeholders as their label in the reader's language.
pub fn segments_html(i18n: &I18n, segments: Vec<RenderedSegment>) -> Html {
    let registry = Registry::standard();
    html! {
        { for without_brackets(segments).into_iter().map(|segment| match segment {
            RenderedSegment::Text { text } => html! { { text } },
            RenderedSegment::Value { value, .. } => html! { <mark class="value">{ value }</mark> },
            RenderedSegment::Missing { name } => {
                let label = registry.get(name.as_str()).map_or_else(|| name.to_string(), |d| d.label(i18n.language()).to_owned());
                html! { <span class="preview__missing">{ label }</span> }
            }
        }) }
    }
}

#[derive(Properties, PartialEq)]
pub struct RequestPageProps {
    pub id: i32,
}

/// What the answer form holds for one question before it is saved.
#[derive(Debug, Clone, PartialEq, Default)]
struct AnswerDraft {
    /// `yes`, `no`, `unknown`, `date`, `text`, `document_attached`,
    /// `document_not_available` or an option key.
    choice: String,
    /// The date or free text typed.
    text: String,
    comment: String,
}

impl AnswerDraft {
    fn from_answer(answer: &AnswerInput) -> AnswerDraft {
        let (choice, text) = match &answer.value {
            AnswerValue::Date { date } => ("date".to_owned(), date.to_string()),
            AnswerValue::Text { text } => ("text".to_owned(), text.text.clone()),
            AnswerValue::Choice { option } => (option.clone(), String::new()),
            fixed => (
                fixed.fixed_key().unwrap_or("unknown").to_owned(),
                String::new(),
            ),
        };
        AnswerDraft {
            choice,
            text,
            comment: answer
                .comment
                .as_ref()
                .map(|c| c.text.clone())
                .unwrap_or_default(),
        }
    }

    fn to_answer(&self, question: QuestionId, language: LanguageCode) -> Option<AnswerInput> {
        let value = match self.choice.as_str() {
            "" => return None,
            "yes" => AnswerValue::Yes,
            "no" => AnswerValue::No,
            "unknown" => AnswerValue::Unknown,
            "document_attached" => AnswerValue::DocumentAttached,
            "document_not_available" => AnswerValue::DocumentNotAvailable,
            "date" => AnswerValue::Date {
                date: Date::parse(&self.text).ok()?,
            },
            "text" => AnswerValue::Text {
                text: LangText {
                    text: self.text.clone(),
                    language,
                },
            },
            option => AnswerValue::Choice {
                option: option.to_owned(),
            },
        };
        let comment = (!self.comment.trim().is_empty()).then(|| LangText {
            text: self.comment.clone(),
            language,
        });
        Some(AnswerInput {
            question,
            value,
            comment,
        })
    }
}

/// The choices of a question's answer: (key, label).
fn answer_choices(
    i18n: &I18n,
    texts: &BTreeMap<String, String>,
    question: &RequestQuestionView,
) -> Vec<(String, String)> {
    // The catalogue's pre-translated fixed parts first; the interface's words for the kinds
    // the catalogue has no text for (a date, a written answer).
    let fixed = |key: &str| {
        let label = texts
            .get(key)
            .cloned()
            .unwrap_or_else(|| i18n.dynamic(&format!("answer-{}", key.replace('_', "-")), &[]));
        (key.to_owned(), label)
    };
    let mut choices = match question.answer_type {
        AnswerType::YesNo => vec![fixed("yes"), fixed("no")],
        AnswerType::Date => vec![fixed("date")],
        AnswerType::FreeText => vec![fixed("text")],
        AnswerType::Document => vec![fixed("document_attached"), fixed("document_not_available")],
        AnswerType::Choice => question
            .options
            .iter()
            .map(|o| (o.key.clone(), o.label.clone()))
            .collect(),
    };
    choices.push(fixed("unknown"));
    choices
}

/// The question a refusal of the answers names: `answers[k]…` is the k-th answer `sent`,
/// `question.<id>` a question left unanswered.
fn answer_question(field: &str, sent: &[QuestionId]) -> Option<QuestionId> {
    if let Some(rest) = field.strip_prefix("answers[") {
        let index: usize = rest.split(']').next()?.parse().ok()?;
        return sent.get(index).copied();
    }
    let id = field.strip_prefix("question.")?.parse().ok()?;
    Some(QuestionId(id))
}

#[function_component(RequestPage)]
pub fn request_page(props: &RequestPageProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let toasts = use_toasts();
    let navigator = use_navigator();
    let view = use_state(|| None::<Result<RequestView, crate::api::ApiFailure>>);
    let reload = use_state(|| 0u32);
    let busy = use_state(|| false);
    let answers = use_state(BTreeMap::<QuestionId, AnswerDraft>::new);
    // The server's refusals of the answers, each at its question.
    let answer_errors = use_state(Vec::<(QuestionId, shared::error::FieldError)>::new);
    let note = use_state(String::new);
    let message = use_state(String::new);
    let propose_days = use_state(String::new);
    // Ratings start unchosen: a closing requester says what they think, not a default.
    let timeliness = use_state(|| None::<Rating>);
    let effort = use_state(|| None::<Rating>);
    // An irreversible action (delete, withdraw, close) asks once more before it runs.
    let confirming = use_state(|| None::<ActionKind>);
    let split = use_state(Vec::<QuestionId>::new);
    let handlers = use_state(Vec::<shared::request::UserRef>::new);
    let can_translate = use_state(|| CanTranslate(false));
    {
        let can_translate = can_translate.clone();
        use_effect_with((), move |()| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(status) = crate::api::translation_status().await {
                    can_translate.set(CanTranslate(status.available));
                }
            });
        });
    }
    let id = RequestId(props.id);
    {
        let handlers = handlers.clone();
        use_effect_with((), move |()| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(found) = crate::api::handlers().await {
                    handlers.set(found);
                }
            });
        });
    }

    {
        let (view, answers) = (view.clone(), answers.clone());
        use_effect_with((id, i18n.language(), *reload), move |(id, language, _)| {
            let (id, language) = (*id, *language);
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = crate::api::request(id, language).await;
                if let Ok(loaded) = &loaded {
                    answers.set(
                        loaded
                            .questions
                            .iter()
                            .filter_map(|q| {
                                Some((q.id, AnswerDraft::from_answer(q.answer.as_ref()?)))
                            })
                            .collect(),
                    );
                }
                view.set(Some(loaded));
            });
        });
    }

    let request = match &*view {
        None => return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> },
        Some(Err(failure)) => {
            return html! {
                <div class="page">
                    <h1 class="page__title" id="page-title">{ t!(i18n, "request-title-unknown") }</h1>
                    <p role="alert">{ error_text(&i18n, failure) }</p>
                </div>
            };
        }
        Some(Ok(request)) => request.clone(),
    };
    let language = i18n.language();

    // One way to run every action: send it, report, reload.
    let run = {
        let (busy, reload, toasts, i18n) =
            (busy.clone(), reload.clone(), toasts.clone(), i18n.clone());
        let (note, navigator) = (note.clone(), navigator.clone());
        let version = request.version;
        Callback::from(move |action: Action| {
            let kind = action.kind();
            let text = (*note).trim().to_owned();
            let body = ActionRequest {
                version,
                action,
                note: (!text.is_empty()).then(|| LangText {
                    text,
                    language: i18n.language(),
                }),
            };
            let (busy, reload, toasts, i18n, note, navigator) = (
                busy.clone(),
                reload.clone(),
                toasts.clone(),
                i18n.clone(),
                note.clone(),
                navigator.clone(),
            );
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::act(id, &body).await {
                    Ok(done) => {
                        toasts.info(i18n.dynamic(&format!("toast-{}", kind.message_id()), &[]));
                        note.set(String::new());
                        if done.state.is_none() {
                            if let Some(navigator) = &navigator {
                                navigator.push(&Route::Inbox);
                            }
                        } else {
                            reload.set(*reload + 1);
                        }
                    }
                    Err(failure) => {
                        toasts.error(error_text(&i18n, &failure));
                        reload.set(*reload + 1);
                    }
                }
                busy.set(false);
            });
        })
    };
    let action_button = |kind: ActionKind, action: Action, primary: bool| {
        let irreversible = matches!(
            kind,
            ActionKind::Delete | ActionKind::Withdraw | ActionKind::Close
        );
        let label = i18n.dynamic(&kind.message_id(), &[]);
        if irreversible && *confirming == Some(kind) {
            let confirm = {
                let (run, confirming) = (run.clone(), confirming.clone());
                Callback::from(move |_| {
                    confirming.set(None);
                    run.emit(action.clone())
                })
            };
            let cancel = {
                let confirming = confirming.clone();
                Callback::from(move |_| confirming.set(None))
            };
            return html! {
                <div class="confirm" role="alertdialog" aria-labelledby={format!("confirm-{}-text", kind.as_str())}>
                    <p id={format!("confirm-{}-text", kind.as_str())}>{ t!(i18n, "confirm-irreversible") }</p>
                    <div class="actions">
                        <Button id={Some(AttrValue::from(format!("action-{}-confirm", kind.as_str())))}
                            busy={*busy} onclick={confirm}>{ label }</Button>
                        <Button id={Some(AttrValue::from(format!("action-{}-cancel", kind.as_str())))}
                            kind={ButtonKind::Secondary} onclick={cancel}>{ t!(i18n, "form-cancel") }</Button>
                    </div>
                </div>
            };
        }
        let onclick = {
            let (run, confirming) = (run.clone(), confirming.clone());
            Callback::from(move |_| {
                if irreversible {
                    confirming.set(Some(kind));
                } else {
                    run.emit(action.clone())
                }
            })
        };
        html! {
            <Button id={Some(AttrValue::from(format!("action-{}", kind.as_str())))}
                kind={if primary { ButtonKind::Primary } else { ButtonKind::Secondary }}
                busy={*busy} {onclick}>
                { label }
            </Button>
        }
    };
    let allowed = |kind: ActionKind| request.actions.contains(&kind);

    let answering = request.may.save_answers;
    let save_answers = {
        let (answers, toasts, i18n, reload, busy, answer_errors) = (
            answers.clone(),
            toasts.clone(),
            i18n.clone(),
            reload.clone(),
            busy.clone(),
            answer_errors.clone(),
        );
        let version = request.version;
        Callback::from(move |then_send: bool| {
            let language = i18n.language();
            let body = AnswersUpdate {
                version,
                answers: answers
                    .iter()
                    .filter_map(|(question, draft)| draft.to_answer(*question, language))
                    .collect(),
            };
            let (toasts, i18n, reload, busy, answer_errors) = (
                toasts.clone(),
                i18n.clone(),
                reload.clone(),
                busy.clone(),
                answer_errors.clone(),
            );
            // A refusal names `answers[k]…` (the k-th answer sent) or `question.<id>` (one not
            // answered): each is shown at its question, in words.
            let sent: Vec<QuestionId> = body.answers.iter().map(|a| a.question).collect();
            let cleared = answer_errors.clone();
            let (toasts_refused, i18n_refused) = (toasts.clone(), i18n.clone());
            let refused = move |failure: &crate::api::ApiFailure| {
                let (toasts, i18n) = (&toasts_refused, &i18n_refused);
                let placed: Vec<(QuestionId, shared::error::FieldError)> = failure
                    .fields
                    .iter()
                    .filter_map(|error| {
                        answer_question(&error.field, &sent).map(|q| (q, error.clone()))
                    })
                    .collect();
                answer_errors.set(placed.clone());
                if placed.is_empty() {
                    toasts.error(error_text(i18n, failure));
                } else {
                    toasts.error(t!(i18n, "form-errors"));
                }
            };
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::save_answers(id, &body).await {
                    Ok(saved) if then_send => {
                        busy.set(false);
                        // The answer action must name the version the save produced.
                        let body = ActionRequest {
                            version: saved.version,
                            action: Action::Answer,
                            note: None,
                        };
                        match crate::api::act(id, &body).await {
                            Ok(_) => {
                                cleared.set(Vec::new());
                                toasts.info(t!(i18n, "toast-request-action-answer"));
                            }
                            Err(failure) => refused(&failure),
                        }
                        reload.set(*reload + 1);
                    }
                    Ok(_) => {
                        cleared.set(Vec::new());
                        toasts.info(t!(i18n, "toast-answers-saved"));
                        reload.set(*reload + 1);
                    }
                    Err(failure) => refused(&failure),
                }
                busy.set(false);
            });
        })
    };

    let question_items = request.questions.iter().enumerate().map(|(index, question)| {
        let draft = answers.get(&question.id).cloned().unwrap_or_default();
        // The server's refusals of this question's answer, said under its answer field.
        let refusals: Vec<&shared::error::FieldError> = answer_errors
            .iter()
            .filter(|(q, _)| *q == question.id)
            .map(|(_, error)| error)
            .collect();
        let refusals = (!refusals.is_empty()).then_some(refusals);
        let set = {
            let answers = answers.clone();
            let question = question.id;
            move |change: Box<dyn Fn(&mut AnswerDraft)>| {
                let mut all = (*answers).clone();
                change(all.entry(question).or_default());
                answers.set(all);
            }
        };
        let on_choice = {
            let set = set.clone();
            Callback::from(move |event: Event| {
                let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                let value = select.value();
                set(Box::new(move |d| d.choice = value.clone()));
            })
        };
        let on_text = {
            let set = set.clone();
            Callback::from(move |event: InputEvent| {
                let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                let value = input.value();
                set(Box::new(move |d| d.text = value.clone()));
            })
        };
        let on_date = {
            let set = set.clone();
            Callback::from(move |value: String| set(Box::new(move |d| d.text = value.clone())))
        };
        let on_comment = {
            Callback::from(move |event: InputEvent| {
                let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                let value = input.value();
                set(Box::new(move |d| d.comment = value.clone()));
            })
        };
        let on_split = {
            let (split, question) = (split.clone(), question.id);
            Callback::from(move |event: Event| {
                let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                let mut chosen = (*split).clone();
                chosen.retain(|q| *q != question);
                if input.checked() {
                    chosen.push(question);
                }
                split.set(chosen);
            })
        };
        html! {
            <li class="question" key={question.id.0} data-question={question.id.0.to_string()}>
                <p class="question__text">{ segments(&i18n, question) }</p>
                if let (Some(answer), Some(label)) = (&question.answer, &question.answer_label) {
                    if !answering {
                        <div class="answer">
                            <span class="answer__label">{ t!(i18n, "request-answer") }</span>
                            { match &answer.value {
                                AnswerValue::Date { date } => html! { <span class="answer__value">{ format::date(*date, language) }</span> },
                                AnswerValue::Text { text } => html! { <FreeText text={text.clone()} /> },
                                _ => html! { <span class="answer__value">{ label }</span> },
                            } }
                            if let Some(comment) = &answer.comment {
                                <span class="answer__label">{ t!(i18n, "request-answer-comment") }</span>
                                <FreeText text={comment.clone()} />
                            }
                        </div>
                    }
                }
                if answering {
                    <div class="answer-form">
                        <div class={classes!("field", refusals.is_some().then_some("field--invalid"))}>
                            <label class="field__label" for={format!("answer-{index}")}>{ t!(i18n, "request-answer") }</label>
                            <select class="field__input" id={format!("answer-{index}")} onchange={on_choice}
                                aria-invalid={refusals.is_some().to_string()}
                                aria-describedby={refusals.as_ref().map(|_| format!("answer-{index}-error"))}>
                                <option value="" selected={draft.choice.is_empty()}>{ t!(i18n, "request-answer-choose") }</option>
                                { for answer_choices(&i18n, &request.answer_texts, question).into_iter().map(|(key, label)| html! {
                                    <option value={key.clone()} selected={draft.choice == key}>{ label }</option>
                                }) }
                            </select>
                            if let Some(refusals) = &refusals {
                                <div class="field__error" id={format!("answer-{index}-error")}>
                                    { for refusals.iter().map(|error| html! {
                                        <p data-answer-error={error.code.as_str()}>{ crate::pages::field_error_text(&i18n, error) }</p>
                                    }) }
                                </div>
                            }
                        </div>
                        if draft.choice == "date" {
                            <DateField id={format!("answer-{index}-date")} label={t!(i18n, "request-answer-date")}
                                value={draft.text.clone()} oninput={on_date} />
                        } else if draft.choice == "text" {
                            <div class="field">
                                <label class="field__label" for={format!("answer-{index}-text")}>{ t!(i18n, "request-answer-text") }</label>
                                <input class="field__input" id={format!("answer-{index}-text")} value={draft.text.clone()} oninput={on_text} />
                            </div>
                        }
                        <div class="field">
                            <label class="field__label" for={format!("answer-{index}-comment")}>{ t!(i18n, "request-answer-comment") }</label>
                            <input class="field__input" id={format!("answer-{index}-comment")} value={draft.comment.clone()} oninput={on_comment} />
                        </div>
                    </div>
                }
                if allowed(ActionKind::SplitOff) {
                    <label class="check">
                        <input type="checkbox" checked={split.contains(&question.id)} onchange={on_split} />
                        { t!(i18n, "request-split-choose") }
                    </label>
                }
            </li>
        }
    });

    let party = |p: &shared::request::PartyView| {
        html! {
            <Link<Route> to={Route::Authority { id: p.id.0 }}>
                { crate::pages::party_text(&i18n, &p.name, p.country) }
            </Link<Route>>
        }
    };

    let note_field = |id: &str, label: String| {
        let oninput = {
            let note = note.clone();
            Callback::from(move |event: InputEvent| {
                let input: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
                note.set(input.value());
            })
        };
        html! {
            <div class="field">
                <label class="field__label" for={id.to_owned()}>{ label }</label>
                <textarea class="field__input field__input--multiline" id={id.to_owned()} rows="3"
                    value={(*note).clone()} {oninput} />
            </div>
        }
    };

    let exclude: Vec<i32> = [
        Some(request.requester.id.0),
        request.responder.as_ref().map(|r| r.id.0),
    ]
    .into_iter()
    .flatten()
    .collect();
    let forward_pick = {
        let run = run.clone();
        Callback::from(move |hit: shared::dto::AuthorityHit| {
            run.emit(Action::Forward {
                to: ForwardTarget::Authority(hit.id),
            });
        })
    };
    let split_pick = {
        let (run, split) = (run.clone(), split.clone());
        Callback::from(move |hit: shared::dto::AuthorityHit| {
            run.emit(Action::SplitOff {
                questions: (*split).clone(),
                to: AuthorityId(hit.id.0),
            });
        })
    };
    let accept_proposed = {
        let (run, days) = (run.clone(), propose_days.clone());
        Callback::from(move |_| {
            let days = days.trim().parse::<u16>().unwrap_or(0);
            run.emit(Action::Accept {
                deadline: AcceptDeadline::ProposeDays(days),
            });
        })
    };
    let on_days = {
        let days = propose_days.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            days.set(input.value());
        })
    };
    let rating_select = |id: &str, label: String, state: UseStateHandle<Option<Rating>>| {
        let onchange = {
            let state = state.clone();
            Callback::from(move |event: Event| {
                let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                state.set(Rating::parse(&select.value()));
            })
        };
        html! {
            <div class="field">
                <label class="field__label" for={id.to_owned()}>{ label }</label>
                <select class="field__input" id={id.to_owned()} required=true {onchange}>
                    <option value="" selected={state.is_none()} disabled=true>{ t!(i18n, "request-rating-choose") }</option>
                    { for Rating::ALL.iter().map(|r| html! {
                        <option value={r.as_str()} selected={*state == Some(*r)}>{ i18n.dynamic(&r.message_id(), &[]) }</option>
                    }) }
                </select>
            </div>
        }
    };
    let reuse = {
        let (navigator, draft) = (navigator.clone(), request.clone());
        Callback::from(move |_| {
            let copy = shared::request::DraftInput {
                area: draft.area,
                responder: draft.responder.as_ref().map(|r| r.id),
                subject: draft.subject.clone().unwrap_or_default(),
                questions: draft
                    .questions
                    .iter()
                    .map(|q| shared::request::DraftQuestion {
                        question: q.id,
                        values: q.values.clone(),
                    })
                    .collect(),
                comment: draft.comment.clone(),
                requested_date: None,
            };
            if let Some(json) = crate::api::to_json(&copy) {
                let _ = gloo::storage::SessionStorage::set(REUSE_KEY, json);
            }
            if let Some(navigator) = &navigator {
                navigator.push(&Route::NewRequest);
            }
        })
    };
    // What the reader may do is the server's to say (`shared::permissions::may`).
    let may = request.may;
    let on_assign = {
        let (toasts, i18n, reload, version) = (
            toasts.clone(),
            i18n.clone(),
            reload.clone(),
            request.version,
        );
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            let user = select.value().parse::<i32>().ok().map(shared::UserId);
            let (toasts, i18n, reload) = (toasts.clone(), i18n.clone(), reload.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::assign(id, &shared::request::AssignInput { version, user }).await
                {
                    Ok(_) => toasts.info(t!(i18n, "toast-assigned")),
                    Err(failure) => toasts.error(error_text(&i18n, &failure)),
                }
                reload.set(*reload + 1);
            });
        })
    };
    let send_message = {
        let (message, toasts, i18n, reload) = (
            message.clone(),
            toasts.clone(),
            i18n.clone(),
            reload.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = (*message).trim().to_owned();
            if text.is_empty() {
                return;
            }
            let body = MessageInput {
                text: LangText {
                    text,
                    language: i18n.language(),
                },
            };
            let (message, toasts, i18n, reload) = (
                message.clone(),
                toasts.clone(),
                i18n.clone(),
                reload.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::send_message(id, &body).await {
                    Ok(()) => {
                        message.set(String::new());
                        reload.set(*reload + 1);
                    }
                    Err(failure) => toasts.error(error_text(&i18n, &failure)),
                }
            });
        })
    };
    let on_message = {
        let message = message.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            message.set(input.value());
        })
    };

    html! {
        <ContextProvider<CanTranslate> context={*can_translate}>
        <div class="page request-page">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "request-title", number = request.number.clone()) }</h1>
                <div class="question__meta">
                    <span id="request-state"><Badge label={i18n.dynamic(&request.state.message_id(), &[])} tone={state_tone(request.state)} /></span>
                    <Badge label={i18n.dynamic(&area_message_id(request.area), &[])} tone={BadgeTone::Info} />
                    if request.overdue { <Badge label={t!(i18n, "request-overdue")} tone={BadgeTone::Danger} /> }
                </div>
            </div>
            <dl class="facts">
                <dt>{ t!(i18n, "request-from") }</dt><dd id="request-from">{ party(&request.requester) }</dd>
                if let Some(responder) = &request.responder {
                    <dt>{ t!(i18n, "request-to") }</dt><dd id="request-to">{ party(responder) }</dd>
                }
                <dt>{ t!(i18n, "request-created") }</dt><dd>{ format::date_time(&request.created_at, language) }</dd>
                if let Some(date) = request.requested_date {
                    <dt>{ t!(i18n, "request-requested-date") }</dt><dd id="request-requested-date">{ format::date(date, language) }</dd>
                }
                if let Some(date) = request.deadline {
                    <dt>{ t!(i18n, "request-deadline") }</dt><dd id="request-deadline">{ format::date(date, language) }</dd>
                }
            </dl>
            <section class="section" aria-labelledby="subject-title">
                <h2 class="section__title" id="subject-title">{ t!(i18n, "request-subject") }</h2>
                if let Some(subject) = &request.subject {
                    <dl class="facts" id="request-subject">
                        <dt>{ t!(i18n, "subject-name") }</dt><dd>{ &subject.name }</dd>
                        if !subject.identifier.is_empty() {
                            <dt>{ t!(i18n, "subject-identifier") }</dt><dd>{ &subject.identifier }</dd>
                        }
                        if let Some(birth) = subject.birth_date {
                            <dt>{ t!(i18n, "subject-birth-date") }</dt><dd>{ format::date(birth, language) }</dd>
                        }
                    </dl>
                } else if request.side == shared::lifecycle::Side::Coordinator {
                    <p class="muted" id="personal-data-hidden">{ t!(i18n, "request-personal-data-coordinator") }</p>
                } else {
                    <p class="muted" id="personal-data-hidden">{ t!(i18n, "request-personal-data-hidden") }</p>
                }
                if let Some(comment) = &request.comment {
                    <h3 class="section__subtitle">{ t!(i18n, "request-comment") }</h3>
                    <div id="request-comment"><FreeText text={comment.clone()} /></div>
                }
            </section>
            <section class="section" aria-labelledby="questions-title">
                <h2 class="section__title" id="questions-title">{ t!(i18n, "request-questions", count = request.questions.len()) }</h2>
                <ol class="question-list" id="request-questions">{ for question_items }</ol>
                if answering {
                    <div class="actions">
                        <Button id={Some(AttrValue::from("save-answers"))} kind={ButtonKind::Secondary} busy={*busy}
                            onclick={{ let save = save_answers.clone(); Callback::from(move |_| save.emit(false)) }}>
                            { t!(i18n, "request-save-answers") }
                        </Button>
                        <Button id={Some(AttrValue::from("send-answer"))} busy={*busy}
                            onclick={{ let save = save_answers.clone(); Callback::from(move |_| save.emit(true)) }}>
                            { t!(i18n, "request-send-answer") }
                        </Button>
                    </div>
                }
            </section>
            <section class="section" aria-labelledby="documents-title">
                <h2 class="section__title" id="documents-title">{ t!(i18n, "request-documents") }</h2>
                if request.attachments.is_empty() {
                    <p class="muted">{ t!(i18n, "request-no-documents") }</p>
                } else {
                    <ul class="documents" id="documents">
                        { for request.attachments.iter().map(|a| html! {
                            <li key={a.id}>
                                <a href={format!("/api/attachments/{}", a.id)} download={a.file_name.clone()}>{ &a.file_name }</a>
                                <span class="muted">{ t!(i18n, "request-document-size", size = format::number(a.size.div_ceil(1024), language)) }</span>
                            </li>
                        }) }
                    </ul>
                }
                if may.attach {
                    <Uploader request={id} questions={request.questions.iter().enumerate().map(|(i, q)| (q.id.0, t!(i18n, "upload-question-number", number = (i + 1).to_string()))).collect::<Vec<_>>()}
                        onuploaded={{ let reload = reload.clone(); Callback::from(move |()| reload.set(*reload + 1)) }}
                        onerror={{ let (toasts, i18n) = (toasts.clone(), i18n.clone()); Callback::from(move |failure| toasts.error(error_text(&i18n, &failure))) }} />
                }
            </section>
            <section class="section" aria-labelledby="actions-title">
                <h2 class="section__title" id="actions-title">{ t!(i18n, "request-actions") }</h2>
                <div class="actions">
                    if allowed(ActionKind::Edit) {
                        <Link<Route> to={Route::EditRequest { id: props.id }} classes="btn btn--primary">{ t!(i18n, "request-action-edit") }</Link<Route>>
                    }
                    if allowed(ActionKind::Send) { { action_button(ActionKind::Send, Action::Send, true) } }
                    if allowed(ActionKind::Delete) { { action_button(ActionKind::Delete, Action::Delete, false) } }
                    if allowed(ActionKind::Withdraw) { { action_button(ActionKind::Withdraw, Action::Withdraw, false) } }
                    if allowed(ActionKind::Accept) {
                        { action_button(ActionKind::Accept, Action::Accept { deadline: AcceptDeadline::AsRequested }, true) }
                    }
                </div>
                if allowed(ActionKind::Accept) {
                    <div class="inline-form">
                        <div class="field">
                            <label class="field__label" for="propose-days">{ t!(i18n, "request-propose-days") }</label>
                            <input class="field__input" id="propose-days" type="number" min="1" max="365" inputmode="numeric"
                                value={(*propose_days).clone()} oninput={on_days} />
                        </div>
                        <Button id={Some(AttrValue::from("accept-proposed"))} kind={ButtonKind::Secondary} busy={*busy} onclick={accept_proposed}>
                            { t!(i18n, "request-accept-proposed") }
                        </Button>
                    </div>
                }
                // Waiting for information: the question asked stands above the reply box.
                if let Some(asked) = (request.state == RequestState::InfoRequested).then(|| {
                    request.timeline.iter().rev().find(|e| e.kind == shared::request::EventKind::InfoRequested)
                }).flatten() {
                    <div class="info-asked" id="info-asked">
                        <h3 class="section__subtitle">{ t!(i18n, "request-info-asked", authority = asked.authority.name.clone()) }</h3>
                        if let Some(note) = &asked.note {
                            <FreeText text={note.clone()} />
                            if note.language != i18n.language() && !can_translate.0 {
                                <p class="muted" id="translation-unavailable">{ t!(i18n, "request-translation-unavailable") }</p>
                            }
                        } else if asked.note_hidden {
                            <p class="muted">{ t!(i18n, "request-note-hidden") }</p>
                        }
                    </div>
                }
                if allowed(ActionKind::RequestInfo) || allowed(ActionKind::ProvideInfo) || allowed(ActionKind::RequestClarification) {
                    <div class="inline-form">
                        { note_field("action-note", t!(i18n, "request-note")) }
                        <div class="actions">
                            if allowed(ActionKind::RequestInfo) { { action_button(ActionKind::RequestInfo, Action::RequestInfo, false) } }
                            if allowed(ActionKind::ProvideInfo) { { action_button(ActionKind::ProvideInfo, Action::ProvideInfo, true) } }
                            if allowed(ActionKind::RequestClarification) { { action_button(ActionKind::RequestClarification, Action::RequestClarification, false) } }
                        </div>
                    </div>
                }
                if allowed(ActionKind::Close) {
                    <div class="inline-form">
                        { rating_select("rating-timeliness", t!(i18n, "request-rating-timeliness"), timeliness.clone()) }
                        { rating_select("rating-effort", t!(i18n, "request-rating-effort"), effort.clone()) }
                        if let (Some(timeliness), Some(effort)) = (*timeliness, *effort) {
                            { action_button(ActionKind::Close, Action::Close { timeliness, effort }, true) }
                        } else {
                            <p class="muted" id="rating-needed">{ t!(i18n, "request-rating-needed") }</p>
                        }
                    </div>
                }
                if let Some(assignee) = &request.assigned_to {
                    <p id="assigned-to">{ t!(i18n, "request-assigned-to", name = assignee.name.clone()) }</p>
                }
                if may.assign {
                    <div class="inline-form">
                        <div class="field">
                            <label class="field__label" for="assign-user">{ t!(i18n, "request-assign-label") }</label>
                            <select class="field__input" id="assign-user" onchange={on_assign}>
                                <option value="" selected={request.assigned_to.is_none()}>{ t!(i18n, "request-unassigned") }</option>
                                { for handlers.iter().map(|h| html! {
                                    <option value={h.id.0.to_string()} selected={request.assigned_to.as_ref().is_some_and(|a| a.id == h.id)}>{ &h.name }</option>
                                }) }
                            </select>
                        </div>
                    </div>
                }
                if allowed(ActionKind::Forward) {
                    <details class="disclosure">
                        <summary>{ t!(i18n, "request-action-forward") }</summary>
                        <AuthorityPicker id="forward-search" area={request.area} onpick={forward_pick} exclude={exclude.clone()} />
                    </details>
                }
                if allowed(ActionKind::SplitOff) && !split.is_empty() && split.len() < request.questions.len() {
                    <details class="disclosure" open=true>
                        <summary>{ t!(i18n, "request-action-split-off") }</summary>
                        <AuthorityPicker id="split-search" area={request.area} onpick={split_pick} exclude={exclude} />
                    </details>
                }
                if may.reuse {
                    <Button id={Some(AttrValue::from("reuse"))} kind={ButtonKind::Ghost} onclick={reuse}>{ t!(i18n, "request-reuse") }</Button>
                }
            </section>
            <section class="section" aria-labelledby="timeline-title">
                <h2 class="section__title" id="timeline-title">{ t!(i18n, "request-timeline") }</h2>
                <ol class="timeline" id="timeline">
                    { for request.timeline.iter().map(|event| html! {
                        <li class="timeline__event" data-kind={event.kind.as_str()}>
                            <span class="timeline__what">{ i18n.dynamic(&event.kind.message_id(), &[]) }</span>
                            <span class="timeline__who">{ t!(i18n, "timeline-who", user = event.user.clone(), authority = crate::pages::party_text(&i18n, &event.authority.name, event.authority.country)) }</span>
                            <time class="timeline__when muted" datetime={event.at.clone()}>{ format::date_time(&event.at, language) }</time>
                            if let Some(other) = &event.other {
                                <span class="timeline__other">{ t!(i18n, "timeline-to", authority = other.name.clone()) }</span>
                            }
                            if let Some(split_to) = event.split_to {
                                <Link<Route> to={Route::Request { id: split_to.0 }}>{ t!(i18n, "timeline-split-to", id = split_to.0) }</Link<Route>>
                            }
                            if let Some(assignee) = &event.assignee {
                                <span class="timeline__other">{ t!(i18n, "request-assigned-to", name = assignee.clone()) }</span>
                            }
                            if let Some(note) = &event.note { <FreeText text={note.clone()} /> }
                            if event.note_hidden {
                                <span class="timeline__hidden muted">{ t!(i18n, "request-note-hidden") }</span>
                            }
                        </li>
                    }) }
                </ol>
                if may.message {
                    <form class="inline-form" onsubmit={send_message}>
                        <div class="field">
                            <label class="field__label" for="message">{ t!(i18n, "request-message") }</label>
                            <textarea class="field__input field__input--multiline" id="message" rows="2"
                                value={(*message).clone()} oninput={on_message} />
                        </div>
                        <Button id={Some(AttrValue::from("send-message"))} kind={ButtonKind::Secondary} submit=true>{ t!(i18n, "request-message-send") }</Button>
                    </form>
                }
            </section>
        </div>
        </ContextProvider<CanTranslate>>
    }
}
