//! Staff password rules (NIST SP 800-63B style): 12 to 128 characters, any characters, no
//! composition rules, pasting allowed, and no password that is common or easy to guess
//! (checked with zxcvbn's lists of common passwords, words and patterns).

/// Shortest allowed password, in characters.
pub const MIN_LEN: usize = 12;
/// Longest allowed password, in characters.
pub const MAX_LEN: usize = 128;

/// Why a new password is refused (each maps to a message for the user).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    /// Fewer than [`MIN_LEN`] characters.
    TooShort,
    /// More than [`MAX_LEN`] characters.
    TooLong,
    /// On a list of common passwords, or guessable from the user's own details.
    TooCommon,
    /// The two copies typed differ.
    Mismatch,
}

impl PasswordProblem {
    /// The Fluent message id that explains the problem.
    pub fn message_id(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "staff-password-too-short",
            PasswordProblem::TooLong => "staff-password-too-long",
            PasswordProblem::TooCommon => "staff-password-too-common",
            PasswordProblem::Mismatch => "staff-password-mismatch",
        }
    }
}

/// Checks a new password (and its confirmation) for a user with these details.
pub fn check_new_password(password: &str, confirm: &str, user_inputs: &[&str]) -> Result<(), PasswordProblem> {
    let len = password.chars().count();
    if len < MIN_LEN {
        return Err(PasswordProblem::TooShort);
    }
    if len > MAX_LEN {
        return Err(PasswordProblem::TooLong);
    }
    // Score 0–4; 3 means "safely unguessable" against an online attack with throttling and
    // more than 10^8 guesses offline. Common passwords and patterns score 0–2.
    let estimate = zxcvbn::zxcvbn(password, user_inputs);
    if (estimate.score() as u8) < 3 {
        return Err(PasswordProblem::TooCommon);
    }
    if password != confirm {
        return Err(PasswordProblem::Mismatch);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_limits() {
        assert_eq!(check_new_password("short", "short", &[]), Err(PasswordProblem::TooShort));
        let long = "a".repeat(129);
        assert_eq!(check_new_password(&long, &long, &[]), Err(PasswordProblem::TooLong));
    }

    #[test]
    fn common_passwords_are_refused_even_when_long() {
        for p in ["password1234", "qwertyuiop123", "123456789012", "iloveyou12345", "Password1234!"] {
            assert_eq!(check_new_password(p, p, &[]), Err(PasswordProblem::TooCommon), "{p}");
        }
    }

    #[test]
    fn the_users_own_details_are_refused() {
        let p = "jane.smith@testshire.gov.uk";
        assert_eq!(check_new_password(p, p, &[p, "Jane Smith"]), Err(PasswordProblem::TooCommon));
    }

    #[test]
    fn a_long_passphrase_with_any_characters_is_fine() {
        for p in ["correct horse battery staple", "gwyrdd-afal-mynydd-glas-77", "كلمة سر طويلة جدا للموظفين"] {
            assert_eq!(check_new_password(p, p, &[]), Ok(()), "{p}");
        }
    }

    #[test]
    fn the_copies_must_match() {
        assert_eq!(
            check_new_password("correct horse battery staple", "correct horse battery stapel", &[]),
            Err(PasswordProblem::Mismatch)
        );
    }
}
