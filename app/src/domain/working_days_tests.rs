//! Tests of `domain::working_days`.
use super::*;
use proptest::prelude::*;
use time::macros::date;

/// The file shipped in the repository, read at compile time for the tests only.
const SHIPPED: &str = include_str!("../../../content/bank-holidays/england-and-wales.json");

fn shipped() -> Calendar {
    match Calendar::from_json(SHIPPED) {
        Ok(c) => c,
        Err(e) => panic!("shipped file does not load: {e}"),
    }
}

fn d(year: i32, month: u8, day: u8) -> Date {
    match Month::try_from(month)
        .ok()
        .and_then(|m| Date::from_calendar_date(year, m, day).ok())
    {
        Some(date) => date,
        None => panic!("bad test date {year}-{month}-{day}"),
    }
}

// ----- Easter -----

#[test]
fn easter_known_dates() {
    let known = [
        (1583, date!(1583 - 04 - 10)),
        (1818, date!(1818 - 03 - 22)), // earliest possible
        (1943, date!(1943 - 04 - 25)), // latest possible
        (2000, date!(2000 - 04 - 23)),
        (2008, date!(2008 - 03 - 23)),
        (2011, date!(2011 - 04 - 24)),
        (2019, date!(2019 - 04 - 21)),
        (2020, date!(2020 - 04 - 12)),
        (2024, date!(2024 - 03 - 31)),
        (2025, date!(2025 - 04 - 20)),
        (2026, date!(2026 - 04 - 05)),
        (2027, date!(2027 - 03 - 28)),
        (2038, date!(2038 - 04 - 25)),
        (2285, date!(2285 - 03 - 22)),
    ];
    for (year, expected) in known {
        assert_eq!(easter_sunday(year), Some(expected), "{year}");
    }
    assert_eq!(easter_sunday(1582), None);
    assert_eq!(easter_sunday(10_000), None);
}

#[test]
fn easter_is_a_sunday_between_22_march_and_25_april() {
    for year in 1583..=9999 {
        let Some(e) = easter_sunday(year) else {
            panic!("no Easter in {year}")
        };
        assert_eq!(e.weekday(), Weekday::Sunday, "{year}");
        assert!(e >= d(year, 3, 22) && e <= d(year, 4, 25), "{year}: {e}");
    }
}

#[test]
fn good_friday_is_non_working_even_without_the_file() {
    let cal = Calendar::new([]);
    assert!(!cal.is_working_day(date!(2035 - 03 - 23))); // Easter 2035 is 25 March
    assert!(cal.is_working_day(date!(2035 - 03 - 26))); // Easter Monday is only a bank holiday via the file
    assert!(!cal.is_working_day(date!(2099 - 04 - 10))); // Easter 2099 is 12 April
}

// ----- the shipped file -----

fn first_monday(year: i32, month: u8) -> Date {
    let mut day = d(year, month, 1);
    while day.weekday() != Weekday::Monday {
        day = day.next_day().unwrap_or(day);
    }
    day
}

fn last_monday(year: i32, month: u8) -> Date {
    let mut day = first_monday(year, month);
    while (day + Duration::weeks(1)).month() == day.month() {
        day += Duration::weeks(1);
    }
    day
}

/// The weekday on or after `day`, moving past any day already taken.
fn substitute(mut day: Date, taken: &BTreeSet<Date>) -> Date {
    while matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) || taken.contains(&day) {
        day = day.next_day().unwrap_or(day);
    }
    day
}

/// England and Wales bank holidays from the usual rules plus the announced one-off changes.
fn expected_bank_holidays(year: i32) -> BTreeSet<Date> {
    let mut set = BTreeSet::new();
    set.insert(substitute(d(year, 1, 1), &set));
    let Some(easter) = easter_sunday(year) else {
        panic!("no Easter")
    };
    set.insert(easter - Duration::days(2));
    set.insert(easter + Duration::days(1));
    set.insert(match year {
        2020 => d(2020, 5, 8), // moved for the 75th anniversary of VE day
        _ => first_monday(year, 5),
    });
    set.insert(match year {
        2022 => d(2022, 6, 2), // moved for the Platinum Jubilee
        _ => last_monday(year, 5),
    });
    set.insert(last_monday(year, 8));
    match year {
        2022 => {
            set.insert(d(2022, 6, 3)); // Platinum Jubilee bank holiday
            set.insert(d(2022, 9, 19)); // State Funeral of Queen Elizabeth II
        }
        2023 => {
            set.insert(d(2023, 5, 8)); // Coronation of King Charles III
        }
        _ => {}
    }
    // Christmas first, then Boxing Day, each on the next free weekday.
    let christmas = substitute(d(year, 12, 25), &set);
    set.insert(christmas);
    let boxing = substitute(d(year, 12, 26), &set);
    set.insert(boxing);
    set
}

