//! One module per page (or per journey), named after its address.

pub mod accessibility;
pub mod advocate;
pub mod complaint;
pub mod compliment;
pub mod charter;
pub mod entitlements;
pub mod errors;
pub mod help;
pub mod home;
pub mod pledge;
pub mod privacy;
pub mod staff;
pub mod track;
pub mod you_said;
pub mod rights;
pub mod survey;
