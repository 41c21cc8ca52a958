//! The IMI single-page application.

mod api;
mod app;
mod components;
mod i18n;
mod pages;
mod route;
mod session;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
