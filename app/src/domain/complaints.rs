//! The statutory complaints clock (Children Act 1989 Representations Procedure (England)
//! Regulations 2006 and "Getting the Best from Complaints").
//!
//! A case is a list of dated events. [`case_state`] replays them and says which stage the
//! case is at, what the council is waiting to do, and by when, with every deadline counted in
//! working days by [`Calendar`]. Nothing here reads the clock or the database.

use super::working_days::Calendar;
use time::Date;

/// Working days to acknowledge a complaint (a common local promise).
pub const ACKNOWLEDGE_DAYS: u32 = 3;
/// Stage 1 (local resolution): reply within 10 working days…
pub const STAGE1_DAYS: u32 = 10;
/// …or 20 when extended (complex, or an advocate is needed).
pub const STAGE1_EXTENDED_DAYS: u32 = 20;
/// The complainant may ask for stage 2 within 20 working days of the stage 1 reply.
pub const ASK_STAGE2_DAYS: u32 = 20;
/// Stage 2 (investigation): 25 working days…
pub const STAGE2_DAYS: u32 = 25;
/// …extendable to at most 65.
pub const STAGE2_MAX_DAYS: u32 = 65;
/// The complainant may ask for stage 3 within 20 working days of the stage 2 reply.
pub const ASK_STAGE3_DAYS: u32 = 20;
/// Stage 3: the review panel meets within 30 working days of the request…
pub const PANEL_DAYS: u32 = 30;
/// …reports within 5 working days of meeting…
pub const REPORT_DAYS: u32 = 5;
/// …and the council responds within 15 working days of the report.
pub const RESPONSE_DAYS: u32 = 15;

/// How a case ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Upheld.
    Upheld,
    /// Partly upheld.
    PartlyUpheld,
    /// Not upheld.
    NotUpheld,
    /// Withdrawn by the complainant.
    Withdrawn,
    /// Resolved (e.g. informally, to the complainant's satisfaction).
    Resolved,
}

impl Outcome {
    /// Every outcome, in report order.
    pub const ALL: [Outcome; 5] =
        [Outcome::Upheld, Outcome::PartlyUpheld, Outcome::NotUpheld, Outcome::Withdrawn, Outcome::Resolved];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Upheld => "upheld",
            Outcome::PartlyUpheld => "partly-upheld",
            Outcome::NotUpheld => "not-upheld",
            Outcome::Withdrawn => "withdrawn",
            Outcome::Resolved => "resolved",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// Something that happened to a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// The complaint arrived (always the first event).
    Received,
    /// The council acknowledged it.
    Acknowledged,
    /// Stage 1 extended to 20 working days.
    Stage1Extended,
    /// The clock stopped (e.g. while an advocate is found).
    Paused,
    /// The clock started again.
    Resumed,
    /// The stage 1 reply was sent.
    Stage1Replied,
    /// The complainant asked for stage 2; the investigation starts.
    Stage2Started,
    /// Stage 2 extended to this many working days in all (at most 65).
    Stage2Extended(u32),
    /// The stage 2 adjudication was sent.
    Stage2Replied,
    /// The complainant asked for a review panel.
    Stage3Requested,
    /// The panel met.
    PanelMet,
    /// The panel reported.
    PanelReported,
    /// The council responded to the panel's report.
    CouncilResponded,
    /// The case closed with an outcome.
    Closed(Outcome),
    /// Referred to the Local Government and Social Care Ombudsman (a note; does not change the stage).
    OmbudsmanReferred,
}

/// A dated event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// What happened.
    pub kind: EventKind,
    /// The day it happened.
    pub day: Date,
}

/// The stage a case is at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Stage 1: local resolution.
    One,
    /// Stage 2: investigation.
    Two,
    /// Stage 3: review panel.
    Three,
    /// Closed.
    Closed,
}

impl Stage {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::One => "stage-1",
            Stage::Two => "stage-2",
            Stage::Three => "stage-3",
            Stage::Closed => "closed",
        }
    }
}

/// What the case is waiting for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Waiting {
    /// The council's stage 1 reply.
    Stage1Reply,
    /// The complainant: do they want stage 2? (They have 20 working days.)
    ComplainantAfterStage1,
    /// The council's stage 2 reply.
    Stage2Reply,
    /// The complainant: do they want a review panel?
    ComplainantAfterStage2,
    /// The panel to meet.
    PanelMeeting,
    /// The panel's report.
    PanelReport,
    /// The council's response to the report.
    CouncilResponse,
    /// Nothing: the case is closed.
    Nothing,
}

