//! One survey question's answers as a bar chart drawn on the server as SVG: for each answer,
//! this round's share (solid) and the previous round's (outlined), with the share written on
//! each bar, so it reads in greyscale and without colour; hidden numbers are hatched and
//! labelled; a national figure is a dashed line across its answer's bars.

use crate::api::dashboard::cell_text;
use crate::components::chart::{short, Hatch};
use crate::api::dashboard::surveys::{Published, QuestionResult};
use crate::domain::suppression::Cell;
use crate::shell::use_i18n;
use leptos::prelude::*;

const WIDTH: u32 = 520;
const LABEL: u32 = 170;
const BAR: u32 = 14;
const GAP: u32 = 10;
const ROOM: u32 = WIDTH - LABEL - 80;

/// The chart. `summary_id` names the paragraph that says what it shows in words.
#[component]
pub fn ShareChart(q: QuestionResult, hidden: String, summary_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let rounds: Vec<(Option<&Published>, bool)> = match &q.before {
        Some(b) => vec![(Some(&q.now), true), (Some(b), false)],
        None => vec![(Some(&q.now), true)],
    };
    let per = rounds.len() as u32;
    let group_h = per * BAR + GAP;
    let height = q.categories.len() as u32 * group_h + GAP + 16;
    let title_id = format!("q-{}-chart-title", q.id);
    let hatch_id = format!("q-{}-hatch", q.id);
    let hatch = format!("url(#{hatch_id})");
    let x_of = |percent: u8| LABEL + (u32::from(percent.min(100)) * ROOM) / 100;
    let mut parts = Vec::new();
    for (i, label) in q.categories.iter().enumerate() {
        let top = GAP + i as u32 * group_h;
        parts.push(
            view! { <text x=(LABEL - 6).to_string() y=(top + BAR).to_string() text-anchor="end" font-size="12" fill="#1b1b1b">{short(label, 26)}</text> }
                .into_any(),
        );
        for (r, (p, is_now)) in rounds.iter().enumerate() {
            let y = top + r as u32 * BAR;
            let cell = p.map(|p| p.cells[i]).unwrap_or(Cell::Suppressed);
            let (w, fill, text) = match cell {
                Cell::Shown { percent: Some(pct), .. } => {
                    let fill = if *is_now { "#1b1b1b".to_owned() } else { "#ffffff".to_owned() };
                    (x_of(pct) - LABEL, fill, format!("{pct}%"))
                }
                Cell::Shown { percent: None, .. } => (0, "#ffffff".to_owned(), cell_text(&cell, &hidden)),
                Cell::Suppressed => (20, hatch.clone(), cell_text(&cell, &hidden)),
            };
            parts.push(
                view! {
                    <rect x=LABEL.to_string() y=y.to_string() width=w.max(1).to_string() height=(BAR - 2).to_string() fill=fill stroke="#1b1b1b" stroke-width="1"/>
                    <text x=(LABEL + w.max(1) + 5).to_string() y=(y + BAR - 3).to_string() font-size="11" fill="#1b1b1b">{text}</text>
                }
                .into_any(),
            );
        }
    }
    if let Some((i, r)) = &q.reference {
        let x = x_of(r.percent);
        let top = GAP + *i as u32 * group_h - 3;
        parts.push(
            view! {
                <line x1=x.to_string() x2=x.to_string() y1=top.to_string() y2=(top + per * BAR + 4).to_string() stroke="#1b1b1b" stroke-width="2" stroke-dasharray="3 2"/>
            }
            .into_any(),
        );
    }
    let legend_y = height - 4;
    let legend_before = q.before.is_some().then(|| {
        view! {
            <rect x=(LABEL + 120).to_string() y=(legend_y - 9).to_string() width="10" height="10" fill="#ffffff" stroke="#1b1b1b"/>
            <text x=(LABEL + 134).to_string() y=legend_y.to_string() font-size="11" fill="#1b1b1b">{i18n.t("results-previous-round")}</text>
        }
    });
    let legend_ref = q.reference.is_some().then(|| {
        view! {
            <line x1=(LABEL + 250).to_string() x2=(LABEL + 262).to_string() y1=(legend_y - 4).to_string() y2=(legend_y - 4).to_string() stroke="#1b1b1b" stroke-width="2" stroke-dasharray="3 2"/>
            <text x=(LABEL + 266).to_string() y=legend_y.to_string() font-size="11" fill="#1b1b1b">{i18n.t("results-national")}</text>
        }
    });
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {WIDTH} {height}") width="100%" role="img" aria-labelledby=format!("{title_id} {summary_id}")>
                <title id=title_id.clone()>{q.text.clone()}</title>
                <Hatch id=hatch_id.clone()/>
                {parts}
                <rect x=LABEL.to_string() y=(legend_y - 9).to_string() width="10" height="10" fill="#1b1b1b"/>
                <text x=(LABEL + 14).to_string() y=legend_y.to_string() font-size="11" fill="#1b1b1b">{i18n.t("results-this-round")}</text>
                {legend_before}
                {legend_ref}
            </svg>
        </figure>
    }
}
