//! Staff accounts: creating one with a one-time set-up link, setting up (password and
//! second factor), and what administrators do (invite, change role, disable, reset).

use super::audit::record;
use super::passwords;
use super::session::{client_ip, CurrentStaff};
use crate::api::forms::{see_other, FieldError, FormRequest, FormState};
use crate::crypto::{random_token, sha256_hex};
use crate::db::{staff_sessions, staff_users, DbError};
use crate::domain::access::Role;
use crate::domain::passwords::check_new_password;
use crate::domain::totp;
use crate::i18n::I18n;
use crate::shell::RequestMeta;
use crate::state::{now, AppState};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use rand::RngCore as _;

/// How long a set-up link works.
pub const SETUP_LINK_SECS: i64 = 72 * 3600;

/// Shown once, after set-up: the recovery codes.
#[derive(Clone, Debug)]
pub struct SetupDone {
    /// The codes, formatted for writing down.
    pub recovery_codes: Vec<String>,
}

/// Shown once to the administrator: the link to send to a new or reset account.
#[derive(Clone, Debug)]
pub struct LinkIssued {
    /// Whose link it is.
    pub name: String,
    /// The one-time link.
    pub link: String,
}

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    /// The email is already used in this organisation.
    #[error("an account with that email already exists")]
    EmailTaken,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Whether `email` looks like an address (the link is what proves it).
pub fn plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else { return false };
    !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
        && email.len() <= 254 && !email.chars().any(|c| c.is_whitespace() || c == '<' || c == '>')
}

/// Creates an account with no password and returns its one-time set-up link.
pub async fn create_with_link(state: &AppState, email: &str, name: &str, role: Role) -> Result<(String, String), CreateError> {
    let email = email.trim().to_lowercase();
    if staff_users::find_by_email(&state.db, state.org(), &email).await?.is_some() {
        return Err(CreateError::EmailTaken);
    }
    let id = random_token(12);
    staff_users::insert(
        &state.db,
        &staff_users::StaffUser {
            id: id.clone(),
            organisation_id: state.org().to_owned(),
            email,
            name: name.trim().to_owned(),
            role: role.as_str().to_owned(),
            password_hash: None,
            totp_secret: None,
            totp_last_step: 0,
            disabled: 0,
            created_at: now(),
        },
    )
    .await?;
    let link = issue_setup_link(state, &id).await?;
    Ok((id, link))
}

/// Makes a new set-up link for `user_id` (replacing any unused one).
pub async fn issue_setup_link(state: &AppState, user_id: &str) -> Result<String, DbError> {
    let token = random_token(32);
    let mut secret = [0u8; 20];
    rand::rng().fill_bytes(&mut secret);
    let b64 = base64::engine::general_purpose::STANDARD.encode(secret);
    let sealed = state.keys.seal(&b64, &format!("staff.setup:{user_id}"));
    staff_users::insert_setup_token(&state.db, &sha256_hex(&token), user_id, &sealed, now() + SETUP_LINK_SECS).await?;
    Ok(format!("{}/staff/setup/{token}", state.auth.public_url))
}

/// A set-up link that can still be used: (user, TOTP secret bytes).
pub async fn valid_setup(state: &AppState, token: &str) -> Option<(staff_users::StaffUser, Vec<u8>)> {
    let row = staff_users::find_setup_token(&state.db, &sha256_hex(token)).await.ok()??;
    if row.used_at.is_some() || row.expires_at <= now() {
        return None;
    }
    let user = staff_users::find(&state.db, &row.user_id).await.ok()??;
    if user.disabled == 1 {
        return None;
    }
    let b64 = state.keys.open(&row.totp_secret, &format!("staff.setup:{}", user.id)).ok()?;
    let secret = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
    Some((user, secret))
}

fn i18n(form: &FormRequest) -> I18n {
    I18n::new(form.ext::<RequestMeta>().map(|m| m.locale).unwrap_or(crate::i18n::Locale::EnGb))
}

fn field(id: &str, message: String) -> FieldError {
    FieldError { field: id.to_owned(), message }
}