#[test]
fn shipped_file_matches_the_rules_for_2020_to_2030() {
    let cal = shipped();
    for year in 2020..=2030 {
        let listed: BTreeSet<Date> = cal.bank_holidays().filter(|h| h.year() == year).collect();
        assert_eq!(listed, expected_bank_holidays(year), "{year}");
        let count = match year {
            2022 => 10,
            2023 => 9,
            _ => 8,
        };
        assert_eq!(listed.len(), count, "{year}");
        for h in &listed {
            assert!(
                !matches!(h.weekday(), Weekday::Saturday | Weekday::Sunday),
                "{h} is a weekend"
            );
        }
        let Some(easter) = easter_sunday(year) else {
            panic!("no Easter")
        };
        assert!(
            listed.contains(&(easter - Duration::days(2))),
            "Good Friday {year}"
        );
        assert!(
            listed.contains(&(easter + Duration::days(1))),
            "Easter Monday {year}"
        );
    }
    assert!(cal
        .bank_holidays()
        .all(|h| (2020..=2030).contains(&h.year())));
    assert!(cal.lists_year(2030) && !cal.lists_year(2031));
}

#[test]
fn shipped_file_spot_checks() {
    let cal = shipped();
    for day in [
        date!(2020 - 05 - 08),
        date!(2020 - 12 - 28),
        date!(2021 - 12 - 27),
        date!(2021 - 12 - 28),
        date!(2022 - 01 - 03),
        date!(2022 - 06 - 02),
        date!(2022 - 06 - 03),
        date!(2022 - 09 - 19),
        date!(2022 - 12 - 26),
        date!(2022 - 12 - 27),
        date!(2023 - 05 - 08),
        date!(2026 - 12 - 28),
        date!(2027 - 12 - 27),
        date!(2027 - 12 - 28),
        date!(2028 - 01 - 03),
    ] {
        assert!(!cal.is_working_day(day), "{day} should be a bank holiday");
    }
    assert!(cal.is_working_day(date!(2020 - 05 - 04))); // the usual Early May Monday, moved in 2020
    assert!(cal.is_working_day(date!(2022 - 05 - 30))); // the usual Spring Monday, moved in 2022
}

#[test]
fn from_json_accepts_the_govuk_whole_file_and_refuses_other_divisions() {
    let whole = r#"{"england-and-wales": {"division": "england-and-wales", "events": [
        {"title": "Easter Monday", "date": "2025-04-21", "notes": "", "bunting": true}]},
        "scotland": {"division": "scotland", "events": []}}"#;
    let cal = Calendar::from_json(whole);
    assert_eq!(cal, Ok(Calendar::new([date!(2025 - 04 - 21)])));
    let scotland = r#"{"division": "scotland", "events": []}"#;
    assert_eq!(
        Calendar::from_json(scotland),
        Err(CalendarError::WrongDivision("scotland".into()))
    );
    let bad = r#"{"division": "england-and-wales", "events": [{"date": "2025-02-30"}]}"#;
    assert_eq!(
        Calendar::from_json(bad),
        Err(CalendarError::BadDate("2025-02-30".into()))
    );
    let short = r#"{"division": "england-and-wales", "events": [{"date": "2025-4-21"}]}"#;
    assert_eq!(
        Calendar::from_json(short),
        Err(CalendarError::BadDate("2025-4-21".into()))
    );
    assert!(matches!(
        Calendar::from_json("not json"),
        Err(CalendarError::Json(_))
    ));
}

// ----- weekends, Christmas, substitutes -----

#[test]
fn christmas_and_boxing_day_are_never_working_days() {
    let cal = Calendar::new([]);
    for year in [2024, 2031, 2040] {
        assert!(!cal.is_working_day(d(year, 12, 25)));
        assert!(!cal.is_working_day(d(year, 12, 26)));
    }
    assert!(cal.is_working_day(date!(2031 - 12 - 24))); // a Wednesday
}

#[test]
fn weekends_are_not_working_days() {
    let cal = shipped();
    assert!(!cal.is_working_day(date!(2025 - 06 - 07))); // Saturday
    assert!(!cal.is_working_day(date!(2025 - 06 - 08))); // Sunday
    assert!(cal.is_working_day(date!(2025 - 06 - 09))); // Monday
}

