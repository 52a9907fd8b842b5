//! The "You said, we did" action log and its translations.

use super::{Db, DbResult};

/// An action row.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ActionRow {
    /// Id.
    pub id: String,
    /// Outcome id.
    pub outcome: String,
    /// What young people said (English).
    pub said: String,
    /// What we will do (English).
    pub action: String,
    /// Owner.
    pub owner: String,
    /// Due day.
    pub due_day: Option<String>,
    /// Status.
    pub status: String,
    /// The results that prompted it.
    pub evidence: Option<String>,
    /// 1 when published to young people.
    pub published: i64,
}

const COLUMNS: &str = "id, outcome, said, action, owner, due_day, status, evidence, published";

/// A translation of an action's public text.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Translation {
    /// Locale tag.
    pub locale: String,
    /// What young people said.
    pub said: String,
    /// What we will do.
    pub action: String,
    /// 1 when a native speaker reviewed it.
    pub reviewed: i64,
}

/// Fields of an action (for insert and update).
#[derive(Clone, Debug)]
pub struct ActionFields<'a> {
    /// Outcome.
    pub outcome: &'a str,
    /// Said.
    pub said: &'a str,
    /// Action.
    pub action: &'a str,
    /// Owner.
    pub owner: &'a str,
    /// Due day.
    pub due_day: Option<&'a str>,
    /// Status.
    pub status: &'a str,
    /// Evidence.
    pub evidence: Option<&'a str>,
}

/// Adds an action (not published).
pub async fn insert(db: &Db, org: &str, id: &str, f: &ActionFields<'_>, now: i64) -> DbResult<()> {
    sqlx::query(
        "INSERT INTO actions (id, organisation_id, outcome, said, action, owner, due_day, status, evidence, published, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, $10, $10)",
    )
    .bind(id)
    .bind(org)
    .bind(f.outcome)
    .bind(f.said)
    .bind(f.action)
    .bind(f.owner)
    .bind(f.due_day)
    .bind(f.status)
    .bind(f.evidence)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Changes an action.
pub async fn update(db: &Db, org: &str, id: &str, f: &ActionFields<'_>, now: i64) -> DbResult<()> {
    sqlx::query(
        "UPDATE actions SET outcome = $1, said = $2, action = $3, owner = $4, due_day = $5, status = $6, evidence = $7, updated_at = $8
         WHERE id = $9 AND organisation_id = $10",
    )
    .bind(f.outcome)
    .bind(f.said)
    .bind(f.action)
    .bind(f.owner)
    .bind(f.due_day)
    .bind(f.status)
    .bind(f.evidence)
    .bind(now)
    .bind(id)
    .bind(org)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Publishes or withdraws an action.
pub async fn set_published(db: &Db, org: &str, id: &str, published: bool) -> DbResult<()> {
    sqlx::query("UPDATE actions SET published = $1 WHERE id = $2 AND organisation_id = $3")
        .bind(i64::from(published))
        .bind(id)
        .bind(org)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Every action, newest first (staff).
pub async fn list(db: &Db, org: &str) -> DbResult<Vec<ActionRow>> {
    let sql = format!("SELECT {COLUMNS} FROM actions WHERE organisation_id = $1 ORDER BY created_at DESC");
    Ok(sqlx::query_as(&sql).bind(org).fetch_all(&db.pool).await?)
}

/// The published actions, by outcome (young people).
pub async fn published(db: &Db, org: &str) -> DbResult<Vec<ActionRow>> {
    let sql = format!("SELECT {COLUMNS} FROM actions WHERE organisation_id = $1 AND published = 1 ORDER BY outcome, created_at DESC");
    Ok(sqlx::query_as(&sql).bind(org).fetch_all(&db.pool).await?)
}

/// One action.
pub async fn find(db: &Db, org: &str, id: &str) -> DbResult<Option<ActionRow>> {
    let sql = format!("SELECT {COLUMNS} FROM actions WHERE organisation_id = $1 AND id = $2");
    Ok(sqlx::query_as(&sql).bind(org).bind(id).fetch_optional(&db.pool).await?)
}

/// An action's translations.
pub async fn translations(db: &Db, id: &str) -> DbResult<Vec<Translation>> {
    Ok(sqlx::query_as("SELECT locale, said, action, reviewed FROM action_translations WHERE action_id = $1 ORDER BY locale")
        .bind(id)
        .fetch_all(&db.pool)
        .await?)
}

/// Every translation of the published actions in one locale: (action id, translation).
pub async fn published_translations(db: &Db, org: &str, locale: &str) -> DbResult<Vec<(String, String, String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT t.action_id, t.said, t.action, t.reviewed FROM action_translations t JOIN actions a ON a.id = t.action_id
         WHERE a.organisation_id = $1 AND a.published = 1 AND t.locale = $2",
    )
    .bind(org)
    .bind(locale)
    .fetch_all(&db.pool)
    .await?)
}

/// Adds or replaces a translation (empty text removes it).
pub async fn set_translation(db: &Db, id: &str, locale: &str, said: &str, action: &str, reviewed: bool) -> DbResult<()> {
    if said.trim().is_empty() && action.trim().is_empty() {
        sqlx::query("DELETE FROM action_translations WHERE action_id = $1 AND locale = $2")
            .bind(id)
            .bind(locale)
            .execute(&db.pool)
            .await?;
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO action_translations (action_id, locale, said, action, reviewed) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (action_id, locale) DO UPDATE SET said = excluded.said, action = excluded.action, reviewed = excluded.reviewed",
    )
    .bind(id)
    .bind(locale)
    .bind(said)
    .bind(action)
    .bind(i64::from(reviewed))
    .execute(&db.pool)
    .await?;
    Ok(())
}
