//! Organisations (councils). Every council-owned row carries an organisation id.

use super::{Db, DbResult};

/// The id of the organisation a single-council install serves.
pub const DEFAULT_ORG: &str = "default";

/// Creates the default organisation, or renames it to the configured council name.
pub async fn upsert_default(db: &Db, name: &str, now: i64) -> DbResult<()> {
    sqlx::query(
        "INSERT INTO organisations (id, name, is_default, created_at) VALUES ($1, $2, 1, $3)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name",
    )
    .bind(DEFAULT_ORG)
    .bind(name)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The name of an organisation, if it exists.
pub async fn name_of(db: &Db, id: &str) -> DbResult<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as("SELECT name FROM organisations WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.map(|r| r.0))
}
