//! One module per page (or per journey), named after its address.

pub mod accessibility;
pub mod errors;
pub mod help;
pub mod home;
pub mod privacy;
pub mod staff;
pub mod survey;
