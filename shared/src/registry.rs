//! The registry's rules, shared by the browser and the server: what an authority's record must
//! hold, who may register or edit which authority, which roles a local administrator may grant,
//! and the columns of the CSV import.
//!
//! The same `check_authority` runs in the registration form while the coordinator types and in
//! the API before anything is saved, so both refuse the same input with the same codes.

use serde::{Deserialize, Serialize};

use crate::error::{FieldCode, FieldError};
use crate::macros::wire_enum;
use crate::text::{self, TextKind};
use crate::{AuthorityId, CountryCode, LanguageCode, LegislativeArea, Role, UserId};

wire_enum!(
    /// What kind of coordinator an authority is.
    pub enum CoordinatorKind {
        /// The country's national IMI coordinator: registers any authority of its country.
        National = "national",
        /// Coordinator of the legislative areas the authority itself handles: registers the
        /// authorities of its country that handle only those areas.
        Area = "area",
    }
);

wire_enum!(
    /// The territory an authority is competent for. Where two authorities match a search
    /// equally, the national one ranks first: it covers the whole country and can pass a
    /// request on to the right region. A record that does not say is national.
    #[derive(Default)]
    pub enum AuthorityLevel {
        /// The whole country: ministries, national agencies, chambers and councils.
        #[default]
        National = "national",
        /// One region, state, province or county (a German Land, a Spanish autonomous
        /// community, an Italian region...).
        Regional = "regional",
        /// One municipality or city.
        Local = "local",
    }
);

impl AuthorityLevel {
    /// Its place in a ranking of equals: the wider territory first.
    pub fn rank(self) -> u8 {
        match self {
            AuthorityLevel::National => 0,
            AuthorityLevel::Regional => 1,
            AuthorityLevel::Local => 2,
        }
    }
}

/// The longest name, address and the like the registry keeps.
pub const MAX_NAME_CHARS: usize = 300;
/// The longest acronym.
pub const MAX_ACRONYM_CHARS: usize = 30;
/// The longest city name.
pub const MAX_CITY_CHARS: usize = 120;
/// The longest e-mail address (RFC 5321's path limit).
pub const MAX_EMAIL_CHARS: usize = 254;

/// A name of the authority in one of its country's languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuthorityName {
    /// The name's language.
    pub language: LanguageCode,
    /// The name.
    pub name: String,
}

/// An authority's record as a coordinator enters it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuthorityInput {
    /// Its country.
    pub country: CountryCode,
    /// Its name in its own (first) language.
    pub name: String,
    /// The language of `name`.
    pub name_language: LanguageCode,
    /// Its names in the country's other official languages (Belgium's French and German,
    /// Finland's Swedish...).
    #[serde(default)]
    pub other_names: Vec<AuthorityName>,
    /// Its English name, if it has one.
    #[serde(default)]
    pub name_en: Option<String>,
    /// Its acronym.
    #[serde(default)]
    pub acronym: Option<String>,
    /// Its city.
    pub city: String,
    /// The territory it is competent for (national when not said).
    #[serde(default)]
    pub level: AuthorityLevel,
    /// Its postal address.
    #[serde(default)]
    pub address: Option<String>,
    /// Its contact e-mail.
    #[serde(default)]
    pub email: Option<String>,
    /// Its contact telephone, in international form.
    #[serde(default)]
    pub phone: Option<String>,
    /// The legislative areas it handles (at least one).
    pub areas: Vec<LegislativeArea>,
    /// The concepts of the taxonomy it is competent for.
    #[serde(default)]
    pub competences: Vec<String>,
    /// Whether it coordinates, and what.
    #[serde(default)]
    pub coordinator: Option<CoordinatorKind>,
}

/// An [`AuthorityInput`] that passed [`check_authority`]: trimmed, empty optional texts made
/// `None`, areas and competences in a stable order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidAuthority(AuthorityInput);

impl ValidAuthority {
    /// The checked record.
    pub fn get(&self) -> &AuthorityInput {
        &self.0
    }

    /// The checked record, owned.
    pub fn into_inner(self) -> AuthorityInput {
        self.0
    }
}

fn error(errors: &mut Vec<FieldError>, field: &str, code: FieldCode) {
    errors.push(FieldError::new(field, code));
}

fn required(errors: &mut Vec<FieldError>, field: &str, value: &str, max: usize) -> String {
    let value = value.trim();
    if value.is_empty() {
        error(errors, field, FieldCode::Missing);
    } else if value.chars().count() > max {
        error(errors, field, FieldCode::TooLong);
    } else if let Err(refused) = text::check(field, value, TextKind::SingleLine) {
        errors.push(refused);
    }
    value.to_owned()
}

