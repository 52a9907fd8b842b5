//! Complaint, advocacy and compliment input: the choices offered, the checks on what was
//! typed, and the references and tracking codes people are given.


/// Letters and digits that cannot be misread for each other (no 0/O, 1/I/L, 5/S, 8/B).
const ALPHABET: &[u8] = b"234679ACDEFGHJKMNPQRTUVWXYZ";

fn encode(random: &[u8]) -> String {
    random.iter().map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()])).collect()
}

/// A complaint reference like `CV-7K3Q-9P2M` from 8 random bytes (about 38 bits).
pub fn reference(prefix: &str, random: &[u8; 8]) -> String {
    let s = encode(random);
    format!("{prefix}-{}-{}", &s[..4], &s[4..])
}

/// A tracking code like `H4TX-QMZ9-KC` from 10 random bytes (about 48 bits).
pub fn tracking_code(random: &[u8; 10]) -> String {
    let s = encode(random);
    format!("{}-{}-{}", &s[..4], &s[4..8], &s[8..])
}

/// A reference as typed (any case, spaces, missing dashes) in its stored form, if it could be one.
pub fn normalise_reference(input: &str, prefix: &str) -> Option<String> {
    let clean: String = input.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect();
    let body = clean.strip_prefix(prefix).unwrap_or(&clean);
    (body.len() == 8).then(|| format!("{prefix}-{}-{}", &body[..4], &body[4..]))
}

