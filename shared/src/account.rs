//! A user's own account: the second factor of log-in, sessions, and the password rules, as
//! the browser and the server both apply them.

use serde::{Deserialize, Serialize};

use crate::Role;
use crate::error::{FieldCode, FieldError};

/// Whether a user holding `roles` must log in with a second factor: those who manage other
/// people's access (local administrators) or a country's registry (coordinators), and alert
/// coordinators, who read the personal data of every alert their country receives. For
/// everyone else it is optional.
pub fn second_factor_required(roles: &[Role]) -> bool {
    roles.iter().any(|role| {
        matches!(
            *role,
            Role::COORDINATOR | Role::LOCAL_ADMINISTRATOR | Role::ALERT_COORDINATOR
        )
    })
}

/// The second factor of a user, as `GET /api/me` tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SecondFactorStatus {
    /// Whether log-in asks for a code from an authenticator app.
    pub enabled: bool,
    /// Whether the user's roles require it ([`second_factor_required`]). A required one
    /// that is not enabled yet leaves the session able to do nothing but set it up.
    pub required: bool,
    /// Recovery codes not used yet.
    pub recovery_codes_left: u32,
}

impl SecondFactorStatus {
    /// Whether the user must set up a second factor before anything else.
    pub fn setup_needed(&self) -> bool {
        self.required && !self.enabled
    }
}

/// `POST /api/me/second-factor/setup`: a new secret to add to an authenticator app. It
/// takes effect once a code from it is confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SecondFactorSetup {
    /// The secret in base32, for typing into an app.
    pub secret: String,
    /// The `otpauth://` URI the QR code holds.
    pub uri: String,
    /// The QR code, an SVG document.
    pub qr_svg: String,
}

/// A code from the authenticator app (six digits) or, where said, a recovery code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SecondFactorCode {
    /// The code.
    pub code: String,
}

/// Recovery codes, shown once: each logs in once in place of an app's code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecoveryCodes {
    /// The codes.
    pub codes: Vec<String>,
}

/// One of the user's sessions, for `GET /api/me/sessions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionView {
    /// Its id, for ending it.
    pub id: String,
    /// When it began (RFC 3339).
    pub created_at: String,
    /// When it ends by itself (RFC 3339).
    pub expires_at: String,
    /// The browser it began in, as it named itself.
    pub user_agent: Option<String>,
    /// The address (IPv4) or network (IPv6 /64) it began from.
    pub client: Option<String>,
    /// Whether it is the session asking.
    pub current: bool,
}

/// The browser and the system a `User-Agent` names, for telling sessions apart at a glance:
/// product names (`Firefox 133`, `Windows`), which no language translates. `None` for what
/// is not recognised.
pub fn describe_user_agent(agent: &str) -> (Option<String>, Option<&'static str>) {
    let version = |marker: &str| -> Option<String> {
        let start = agent.find(marker)? + marker.len();
        let major: String = agent[start..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        (!major.is_empty()).then_some(major)
    };
    // Order matters: Edge and Opera also say Chrome, and Chrome also says Safari.
    let browsers: [(&str, &str); 8] = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"),
        ("CriOS/", "Chrome"),
        ("HeadlessChrome/", "Chrome"),
        ("Chrome/", "Chrome"),
        ("Version/", "Safari"),
    ];
    let browser = browsers
        .iter()
        .find_map(|(marker, name)| version(marker).map(|major| format!("{name} {major}")));
    let systems: [(&str, &'static str); 7] = [
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Android", "Android"),
        ("CrOS", "ChromeOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("Linux", "Linux"),
    ];
    let system = systems
        .iter()
        .find(|(marker, _)| agent.contains(marker))
        .map(|(_, name)| *name);
    (browser, system)
}

/// `PUT /api/me/password`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangePassword {
    /// The password now, to prove it is the user (a session left open is not enough).
    pub current_password: String,
    /// The new one; [`check_password`] and the server's list of common passwords apply.
    pub new_password: String,
}

/// The shortest password a user may choose.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// The longest password (argon2 takes any length; this only bounds the work).
pub const MAX_PASSWORD_CHARS: usize = 256;

/// Checks what the browser can check of a new password: its length, and that it is not the
/// user's own e-mail address or name (`personal`). The server also refuses passwords that
/// are common or close to one (`too_guessable`), which needs its list.
pub fn check_password(field: &str, password: &str, personal: &[&str]) -> Result<(), FieldError> {
    let chars = password.chars().count();
    let folded = password.trim().to_lowercase();
    let code = if chars < MIN_PASSWORD_CHARS {
        FieldCode::TooShort
    } else if chars > MAX_PASSWORD_CHARS {
        FieldCode::TooLong
    } else if personal.iter().any(|p| {
        let p = p.trim().to_lowercase();
        !p.is_empty() && (folded == p || folded.contains(&p) && p.chars().count() >= 6)
    }) {
        FieldCode::TooPersonal
    } else {
        return Ok(());
    };
    Err(FieldError::new(field, code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn administrators_and_coordinators_need_a_second_factor() {
        assert!(!second_factor_required(&[
            Role::REQUEST_HANDLER,
            Role::ALLOCATOR
        ]));
        assert!(second_factor_required(&[
            Role::REQUEST_HANDLER,
            Role::LOCAL_ADMINISTRATOR
        ]));
        assert!(second_factor_required(&[Role::COORDINATOR]));
        assert!(second_factor_required(&[Role::ALERT_COORDINATOR]));
        let status = SecondFactorStatus {
            enabled: false,
            required: true,
            recovery_codes_left: 0,
        };
        assert!(status.setup_needed());
    }

    #[test]
    fn user_agents_are_named_by_browser_and_system() {
        let chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36";
        assert_eq!(
            describe_user_agent(chrome),
            (Some("Chrome 156".into()), Some("Linux"))
        );
        let edge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86";
        assert_eq!(
            describe_user_agent(edge),
            (Some("Edge 131".into()), Some("Windows"))
        );
        let ipad = "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
        assert_eq!(
            describe_user_agent(ipad),
            (Some("Safari 17".into()), Some("iPadOS"))
        );
        let firefox =
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
        assert_eq!(
            describe_user_agent(firefox),
            (Some("Firefox 133".into()), Some("Linux"))
        );
        assert_eq!(describe_user_agent("curl/8.5.0"), (None, None));
    }

    #[test]
    fn passwords() {
        let code = |p: &str| {
            check_password(
                "password",
                p,
                &["anna.berzina@vi.lv.example", "Anna Bērziņa"],
            )
            .err()
            .map(|e| e.code.as_str())
        };
        assert_eq!(code("short"), Some("too_short"));
        assert_eq!(code(&"x".repeat(300)), Some("too_long"));
        assert_eq!(code("anna.berzina@vi.lv.example"), Some("too_personal"));
        assert_eq!(code("my name is anna bērziņa!"), Some("too_personal"));
        assert_eq!(code("velvet harbour lantern 42"), None);
    }
}
