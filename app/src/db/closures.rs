//! Local closure days that extend the bank-holiday calendar.

use super::{Db, DbResult};

/// Every closure day (YYYY-MM-DD) and its note.
pub async fn list(db: &Db, org: &str) -> DbResult<Vec<(String, String)>> {
    Ok(sqlx::query_as("SELECT day, note FROM closure_days WHERE organisation_id = $1 ORDER BY day")
        .bind(org)
        .fetch_all(&db.pool)
        .await?)
}

/// Adds a closure day (or changes its note).
pub async fn upsert(db: &Db, org: &str, day: &str, note: &str) -> DbResult<()> {
    sqlx::query(
        "INSERT INTO closure_days (organisation_id, day, note) VALUES ($1, $2, $3)
         ON CONFLICT (organisation_id, day) DO UPDATE SET note = excluded.note",
    )
    .bind(org)
    .bind(day)
    .bind(note)
    .execute(&db.pool)
    .await?;
    Ok(())
}
