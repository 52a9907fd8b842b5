//! `/survey/{round}/{band}/q/{n}`: one question per page. The question is the `<h1>` (inside
//! the legend); radios are never pre-selected unless this is the young person's own earlier
//! answer; faces are ordinary radios with words; every question can be skipped and has
//! "I'd rather not say".

use super::{live_draft, load_page, open_or_explain, set_status, BackLink, Explain, SurveyShell, TranslationNotice};
use crate::api::forms::{use_form, FormState};
use crate::api::survey::draft::Survey;
use crate::components::forms::{page_title, ErrorSummary};
use crate::domain::survey::{Answer, Kind, Question, MAX_TEXT_CHARS, PREFER_NOT};
use crate::i18n::I18n;
use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The options of a question: (value, label, decoration shown beside the words).
pub fn options(i18n: &I18n, q: &Question) -> Vec<(String, String, Option<&'static str>)> {
    let fixed = |values: &[&str], prefix: &str| -> Vec<(String, String, Option<&'static str>)> {
        values.iter().map(|v| ((*v).to_owned(), i18n.t(&format!("{prefix}{v}")), None)).collect()
    };
    match q.kind {
        Kind::Frequency => fixed(&crate::domain::survey::FREQUENCY, "survey-frequency-"),
        Kind::YesNo => fixed(&crate::domain::survey::YES_NO, "survey-answer-"),
        Kind::Faces => crate::domain::survey::FACES
            .iter()
            .zip(["🙂", "😐", "🙁"])
            .map(|(v, face)| ((*v).to_owned(), i18n.t(&format!("survey-face-{v}")), Some(face)))
            .collect(),
        Kind::Wellbeing => crate::domain::survey::WELLBEING.iter().map(|v| ((*v).to_owned(), (*v).to_owned(), None)).collect(),
        Kind::Choice => q.options.iter().map(|o| (o.id.clone(), o.label.get(i18n.locale).to_owned(), None)).collect(),
        Kind::Text => Vec::new(),
    }
}

/// An answer in words, as the check page shows it.
pub fn answer_label(i18n: &I18n, q: &Question, answer: Option<&Answer>) -> String {
    match answer {
        None | Some(Answer::Skipped) => i18n.t("survey-not-answered"),
        Some(Answer::PreferNot) => i18n.t("survey-prefer-not"),
        Some(Answer::Value(v)) if q.kind == Kind::Text => v.clone(),
        Some(Answer::Value(v)) if q.kind == Kind::Wellbeing => i18n.t_with("survey-out-of-ten", &[("n", v.clone().into())]),
        Some(Answer::Value(v)) => options(i18n, q).into_iter().find(|(value, _, _)| value == v).map(|(_, l, _)| l).unwrap_or_default(),
    }
}

/// One question.
#[component]
pub fn QuestionPage() -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
    let changing = use_query_map().get_untracked().get("change").is_some() || form.value("change") == "1";
    let n = use_params_map().get_untracked().get("n").and_then(|n| n.parse::<usize>().ok()).unwrap_or(0);
    let page = Suspend::new(async move {
        let Some(data) = load_page().await else { return ().into_any() };
        let survey = match open_or_explain(data.survey.as_ref()) {
            Ok(s) => s.clone(),
            Err(view) => return view,
        };
        let Some(question) = survey.set.question(n).cloned() else {
            set_status(http::StatusCode::NOT_FOUND);
            return view! { <Explain title=i18n.t("survey-not-found-title") text=i18n.t("survey-not-found-text")/> }.into_any();
        };
        let draft = match live_draft(&survey, &data.draft) {
            Ok(d) => d,
            Err(view) => return view,
        };
        // What to show as chosen: what was just sent (if refused), else the earlier answer.
        let chosen = if form.values.is_empty() {
            match draft.answers.get(&question.id) {
                Some(Answer::Value(v)) => v.clone(),
                Some(Answer::PreferNot) if question.kind != Kind::Text => PREFER_NOT.to_owned(),
                _ => String::new(),
            }
        } else {
            form.value("answer")
        };
        view! { <QuestionForm survey=survey question=question n=n chosen=chosen changing=changing form=form.clone()/> }.into_any()
    });
    view! { <SurveyShell><Suspense>{page}</Suspense></SurveyShell> }
}