#[test]
fn easter_thursday_receipt() {
    let cal = shipped();
    // Received Thursday 2 April 2026; Good Friday 3 April and Easter Monday 6 April.
    let start = date!(2026 - 04 - 02);
    assert_eq!(cal.add_working_days(start, 1), date!(2026 - 04 - 07));
    // Days 1..10: 7, 8, 9, 10, 13, 14, 15, 16, 17, 20 April.
    assert_eq!(cal.add_working_days(start, 10), date!(2026 - 04 - 20));
    assert_eq!(cal.working_days_between(start, date!(2026 - 04 - 20)), 10);
}

#[test]
fn christmas_and_new_year_2026() {
    let cal = shipped();
    // Received Wednesday 23 Dec 2026. Not working: 25 (Fri), 26-27 (weekend),
    // 28 (Boxing Day substitute), 2-3 Jan (weekend). 1 Jan 2027 (Friday) is a bank holiday.
    // Day 1 = Thu 24 Dec; then 29, 30, 31 Dec; 4, 5, 6, 7, 8, 11 Jan.
    let start = date!(2026 - 12 - 23);
    assert_eq!(cal.add_working_days(start, 1), date!(2026 - 12 - 24));
    assert_eq!(cal.add_working_days(start, 10), date!(2027 - 01 - 11));
}

#[test]
fn christmas_on_saturday_2027_has_substitute_monday_and_tuesday() {
    let cal = shipped();
    // Friday 24 Dec 2027 received; 25-26 weekend, 27-28 substitutes.
    let start = date!(2027 - 12 - 24);
    assert_eq!(cal.add_working_days(start, 1), date!(2027 - 12 - 29));
    assert_eq!(cal.add_working_days(start, 3), date!(2027 - 12 - 31));
    // 1 Jan 2028 is a Saturday; its substitute is Monday 3 Jan.
    assert_eq!(cal.add_working_days(start, 4), date!(2028 - 01 - 04));
}

#[test]
fn receipt_on_a_weekend_counts_from_the_next_working_day() {
    let cal = shipped();
    let saturday = date!(2025 - 06 - 07);
    let sunday = date!(2025 - 06 - 08);
    let friday = date!(2025 - 06 - 06);
    assert_eq!(cal.add_working_days(saturday, 1), date!(2025 - 06 - 09));
    assert_eq!(cal.add_working_days(sunday, 10), date!(2025 - 06 - 20));
    // Friday's day 1 is also the Monday: the day of receipt never counts.
    assert_eq!(
        cal.add_working_days(friday, 10),
        cal.add_working_days(saturday, 10)
    );
}

#[test]
fn n_zero_is_the_day_of_receipt() {
    let cal = shipped();
    for start in [
        date!(2025 - 06 - 07),
        date!(2025 - 06 - 09),
        date!(2025 - 12 - 25),
    ] {
        assert_eq!(cal.add_working_days(start, 0), start);
        assert_eq!(cal.working_days_between(start, start), 0);
    }
}

#[test]
fn leap_years() {
    let cal = Calendar::new([]);
    // Thursday 26 Feb 2032 (leap year): 27 Feb (Fri), 1 Mar (Mon); 29 Feb is a Sunday.
    assert_eq!(
        cal.add_working_days(date!(2032 - 02 - 26), 2),
        date!(2032 - 03 - 01)
    );
    // Wednesday 28 Feb 2024: 29 Feb is a Thursday and counts.
    assert_eq!(
        cal.add_working_days(date!(2024 - 02 - 28), 1),
        date!(2024 - 02 - 29)
    );
    assert_eq!(
        cal.add_working_days(date!(2024 - 02 - 28), 2),
        date!(2024 - 03 - 01)
    );
    // 2100 is not a leap year.
    // Thursday 25 Feb 2100: day 1 is Friday 26 Feb, day 2 is Monday 1 March.
    assert_eq!(
        cal.add_working_days(date!(2100 - 02 - 25), 2),
        date!(2100 - 03 - 01)
    );
}

#[test]
fn working_days_between_is_antisymmetric() {
    let cal = shipped();
    let a = date!(2025 - 12 - 20);
    let b = date!(2026 - 01 - 20);
    assert_eq!(cal.working_days_between(a, b), 19);
    assert_eq!(cal.working_days_between(b, a), -19);
}

#[test]
fn closures_are_non_working() {
    let cal = shipped().with_closures([date!(2025 - 12 - 29), date!(2025 - 12 - 30)]);
    assert!(!cal.is_working_day(date!(2025 - 12 - 29)));
    // Received Wed 24 Dec 2025: 25, 26 holidays, 27-28 weekend, 29-30 closed, 31 is day 1.
    assert_eq!(
        cal.add_working_days(date!(2025 - 12 - 24), 1),
        date!(2025 - 12 - 31)
    );
    assert!(shipped().is_working_day(date!(2025 - 12 - 29)));
}

