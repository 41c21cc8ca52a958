//! The IMI single-page application.

mod api;
mod app;
mod components;
mod format;
mod i18n;
mod pages;
mod route;
mod session;

fn main() {
    // Placeholder values are normalised to NFC by the browser's own implementation, so that
    // the wasm need not carry Unicode's composition tables (the server has its own).
    shared::placeholder::set_nfc_normalizer(|text| {
        String::from(web_sys::js_sys::JsString::from(text).normalize("NFC"))
    });
    yew::Renderer::<app::App>::new().render();
}
