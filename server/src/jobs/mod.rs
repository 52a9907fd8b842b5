//! Background work: delivering the mail outbox, warning about deadlines, deleting expired
//! survey drafts. Any number of
//! app instances may run these at once: the outbox is claimed row by row in the database.

pub mod drafts;
pub mod mail;

pub use drafts::spawn;