fn optional(
    errors: &mut Vec<FieldError>,
    field: &str,
    value: Option<&str>,
    max: usize,
) -> Option<String> {
    let value = value.map(str::trim).filter(|v| !v.is_empty())?;
    if value.chars().count() > max {
        error(errors, field, FieldCode::TooLong);
    } else if let Err(refused) = text::check(field, value, TextKind::SingleLine) {
        errors.push(refused);
    }
    Some(value.to_owned())
}

/// Whether `text` has the form of an e-mail address: one `@`, a local part, and a domain with
/// a dot and no empty label. Deliberately loose beyond that: the invitation proves the rest.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && domain.split('.').all(|label| !label.is_empty())
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
        && text.chars().count() <= MAX_EMAIL_CHARS
}

/// Whether `text` is a telephone number in international form: `+`, then 6 to 15 digits,
/// optionally grouped by spaces, hyphens or one pair of parentheses.
pub fn is_phone(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('+') else {
        return false;
    };
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    (6..=15).contains(&digits)
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'))
}

/// Checks an authority's record. `known_concept` says whether a competence id exists in the
/// taxonomy (the browser passes its copy of the list, the server its loaded taxonomy).
pub fn check_authority(
    input: &AuthorityInput,
    known_concept: impl Fn(&str) -> bool,
) -> Result<ValidAuthority, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = required(&mut errors, "name", &input.name, MAX_NAME_CHARS);
    let city = required(&mut errors, "city", &input.city, MAX_CITY_CHARS);
    let name_en = optional(
        &mut errors,
        "name_en",
        input.name_en.as_deref(),
        MAX_NAME_CHARS,
    );
    let acronym = optional(
        &mut errors,
        "acronym",
        input.acronym.as_deref(),
        MAX_ACRONYM_CHARS,
    );
    let address = optional(
        &mut errors,
        "address",
        input.address.as_deref(),
        MAX_NAME_CHARS,
    );
    let email = optional(
        &mut errors,
        "email",
        input.email.as_deref(),
        MAX_EMAIL_CHARS,
    );
    if email.as_deref().is_some_and(|e| !is_email(e)) {
        error(&mut errors, "email", FieldCode::InvalidEmail);
    }
    let phone = optional(&mut errors, "phone", input.phone.as_deref(), 40);
    if phone.as_deref().is_some_and(|p| !is_phone(p)) {
        error(&mut errors, "phone", FieldCode::InvalidPhone);
    }
    let mut other_names = Vec::new();
    for (index, other) in input.other_names.iter().enumerate() {
        let field = format!("other_names.{index}");
        let text = required(&mut errors, &field, &other.name, MAX_NAME_CHARS);
        if other.language == input.name_language
            || input.other_names[..index]
                .iter()
                .any(|earlier| earlier.language == other.language)
        {
            error(&mut errors, &field, FieldCode::Duplicate);
        }
        other_names.push(AuthorityName {
            language: other.language,
            name: text,
        });
    }
    let mut areas = input.areas.clone();
    areas.sort();
    areas.dedup();
    if areas.is_empty() {
        error(&mut errors, "areas", FieldCode::Missing);
    } else if areas.len() != input.areas.len() {
        error(&mut errors, "areas", FieldCode::Duplicate);
    }
    let mut competences = input
        .competences
        .iter()
        .map(|c| c.trim().to_owned())
        .collect::<Vec<_>>();
    if competences.iter().any(|c| !known_concept(c)) {
        error(&mut errors, "competences", FieldCode::Unknown);
    }
    competences.sort();
    let before = competences.len();
    competences.dedup();
    if competences.len() != before {
        error(&mut errors, "competences", FieldCode::Duplicate);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ValidAuthority(AuthorityInput {
        country: input.country,
        name,
        name_language: input.name_language,
        other_names,
        name_en,
        acronym,
        city,
        level: input.level,
        address,
        email,
        phone,
        areas,
        competences,
        coordinator: input.coordinator,
    }))
}

/// What a coordinator's authority coordinates: the scope of its registry rights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coordinatorship {
    /// Its country.
    pub country: CountryCode,
    /// National or area.
    pub kind: CoordinatorKind,
    /// The areas its authority handles (an area coordinator's scope).
    pub areas: Vec<LegislativeArea>,
}

impl Coordinatorship {
    /// Whether its work reaches the legislative area `area`: a national coordinator's every
    /// area, an area coordinator's its own.
    pub fn covers(&self, area: LegislativeArea) -> bool {
        self.kind == CoordinatorKind::National || self.areas.contains(&area)
    }

