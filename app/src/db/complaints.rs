//! Complaints and their events. Free text arrives here already sealed.

use super::{Db, DbResult};

/// A new complaint, sealed fields and all.
#[derive(Clone, Debug)]
pub struct NewComplaint {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organisation_id: String,
    /// Public reference (`CV-XXXX-XXXX`).
    pub reference: String,
    /// SHA-256 of the normalised tracking code.
    pub tracking_hash: String,
    /// The tracking code, sealed (so a retried send can show it again).
    pub tracking_sealed: String,
    /// The one-time form id (a retried send finds the same complaint).
    pub form_id: String,
    /// Day received (YYYY-MM-DD).
    pub received_day: String,
    /// When received (Unix seconds; casework, not anonymous).
    pub received_at: i64,
    /// Who is complaining.
    pub who: String,
    /// An adult for a child.
    pub on_behalf: bool,
    /// The adult confirmed the child agrees.
    pub child_agrees: bool,
    /// Topic.
    pub topic: String,
    /// yes / no / not-sure.
    pub wants_advocate: String,
    /// phone / email / worker / none.
    pub reply_by: String,
    /// No reply wanted.
    pub representation: bool,
    /// Sealed name.
    pub name_sealed: Option<String>,
    /// Sealed contact.
    pub contact_sealed: Option<String>,
    /// Sealed "what happened".
    pub body_sealed: String,
    /// Sealed "what would put it right".
    pub remedy_sealed: Option<String>,
    /// Initial stage (stage-1).
    pub stage: String,
    /// Initial waiting step.
    pub waiting: String,
    /// Initial due day.
    pub due_day: Option<String>,
}

/// A complaint row.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ComplaintRow {
    /// Id.
    pub id: String,
    /// Reference.
    pub reference: String,
    /// Tracking hash.
    pub tracking_hash: String,
    /// Sealed tracking code.
    pub tracking_sealed: String,
    /// Day received.
    pub received_day: String,
    /// Who.
    pub who: String,
    /// 1 if on behalf of a child.
    pub on_behalf: i64,
    /// Topic.
    pub topic: String,
    /// Wants an advocate.
    pub wants_advocate: String,
    /// How to reply.
    pub reply_by: String,
    /// 1 if a representation.
    pub representation: i64,
    /// Sealed name.
    pub name_sealed: Option<String>,
    /// Sealed contact.
    pub contact_sealed: Option<String>,
    /// Sealed story.
    pub body_sealed: String,
    /// Sealed remedy.
    pub remedy_sealed: Option<String>,
    /// Stage.
    pub stage: String,
    /// Waiting for.
    pub waiting: String,
    /// Due day.
    pub due_day: Option<String>,
    /// 1 while paused.
    pub paused: i64,
    /// Outcome.
    pub outcome: Option<String>,
    /// Assigned staff id.
    pub assigned_to: Option<String>,
    /// Advocacy status.
    pub advocate_status: String,
}

const COLUMNS: &str = "id, reference, tracking_hash, tracking_sealed, received_day, who, on_behalf, topic, wants_advocate, reply_by, representation, name_sealed, contact_sealed, body_sealed, remedy_sealed, stage, waiting, due_day, paused, outcome, assigned_to, advocate_status";

/// A case event row.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EventRow {
    /// Order within the case.
    pub seq: i64,
    /// Day.
    pub day: String,
    /// Unix seconds.
    pub at: i64,
    /// Kind.
    pub kind: String,
    /// Coded value.
    pub value: Option<String>,
    /// Staff who acted.
    pub actor_id: Option<String>,
    /// Staff name (joined).
    pub actor_name: Option<String>,
    /// Sealed text.
    pub text_sealed: Option<String>,
}

