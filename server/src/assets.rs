//! The built CSS, JS and WebAssembly under `/pkg`: content-hashed names, served precompressed
//! (brotli or gzip) with a year-long, immutable cache life.

use app::state::SiteAssets;
use axum::Router;
use http::header::CACHE_CONTROL;
use http::HeaderValue;
use std::path::Path;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// What `xtask build-site` writes to `{site_root}/pkg/manifest.json`.
#[derive(Debug, serde::Deserialize)]
pub struct Manifest {
    /// Base name of the JS and wasm, e.g. `app.3f2a…` (files `app.3f2a….js`, `app.3f2a…_bg.wasm`).
    pub output_name: Option<String>,
    /// File name of the stylesheet, e.g. `app.9c1d….css`.
    pub css: String,
}

/// Reads the manifest. `None` (with a warning) when the site has not been built.
pub fn read_manifest(site_root: &Path) -> Option<Manifest> {
    let path = site_root.join("pkg/manifest.json");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(_) => {
            tracing::warn!(path = %path.display(), "no built site found: pages will have no style and no islands (run scripts/build-site.sh)");
            return None;
        }
    };
    match serde_json::from_str(&text) {
        Ok(m) => Some(m),
        Err(e) => {
            tracing::warn!(path = %path.display(), error = %e, "the site manifest does not parse");
            None
        }
    }
}

/// The asset names pages link to.
pub fn site_assets(manifest: Option<&Manifest>) -> SiteAssets {
    match manifest {
        Some(m) => SiteAssets { css_href: format!("/pkg/{}", m.css), hydrate: m.output_name.is_some() },
        None => SiteAssets { css_href: "/pkg/app.css".into(), hydrate: false },
    }
}

/// The `/pkg` service.
pub fn routes<S: Clone + Send + Sync + 'static>(site_root: &Path) -> Router<S> {
    let dir = ServeDir::new(site_root.join("pkg"))
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false);
    Router::new().nest_service("/pkg", dir).layer(SetResponseHeaderLayer::overriding(
        CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    ))
}