    /// Whether it may register or edit an authority of `country` handling `areas`, which
    /// coordinates as `coordinates` says: a national coordinator any authority of its
    /// country, an area coordinator those of its country that coordinate nothing and whose
    /// every area is one it coordinates. An area coordinator never manages a coordinating
    /// authority: through it, it could reach the national coordinator's users and make
    /// itself one. Nobody edits another country's authorities.
    pub fn may_manage(
        &self,
        country: CountryCode,
        areas: &[LegislativeArea],
        coordinates: Option<CoordinatorKind>,
    ) -> bool {
        country == self.country
            && match self.kind {
                CoordinatorKind::National => true,
                CoordinatorKind::Area => {
                    coordinates.is_none() && areas.iter().all(|a| self.areas.contains(a))
                }
            }
    }

    /// Whether it may make an authority a coordinator of `kind` (or stop it being one): only
    /// the national coordinator appoints area coordinators, and national coordinators are
    /// appointed outside the system.
    pub fn may_appoint(&self, kind: Option<CoordinatorKind>) -> bool {
        match kind {
            None | Some(CoordinatorKind::Area) => self.kind == CoordinatorKind::National,
            Some(CoordinatorKind::National) => false,
        }
    }
}

/// Whether someone holding `granter_roles` may give `role` to a user of an authority that is
/// (or is not) a coordinator. The coordinator role exists only in coordinating authorities,
/// and only someone who holds it may give it: nobody grants a right beyond their authority
/// that they could not exercise themselves. Commission observers are set up by the
/// Commission, never by a member state's administrator. The alert coordinator role, too,
/// exists only in coordinating authorities; its IMI coordinators (or an alert coordinator)
/// give it. The roles that act within the
/// authority (handler, allocator, local administrator) are what its administrators manage.
pub fn may_grant(role: Role, authority_coordinates: bool, granter_roles: &[Role]) -> bool {
    match role {
        Role::COORDINATOR => authority_coordinates && granter_roles.contains(&Role::COORDINATOR),
        Role::ALERT_COORDINATOR => {
            authority_coordinates
                && (granter_roles.contains(&Role::COORDINATOR)
                    || granter_roles.contains(&Role::ALERT_COORDINATOR))
        }
        Role::COMMISSION_OBSERVER => false,
        _ => true,
    }
}

/// Whether a change to one authority's users may go through, given its active local
/// administrators before and after it. An authority keeps at least one, so that its
/// administrators cannot lock it out of its own management; a coordinator acting from above
/// may still leave it without one (to lock out a compromised administrator, then invite a
/// new one), and an authority that had none can have any other change.
pub fn keeps_administration(before: usize, after: usize, by_coordinator: bool) -> bool {
    after > 0 || before == 0 || by_coordinator
}

/// The first administrator a coordinator invites with a new authority, or any user a local
/// administrator invites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invitee {
    /// Their work e-mail address: the invitation goes there.
    pub email: String,
    /// Their name as colleagues will see it.
    pub display_name: String,
    /// The language of the invitation and of their interface.
    pub language: LanguageCode,
}

/// Checks an invitee's fields; errors are named `<prefix>email` and `<prefix>display_name`.
pub fn check_invitee(invitee: &Invitee, prefix: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let email = invitee.email.trim();
    if email.is_empty() {
        error(&mut errors, &format!("{prefix}email"), FieldCode::Missing);
    } else if !is_email(email) {
        error(
            &mut errors,
            &format!("{prefix}email"),
            FieldCode::InvalidEmail,
        );
    }
    errors.extend(check_display_name(
        &format!("{prefix}display_name"),
        &invitee.display_name,
    ));
    errors
}

/// The longest name a user is shown by.
pub const MAX_DISPLAY_NAME_CHARS: usize = 200;

/// Checks a user's name as colleagues will see it.
pub fn check_display_name(field: &str, name: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    required(&mut errors, field, name, MAX_DISPLAY_NAME_CHARS);
    errors
}

/// `POST /api/registry/authorities`: a coordinator registers an authority of its country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisterAuthority {
    /// The record.
    pub authority: AuthorityInput,
    /// Its first local administrator, who gets an invitation by e-mail.
    #[serde(default)]
    pub administrator: Option<Invitee>,
}

/// `PUT /api/registry/authorities/{id}`: a coordinator edits an authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateAuthority {
    /// The profile's `revision` the edit started from; a newer one answers `edit_conflict`.
    pub revision: i64,
    /// The whole new record.
    pub authority: AuthorityInput,
}

/// Who registered an authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisteredBy {
    /// The coordinator's name.
    pub user: String,
    /// The coordinator's authority.
    pub authority_id: AuthorityId,
    /// Its name.
    pub authority_name: String,
}

