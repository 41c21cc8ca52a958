//! `wire_enum!`: a fieldless enum whose variants travel as fixed snake_case strings.
//!
//! The macro writes the enum, its `ALL` list and its `as_str` from one list of variants, so the
//! three can never disagree; serde uses the same strings.

/// Declares a `Copy` enum with `ALL`, `as_str`, `Display` and serde as the given strings.
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident = $wire:literal,
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        pub enum $name {
            $(
                $(#[$variant_meta])*
                #[serde(rename = $wire)]
                $variant,
            )+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The variant's wire name, as serde writes it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $wire,)+
                }
            }

            /// The variant with this wire name.
            pub fn parse(text: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|value| value.as_str() == text)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        // Written from the same list, not derived: the derive would document the Rust
        // variant names (`AwaitingAcceptance`) instead of the wire's (`awaiting_acceptance`).
        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::RefOr::T(utoipa::openapi::schema::Schema::Object(
                    utoipa::openapi::schema::ObjectBuilder::new()
                        .schema_type(utoipa::openapi::schema::Type::String)
                        .enum_values(Some([$($wire),+]))
                        .build(),
                ))
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for $name {}
    };
}

pub(crate) use wire_enum;

#[cfg(test)]
mod tests {
    wire_enum!(
        /// A test enum.
        pub enum Sample {
            /// First.
            OneTwo = "one_two",
            /// Second.
            Three = "three",
        }
    );

    #[test]
    fn strings_and_serde_agree() {
        assert_eq!(Sample::ALL, [Sample::OneTwo, Sample::Three]);
        for value in Sample::ALL {
            let json = serde_json::to_string(value).unwrap();
            assert_eq!(json, format!("\"{}\"", value.as_str()));
            assert_eq!(serde_json::from_str::<Sample>(&json).unwrap(), *value);
        }
        assert_eq!(Sample::OneTwo.to_string(), "one_two");
        assert_eq!(Sample::parse("three"), Some(Sample::Three));
        assert_eq!(Sample::parse("Three"), None);
    }
}
