//! `/staff/results`: what young people said in a survey round, by outcome, beside the previous
//! round, for everyone or one group; and how many answered against how many were invited.
//! Every number has passed the small-number rules (`api::dashboard::surveys`).

use crate::api::dashboard::surveys::{results, Change, Published, QuestionResult, Results, ResultsQuery, MIN_RESPONSE_RATE};
use crate::api::dashboard::cell_text;
use crate::components::forms::current_staff;
use crate::components::result_chart::ShareChart;
use crate::domain::access::{can, Capability};
use crate::domain::significance::{Comparison, ALPHA};
use crate::domain::survey_rounds::ResponseFigure;
use crate::i18n::I18n;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The address of a view, for links and the CSV.
pub fn view_query(r: &Results) -> String {
    let mut q = format!("round={}&band={}", urlencode(&r.round.id), urlencode(&r.band));
    if let Some(g) = &r.group {
        q.push_str(&format!("&group={}", urlencode(&g.value)));
    }
    q
}

fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)]).map(|x| x[1..].to_owned()).unwrap_or_default()
}

/// The page.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map().get_untracked();
    let query = ResultsQuery {
        round: params.get("round").filter(|s| !s.is_empty()),
        band: params.get("band").filter(|s| !s.is_empty()),
        group: params.get("group").filter(|s| !s.is_empty()),
    };
    let state = use_context::<AppState>();
    let body = Suspend::new(async move {
        let Some(s) = state else { return ().into_any() };
        match results(&s, &i18n, &query).await {
            Ok(Some(r)) => view! { <ResultsBody r=r/> }.into_any(),
            Ok(None) => view! { <p>{i18n.t("results-none")}</p> }.into_any(),
            Err(_) => view! { <p class="error-message">{i18n.t("error-500-text")}</p> }.into_any(),
        }
    });
    view! {
        <Title text=i18n.t("results-title")/>
        <h1>{i18n.t("results-title")}</h1>
        <Suspense>{body}</Suspense>
    }
}

#[component]
fn ResultsBody(r: Results) -> impl IntoView {
    let i18n = use_i18n();
    let hidden = i18n.t_with("dashboard-hidden", &[("k", r.k.into())]);
    let round_options = r
        .rounds
        .iter()
        .map(|x| view! { <option value=x.id.clone() selected=x.id == r.round.id>{x.title.clone()}" ("{x.opens_on.clone()}")"</option> })
        .collect_view();
    let band_options = r
        .bands
        .iter()
        .map(|b| view! { <option value=b.clone() selected=*b == r.band>{i18n.t(&format!("survey-band-{b}"))}</option> })
        .collect_view();
    let chosen = r.group.as_ref().map(|g| g.value.clone()).unwrap_or_default();
    let group_options = r
        .groups
        .iter()
        .map(|g| view! { <option value=g.value.clone() selected=g.value == chosen>{g.label.clone()}</option> })
        .collect_view();
    let who = r.group.as_ref().map_or_else(|| i18n.t("results-everyone"), |g| g.label.clone());
    let comparing = match &r.previous {
        Some(p) => i18n.t_with("results-comparing", &[("round", p.title.clone().into()), ("opens", p.opens_on.clone().into())]),
        None => i18n.t("results-no-previous"),
    };
    let answered_now = cell_text(&r.responses.0.total, &hidden);
    let contents = r
        .outcomes
        .iter()
        .map(|o| view! { <li><a href=format!("#outcome-{}", o.slug)>{o.title.clone()}</a></li> })
        .collect_view();
    let csv = format!("/staff/results.csv?{}", view_query(&r));
    let rates = rate_table(&i18n, &r);
    let outcomes = r
        .outcomes
        .iter()
        .map(|o| {
            let qs = o
                .questions
                .iter()
                .map(|q| view! { <QuestionView q=q.clone() hidden=hidden.clone() has_previous=r.previous.is_some() view=view_query(&r) outcome=o.slug/> })
                .collect_view();
            view! { <h2 id=format!("outcome-{}", o.slug)>{o.title.clone()}</h2>{qs} }
        })
        .collect_view();
    view! {
        <p class="notice">{i18n.t_with("staff-report-suppression-note", &[("k", r.k.into())])}</p>
        <form method="get" action="/staff/results" class="filters no-print">
            <div class="field">
                <label class="field__label" for="round">{i18n.t("results-round")}</label>
                <select class="field__input" id="round" name="round">{round_options}</select>
            </div>
            <div class="field">
                <label class="field__label" for="band">{i18n.t("results-band")}</label>
                <select class="field__input" id="band" name="band">{band_options}</select>
            </div>
            <div class="field">
                <label class="field__label" for="group">{i18n.t("results-group")}</label>
                <select class="field__input" id="group" name="group">
                    <option value="" selected=chosen.is_empty()>{i18n.t("results-everyone")}</option>
                    {group_options}
                </select>
            </div>
            <button type="submit" class="button button--secondary">{i18n.t("results-show")}</button>
        </form>
        <p class="results-view">
            <strong>{r.round.title.clone()}</strong>", "{i18n.t(&format!("survey-band-{}", r.band))}", "{who}". "
            {i18n.t_with("results-answered-count", &[("n", answered_now.into())])}
        </p>
        <p>{comparing}</p>
        <p class="hint">{i18n.t_with("results-test-note", &[("percent", ((ALPHA * 100.0).round() as i64).into())])}</p>
        <h2 id="response-rate">{i18n.t("results-rate-heading")}</h2>
        {rates}
        <nav aria-labelledby="results-contents" class="no-print">
            <h2 id="results-contents">{i18n.t("results-contents")}</h2>
            <ul>{contents}</ul>
        </nav>
        {outcomes}
        <p class="no-print"><a href=csv download="">{i18n.t("results-csv")}</a></p>
    }
}

