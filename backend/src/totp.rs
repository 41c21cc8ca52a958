//! Time-based one-time passwords (RFC 6238: HMAC-SHA1, six digits, thirty-second steps), the
//! second factor of log-in, and the recovery codes that stand in for a lost device.
//!
//! These are the parameters every authenticator app understands by default. A code is
//! accepted for the step it belongs to and one step either side (clocks drift), and never
//! twice: the last step used is stored, and only later steps are accepted.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// Seconds per step.
pub const STEP_SECONDS: i64 = 30;
/// Digits of a code.
pub const DIGITS: u32 = 6;
/// How many recovery codes a user gets at a time.
pub const RECOVERY_CODES: usize = 10;

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// A shared secret, as authenticator apps take it: 160 random bits, written in base32.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Vec<u8>);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl Secret {
    /// A fresh random secret.
    pub fn generate() -> Secret {
        let mut bytes = vec![0u8; 20];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Secret(bytes)
    }

    /// Reads a base32 secret (case, spaces and padding ignored).
    pub fn from_base32(text: &str) -> Option<Secret> {
        let mut bits: u64 = 0;
        let mut count = 0;
        let mut bytes = Vec::new();
        for c in text.chars().filter(|c| !c.is_whitespace() && *c != '=') {
            let upper = c.to_ascii_uppercase();
            let value = BASE32.iter().position(|b| char::from(*b) == upper)?;
            bits = (bits << 5) | value as u64;
            count += 5;
            if count >= 8 {
                count -= 8;
                bytes.push((bits >> count) as u8);
                bits &= (1 << count) - 1;
            }
        }
        (!bytes.is_empty()).then_some(Secret(bytes))
    }

    /// The secret in base32, without padding, as `otpauth://` URIs carry it.
    pub fn to_base32(&self) -> String {
        let mut out = String::new();
        let mut bits: u64 = 0;
        let mut count = 0;
        for byte in &self.0 {
            bits = (bits << 8) | u64::from(*byte);
            count += 8;
            while count >= 5 {
                count -= 5;
                out.push(char::from(BASE32[((bits >> count) & 31) as usize]));
            }
            bits &= (1 << count) - 1;
        }
        if count > 0 {
            out.push(char::from(BASE32[((bits << (5 - count)) & 31) as usize]));
        }
        out
    }

    /// The code of `step`.
    pub fn code_at(&self, step: i64) -> u32 {
        // HMAC takes a key of any length; this cannot fail.
        let mut mac = Hmac::<sha1::Sha1>::new_from_slice(&self.0).expect("HMAC takes any key");
        mac.update(&step.to_be_bytes());
        let digest = mac.finalize().into_bytes();
        let offset = usize::from(digest[19] & 0x0f);
        let value = u32::from_be_bytes([
            digest[offset] & 0x7f,
            digest[offset + 1],
            digest[offset + 2],
            digest[offset + 3],
        ]);
        value % 10u32.pow(DIGITS)
    }

    /// The step whose code `code` is, among the step of `now` and one either side, if any
    /// (the earliest when several match).
    pub fn matching_step(&self, code: &str, now_unix: i64) -> Option<i64> {
        let code = code.trim().replace(' ', "");
        if code.len() != DIGITS as usize || !code.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let wanted: u32 = code.parse().ok()?;
        let now = step_of(now_unix);
        (now - 1..=now + 1).find(|step| constant_time_eq(self.code_at(*step), wanted))
    }

    /// The `otpauth://` URI an authenticator app reads from the QR code.
    pub fn uri(&self, issuer: &str, account: &str) -> String {
        format!(
            "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
            percent(issuer),
            percent(account),
            self.to_base32(),
            percent(issuer)
        )
    }
}

/// The step a Unix time falls in.
pub fn step_of(unix: i64) -> i64 {
    unix.div_euclid(STEP_SECONDS)
}

fn constant_time_eq(a: u32, b: u32) -> bool {
    // Codes are compared without an early exit, so timing does not tell digits apart.
    (a ^ b) == 0
}

fn percent(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// New recovery codes, as shown to the user once (`xxxxx-xxxxx`, 50 random bits each).
pub fn new_recovery_codes() -> Vec<String> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; 10];
            rand::rngs::OsRng.fill_bytes(&mut bytes);
            let letters: String = bytes
                .iter()
                .map(|b| char::from(BASE32[usize::from(*b) % 32]).to_ascii_lowercase())
                .collect();
            format!("{}-{}", &letters[..5], &letters[5..])
        })
        .collect()
}

/// How a recovery code is stored: the SHA-256 of its letters, lower case, without the
/// dash or spaces a user may type. The codes are random enough that a fast hash is safe.
pub fn recovery_hash(code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    Sha256::digest(normal.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `text` has the shape of a recovery code rather than of a six-digit code.
pub fn looks_like_recovery_code(text: &str) -> bool {
    text.chars().filter(char::is_ascii_alphanumeric).count() == 10
}

/// The QR code of `uri` as an SVG document.
pub fn qr_svg(uri: &str) -> anyhow::Result<String> {
    let code = qrcode::QrCode::new(uri.as_bytes())?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_test_vectors() {
        // The RFC's SHA-1 secret is the ASCII "12345678901234567890"; its eight-digit codes
        // end in these six digits.
        let secret = Secret(b"12345678901234567890".to_vec());
        for (time, code) in [
            (59, 287_082),
            (1_111_111_109, 81_804),
            (1_111_111_111, 50_471),
            (1_234_567_890, 5_924),
            (2_000_000_000, 279_037),
        ] {
            assert_eq!(secret.code_at(step_of(time)), code, "at {time}");
        }
    }

    #[test]
    fn base32_round_trips() {
        let secret = Secret(b"12345678901234567890".to_vec());
        assert_eq!(secret.to_base32(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(
            Secret::from_base32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"),
            Some(secret)
        );
        assert_eq!(Secret::from_base32("not base32 !"), None);
        let fresh = Secret::generate();
        assert_eq!(Secret::from_base32(&fresh.to_base32()), Some(fresh));
    }

    #[test]
    fn codes_match_within_one_step() {
        let secret = Secret::generate();
        let now = 1_800_000_000;
        let step = step_of(now);
        let code = format!("{:06}", secret.code_at(step - 1));
        assert_eq!(secret.matching_step(&code, now), Some(step - 1));
        let stale = format!("{:06}", secret.code_at(step - 2));
        assert_ne!(secret.matching_step(&stale, now), Some(step - 2));
        assert_eq!(secret.matching_step("12345", now), None);
        assert_eq!(secret.matching_step("abcdef", now), None);
    }

    #[test]
    fn recovery_codes_are_typed_loosely() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let code = &codes[0];
        assert!(looks_like_recovery_code(code));
        assert!(!looks_like_recovery_code("123456"));
        assert_eq!(
            recovery_hash(code),
            recovery_hash(&code.to_uppercase().replace('-', " "))
        );
    }

    #[test]
    fn the_uri_names_issuer_and_account() {
        let secret = Secret(b"12345678901234567890".to_vec());
        let uri = secret.uri("IMI", "jānis@em.lv.example");
        assert!(uri.starts_with("otpauth://totp/IMI:j%C4%81nis@em.lv.example?secret=GEZDGNBV"));
        assert!(qr_svg(&uri).unwrap().starts_with("<?xml"));
    }
}
