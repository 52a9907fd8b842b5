//! Survey rounds: when a round is open, what a new round must say, days (never finer), and
//! the response rate staff see (through small-number suppression).

use super::survey::Band;
use super::suppression::Policy;
use time::Date;

/// The day of a Unix time (UTC). Surveys store no time finer than this.
pub fn day_of(unix_secs: i64) -> Date {
    time::OffsetDateTime::from_unix_timestamp(unix_secs)
        .map(|t| t.date())
        .unwrap_or(Date::MIN)
}

/// `YYYY-MM-DD`.
pub fn iso(date: Date) -> String {
    let (y, m, d) = (date.year(), u8::from(date.month()), date.day());
    format!("{y:04}-{m:02}-{d:02}")
}

/// Parses `YYYY-MM-DD`.
pub fn parse_iso(s: &str) -> Option<Date> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s.trim(), &fmt).ok()
}

/// `date` plus `days`.
pub fn add_days(date: Date, days: i64) -> Date {
    date.checked_add(time::Duration::days(days)).unwrap_or(Date::MAX)
}

/// Where a round is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundStatus {
    /// Before its first day.
    NotYetOpen,
    /// Taking answers.
    Open,
    /// After its last day, or closed early by staff.
    Closed,
}

/// A round's status on `today` (both dates inclusive).
pub fn round_status(opens_on: Date, closes_on: Date, closed_early: bool, today: Date) -> RoundStatus {
    if closed_early || today > closes_on {
        RoundStatus::Closed
    } else if today < opens_on {
        RoundStatus::NotYetOpen
    } else {
        RoundStatus::Open
    }
}

/// The longest a round may stay open.
pub const MAX_ROUND_DAYS: i64 = 366;
/// The most young people a band may say it invited.
pub const MAX_INVITED: u32 = 100_000;

/// A round to open, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewRound {
    /// What staff call it ("Autumn 2026").
    pub title: String,
    /// First day.
    pub opens_on: Date,
    /// Last day.
    pub closes_on: Date,
    /// The bands asked, each with how many young people were invited (if known).
    pub bands: Vec<(Band, Option<u32>)>,
}

/// What was wrong with a new round, by form field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundProblem {
    /// `title`: missing or over 100 characters.
    Title,
    /// `opens_on`: not a date.
    OpensOn,
    /// `closes_on`: not a date, before the first day or today, or too long after it.
    ClosesOn,
    /// `bands`: none chosen.
    Bands,
    /// `invited-{band}`: not a whole number from 1 to [`MAX_INVITED`].
    Invited(Band),
}

impl RoundProblem {
    /// The form field it belongs to.
    pub fn field(self) -> String {
        match self {
            RoundProblem::Title => "title".into(),
            RoundProblem::OpensOn => "opens_on".into(),
            RoundProblem::ClosesOn => "closes_on".into(),
            RoundProblem::Bands => "bands".into(),
            RoundProblem::Invited(b) => format!("invited-{}", b.slug()),
        }
    }
}

/// The raw fields of the "open a round" form.
#[derive(Clone, Debug, Default)]
pub struct RoundForm<'a> {
    /// Title.
    pub title: &'a str,
    /// First day, `YYYY-MM-DD`.
    pub opens_on: &'a str,
    /// Last day.
    pub closes_on: &'a str,
    /// Band slugs ticked, with what was typed for how many were invited.
    pub bands: Vec<(&'a str, &'a str)>,
}

/// Checks the form against `today`.
pub fn check_round(form: &RoundForm<'_>, today: Date) -> Result<NewRound, Vec<RoundProblem>> {
    let mut problems = Vec::new();
    let title = form.title.trim();
    if title.is_empty() || title.chars().count() > 100 {
        problems.push(RoundProblem::Title);
    }
    let opens = parse_iso(form.opens_on);
    if opens.is_none() {
        problems.push(RoundProblem::OpensOn);
    }
    let closes = parse_iso(form.closes_on).filter(|c| {
        *c >= today && opens.is_none_or(|o| *c >= o && (*c - o).whole_days() <= MAX_ROUND_DAYS)
    });
    if closes.is_none() {
        problems.push(RoundProblem::ClosesOn);
    }
    let mut bands = Vec::new();
    for band in Band::ALL {
        let Some((_, invited)) = form.bands.iter().find(|(slug, _)| *slug == band.slug()) else { continue };
        let invited = invited.trim();
        let n = if invited.is_empty() { Some(None) } else { invited.parse::<u32>().ok().filter(|n| (1..=MAX_INVITED).contains(n)).map(Some) };
        match n {
            Some(n) => bands.push((band, n)),
            None => problems.push(RoundProblem::Invited(band)),
        }
    }
    if form.bands.iter().all(|(slug, _)| Band::parse(slug).is_none()) {
        problems.push(RoundProblem::Bands);
    }
    match (opens, closes) {
        (Some(opens_on), Some(closes_on)) if problems.is_empty() => {
            Ok(NewRound { title: title.to_owned(), opens_on, closes_on, bands })
        }
        _ => Err(problems),
    }
}

