//! What every request can reach on the server: the database, the public settings, the built
//! assets. Provided to Leptos as context and to axum handlers as state.

use crate::db::Db;
use leptos::config::LeptosOptions;
use std::sync::Arc;

/// Settings that pages show (never secrets).
#[derive(Clone, Debug)]
pub struct PublicSettings {
    /// The council's name, shown in the header.
    pub council_name: String,
    /// The council's out-of-hours phone number, shown in the help panel.
    pub out_of_hours_phone: String,
    /// True while the out-of-hours number is the shipped sample, so the page can say so.
    pub out_of_hours_is_sample: bool,
}

/// The built CSS and WebAssembly, under content-hashed names.
#[derive(Clone, Debug, Default)]
pub struct SiteAssets {
    /// `href` of the stylesheet.
    pub css_href: String,
    /// Whether the WebAssembly was built (if not, pages still work: they are plain HTML).
    pub hydrate: bool,
}

/// Shared, cheap-to-clone application state.
#[derive(Clone)]
pub struct AppState {
    /// The database pool.
    pub db: Db,
    /// Settings the pages show.
    pub settings: Arc<PublicSettings>,
    /// Hashed asset names.
    pub assets: Arc<SiteAssets>,
    /// Leptos' own options (site root, output name).
    pub leptos: LeptosOptions,
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}
