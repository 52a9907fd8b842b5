//! HTTP integration tests: the real router (built by the same function `main` uses) on a
//! temporary SQLite file, driven request by request.

mod support;

mod cli;
mod content;
mod database;
mod foundation;
mod staff_access;
mod staff_accounts;
mod staff_sessions;
