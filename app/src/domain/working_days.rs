//! Working days in England and Wales, for complaint deadlines.
//!
//! **The rule.** The Children Act 1989 Representations Procedure (England) Regulations 2006
//! (SI 2006/1738), regulation 2: a "working day" is any day that is not a Saturday, Sunday,
//! Christmas Day, Boxing Day, Good Friday or a bank holiday under the Banking and Financial
//! Dealings Act 1971. The time limits (10 working days for stage 1, 25 to 65 for stage 2, and so
//! on) are counted in these days.
//!
//! **Where the dates come from.** Bank holidays (with their substitute days, and one-off days
//! such as the 2022 State Funeral) are read from a file in the same shape as GOV.UK's
//! `bank-holidays.json` (`content/bank-holidays/england-and-wales.json`). Weekends, Christmas
//! Day, Boxing Day and Good Friday (computed from Easter, see [`easter_sunday`]) are always
//! non-working, even in years the file does not list, so those parts of the rule never run out.
//! An administrator may add local closure days with [`Calendar::with_closures`].
//!
//! **Counting convention.** "Within N working days of receipt" is counted from the day *after*
//! the day of receipt: day 1 is the first working day after the day the complaint arrived, and
//! the deadline is day N. The day of receipt itself never counts, whether or not it is a working
//! day, so a complaint that arrives on a Saturday has Monday (if Monday is a working day) as
//! day 1, exactly like one that arrived on the Friday. With N = 0 the deadline is the day of
//! receipt. [`Calendar::working_days_between`] is the inverse: the working days after `from`, up
//! to and including `to`.
//!
//! **Pauses.** A pause (for example while an advocate is found) stops the clock: working days
//! from the pause's first day to its last day, both included, do not count.
//!
//! Everything here is pure: no clock, no files, no global state. The caller reads the file and
//! passes its text to [`Calendar::from_json`].

use std::collections::BTreeSet;
use std::fmt;

use serde::Deserialize;
use time::{Date, Duration, Month, Weekday};

/// The division name that [`Calendar::from_json`] accepts.
pub const DIVISION: &str = "england-and-wales";

/// The non-working days of England and Wales, plus any local closure days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// Bank holidays from the file (or given to [`Calendar::new`]).
    holidays: BTreeSet<Date>,
    /// Extra days the council is closed, added by an administrator.
    closures: BTreeSet<Date>,
}

/// Why a bank-holiday file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarError {
    /// The text is not JSON of the expected shape; holds the parser's message.
    Json(String),
    /// The file is for another division (for example Scotland); holds the division found.
    WrongDivision(String),
    /// An event's date is not a real `YYYY-MM-DD` date; holds the text found.
    BadDate(String),
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Json(msg) => write!(f, "bank holiday file is not valid: {msg}"),
            Self::WrongDivision(d) => {
                write!(f, "bank holiday file is for {d:?}, expected {DIVISION:?}")
            }
            Self::BadDate(d) => write!(f, "bank holiday file has a bad date: {d:?}"),
        }
    }
}

impl std::error::Error for CalendarError {}

/// One division of GOV.UK's bank holiday file.
#[derive(Deserialize)]
struct DivisionFile {
    division: String,
    events: Vec<EventFile>,
}

/// One event of a division; other fields (`title`, `notes`, `bunting`) are ignored.
#[derive(Deserialize)]
struct EventFile {
    date: String,
}

/// The accepted file shapes: one division, or GOV.UK's whole file with every division.
#[derive(Deserialize)]
#[serde(untagged)]
enum HolidayFile {
    Single(DivisionFile),
    GovUk {
        #[serde(rename = "england-and-wales")]
        england_and_wales: DivisionFile,
    },
}

impl Calendar {
    /// Builds a calendar from a list of bank holidays (weekends, Christmas, Boxing Day and Good Friday are added by rule).
    pub fn new(holidays: impl IntoIterator<Item = Date>) -> Calendar {
        Calendar {
            holidays: holidays.into_iter().collect(),
            closures: BTreeSet::new(),
        }
    }

    /// Reads a bank holiday file: `{"division": "england-and-wales", "events": [{"date": "YYYY-MM-DD", ...}]}` or GOV.UK's whole `bank-holidays.json`.
    pub fn from_json(json: &str) -> Result<Calendar, CalendarError> {
        let file: HolidayFile =
            serde_json::from_str(json).map_err(|e| CalendarError::Json(e.to_string()))?;
        let division = match file {
            HolidayFile::Single(d) => d,
            HolidayFile::GovUk { england_and_wales } => england_and_wales,
        };
        if division.division != DIVISION {
            return Err(CalendarError::WrongDivision(division.division));
        }
        let holidays = division
            .events
            .iter()
            .map(|e| parse_iso_date(&e.date).ok_or_else(|| CalendarError::BadDate(e.date.clone())))
            .collect::<Result<BTreeSet<Date>, CalendarError>>()?;
        Ok(Calendar {
            holidays,
            closures: BTreeSet::new(),
        })
    }

    /// Adds local closure days (for example an office closure between Christmas and New Year).
    #[must_use]
    pub fn with_closures(mut self, extra: impl IntoIterator<Item = Date>) -> Calendar {
        self.closures.extend(extra);
        self
    }

