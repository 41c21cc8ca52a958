//! The SPA's addresses. The server answers each of them with `index.html`.

use yew_router::Routable;

/// Every page.
#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    /// The inbox, the home page after log-in.
    #[at("/")]
    Inbox,
    /// Finding an authority.
    #[at("/authorities")]
    Authorities,
    /// An authority's profile.
    #[at("/authorities/:id")]
    Authority {
        /// The authority's id.
        id: i32,
    },
    /// The question catalogue.
    #[at("/catalogue")]
    Catalogue,
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
