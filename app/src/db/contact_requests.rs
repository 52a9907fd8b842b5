//! "I want someone to contact me" requests: casework, sealed at rest, never linked to a
//! survey response (the table has no column that could point at one).

use super::{Db, DbResult};

/// A request as stored: what the young person typed stays sealed.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ContactRequestRow {
    /// Id.
    pub id: String,
    /// The day it came in (ISO).
    pub received_on: String,
    /// Sealed name (may seal an empty string).
    pub name: String,
    /// Sealed way to reach them.
    pub reach: String,
    /// Sealed safe time (may seal an empty string).
    pub safe_time: String,
    /// `new`, `opened` or `done`.
    pub status: String,
}

const COLUMNS: &str = "id, received_on, name, reach, safe_time, status";

/// Stores a new request.
pub async fn insert(db: &Db, org: &str, r: &ContactRequestRow) -> DbResult<()> {
    sqlx::query(
        "INSERT INTO contact_requests (id, organisation_id, received_on, name, reach, safe_time, status)
         VALUES ($1, $2, $3, $4, $5, $6, 'new')",
    )
    .bind(&r.id)
    .bind(org)
    .bind(&r.received_on)
    .bind(&r.name)
    .bind(&r.reach)
    .bind(&r.safe_time)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Every request: new ones first, then newest first.
pub async fn list(db: &Db, org: &str) -> DbResult<Vec<ContactRequestRow>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM contact_requests WHERE organisation_id = $1
         ORDER BY CASE status WHEN 'new' THEN 0 WHEN 'opened' THEN 1 ELSE 2 END, received_on DESC, id"
    );
    Ok(sqlx::query_as(&sql).bind(org).fetch_all(&db.pool).await?)
}

/// One request.
pub async fn find(db: &Db, org: &str, id: &str) -> DbResult<Option<ContactRequestRow>> {
    let sql = format!("SELECT {COLUMNS} FROM contact_requests WHERE organisation_id = $1 AND id = $2");
    Ok(sqlx::query_as(&sql).bind(org).bind(id).fetch_optional(&db.pool).await?)
}

/// Moves a request on (`opened` only from `new`; `done` from either). False if nothing changed.
pub async fn set_status(db: &Db, org: &str, id: &str, status: &str) -> DbResult<bool> {
    let done = sqlx::query(
        "UPDATE contact_requests SET status = $1
         WHERE organisation_id = $2 AND id = $3 AND status <> $1 AND ($1 <> 'opened' OR status = 'new')",
    )
    .bind(status)
    .bind(org)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}
