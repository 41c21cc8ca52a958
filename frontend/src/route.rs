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
    /// The users of an authority, for its administrators.
    #[at("/authorities/:id/users")]
    Users {
        /// The authority's id.
        id: i32,
    },
    /// Registry administration: registering and importing authorities.
    #[at("/registry")]
    Registry,
    /// Registering a new authority.
    #[at("/registry/new")]
    NewAuthority,
    /// Editing an authority.
    #[at("/registry/:id/edit")]
    EditAuthority {
        /// The authority's id.
        id: i32,
    },
    /// Accepting an invitation (no session needed).
    #[at("/invitation/:token")]
    Invitation {
        /// The token from the e-mailed link.
        token: String,
    },
    /// Composing a new request.
    #[at("/requests/new")]
    NewRequest,
    /// A request: read it, act on it, or go on composing a draft.
    #[at("/requests/:id")]
    Request {
        /// The request's id.
        id: i32,
    },
    /// Going on composing a draft.
    #[at("/requests/:id/edit")]
    EditRequest {
        /// The draft's id.
        id: i32,
    },
    /// The alerts of the user's authority and country, by box (`?box=`).
    #[at("/alerts")]
    Alerts,
    /// Composing a new alert.
    #[at("/alerts/new")]
    NewAlert,
    /// "May this professional practise?": the qualification alerts in force, by name.
    #[at("/alerts/check")]
    AlertCheck,
    /// An alert: read it, act on it.
    #[at("/alerts/:id")]
    Alert {
        /// The alert's id.
        id: i32,
    },
    /// Going on with an alert's draft, or modifying a sent alert.
    #[at("/alerts/:id/edit")]
    EditAlert {
        /// The alert's id.
        id: i32,
    },
    /// The coordinator's desk: quiet requests of the country.
    #[at("/coordination")]
    Coordination,
    /// Statistics: volumes, speed and satisfaction of the requests the user may see.
    #[at("/statistics")]
    Statistics,
    /// The local data administrator's answers to data subjects.
    #[at("/data-subjects")]
    DataSubjects,
    /// The question catalogue.
    #[at("/catalogue")]
    Catalogue,
    /// Writing and trying a question template with values.
    #[at("/tools/question-check")]
    QuestionCheck,
    /// The user's own account: two-step log-in, sessions, password.
    #[at("/account")]
    Account,
    /// The log-in page.
    #[at("/login")]
    Login,
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// Whether the pages module shows this page (`lazy.rs`); the app shows the others.
    pub fn is_lazy(&self) -> bool {
        matches!(
            self,
            Route::NewRequest
                | Route::EditRequest { .. }
                | Route::Coordination
                | Route::Registry
                | Route::NewAuthority
                | Route::EditAuthority { .. }
                | Route::Users { .. }
                | Route::Account
                | Route::Statistics
                | Route::DataSubjects
                | Route::Alerts
                | Route::NewAlert
                | Route::AlertCheck
                | Route::Alert { .. }
                | Route::EditAlert { .. }
        )
    }

    /// Whether the Commission's staff have this page: they handle no request and belong
    /// to no authority, so they have their statistics, the alerts of the kinds that send
    /// them a copy, and their own account, nothing else.
    pub fn open_to_commission(&self) -> bool {
        matches!(
            self,
            Route::Statistics
                | Route::Alerts
                | Route::Alert { .. }
                | Route::Account
                | Route::Invitation { .. }
                | Route::NotFound
        )
    }

    /// Where a user starts: the inbox for an authority's officials, the statistics for the
    /// Commission's staff.
    pub fn home(me: &shared::dto::Me) -> Route {
        if me.authority().is_some() {
            Route::Inbox
        } else {
            Route::Statistics
        }
    }
}
