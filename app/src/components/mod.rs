//! Building blocks shared by pages: the page frame and small pieces of markup.

pub mod forms;
pub mod layout;
pub mod sections;
