//! Translations: Fluent files from `locales/`, each language fetched only when chosen, so the
//! first load carries one locale. English is fetched like the others rather than compiled in:
//! the locale tests guarantee every locale has every message, so no fallback is needed, and a
//! Latvian user does not download English too.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use shared::LanguageCode;
use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;
use unic_langid::LanguageIdentifier;

/// The languages the interface is translated into, in the switcher's order: every language
/// of the system (`tests/tests/locales.rs` fails when one lacks its `locales/` folder).
pub fn ui_languages() -> impl Iterator<Item = LanguageCode> {
    LanguageCode::all()
}

const STORAGE_KEY: &str = "imi.language";

/// Looks up a message in the current language, with the message id checked at compile time
/// against `locales/en/main.ftl`.
#[macro_export]
macro_rules! t {
    ($i18n:expr, $id:literal) => {
        i18n_embed_fl::fl!($i18n.loader(), $id)
    };
    ($i18n:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($i18n.loader(), $id, $($args)*)
    };
}

/// Fluent sources held in memory, keyed like files: `lv/main.ftl`.
struct MemoryAssets(HashMap<String, String>);

impl I18nAssets for MemoryAssets {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        self.0
            .get(file_path)
            .map(|text| Cow::Borrowed(text.as_bytes()))
            .into_iter()
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(self.0.keys().cloned())
    }
}

/// The current language and its loaded messages. Components read it from a context; a new
/// value (after switching) re-renders everything in the new language without a reload.
#[derive(Clone)]
pub struct I18n {
    language: LanguageCode,
    loader: Rc<FluentLanguageLoader>,
    /// The Fluent source, handed to the pages module (`lazy.rs`) so it need not fetch it.
    source: Rc<str>,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language && Rc::ptr_eq(&self.loader, &other.loader)
    }
}

impl I18n {
    /// No messages yet: what the page shows while the first locale is fetched.
    pub fn none() -> I18n {
        I18n::build(LanguageCode::ENGLISH, None)
    }

    /// The messages of `language` from its Fluent source.
    pub fn from_source(language: LanguageCode, source: &str) -> I18n {
        I18n::build(language, Some(source.to_owned()))
    }

    fn build(language: LanguageCode, source: Option<String>) -> I18n {
        let id: LanguageIdentifier = language
            .as_str()
            .parse()
            .unwrap_or_else(|_| LanguageIdentifier::default());
        let loader = FluentLanguageLoader::new("main", id.clone());
        let text: Rc<str> = Rc::from(source.as_deref().unwrap_or_default());
        if let Some(source) = source {
            let files = HashMap::from([(format!("{}/main.ftl", language.as_str()), source)]);
            if let Err(err) = loader.load_languages(&MemoryAssets(files), &[id]) {
                gloo::console::error!(format!("loading translations: {err}"));
            }
        }
        // Isolation marks around variables help right-to-left scripts, which none of the
        // 26 languages uses; without them, text stays exactly what translators wrote. Set
        // after loading, which makes new bundles.
        loader.set_use_isolating(false);
        I18n {
            language,
            loader: Rc::new(loader),
            source: text,
        }
    }

    /// The Fluent source the messages came from.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Whether messages are loaded (false only before the first locale arrives).
    pub fn is_loaded(&self) -> bool {
        self.loader.has("app-name")
    }

    /// The language shown.
    pub fn language(&self) -> LanguageCode {
        self.language
    }

    /// The Fluent loader, for `t!`.
    pub fn loader(&self) -> &FluentLanguageLoader {
        &self.loader
    }

    /// A message whose id is known only at run time (error codes); missing ids are caught by
    /// the locale tests rather than by the compiler.
    pub fn dynamic(&self, id: &str, args: &[(&str, String)]) -> String {
        if args.is_empty() {
            self.loader.get(id)
        } else {
            // Numbers are passed to Fluent as numbers so that plural rules apply.
            let args: HashMap<&str, fluent::FluentValue<'_>> = args
                .iter()
                .map(|(name, text)| {
                    let value = match text.parse::<f64>() {
                        Ok(number) => fluent::FluentValue::from(number),
                        Err(_) => fluent::FluentValue::from(text.as_str()),
                    };
                    (*name, value)
                })
                .collect();
            self.loader.get_args(id, args)
        }
    }
}

/// Fetches a language's messages; English when that fails, and no messages (the ids show)
/// only when the server cannot be reached at all.
pub async fn load(language: LanguageCode) -> I18n {
    for language in [language, LanguageCode::ENGLISH] {
        if let Some(source) = fetch(language).await {
            return I18n::build(language, Some(source));
        }
    }
    I18n::none()
}

/// Where a language's messages are served (and kept offline, `offline.rs`).
pub fn locale_path(language: LanguageCode) -> String {
    format!("/locales/{}/main.ftl", language.as_str())
}

async fn fetch(language: LanguageCode) -> Option<String> {
    let url = locale_path(language);
    if let Some((status, text)) = crate::early::take(&url).await {
        return (200..300).contains(&status).then_some(text);
    }
    let response = gloo::net::http::Request::get(&url).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.text().await.ok()
}

/// Whether the interface is translated into `language`.
pub fn is_available(language: LanguageCode) -> bool {
    ui_languages().any(|code| code == language)
}

/// The language remembered in this browser, if any.
pub fn stored_choice() -> Option<LanguageCode> {
    use gloo::storage::Storage;
    gloo::storage::LocalStorage::get::<String>(STORAGE_KEY)
        .ok()
        .and_then(|code| LanguageCode::parse(&code).ok())
        .filter(|code| is_available(*code))
}

/// Remembers the choice in this browser.
pub fn store_choice(language: LanguageCode) {
    use gloo::storage::Storage;
    let _ = gloo::storage::LocalStorage::set(STORAGE_KEY, language.as_str());
}

/// The first of the browser's preferred languages that the interface supports.
pub fn browser_language() -> LanguageCode {
    let navigator = gloo::utils::window().navigator();
    navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .chain(navigator.language())
        .filter_map(|tag| LanguageCode::from_bcp47(&tag))
        .find(|code| is_available(*code))
        .unwrap_or(LanguageCode::ENGLISH)
}

/// Sets `<html lang>` so screen readers and hyphenation follow the interface language.
pub fn set_document_language(language: LanguageCode) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", language.as_str());
    }
}
