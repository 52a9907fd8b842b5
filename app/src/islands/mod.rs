//! Islands: the only components that run in the browser. Each adds comfort to a page that
//! already works without JavaScript, and gets its text already translated, as props.

mod quick_exit;
mod read_aloud;
mod survey_nav;

pub use quick_exit::QuickExit;
pub use read_aloud::ReadAloud;
pub use survey_nav::SurveyNav;
