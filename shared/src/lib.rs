//! The domain crate of the Internal Market Information System.
//!
//! Everything here is pure: no I/O, no database, no web framework. The same code is compiled
//! into the backend (native) and into the Yew SPA (wasm32), so a rule written once is enforced
//! while the official types and again before anything is stored.
#![warn(missing_docs)]

mod macros;

pub mod account;
pub mod alert;
pub mod catalogue;
pub mod codes;
pub mod country_names;
pub mod date;
pub mod dto;
pub mod error;
pub mod ids;
pub mod inspection;
pub mod lifecycle;
pub mod measure;
pub mod permissions;
pub mod personal;
pub mod placeholder;
pub mod query;
pub mod registry;
pub mod request;
pub mod retention;
pub mod search;
pub mod statistics;
pub mod taxonomy;
pub mod text;

pub use codes::{CountryCode, LanguageCode, LegislativeArea, Role};
pub use date::Date;
pub use dto::ApiError;
pub use error::ErrorCode;
pub use ids::{AuthorityId, QuestionId, RequestId, UserId};
