//! The database layer on SQLite and, when `CARE_VOICE_TEST_PG_URL` is set (the test
//! command sets it), on PostgreSQL too. In CI a missing PostgreSQL is a failure, not a skip.

use app::db::{organisations, Backend, Db};
use sqlx::Row;

/// The databases to run repository tests on: a fresh SQLite file, and PostgreSQL if given.
pub async fn databases() -> Vec<(Db, Option<tempfile::TempDir>)> {
    let dir = tempfile::tempdir().expect("tmp");
    let url = format!("sqlite://{}/repo.db", dir.path().display());
    let mut dbs = vec![(server::db::connect_and_migrate(&url).await.expect("sqlite"), Some(dir))];
    match std::env::var("CARE_VOICE_TEST_PG_URL") {
        Ok(url) => dbs.push((fresh_postgres(&url).await, None)),
        Err(_) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("CI must run the repository tests on PostgreSQL: set CARE_VOICE_TEST_PG_URL")
        }
        Err(_) => eprintln!("note: CARE_VOICE_TEST_PG_URL unset; repository tests ran on SQLite only"),
    }
    dbs
}

/// A new, empty PostgreSQL database for one test (created from the given server URL).
pub async fn fresh_postgres(base: &str) -> Db {
    let url = fresh_postgres_url(base).await;
    server::db::connect_and_migrate(&url).await.expect("migrate postgres")
}

/// The URL of a new, empty PostgreSQL database.
pub async fn fresh_postgres_url(base: &str) -> String {
    use sqlx::Executor;
    let admin = server::db::connect(base).await.expect("postgres reachable");
    let name = format!("cv_test_{}", rand_suffix());
    admin.pool.execute(format!("CREATE DATABASE {name}").as_str()).await.expect("create db");
    match base.rfind('/') {
        Some(i) => format!("{}/{name}", &base[..i]),
        None => panic!("CARE_VOICE_TEST_PG_URL must end in /dbname"),
    }
}

fn rand_suffix() -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    (0..12).map(|_| char::from(b'a' + rng.random_range(0..26u8))).collect()
}

#[tokio::test]
async fn sqlite_runs_with_wal_full_sync_and_foreign_keys_on_every_connection() {
    let (db, _dir) = databases().await.remove(0);
    assert_eq!(db.backend, Backend::Sqlite);
    let mut conns = Vec::new();
    for _ in 0..3 {
        conns.push(db.pool.acquire().await.expect("conn"));
    }
    for c in conns.iter_mut() {
        let j: String = sqlx::query("PRAGMA journal_mode").fetch_one(&mut **c).await.expect("q").get(0);
        let s: i64 = sqlx::query("PRAGMA synchronous").fetch_one(&mut **c).await.expect("q").get(0);
        let f: i64 = sqlx::query("PRAGMA foreign_keys").fetch_one(&mut **c).await.expect("q").get(0);
        assert_eq!((j.as_str(), s, f), ("wal", 2, 1));
    }
}

#[tokio::test]
async fn the_default_organisation_is_created_and_renamed() {
    for (db, _dir) in databases().await {
        organisations::upsert_default(&db, "First Name", 1).await.expect("insert");
        organisations::upsert_default(&db, "Second Name", 2).await.expect("update");
        let name = organisations::name_of(&db, organisations::DEFAULT_ORG).await.expect("read");
        assert_eq!(name.as_deref(), Some("Second Name"), "{:?}", db.backend);
        assert_eq!(organisations::name_of(&db, "nope").await.expect("read"), None);
    }
}

#[tokio::test]
async fn migrations_are_idempotent() {
    for (db, _dir) in databases().await {
        server::db::migrate(&db).await.expect("second run is a no-op");
    }
}
