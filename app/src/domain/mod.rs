//! Domain rules: pure functions with no I/O, unit-tested beside their code.

pub mod access;
pub mod actions;
pub mod casework;
pub mod complaints;
pub mod eligibility;
pub mod passwords;
pub mod promise_check;
pub mod rich_text;
pub mod sessions;
pub mod significance;
pub mod suppression;
pub mod survey;
pub mod survey_answers;
pub mod survey_results;
pub mod survey_resume;
pub mod survey_rounds;
pub mod survey_safety;
pub mod totp;
pub mod working_days;