/// A user as their local administrator sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserAdminView {
    /// The user.
    pub id: UserId,
    /// Their e-mail address.
    pub email: String,
    /// Their name.
    pub display_name: String,
    /// Their interface language.
    pub language: Option<LanguageCode>,
    /// Their roles.
    pub roles: Vec<Role>,
    /// Whether they may log in.
    pub active: bool,
    /// Whether they have yet to accept their invitation.
    pub invitation_pending: bool,
    /// Whether that invitation's link is too old to be used (a new one can be sent).
    pub invitation_expired: bool,
    /// Who invited them, if it was done in the system.
    pub invited_by: Option<String>,
}

/// `GET /api/authorities/{id}/users`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserAdminList {
    /// The roles this authority's administrator may grant.
    pub grantable: Vec<Role>,
    /// Its users, by name.
    pub users: Vec<UserAdminView>,
}

/// `POST /api/authorities/{id}/users`: invite a user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InviteUser {
    /// Who.
    #[serde(flatten)]
    pub invitee: Invitee,
    /// Their roles.
    pub roles: Vec<Role>,
}

/// `PUT /api/users/{id}`: change a user's name, roles or whether they may log in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateUser {
    /// Their name.
    pub display_name: String,
    /// Their roles.
    pub roles: Vec<Role>,
    /// Whether they may log in.
    pub active: bool,
}

/// `GET /api/invitations/{token}`: what the invitation page shows before a password is set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitationView {
    /// The invited address.
    pub email: String,
    /// The invited user's name.
    pub display_name: String,
    /// Their authority's name.
    pub authority_name: String,
    /// Its country.
    pub country: CountryCode,
    /// The invitation's language.
    pub language: Option<LanguageCode>,
}

/// `POST /api/invitations/{token}`: accept by choosing a password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AcceptInvitation {
    /// At least [`crate::account::MIN_PASSWORD_CHARS`] characters, not common, not the
    /// user's address or name (`crate::account::check_password`).
    pub password: String,
}

/// The columns of the registry's CSV import, in the order of the documented template. Lists
/// inside a cell (`areas`, `competences`, `other_names`) are separated by `|`; an other name
/// is `language:name`.
pub const IMPORT_COLUMNS: &[&str] = &[
    "ref",
    "country",
    "name",
    "name_language",
    "other_names",
    "name_en",
    "acronym",
    "city",
    "level",
    "address",
    "email",
    "phone",
    "areas",
    "competences",
];

/// The columns a CSV file must have; the others may be left out.
pub const REQUIRED_IMPORT_COLUMNS: &[&str] =
    &["ref", "country", "name", "name_language", "city", "areas"];

/// The longest `ref`: the importer's own key of the row, which makes re-imports idempotent.
pub const MAX_REF_CHARS: usize = 100;

/// One refused row (or header) of a CSV import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RowError {
    /// The line in the file, from 1 (the header is line 1).
    pub line: u64,
    /// The column, as named in the header.
    pub column: String,
    /// Why.
    pub code: FieldCode,
    /// What the message needs besides the code (the earlier `line` of a repeated `ref`).
    #[serde(default, skip_serializing_if = "crate::error::FieldParams::is_empty")]
    pub params: crate::error::FieldParams,
}

/// What a CSV import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportReport {
    /// Rows whose `ref` was new.
    pub created: u32,
    /// Rows that changed an authority imported before.
    pub updated: u32,
    /// Rows identical to what the registry holds.
    pub unchanged: u32,
}