// ----- pauses -----

#[test]
fn a_pause_of_five_working_days_moves_the_deadline_by_five() {
    let cal = shipped();
    let start = date!(2025 - 06 - 02); // Monday
    let plain = cal.add_working_days(start, 10);
    assert_eq!(plain, date!(2025 - 06 - 16));
    // Pause Wed 4 June to Tue 10 June: 4, 5, 6, 9, 10 June are 5 working days.
    let pause = [(date!(2025 - 06 - 04), date!(2025 - 06 - 10))];
    assert_eq!(
        cal.working_days_between(date!(2025 - 06 - 03), date!(2025 - 06 - 10)),
        5
    );
    let paused = cal.add_working_days_with_pauses(start, 10, &pause);
    assert_eq!(paused, cal.add_working_days(plain, 5));
    assert_eq!(paused, date!(2025 - 06 - 23));
    assert_eq!(
        cal.working_days_between_with_pauses(start, paused, &pause),
        10
    );
    assert_eq!(cal.working_days_between(start, paused), 15);
}

#[test]
fn pauses_overlapping_weekends_reversed_or_before_receipt() {
    let cal = shipped();
    let start = date!(2025 - 06 - 02);
    // A pause over a weekend only takes nothing away.
    let weekend = [(date!(2025 - 06 - 07), date!(2025 - 06 - 08))];
    assert_eq!(
        cal.add_working_days_with_pauses(start, 10, &weekend),
        cal.add_working_days(start, 10)
    );
    // A reversed pause is empty.
    let reversed = [(date!(2025 - 06 - 10), date!(2025 - 06 - 04))];
    assert_eq!(
        cal.add_working_days_with_pauses(start, 10, &reversed),
        cal.add_working_days(start, 10)
    );
    // Overlapping pauses count once: 4-6 June and 5-9 June cover 4, 5, 6, 9 June.
    let overlapping = [
        (date!(2025 - 06 - 04), date!(2025 - 06 - 06)),
        (date!(2025 - 06 - 05), date!(2025 - 06 - 09)),
    ];
    assert_eq!(
        cal.add_working_days_with_pauses(start, 10, &overlapping),
        cal.add_working_days(start, 14)
    );
    // A pause that started before receipt only stops the clock from the day after receipt.
    let earlier = [(date!(2025 - 05 - 26), date!(2025 - 06 - 03))];
    assert_eq!(
        cal.add_working_days_with_pauses(start, 1, &earlier),
        date!(2025 - 06 - 04)
    );
}

#[test]
fn saturates_at_the_end_of_time() {
    let cal = Calendar::new([]);
    assert_eq!(cal.checked_add_working_days(date!(9999 - 12 - 30), 5), None);
    assert_eq!(cal.add_working_days(date!(9999 - 12 - 30), 5), Date::MAX);
}

// ----- properties -----

fn any_date() -> impl Strategy<Value = Date> {
    // 1900-01-01 to 2100-12-31 as Julian day numbers.
    (2_415_021i32..=2_488_434)
        .prop_filter_map("valid date", |jd| Date::from_julian_day(jd).ok())
}

fn any_pauses() -> impl Strategy<Value = Vec<(Date, Date)>> {
    proptest::collection::vec((any_date(), 0i64..40), 0..4).prop_map(|v| {
        v.into_iter()
            .map(|(first, len)| (first, first + Duration::days(len)))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn between_inverts_add(start in any_date(), n in 0u32..400) {
        let cal = shipped();
        let end = cal.add_working_days(start, n);
        prop_assert_eq!(cal.working_days_between(start, end), i64::from(n));
        prop_assert_eq!(cal.working_days_between(end, start), -i64::from(n));
        if n > 0 {
            prop_assert!(cal.is_working_day(end));
            prop_assert!(end > start);
            // It is the first such day: the day before has only n - 1 working days.
            let before = end.previous_day().unwrap_or(end);
            prop_assert_eq!(cal.working_days_between(start, before), i64::from(n) - 1);
        } else {
            prop_assert_eq!(end, start);
        }
    }

    #[test]
    fn between_inverts_add_with_pauses(start in any_date(), n in 0u32..200, pauses in any_pauses()) {
        let cal = shipped();
        let end = cal.add_working_days_with_pauses(start, n, &pauses);
        prop_assert_eq!(cal.working_days_between_with_pauses(start, end, &pauses), i64::from(n));
        prop_assert!(end >= cal.add_working_days(start, n));
        if n > 0 {
            prop_assert!(cal.is_working_day(end));
            prop_assert!(!in_any_pause(end, &pauses));
        }
    }
}
