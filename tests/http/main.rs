//! HTTP integration tests: the real router (built by the same function `main` uses) on a
//! temporary SQLite file, driven request by request.

mod support;
mod survey_support;

mod actions;
mod cli;
mod complaints;
mod mail;
mod content;
mod dashboard;
mod database;
mod foundation;
mod staff_access;
mod staff_accounts;
mod staff_sessions;

/// The canary the complaint tests write (shared with the mail tests).
pub fn complaints_canary() -> &'static str {
    "CANARY-7Q2Z-my-carer-reads-my-diary"
}
mod survey_privacy;
mod survey_repo;
mod survey_staff;
mod surveys;
mod survey_results;
mod bench_results;
