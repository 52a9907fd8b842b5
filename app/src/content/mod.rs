//! Content as data: the Pledge, the Care Leavers Charter, rights, entitlements and the
//! glossary live in `content_items`, versioned, each with a source and a review date.
//!
//! On start-up [`load_defaults`] stores the default content (embedded from
//! `content/default/*.toml`) as version 1 of each item that has no version yet, so it runs
//! once per item however often the server starts. Pages read the newest published version
//! of each item with [`published`].

pub mod defaults;
pub mod model;

use crate::db::{content as repo, Db, DbError};
use model::{Item, Kind};
use serde::de::DeserializeOwned;

/// Why the default content could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The embedded files are wrong (a test catches this before release).
    #[error("the default content has problems:\n{0}")]
    Invalid(String),
    /// The database refused.
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Stores the default content as version 1 of every item that has none yet; returns how
/// many items were added (0 on every run after the first).
pub async fn load_defaults(db: &Db, org: &str, now: i64) -> Result<u64, LoadError> {
    let items = defaults::default_items().map_err(LoadError::Invalid)?;
    Ok(repo::insert_first_versions(db, org, &items, now).await?)
}

/// The newest published version of every item of `kind`, in page order. An item whose data
/// does not read as `D` is left out (and logged by kind and id only).
pub async fn published<D: DeserializeOwned>(db: &Db, org: &str, kind: Kind) -> Result<Vec<Item<D>>, DbError> {
    let rows = repo::published(db, org, kind.code()).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| match serde_json::from_str::<D>(&row.data) {
            Ok(data) => Some(Item {
                id: row.item_id,
                version: row.version,
                source: row.source,
                review_date: row.review_date,
                data,
            }),
            Err(e) => {
                tracing::error!(kind = kind.code(), item = %row.item_id, version = row.version, error = %e, "content item does not read");
                None
            }
        })
        .collect())
}

/// Where a page comes from, and the earliest review date of its items.
pub async fn page_meta(db: &Db, org: &str, page: &str) -> Result<Option<Item<model::PageMeta>>, DbError> {
    Ok(published::<model::PageMeta>(db, org, Kind::Page).await?.into_iter().find(|i| i.id == page))
}
