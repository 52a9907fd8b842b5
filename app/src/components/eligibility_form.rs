//! "Check what you can get" on `/entitlements`: a plain GET form whose parameter names
//! (`age`, `status`, `situation`) are printed on posters, so they never change.

use crate::api::forms::FieldError;
use crate::components::error_summary::FieldMessage;
use crate::domain::eligibility::{parse_age, AgeError, Answers, CareStatus, Situation, MAX_AGE};
use crate::i18n::I18n;
use crate::shell::use_i18n;
use leptos::prelude::*;

/// What was asked in the address, what it means, and what is wrong with it.
#[derive(Clone, Debug, Default)]
pub struct Check {
    /// The age as typed (shown again as typed).
    pub typed_age: String,
    /// The status as sent.
    pub status: String,
    /// The situation as sent.
    pub situation: String,
    /// The answers that could be read.
    pub answers: Answers,
    /// Problems, in form order.
    pub errors: Vec<FieldError>,
}

impl Check {
    /// Reads the three parameters; blank ones are "not answered".
    pub fn read(i18n: &I18n, age: Option<String>, status: Option<String>, situation: Option<String>) -> Self {
        let mut c = Check {
            typed_age: age.unwrap_or_default(),
            status: status.unwrap_or_default().trim().to_owned(),
            situation: situation.unwrap_or_default().trim().to_owned(),
            ..Check::default()
        };
        match parse_age(&c.typed_age) {
            Ok(age) => c.answers.age = age,
            Err(e) => {
                let message = match e {
                    AgeError::NotANumber => i18n.t("entitlements-error-age-number"),
                    AgeError::OutOfRange => {
                        i18n.t_with("entitlements-error-age-range", &[("max", MAX_AGE.to_string().into())])
                    }
                };
                c.errors.push(FieldError { field: "age".into(), message });
            }
        }
        if !c.status.is_empty() {
            match CareStatus::parse(&c.status) {
                Some(s) => c.answers.status = Some(s),
                None => c.errors.push(FieldError { field: "status".into(), message: i18n.t("entitlements-error-status") }),
            }
        }
        if !c.situation.is_empty() && c.situation != "any" {
            match Situation::parse(&c.situation) {
                Some(s) => c.answers.situation = Some(s),
                None => c.errors.push(FieldError {
                    field: "situation".into(),
                    message: i18n.t("entitlements-error-situation"),
                }),
            }
        }
        c
    }

    /// The problem with `field`, if any.
    pub fn error(&self, field: &str) -> Option<String> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.message.clone())
    }

    /// Whether there is a list to show: something answered and nothing wrong.
    pub fn has_answers(&self) -> bool {
        self.errors.is_empty() && self.answers.any()
    }
}

/// `aria-describedby` for a field with a hint and perhaps an error.
fn described_by(hint: Option<&str>, error: Option<&str>) -> Option<String> {
    let ids: Vec<&str> = [hint, error].into_iter().flatten().collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The form, filled in with what was sent.
#[component]
pub fn EligibilityForm(
    /// What the address asked, to fill the form in again.
    check: Check,
) -> impl IntoView {
    let i18n = use_i18n();
    let age_error = check.error("age");
    let status_error = check.error("status");
    let situation_error = check.error("situation");
    let age_described = described_by(Some("age-hint"), age_error.as_ref().map(|_| "age-error"));
    let status_described = described_by(None, status_error.as_ref().map(|_| "status-error"));
    let situation_described = described_by(None, situation_error.as_ref().map(|_| "situation-error"));
    let statuses = [("status", "in-care", "entitlements-status-in-care"), ("status-left-care", "left-care", "entitlements-status-left-care"), ("status-not-sure", "", "entitlements-status-not-sure")]
        .into_iter()
        .map(|(id, value, label)| {
            let checked = !check.status.is_empty() && check.status == value;
            view! {
                <div class="radio">
                    <input class="radio__input" type="radio" id=id name="status" value=value checked=checked/>
                    <label class="radio__label" for=id>{i18n.t(label)}</label>
                </div>
            }
        })
        .collect_view();
    let situations = Situation::ALL
        .into_iter()
        .map(|s| {
            let selected = check.situation == s.code();
            view! { <option value=s.code() selected=selected>{i18n.t(&format!("entitlements-situation-{}", s.code()))}</option> }
        })
        .collect_view();
    view! {
        <form class="checker__form" method="get" action="/entitlements#results" novalidate>
            <div class="field" class:field--error=age_error.is_some()>
                <label class="label" for="age">{i18n.t("entitlements-age-label")}</label>
                <p class="hint" id="age-hint">{i18n.t("entitlements-age-hint")}</p>
                <FieldMessage id="age-error".to_owned() message=age_error.clone()/>
                <input
                    class="input input--short"
                    class:input--error=age_error.is_some()
                    id="age"
                    name="age"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    spellcheck="false"
                    value=check.typed_age.clone()
                    aria-describedby=age_described
                    aria-invalid=age_error.is_some().then_some("true")
                />
            </div>
            <div class="field" class:field--error=status_error.is_some()>
                <fieldset class="radios" aria-describedby=status_described>
                    <legend class="radios__legend">{i18n.t("entitlements-status-legend")}</legend>
                    <FieldMessage id="status-error".to_owned() message=status_error.clone()/>
                    <div class="radios__items">{statuses}</div>
                </fieldset>
            </div>
            <div class="field" class:field--error=situation_error.is_some()>
                <label class="label" for="situation">{i18n.t("entitlements-situation-label")}</label>
                <FieldMessage id="situation-error".to_owned() message=situation_error.clone()/>
                <select class="select" id="situation" name="situation" aria-describedby=situation_described>
                    <option value="" selected=check.situation.is_empty()>{i18n.t("entitlements-situation-any")}</option>
                    {situations}
                </select>
            </div>
            <input type="hidden" name="lang" value=i18n.locale.tag()/>
            <button class="button" type="submit">{i18n.t("entitlements-submit")}</button>
        </form>
    }
}
