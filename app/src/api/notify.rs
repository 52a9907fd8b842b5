//! Who on the staff is told about what, and the words of those messages. A message never
//! holds a young person's words or name: only a reference and a link.

use crate::db::{complaints, outbox, staff_users};
use crate::domain::access::Role;
use crate::domain::complaints::{is_due_soon, is_overdue};
use crate::state::{now, AppState};

/// What kind of case arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseKind {
    /// A complaint or representation.
    Complaint,
    /// A request for an advocate.
    Advocacy,
    /// A "please contact me" safety request.
    ContactRequest,
}

/// Working days before a deadline when the warning goes.
pub const WARN_DAYS: u32 = 2;

async fn staff_with(state: &AppState, roles: &[Role]) -> Vec<staff_users::StaffUser> {
    staff_users::list(&state.db, state.org())
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|u| u.disabled == 0 && u.password_hash.is_some())
        .filter(|u| Role::parse(&u.role).is_some_and(|r| roles.contains(&r)))
        .collect()
}

async fn send(state: &AppState, key: &str, to: &str, subject: &str, body: &str) {
    if let Err(e) = outbox::enqueue(&state.db, state.org(), &format!("{key}:{to}"), to, subject, body, now()).await {
        tracing::error!(error = %e, "could not queue a notification");
    }
}

fn link(state: &AppState, path: &str) -> String {
    format!("{}{path}", state.auth.public_url)
}

const FOOTER: &str = "This message has no details on purpose. Sign in to Care Voice to read the case.";

/// Tells the right staff that a case arrived.
pub async fn new_case(state: &AppState, kind: CaseKind, reference: &str, advocate_wanted: bool) {
    let (roles, subject, path): (&[Role], String, String) = match kind {
        CaseKind::Complaint if advocate_wanted => (
            &[Role::ComplaintsManager, Role::RightsOfficer, Role::Administrator],
            format!("New complaint {reference} (an advocate is wanted)"),
            format!("/staff/complaints/{reference}"),
        ),
        CaseKind::Complaint => (
            &[Role::ComplaintsManager, Role::Administrator],
            format!("New complaint {reference}"),
            format!("/staff/complaints/{reference}"),
        ),
        CaseKind::Advocacy => (
            &[Role::RightsOfficer, Role::Administrator],
            format!("New request for an advocate {reference}"),
            format!("/staff/advocacy/{reference}"),
        ),
        CaseKind::ContactRequest => (
            &[Role::RightsOfficer, Role::ComplaintsManager, Role::Administrator],
            "A young person asked to be contacted".to_owned(),
            "/staff/contact-requests".to_owned(),
        ),
    };
    let body = format!("{subject}.\n\nOpen it: {}\n\n{FOOTER}\n", link(state, &path));
    for u in staff_with(state, roles).await {
        send(state, &format!("new:{reference}"), &u.id, &subject, &body).await;
    }
}

/// Tells the assigned person (or the complaints managers) that the complainant added to a case.
pub async fn case_updated(state: &AppState, reference: &str, assigned_to: Option<&str>) {
    let subject = format!("Complaint {reference} was updated by the complainant");
    let body = format!("{subject}.\n\nOpen it: {}\n\n{FOOTER}\n", link(state, &format!("/staff/complaints/{reference}")));
    let key = format!("update:{reference}:{}", now());
    match assigned_to {
        Some(id) => send(state, &key, id, &subject, &body).await,
        None => {
            for u in staff_with(state, &[Role::ComplaintsManager, Role::Administrator]).await {
                send(state, &key, &u.id, &subject, &body).await;
            }
        }
    }
}

/// Warns about complaints due within [`WARN_DAYS`] working days or overdue (once per deadline).
pub async fn deadline_warnings(state: &AppState) -> usize {
    let today = crate::state::today();
    let managers = staff_with(state, &[Role::ComplaintsManager]).await;
    let cal = state.calendar().await;
    let mut sent = 0;
    for row in complaints::list(&state.db, state.org()).await.unwrap_or_default() {
        if row.stage == "closed" {
            continue;
        }
        let Ok(events) = complaints::events(&state.db, "complaint", &row.id).await else { continue };
        let Some(s) = super::casework::state_of(&cal, &events) else { continue };
        let Some(due) = s.due else { continue };
        let late = is_overdue(&s, today);
        if !late && !is_due_soon(&s, today, WARN_DAYS, &cal) {
            continue;
        }
        let subject = if late {
            format!("Complaint {} is overdue (was due {due})", row.reference)
        } else {
            format!("Complaint {} is due by {due}", row.reference)
        };
        let body = format!("{subject}.\n\nOpen it: {}\n\n{FOOTER}\n", link(state, &format!("/staff/complaints/{}", row.reference)));
        let key = format!("due:{}:{due}:{}", row.reference, if late { "late" } else { "soon" });
        let recipients: Vec<String> = match &row.assigned_to {
            Some(id) => vec![id.clone()],
            None => managers.iter().map(|u| u.id.clone()).collect(),
        };
        for to in recipients {
            send(state, &key, &to, &subject, &body).await;
            sent += 1;
        }
    }
    sent
}