impl Waiting {
    /// The stored / message name.
    pub fn as_str(self) -> &'static str {
        match self {
            Waiting::Stage1Reply => "stage-1-reply",
            Waiting::ComplainantAfterStage1 => "complainant-after-stage-1",
            Waiting::Stage2Reply => "stage-2-reply",
            Waiting::ComplainantAfterStage2 => "complainant-after-stage-2",
            Waiting::PanelMeeting => "panel-meeting",
            Waiting::PanelReport => "panel-report",
            Waiting::CouncilResponse => "council-response",
            Waiting::Nothing => "nothing",
        }
    }

    /// Whether the council (not the complainant) has to act by the due date.
    pub fn council_to_act(self) -> bool {
        !matches!(self, Waiting::ComplainantAfterStage1 | Waiting::ComplainantAfterStage2 | Waiting::Nothing)
    }
}

/// Where a case stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseState {
    /// The day it arrived.
    pub received: Date,
    /// The stage.
    pub stage: Stage,
    /// What it waits for.
    pub waiting: Waiting,
    /// When that is due (`None` while the clock is paused, or when closed).
    pub due: Option<Date>,
    /// Whether the clock is paused now.
    pub paused: bool,
    /// Whether stage 1 was extended.
    pub extended: bool,
    /// When the acknowledgement is due, until it is sent.
    pub acknowledge_by: Option<Date>,
    /// How it ended.
    pub outcome: Option<Outcome>,
    /// Whether it went to the Ombudsman.
    pub ombudsman: bool,
    /// Stage 1 reply: (working days taken, within the limit).
    pub stage1_timeliness: Option<(i64, bool)>,
    /// Stage 2 reply: (working days taken, within the limit).
    pub stage2_timeliness: Option<(i64, bool)>,
}

/// Replays `events` (in order) into the case's state.
pub fn case_state(events: &[Event], cal: &Calendar) -> Option<CaseState> {
    let first = events.first().filter(|e| e.kind == EventKind::Received)?;
    let received = first.day;
    let mut s = CaseState {
        received,
        stage: Stage::One,
        waiting: Waiting::Stage1Reply,
        due: None,
        paused: false,
        extended: false,
        acknowledge_by: Some(cal.add_working_days(received, ACKNOWLEDGE_DAYS)),
        outcome: None,
        ombudsman: false,
        stage1_timeliness: None,
        stage2_timeliness: None,
    };
    let mut clock_start = received;
    let mut limit = STAGE1_DAYS;
    let mut pauses: Vec<(Date, Date)> = Vec::new();
    let mut paused_since: Option<Date> = None;

    for e in &events[1..] {
        let day = e.day;
        match &e.kind {
            EventKind::Received => {}
            EventKind::Acknowledged => s.acknowledge_by = None,
            EventKind::Stage1Extended if s.stage == Stage::One => {
                s.extended = true;
                limit = STAGE1_EXTENDED_DAYS;
            }
            EventKind::Paused if paused_since.is_none() => paused_since = Some(day),
            EventKind::Resumed => {
                if let Some(from) = paused_since.take() {
                    if let Some(to) = day.previous_day().filter(|to| *to >= from) {
                        pauses.push((from, to));
                    }
                }
            }
            EventKind::Stage1Replied if s.stage == Stage::One => {
                let taken = cal.working_days_between_with_pauses(clock_start, day, &pauses);
                s.stage1_timeliness = Some((taken, taken <= i64::from(limit)));
                s.waiting = Waiting::ComplainantAfterStage1;
                (clock_start, limit, pauses) = (day, ASK_STAGE2_DAYS, Vec::new());
            }
            EventKind::Stage2Started => {
                s.stage = Stage::Two;
                s.waiting = Waiting::Stage2Reply;
                (clock_start, limit, pauses) = (day, STAGE2_DAYS, Vec::new());
            }
            EventKind::Stage2Extended(days) if s.stage == Stage::Two => {
                limit = (*days).clamp(STAGE2_DAYS, STAGE2_MAX_DAYS);
            }
            EventKind::Stage2Replied if s.stage == Stage::Two => {
                let taken = cal.working_days_between_with_pauses(clock_start, day, &pauses);
                s.stage2_timeliness = Some((taken, taken <= i64::from(limit)));
                s.waiting = Waiting::ComplainantAfterStage2;
                (clock_start, limit, pauses) = (day, ASK_STAGE3_DAYS, Vec::new());
            }
            EventKind::Stage3Requested => {
                s.stage = Stage::Three;
                s.waiting = Waiting::PanelMeeting;
                (clock_start, limit, pauses) = (day, PANEL_DAYS, Vec::new());
            }
            EventKind::PanelMet if s.stage == Stage::Three => {
                s.waiting = Waiting::PanelReport;
                (clock_start, limit, pauses) = (day, REPORT_DAYS, Vec::new());
            }
            EventKind::PanelReported if s.stage == Stage::Three => {
                s.waiting = Waiting::CouncilResponse;
                (clock_start, limit, pauses) = (day, RESPONSE_DAYS, Vec::new());
            }
            EventKind::CouncilResponded if s.stage == Stage::Three => {
                s.waiting = Waiting::Nothing;
            }
            EventKind::Closed(outcome) => {
                s.stage = Stage::Closed;
                s.waiting = Waiting::Nothing;
                s.outcome = Some(*outcome);
                s.acknowledge_by = None;
            }
            EventKind::OmbudsmanReferred => s.ombudsman = true,
            _ => {}
        }
    }
    s.paused = paused_since.is_some() && s.waiting.council_to_act();
    s.due = if s.waiting == Waiting::Nothing || s.paused {
        None
    } else {
        Some(cal.add_working_days_with_pauses(clock_start, limit, &pauses))
    };
    Some(s)
}

