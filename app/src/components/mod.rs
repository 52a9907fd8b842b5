//! Building blocks shared by pages: the page frame and small pieces of markup.

pub mod chart;
pub mod result_chart;
pub mod forms;
pub mod content;
pub mod eligibility_form;
pub mod error_summary;
pub mod layout;
pub mod promise_check;
pub mod sections;
