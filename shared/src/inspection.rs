//! Requests for checks and inspections on site (Services Directive art. 29 and 31, Posting of
//! Workers Directive): the requesting authority asks another to inspect a provider's premises,
//! equipment or site. The responder's inspector answers the checklist (the request's
//! questions, pre-translated like any other) on site, attaches photos, and records an
//! [`InspectionReport`]: when and where the inspection took place, and the signatures of
//! those present. The requester reads it in their own language: the checklist and the roles
//! are pre-translated, the place and names are as written.

use serde::{Deserialize, Serialize};

use crate::Date;
use crate::error::{FieldCode, FieldError};
use crate::macros::wire_enum;
use crate::placeholder::Completeness;
use crate::text::TextKind;

wire_enum!(
    /// What a request asks for.
    #[derive(Default)]
    pub enum RequestKind {
        /// Answers to questions, from the responder's records (the default).
        #[default]
        Information = "information",
        /// An inspection on site, reported with findings, photos and signatures.
        Inspection = "inspection",
    }
);

impl RequestKind {
    /// The Fluent message id of the kind's name, e.g. `request-kind-inspection`.
    pub fn message_id(self) -> String {
        format!("request-kind-{}", self.as_str())
    }
}

wire_enum!(
    /// In what capacity a person present at an inspection signs its report.
    pub enum SignerRole {
        /// The official who inspected.
        Inspector = "inspector",
        /// The person who represents the inspected provider or employer on site.
        ProviderRepresentative = "provider_representative",
        /// A worker of the inspected provider (a posted worker, say).
        Worker = "worker",
        /// Anyone else present who witnessed the inspection.
        Witness = "witness",
    }
);

impl SignerRole {
    /// The Fluent message id of the role's name, e.g. `signer-role-witness`.
    pub fn message_id(self) -> String {
        format!("signer-role-{}", self.as_str().replace('_', "-"))
    }
}

/// The signature pad's width in the units of a signature's points (a 3:1 box: the shape
/// of a signature line, wide enough for a thumb on a tablet held in one hand).
pub const PAD_WIDTH: u16 = 600;
/// The signature pad's height in the same units.
pub const PAD_HEIGHT: u16 = 200;
/// The most points one signature holds: far more than any hand draws, few enough that a
/// report with every signature stays a small document.
pub const MAX_POINTS: usize = 2000;
/// The most signatures on one report.
pub const MAX_SIGNATURES: usize = 12;
/// The longest place, in characters: an address with the site's description.
pub const MAX_PLACE_CHARS: usize = 300;
/// The longest signer's name, in characters.
pub const MAX_NAME_CHARS: usize = 120;

/// A handwritten signature as drawn on the pad: strokes (pen down to pen up), each of at least
/// one point, every point within the pad (`0..=PAD_WIDTH`, `0..=PAD_HEIGHT`), at most
/// [`MAX_POINTS`] in all. Only [`Strokes::new`] makes one, so a value of this type is always
/// one that can be drawn.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Vec<Vec<[u16; 2]>>", into = "Vec<Vec<[u16; 2]>>")]
pub struct Strokes(Vec<Vec<[u16; 2]>>);

impl Strokes {
    /// The strokes, or why they are not a signature: `empty` (no point at all), `too_long`
    /// (more than [`MAX_POINTS`]), `out_of_range` (a point outside the pad).
    pub fn new(strokes: Vec<Vec<[u16; 2]>>) -> Result<Strokes, FieldCode> {
        let strokes: Vec<Vec<[u16; 2]>> = strokes.into_iter().filter(|s| !s.is_empty()).collect();
        let points: usize = strokes.iter().map(Vec::len).sum();
        if points == 0 {
            Err(FieldCode::Empty)
        } else if points > MAX_POINTS {
            Err(FieldCode::TooLong)
        } else if strokes
            .iter()
            .flatten()
            .any(|[x, y]| *x > PAD_WIDTH || *y > PAD_HEIGHT)
        {
            Err(FieldCode::OutOfRange)
        } else {
            Ok(Strokes(strokes))
        }
    }

    /// The strokes, in the order they were drawn.
    pub fn strokes(&self) -> &[Vec<[u16; 2]>] {
        &self.0
    }

    /// The signature as an SVG path in the pad's units: each stroke a line through its
    /// points, a single point a dot (a line of no length, which round caps draw).
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for stroke in &self.0 {
            for (n, [x, y]) in stroke.iter().enumerate() {
                let command = if n == 0 { 'M' } else { 'L' };
                path.push_str(&format!("{command}{x} {y}"));
            }
            if let [[x, y]] = stroke.as_slice() {
                path.push_str(&format!("L{x} {y}"));
            }
        }
        path
    }
}

impl TryFrom<Vec<Vec<[u16; 2]>>> for Strokes {
    type Error = String;

