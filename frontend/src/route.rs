//! The SPA's addresses. The server answers each of them with `index.html`.

use yew_router::Routable;

/// Every page.
#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    /// The inbox, the home page after log-in.
    #[at("/")]
    Inbox,
    /// Writing and trying a question template with values.
    #[at("/tools/question-check")]
    QuestionCheck,
    /// The log-in page.
    #[at("/login")]
    Login,
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}
