//! The interface's Fluent messages on the server, for what the server writes itself: e-mails
//! in each recipient's language. The same `locales/` files as the SPA, so a message is
//! translated once.

use anyhow::Context;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use shared::LanguageCode;
use std::collections::BTreeMap;
use std::path::Path;

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
    pub fn text(&self, language: LanguageCode, id: &str, args: &[(&str, String)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
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
