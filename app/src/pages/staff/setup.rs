//! `/staff/setup/{token}`: a new (or reset) member of staff sets a password and enrols an
//! authenticator app (QR code drawn on the server as SVG, and the key to type in by hand),
//! then sees their one-time recovery codes once.

use crate::api::forms::use_form;
use crate::api::staff::accounts::{valid_setup, SetupDone};
use crate::components::forms::{page_title, ErrorSummary, TextField};
use crate::domain::totp;
use crate::shell::use_i18n;
use crate::state::AppState;
use base64::Engine as _;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// The set-up page.
#[component]
pub fn SetupPage() -> impl IntoView {
    let i18n = use_i18n();
    if let Some(done) = use_context::<SetupDone>() {
        return view! { <RecoveryCodes codes=done.recovery_codes/> }.into_any();
    }
    let token = use_params_map().get_untracked().get("token").unwrap_or_default();
    let state = use_context::<AppState>();
    let form = use_form();
    let page = Suspend::new(async move {
        let found = match &state {
            Some(s) => valid_setup(s, &token).await.map(|(u, secret)| (u, secret, s.settings.council_name.clone())),
            None => None,
        };
        let Some((user, secret, council)) = found else {
            return view! {
                <Title text=i18n.t("staff-setup-invalid-title")/>
                <h1>{i18n.t("staff-setup-invalid-title")}</h1>
                <p>{i18n.t("staff-setup-invalid-text")}</p>
            }
            .into_any();
        };
        let qr = totp::otpauth_url(&secret, &format!("Care Voice {council}"), &user.email)
            .and_then(|url| qr_data_uri(&url));
        let key = totp::manual_key(&secret);
        view! {
            <Title text=page_title(&form, i18n.t("staff-setup-title"))/>
            <ErrorSummary form=form.clone()/>
            <h1>{i18n.t("staff-setup-title")}</h1>
            <p class="lead">{i18n.t_with("staff-setup-hello", &[("name", user.name.clone().into())])}</p>
            <form method="post" class="form" novalidate>
                <h2>{i18n.t("staff-setup-password-heading")}</h2>
                <TextField name="password" label=i18n.t("staff-setup-password") hint=i18n.t("staff-setup-password-hint")
                    kind="password" autocomplete="new-password" form=form.clone()/>
                <TextField name="confirm" label=i18n.t("staff-setup-confirm") kind="password" autocomplete="new-password" form=form.clone()/>
                <h2>{i18n.t("staff-setup-app-heading")}</h2>
                <p>{i18n.t("staff-setup-app-text")}</p>
                {qr.map(|src| view! { <img class="qr" src=src width="220" height="220" alt=i18n.t("staff-setup-qr-alt")/> })}
                <p>{i18n.t("staff-setup-manual")}</p>
                <p class="manual-key" id="manual-key" dir="ltr"><code>{key}</code></p>
                <TextField name="code" label=i18n.t("staff-setup-code") hint=i18n.t("staff-code-hint-setup")
                    autocomplete="one-time-code" inputmode="numeric" form=form.clone()/>
                <button type="submit" class="button">{i18n.t("staff-setup-button")}</button>
            </form>
        }
        .into_any()
    });
    view! { <Suspense>{page}</Suspense> }.into_any()
}

/// The QR code of `text` as an SVG data URI (no script, no external request).
fn qr_data_uri(text: &str) -> Option<String> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let svg = code.render::<qrcode::render::svg::Color>().min_dimensions(220, 220).quiet_zone(true).build();
    Some(format!("data:image/svg+xml;base64,{}", base64::engine::general_purpose::STANDARD.encode(svg)))
}

/// The recovery codes, shown once.
#[component]
fn RecoveryCodes(codes: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("staff-setup-done-title")/>
        <h1>{i18n.t("staff-setup-done-title")}</h1>
        <p>{i18n.t("staff-setup-done-text")}</p>
        <ul class="recovery-codes" dir="ltr">
            {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
        </ul>
        <p><a class="button" href="/staff/sign-in">{i18n.t("staff-sign-in-title")}</a></p>
    }
}