/// A tracking code as typed, in the form that is hashed.
pub fn normalise_tracking_code(input: &str) -> String {
    input.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

/// Who is complaining.
pub const WHO: &[&str] = &["child", "care-leaver", "parent", "carer", "other"];
/// What it is about.
pub const TOPICS: &[&str] =
    &["home", "social-worker", "school", "health", "money", "leaving-care", "family", "listened-to", "other"];
/// Whether they want an advocate.
pub const ADVOCATE: &[&str] = &["yes", "no", "not-sure"];
/// How to reply.
pub const REPLY_BY: &[&str] = &["phone", "email", "worker", "none"];
/// Longest "what happened".
pub const MAX_STORY: usize = 5000;
/// Longest "what would put it right" and other notes.
pub const MAX_NOTE: usize = 2000;
/// Longest name or contact detail.
pub const MAX_SHORT: usize = 200;

/// A complaint as typed, before checking.
#[derive(Clone, Debug, Default)]
pub struct ComplaintInput {
    /// One of [`WHO`].
    pub who: String,
    /// "yes" when an adult confirms the child agrees.
    pub child_agrees: String,
    /// One of [`TOPICS`].
    pub topic: String,
    /// What happened.
    pub what_happened: String,
    /// What would put it right.
    pub put_right: String,
    /// One of [`ADVOCATE`].
    pub advocate: String,
    /// One of [`REPLY_BY`].
    pub reply_by: String,
    /// Their name.
    pub name: String,
    /// Phone number or email address.
    pub contact: String,
}

impl ComplaintInput {
    /// Whether an adult is complaining for a child.
    pub fn on_behalf(&self) -> bool {
        matches!(self.who.as_str(), "parent" | "carer" | "other")
    }

    /// Whether no reply is wanted (then it is a representation that cannot be answered).
    pub fn representation(&self) -> bool {
        self.reply_by == "none"
    }
}

/// A problem with one field: (field name, Fluent message id).
pub type Problem = (&'static str, &'static str);

/// Checks a complaint; problems are in page order.
pub fn check_complaint(c: &ComplaintInput) -> Vec<Problem> {
    let mut p = Vec::new();
    if !WHO.contains(&c.who.as_str()) {
        p.push(("who", "complaint-error-who"));
    } else if c.on_behalf() && c.child_agrees != "yes" {
        p.push(("child_agrees", "complaint-error-child-agrees"));
    }
    if !TOPICS.contains(&c.topic.as_str()) {
        p.push(("topic", "complaint-error-topic"));
    }
    let story = c.what_happened.trim().chars().count();
    if story == 0 {
        p.push(("what_happened", "complaint-error-what-happened"));
    } else if story > MAX_STORY {
        p.push(("what_happened", "complaint-error-too-long"));
    }
    if c.put_right.chars().count() > MAX_NOTE {
        p.push(("put_right", "complaint-error-too-long"));
    }
    if !ADVOCATE.contains(&c.advocate.as_str()) {
        p.push(("advocate", "complaint-error-advocate"));
    }
    if !REPLY_BY.contains(&c.reply_by.as_str()) {
        p.push(("reply_by", "complaint-error-reply-by"));
    } else if !c.representation() {
        if c.name.trim().is_empty() {
            p.push(("name", "complaint-error-name"));
        } else if c.name.chars().count() > MAX_SHORT {
            p.push(("name", "complaint-error-too-long"));
        }
        match c.reply_by.as_str() {
            "phone" if !plausible_phone(&c.contact) => p.push(("contact", "complaint-error-phone")),
            "email" if !plausible_email(&c.contact) => p.push(("contact", "complaint-error-email")),
            "worker" if c.contact.trim().is_empty() => p.push(("contact", "complaint-error-worker")),
            _ if c.contact.chars().count() > MAX_SHORT => p.push(("contact", "complaint-error-too-long")),
            _ => {}
        }
    }
    p
}

/// Whether `s` could be a UK or international phone number.
pub fn plausible_phone(s: &str) -> bool {
    let s = s.trim();
    let digits = s.chars().filter(char::is_ascii_digit).count();
    (7..=15).contains(&digits) && s.chars().all(|c| c.is_ascii_digit() || " +()-".contains(c))
}

/// Whether `s` looks like an email address.
pub fn plausible_email(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.split_once('@') else { return false };
    !local.is_empty() && domain.contains('.') && !domain.ends_with('.') && s.len() <= 254 && !s.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> ComplaintInput {
        ComplaintInput {
            who: "child".into(),
            topic: "home".into(),
            what_happened: "My carer reads my messages.".into(),
            advocate: "yes".into(),
            reply_by: "phone".into(),
            name: "Sam".into(),
            contact: "07700 900123".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_complaint_passes() {
        assert!(check_complaint(&good()).is_empty());
    }

    #[test]
    fn an_adult_must_confirm_the_child_agrees() {
        let mut c = good();
        c.who = "parent".into();
        assert_eq!(check_complaint(&c), vec![("child_agrees", "complaint-error-child-agrees")]);
        c.child_agrees = "yes".into();
        assert!(check_complaint(&c).is_empty());
    }

    #[test]
    fn no_reply_needs_no_name_or_contact_and_is_a_representation() {
        let mut c = good();
        c.reply_by = "none".into();
        c.name.clear();
        c.contact.clear();
        assert!(check_complaint(&c).is_empty());
        assert!(c.representation());
    }

    #[test]
    fn options_not_offered_are_refused() {
        let mut c = good();
        c.who = "admin".into();
        c.topic = "<script>".into();
        c.advocate = "maybe".into();
        c.reply_by = "pigeon".into();
        let fields: Vec<_> = check_complaint(&c).into_iter().map(|p| p.0).collect();
        assert_eq!(fields, vec!["who", "topic", "advocate", "reply_by"]);
    }

    #[test]
    fn contact_must_fit_the_way_to_reply() {
        let mut c = good();
        c.contact = "call me".into();
        assert_eq!(check_complaint(&c), vec![("contact", "complaint-error-phone")]);
        c.reply_by = "email".into();
        c.contact = "sam@example".into();
        assert_eq!(check_complaint(&c), vec![("contact", "complaint-error-email")]);
        c.contact = "sam@example.org".into();
        assert!(check_complaint(&c).is_empty());
    }

    #[test]
    fn text_over_the_limit_is_refused() {
        let mut c = good();
        c.what_happened = "a".repeat(MAX_STORY + 1);
        assert_eq!(check_complaint(&c), vec![("what_happened", "complaint-error-too-long")]);
        c.what_happened = "é".repeat(MAX_STORY);
        assert!(check_complaint(&c).is_empty(), "characters, not bytes");
    }

    #[test]
    fn references_and_codes_are_readable_and_normalise() {
        let r = reference("CV", &[0, 1, 2, 3, 250, 251, 252, 253]);
        assert!(r.starts_with("CV-") && r.len() == 12, "{r}");
        assert!(!r[3..].contains(['0', 'O', '1', 'I', 'L', '5', 'S', '8', 'B']));
        assert_eq!(normalise_reference(&r.to_lowercase().replace('-', " "), "CV").as_deref(), Some(r.as_str()));
        assert_eq!(normalise_reference("CV-1234", "CV"), None);
        let t = tracking_code(&[9; 10]);
        assert_eq!(normalise_tracking_code(&t.to_lowercase()), t.replace('-', ""));
    }
}
