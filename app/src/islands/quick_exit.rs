//! "Leave this site": a plain link that, with JavaScript, also replaces this page in the
//! browser history, so the Back button does not bring someone looking at the phone back here.

use leptos::prelude::*;

/// Where the quick exit goes: a neutral page that says nothing about care.
pub const NEUTRAL_PAGE: &str = "https://www.bbc.co.uk/weather";

/// The quick-exit link.
#[island]
pub fn QuickExit(label: String, hint: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(window) = web_sys::window() {
            ev.prevent_default();
            let _ = window.location().replace(NEUTRAL_PAGE);
        }
    };
    #[cfg(not(feature = "hydrate"))]
    let on_click = |_: leptos::ev::MouseEvent| {};
    view! {
        <a id="quick-exit" class="quick-exit" href=NEUTRAL_PAGE rel="noreferrer" title=hint on:click=on_click>
            {label}
        </a>
    }
}
