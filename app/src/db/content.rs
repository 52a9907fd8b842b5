//! Content items (`content_items`): every version of every item, draft or published.

use super::{Db, DbResult};
use crate::content::defaults::NewItem;

/// A stored version of an item.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ContentRow {
    /// The stable id.
    pub item_id: String,
    /// Version number.
    pub version: i64,
    /// Place on the page.
    pub position: i64,
    /// The item's JSON.
    pub data: String,
    /// Where it comes from.
    pub source: String,
    /// When to check it again (ISO date).
    pub review_date: String,
}

/// A new version of an item (what a staff editor saves).
#[derive(Clone, Debug)]
pub struct NewVersion<'a> {
    /// Kind (`pledge`, `entitlement`, …).
    pub kind: &'a str,
    /// The stable id.
    pub item_id: &'a str,
    /// Version number: one more than the newest.
    pub version: i64,
    /// `draft`, `published` or `archived`.
    pub status: &'a str,
    /// Place on the page.
    pub position: i64,
    /// The item's JSON.
    pub data: &'a str,
    /// Where it comes from.
    pub source: &'a str,
    /// When to check it again (ISO date).
    pub review_date: &'a str,
}

const INSERT: &str = "INSERT INTO content_items
    (organisation_id, kind, item_id, version, status, position, data, source, review_date, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";

/// Stores each item as published version 1 unless it already has a version 1, in one
/// transaction; returns how many were added. Safe to run on every start and from several
/// instances at once.
pub async fn insert_first_versions(db: &Db, org: &str, items: &[NewItem], now: i64) -> DbResult<u64> {
    let sql = format!("{INSERT} ON CONFLICT (organisation_id, kind, item_id, version) DO NOTHING");
    let mut tx = db.pool.begin().await?;
    let mut added = 0;
    for item in items {
        added += sqlx::query(&sql)
            .bind(org)
            .bind(item.kind.code())
            .bind(&item.item_id)
            .bind(1_i64)
            .bind("published")
            .bind(item.position)
            .bind(&item.data)
            .bind(&item.source)
            .bind(&item.review_date)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    }
    tx.commit().await?;
    Ok(added)
}

/// Stores a new version of an item.
pub async fn insert_version(db: &Db, org: &str, v: &NewVersion<'_>, now: i64) -> DbResult<()> {
    sqlx::query(INSERT)
        .bind(org)
        .bind(v.kind)
        .bind(v.item_id)
        .bind(v.version)
        .bind(v.status)
        .bind(v.position)
        .bind(v.data)
        .bind(v.source)
        .bind(v.review_date)
        .bind(now)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The newest published version of each item of `kind`, in page order.
pub async fn published(db: &Db, org: &str, kind: &str) -> DbResult<Vec<ContentRow>> {
    Ok(sqlx::query_as(
        "SELECT c.item_id, c.version, c.position, c.data, c.source, c.review_date
         FROM content_items c
         WHERE c.organisation_id = $1 AND c.kind = $2 AND c.status = 'published'
           AND c.version = (SELECT MAX(n.version) FROM content_items n
                            WHERE n.organisation_id = c.organisation_id AND n.kind = c.kind
                              AND n.item_id = c.item_id AND n.status = 'published')
         ORDER BY c.position, c.item_id",
    )
    .bind(org)
    .bind(kind)
    .fetch_all(&db.pool)
    .await?)
}

/// Whether an item of `kind` has a published version.
pub async fn is_published(db: &Db, org: &str, kind: &str, item_id: &str) -> DbResult<bool> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT version FROM content_items
         WHERE organisation_id = $1 AND kind = $2 AND item_id = $3 AND status = 'published'
         LIMIT 1",
    )
    .bind(org)
    .bind(kind)
    .bind(item_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.is_some())
}