    /// The bank holidays this calendar knows from its file, in date order.
    pub fn bank_holidays(&self) -> impl Iterator<Item = Date> + '_ {
        self.holidays.iter().copied()
    }

    /// Whether the file lists any bank holiday in `year`; if not, only the fixed rules apply that year.
    pub fn lists_year(&self, year: i32) -> bool {
        self.holidays.iter().any(|d| d.year() == year)
    }

    /// Whether `date` is a working day: not a weekend, Christmas Day, Boxing Day, Good Friday, bank holiday or closure day.
    pub fn is_working_day(&self, date: Date) -> bool {
        !(matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
            || is_christmas_or_boxing_day(date)
            || is_good_friday(date)
            || self.holidays.contains(&date)
            || self.closures.contains(&date))
    }

    /// The deadline: the `n`-th working day after `start` (day 1 is the first working day after the day of receipt); `start` itself when `n` is 0.
    ///
    /// If the deadline would fall after the last date `time` can represent, that last date is
    /// returned; use [`Calendar::checked_add_working_days`] to see that case.
    pub fn add_working_days(&self, start: Date, n: u32) -> Date {
        self.checked_add_working_days(start, n).unwrap_or(Date::MAX)
    }

    /// Like [`Calendar::add_working_days`], but `None` if the deadline is beyond the last representable date.
    pub fn checked_add_working_days(&self, start: Date, n: u32) -> Option<Date> {
        self.checked_add_with_pauses(start, n, &[])
    }

    /// The working days after `from`, up to and including `to`; negative (the same count, negated) when `to` is before `from`.
    pub fn working_days_between(&self, from: Date, to: Date) -> i64 {
        self.working_days_between_with_pauses(from, to, &[])
    }

    /// The deadline when the clock stops during `pauses` (each `(first, last)` day, both included; a pause with `last < first` is empty).
    ///
    /// Working days inside a pause do not count; the result is never inside a pause when
    /// `n > 0`. Saturates at the last representable date like [`Calendar::add_working_days`].
    pub fn add_working_days_with_pauses(
        &self,
        start: Date,
        n: u32,
        pauses: &[(Date, Date)],
    ) -> Date {
        self.checked_add_with_pauses(start, n, pauses)
            .unwrap_or(Date::MAX)
    }

    /// Like [`Calendar::add_working_days_with_pauses`], but `None` if the deadline is beyond the last representable date.
    pub fn checked_add_with_pauses(
        &self,
        start: Date,
        n: u32,
        pauses: &[(Date, Date)],
    ) -> Option<Date> {
        let mut day = start;
        let mut counted: u32 = 0;
        while counted < n {
            day = day.next_day()?;
            if self.counts(day, pauses) {
                counted += 1;
            }
        }
        Some(day)
    }

    /// The working days after `from`, up to and including `to`, leaving out days inside `pauses`; negative when `to` is before `from`.
    pub fn working_days_between_with_pauses(
        &self,
        from: Date,
        to: Date,
        pauses: &[(Date, Date)],
    ) -> i64 {
        if to < from {
            return -self.working_days_between_with_pauses(to, from, pauses);
        }
        let mut total: i64 = 0;
        let mut day = from;
        while day < to {
            match day.next_day() {
                Some(next) => day = next,
                None => break,
            }
            if self.counts(day, pauses) {
                total += 1;
            }
        }
        total
    }

    /// Whether `day` moves the clock on: a working day outside every pause.
    fn counts(&self, day: Date, pauses: &[(Date, Date)]) -> bool {
        self.is_working_day(day) && !in_any_pause(day, pauses)
    }
}

/// Whether `day` lies in any pause (inclusive at both ends; a reversed pause is empty).
fn in_any_pause(day: Date, pauses: &[(Date, Date)]) -> bool {
    pauses
        .iter()
        .any(|&(first, last)| first <= day && day <= last)
}

/// Whether `date` is 25 or 26 December.
fn is_christmas_or_boxing_day(date: Date) -> bool {
    date.month() == Month::December && matches!(date.day(), 25 | 26)
}

/// Whether `date` is Good Friday (two days before Easter Sunday).
fn is_good_friday(date: Date) -> bool {
    date.weekday() == Weekday::Friday
        && easter_sunday(date.year())
            .and_then(|easter| easter.checked_sub(Duration::days(2)))
            .is_some_and(|good_friday| good_friday == date)
}

/// The shipped England and Wales calendar (bank holidays 2020–2030 with substitute days).
pub fn england_and_wales() -> Result<Calendar, CalendarError> {
    Calendar::from_json(include_str!("../../../content/bank-holidays/england-and-wales.json"))
}

/// Easter Sunday in the Gregorian calendar (the "anonymous Gregorian" computus of Meeus, Jones and Butcher); `None` before 1583 or outside `time`'s date range.
pub fn easter_sunday(year: i32) -> Option<Date> {
    if year < 1583 {
        return None;
    }
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month_number = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    let month = Month::try_from(u8::try_from(month_number).ok()?).ok()?;
    Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()
}

/// Parses exactly `YYYY-MM-DD` (four-digit year, two-digit month and day) into a real date.
fn parse_iso_date(text: &str) -> Option<Date> {
    let shape_ok = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shape_ok {
        return None;
    }
    let year: i32 = text.get(0..4)?.parse().ok()?;
    let month: u8 = text.get(5..7)?.parse().ok()?;
    let day: u8 = text.get(8..10)?.parse().ok()?;
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

#[cfg(test)]
#[path = "working_days_tests.rs"]
mod tests;
