//! Translation: Fluent bundles for every locale, and the `I18n` handle pages use.
//!
//! Fluent lives on the server only; islands receive already-translated strings as props.

mod locale;
pub use locale::{Locale, LANG_COOKIE};
#[cfg(feature = "ssr")]
pub use locale::negotiate;

#[cfg(feature = "ssr")]
mod bundles;
#[cfg(feature = "ssr")]
pub use bundles::{has_message, I18n};