/// A concept of the taxonomy as a form lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConceptOption {
    /// Its id.
    pub id: String,
    /// Its label in the reader's language.
    pub label: String,
    /// Its areas.
    pub areas: Vec<LegislativeArea>,
    /// Whether it is a profession or an activity.
    pub kind: crate::taxonomy::ConceptKind,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> AuthorityInput {
        AuthorityInput {
            country: CountryCode::parse("LV").unwrap(),
            name: "  Veselības inspekcija ".into(),
            name_language: LanguageCode::parse("lv").unwrap(),
            other_names: vec![],
            name_en: Some(" ".into()),
            acronym: None,
            city: "Rīga".into(),
            level: AuthorityLevel::National,
            address: None,
            email: Some("vi@vi.gov.lv".into()),
            phone: Some("+371 6708 1600".into()),
            areas: vec![LegislativeArea::parse("services").unwrap()],
            competences: vec!["doctor".into()],
            coordinator: None,
        }
    }

    fn codes(result: Result<ValidAuthority, Vec<FieldError>>) -> Vec<(String, String)> {
        result
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.code.as_str().to_owned()))
            .collect()
    }

    #[test]
    fn a_good_record_is_trimmed_and_empty_options_dropped() {
        let valid = check_authority(&input(), |c| c == "doctor").unwrap();
        assert_eq!(valid.get().name, "Veselības inspekcija");
        assert_eq!(valid.get().name_en, None);
    }

    #[test]
    fn each_bad_field_is_named() {
        let mut bad = input();
        bad.name = " ".into();
        bad.email = Some("vi.gov.lv".into());
        bad.phone = Some("6708 1600".into());
        bad.areas.clear();
        bad.competences = vec!["astronaut".into()];
        bad.other_names = vec![AuthorityName {
            language: bad.name_language,
            name: "x".into(),
        }];
        assert_eq!(
            codes(check_authority(&bad, |c| c == "doctor")),
            [
                ("name", "missing"),
                ("email", "invalid_email"),
                ("phone", "invalid_phone"),
                ("other_names.0", "duplicate"),
                ("areas", "missing"),
                ("competences", "unknown"),
            ]
            .map(|(f, c)| (f.to_owned(), c.to_owned()))
        );
    }

    #[test]
    fn e_mail_and_phone_forms() {
        assert!(is_email("a.b@c.example"));
        for bad in ["", "a@b", "@b.c", "a@b..c", "a b@c.d", "a@b@c.d"] {
            assert!(!is_email(bad), "{bad}");
        }
        assert!(is_phone("+47 33 41 25 00"));
        assert!(is_phone("+49 (30) 9021-0"));
        for bad in ["", "+", "0047 33412500", "+47 abc", "+1234"] {
            assert!(!is_phone(bad), "{bad}");
        }
    }

    #[test]
    fn national_coordinators_manage_their_country_area_coordinators_their_areas() {
        let lv = CountryCode::parse("LV").unwrap();
        let no = CountryCode::parse("NO").unwrap();
        let services = LegislativeArea::parse("services").unwrap();
        let pq = LegislativeArea::parse("professional_qualifications").unwrap();
        let national = Coordinatorship {
            country: lv,
            kind: CoordinatorKind::National,
            areas: vec![],
        };
        assert!(national.may_manage(lv, &[services, pq], None));
        assert!(national.may_manage(lv, &[pq], Some(CoordinatorKind::Area)));
        assert!(!national.may_manage(no, &[services], None));
        let area = Coordinatorship {
            country: lv,
            kind: CoordinatorKind::Area,
            areas: vec![pq, services],
        };
        assert!(area.may_manage(lv, &[pq], None));
        assert!(!area.may_manage(no, &[pq], None));
        // Never a coordinating authority, however many areas it covers.
        assert!(!area.may_manage(lv, &[pq], Some(CoordinatorKind::National)));
        assert!(!area.may_manage(lv, &[pq], Some(CoordinatorKind::Area)));
        let narrow = Coordinatorship {
            areas: vec![pq],
            ..area.clone()
        };
        assert!(!narrow.may_manage(lv, &[pq, services], None));
        assert!(national.may_appoint(Some(CoordinatorKind::Area)));
        assert!(!national.may_appoint(Some(CoordinatorKind::National)));
        assert!(!area.may_appoint(Some(CoordinatorKind::Area)));
        assert!(!area.may_appoint(None));
    }

    #[test]
    fn grantable_roles() {
        let admin = [Role::LOCAL_ADMINISTRATOR];
        let coordinator = [Role::COORDINATOR, Role::LOCAL_ADMINISTRATOR];
        assert!(may_grant(Role::REQUEST_HANDLER, false, &admin));
        assert!(may_grant(Role::LOCAL_ADMINISTRATOR, true, &admin));
        assert!(!may_grant(Role::COORDINATOR, false, &coordinator));
        assert!(may_grant(Role::COORDINATOR, true, &coordinator));
        // Only someone who holds the coordinator role gives it.
        assert!(!may_grant(Role::COORDINATOR, true, &admin));
        assert!(!may_grant(Role::COMMISSION_OBSERVER, true, &coordinator));
        assert!(may_grant(Role::ALERT_COORDINATOR, true, &coordinator));
        assert!(!may_grant(Role::ALERT_COORDINATOR, false, &coordinator));
        assert!(!may_grant(Role::ALERT_COORDINATOR, true, &admin));
    }

    #[test]
    fn an_authority_keeps_an_administrator_unless_a_coordinator_steps_in() {
        assert!(keeps_administration(1, 1, false));
        assert!(!keeps_administration(1, 0, false));
        assert!(keeps_administration(1, 0, true));
        assert!(keeps_administration(0, 0, false));
    }
}
