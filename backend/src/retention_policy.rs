//! Reads the retention policy (`policy/retention.toml`) at start-up into
//! `shared::retention::RetentionPolicy`, whose rules it checks. A policy the law does not
//! allow stops the start with the file and the line at fault.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, anyhow};
use serde::Deserialize;
use shared::LegislativeArea;
use shared::retention::{DEFAULT_DRAFT_MONTHS, Periods, PolicyError, RetentionPolicy};
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    default: Option<Spanned<RawPeriods>>,
    drafts: Option<Spanned<Drafts>>,
    #[serde(default)]
    areas: BTreeMap<Spanned<String>, Spanned<RawPeriods>>,
}

/// An area's periods; one left out is the default's.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriods {
    block_after_months: Option<u16>,
    delete_after_months: Option<u16>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Drafts {
    delete_untouched_after_months: u16,
}

impl RawPeriods {
    fn over(&self, base: Periods) -> Periods {
        Periods {
            block_after_months: self.block_after_months.unwrap_or(base.block_after_months),
            delete_after_months: self.delete_after_months.unwrap_or(base.delete_after_months),
        }
    }
}

/// Reads and checks the policy at `path`.
pub fn read(path: &Path) -> anyhow::Result<RetentionPolicy> {
    let source = std::fs::read_to_string(path)
        .with_context(|| format!("reading the retention policy {}", path.display()))?;
    parse(&source).map_err(|(line, message)| anyhow!("{}:{line}: {message}", path.display()))
}

/// The policy in `source`, or the line at fault and what is wrong there.
pub fn parse(source: &str) -> Result<RetentionPolicy, (usize, String)> {
    let line_of = |at: usize| source[..at.min(source.len())].matches('\n').count() + 1;
    let file: File = toml::from_str(source).map_err(|err| {
        let line = err.span().map_or(1, |span| line_of(span.start));
        (line, err.message().to_owned())
    })?;
    let at_fault =
        |span: std::ops::Range<usize>, err: PolicyError| (line_of(span.start), err.to_string());
    let default = match &file.default {
        Some(raw) => raw
            .get_ref()
            .over(Periods::default())
            .check()
            .map_err(|err| at_fault(raw.span(), err))?,
        None => Periods::default(),
    };
    let mut areas = BTreeMap::new();
    for (name, raw) in &file.areas {
        let area = LegislativeArea::parse(name.get_ref()).map_err(|_| {
            at_fault(
                name.span(),
                PolicyError::UnknownArea(name.get_ref().clone()),
            )
        })?;
        let periods = raw
            .get_ref()
            .over(default)
            .check()
            .map_err(|err| at_fault(raw.span(), err))?;
        areas.insert(area, periods);
    }
    let draft_months = file.drafts.as_ref().map_or(DEFAULT_DRAFT_MONTHS, |d| {
        d.get_ref().delete_untouched_after_months
    });
    RetentionPolicy::new(default, areas, draft_months).map_err(|err| {
        let span = file.drafts.as_ref().map_or(0..0, Spanned::span);
        at_fault(span, err)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_policy_is_the_laws_default() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../policy/retention.toml");
        let policy = read(&path).unwrap();
        assert_eq!(policy, RetentionPolicy::default());
    }

    #[test]
    fn a_policy_the_law_does_not_allow_names_its_line() {
        let refused = |source: &str| parse(source).unwrap_err();
        assert_eq!(
            refused(
                "[default]\nblock_after_months = 6\n\n[areas.fishing]\nblock_after_months = 12\n"
            ),
            (4, "unknown legislative area `fishing`".to_owned())
        );
        let (line, message) = refused(
            "[default]\nblock_after_months = 6\n[areas.services]\nblock_after_months = 24\n",
        );
        assert_eq!(line, 3);
        assert!(
            message.contains("24 months") && message.contains("18"),
            "{message}"
        );
        let (line, message) =
            refused("# the law\n[default]\nblock_after_months = 12\ndelete_after_months = 6\n");
        assert_eq!(line, 2);
        assert!(message.contains("deleted after 6 months"), "{message}");
        let (line, message) = refused("[default]\nblock_after_months = 6\nkeep_forever = true\n");
        assert_eq!(line, 3);
        assert!(message.contains("keep_forever"), "{message}");
        let (line, _) = refused("[drafts]\ndelete_untouched_after_months = 0\n");
        assert_eq!(line, 1);
        let (line, _) = refused("[default]\nblock_after_months = \"six\"\n");
        assert_eq!(line, 2);
    }

    #[test]
    fn an_area_keeps_its_data_visible_longer_within_the_law() {
        let policy = parse("[areas.services]\nblock_after_months = 18\n").unwrap();
        let services = LegislativeArea::parse("services").unwrap();
        assert_eq!(policy.periods(services).block_after_months, 18);
        assert_eq!(policy.periods(services).delete_after_months, 36);
    }
}