    fn try_from(strokes: Vec<Vec<[u16; 2]>>) -> Result<Strokes, String> {
        Strokes::new(strokes).map_err(|code| code.as_str().to_owned())
    }
}

impl From<Strokes> for Vec<Vec<[u16; 2]>> {
    fn from(strokes: Strokes) -> Self {
        strokes.0
    }
}

/// How a person present marked the report.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Mark {
    /// Signed on the device.
    Signed {
        /// The signature: strokes of `[x, y]` points in a 600 × 200 box.
        #[cfg_attr(feature = "openapi", schema(value_type = Vec<Vec<Vec<u16>>>))]
        strokes: Strokes,
    },
    /// Was asked to sign and refused, as the inspector records.
    Refused,
}

/// One person present at the inspection, and their mark.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Signature {
    /// Their name, as they give it.
    pub name: String,
    /// In what capacity they sign.
    pub role: SignerRole,
    /// Their signature, or that they refused.
    pub mark: Mark,
}

/// The on-site part of an inspection's answer, as the inspector records it. The findings are
/// the answers to the request's questions (its checklist); photos are its documents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InspectionReport {
    /// The day of the inspection.
    #[serde(default)]
    pub inspected_on: Option<Date>,
    /// Where it took place: the address, and the site or premises.
    #[serde(default)]
    pub place: String,
    /// Those present, in the order they signed.
    #[serde(default)]
    pub signatures: Vec<Signature>,
}

/// Checks a report and gives it back normalised (NFC, trimmed). With
/// [`Completeness::Draft`] (saved on site, bit by bit) missing parts are allowed; with
/// [`Completeness::Complete`] (sent with the answer) it needs its day, its place and the
/// signature of an inspector. A day after `today` is refused either way.
///
/// Every problem is reported with its field, e.g. `report.signatures[1].name` / `missing`.
pub fn check_report(
    report: &InspectionReport,
    completeness: Completeness,
    today: Date,
) -> Result<InspectionReport, Vec<FieldError>> {
    let mut errors = Vec::new();
    let complete = completeness == Completeness::Complete;
    match report.inspected_on {
        None if complete => errors.push(field("report.inspected_on", FieldCode::Missing)),
        Some(day) if day > today => {
            errors.push(field("report.inspected_on", FieldCode::InFuture));
        }
        _ => {}
    }
    let place = one_line(
        &mut errors,
        "report.place",
        &report.place,
        MAX_PLACE_CHARS,
        complete,
    );
    if report.signatures.len() > MAX_SIGNATURES {
        errors.push(field("report.signatures", FieldCode::TooMany));
    }
    let signatures: Vec<Signature> = report
        .signatures
        .iter()
        .enumerate()
        .map(|(n, signature)| Signature {
            name: one_line(
                &mut errors,
                &format!("report.signatures[{n}].name"),
                &signature.name,
                MAX_NAME_CHARS,
                true,
            ),
            ..signature.clone()
        })
        .collect();
    let inspector_signed = signatures
        .iter()
        .any(|s| s.role == SignerRole::Inspector && matches!(s.mark, Mark::Signed { .. }));
    if complete && !inspector_signed {
        errors.push(field("report.signatures", FieldCode::Missing));
    }
    if errors.is_empty() {
        Ok(InspectionReport {
            inspected_on: report.inspected_on,
            place,
            signatures,
        })
    } else {
        Err(errors)
    }
}

/// One line of text, trimmed and normalised, or its error: `missing` when empty and
/// `required`, `too_long` past `max` characters, or the character that is not allowed.
fn one_line(
    errors: &mut Vec<FieldError>,
    name: &str,
    value: &str,
    max: usize,
    required: bool,
) -> String {
    let value = crate::placeholder::values::nfc(value.trim());
    if value.is_empty() {
        if required {
            errors.push(field(name, FieldCode::Missing));
        }
    } else if value.chars().count() > max {
        errors.push(field(name, FieldCode::TooLong));
    } else if let Err(error) = crate::text::check(name, &value, TextKind::SingleLine) {
        errors.push(error);
    }
    value
}

