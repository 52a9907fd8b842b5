//! Background work: delivering the mail outbox and warning about deadlines. Any number of
//! app instances may run these at once: the outbox is claimed row by row in the database.

pub mod mail;