/// A band's responses as staff may see them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResponseFigure {
    /// Fewer than the threshold: the number is hidden.
    Hidden,
    /// Rounded count, and the response rate in whole percent when the invited number is known.
    Shown {
        /// Responses, rounded.
        count: u64,
        /// Responses as a percentage of those invited.
        rate: Option<u64>,
    },
}

/// Responses for staff: hidden below the threshold, otherwise rounded, with the rate worked
/// out from the exact numbers.
pub fn response_figure(responses: u64, invited: Option<u32>, policy: &Policy) -> ResponseFigure {
    if responses < u64::from(policy.k()) {
        return ResponseFigure::Hidden;
    }
    let base = u64::from(policy.round_to());
    let count = (responses + base / 2) / base * base;
    let rate = invited.filter(|n| *n > 0).map(|n| (responses * 100 + u64::from(n) / 2) / u64::from(n));
    ResponseFigure::Shown { count, rate }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse_iso(s).expect("date")
    }

    #[test]
    fn days_round_trip_and_never_carry_a_time() {
        assert_eq!(iso(d("2026-03-09")), "2026-03-09");
        assert_eq!(iso(day_of(1_772_000_000)), "2026-02-25");
        assert_eq!(iso(add_days(d("2026-12-25"), 14)), "2027-01-08");
        assert!(parse_iso("2026-02-30").is_none() && parse_iso("25/12/2026").is_none());
    }

    #[test]
    fn a_round_is_open_from_its_first_to_its_last_day() {
        let (o, c) = (d("2026-03-01"), d("2026-03-31"));
        assert_eq!(round_status(o, c, false, d("2026-02-28")), RoundStatus::NotYetOpen);
        assert_eq!(round_status(o, c, false, d("2026-03-01")), RoundStatus::Open);
        assert_eq!(round_status(o, c, false, d("2026-03-31")), RoundStatus::Open);
        assert_eq!(round_status(o, c, false, d("2026-04-01")), RoundStatus::Closed);
        assert_eq!(round_status(o, c, true, d("2026-03-10")), RoundStatus::Closed);
    }

    #[test]
    fn a_good_round_is_accepted() {
        let form = RoundForm {
            title: " Autumn 2026 ",
            opens_on: "2026-09-01",
            closes_on: "2026-10-31",
            bands: vec![("8-11", "40"), ("care-leavers", "")],
        };
        let r = check_round(&form, d("2026-08-01")).expect("valid");
        assert_eq!(r.title, "Autumn 2026");
        assert_eq!(r.bands, vec![(Band::Age8To11, Some(40)), (Band::CareLeavers, None)]);
    }

    #[test]
    fn each_problem_is_named_by_its_field() {
        let form = RoundForm { title: "", opens_on: "soon", closes_on: "2026-01-01", bands: vec![("8-11", "-3")] };
        let p = check_round(&form, d("2026-08-01")).expect_err("invalid");
        assert_eq!(p, vec![RoundProblem::Title, RoundProblem::OpensOn, RoundProblem::ClosesOn, RoundProblem::Invited(Band::Age8To11)]);
        assert_eq!(p[3].field(), "invited-8-11");
        let none = RoundForm { title: "x", opens_on: "2026-09-01", closes_on: "2026-09-02", bands: vec![("9-99", "")] };
        assert_eq!(check_round(&none, d("2026-08-01")), Err(vec![RoundProblem::Bands]));
    }

    #[test]
    fn a_round_cannot_end_before_it_starts_before_today_or_after_a_year() {
        let mut form = RoundForm { title: "x", opens_on: "2026-09-10", closes_on: "2026-09-01", bands: vec![("4-7", "")] };
        assert_eq!(check_round(&form, d("2026-08-01")), Err(vec![RoundProblem::ClosesOn]));
        form.closes_on = "2027-09-12";
        assert_eq!(check_round(&form, d("2026-08-01")), Err(vec![RoundProblem::ClosesOn]));
        form = RoundForm { title: "x", opens_on: "2026-01-01", closes_on: "2026-02-01", bands: vec![("4-7", "")] };
        assert_eq!(check_round(&form, d("2026-08-01")), Err(vec![RoundProblem::ClosesOn]));
    }

    #[test]
    fn small_response_numbers_are_hidden_and_others_rounded() {
        let p = Policy::default();
        assert_eq!(response_figure(9, Some(20), &p), ResponseFigure::Hidden);
        assert_eq!(response_figure(12, Some(40), &p), ResponseFigure::Shown { count: 10, rate: Some(30) });
        assert_eq!(response_figure(13, None, &p), ResponseFigure::Shown { count: 15, rate: None });
        assert_eq!(response_figure(0, Some(5), &p), ResponseFigure::Hidden);
    }
}