fn field(name: impl Into<String>, code: FieldCode) -> FieldError {
    FieldError::new(name, code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse("2026-12-07").unwrap()
    }

    fn signed(name: &str, role: SignerRole) -> Signature {
        Signature {
            name: name.to_owned(),
            role,
            mark: Mark::Signed {
                strokes: Strokes::new(vec![vec![[10, 10], [200, 120]], vec![[300, 40]]]).unwrap(),
            },
        }
    }

    fn codes(errors: Vec<FieldError>) -> Vec<(String, String)> {
        errors
            .into_iter()
            .map(|e| (e.field, e.code.as_str().to_owned()))
            .collect()
    }

    #[test]
    fn strokes_are_a_drawing_within_the_pad() {
        assert_eq!(Strokes::new(vec![]), Err(FieldCode::Empty));
        assert_eq!(Strokes::new(vec![vec![], vec![]]), Err(FieldCode::Empty));
        assert_eq!(
            Strokes::new(vec![vec![[601, 0]]]),
            Err(FieldCode::OutOfRange)
        );
        assert_eq!(
            Strokes::new(vec![vec![[0, 201]]]),
            Err(FieldCode::OutOfRange)
        );
        assert_eq!(
            Strokes::new(vec![vec![[1, 1]; MAX_POINTS + 1]]),
            Err(FieldCode::TooLong)
        );
        let drawn = Strokes::new(vec![vec![[10, 10], [20, 30]], vec![], vec![[5, 6]]]).unwrap();
        // Empty strokes are dropped; a lone point is drawn as a dot.
        assert_eq!(drawn.strokes().len(), 2);
        assert_eq!(drawn.svg_path(), "M10 10L20 30M5 6L5 6");
        // The wire form is the bare arrays, refused as the constructor refuses.
        let json = serde_json::to_string(&drawn).unwrap();
        assert_eq!(json, "[[[10,10],[20,30]],[[5,6]]]");
        assert_eq!(serde_json::from_str::<Strokes>(&json).unwrap(), drawn);
        assert!(serde_json::from_str::<Strokes>("[[[700,0]]]").is_err());
        assert!(serde_json::from_str::<Strokes>("[]").is_err());
    }

    #[test]
    fn a_draft_report_may_be_partial_but_not_wrong() {
        let empty = InspectionReport::default();
        assert_eq!(
            check_report(&empty, Completeness::Draft, today()),
            Ok(empty.clone())
        );
        let wrong = InspectionReport {
            inspected_on: Some(Date::parse("2026-12-08").unwrap()),
            place: "Baustelle\nBerlin".to_owned(),
            signatures: vec![
                Signature {
                    name: "  ".to_owned(),
                    ..signed("x", SignerRole::Witness)
                },
                signed(&"ä".repeat(MAX_NAME_CHARS + 1), SignerRole::Worker),
            ],
        };
        assert_eq!(
            codes(check_report(&wrong, Completeness::Draft, today()).unwrap_err()),
            [
                ("report.inspected_on", "in_future"),
                ("report.place", "control_character"),
                ("report.signatures[0].name", "missing"),
                ("report.signatures[1].name", "too_long"),
            ]
            .map(|(f, c)| (f.to_owned(), c.to_owned()))
        );
        let crowded = InspectionReport {
            signatures: vec![signed("Jüri Tamm", SignerRole::Witness); MAX_SIGNATURES + 1],
            ..InspectionReport::default()
        };
        assert_eq!(
            codes(check_report(&crowded, Completeness::Draft, today()).unwrap_err()),
            [("report.signatures".to_owned(), "too_many".to_owned())]
        );
    }

    #[cfg(feature = "nfc")]
    #[test]
    fn a_sent_report_has_its_day_place_and_the_inspectors_signature() {
        let partial = InspectionReport {
            signatures: vec![
                signed("Hans Müller", SignerRole::ProviderRepresentative),
                Signature {
                    mark: Mark::Refused,
                    ..signed("Kari Nordmann", SignerRole::Inspector)
                },
            ],
            ..InspectionReport::default()
        };
        assert_eq!(
            codes(check_report(&partial, Completeness::Complete, today()).unwrap_err()),
            [
                ("report.inspected_on", "missing"),
                ("report.place", "missing"),
                ("report.signatures", "missing"),
            ]
            .map(|(f, c)| (f.to_owned(), c.to_owned()))
        );
        let whole = InspectionReport {
            inspected_on: Some(today()),
            // Decomposed "ü" as some keyboards type it: stored composed.
            place: "  Baustelle Friedrichstrasse 12, Mu\u{308}nchen ".to_owned(),
            signatures: vec![
                signed(" Anna Bērziņa ", SignerRole::Inspector),
                Signature {
                    mark: Mark::Refused,
                    ..signed("Hans Müller", SignerRole::ProviderRepresentative)
                },
            ],
        };
        let checked = check_report(&whole, Completeness::Complete, today()).unwrap();
        assert_eq!(checked.place, "Baustelle Friedrichstrasse 12, München");
        assert_eq!(checked.signatures[0].name, "Anna Bērziņa");
    }

    #[test]
    fn kinds_and_roles_have_messages() {
        assert_eq!(RequestKind::default(), RequestKind::Information);
        assert_eq!(
            RequestKind::Inspection.message_id(),
            "request-kind-inspection"
        );
        assert_eq!(
            SignerRole::ProviderRepresentative.message_id(),
            "signer-role-provider-representative"
        );
    }
}
