//! The IMI single-page application, built as two wasm modules from this library: the app
//! (`src/main.rs`: shell, log-in, overview, search, profiles, catalogue) and the request,
//! registry and statistics pages (`src/bin/pages.rs`), which the app loads the first time one
//! is opened (`lazy.rs`), so that the first download stays small.

mod api;
mod app;
mod components;
mod early;
mod format;
mod hooks;
mod i18n;
mod labels;
mod lazy;
mod offline;
mod pages;
pub mod pages_app;
mod queue;
mod route;
mod session;

/// Placeholder values are normalised to NFC by the browser's own implementation, so that the
/// wasm need not carry Unicode's composition tables (the server has its own).
pub fn use_browser_normalizer() {
    shared::placeholder::set_nfc_normalizer(|text| {
        String::from(web_sys::js_sys::JsString::from(text).normalize("NFC"))
    });
}

/// Starts the app in `<div id="app">`.
pub fn start() {
    use_browser_normalizer();
    lazy::bridge_history();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has <div id=\"app\">");
    yew::Renderer::<app::App>::with_root(root).render();
}
