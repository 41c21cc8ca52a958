//! The app's entry point; see the library for what it holds.

fn main() {
    imi_frontend::start();
}
