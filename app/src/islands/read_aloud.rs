//! "Read this page aloud" with the browser's own speech synthesis, in the page's language.
//! Hidden until the browser proves it can speak that language; nothing is sent anywhere.

use leptos::prelude::*;

/// The read-aloud button.
#[island]
pub fn ReadAloud(label: String, stop_label: String, lang: String) -> impl IntoView {
    let supported = RwSignal::new(false);
    let speaking = RwSignal::new(false);

    #[cfg(feature = "hydrate")]
    {
        let lang = lang.clone();
        Effect::new(move |_| supported.set(speech::can_speak(&lang)));
    }
    #[cfg(feature = "hydrate")]
    let on_click = {
        let lang = lang.clone();
        move |_: leptos::ev::MouseEvent| {
            let now = !speaking.get_untracked();
            speaking.set(now);
            if now {
                speech::speak_main(&lang, move || speaking.set(false));
            } else {
                speech::stop();
            }
        }
    };
    #[cfg(not(feature = "hydrate"))]
    let on_click = |_: leptos::ev::MouseEvent| {};
    let _ = &lang;

    view! {
        <button
            type="button"
            id="read-aloud"
            class="read-aloud"
            hidden=move || !supported.get()
            aria-pressed=move || if speaking.get() { "true" } else { "false" }
            on:click=on_click
        >
            {move || if speaking.get() { stop_label.clone() } else { label.clone() }}
        </button>
    }
}

#[cfg(feature = "hydrate")]
mod speech {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    fn synth() -> Option<web_sys::SpeechSynthesis> {
        web_sys::window()?.speech_synthesis().ok()
    }

    fn primary(lang: &str) -> String {
        lang.split('-').next().unwrap_or(lang).to_ascii_lowercase()
    }

    /// True when the browser has a voice for the page's language.
    pub fn can_speak(lang: &str) -> bool {
        let Some(s) = synth() else { return false };
        let want = primary(lang);
        s.get_voices().iter().any(|v| {
            v.dyn_into::<web_sys::SpeechSynthesisVoice>()
                .map(|v| primary(&v.lang()) == want)
                .unwrap_or(false)
        })
    }

    /// Reads the text of `<main>` aloud; calls `done` when it ends.
    pub fn speak_main(lang: &str, done: impl Fn() + 'static) {
        let Some(s) = synth() else { return };
        let text = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("main").ok().flatten())
            .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
            .map(|m| m.inner_text())
            .unwrap_or_default();
        let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) else { return };
        utterance.set_lang(lang);
        let end = Closure::<dyn Fn()>::new(done);
        utterance.set_onend(Some(end.as_ref().unchecked_ref()));
        end.forget();
        s.cancel();
        s.speak(&utterance);
    }

    /// Stops reading.
    pub fn stop() {
        if let Some(s) = synth() {
            s.cancel();
        }
    }
}