/// Stores a complaint and its `received` event once per form id. Returns the complaint id
/// (the existing one when the form was sent before, even by a request racing this one).
pub async fn insert_once(db: &Db, c: &NewComplaint) -> DbResult<String> {
    match try_insert(db, c).await {
        Err(super::DbError(sqlx::Error::Database(e))) if e.is_unique_violation() => {
            let (id,): (String,) = sqlx::query_as("SELECT id FROM complaints WHERE form_id = $1")
                .bind(&c.form_id)
                .fetch_one(&db.pool)
                .await?;
            Ok(id)
        }
        other => other,
    }
}

async fn try_insert(db: &Db, c: &NewComplaint) -> DbResult<String> {
    let mut tx = db.pool.begin().await?;
    let existing: Option<(String,)> = sqlx::query_as("SELECT id FROM complaints WHERE form_id = $1")
        .bind(&c.form_id)
        .fetch_optional(&mut *tx)
        .await?;
    if let Some((id,)) = existing {
        return Ok(id);
    }
    sqlx::query(
        "INSERT INTO complaints (id, organisation_id, reference, tracking_hash, tracking_sealed, form_id, received_day,
            received_at, who, on_behalf, child_agrees, topic, wants_advocate, reply_by, representation, name_sealed,
            contact_sealed, body_sealed, remedy_sealed, stage, waiting, due_day, advocate_status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)",
    )
    .bind(&c.id)
    .bind(&c.organisation_id)
    .bind(&c.reference)
    .bind(&c.tracking_hash)
    .bind(&c.tracking_sealed)
    .bind(&c.form_id)
    .bind(&c.received_day)
    .bind(c.received_at)
    .bind(&c.who)
    .bind(i64::from(c.on_behalf))
    .bind(i64::from(c.child_agrees))
    .bind(&c.topic)
    .bind(&c.wants_advocate)
    .bind(&c.reply_by)
    .bind(i64::from(c.representation))
    .bind(&c.name_sealed)
    .bind(&c.contact_sealed)
    .bind(&c.body_sealed)
    .bind(&c.remedy_sealed)
    .bind(&c.stage)
    .bind(&c.waiting)
    .bind(&c.due_day)
    .bind(if c.wants_advocate == "yes" { "wanted" } else { "none" })
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO case_events (id, organisation_id, case_kind, case_id, seq, day, at, kind)
         VALUES ($1, $2, 'complaint', $3, 1, $4, $5, 'received')",
    )
    .bind(format!("{}-1", c.id))
    .bind(&c.organisation_id)
    .bind(&c.id)
    .bind(&c.received_day)
    .bind(c.received_at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(c.id.clone())
}

/// The complaint with this id.
pub async fn find(db: &Db, org: &str, id: &str) -> DbResult<Option<ComplaintRow>> {
    let sql = format!("SELECT {COLUMNS} FROM complaints WHERE organisation_id = $1 AND id = $2");
    Ok(sqlx::query_as(&sql).bind(org).bind(id).fetch_optional(&db.pool).await?)
}

/// The complaint with this reference.
pub async fn find_by_reference(db: &Db, org: &str, reference: &str) -> DbResult<Option<ComplaintRow>> {
    let sql = format!("SELECT {COLUMNS} FROM complaints WHERE organisation_id = $1 AND reference = $2");
    Ok(sqlx::query_as(&sql).bind(org).bind(reference).fetch_optional(&db.pool).await?)
}

/// Every open complaint (not closed), oldest first, and closed ones from the last `days_closed`.
pub async fn list(db: &Db, org: &str) -> DbResult<Vec<ComplaintRow>> {
    let sql = format!("SELECT {COLUMNS} FROM complaints WHERE organisation_id = $1 ORDER BY received_at");
    Ok(sqlx::query_as(&sql).bind(org).fetch_all(&db.pool).await?)
}

/// Complaints received between two days (inclusive, YYYY-MM-DD), for the annual report.
pub async fn received_between(db: &Db, org: &str, from: &str, to: &str) -> DbResult<Vec<ComplaintRow>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM complaints WHERE organisation_id = $1 AND received_day >= $2 AND received_day <= $3 ORDER BY received_at"
    );
    Ok(sqlx::query_as(&sql).bind(org).bind(from).bind(to).fetch_all(&db.pool).await?)
}

