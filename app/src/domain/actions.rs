//! "You said, we did": what an action in the log must have before it is kept or published.

/// The six outcomes (Southwark's framework, the default in `strategies.md`), as stored.
pub const OUTCOMES: [&str; 6] =
    ["have-a-say", "safe-and-settled", "happy-and-healthy", "education", "avoiding-risks", "independence"];

/// Where an action has got to.
pub const STATUSES: [&str; 4] = ["planned", "in-progress", "done", "not-possible"];

/// Longest "what young people said" / "what we will do".
pub const MAX_TEXT: usize = 1000;
/// Longest owner or evidence note.
pub const MAX_SHORT: usize = 200;

/// An action as typed by staff.
#[derive(Clone, Debug, Default)]
pub struct ActionInput {
    /// One of [`OUTCOMES`].
    pub outcome: String,
    /// What young people said, in plain words.
    pub said: String,
    /// What we will do (or did).
    pub action: String,
    /// Who owns it (a team or role, not a young person).
    pub owner: String,
    /// By when (YYYY-MM-DD), optional.
    pub due_day: String,
    /// One of [`STATUSES`].
    pub status: String,
    /// The results that prompted it (e.g. "Survey round 2026, 11–17, question 12").
    pub evidence: String,
}

/// Checks an action; problems are (field, Fluent message id), in form order.
pub fn check_action(a: &ActionInput) -> Vec<(&'static str, &'static str)> {
    let mut p = Vec::new();
    let len_ok = |s: &str, max: usize| !s.trim().is_empty() && s.chars().count() <= max;
    if !len_ok(&a.said, MAX_TEXT) {
        p.push(("said", "actions-error-said"));
    }
    if !OUTCOMES.contains(&a.outcome.as_str()) {
        p.push(("outcome", "actions-error-outcome"));
    }
    if !len_ok(&a.action, MAX_TEXT) {
        p.push(("action", "actions-error-action"));
    }
    if !len_ok(&a.owner, MAX_SHORT) {
        p.push(("owner", "actions-error-owner"));
    }
    if !a.due_day.is_empty() && time::Date::parse(&a.due_day, &time::format_description::well_known::Iso8601::DATE).is_err() {
        p.push(("due_day", "actions-error-due"));
    }
    if !STATUSES.contains(&a.status.as_str()) {
        p.push(("status", "actions-error-status"));
    }
    if a.evidence.chars().count() > MAX_SHORT {
        p.push(("evidence", "actions-error-evidence"));
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> ActionInput {
        ActionInput {
            outcome: "have-a-say".into(),
            said: "You said you did not know who your IRO is.".into(),
            action: "Every IRO will send you a card with their photo and number.".into(),
            owner: "Head of the IRO service".into(),
            due_day: "2027-03-31".into(),
            status: "planned".into(),
            evidence: String::new(),
        }
    }

    #[test]
    fn a_complete_action_passes() {
        assert!(check_action(&good()).is_empty());
    }

    #[test]
    fn every_field_is_checked() {
        let a = ActionInput {
            outcome: "x".into(),
            said: " ".into(),
            action: "y".repeat(MAX_TEXT + 1),
            owner: String::new(),
            due_day: "31/03/2027".into(),
            status: "finished".into(),
            evidence: "z".repeat(MAX_SHORT + 1),
        };
        let fields: Vec<_> = check_action(&a).into_iter().map(|p| p.0).collect();
        assert_eq!(fields, ["said", "outcome", "action", "owner", "due_day", "status", "evidence"], "in form order");
    }
}
