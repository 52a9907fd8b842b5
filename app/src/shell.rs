//! The HTML document around every page, and the router that picks the page.

use crate::components::layout::Layout;
use crate::i18n::{I18n, Locale};
use crate::pages;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// Per-request values the middleware puts in the request's extensions.
#[derive(Clone, Debug)]
pub struct RequestMeta {
    /// The language chosen for this request.
    pub locale: Locale,
    /// The CSP nonce for this response's inline scripts.
    pub nonce: String,
}

/// Context flag: render the 500 page instead of the routed page.
#[derive(Clone, Copy, Debug)]
pub struct ForcedError;

/// Reads the request's language from context (English outside a request, e.g. route listing).
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n::new(Locale::EnGb))
}

fn request_meta() -> Option<RequestMeta> {
    use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<RequestMeta>().cloned())
}

/// The whole HTML document.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let meta = request_meta();
    let locale = meta.as_ref().map(|m| m.locale).unwrap_or(Locale::EnGb);
    provide_context(I18n::new(locale));
    if let Some(m) = &meta {
        provide_context(leptos::nonce::Nonce::from_value(m.nonce.clone()));
    }
    let assets = use_context::<AppState>().map(|s| s.assets.clone()).unwrap_or_default();
    let hydrate = assets.hydrate.then(|| view! { <HydrationScripts options=options islands=true/> });
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="referrer" content="same-origin"/>
                <meta name="robots" content="noindex"/>
                <link rel="stylesheet" href=assets.css_href.clone()/>
                <link rel="icon" href="data:,"/>
                {hydrate}
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The router: every address of the app.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let forced = use_context::<ForcedError>().is_some();
    view! {
        <Router>
            <Layout>
                {forced.then(|| view! { <pages::errors::ServerError/> })}
                <Show when=move || !forced>
                <Routes fallback=pages::errors::NotFound>
                    <Route path=path!("/") view=pages::home::HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/help") view=pages::help::HelpPage ssr=SsrMode::Async/>
                    <Route path=path!("/privacy") view=pages::privacy::PrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("/accessibility") view=pages::accessibility::AccessibilityPage ssr=SsrMode::Async/>
                    <Route path=path!("/pledge") view=pages::pledge::PledgePage ssr=SsrMode::Async/>
                    <Route path=path!("/charter") view=pages::charter::CharterPage ssr=SsrMode::Async/>
                    <Route path=path!("/rights") view=pages::rights::RightsPage ssr=SsrMode::Async/>
                    <Route path=path!("/entitlements") view=pages::entitlements::EntitlementsPage ssr=SsrMode::Async/>
                </Routes>
                </Show>
            </Layout>
        </Router>
    }
}
