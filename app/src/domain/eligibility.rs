//! Who can get an entitlement: the rule behind "Check what you can get" on `/entitlements`.
//!
//! An entitlement says which ages (inclusive), which care statuses and which situations it is
//! for. A young person answers any of three questions (age, status, situation); a question
//! left blank does not narrow the list, because we cannot rule something out on an answer
//! we were not given.

/// Whether a young person is still looked after or has left care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CareStatus {
    /// Still looked after (this includes "eligible" 16 and 17 year olds).
    InCare,
    /// Left care: "relevant" (16–17) and "former relevant" (18–25) young people.
    LeftCare,
}

impl CareStatus {
    /// Every status, in the order the form shows them.
    pub const ALL: [CareStatus; 2] = [CareStatus::InCare, CareStatus::LeftCare];

    /// The value used in addresses and content (`in-care`, `left-care`).
    pub fn code(self) -> &'static str {
        match self {
            CareStatus::InCare => "in-care",
            CareStatus::LeftCare => "left-care",
        }
    }

    /// Parses an address or content value.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.code() == s.trim())
    }
}

/// What a young person is doing now (one answer on the form).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Situation {
    /// At school, sixth form, college or on a training course.
    Education,
    /// At university or on another higher education course.
    HigherEducation,
    /// On an apprenticeship.
    Apprenticeship,
    /// In work.
    Working,
    /// Not in work, education or training.
    NotWorking,
    /// A parent.
    Parent,
    /// Came to the UK alone (an unaccompanied asylum-seeking child or former one).
    Unaccompanied,
    /// Disabled.
    Disabled,
}

impl Situation {
    /// Every situation, in the order the form shows them.
    pub const ALL: [Situation; 8] = [
        Situation::Education,
        Situation::HigherEducation,
        Situation::Apprenticeship,
        Situation::Working,
        Situation::NotWorking,
        Situation::Parent,
        Situation::Unaccompanied,
        Situation::Disabled,
    ];

    /// The value used in addresses and content (`higher-education`, …).
    pub fn code(self) -> &'static str {
        match self {
            Situation::Education => "education",
            Situation::HigherEducation => "higher-education",
            Situation::Apprenticeship => "apprenticeship",
            Situation::Working => "working",
            Situation::NotWorking => "not-working",
            Situation::Parent => "parent",
            Situation::Unaccompanied => "unaccompanied",
            Situation::Disabled => "disabled",
        }
    }

    /// Parses an address or content value.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.code() == s.trim())
    }
}

/// Which situations an entitlement is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SituationRule {
    /// Everyone, whatever they are doing.
    Any,
    /// Only people in one of these situations.
    OnlyFor(Vec<Situation>),
}

/// Who an entitlement is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    /// The youngest age that gets it.
    pub min_age: u8,
    /// The oldest age that still gets it ("until 25" is 24).
    pub max_age: u8,
    /// The care statuses it is for.
    pub statuses: Vec<CareStatus>,
    /// The situations it is for.
    pub situations: SituationRule,
}

/// A young person's answers; `None` means "not answered".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Age in whole years.
    pub age: Option<u8>,
    /// In care or left care.
    pub status: Option<CareStatus>,
    /// What they are doing now.
    pub situation: Option<Situation>,
}

impl Answers {
    /// Whether any question was answered (if not, there is nothing to check).
    pub fn any(&self) -> bool {
        self.age.is_some() || self.status.is_some() || self.situation.is_some()
    }
}

/// Whether an entitlement with `rule` applies to someone who gave `answers`.
pub fn applies(rule: &Rule, answers: &Answers) -> bool {
    let age_ok = answers.age.is_none_or(|a| rule.min_age <= a && a <= rule.max_age);
    let status_ok = answers.status.is_none_or(|s| rule.statuses.contains(&s));
    let situation_ok = match (&rule.situations, answers.situation) {
        (SituationRule::Any, _) | (_, None) => true,
        (SituationRule::OnlyFor(list), Some(s)) => list.contains(&s),
    };
    age_ok && status_ok && situation_ok
}

/// The items whose rule applies, in their original order.
pub fn eligible<'a, T>(items: &'a [T], rule_of: impl Fn(&T) -> Rule, answers: &Answers) -> Vec<&'a T> {
    items.iter().filter(|item| applies(&rule_of(item), answers)).collect()
}

/// The oldest age the form accepts.
pub const MAX_AGE: u8 = 99;

