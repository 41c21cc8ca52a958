//! SeaORM entities. They never leave the backend: handlers convert them into `shared` DTOs.

pub mod attachment;
pub mod audit_log;
pub mod authority;
pub mod authority_area;
pub mod authority_competence;
pub mod authority_name;
pub mod blob_deletion;
pub mod catalogue_meta;
pub mod catalogue_question;
pub mod catalogue_text;
pub mod catalogue_topic;
pub mod job_lease;
pub mod login_attempt;
pub mod notification;
pub mod outbox;
pub mod recovery_code;
pub mod registry_meta;
pub mod request;
pub mod request_event;
pub mod request_question;
pub mod retention_run;
pub mod retention_run_request;
pub mod session;
pub mod statistics_snapshot;
pub mod user;
pub mod user_role;
