//! The second wasm module: the composer, registry, alert and statistics pages, loaded by the
//! app the first time one of them is opened (see `lazy.rs`). Its exports are what the app
//! calls.

use wasm_bindgen::prelude::*;

/// Shows the page of the current address in `root`, in `language` (messages from `ftl`), for
/// the user described by `me` (JSON of `GET /api/me`); again with new values to update it.
#[wasm_bindgen]
pub fn show(root: web_sys::Element, language: String, ftl: String, me: String) {
    imi_frontend::pages_app::show(root, &language, &ftl, &me);
}

/// Empties the pages' root: the app is showing one of its own pages.
#[wasm_bindgen]
pub fn hide() {
    imi_frontend::pages_app::hide();
}

fn main() {
    imi_frontend::use_browser_normalizer();
}
