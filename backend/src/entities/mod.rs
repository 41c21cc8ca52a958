//! SeaORM entities. They never leave the backend: handlers convert them into `shared` DTOs.

pub mod authority;
pub mod authority_area;
pub mod login_throttle;
pub mod session;
pub mod user;
pub mod user_role;
