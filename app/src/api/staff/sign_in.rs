//! Signing in (email and password, then the second factor) and signing out.
//!
//! Every refusal says the same thing whether or not the email exists, takes about as long,
//! and counts towards a growing back-off per IP address and per account.

use super::audit::record;
use super::passwords;
use super::session::{self, client_ip, CurrentStaff};
use crate::api::forms::{see_other, FieldError, FormRequest};
use crate::crypto::{sha256_hex, DataKeys};
use crate::db::{staff_sessions, staff_users, throttle};
use crate::domain::sessions::backoff_secs;
use crate::domain::totp;
use crate::i18n::I18n;
use crate::shell::RequestMeta;
use crate::state::{now, AppState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::header::SET_COOKIE;

fn i18n(form: &FormRequest) -> I18n {
    I18n::new(form.ext::<RequestMeta>().map(|m| m.locale).unwrap_or(crate::i18n::Locale::EnGb))
}

fn field(id: &str, message: String) -> FieldError {
    FieldError { field: id.to_owned(), message }
}

fn with_cookie(mut res: Response, cookie: &str) -> Response {
    if let Ok(v) = http::HeaderValue::from_str(cookie) {
        res.headers_mut().append(SET_COOKIE, v);
    }
    res
}

/// Seconds still to wait before `keys` may try again (0 if none).
async fn wait_secs(state: &AppState, keys: &[(String, u32)]) -> i64 {
    let t = now();
    let mut wait = 0;
    for (key, free) in keys {
        if let Ok(Some((failures, last))) = throttle::get(&state.db, key).await {
            let failures = u32::try_from(failures).unwrap_or(u32::MAX);
            wait = wait.max(backoff_secs(failures, *free) - (t - last));
        }
    }
    wait
}

async fn fail(state: &AppState, keys: &[(String, u32)]) {
    let t = now();
    for (key, _) in keys {
        if let Err(e) = throttle::record_failure(&state.db, key, t).await {
            tracing::error!(error = %e, "could not record a failed sign-in");
        }
    }
}

fn minutes(secs: i64) -> i64 {
    (secs + 59) / 60
}

/// `POST /staff/sign-in`: email and password.
pub async fn post_sign_in(State(state): State<AppState>, form: FormRequest) -> Response {
    let t = i18n(&form);
    let email = form.get("email").to_lowercase();
    let password = form.raw("password");
    let mut errors = Vec::new();
    if email.is_empty() {
        errors.push(field("email", t.t("staff-sign-in-email-missing")));
    }
    if password.is_empty() {
        errors.push(field("password", t.t("staff-sign-in-password-missing")));
    }
    if !errors.is_empty() {
        return form.show_again(&state, errors, None, &["password"]).await;
    }

    let ip = client_ip(&state, &form.parts);
    let keys = vec![
        (format!("ip:{}", sha256_hex(ip.as_deref().unwrap_or("unknown"))), state.auth.ip_free_failures),
        (format!("account:{}", sha256_hex(&format!("{}:{email}", state.org()))), state.auth.account_free_failures),
    ];
    let wait = wait_secs(&state, &keys).await;
    if wait > 0 {
        record(&state, None, "sign-in-throttled", None, None, ip.as_deref()).await;
        let msg = t.t_with("staff-sign-in-wait", &[("minutes", minutes(wait).into())]);
        return form.show_again(&state, vec![], Some(msg), &["password"]).await;
    }

    let user = staff_users::find_by_email(&state.db, state.org(), &email).await.ok().flatten();
    let stored = user.as_ref().and_then(|u| u.password_hash.clone());
    let password_ok = passwords::verify(password, stored).await;
    let Some(user) = user.filter(|_| password_ok) else {
        fail(&state, &keys).await;
        record(&state, None, "sign-in-failed", None, Some("wrong email or password"), ip.as_deref()).await;
        let msg = t.t("staff-sign-in-wrong");
        return form.show_again(&state, vec![field("email", msg)], None, &["password"]).await;
    };
    if user.disabled == 1 {
        record(&state, Some(&user.id), "sign-in-refused", None, Some("account disabled"), ip.as_deref()).await;
        return form.show_again(&state, vec![], Some(t.t("staff-sign-in-disabled")), &["password"]).await;
    }
    for (key, _) in &keys {
        let _ = throttle::clear(&state.db, key).await;
    }
    match session::start(&state, &user.id, false).await {
        Ok(cookie) => {
            record(&state, Some(&user.id), "sign-in-password-ok", None, None, ip.as_deref()).await;
            with_cookie(see_other("/staff/sign-in/code"), &cookie)
        }
        Err(e) => {
            tracing::error!(error = %e, "could not start a session");
            http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Checks a second-factor answer: a 6-digit code (never the same step twice) or a recovery code.
async fn second_factor_ok(state: &AppState, keys: &DataKeys, user: &staff_users::StaffUser, answer: &str) -> bool {
    let digits: String = answer.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == 6 && digits.chars().all(|c| c.is_ascii_digit()) {
        let Some(sealed) = &user.totp_secret else { return false };
        let Ok(secret_b64) = keys.open(sealed, &format!("staff.totp:{}", user.id)) else { return false };
        let Ok(secret) = base64_decode(&secret_b64) else { return false };
        let Some(step) = totp::matching_step(&secret, &digits, now().max(0) as u64) else { return false };
        return staff_users::claim_totp_step(&state.db, &user.id, step).await.unwrap_or(false);
    }
    let code = totp::normalise_recovery_code(answer);
    if code.len() != 10 {
        return false;
    }
    staff_users::use_recovery_code(&state.db, &user.id, &sha256_hex(&code), now()).await.unwrap_or(false)
}

/// Decodes the base64 the TOTP secret is sealed as.
pub fn base64_decode(s: &str) -> Result<Vec<u8>, base64::DecodeError> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.decode(s)
}

/// `POST /staff/sign-in/code`: the second factor.
pub async fn post_code(State(state): State<AppState>, form: FormRequest) -> Response {
    let t = i18n(&form);
    let Some(staff) = form.ext::<CurrentStaff>() else { return see_other("/staff/sign-in?expired=1") };
    if staff.fully_signed_in {
        return see_other("/staff");
    }
    let ip = client_ip(&state, &form.parts);
    let answer = form.get("code");
    if answer.is_empty() {
        return form.show_again(&state, vec![field("code", t.t("staff-code-missing"))], None, &["code"]).await;
    }
    let keys = vec![(format!("second-factor:{}", staff.user_id), state.auth.account_free_failures)];
    let wait = wait_secs(&state, &keys).await;
    if wait > 0 {
        let msg = t.t_with("staff-sign-in-wait", &[("minutes", minutes(wait).into())]);
        return form.show_again(&state, vec![], Some(msg), &["code"]).await;
    }
    let Ok(Some(user)) = staff_users::find(&state.db, &staff.user_id).await else {
        return see_other("/staff/sign-in?expired=1");
    };
    if !second_factor_ok(&state, &state.keys, &user, &answer).await {
        fail(&state, &keys).await;
        record(&state, Some(&user.id), "second-factor-failed", None, None, ip.as_deref()).await;
        return form.show_again(&state, vec![field("code", t.t("staff-code-wrong"))], None, &["code"]).await;
    }
    let _ = throttle::clear(&state.db, &keys[0].0).await;
    // A new token for the signed-in session: the half-open one is thrown away.
    let _ = staff_sessions::delete(&state.db, &staff.token_hash).await;
    match session::start(&state, &user.id, true).await {
        Ok(cookie) => {
            record(&state, Some(&user.id), "sign-in", None, None, ip.as_deref()).await;
            with_cookie(see_other("/staff"), &cookie)
        }
        Err(e) => {
            tracing::error!(error = %e, "could not start a session");
            http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `POST /staff/sign-out`.
pub async fn post_sign_out(State(state): State<AppState>, form: FormRequest) -> Response {
    if let Some(staff) = form.ext::<CurrentStaff>() {
        let _ = staff_sessions::delete(&state.db, &staff.token_hash).await;
        let ip = client_ip(&state, &form.parts);
        record(&state, Some(&staff.user_id), "sign-out", None, None, ip.as_deref()).await;
    }
    with_cookie(see_other("/staff/sign-in?signed_out=1"), &session::clear_cookie(&state))
}