/// The events of a case, in order.
pub async fn events(db: &Db, kind: &str, case_id: &str) -> DbResult<Vec<EventRow>> {
    Ok(sqlx::query_as(
        "SELECT e.seq, e.day, e.at, e.kind, e.value, e.actor_id, u.name AS actor_name, e.text_sealed
         FROM case_events e LEFT JOIN staff_users u ON u.id = e.actor_id
         WHERE e.case_kind = $1 AND e.case_id = $2 ORDER BY e.seq",
    )
    .bind(kind)
    .bind(case_id)
    .fetch_all(&db.pool)
    .await?)
}

/// A new event to append.
#[derive(Clone, Debug, Default)]
pub struct NewEvent<'a> {
    /// Organisation.
    pub organisation_id: &'a str,
    /// complaint / advocacy.
    pub case_kind: &'a str,
    /// Case id.
    pub case_id: &'a str,
    /// Day.
    pub day: &'a str,
    /// Unix seconds.
    pub at: i64,
    /// Kind.
    pub kind: &'a str,
    /// Coded value.
    pub value: Option<&'a str>,
    /// Staff who acted.
    pub actor_id: Option<&'a str>,
    /// Sealed text.
    pub text_sealed: Option<&'a str>,
}

/// Appends an event (the next number in the case's sequence; a race loses and retries).
pub async fn append_event(db: &Db, e: &NewEvent<'_>) -> DbResult<()> {
    for _ in 0..5 {
        let (next,): (i64,) = sqlx::query_as(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM case_events WHERE case_kind = $1 AND case_id = $2",
        )
        .bind(e.case_kind)
        .bind(e.case_id)
        .fetch_one(&db.pool)
        .await?;
        let done = sqlx::query(
            "INSERT INTO case_events (id, organisation_id, case_kind, case_id, seq, day, at, kind, value, actor_id, text_sealed)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             ON CONFLICT (case_kind, case_id, seq) DO NOTHING",
        )
        .bind(format!("{}-{next}", e.case_id))
        .bind(e.organisation_id)
        .bind(e.case_kind)
        .bind(e.case_id)
        .bind(next)
        .bind(e.day)
        .bind(e.at)
        .bind(e.kind)
        .bind(e.value)
        .bind(e.actor_id)
        .bind(e.text_sealed)
        .execute(&db.pool)
        .await?;
        if done.rows_affected() == 1 {
            return Ok(());
        }
    }
    Err(super::DbError(sqlx::Error::Protocol("could not append a case event".into())))
}

/// Stores the state the events add up to (so the inbox can sort and filter).
pub async fn update_state(
    db: &Db,
    id: &str,
    stage: &str,
    waiting: &str,
    due_day: Option<&str>,
    paused: bool,
    outcome: Option<&str>,
) -> DbResult<()> {
    sqlx::query("UPDATE complaints SET stage = $1, waiting = $2, due_day = $3, paused = $4, outcome = $5 WHERE id = $6")
        .bind(stage)
        .bind(waiting)
        .bind(due_day)
        .bind(i64::from(paused))
        .bind(outcome)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Assigns the case to a member of staff.
pub async fn assign(db: &Db, id: &str, staff_id: &str) -> DbResult<()> {
    sqlx::query("UPDATE complaints SET assigned_to = $1 WHERE id = $2").bind(staff_id).bind(id).execute(&db.pool).await?;
    Ok(())
}

/// Records where finding an advocate has got to.
pub async fn set_advocate_status(db: &Db, id: &str, status: &str) -> DbResult<()> {
    sqlx::query("UPDATE complaints SET advocate_status = $1 WHERE id = $2").bind(status).bind(id).execute(&db.pool).await?;
    Ok(())
}