/// `POST /staff/setup/{token}`: set a password and enrol the second factor.
pub async fn post_setup(State(state): State<AppState>, Path(token): Path<String>, form: FormRequest) -> Response {
    let t = i18n(&form);
    let secret_fields = ["password", "confirm", "code"];
    let Some((user, secret)) = valid_setup(&state, &token).await else {
        // The page itself explains that the link is used or out of date.
        return crate::api::render::render_page(&state, form.get_request(), ()).await;
    };
    let password = form.raw("password");
    let mut errors = Vec::new();
    if let Err(p) = check_new_password(&password, &form.raw("confirm"), &[&user.email, &user.name]) {
        errors.push(field("password", t.t(p.message_id())));
    }
    let step = totp::matching_step(&secret, &form.get("code"), now().max(0) as u64);
    if step.is_none() {
        errors.push(field("code", t.t("staff-setup-code-wrong")));
    }
    if !errors.is_empty() {
        return form.show_again(&state, errors, None, &secret_fields).await;
    }
    let Some(hash) = passwords::hash(password).await else {
        return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if !staff_users::use_setup_token(&state.db, &sha256_hex(&token), now()).await.unwrap_or(false) {
        return crate::api::render::render_page(&state, form.get_request(), ()).await;
    }
    let b64 = base64::engine::general_purpose::STANDARD.encode(&secret);
    let sealed = state.keys.seal(&b64, &format!("staff.totp:{}", user.id));
    let mut codes = Vec::new();
    let mut hashes = Vec::new();
    for _ in 0..10 {
        let mut raw = [0u8; 10];
        rand::rng().fill_bytes(&mut raw);
        let code = totp::format_recovery_code(&raw);
        hashes.push(sha256_hex(&totp::normalise_recovery_code(&code)));
        codes.push(code);
    }
    let saved = async {
        staff_users::set_credentials(&state.db, &user.id, &hash, &sealed).await?;
        if let Some(step) = step {
            staff_users::claim_totp_step(&state.db, &user.id, step).await?;
        }
        staff_users::replace_recovery_codes(&state.db, &user.id, &hashes).await?;
        staff_sessions::delete_for_user(&state.db, &user.id).await
    }
    .await;
    if let Err(e) = saved {
        tracing::error!(error = %e, "could not finish account set-up");
        return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let ip = client_ip(&state, &form.parts);
    record(&state, Some(&user.id), "account-set-up", Some(&user.id), None, ip.as_deref()).await;
    crate::api::render::render_page(&state, form.get_request(), SetupDone { recovery_codes: codes }).await
}

/// `POST /staff/users`: an administrator invites a member of staff.
pub async fn post_invite(State(state): State<AppState>, form: FormRequest) -> Response {
    let t = i18n(&form);
    let Some(admin) = form.ext::<CurrentStaff>() else { return see_other("/staff/sign-in") };
    let (email, name) = (form.get("email").to_lowercase(), form.get("name"));
    let role = Role::parse(&form.get("role"));
    let mut errors = Vec::new();
    if name.is_empty() || name.chars().count() > 100 {
        errors.push(field("name", t.t("staff-users-name-invalid")));
    }
    if !plausible_email(&email) {
        errors.push(field("email", t.t("staff-users-email-invalid")));
    }
    if role.is_none() {
        errors.push(field("role", t.t("staff-users-role-invalid")));
    }
    let Some(role) = role.filter(|_| errors.is_empty()) else {
        return form.show_again(&state, errors, None, &[]).await;
    };
    match create_with_link(&state, &email, &name, role).await {
        Ok((id, link)) => {
            let ip = client_ip(&state, &form.parts);
            record(&state, Some(&admin.user_id), "staff-invited", Some(&id), Some(role.as_str()), ip.as_deref()).await;
            let issued = LinkIssued { name, link };
            crate::api::render::render_page(&state, form.get_request(), issued).await
        }
        Err(CreateError::EmailTaken) => {
            form.show_again(&state, vec![field("email", t.t("staff-users-email-taken"))], None, &[]).await
        }
        Err(CreateError::Db(e)) => {
            tracing::error!(error = %e, "could not create a staff account");
            http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// What an administrator can do to one account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Change {
    Role,
    Disable,
    Enable,
    Reset,
}

async fn change(state: AppState, id: String, form: FormRequest, what: Change) -> Response {
    let t = i18n(&form);
    let Some(admin) = form.ext::<CurrentStaff>() else { return see_other("/staff/sign-in") };
    let Ok(Some(user)) = staff_users::find(&state.db, &id).await else {
        return see_other("/staff/users");
    };
    if user.organisation_id != admin.organisation_id {
        return see_other("/staff/users");
    }
    let new_role = Role::parse(&form.get("role"));
    let removes_admin = user.role == Role::Administrator.as_str()
        && user.disabled == 0
        && match what {
            Change::Role => new_role != Some(Role::Administrator),
            Change::Disable => true,
            _ => false,
        };
    let notice = if what == Change::Role && new_role.is_none() {
        Some(t.t("staff-users-role-invalid"))
    } else if what == Change::Disable && user.id == admin.user_id {
        Some(t.t("staff-users-not-yourself"))
    } else if removes_admin && staff_users::count_active_admins(&state.db, state.org()).await.unwrap_or(0) <= 1 {
        Some(t.t("staff-users-last-admin"))
    } else {
        None
    };
    if let Some(n) = notice {
        let mut req = form.get_request();
        *req.uri_mut() = http::Uri::from_static("/staff/users");
        let st = FormState { notice: Some(n), ..Default::default() };
        let mut res = crate::api::render::render_page(&state, req, st).await;
        *res.status_mut() = http::StatusCode::UNPROCESSABLE_ENTITY;
        return res;
    }
    let ip = client_ip(&state, &form.parts);
    let (action, detail, result) = match what {
        Change::Role => {
            let role = new_role.unwrap_or(Role::Analyst);
            let detail = format!("{} -> {}", user.role, role.as_str());
            ("role-changed", Some(detail), staff_users::set_role(&state.db, &user.id, role.as_str()).await)
        }
        Change::Disable => {
            let r = staff_users::set_disabled(&state.db, &user.id, true).await;
            let r = match r {
                Ok(()) => staff_sessions::delete_for_user(&state.db, &user.id).await,
                e => e,
            };
            ("staff-disabled", None, r)
        }
        Change::Enable => ("staff-enabled", None, staff_users::set_disabled(&state.db, &user.id, false).await),
        Change::Reset => {
            let r = staff_users::clear_credentials(&state.db, &user.id).await;
            let r = match r {
                Ok(()) => staff_sessions::delete_for_user(&state.db, &user.id).await,
                e => e,
            };
            ("password-reset", None, r)
        }
    };
    if let Err(e) = result {
        tracing::error!(error = %e, action, "could not change a staff account");
        return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    record(&state, Some(&admin.user_id), action, Some(&user.id), detail.as_deref(), ip.as_deref()).await;
    if what == Change::Reset {
        return match issue_setup_link(&state, &user.id).await {
            Ok(link) => {
                let mut req = form.get_request();
                *req.uri_mut() = http::Uri::from_static("/staff/users");
                crate::api::render::render_page(&state, req, LinkIssued { name: user.name, link }).await
            }
            Err(e) => {
                tracing::error!(error = %e, "could not issue a set-up link");
                http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        };
    }
    see_other("/staff/users")
}

/// `POST /staff/users/{id}/role`.
pub async fn post_role(State(s): State<AppState>, Path(id): Path<String>, form: FormRequest) -> Response {
    change(s, id, form, Change::Role).await
}
/// `POST /staff/users/{id}/disable` (ends the account's sessions).
pub async fn post_disable(State(s): State<AppState>, Path(id): Path<String>, form: FormRequest) -> Response {
    change(s, id, form, Change::Disable).await
}
/// `POST /staff/users/{id}/enable`.
pub async fn post_enable(State(s): State<AppState>, Path(id): Path<String>, form: FormRequest) -> Response {
    change(s, id, form, Change::Enable).await
}
/// `POST /staff/users/{id}/reset`: clears password and second factor, ends sessions, new link.
pub async fn post_reset(State(s): State<AppState>, Path(id): Path<String>, form: FormRequest) -> Response {
    change(s, id, form, Change::Reset).await
}
