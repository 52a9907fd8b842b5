//! Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps), as every
//! authenticator app uses, and one-time recovery codes.
//!
//! A code is accepted for the step before, the current step and the step after (clocks on
//! phones drift), and the caller refuses any step at or before the last one used, so a code
//! seen over someone's shoulder cannot be used again.

use totp_rs::{Algorithm, TOTP};

/// Seconds per step.
pub const STEP_SECS: u64 = 30;

fn totp(secret: &[u8]) -> Option<TOTP> {
    TOTP::new(Algorithm::SHA1, 6, 1, STEP_SECS, secret.to_vec(), None, String::new()).ok()
}

/// The code an authenticator shows for `secret` at Unix time `at`.
pub fn code_at(secret: &[u8], at: u64) -> Option<String> {
    Some(totp(secret)?.generate(at))
}

/// The time step `code` belongs to (one step of drift either way), if it matches.
pub fn matching_step(secret: &[u8], code: &str, now: u64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret)?;
    let current = now / STEP_SECS;
    [current.saturating_sub(1), current, current + 1].into_iter().find_map(|step| {
        let expected = t.generate(step * STEP_SECS);
        crate::crypto::same_secret(&expected, &code).then_some(step as i64)
    })
}

/// An `otpauth://` link for enrolment (what the QR code holds).
pub fn otpauth_url(secret: &[u8], issuer: &str, account: &str) -> Option<String> {
    let clean = |s: &str| s.replace(':', " ").trim().to_owned();
    TOTP::new(Algorithm::SHA1, 6, 1, STEP_SECS, secret.to_vec(), Some(clean(issuer)), clean(account))
        .ok()
        .map(|t| t.get_url())
}

/// The secret in base32, in groups of four, for typing in by hand.
pub fn manual_key(secret: &[u8]) -> String {
    let b32 = base32_encode(secret);
    b32.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

fn base32_encode(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

/// A recovery code as typed, reduced to the form that is hashed (case, spaces and dashes ignored).
pub fn normalise_recovery_code(code: &str) -> String {
    code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

/// Formats 10 random base32 characters (50 bits) as a recovery code, e.g. `k7mq-2xpa-9d`.
pub fn format_recovery_code(random: &[u8; 10]) -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghjkmnpqrstuvwxyz23456789z";
    let s: String = random.iter().map(|b| char::from(ALPHABET[(b & 31) as usize])).collect();
    format!("{}-{}-{}", &s[0..4], &s[4..8], &s[8..10])
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn rfc6238_vector_in_six_digits() {
        // RFC 6238 appendix B, SHA-1, T = 59: 94287082 (we use the last six digits).
        assert_eq!(code_at(SECRET, 59).as_deref(), Some("287082"));
    }

    #[test]
    fn one_step_of_drift_is_accepted_and_no_more() {
        let now = 1_700_000_000;
        let step = (now / STEP_SECS) as i64;
        let code = code_at(SECRET, now).expect("code");
        assert_eq!(matching_step(SECRET, &code, now), Some(step));
        assert_eq!(matching_step(SECRET, &code, now + 30), Some(step));
        assert_eq!(matching_step(SECRET, &code, now - 30), Some(step));
        assert_eq!(matching_step(SECRET, &code, now + 90), None);
        assert_eq!(matching_step(SECRET, &code, now - 90), None);
    }

    #[test]
    fn wrong_or_malformed_codes_fail() {
        let now = 1_700_000_000;
        let code = code_at(SECRET, now).expect("code");
        let wrong = format!("{:06}", (code.parse::<u32>().unwrap_or(0) + 1) % 1_000_000);
        assert_eq!(matching_step(SECRET, &wrong, now), None);
        for bad in ["", "12345", "1234567", "abcdef", "12 34 5"] {
            assert_eq!(matching_step(SECRET, bad, now), None, "{bad:?}");
        }
        assert!(matching_step(SECRET, &format!("{} {}", &code[..3], &code[3..]), now).is_some(), "spaces allowed");
    }

    #[test]
    fn manual_key_is_base32_in_groups() {
        assert_eq!(manual_key(b"foobar"), "MZXW 6YTB OI");
        assert_eq!(base32_encode(SECRET), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    #[test]
    fn recovery_codes_normalise() {
        let c = format_recovery_code(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        assert_eq!(c.len(), 12);
        assert_eq!(normalise_recovery_code(&c.to_uppercase().replace('-', " ")), normalise_recovery_code(&c));
    }

    #[test]
    fn otpauth_links_carry_issuer_and_account() {
        let url = otpauth_url(SECRET, "Sample: Council", "a@b.org").expect("url");
        assert!(url.starts_with("otpauth://totp/"), "{url}");
        assert!(url.contains("issuer=Sample%20%20Council") || url.contains("issuer=Sample"), "{url}");
    }
}
