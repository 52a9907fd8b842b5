//! What every request can reach on the server: the database, the public settings, the built
//! assets. Provided to Leptos as context and to axum handlers as state.

use crate::crypto::DataKeys;
use crate::db::Db;
use crate::domain::sessions::SessionLimits;
use crate::domain::working_days::Calendar;
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

/// Staff sign-in and session settings.
#[derive(Clone, Debug)]
pub struct AuthSettings {
    /// Idle and absolute session time-outs.
    pub limits: SessionLimits,
    /// Cookies carry `Secure` (and the session cookie the `__Host-` prefix).
    pub secure_cookies: bool,
    /// The address staff use, for links printed or mailed (no trailing slash).
    pub public_url: String,
    /// Failed sign-ins for one account before the back-off starts.
    pub account_free_failures: u32,
    /// Failed sign-ins from one IP address before the back-off starts.
    pub ip_free_failures: u32,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_proxy: bool,
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
    /// Staff sign-in and session settings.
    pub auth: Arc<AuthSettings>,
    /// Keys that seal casework and secrets at rest.
    pub keys: Arc<DataKeys>,
    /// The shipped bank holidays; [`AppState::calendar`] adds the council's closure days.
    pub bank_holidays: Arc<Calendar>,
    /// The local advocacy service, as young people are told about it.
    pub advocacy: Arc<AdvocacyService>,
    /// The survey journey's settings, writer and caches.
    pub surveys: Arc<crate::api::survey::runtime::SurveyRuntime>,
    /// Small-number rules for every published count (threshold and rounding; settings).
    pub stats: crate::domain::suppression::Policy,
}

/// The local advocacy service (a setting).
#[derive(Clone, Debug)]
pub struct AdvocacyService {
    /// Its name.
    pub name: String,
    /// Its phone number.
    pub phone: String,
}

impl AppState {
    /// The organisation this request serves (one per install for now).
    pub fn org(&self) -> &'static str {
        crate::db::organisations::DEFAULT_ORG
    }

    /// Working days: bank holidays plus the council's closure days (read fresh, so every
    /// app instance sees a closure as soon as an administrator adds it).
    pub async fn calendar(&self) -> Calendar {
        let closures = crate::db::closures::list(&self.db, self.org()).await.unwrap_or_default();
        let days = closures.into_iter().filter_map(|(d, _)| crate::api::casework::parse_day(&d));
        self.bank_holidays.as_ref().clone().with_closures(days)
    }
}

/// The current time in Unix seconds.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Today's date in the UK (what "the day a complaint arrived" means).
pub fn today() -> time::Date {
    // UK local time is UTC or UTC+1; a complaint sent at 00:30 BST counts as that day.
    let now = time::OffsetDateTime::now_utc();
    let offset = if is_british_summer_time(now) { time::Duration::hours(1) } else { time::Duration::ZERO };
    (now + offset).date()
}

/// Whether British Summer Time is in force (last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC).
pub fn is_british_summer_time(t: time::OffsetDateTime) -> bool {
    let last_sunday = |month: time::Month| {
        let mut d = time::Date::from_calendar_date(t.year(), month, 31).unwrap_or(t.date());
        while d.weekday() != time::Weekday::Sunday {
            d = d.previous_day().unwrap_or(d);
        }
        d.midnight().assume_utc() + time::Duration::hours(1)
    };
    t >= last_sunday(time::Month::March) && t < last_sunday(time::Month::October)
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}
