//! Connecting to the database, checking it is safe to use, and migrating it.
//!
//! SQLite must run with a WAL journal, `synchronous=FULL` and foreign keys on. Those are set on
//! every new connection and checked from a second connection before the server starts, so a
//! misconfigured pool can never lose an acknowledged answer.

use anyhow::{bail, Context};
use app::db::{Backend, Db};
use sqlx::any::AnyPoolOptions;
use sqlx::{Executor, Row};
use std::time::Duration;

const SQLITE_PRAGMAS: &str =
    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

/// Opens a pool for `url`, checks its settings, and applies migrations.
pub async fn connect_and_migrate(url: &str) -> anyhow::Result<Db> {
    let db = connect(url).await?;
    if db.backend == Backend::Sqlite {
        check_sqlite(&db).await?;
    }
    migrate(&db).await?;
    Ok(db)
}

/// Opens a pool (creating the SQLite file and its folder if needed).
pub async fn connect(url: &str) -> anyhow::Result<Db> {
    sqlx::any::install_default_drivers();
    let backend = if url.starts_with("sqlite:") { Backend::Sqlite } else { Backend::Postgres };
    let url = match backend {
        Backend::Sqlite => prepare_sqlite_url(url)?,
        Backend::Postgres => url.to_owned(),
    };
    let pool = AnyPoolOptions::new()
        .max_connections(match backend {
            Backend::Sqlite => 8,
            Backend::Postgres => 16,
        })
        .min_connections(if backend == Backend::Sqlite { 2 } else { 0 })
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(move |conn, _meta| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    conn.execute(sqlx::raw_sql(SQLITE_PRAGMAS)).await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await
        .with_context(|| format!("cannot open the database at {}", crate::config::redact_url(&url)))?;
    Ok(Db { pool, backend })
}

/// Adds `mode=rwc` so SQLite creates the file, and creates its folder.
fn prepare_sqlite_url(url: &str) -> anyhow::Result<String> {
    let rest = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    let path = rest.split('?').next().unwrap_or(rest);
    if path.is_empty() || path == ":memory:" {
        bail!("DATABASE_URL must name a SQLite file (an in-memory database would lose every answer)");
    }
    if let Some(parent) = std::path::Path::new(path).parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create the database folder {}", parent.display()))?;
        }
    }
    Ok(if url.contains("mode=") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    })
}

/// Refuses to go on unless a second connection reports WAL, FULL sync and foreign keys on.
async fn check_sqlite(db: &Db) -> anyhow::Result<()> {
    // Hold one connection so that the checks run on a second, separately opened one.
    let _first = db.pool.acquire().await?;
    let mut second = db.pool.acquire().await?;
    let journal: String = sqlx::query("PRAGMA journal_mode").fetch_one(&mut *second).await?.try_get(0)?;
    let sync: i64 = sqlx::query("PRAGMA synchronous").fetch_one(&mut *second).await?.try_get(0)?;
    let fks: i64 = sqlx::query("PRAGMA foreign_keys").fetch_one(&mut *second).await?.try_get(0)?;
    if !journal.eq_ignore_ascii_case("wal") {
        bail!("SQLite journal mode is {journal:?}, not WAL: refusing to start (is the file on a network drive?)");
    }
    if sync != 2 {
        bail!("SQLite synchronous is {sync}, not FULL (2): refusing to start");
    }
    if fks != 1 {
        bail!("SQLite foreign keys are off: refusing to start");
    }
    Ok(())
}

/// Applies every migration in `migrations/` that has not run yet, then the engine-specific
/// guards that portable SQL cannot express.
pub async fn migrate(db: &Db) -> anyhow::Result<()> {
    sqlx::migrate!("../migrations").run(&db.pool).await.context("database migration failed")?;
    let guards = match db.backend {
        Backend::Sqlite => SQLITE_GUARDS,
        Backend::Postgres => POSTGRES_GUARDS,
    };
    db.pool.execute(sqlx::raw_sql(guards)).await.context("could not install the audit log guards")?;
    Ok(())
}

/// The audit log is append-only: the database itself refuses changes and deletions.
const SQLITE_GUARDS: &str = "
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
";

const POSTGRES_GUARDS: &str = "
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
";
