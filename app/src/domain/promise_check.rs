//! "Is this happening for you?": the anonymous answer a young person can give on each pledge
//! and Charter promise.
//!
//! An answer keeps nothing that could say who gave it: the organisation, which promise, the
//! answer and the day. A retried post must count once, so each form carries a random
//! one-time id; the ids are kept (with only the day) for [`FORM_ID_DAYS`] days, then purged.

/// The answers offered, in the order the form shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// Yes, it is happening.
    Yes,
    /// Sometimes.
    Sometimes,
    /// No, it is not happening.
    No,
    /// Not sure.
    NotSure,
}

impl Answer {
    /// Every answer, in form order.
    pub const ALL: [Answer; 4] = [Answer::Yes, Answer::Sometimes, Answer::No, Answer::NotSure];

    /// The value posted and stored.
    pub fn code(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::Sometimes => "sometimes",
            Answer::No => "no",
            Answer::NotSure => "not-sure",
        }
    }

    /// Parses a posted value; anything not offered is `None`.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.code() == s)
    }
}

/// Which kind of promise an answer is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PromiseKind {
    /// A promise in the council's Pledge (`/pledge`).
    Pledge,
    /// A promise of the Care Leavers Charter (`/charter`).
    Charter,
}

impl PromiseKind {
    /// The value stored, and the start of each promise's anchor on its page.
    pub fn code(self) -> &'static str {
        match self {
            PromiseKind::Pledge => "pledge",
            PromiseKind::Charter => "charter",
        }
    }

    /// The page the promises are on.
    pub fn path(self) -> &'static str {
        match self {
            PromiseKind::Pledge => "/pledge",
            PromiseKind::Charter => "/charter",
        }
    }

    /// The `id` of a promise's element on its page (also the redirect's `#fragment`).
    pub fn anchor(self, promise_id: &str) -> String {
        format!("{}-{promise_id}", self.code())
    }
}

/// How many days a used form id is remembered.
pub const FORM_ID_DAYS: i64 = 3;

/// Length of a form id: 16 random bytes in unpadded base64url.
pub const FORM_ID_LEN: usize = 22;

/// Whether `s` looks like a form id this app made (so nothing else is stored as one).
pub fn valid_form_id(s: &str) -> bool {
    s.len() == FORM_ID_LEN && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether `s` is a promise id as content uses them: lowercase letters, digits and dashes.
pub fn valid_promise_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The day (`YYYY-MM-DD`, UTC) of a Unix time: the finest time an answer keeps.
pub fn day_of(unix_secs: i64) -> String {
    let date = time::OffsetDateTime::from_unix_timestamp(unix_secs)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
        .date();
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// The first day whose form ids are still kept at `unix_secs`; older ones are purged.
pub fn oldest_kept_day(unix_secs: i64) -> String {
    day_of(unix_secs - (FORM_ID_DAYS - 1) * 86_400)
}

/// The address to go back to after an answer: the same page, in the same language, with the
/// thank-you shown on the promise and the browser taken to it.
pub fn answered_location(kind: PromiseKind, promise_id: &str, lang: &str) -> String {
    format!("{}?lang={lang}&answered={promise_id}#{}", kind.path(), kind.anchor(promise_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_offered_answers_parse() {
        for a in Answer::ALL {
            assert_eq!(Answer::parse(a.code()), Some(a));
        }
        for bad in ["", "YES", "maybe", "yes ", "not sure", "1"] {
            assert_eq!(Answer::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn form_ids_are_22_url_safe_characters() {
        assert!(valid_form_id("abcdefghijklmnopqrstu_"));
        assert!(valid_form_id("A-b_C0123456789xyzXYZ0"));
        assert!(!valid_form_id(""));
        assert!(!valid_form_id("short"));
        assert!(!valid_form_id("abcdefghijklmnopqrstu="));
        assert!(!valid_form_id("abcdefghijklmnopqrstuvw"));
        assert!(!valid_form_id("abcdefghij klmnopqrstu"));
    }

    #[test]
    fn promise_ids_are_kebab_case() {
        assert!(valid_promise_id("know-your-worker"));
        assert!(valid_promise_id("age-16"));
        assert!(!valid_promise_id(""));
        assert!(!valid_promise_id("Know"));
        assert!(!valid_promise_id("a b"));
        assert!(!valid_promise_id("x\"><script>"));
        assert!(!valid_promise_id(&"a".repeat(81)));
    }

    #[test]
    fn the_day_is_all_that_is_kept_of_the_time() {
        assert_eq!(day_of(0), "1970-01-01");
        // 2026-11-23 00:00:00 and 23:59:59 UTC are the same day.
        assert_eq!(day_of(1_795_392_000), "2026-11-23");
        assert_eq!(day_of(1_795_392_000 + 86_399), "2026-11-23");
        assert_eq!(day_of(1_795_392_000 + 86_400), "2026-11-24");
    }

    #[test]
    fn form_ids_are_kept_for_three_days_counting_today() {
        let t = 1_795_392_000 + 3600; // 2026-11-23
        assert_eq!(oldest_kept_day(t), "2026-11-21");
    }

    #[test]
    fn the_redirect_goes_back_to_the_promise() {
        assert_eq!(
            answered_location(PromiseKind::Pledge, "know-your-worker", "cy"),
            "/pledge?lang=cy&answered=know-your-worker#pledge-know-your-worker"
        );
        assert_eq!(answered_location(PromiseKind::Charter, "home", "ar"), "/charter?lang=ar&answered=home#charter-home");
    }
}
