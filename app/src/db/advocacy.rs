//! Advocacy requests and compliments (sealed text, stored once per form id).

use super::{Db, DbResult};

/// A new advocacy request.
#[derive(Clone, Debug)]
pub struct NewAdvocacy {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organisation_id: String,
    /// Reference (`AD-XXXX-XXXX`).
    pub reference: String,
    /// One-time form id.
    pub form_id: String,
    /// Day received.
    pub received_day: String,
    /// Unix seconds.
    pub received_at: i64,
    /// Sealed name.
    pub name_sealed: String,
    /// Sealed contact.
    pub contact_sealed: String,
    /// Sealed "what about".
    pub about_sealed: Option<String>,
}

/// An advocacy request row.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AdvocacyRow {
    /// Id.
    pub id: String,
    /// Reference.
    pub reference: String,
    /// Day received.
    pub received_day: String,
    /// Sealed name.
    pub name_sealed: String,
    /// Sealed contact.
    pub contact_sealed: String,
    /// Sealed "what about".
    pub about_sealed: Option<String>,
    /// new, referred, contact-made, closed.
    pub status: String,
    /// Outcome.
    pub outcome: Option<String>,
    /// The day it was first picked up (moved on from new).
    pub picked_up_day: Option<String>,
}

/// Stores a request once per form id; returns its reference.
pub async fn insert_once(db: &Db, a: &NewAdvocacy) -> DbResult<String> {
    let done = sqlx::query(
        "INSERT INTO advocacy_requests (id, organisation_id, reference, form_id, received_day, received_at,
            name_sealed, contact_sealed, about_sealed, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'new') ON CONFLICT (form_id) DO NOTHING",
    )
    .bind(&a.id)
    .bind(&a.organisation_id)
    .bind(&a.reference)
    .bind(&a.form_id)
    .bind(&a.received_day)
    .bind(a.received_at)
    .bind(&a.name_sealed)
    .bind(&a.contact_sealed)
    .bind(&a.about_sealed)
    .execute(&db.pool)
    .await;
    if let Err(e) = done {
        return Err(e.into());
    }
    let (reference,): (String,) = sqlx::query_as("SELECT reference FROM advocacy_requests WHERE form_id = $1")
        .bind(&a.form_id)
        .fetch_one(&db.pool)
        .await?;
    Ok(reference)
}

/// Every request, newest first.
pub async fn list(db: &Db, org: &str) -> DbResult<Vec<AdvocacyRow>> {
    Ok(sqlx::query_as(
        "SELECT id, reference, received_day, name_sealed, contact_sealed, about_sealed, status, outcome, picked_up_day
         FROM advocacy_requests WHERE organisation_id = $1 ORDER BY received_at DESC",
    )
    .bind(org)
    .fetch_all(&db.pool)
    .await?)
}

/// The request with this reference.
pub async fn find_by_reference(db: &Db, org: &str, reference: &str) -> DbResult<Option<AdvocacyRow>> {
    Ok(sqlx::query_as(
        "SELECT id, reference, received_day, name_sealed, contact_sealed, about_sealed, status, outcome, picked_up_day
         FROM advocacy_requests WHERE organisation_id = $1 AND reference = $2",
    )
    .bind(org)
    .bind(reference)
    .fetch_optional(&db.pool)
    .await?)
}

/// Moves a request on (referred, contact made, closed with an outcome).
/// The first move records `today` (ISO) as the day it was picked up.
pub async fn set_status(db: &Db, id: &str, status: &str, outcome: Option<&str>, today: &str) -> DbResult<()> {
    sqlx::query(
        "UPDATE advocacy_requests SET status = $1, outcome = COALESCE($2, outcome), picked_up_day = COALESCE(picked_up_day, $4)
         WHERE id = $3",
    )
        .bind(status)
        .bind(outcome)
        .bind(id)
        .bind(today)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Stores a compliment once per form id.
pub async fn insert_compliment(
    db: &Db,
    id: &str,
    org: &str,
    form_id: &str,
    day: &str,
    about: &str,
    text_sealed: &str,
    name_sealed: Option<&str>,
) -> DbResult<()> {
    sqlx::query(
        "INSERT INTO compliments (id, organisation_id, form_id, received_day, about, text_sealed, name_sealed)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (form_id) DO NOTHING",
    )
    .bind(id)
    .bind(org)
    .bind(form_id)
    .bind(day)
    .bind(about)
    .bind(text_sealed)
    .bind(name_sealed)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Compliments received between two days, by topic.
pub async fn compliments_between(db: &Db, org: &str, from: &str, to: &str) -> DbResult<Vec<(String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT about, COUNT(*) FROM compliments WHERE organisation_id = $1 AND received_day >= $2 AND received_day <= $3
         GROUP BY about ORDER BY about",
    )
    .bind(org)
    .bind(from)
    .bind(to)
    .fetch_all(&db.pool)
    .await?)
}
