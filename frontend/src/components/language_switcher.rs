use shared::LanguageCode;
use yew::prelude::*;

use crate::i18n::{I18n, ui_languages};
use crate::session::Session;
use crate::t;

/// A select listing every interface language by its own name; changing it re-renders the app
/// in that language at once.
#[function_component(LanguageSwitcher)]
pub fn language_switcher() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let onchange = {
        let set_language = session.set_language.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Ok(code) = LanguageCode::parse(&select.value()) {
                set_language.emit(code);
            }
        })
    };
    let current = i18n.language();
    html! {
        <div class="language-switcher">
            <label class="language-switcher__label" for="language">{ t!(i18n, "language-label") }</label>
            <select id="language" class="language-switcher__select" {onchange}>
                { for ui_languages().map(|code| html! {
                    <option value={code.as_str()} lang={code.as_str()} selected={code == current}>
                        { code.native_name() }
                    </option>
                }) }
            </select>
        </div>
    }
}

/// Puts the switcher back on `language`, after a choice that could not be loaded (offline):
/// the page did not change, so neither does what the switcher says.
pub fn show_language(language: LanguageCode) {
    use wasm_bindgen::JsCast;
    if let Some(select) = gloo::utils::document()
        .get_element_by_id("language")
        .and_then(|element| element.dyn_into::<web_sys::HtmlSelectElement>().ok())
    {
        select.set_value(language.as_str());
    }
}
