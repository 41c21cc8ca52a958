//! Free text as written by an official, in the language it was written in: marked with that
//! language for the browser and screen readers, with a machine translation on request.

use shared::request::LangText;
use yew::prelude::*;

use crate::components::use_toasts;
use crate::i18n::I18n;
use crate::labels::{error_text, language_name};
use crate::t;

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
