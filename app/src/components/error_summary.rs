//! "There is a problem": the summary at the top of a page whose form has a problem, with a
//! link to each field that needs fixing (the GOV.UK pattern, without GOV.UK branding).

use crate::api::forms::FieldError;
use crate::shell::use_i18n;
use leptos::prelude::*;

/// The error summary; nothing when there are no problems.
#[component]
pub fn ErrorSummary(
    /// Problems with fields, in page order.
    errors: Vec<FieldError>,
    /// A problem with the whole form.
    #[prop(optional_no_strip)]
    notice: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    (!errors.is_empty() || notice.is_some()).then(|| {
        let notice = notice.map(|n| view! { <li>{n}</li> });
        let links = errors
            .into_iter()
            .map(|e| view! { <li><a href=format!("#{}", e.field)>{e.message}</a></li> })
            .collect_view();
        view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                <h2 id="error-summary-title" class="error-summary__title">{i18n.t("content-problem-title")}</h2>
                <ul class="error-summary__list">{notice}{links}</ul>
            </div>
        }
    })
}

/// The message under a field's label when it has a problem.
#[component]
pub fn FieldMessage(
    /// The message's `id` (the field's `aria-describedby` names it).
    id: String,
    /// The message, if the field has a problem.
    message: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    message.map(|m| {
        view! {
            <p id=id class="field-error">
                <span class="visually-hidden">{i18n.t("content-error-prefix")}" "</span>{m}
            </p>
        }
    })
}
