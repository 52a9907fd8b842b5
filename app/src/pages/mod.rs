//! One module per page (or per journey), named after its address.

pub mod accessibility;
pub mod charter;
pub mod entitlements;
pub mod errors;
pub mod help;
pub mod home;
pub mod pledge;
pub mod privacy;
pub mod rights;
