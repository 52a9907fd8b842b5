//! Moves between survey pages without a full reload, keeping the same addresses.
//!
//! Every survey form works as a plain post. With this island awake, a submit on a form marked
//! `data-survey-form` is sent with `fetch` instead (the same fields, plus the button pressed);
//! the answer page's `#survey-page` replaces this one's, the title and language links follow,
//! and the address is pushed to the history (Back works, and reloads show the same page).
//! If anything fails, the form is posted again the ordinary way. Nothing is stored in the
//! browser.

use leptos::prelude::*;

/// Renders nothing; wakes the listeners once per page load.
#[island]
pub fn SurveyNav() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| enhance::install());
}

#[cfg(feature = "hydrate")]
mod enhance {
    use std::sync::atomic::{AtomicBool, Ordering};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::{spawn_local, JsFuture};
    use web_sys::{Document, FormData, HtmlElement, HtmlFormElement, RequestInit, SubmitEvent, UrlSearchParams};

    static INSTALLED: AtomicBool = AtomicBool::new(false);

    /// Listens for survey form submits and for Back/Forward.
    pub fn install() {
        if INSTALLED.swap(true, Ordering::Relaxed) {
            return;
        }
        let Some(window) = web_sys::window() else { return };
        let Some(document) = window.document() else { return };
        let submit = Closure::<dyn Fn(SubmitEvent)>::new(on_submit);
        let _ = document.add_event_listener_with_callback("submit", submit.as_ref().unchecked_ref());
        submit.forget();
        let pop = Closure::<dyn Fn(web_sys::Event)>::new(|_| {
            spawn_local(async {
                let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
                if swap(&href, None).await.is_err() {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().reload();
                    }
                }
            })
        });
        let _ = window.add_event_listener_with_callback("popstate", pop.as_ref().unchecked_ref());
        pop.forget();
        // Tells tests (and curious readers of the page) that the survey moves without reloads.
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("data-survey-nav", "on");
        }
    }

    fn on_submit(ev: SubmitEvent) {
        let Some(form) = ev.target().and_then(|t| t.dyn_into::<HtmlFormElement>().ok()) else { return };
        if !form.has_attribute("data-survey-form") || form.has_attribute("data-plain") {
            return;
        }
        ev.prevent_default();
        let submitter = ev.submitter();
        spawn_local(async move {
            // `form.action` would return the button named "action"; read the attribute.
            let to = form.get_attribute("action").unwrap_or_default();
            let sent = match body(&form, submitter.as_ref()) {
                Some(b) if to.starts_with('/') => swap(&to, Some(b)).await.is_ok(),
                _ => false,
            };
            if !sent {
                // The ordinary post, exactly as without JavaScript.
                let _ = form.set_attribute("data-plain", "");
                let _ = form.request_submit_with_submitter(submitter.as_ref());
            }
        });
    }

    /// The form's fields, URL-encoded, with the pressed button's name and value.
    fn body(form: &HtmlFormElement, submitter: Option<&HtmlElement>) -> Option<String> {
        let data = FormData::new_with_form(form).ok()?;
        if let Some(name) = submitter.and_then(|s| s.get_attribute("name")) {
            let value = submitter.and_then(|s| s.get_attribute("value")).unwrap_or_default();
            data.append_with_str(&name, &value).ok()?;
        }
        let params = UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
        Some(String::from(params.to_string()))
    }

    /// Fetches `url` (a post when `body` is given) and swaps the page in.
    async fn swap(url: &str, body: Option<String>) -> Result<(), JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let document = window.document().ok_or(JsValue::NULL)?;
        let init = RequestInit::new();
        init.set_credentials(web_sys::RequestCredentials::SameOrigin);
        let posted = body.is_some();
        if let Some(b) = body {
            let headers = web_sys::Headers::new()?;
            headers.append("content-type", "application/x-www-form-urlencoded")?;
            init.set_method("POST");
            init.set_headers(&headers);
            init.set_body(&JsValue::from_str(&b));
        }
        let resp: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await?.dyn_into()?;
        let html_page = resp.headers().get("content-type")?.is_some_and(|c| c.starts_with("text/html"));
        if !html_page {
            return Err(JsValue::NULL);
        }
        let final_url = resp.url();
        let html = JsFuture::from(resp.text()?).await?.as_string().ok_or(JsValue::NULL)?;
        let next = web_sys::DomParser::new()?.parse_from_string(&html, web_sys::SupportedType::TextHtml)?;
        replace(&document, &next, "#survey-page")?;
        let _ = replace(&document, &next, ".lang-switcher");
        document.set_title(&next.title());
        if posted && window.location().href().ok().as_deref() != Some(final_url.as_str()) {
            window.history()?.push_state_with_url(&JsValue::NULL, "", Some(&final_url))?;
        }
        focus_top(&window, &document);
        Ok(())
    }

    fn replace(document: &Document, next: &Document, selector: &str) -> Result<(), JsValue> {
        let new = next.query_selector(selector)?.ok_or(JsValue::NULL)?;
        let old = document.query_selector(selector)?.ok_or(JsValue::NULL)?;
        old.replace_with_with_node_1(&document.import_node_with_deep(&new, true)?)
    }

    /// Focus where a page load would leave a screen reader: the problem, or the page.
    fn focus_top(window: &web_sys::Window, document: &Document) {
        window.scroll_to_with_x_and_y(0.0, 0.0);
        let target = document.query_selector(".error-summary").ok().flatten().or_else(|| document.get_element_by_id("main"));
        if let Some(el) = target.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = el.focus();
        }
    }
}