/// Why an age typed into the form is not usable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeError {
    /// Not a whole number ("abc", "19.5", "-3").
    NotANumber,
    /// A whole number, but not a person's age in years (over [`MAX_AGE`]).
    OutOfRange,
}

/// Reads an age typed into the form: blank is "not answered", a whole number from 0 to
/// [`MAX_AGE`] is an age, anything else is an error. Arabic-Indic digits (what an Arabic
/// phone keyboard types) count as digits.
pub fn parse_age(typed: &str) -> Result<Option<u8>, AgeError> {
    let t = typed.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let digits: Option<String> = t.chars().map(ascii_digit).collect();
    let Some(digits) = digits else { return Err(AgeError::NotANumber) };
    match digits.parse::<u32>() {
        Ok(n) if n <= u32::from(MAX_AGE) => Ok(u8::try_from(n).ok()),
        _ => Err(AgeError::OutOfRange),
    }
}

/// The ASCII digit for `c`, if it is a digit in ASCII, Arabic-Indic or Extended Arabic-Indic.
fn ascii_digit(c: char) -> Option<char> {
    let value = match c {
        '0'..='9' => u32::from(c) - u32::from('0'),
        '\u{0660}'..='\u{0669}' => u32::from(c) - 0x0660,
        '\u{06F0}'..='\u{06F9}' => u32::from(c) - 0x06F0,
        _ => return None,
    };
    char::from_digit(value, 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use CareStatus::{InCare, LeftCare};
    use Situation::*;

    fn rule(min: u8, max: u8, statuses: &[CareStatus], situations: Option<&[Situation]>) -> Rule {
        Rule {
            min_age: min,
            max_age: max,
            statuses: statuses.to_vec(),
            situations: situations.map_or(SituationRule::Any, |s| SituationRule::OnlyFor(s.to_vec())),
        }
    }

    /// The rules of the default Local Offer (content/default/entitlements.toml).
    fn local_offer() -> Vec<(&'static str, Rule)> {
        vec![
            ("personal-adviser", rule(16, 24, &[InCare, LeftCare], None)),
            ("pathway-plan", rule(16, 24, &[InCare, LeftCare], None)),
            ("staying-put", rule(18, 20, &[LeftCare], None)),
            ("staying-close", rule(18, 24, &[LeftCare], None)),
            ("setting-up-home-allowance", rule(16, 24, &[LeftCare], None)),
            ("higher-education-bursary", rule(18, 24, &[LeftCare], Some(&[HigherEducation]))),
            ("bursary-16-19", rule(16, 18, &[InCare, LeftCare], Some(&[Education]))),
            ("apprenticeship-bursary", rule(16, 24, &[InCare, LeftCare], Some(&[Apprenticeship]))),
            ("housing-costs-one-bedroom-rate", rule(18, 24, &[LeftCare], None)),
            ("council-tax", rule(18, 24, &[LeftCare], None)),
            ("homelessness-priority-18-20", rule(18, 20, &[LeftCare], None)),
            ("homelessness-priority-21-plus", rule(21, 25, &[LeftCare], None)),
            ("prescriptions", rule(16, 24, &[InCare, LeftCare], None)),
            ("health-checks-in-care", rule(0, 17, &[InCare], None)),
            ("local-offer", rule(16, 24, &[InCare, LeftCare], None)),
            ("advocacy", rule(0, 24, &[InCare, LeftCare], None)),
            ("travel", rule(18, 24, &[LeftCare], None)),
        ]
    }

    fn ids(answers: Answers) -> Vec<&'static str> {
        let offer = local_offer();
        eligible(&offer, |(_, r)| r.clone(), &answers).into_iter().map(|(id, _)| *id).collect()
    }

    fn ask(age: u8, status: CareStatus, situation: Option<Situation>) -> Vec<&'static str> {
        ids(Answers { age: Some(age), status: Some(status), situation })
    }

    #[test]
    fn a_rule_covers_its_ages_inclusively_and_no_others() {
        let r = rule(16, 24, &[InCare, LeftCare], None);
        let at = |age| applies(&r, &Answers { age: Some(age), ..Answers::default() });
        for (age, expected) in [(15, false), (16, true), (17, true), (18, true), (20, true), (21, true), (24, true), (25, false), (26, false)] {
            assert_eq!(at(age), expected, "age {age}");
        }
        let r = rule(18, 20, &[LeftCare], None);
        let at = |age| applies(&r, &Answers { age: Some(age), ..Answers::default() });
        for (age, expected) in [(15, false), (16, false), (17, false), (18, true), (20, true), (21, false), (24, false), (25, false), (26, false)] {
            assert_eq!(at(age), expected, "age {age}");
        }
        let r = rule(0, 17, &[InCare], None);
        assert!(applies(&r, &Answers { age: Some(0), ..Answers::default() }));
        assert!(!applies(&r, &Answers { age: Some(18), ..Answers::default() }));
    }

    #[test]
    fn every_age_boundary_for_a_care_leaver_with_no_particular_situation() {
        let expect: &[(u8, &[&str])] = &[
            (15, &["advocacy"]),
            (16, &["personal-adviser", "pathway-plan", "setting-up-home-allowance", "prescriptions", "local-offer", "advocacy"]),
            (17, &["personal-adviser", "pathway-plan", "setting-up-home-allowance", "prescriptions", "local-offer", "advocacy"]),
            (18, &["personal-adviser", "pathway-plan", "staying-put", "staying-close", "setting-up-home-allowance",
                   "housing-costs-one-bedroom-rate", "council-tax", "homelessness-priority-18-20", "prescriptions",
                   "local-offer", "advocacy", "travel"]),
            (20, &["personal-adviser", "pathway-plan", "staying-put", "staying-close", "setting-up-home-allowance",
                   "housing-costs-one-bedroom-rate", "council-tax", "homelessness-priority-18-20", "prescriptions",
                   "local-offer", "advocacy", "travel"]),
            (21, &["personal-adviser", "pathway-plan", "staying-close", "setting-up-home-allowance",
                   "housing-costs-one-bedroom-rate", "council-tax", "homelessness-priority-21-plus", "prescriptions",
                   "local-offer", "advocacy", "travel"]),
            (24, &["personal-adviser", "pathway-plan", "staying-close", "setting-up-home-allowance",
                   "housing-costs-one-bedroom-rate", "council-tax", "homelessness-priority-21-plus", "prescriptions",
                   "local-offer", "advocacy", "travel"]),
            (25, &["homelessness-priority-21-plus"]),
            (26, &[]),
        ];
        for (age, want) in expect {
            // A situation-specific item only shows when that situation is chosen, so use one
            // that no item is limited to.
            assert_eq!(ask(*age, LeftCare, Some(Parent)), want.to_vec(), "age {age}, left care");
        }
    }

    #[test]
    fn every_age_boundary_for_someone_still_in_care() {
        let expect: &[(u8, &[&str])] = &[
            (15, &["health-checks-in-care", "advocacy"]),
            (16, &["personal-adviser", "pathway-plan", "prescriptions", "health-checks-in-care", "local-offer", "advocacy"]),
            (17, &["personal-adviser", "pathway-plan", "prescriptions", "health-checks-in-care", "local-offer", "advocacy"]),
            (18, &["personal-adviser", "pathway-plan", "prescriptions", "local-offer", "advocacy"]),
            (20, &["personal-adviser", "pathway-plan", "prescriptions", "local-offer", "advocacy"]),
            (21, &["personal-adviser", "pathway-plan", "prescriptions", "local-offer", "advocacy"]),
            (24, &["personal-adviser", "pathway-plan", "prescriptions", "local-offer", "advocacy"]),
            (25, &[]),
            (26, &[]),
        ];
        for (age, want) in expect {
            assert_eq!(ask(*age, InCare, Some(Disabled)), want.to_vec(), "age {age}, in care");
        }
    }

    #[test]
    fn each_situation_adds_only_its_own_items() {
        // At 18, having left care: the items for everyone, plus the situation's own.
        let base = ask(18, LeftCare, Some(Working));
        let extra = |s| -> Vec<&str> { ask(18, LeftCare, Some(s)).into_iter().filter(|id| !base.contains(id)).collect() };
        assert_eq!(extra(Education), vec!["bursary-16-19"]);
        assert_eq!(extra(HigherEducation), vec!["higher-education-bursary"]);
        assert_eq!(extra(Apprenticeship), vec!["apprenticeship-bursary"]);
        for s in [Working, NotWorking, Parent, Unaccompanied, Disabled] {
            assert_eq!(extra(s), Vec::<&str>::new(), "{s:?}");
            assert_eq!(ask(18, LeftCare, Some(s)), base, "{s:?} has nothing of its own");
        }
    }

    #[test]
    fn situation_items_respect_their_ages_and_statuses() {
        // The 16-19 bursary: in or out of care, up to 18.
        for (age, status, expected) in [(15, InCare, false), (16, InCare, true), (17, LeftCare, true), (18, LeftCare, true), (19, LeftCare, false)] {
            assert_eq!(ask(age, status, Some(Education)).contains(&"bursary-16-19"), expected, "age {age} {status:?}");
        }
        // The higher education bursary: care leavers from 18 up to 24.
        for (age, status, expected) in [(17, LeftCare, false), (18, LeftCare, true), (24, LeftCare, true), (25, LeftCare, false), (19, InCare, false)] {
            assert_eq!(ask(age, status, Some(HigherEducation)).contains(&"higher-education-bursary"), expected, "age {age} {status:?}");
        }
        // The apprenticeship bursary: must start before 25.
        for (age, expected) in [(15, false), (16, true), (24, true), (25, false), (26, false)] {
            assert_eq!(ask(age, InCare, Some(Apprenticeship)).contains(&"apprenticeship-bursary"), expected, "age {age}");
        }
    }

    #[test]
    fn an_unanswered_question_does_not_narrow_the_list() {
        let all: Vec<&str> = local_offer().iter().map(|(id, _)| *id).collect();
        assert_eq!(ids(Answers::default()), all);
        assert!(!Answers::default().any());
        // Age only: both statuses and every situation.
        let at_19 = ids(Answers { age: Some(19), ..Answers::default() });
        for id in ["staying-put", "higher-education-bursary", "apprenticeship-bursary", "personal-adviser"] {
            assert!(at_19.contains(&id), "{id}");
        }
        assert!(!at_19.contains(&"health-checks-in-care") && !at_19.contains(&"bursary-16-19"));
        // Status only.
        let in_care = ids(Answers { status: Some(InCare), ..Answers::default() });
        assert!(in_care.contains(&"health-checks-in-care") && !in_care.contains(&"staying-put"));
        let left = ids(Answers { status: Some(LeftCare), ..Answers::default() });
        assert!(left.contains(&"staying-put") && !left.contains(&"health-checks-in-care"));
        // Situation only.
        let he = ids(Answers { situation: Some(HigherEducation), ..Answers::default() });
        assert!(he.contains(&"higher-education-bursary") && !he.contains(&"bursary-16-19"));
    }

    #[test]
    fn the_poster_example_works() {
        let got = ask(19, LeftCare, Some(Education));
        assert!(got.contains(&"staying-put") && got.contains(&"personal-adviser"));
        assert!(!got.contains(&"bursary-16-19"), "the 16-19 bursary ends at 18");
        assert!(!got.contains(&"higher-education-bursary"), "further education is not higher education");
    }

    #[test]
    fn statuses_and_situations_round_trip_through_their_codes() {
        for s in CareStatus::ALL {
            assert_eq!(CareStatus::parse(s.code()), Some(s));
        }
        for s in Situation::ALL {
            assert_eq!(Situation::parse(s.code()), Some(s));
        }
        assert_eq!(CareStatus::parse("left care"), None);
        assert_eq!(Situation::parse("any"), None);
        assert_eq!(Situation::parse(""), None);
    }

    #[test]
    fn ages_are_whole_numbers_from_0_to_99() {
        assert_eq!(parse_age(""), Ok(None));
        assert_eq!(parse_age("  "), Ok(None));
        assert_eq!(parse_age("19"), Ok(Some(19)));
        assert_eq!(parse_age(" 0 "), Ok(Some(0)));
        assert_eq!(parse_age("099"), Ok(Some(99)));
        assert_eq!(parse_age("100"), Err(AgeError::OutOfRange));
        assert_eq!(parse_age("300"), Err(AgeError::OutOfRange));
        assert_eq!(parse_age("99999999999999999999"), Err(AgeError::OutOfRange));
        assert_eq!(parse_age("١٩"), Ok(Some(19)), "Arabic-Indic digits");
        assert_eq!(parse_age("۲۱"), Ok(Some(21)), "Extended Arabic-Indic digits");
        for bad in ["abc", "19.5", "-3", "+19", "19 years", "1e2", "1 9"] {
            assert_eq!(parse_age(bad), Err(AgeError::NotANumber), "{bad}");
        }
    }
}
