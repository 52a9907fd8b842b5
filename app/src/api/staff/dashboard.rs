//! `GET /staff/dashboard.csv?table=&year=`: one dashboard table as CSV, built by the same
//! code as the page (so the same suppression applies). Every export is audited.

use super::audit::record;
use super::session::{client_ip, CurrentStaff};
use crate::api::dashboard::{complaints, promises, to_csv};
use crate::i18n::{I18n, Locale};
use crate::state::{today, AppState};
use axum::extract::{Query, Request, State};
use axum::response::{IntoResponse, Response};

/// Which table.
#[derive(serde::Deserialize)]
pub struct CsvQuery {
    /// Table id (the first table when absent).
    pub table: Option<String>,
    /// Year for the complaints tables.
    pub year: Option<i32>,
}

/// The handler.
pub async fn get_csv(State(state): State<AppState>, Query(q): Query<CsvQuery>, req: Request) -> Response {
    let (parts, _) = req.into_parts();
    let year = q.year.filter(|y| (2000..=2100).contains(y)).unwrap_or_else(|| today().year());
    let i18n = I18n::new(Locale::EnGb);
    let mut tables = promises::tables(&state, &i18n).await;
    tables.extend(complaints::tables(&state, &i18n, year).await);
    let wanted = q.table.unwrap_or_else(|| "pledge-checks".into());
    let Some(t) = tables.into_iter().find(|t| t.id == wanted) else {
        return http::StatusCode::NOT_FOUND.into_response();
    };
    if let Some(staff) = parts.extensions.get::<CurrentStaff>() {
        let ip = client_ip(&state, &parts);
        record(&state, Some(&staff.user_id), "dashboard-exported", None, Some(&t.id), ip.as_deref()).await;
    }
    (
        [
            (http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}-{year}.csv\"", t.id)),
        ],
        to_csv(&t, &i18n.t_with("dashboard-hidden", &[("k", t.k.into())])),
    )
        .into_response()
}

/// `GET /staff/results.csv?round=&band=&group=`: the survey results view as CSV, from the same
/// [`crate::api::dashboard::surveys::Results`] as the page. Audited like every export.
pub async fn get_results_csv(
    State(state): State<AppState>,
    Query(q): Query<crate::api::dashboard::surveys::ResultsQuery>,
    req: Request,
) -> Response {
    use crate::api::dashboard::surveys;
    let (parts, _) = req.into_parts();
    let i18n = I18n::new(Locale::EnGb);
    let r = match surveys::results(&state, &i18n, &q).await {
        Ok(Some(r)) => r,
        Ok(None) => return http::StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "survey results for CSV");
            return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let what = crate::pages::staff::results::view_query(&r);
    if let Some(staff) = parts.extensions.get::<CurrentStaff>() {
        let ip = client_ip(&state, &parts);
        record(&state, Some(&staff.user_id), "results-exported", None, Some(&what), ip.as_deref()).await;
    }
    let name: String = format!("results-{}-{}", r.round.id, r.band)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '-' })
        .collect();
    (
        [
            (http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.csv\"")),
        ],
        surveys::to_csv(&r, &i18n),
    )
        .into_response()
}
