//! Server functions: what pages and form posts call. They check access, validate input with
//! the domain rules and call the repositories. They never build SQL.

pub mod casework;
pub mod complaints;
pub mod dashboard;
pub mod forms;
pub mod notify;
pub mod promise_checks;
pub mod render;
pub mod staff;
pub mod survey;
