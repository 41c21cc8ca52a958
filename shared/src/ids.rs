//! Typed identifiers, so an authority's id can never be passed where a user's is expected.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(transparent)]
        pub struct $name(pub i32);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// The id of a competent authority in the registry.
    AuthorityId
);
id_type!(
    /// The id of a user account.
    UserId
);
id_type!(
    /// The id of an information request.
    RequestId
);
id_type!(
    /// The id of a pre-translated question in the catalogue.
    QuestionId
);
