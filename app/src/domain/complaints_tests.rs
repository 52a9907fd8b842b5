//! Tests of `domain::complaints`.
use super::*;
use time::macros::date;

fn cal() -> Calendar {
    Calendar::from_json(include_str!("../../../content/bank-holidays/england-and-wales.json")).expect("calendar")
}

fn ev(kind: EventKind, day: Date) -> Event {
    Event { kind, day }
}

#[test]
fn stage_one_is_ten_working_days_and_christmas_does_not_count() {
    let s = case_state(&[ev(EventKind::Received, date!(2026 - 12 - 23))], &cal()).expect("state");
    assert_eq!(s.stage, Stage::One);
    assert_eq!(s.waiting, Waiting::Stage1Reply);
    assert_eq!(s.due, Some(date!(2027 - 01 - 11)), "24, 29, 30, 31 Dec, 4–8 Jan, 11 Jan");
    assert_eq!(s.acknowledge_by, Some(date!(2026 - 12 - 30)));
}

#[test]
fn easter_received_on_maundy_thursday() {
    // Good Friday 3 April 2026 and Easter Monday 6 April do not count.
    let s = case_state(&[ev(EventKind::Received, date!(2026 - 04 - 02))], &cal()).expect("state");
    assert_eq!(s.due, Some(date!(2026 - 04 - 20)), "7, 8, 9, 10, 13–17 and 20 April");
}

#[test]
fn extension_makes_it_twenty_and_a_pause_stops_the_clock() {
    let c = cal();
    let start = date!(2026 - 03 - 02); // a Monday
    let mut events = vec![ev(EventKind::Received, start), ev(EventKind::Stage1Extended, date!(2026 - 03 - 03))];
    let s = case_state(&events, &c).expect("state");
    assert!(s.extended);
    assert_eq!(s.due, Some(c.add_working_days(start, 20)));

    events.push(ev(EventKind::Paused, date!(2026 - 03 - 09)));
    let s = case_state(&events, &c).expect("state");
    assert!(s.paused);
    assert_eq!(s.due, None, "no date while the clock is stopped");
    assert!(!is_overdue(&s, date!(2027 - 01 - 01)), "a paused case is never overdue");

    // Paused Mon 9 to Fri 13 March (resumed Mon 16): exactly five working days later.
    events.push(ev(EventKind::Resumed, date!(2026 - 03 - 16)));
    let s = case_state(&events, &c).expect("state");
    assert_eq!(s.due, Some(c.add_working_days(c.add_working_days(start, 20), 5)));
}

#[test]
fn a_reply_records_timeliness_and_gives_the_complainant_twenty_days() {
    let c = cal();
    let start = date!(2026 - 06 - 01);
    let events = [ev(EventKind::Received, start), ev(EventKind::Stage1Replied, date!(2026 - 06 - 19))];
    let s = case_state(&events, &c).expect("state");
    assert_eq!(s.stage1_timeliness, Some((14, false)), "14 working days is late for stage 1");
    assert_eq!(s.waiting, Waiting::ComplainantAfterStage1);
    assert_eq!(s.due, Some(c.add_working_days(date!(2026 - 06 - 19), 20)));
    assert!(!is_overdue(&s, date!(2026 - 12 - 01)), "the complainant's window is not the council's deadline");
}

#[test]
fn all_three_stages_then_closed() {
    let c = cal();
    let d = |m: u8, day: u8| Date::from_calendar_date(2026, time::Month::try_from(m).expect("month"), day).expect("date");
    let mut events = vec![ev(EventKind::Received, d(1, 5)), ev(EventKind::Stage1Replied, d(1, 12))];
    events.push(ev(EventKind::Stage2Started, d(1, 20)));
    let s = case_state(&events, &c).expect("state");
    assert_eq!((s.stage, s.due), (Stage::Two, Some(c.add_working_days(d(1, 20), 25))));
    events.push(ev(EventKind::Stage2Extended(65), d(2, 2)));
    assert_eq!(case_state(&events, &c).expect("s").due, Some(c.add_working_days(d(1, 20), 65)));
    events.push(ev(EventKind::Stage2Extended(90), d(2, 3)));
    assert_eq!(case_state(&events, &c).expect("s").due, Some(c.add_working_days(d(1, 20), 65)), "never past 65");
    events.push(ev(EventKind::Stage2Replied, d(3, 2)));
    events.push(ev(EventKind::Stage3Requested, d(3, 9)));
    let s = case_state(&events, &c).expect("state");
    assert_eq!((s.stage, s.waiting, s.due), (Stage::Three, Waiting::PanelMeeting, Some(c.add_working_days(d(3, 9), 30))));
    events.push(ev(EventKind::PanelMet, d(4, 13)));
    assert_eq!(case_state(&events, &c).expect("s").due, Some(c.add_working_days(d(4, 13), 5)));
    events.push(ev(EventKind::PanelReported, d(4, 16)));
    assert_eq!(case_state(&events, &c).expect("s").due, Some(c.add_working_days(d(4, 16), 15)));
    events.push(ev(EventKind::CouncilResponded, d(5, 1)));
    events.push(ev(EventKind::OmbudsmanReferred, d(5, 20)));
    events.push(ev(EventKind::Closed(Outcome::PartlyUpheld), d(5, 21)));
    let s = case_state(&events, &c).expect("state");
    assert_eq!((s.stage, s.outcome, s.due, s.ombudsman), (Stage::Closed, Some(Outcome::PartlyUpheld), None, true));
}

#[test]
fn overdue_and_due_soon() {
    let c = cal();
    let s = case_state(&[ev(EventKind::Received, date!(2026 - 06 - 01))], &c).expect("state");
    let due = s.due.expect("due");
    assert!(!is_overdue(&s, due));
    assert!(is_overdue(&s, due.next_day().expect("day")));
    assert!(is_due_soon(&s, due, 3, &c));
    assert!(!is_due_soon(&s, date!(2026 - 06 - 01), 3, &c));
}

#[test]
fn only_steps_that_fit_the_stage_are_offered() {
    let c = cal();
    let d = date!(2026 - 06 - 01);
    let mut events = vec![ev(EventKind::Received, d)];
    let s = case_state(&events, &c).expect("state");
    assert_eq!(
        allowed_actions(&s),
        vec![Action::Acknowledge, Action::Extend, Action::Pause, Action::Stage1Reply, Action::Close]
    );
    events.push(ev(EventKind::Acknowledged, d));
    events.push(ev(EventKind::Paused, d));
    let s = case_state(&events, &c).expect("state");
    assert!(allowed_actions(&s).contains(&Action::Resume) && !allowed_actions(&s).contains(&Action::Pause));
    events.push(ev(EventKind::Closed(Outcome::Resolved), d));
    let s = case_state(&events, &c).expect("state");
    assert_eq!(allowed_actions(&s), vec![Action::Ombudsman]);
    for a in Action::ALL {
        assert_eq!(Action::parse(a.as_str()), Some(a));
    }
}

#[test]
fn out_of_order_events_are_ignored_not_trusted() {
    let c = cal();
    let events = [
        ev(EventKind::Received, date!(2026 - 06 - 01)),
        ev(EventKind::PanelMet, date!(2026 - 06 - 02)),
        ev(EventKind::Stage2Replied, date!(2026 - 06 - 03)),
    ];
    let s = case_state(&events, &c).expect("state");
    assert_eq!((s.stage, s.waiting), (Stage::One, Waiting::Stage1Reply));
    assert!(case_state(&[ev(EventKind::Acknowledged, date!(2026 - 06 - 01))], &c).is_none());
}
