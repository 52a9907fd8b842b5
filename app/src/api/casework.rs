//! Shared casework plumbing: turning stored events into the statutory clock's events, and
//! keeping each complaint's stored stage and due date in step with its events.

use crate::db::complaints::{self, EventRow, NewEvent};
use crate::db::DbResult;
use crate::domain::complaints::{case_state, CaseState, Event, EventKind, Outcome};
use crate::domain::working_days::Calendar;
use crate::state::{now, today, AppState};
use time::Date;

/// Parses a stored `YYYY-MM-DD`.
pub fn parse_day(s: &str) -> Option<Date> {
    Date::parse(s, &time::format_description::well_known::Iso8601::DATE).ok()
}

/// The stored event kind for a clock event (and its coded value).
pub fn kind_name(kind: &EventKind) -> (&'static str, Option<String>) {
    match kind {
        EventKind::Received => ("received", None),
        EventKind::Acknowledged => ("acknowledged", None),
        EventKind::Stage1Extended => ("stage-1-extended", None),
        EventKind::Paused => ("paused", None),
        EventKind::Resumed => ("resumed", None),
        EventKind::Stage1Replied => ("stage-1-replied", None),
        EventKind::Stage2Started => ("stage-2-started", None),
        EventKind::Stage2Extended(d) => ("stage-2-extended", Some(d.to_string())),
        EventKind::Stage2Replied => ("stage-2-replied", None),
        EventKind::Stage3Requested => ("stage-3-requested", None),
        EventKind::PanelMet => ("panel-met", None),
        EventKind::PanelReported => ("panel-reported", None),
        EventKind::CouncilResponded => ("council-responded", None),
        EventKind::Closed(o) => ("closed", Some(o.as_str().to_owned())),
        EventKind::OmbudsmanReferred => ("ombudsman-referred", None),
    }
}

/// The clock event a stored event stands for (`None` for notes, assignments, advocacy).
pub fn clock_event(row: &EventRow) -> Option<Event> {
    let day = parse_day(&row.day)?;
    let kind = match row.kind.as_str() {
        "received" => EventKind::Received,
        "acknowledged" => EventKind::Acknowledged,
        "stage-1-extended" => EventKind::Stage1Extended,
        "paused" => EventKind::Paused,
        "resumed" => EventKind::Resumed,
        "stage-1-replied" => EventKind::Stage1Replied,
        "stage-2-started" => EventKind::Stage2Started,
        "stage-2-extended" => EventKind::Stage2Extended(row.value.as_deref()?.parse().ok()?),
        "stage-2-replied" => EventKind::Stage2Replied,
        "stage-3-requested" => EventKind::Stage3Requested,
        "panel-met" => EventKind::PanelMet,
        "panel-reported" => EventKind::PanelReported,
        "council-responded" => EventKind::CouncilResponded,
        "closed" => EventKind::Closed(Outcome::parse(row.value.as_deref()?)?),
        "ombudsman-referred" => EventKind::OmbudsmanReferred,
        _ => return None,
    };
    Some(Event { kind, day })
}

/// The case's state from its stored events.
pub fn state_of(cal: &Calendar, rows: &[EventRow]) -> Option<CaseState> {
    let events: Vec<Event> = rows.iter().filter_map(clock_event).collect();
    case_state(&events, cal)
}

/// Appends an event to a complaint (today, now) and stores the resulting state.
pub async fn record_event(
    state: &AppState,
    complaint_id: &str,
    kind: &str,
    value: Option<&str>,
    actor: Option<&str>,
    text: Option<&str>,
) -> DbResult<Option<CaseState>> {
    let sealed = text.filter(|t| !t.trim().is_empty()).map(|t| {
        state.keys.seal(t, &format!("complaint.event:{complaint_id}"))
    });
    let day = today().to_string();
    complaints::append_event(
        &state.db,
        &NewEvent {
            organisation_id: state.org(),
            case_kind: "complaint",
            case_id: complaint_id,
            day: &day,
            at: now(),
            kind,
            value,
            actor_id: actor,
            text_sealed: sealed.as_deref(),
        },
    )
    .await?;
    refresh(state, complaint_id).await
}

/// Recomputes and stores a complaint's stage, what it waits for and its due date.
pub async fn refresh(state: &AppState, complaint_id: &str) -> DbResult<Option<CaseState>> {
    let rows = complaints::events(&state.db, "complaint", complaint_id).await?;
    let Some(s) = state_of(&state.calendar().await, &rows) else { return Ok(None) };
    complaints::update_state(
        &state.db,
        complaint_id,
        s.stage.as_str(),
        s.waiting.as_str(),
        s.due.map(|d| d.to_string()).as_deref(),
        s.paused,
        s.outcome.map(Outcome::as_str),
    )
    .await?;
    Ok(Some(s))
}
