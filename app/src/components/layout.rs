//! The frame of every young-person page: header with the council's name and the quick exit,
//! the language switcher, the "Get help now" panel (always in the same place), and the footer.

use crate::islands::{QuickExit, ReadAloud};
use crate::i18n::Locale;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The page frame.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let settings = use_context::<AppState>().map(|s| s.settings.clone());
    let council = settings.as_ref().map(|s| s.council_name.clone()).unwrap_or_default();
    view! {
        <a class="skip-link" href="#main">{i18n.t("skip-to-content")}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-name" href="/">
                    <span class="site-name__app">{i18n.t("site-name")}</span>
                    <span class="site-name__council">{council.clone()}</span>
                </a>
                <QuickExit label=i18n.t("quick-exit") hint=i18n.t("quick-exit-hint")/>
            </div>
            <LanguageSwitcher/>
        </header>
        <HelpPanel/>
        <main id="main" class="page" tabindex="-1">
            <ReadAloud label=i18n.t("read-aloud") stop_label=i18n.t("read-aloud-stop") lang=i18n.locale.tag().to_owned()/>
            {children()}
        </main>
        <footer class="site-footer">
            <ul class="footer-links">
                <li><a href="/help">{i18n.t("footer-help")}</a></li>
                <li><a href="/privacy">{i18n.t("footer-privacy")}</a></li>
                <li><a href="/accessibility">{i18n.t("footer-accessibility")}</a></li>
            </ul>
            <p>{i18n.t_with("footer-run-by", &[("council", council.into())])}</p>
        </footer>
    }
}

/// Plain links to this same page in every language.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let path = use_location().pathname.get_untracked();
    let links = Locale::ALL
        .into_iter()
        .map(|l| {
            let href = format!("{path}?lang={}", l.tag());
            let current = (l == i18n.locale).then_some("true");
            view! {
                <li>
                    <a href=href hreflang=l.tag() lang=l.tag() aria-current=current>{l.native_name()}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="lang-switcher" aria-label=i18n.t("lang-switcher-label")>
            <ul>{links}</ul>
        </nav>
    }
}

/// "Get help now": 999, Childline and the council's out-of-hours team, as phone links.
#[component]
pub fn HelpPanel() -> impl IntoView {
    let i18n = use_i18n();
    let settings = use_context::<AppState>().map(|s| s.settings.clone());
    let phone = settings.as_ref().map(|s| s.out_of_hours_phone.clone()).unwrap_or_default();
    let sample = settings.as_ref().is_some_and(|s| s.out_of_hours_is_sample);
    let tel = format!("tel:{}", phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>());
    view! {
        <aside id="get-help" class="help-panel" aria-labelledby="get-help-title">
            <h2 id="get-help-title" class="help-panel__title">{i18n.t("help-panel-title")}</h2>
            <ul class="help-panel__list">
                <li>
                    {i18n.t("help-emergency")}" "
                    <a class="phone" href="tel:999" dir="ltr">"999"</a>
                </li>
                <li>
                    {i18n.t("help-childline")}" "
                    <a class="phone" href="tel:08001111" dir="ltr">"0800 1111"</a>
                </li>
                <li>
                    {i18n.t("help-out-of-hours")}" "
                    <a class="phone" href=tel dir="ltr">{phone}</a>
                    {sample.then(|| view! { " "<span class="sample-note">{i18n.t("help-out-of-hours-sample")}</span> })}
                </li>
            </ul>
            <a class="help-panel__more" href="/help">{i18n.t("help-more")}</a>
        </aside>
    }
}
