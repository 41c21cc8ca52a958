//! Domain operations over the database. Handlers parse and authorise, then call these.

pub mod accounts;
pub mod alerts;
pub mod attachments;
pub mod audit;
pub mod data_subjects;
pub mod lease;
pub mod maintenance;
pub mod notifications;
pub mod registry;
pub mod requests;
pub mod retention;
pub mod second_factor;
pub mod sessions;
pub mod statistics;
