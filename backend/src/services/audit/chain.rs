//! The audit log's hash chain: each line's hash covers the hash of the line before it and
//! the line's own canonical content, so that a line changed, removed or slipped in behind
//! the server's back breaks the chain from that line on.
//!
//! The canonical content is plain text an auditor can rebuild outside the system from an
//! export (`docs/ARCHITECTURE.md` gives the recipe):
//!
//! ```text
//! imi-audit-v1 \n id \n at \n user \n authority \n request \n action \n detail hash
//! ```
//!
//! `at` in RFC 3339 with microseconds and `Z`, an absent authority or request as an empty
//! field, and the detail by its SHA-256 (empty when there is none): the detail may one day be
//! erased with the personal data it names, and the chain still verifies from the hash it
//! keeps. A line's hash is the SHA-256 of the previous line's hash (64 zeros for the first),
//! a line feed, and its canonical content, as lower-case hex.

use chrono::{DateTime, SecondsFormat, SubsecRound, Utc};
use sha2::{Digest, Sha256};

use crate::datafiles::hex;

/// What the first line follows.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The fields of one line the chain covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'a> {
    pub id: i32,
    pub at: DateTime<Utc>,
    pub user_id: i32,
    pub authority_id: Option<i32>,
    pub request_id: Option<i32>,
    pub action: &'a str,
    pub detail_hash: &'a str,
}

/// The instant as the log keeps it: to the microsecond, which both engines store exactly.
pub fn instant(at: DateTime<Utc>) -> DateTime<Utc> {
    at.trunc_subsecs(6)
}

/// The instant as the canonical content and the export write it.
pub fn instant_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// The SHA-256 of a detail, or nothing for none.
pub fn detail_hash(detail: Option<&str>) -> String {
    detail.map_or_else(String::new, |detail| {
        let mut digest = Sha256::new();
        digest.update(detail.as_bytes());
        hex(digest)
    })
}

fn optional(id: Option<i32>) -> String {
    id.map_or_else(String::new, |id| id.to_string())
}

impl Line<'_> {
    /// The text the hash covers.
    pub fn canonical(&self) -> String {
        format!(
            "imi-audit-v1\n{}\n{}\n{}\n{}\n{}\n{}\n{}",
            self.id,
            instant_text(self.at),
            self.user_id,
            optional(self.authority_id),
            optional(self.request_id),
            self.action,
            self.detail_hash
        )
    }

    /// This line's hash after `previous`.
    pub fn hash_after(&self, previous: &str) -> String {
        let mut digest = Sha256::new();
        digest.update(previous.as_bytes());
        digest.update(b"\n");
        digest.update(self.canonical().as_bytes());
        hex(digest)
    }
}

/// The first link that does not hold.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Broken {
    /// The line's detail is not the one its hash was taken of.
    #[error("audit line {id}: its detail was changed")]
    Detail { id: i32 },
    /// The line does not name the line before it as its predecessor: one was removed,
    /// slipped in or reordered.
    #[error("audit line {id}: it does not follow the line before it")]
    Order { id: i32 },
    /// The line's content is not what its hash was taken of.
    #[error("audit line {id}: its content was changed")]
    Content { id: i32 },
}

/// Walks the lines in order, checking each link.
#[derive(Debug, Clone)]
pub struct Walk {
    previous: String,
    /// How many lines held so far.
    pub lines: u64,
}

impl Default for Walk {
    fn default() -> Walk {
        Walk {
            previous: GENESIS.to_owned(),
            lines: 0,
        }
    }
}

impl Walk {
    /// Checks the next line: its detail (when still there) against its detail hash, its
    /// predecessor, and its hash.
    pub fn next(
        &mut self,
        line: &Line<'_>,
        detail: Option<&str>,
        previous_hash: &str,
        hash: &str,
    ) -> Result<(), Broken> {
        if detail.is_some() && detail_hash(detail) != line.detail_hash {
            return Err(Broken::Detail { id: line.id });
        }
        if previous_hash != self.previous {
            return Err(Broken::Order { id: line.id });
        }
        if line.hash_after(previous_hash) != hash {
            return Err(Broken::Content { id: line.id });
        }
        hash.clone_into(&mut self.previous);
        self.lines += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(id: i32, action: &str, detail_hash: &str) -> Line<'static> {
        Line {
            id,
            at: DateTime::parse_from_rfc3339("2026-12-06T10:00:00.123456Z")
                .unwrap()
                .to_utc(),
            user_id: 7,
            authority_id: Some(3),
            request_id: None,
            action: action.to_owned().leak(),
            detail_hash: detail_hash.to_owned().leak(),
        }
    }

    #[test]
    fn the_canonical_form_is_the_documented_one() {
        let one = line(1, "view_personal_data", "");
        assert_eq!(
            one.canonical(),
            "imi-audit-v1\n1\n2026-12-06T10:00:00.123456Z\n7\n3\n\nview_personal_data\n"
        );
        // What `printf '<64 zeros>\n<canonical form>' | sha256sum` gives: an auditor
        // rebuilds it with no tool of ours.
        assert_eq!(
            one.hash_after(GENESIS),
            "e80dd2f8adce013c99b3cd2dab99f18c8da6bf5b2f7d6cd7ebeaa5d85b8c7b42"
        );
        assert_ne!(
            one.hash_after(GENESIS),
            line(1, "remind", "").hash_after(GENESIS)
        );
    }

    #[test]
    fn a_walk_names_the_first_broken_link() {
        let detail = detail_hash(Some("{\"name\":\"x\"}"));
        let lines = [line(1, "a", ""), line(2, "b", &detail), line(3, "c", "")];
        let mut hashes = Vec::new();
        let mut previous = GENESIS.to_owned();
        for one in &lines {
            let hash = one.hash_after(&previous);
            hashes.push((previous.clone(), hash.clone()));
            previous = hash;
        }
        let walk = |details: [Option<&str>; 3], lines: &[Line<'_>; 3]| {
            let mut walk = Walk::default();
            for ((one, detail), (previous, hash)) in lines.iter().zip(details).zip(&hashes) {
                walk.next(one, detail, previous, hash)?;
            }
            Ok::<u64, Broken>(walk.lines)
        };
        let kept = Some("{\"name\":\"x\"}");
        assert_eq!(walk([None, kept, None], &lines), Ok(3));
        // An erased detail still verifies from its hash.
        assert_eq!(walk([None, None, None], &lines), Ok(3));
        assert_eq!(
            walk([None, Some("{\"name\":\"y\"}"), None], &lines),
            Err(Broken::Detail { id: 2 })
        );
        let mut changed = lines.clone();
        changed[1].action = "z";
        assert_eq!(
            walk([None, kept, None], &changed),
            Err(Broken::Content { id: 2 })
        );
        // A line removed: the next no longer follows.
        let mut walk_without = Walk::default();
        walk_without
            .next(&lines[0], None, &hashes[0].0, &hashes[0].1)
            .unwrap();
        assert_eq!(
            walk_without.next(&lines[2], None, &hashes[2].0, &hashes[2].1),
            Err(Broken::Order { id: 3 })
        );
    }
}
