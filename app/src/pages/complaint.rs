//! `/complaint`: something's not right. The form, then "check your answers", then the
//! confirmation with the reference, the tracking code and the dates that apply.

use crate::api::complaints::complain::{CheckAnswers, ComplaintSent};
use crate::api::forms::use_form;
use crate::components::forms::{page_title, Checkbox, ErrorSummary, Hidden, Radios, TextArea, TextField};
use crate::domain::casework::{ComplaintInput, ADVOCATE, MAX_NOTE, MAX_STORY, REPLY_BY, TOPICS, WHO};
use crate::i18n::I18n;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;

/// Options as (value, translated label) pairs from `{prefix}-{value}` messages.
pub fn options(i18n: &I18n, prefix: &str, values: &[&str]) -> Vec<(String, String)> {
    values.iter().map(|v| ((*v).to_owned(), i18n.t(&format!("{prefix}-{v}")))).collect()
}

/// The complaint page (form, check, or sent).
#[component]
pub fn ComplaintPage() -> impl IntoView {
    if let Some(sent) = use_context::<ComplaintSent>() {
        return view! { <Sent sent=sent/> }.into_any();
    }
    if let Some(check) = use_context::<CheckAnswers>() {
        return view! { <Check check=check/> }.into_any();
    }
    let i18n = use_i18n();
    let form = use_form();
    let form_id = Some(form.value("form_id")).filter(|f| !f.is_empty()).unwrap_or_else(crate::api::complaints::new_id);
    view! {
        <Title text=page_title(&form, i18n.t("complaint-page-title"))/>
        <ErrorSummary form=form.clone()/>
        <h1>{i18n.t("complaint-title")}</h1>
        {i18n.numbered("complaint-intro").into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        <p class="notice">{i18n.t("complaint-who-reads")}</p>
        <form method="post" action="/complaint" class="form" novalidate>
            <Hidden name="form_id" value=form_id/>
            <Hidden name="step" value="check".into()/>
            <Radios name="who" legend=i18n.t("complaint-who") options=options(&i18n, "complaint-who", WHO) form=form.clone()/>
            <Checkbox name="child_agrees" label=i18n.t("complaint-child-agrees") form=form.clone()/>
            <Radios name="topic" legend=i18n.t("complaint-topic") options=options(&i18n, "complaint-topic", TOPICS) form=form.clone()/>
            <TextArea name="what_happened" label=i18n.t("complaint-what-happened") hint=i18n.t("complaint-what-happened-hint") max=MAX_STORY form=form.clone()/>
            <TextArea name="put_right" label=i18n.t("complaint-put-right") hint=i18n.t("complaint-optional") max=MAX_NOTE form=form.clone() rows=4/>
            <Radios name="advocate" legend=i18n.t("complaint-advocate") hint=i18n.t("complaint-advocate-hint")
                options=options(&i18n, "complaint-advocate", ADVOCATE) form=form.clone()/>
            <Radios name="reply_by" legend=i18n.t("complaint-reply-by") hint=i18n.t("complaint-reply-by-hint")
                options=options(&i18n, "complaint-reply-by", REPLY_BY) form=form.clone()/>
            <TextField name="name" label=i18n.t("complaint-name") hint=i18n.t("complaint-name-hint") autocomplete="off" form=form.clone()/>
            <TextField name="contact" label=i18n.t("complaint-contact") hint=i18n.t("complaint-contact-hint") autocomplete="off" form=form.clone()/>
            <button type="submit" class="button">{i18n.t("form-continue")}</button>
        </form>
    }
    .into_any()
}

/// The answers as hidden fields (carried from the check page to "change" or "send").
fn hidden_answers(c: &ComplaintInput) -> impl IntoView {
    let pairs = [
        ("who", c.who.clone()),
        ("child_agrees", c.child_agrees.clone()),
        ("topic", c.topic.clone()),
        ("what_happened", c.what_happened.clone()),
        ("put_right", c.put_right.clone()),
        ("advocate", c.advocate.clone()),
        ("reply_by", c.reply_by.clone()),
        ("name", c.name.clone()),
        ("contact", c.contact.clone()),
    ];
    pairs.into_iter().map(|(n, v)| view! { <Hidden name=n value=v/> }).collect_view()
}

#[component]
fn Check(check: CheckAnswers) -> impl IntoView {
    let i18n = use_i18n();
    let c = check.input.clone();
    let none = i18n.t("complaint-check-none");
    let or_none = |s: &str| if s.trim().is_empty() { none.clone() } else { s.to_owned() };
    let mut rows = vec![
        (i18n.t("complaint-who"), i18n.t(&format!("complaint-who-{}", c.who))),
        (i18n.t("complaint-topic"), i18n.t(&format!("complaint-topic-{}", c.topic))),
        (i18n.t("complaint-what-happened"), c.what_happened.clone()),
        (i18n.t("complaint-put-right"), or_none(&c.put_right)),
        (i18n.t("complaint-advocate"), i18n.t(&format!("complaint-advocate-{}", c.advocate))),
        (i18n.t("complaint-reply-by"), i18n.t(&format!("complaint-reply-by-{}", c.reply_by))),
    ];
    if !c.representation() {
        rows.push((i18n.t("complaint-name"), c.name.clone()));
        rows.push((i18n.t("complaint-contact"), c.contact.clone()));
    }
    let list = rows
        .into_iter()
        .map(|(k, v)| view! { <div class="summary__row"><dt>{k}</dt><dd class="preserve-lines">{v}</dd></div> })
        .collect_view();
    view! {
        <Title text=i18n.t("complaint-check-title")/>
        <h1>{i18n.t("complaint-check-title")}</h1>
        {c.representation().then(|| view! { <p class="notice">{i18n.t("complaint-representation-note")}</p> })}
        <dl class="summary">{list}</dl>
        <form method="post" action="/complaint" class="inline-form">
            <Hidden name="form_id" value=check.form_id.clone()/>
            <Hidden name="step" value="change".into()/>
            {hidden_answers(&c)}
            <button type="submit" class="button button--secondary">{i18n.t("complaint-check-change")}</button>
        </form>
        <h2>{i18n.t("complaint-check-send-heading")}</h2>
        <p>{i18n.t("complaint-who-reads")}</p>
        <form method="post" action="/complaint">
            <Hidden name="form_id" value=check.form_id.clone()/>
            <Hidden name="step" value="send".into()/>
            {hidden_answers(&c)}
            <button type="submit" class="button">{i18n.t("complaint-send")}</button>
        </form>
    }
}

#[component]
fn Sent(sent: ComplaintSent) -> impl IntoView {
    let i18n = use_i18n();
    let advocacy = use_context::<AppState>().map(|s| s.advocacy.clone());
    let (adv_name, adv_phone) = advocacy.map(|a| (a.name.clone(), a.phone.clone())).unwrap_or_default();
    let date = |d: Option<time::Date>| d.map(|d| i18n.date(d)).unwrap_or_default();
    view! {
        <Title text=i18n.t("complaint-sent-title")/>
        <div class="panel">
            <h1>{i18n.t("complaint-sent-title")}</h1>
            <p>{i18n.t("complaint-sent-reference")}</p>
            <p class="panel__code" dir="ltr" id="reference">{sent.reference.clone()}</p>
            <p>{i18n.t("complaint-sent-code")}</p>
            <p class="panel__code" dir="ltr" id="tracking-code">{sent.tracking_code.clone()}</p>
        </div>
        <p><strong>{i18n.t("complaint-sent-write-down")}</strong></p>
        <h2>{i18n.t("complaint-sent-next")}</h2>
        {if sent.representation {
            view! { <p>{i18n.t("complaint-sent-representation")}</p> }.into_any()
        } else {
            view! {
                <ul>
                    <li>{i18n.t_with("complaint-sent-ack", &[("date", date(sent.acknowledge_by).into())])}</li>
                    <li>{i18n.t_with("complaint-sent-reply", &[("date", date(sent.reply_by).into())])}</li>
                    <li>{i18n.t("complaint-sent-longer")}</li>
                </ul>
            }.into_any()
        }}
        <h2>{i18n.t("complaint-sent-advocate-heading")}</h2>
        <p>{i18n.t_with("advocate-local", &[("name", adv_name.into())])}" "<a class="phone" href=format!("tel:{}", adv_phone.replace(' ', "")) dir="ltr">{adv_phone.clone()}</a></p>
        <p>{i18n.t("advocate-always-heard")}" "<a class="phone" href="tel:08088005792" dir="ltr">"0808 800 5792"</a></p>
        <p><a href="/track">{i18n.t("complaint-sent-track")}</a></p>
    }
}

