//! The message under a field's label when it has a problem (the summary at the top of the
//! page is `components::forms::ErrorSummary`).

use crate::shell::use_i18n;
use leptos::prelude::*;

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