/// Whether the council has missed the date it must act by.
pub fn is_overdue(s: &CaseState, today: Date) -> bool {
    s.waiting.council_to_act() && s.due.is_some_and(|d| today > d)
}

/// Whether the council must act within `days` working days (and is not yet late).
pub fn is_due_soon(s: &CaseState, today: Date, days: u32, cal: &Calendar) -> bool {
    s.waiting.council_to_act()
        && s.due.is_some_and(|d| today <= d && cal.working_days_between(today, d) <= i64::from(days))
}

/// A step staff record that moves the clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Acknowledge receipt.
    Acknowledge,
    /// Extend stage 1 to 20 working days.
    Extend,
    /// Stop the clock (e.g. while an advocate is found).
    Pause,
    /// Start the clock again.
    Resume,
    /// Record the stage 1 reply.
    Stage1Reply,
    /// The complainant asked for stage 2.
    StartStage2,
    /// Extend stage 2 (to at most 65 working days).
    ExtendStage2,
    /// Record the stage 2 reply.
    Stage2Reply,
    /// The complainant asked for a review panel.
    RequestStage3,
    /// The panel met.
    PanelMet,
    /// The panel reported.
    PanelReported,
    /// The council responded.
    CouncilResponded,
    /// Close with an outcome.
    Close,
    /// Note a referral to the Ombudsman.
    Ombudsman,
}

impl Action {
    /// Every action, in the order the case page offers them.
    pub const ALL: [Action; 14] = [
        Action::Acknowledge,
        Action::Extend,
        Action::Pause,
        Action::Resume,
        Action::Stage1Reply,
        Action::StartStage2,
        Action::ExtendStage2,
        Action::Stage2Reply,
        Action::RequestStage3,
        Action::PanelMet,
        Action::PanelReported,
        Action::CouncilResponded,
        Action::Close,
        Action::Ombudsman,
    ];

    /// The form value and message name.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Acknowledge => "acknowledge",
            Action::Extend => "extend",
            Action::Pause => "pause",
            Action::Resume => "resume",
            Action::Stage1Reply => "stage-1-reply",
            Action::StartStage2 => "start-stage-2",
            Action::ExtendStage2 => "extend-stage-2",
            Action::Stage2Reply => "stage-2-reply",
            Action::RequestStage3 => "request-stage-3",
            Action::PanelMet => "panel-met",
            Action::PanelReported => "panel-reported",
            Action::CouncilResponded => "council-responded",
            Action::Close => "close",
            Action::Ombudsman => "ombudsman",
        }
    }

    /// Parses a form value.
    pub fn parse(s: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// Whether staff must write why (or what was said).
    pub fn needs_text(self) -> bool {
        matches!(self, Action::Extend | Action::Pause | Action::Stage1Reply | Action::ExtendStage2 | Action::Stage2Reply)
    }
}

/// The clock steps that make sense for a case now (the server refuses any other).
pub fn allowed_actions(s: &CaseState) -> Vec<Action> {
    use Action as A;
    let mut out = Vec::new();
    if s.acknowledge_by.is_some() {
        out.push(A::Acknowledge);
    }
    let pause = if s.paused { A::Resume } else { A::Pause };
    match (s.stage, s.waiting) {
        (Stage::Closed, _) => {}
        (Stage::One, Waiting::Stage1Reply) => {
            if !s.extended {
                out.push(A::Extend);
            }
            out.extend([pause, A::Stage1Reply, A::Close]);
        }
        (_, Waiting::ComplainantAfterStage1) => out.extend([A::StartStage2, A::Close]),
        (Stage::Two, Waiting::Stage2Reply) => out.extend([A::ExtendStage2, pause, A::Stage2Reply, A::Close]),
        (_, Waiting::ComplainantAfterStage2) => out.extend([A::RequestStage3, A::Close]),
        (Stage::Three, Waiting::PanelMeeting) => out.extend([pause, A::PanelMet]),
        (Stage::Three, Waiting::PanelReport) => out.push(A::PanelReported),
        (Stage::Three, Waiting::CouncilResponse) => out.push(A::CouncilResponded),
        _ => out.push(A::Close),
    }
    if !s.ombudsman && matches!(s.stage, Stage::Closed | Stage::Three) {
        out.push(A::Ombudsman);
    }
    out
}

#[cfg(test)]
#[path = "complaints_tests.rs"]
mod tests;