#[component]
fn QuestionForm(survey: Survey, question: Question, n: usize, chosen: String, changing: bool, form: FormState) -> impl IntoView {
    let i18n = use_i18n();
    let count = survey.set.len();
    let progress = i18n.t_with("survey-question-of", &[("n", n.into()), ("count", count.into())]);
    let back = if changing {
        survey.path("/check")
    } else if n > 1 {
        survey.path(&format!("/q/{}", n - 1))
    } else {
        survey.path("")
    };
    let title = i18n.t_with("survey-question-page-title", &[("n", n.into()), ("count", count.into())]);
    let error = form.error("answer");
    let text = question.text.get(i18n.locale).to_owned();
    let hint = match (question.kind, &question.hint) {
        (_, Some(h)) => Some(h.get(i18n.locale).to_owned()),
        (Kind::Wellbeing, None) => Some(i18n.t("survey-wellbeing-hint")),
        (Kind::Text, None) => Some(i18n.t_with("survey-text-hint", &[("max", MAX_TEXT_CHARS.into())])),
        _ => None,
    };
    let body = if question.kind == Kind::Text {
        view! { <TextAnswer progress=progress text=text hint=hint error=error chosen=chosen/> }.into_any()
    } else {
        let opts = options(&i18n, &question);
        let scale = question.kind == Kind::Wellbeing;
        view! { <RadioAnswer progress=progress text=text hint=hint error=error chosen=chosen opts=opts scale=scale/> }.into_any()
    };
    let is_text = question.kind == Kind::Text;
    view! {
        <Title text=page_title(&form, title)/>
        <BackLink href=back/>
        <ErrorSummary form=form.clone()/>
        <TranslationNotice survey=survey.clone()/>
        <form method="post" action=survey.path(&format!("/q/{n}")) class="form" novalidate data-survey-form="">
            <input type="hidden" name="question" value=question.id.clone()/>
            {changing.then(|| view! { <input type="hidden" name="change" value="1"/> })}
            {body}
            <div class="button-group">
                <button type="submit" class="button" name="action" value="continue">{i18n.t("survey-continue")}</button>
                {is_text.then(|| view! {
                    <button type="submit" class="button button--secondary" name="action" value="prefer-not">{i18n.t("survey-prefer-not")}</button>
                })}
                <button type="submit" class="button button--secondary" name="action" value="skip">{i18n.t("survey-skip")}</button>
            </div>
            <p><button type="submit" class="link-button" name="action" value="save">{i18n.t("survey-save-later")}</button></p>
        </form>
    }
}

/// The question as a legend with its radios, then "or" and "I'd rather not say".
#[component]
fn RadioAnswer(
    progress: String,
    text: String,
    hint: Option<String>,
    error: Option<String>,
    chosen: String,
    opts: Vec<(String, String, Option<&'static str>)>,
    scale: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let described = [hint.as_ref().map(|_| "answer-hint"), error.as_ref().map(|_| "answer-error")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let item = |i: usize, value: String, label: String, face: Option<&'static str>| {
        let id = if i == 0 { "answer".to_owned() } else { format!("answer-{}", i + 1) };
        let checked = value == chosen;
        view! {
            <div class="radios__item">
                <input class="radios__input" type="radio" id=id.clone() name="answer" value=value checked=checked/>
                <label class="radios__label" for=id>
                    {face.map(|f| view! { <span class="face" aria-hidden="true">{f}</span> })}
                    {label}
                </label>
            </div>
        }
        .into_any()
    };
    let n = opts.len();
    let items = opts.into_iter().enumerate().map(|(i, (v, l, f))| item(i, v, l, f)).collect_view();
    let prefer = item(n, PREFER_NOT.to_owned(), i18n.t("survey-prefer-not"), None);
    let class = if error.is_some() { "field field--error" } else { "field" };
    view! {
        <div class=class>
            <fieldset class="fieldset" aria-describedby=(!described.is_empty()).then_some(described)>
                <legend class="fieldset__legend">
                    <span class="caption">{progress}</span>
                    <h1 class="fieldset__heading">{text}</h1>
                </legend>
                {hint.map(|h| view! { <p class="field__hint" id="answer-hint">{h}</p> })}
                {error.map(|e| view! { <p class="field__error" id="answer-error">{e}</p> })}
                <div class=if scale { "radios radios--scale" } else { "radios" }>{items}</div>
                <div class="radios">
                    <p class="radios__divider">{i18n.t("survey-or")}</p>
                    {prefer}
                </div>
            </fieldset>
        </div>
    }
    .into_any()
}

/// A free-text question: the question is the label, inside the `<h1>`.
#[component]
fn TextAnswer(progress: String, text: String, hint: Option<String>, error: Option<String>, chosen: String) -> impl IntoView {
    let described = [hint.as_ref().map(|_| "answer-hint"), error.as_ref().map(|_| "answer-error")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let class = if error.is_some() { "field field--error" } else { "field" };
    view! {
        <div class=class>
            <span class="caption">{progress}</span>
            <h1 class="fieldset__heading"><label for="answer">{text}</label></h1>
            {hint.map(|h| view! { <p class="field__hint" id="answer-hint">{h}</p> })}
            {error.clone().map(|e| view! { <p class="field__error" id="answer-error">{e}</p> })}
            <textarea class="field__input field__input--textarea" id="answer" name="answer" rows="6"
                aria-describedby=(!described.is_empty()).then_some(described)
                aria-invalid=error.is_some().then_some("true")>{chosen}</textarea>
        </div>
    }
}
