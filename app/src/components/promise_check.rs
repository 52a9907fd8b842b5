//! "Is this happening for you?": a small form under each Pledge and Charter promise. It works
//! without JavaScript (a plain post to the page's own address, see
//! `api::promise_checks`); the radios are never pre-selected; each render carries a fresh
//! one-time `form_id`, so a retried post counts once.

use crate::api::promise_checks::answer_field;
use crate::components::error_summary::FieldMessage;
use crate::crypto::random_token;
use crate::domain::promise_check::{Answer, PromiseKind};
use crate::shell::use_i18n;
use leptos::prelude::*;

/// The answer form for one promise, or the thank-you once it has been answered.
#[component]
pub fn PromiseCheck(
    /// Pledge or Charter.
    kind: PromiseKind,
    /// The promise's id.
    promise_id: String,
    /// The young person has just answered this promise.
    answered: bool,
    /// A problem with the answer just sent for this promise.
    error: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let anchor = kind.anchor(&promise_id);
    if answered {
        return view! {
            <div class="promise-check promise-check--done" role="status">
                <p class="promise-check__thanks">{i18n.t("check-thanks")}</p>
                <p>{i18n.t("check-thanks-more")}</p>
            </div>
        }
        .into_any();
    }
    let field = answer_field(kind, &promise_id);
    let hint_id = format!("{anchor}-hint");
    let error_id = format!("{anchor}-error");
    let described_by = if error.is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() };
    let radios = Answer::ALL
        .into_iter()
        .enumerate()
        .map(|(n, a)| {
            // The first radio carries the field's own id, so the error summary can link to it.
            let id = if n == 0 { field.clone() } else { format!("{field}-{}", a.code()) };
            view! {
                <div class="radio">
                    <input class="radio__input" type="radio" id=id.clone() name="answer" value=a.code()/>
                    <label class="radio__label" for=id>{i18n.t(&format!("check-{}", a.code()))}</label>
                </div>
            }
        })
        .collect_view();
    let action = format!("{}?lang={}", kind.path(), i18n.locale.tag());
    let has_error = error.is_some();
    view! {
        <form class="promise-check" method="post" action=action novalidate>
            <input type="hidden" name="form_id" value=random_token(16)/>
            <input type="hidden" name="promise" value=promise_id/>
            <div class="field" class:field--error=has_error>
                <fieldset class="radios" aria-describedby=described_by>
                    <legend class="radios__legend">{i18n.t("check-legend")}</legend>
                    <p class="hint" id=hint_id>{i18n.t("check-hint")}</p>
                    <FieldMessage id=error_id message=error/>
                    <div class="radios__items">{radios}</div>
                </fieldset>
            </div>
            <button class="button" type="submit">{i18n.t("check-send")}</button>
        </form>
    }
    .into_any()
}