fn rate_table(i18n: &I18n, r: &Results) -> impl IntoView {
    let rows = r
        .rates
        .iter()
        .map(|row| {
            let invited = row.invited.map(|n| n.to_string()).unwrap_or_else(|| i18n.t("results-rate-not-said"));
            let (answered, rate, meets) = match row.figure {
                ResponseFigure::Hidden => (i18n.t_with("dashboard-hidden", &[("k", r.k.into())]), String::new(), String::new()),
                ResponseFigure::Shown { count, rate } => (
                    count.to_string(),
                    rate.map(|p| format!("{p}%")).unwrap_or_default(),
                    rate.map(|p| {
                        if p >= MIN_RESPONSE_RATE {
                            i18n.t("results-rate-enough")
                        } else {
                            i18n.t_with("results-rate-low", &[("min", (MIN_RESPONSE_RATE as i64).into())])
                        }
                    })
                    .unwrap_or_default(),
                ),
            };
            view! {
                <tr>
                    <th scope="row">{i18n.t(&format!("survey-band-{}", row.band))}</th>
                    <td>{invited}</td><td>{answered}</td><td>{rate}</td><td>{meets}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p>{i18n.t_with("results-rate-intro", &[("min", (MIN_RESPONSE_RATE as i64).into())])}</p>
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{i18n.t("results-rate-heading")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("results-band")}</th>
                    <th scope="col">{i18n.t("results-rate-invited")}</th>
                    <th scope="col">{i18n.t("results-rate-answered")}</th>
                    <th scope="col">{i18n.t("results-rate-rate")}</th>
                    <th scope="col">{i18n.t("results-rate-check")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The sentence about the change since the previous round.
pub fn change_text(i18n: &I18n, change: &Change) -> String {
    match change {
        Change::NoPrevious => i18n.t("results-change-no-previous"),
        Change::Hidden => i18n.t("results-change-hidden"),
        Change::Tested(Comparison::TooFew) => i18n.t("results-change-too-few"),
        Change::Tested(c @ Comparison::Tested { p, .. }) => {
            let p = format!("{:.3}", p.max(0.001));
            if c.significant() {
                i18n.t_with("results-change-significant", &[("p", p.into())])
            } else {
                i18n.t_with("results-change-not-significant", &[("p", p.into())])
            }
        }
    }
}

#[component]
fn QuestionView(q: QuestionResult, hidden: String, has_previous: bool, view: String, outcome: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    // Staff who keep the action log can start an action from here, linked back to this result.
    let action_link = current_staff().filter(|s| can(s.role, Capability::ActionLog)).map(|_| {
        let evidence = format!("/staff/results?{view}#q-{}", q.id);
        format!("/staff/actions?outcome={outcome}&evidence={}#said", urlencode(&evidence))
    });
    let change = change_text(&i18n, &q.change);
    let flagged = matches!(q.change, Change::Tested(c) if c.significant());
    let reference = q.reference.as_ref().map(|(i, r)| {
        let text = i18n.t_with(
            "results-reference",
            &[("percent", i64::from(r.percent).into()), ("who", r.who.clone().into()), ("answer", q.categories[*i].clone().into())],
        );
        view! { <p class="hint">{text}" "<span class="source">"("{r.source.clone()}")"</span></p> }
    });
    let cell = |p: Option<&Published>, i: usize| p.map(|p| cell_text(&p.cells[i], &hidden)).unwrap_or_default();
    let rows = q
        .categories
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let before = has_previous.then(|| view! { <td>{cell(q.before.as_ref(), i)}</td> });
            view! { <tr><th scope="row">{label.clone()}</th><td>{cell(Some(&q.now), i)}</td>{before}</tr> }
        })
        .collect_view();
    let total_before = has_previous.then(|| view! { <td>{q.before.as_ref().map(|p| cell_text(&p.total, &hidden)).unwrap_or_default()}</td> });
    let head_before = has_previous.then(|| view! { <th scope="col">{i18n.t("results-previous-round")}</th> });
    let summary_id = format!("q-{}-summary", q.id);
    view! {
        <section class="chart-table result" id=format!("q-{}", q.id)>
            <h3>{q.text.clone()}</h3>
            <p id=summary_id.clone()>
                {i18n.t_with("results-question-summary", &[("n", cell_text(&q.now.total, &hidden).into())])}" "
                {flagged.then(|| view! { <strong class="tag tag--flag">{i18n.t("results-significant-tag")}</strong> })}" "
                {change}
            </p>
            {reference}
            {action_link.map(|href| view! { <p class="no-print"><a href=href>{i18n.t("results-log-action")}</a></p> })}
            <div class="chart-table__grid">
                <ShareChart q=q.clone() hidden=hidden.clone() summary_id=summary_id/>
                <div class="table-wrap">
                    <table class="table">
                        <caption class="visually-hidden">{q.text.clone()}</caption>
                        <thead><tr>
                            <th scope="col">{i18n.t("results-answer")}</th>
                            <th scope="col">{i18n.t("results-this-round")}</th>
                            {head_before}
                        </tr></thead>
                        <tbody>
                            {rows}
                            <tr class="table__total">
                                <th scope="row">{i18n.t("results-answered")}</th>
                                <td>{cell_text(&q.now.total, &hidden)}</td>
                                {total_before}
                            </tr>
                        </tbody>
                    </table>
                </div>
            </div>
        </section>
    }
}
