//! HTTP integration tests: the real router (built by the same function `main` uses) on a
//! temporary SQLite file, driven request by request.

mod support;
mod survey_support;

mod cli;
mod database;
mod foundation;
mod staff_access;
mod staff_accounts;
mod staff_sessions;
mod survey_privacy;
mod survey_repo;
mod survey_staff;
mod surveys;
