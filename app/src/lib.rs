//! Care Voice: the Leptos application.
//!
//! Pages render on the server (`ssr`); only the small interactive islands in [`islands`] are
//! compiled to WebAssembly (`hydrate`). Every journey works as plain HTML without them.

pub mod i18n;
pub mod islands;

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod components;
#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod crypto;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod shell;
#[cfg(feature = "ssr")]
pub mod state;

/// Entry point of the WebAssembly: wakes the islands on the page, nothing else.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}
