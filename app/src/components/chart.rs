//! A bar chart drawn on the server as SVG, beside the table of the same numbers, so it works
//! without JavaScript, prints, and reads in greyscale (values are written on the bars;
//! hidden values are hatched and labelled).

use crate::api::dashboard::{cell_text, DashTable};
use crate::domain::suppression::Cell;
use crate::shell::use_i18n;
use leptos::prelude::*;

const WIDTH: u32 = 520;
const LABEL: u32 = 190;
const BAR: u32 = 18;
const GAP: u32 = 8;

/// A label cut to `max` characters (with an ellipsis) to fit beside a bar; the table beside
/// the chart has it whole.
pub fn short(label: &str, max: usize) -> String {
    if label.chars().count() > max {
        format!("{}…", label.chars().take(max - 1).collect::<String>())
    } else {
        label.to_owned()
    }
}

/// The diagonal hatching that marks a hidden number (`id` must be unique on the page).
#[component]
pub fn Hatch(id: String) -> impl IntoView {
    view! {
        <defs>
            <pattern id=id width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="#ffffff"/>
                <line x1="0" y1="0" x2="0" y2="6" stroke="#1b1b1b" stroke-width="2"/>
            </pattern>
        </defs>
    }
}

/// The chart, its text summary and the table.
#[component]
pub fn ChartTable(table: DashTable) -> impl IntoView {
    let i18n = use_i18n();
    let hidden = i18n.t_with("dashboard-hidden", &[("k", table.k.into())]);
    let max = table.rows.iter().filter_map(|(_, _, t)| t.count()).max().unwrap_or(0).max(1);
    let height = table.rows.len() as u32 * (BAR + GAP) + GAP;
    let title_id = format!("{}-chart-title", table.id);
    let desc_id = format!("{}-chart-desc", table.id);
    let hatch_id = format!("{}-hatch", table.id);
    let hatch_fill = format!("url(#{hatch_id})");
    let bars = table
        .rows
        .iter()
        .enumerate()
        .map(|(i, (label, _, total))| {
            let y = GAP + i as u32 * (BAR + GAP);
            let room = WIDTH - LABEL - 70;
            let (w, fill, text) = match total {
                Cell::Shown { count, .. } => {
                    (((*count as f64 / max as f64) * f64::from(room)).round() as u32, "#1b1b1b".to_owned(), count.to_string())
                }
                Cell::Suppressed => (24, hatch_fill.clone(), cell_text(total, &hidden)),
            };
            view! {
                <text x=(LABEL - 6).to_string() y=(y + 13).to_string() text-anchor="end" font-size="12" fill="#1b1b1b">{short(label, 28)}</text>
                <rect x=LABEL.to_string() y=y.to_string() width=w.max(1).to_string() height=BAR.to_string() fill=fill stroke="#1b1b1b" stroke-width="1"/>
                <text x=(LABEL + w.max(1) + 6).to_string() y=(y + 13).to_string() font-size="12" fill="#1b1b1b">{text}</text>
            }
        })
        .collect_view();
    let head = table.columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view();
    let body = table
        .rows
        .iter()
        .map(|(label, cells, total)| {
            let tds = cells.iter().map(|c| view! { <td>{cell_text(c, &hidden)}</td> }).collect_view();
            view! { <tr><th scope="row">{label.clone()}</th>{tds}<td>{cell_text(total, &hidden)}</td></tr> }
        })
        .collect_view();
    view! {
        <section class="chart-table" id=table.id.clone()>
            <h3>{table.title.clone()}</h3>
            <p id=desc_id.clone()>{table.summary.clone()}</p>
            <div class="chart-table__grid">
                <figure class="chart">
                    <svg viewBox=format!("0 0 {WIDTH} {height}") width="100%" role="img" aria-labelledby=format!("{title_id} {desc_id}")>
                        <title id=title_id.clone()>{table.title.clone()}</title>
                        <Hatch id=hatch_id.clone()/>
                        {bars}
                    </svg>
                </figure>
                <div class="table-wrap">
                    <table class="table">
                        <caption class="visually-hidden">{table.title.clone()}</caption>
                        <thead><tr><td></td>{head}<th scope="col">{i18n.t("staff-report-total")}</th></tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            </div>
            <p class="no-print"><a href=format!("/staff/dashboard.csv?table={}", table.id) download="">{i18n.t("dashboard-csv")}</a></p>
        </section>
    }
}
