//! Resume codes ("save and come back later") and the limit on guessing them.
//!
//! A code is 9 characters from an alphabet of 25 that avoids look-alikes (no 0/O, 1/I/L, 2/Z,
//! 5/S, 8/B), shown as three groups of three: `KDM-7QX-P4T`. That is about 42 bits: easy to
//! write down, and with at most [`MAX_FAILURES`] wrong tries per address per
//! [`WINDOW_SECS`], hopeless to guess. Only a hash of the code is stored.

/// The characters a code is made of.
pub const ALPHABET: &[u8; 25] = b"ACDEFGHJKMNPQRTUVWXY34679";
/// Characters in a code (without the dashes).
pub const CODE_LEN: usize = 9;
/// Wrong codes allowed from one address in one window.
pub const MAX_FAILURES: u32 = 5;
/// The window, in seconds (15 minutes).
pub const WINDOW_SECS: i64 = 15 * 60;

/// A code from nine random indexes into [`ALPHABET`] (each taken modulo its length; the
/// caller draws them uniformly from `0..25`).
pub fn code_from_indexes(indexes: &[usize; CODE_LEN]) -> String {
    let mut out = String::with_capacity(CODE_LEN + 2);
    for (i, n) in indexes.iter().enumerate() {
        if i > 0 && i % 3 == 0 {
            out.push('-');
        }
        out.push(char::from(ALPHABET[n % ALPHABET.len()]));
    }
    out
}

/// The code as stored and compared: upper case, no spaces or dashes. `None` if it cannot
/// be a code (wrong length or a character a code never has).
pub fn normalise(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == CODE_LEN && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

/// Wrong tries from one address: how many, and when the window began.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Failures {
    /// Wrong codes in the window.
    pub count: u32,
    /// Start of the window (Unix seconds).
    pub since: i64,
}

impl Failures {
    /// Whether another try is allowed at `now`.
    pub fn allowed(&self, now: i64) -> bool {
        now - self.since >= WINDOW_SECS || self.count < MAX_FAILURES
    }

    /// The count after one more wrong try at `now` (a new window if the old one is over).
    pub fn after_failure(self, now: i64) -> Failures {
        if now - self.since >= WINDOW_SECS {
            Failures { count: 1, since: now }
        } else {
            Failures { count: self.count + 1, since: self.since }
        }
    }

    /// Whether the record can be forgotten at `now`.
    pub fn expired(&self, now: i64) -> bool {
        now - self.since >= WINDOW_SECS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_three_groups_of_three_from_the_alphabet() {
        let code = code_from_indexes(&[0, 1, 2, 3, 4, 5, 6, 7, 24]);
        assert_eq!(code, "ACD-EFG-HJ9");
        assert_eq!(normalise(&code).as_deref(), Some("ACDEFGHJ9"));
    }

    #[test]
    fn typing_is_forgiving_about_case_spaces_and_dashes() {
        assert_eq!(normalise(" acd efg-hj9 ").as_deref(), Some("ACDEFGHJ9"));
        assert_eq!(normalise("ACDEFGHJ9").as_deref(), Some("ACDEFGHJ9"));
    }

    #[test]
    fn impossible_codes_are_refused_without_a_lookup() {
        for bad in ["", "ACD-EFG", "ACD-EFG-HJ9X", "ACD-EFG-HJ0", "ACD-EFG-HJO", "ACD EFG HJ!"] {
            assert_eq!(normalise(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_alphabet_has_no_look_alikes_and_no_repeats() {
        for c in b"0O1IL2Z5S8B" {
            assert!(!ALPHABET.contains(c), "{}", char::from(*c));
        }
        let mut seen = std::collections::HashSet::new();
        assert!(ALPHABET.iter().all(|c| seen.insert(*c)));
        // About 42 bits.
        assert!((ALPHABET.len() as f64).powi(CODE_LEN as i32).log2() > 41.0);
    }

    #[test]
    fn five_wrong_tries_close_the_door_for_fifteen_minutes() {
        let mut f = Failures::default();
        let t0 = 1_000_000;
        for i in 0..MAX_FAILURES {
            assert!(f.allowed(t0 + i64::from(i)), "try {i}");
            f = f.after_failure(t0 + i64::from(i));
        }
        assert!(!f.allowed(t0 + 10));
        assert!(!f.allowed(t0 + WINDOW_SECS - 1));
        assert!(f.allowed(t0 + WINDOW_SECS));
        assert_eq!(f.after_failure(t0 + WINDOW_SECS), Failures { count: 1, since: t0 + WINDOW_SECS });
    }
}
