//! The interface's Fluent messages on the server, for what the server writes itself: e-mails
//! in each recipient's language. The same `locales/` files as the SPA, so a message is
//! translated once.

use anyhow::Context;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use shared::LanguageCode;
use std::collections::BTreeMap;
use std::path::Path;

/// A value for a message's variable. Numbers stay numbers, so that a message can choose the
/// plural form its language needs for them (`{ $days -> [one] … *[other] … }`); passed as
/// text, a number would only ever select the default variant.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text, put in as it is.
    Text(String),
    /// A whole number, formatted and matched against plural categories by Fluent.
    Number(i64),
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<i64> for Arg {
    fn from(number: i64) -> Arg {
        Arg::Number(number)
    }
}

/// Every language's messages.
pub struct Messages {
    bundles: BTreeMap<LanguageCode, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("languages", &self.bundles.len())
            .finish()
    }
}

impl Messages {
    /// Reads `<dir>/<language>/main.ftl` for every language of the system.
    pub fn load(dir: &Path) -> anyhow::Result<Messages> {
        let mut bundles = BTreeMap::new();
        for language in LanguageCode::all() {
            let path = dir.join(language.as_str()).join("main.ftl");
            let source = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            let resource = FluentResource::try_new(source)
                .map_err(|(_, errors)| anyhow::anyhow!("{}: {errors:?}", path.display()))?;
            let id: unic_langid::LanguageIdentifier = language
                .as_str()
                .parse()
                .with_context(|| format!("language {language}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // E-mails are plain text: no Unicode isolation marks around values.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|errors| anyhow::anyhow!("{}: {errors:?}", path.display()))?;
            bundles.insert(language, bundle);
        }
        Ok(Messages { bundles })
    }

    /// The message `id` in `language` (English when that language lacks it), with `args`.
    pub fn text(&self, language: LanguageCode, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Number(number) => FluentValue::from(*number),
            };
            fluent_args.set(*name, value);
        }
        for bundle in [
            self.bundles.get(&language),
            self.bundles.get(&LanguageCode::ENGLISH),
        ]
        .into_iter()
        .flatten()
        {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The invitation's days reach Fluent as a number, so each language's plural is chosen:
    /// passed as text, every locale said "14 days" even for one.
    #[test]
    fn numbers_choose_the_plural_form() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        let messages = Messages::load(&dir).expect("the locales");
        let body = |language: &str, days: i64| {
            messages.text(
                LanguageCode::parse(language).unwrap(),
                "email-invitation-body",
                &[
                    ("name", "Anna".into()),
                    ("inviter", "Jānis".into()),
                    ("authority", "VI".into()),
                    ("link", "https://imi.example/invitation/x".into()),
                    ("days", days.into()),
                ],
            )
        };
        assert!(body("en", 1).contains("one day"), "{}", body("en", 1));
        assert!(body("en", 14).contains("14 days"), "{}", body("en", 14));
        // Latvian: 1 takes the singular accusative, 14 the plural.
        assert_ne!(
            body("lv", 1).replace('1', ""),
            body("lv", 14).replace("14", "")
        );
        // Polish: 2 ("dni") and 5 ("dni") against 1 ("dzień").
        assert_ne!(
            body("pl", 1).replace('1', ""),
            body("pl", 5).replace('5', "")
        );
    }
}
