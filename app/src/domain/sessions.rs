//! Rules for staff sessions and sign-in throttling (pure: the caller passes the time).

/// Session time limits, in seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionLimits {
    /// A session ends after this long without a request (default 30 minutes).
    pub idle_secs: i64,
    /// A session ends this long after sign-in whatever happens (default 12 hours).
    pub absolute_secs: i64,
}

impl Default for SessionLimits {
    fn default() -> Self {
        Self { idle_secs: 30 * 60, absolute_secs: 12 * 60 * 60 }
    }
}

/// Whether a session created at `created` and last used at `last_seen` is still alive at `now`.
pub fn session_alive(limits: SessionLimits, created: i64, last_seen: i64, now: i64) -> bool {
    now >= created && now - last_seen < limits.idle_secs && now - created < limits.absolute_secs
}

/// How long (seconds) sign-in stays closed after `failures` failures in a row: nothing for
/// the first `free` ones, then 30 seconds, doubling each time, at most an hour.
pub fn backoff_secs(failures: u32, free: u32) -> i64 {
    if failures <= free {
        return 0;
    }
    let steps = (failures - free - 1).min(7);
    (30_i64 << steps).min(3600)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_and_absolute_limits() {
        let l = SessionLimits::default();
        assert!(session_alive(l, 0, 0, 29 * 60));
        assert!(!session_alive(l, 0, 0, 30 * 60), "idle for exactly 30 minutes ends it");
        assert!(session_alive(l, 0, 11 * 3600 + 50 * 60, 11 * 3600 + 59 * 60));
        assert!(!session_alive(l, 0, 12 * 3600 - 1, 12 * 3600), "12 hours after sign-in ends it even if active");
        assert!(!session_alive(l, 100, 100, 50), "a clock before creation is not trusted");
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff_secs(0, 4), 0);
        assert_eq!(backoff_secs(4, 4), 0);
        assert_eq!(backoff_secs(5, 4), 30);
        assert_eq!(backoff_secs(6, 4), 60);
        assert_eq!(backoff_secs(7, 4), 120);
        assert_eq!(backoff_secs(50, 4), 3600);
        assert_eq!(backoff_secs(20, 20), 0);
    }
}
