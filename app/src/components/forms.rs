//! Form pieces in the GOV.UK Design System pattern (without its branding): an error summary
//! titled "There is a problem" that links to each field, labelled fields that keep what was
//! typed, and the hidden CSRF field for staff forms.

use crate::api::forms::FormState;
use crate::api::staff::session::CurrentStaff;
use crate::shell::use_i18n;
use leptos::prelude::*;

/// The page title, starting "Error: " when the form has problems.
pub fn page_title(form: &FormState, title: String) -> String {
    if form.has_errors() {
        use_i18n().t_with("form-error-title", &[("title", title.into())])
    } else {
        title
    }
}

/// "There is a problem", with a link to each field that has one.
#[component]
pub fn ErrorSummary(form: FormState) -> impl IntoView {
    let i18n = use_i18n();
    form.has_errors().then(|| {
        let items = form
            .errors
            .iter()
            .map(|e| view! { <li><a href=format!("#{}", e.field)>{e.message.clone()}</a></li> })
            .collect_view();
        view! {
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title" class="error-summary__title">{i18n.t("form-error-summary-title")}</h2>
                {form.notice.clone().map(|n| view! { <p>{n}</p> })}
                <ul class="error-summary__list">{items}</ul>
            </div>
        }
    })
}

/// A labelled text input that shows its error and keeps what was typed (except secrets).
#[component]
pub fn TextField(
    /// `name` and `id`.
    name: &'static str,
    /// Visible label.
    label: String,
    /// `type` attribute.
    #[prop(default = "text")]
    kind: &'static str,
    /// `autocomplete` attribute.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// Hint under the label.
    #[prop(optional)]
    hint: Option<String>,
    /// The form state (for the value and the error).
    form: FormState,
    /// `inputmode` attribute.
    #[prop(optional)]
    inputmode: Option<&'static str>,
) -> impl IntoView {
    let error = form.error(name);
    let value = if kind == "password" { String::new() } else { form.value(name) };
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = [hint.as_ref().map(|_| hint_id.clone()), error.as_ref().map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let class = if error.is_some() { "field field--error" } else { "field" };
    view! {
        <div class=class>
            <label class="field__label" for=name>{label}</label>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id.clone()>{h}</p> })}
            {error.clone().map(|e| view! { <p class="field__error" id=error_id.clone()>{e}</p> })}
            <input
                class="field__input"
                id=name
                name=name
                type=kind
                autocomplete=autocomplete
                inputmode=inputmode
                value=value
                aria-describedby=(!described.is_empty()).then_some(described)
                aria-invalid=error.is_some().then_some("true")
                spellcheck="false"
            />
        </div>
    }
}

/// The hidden CSRF field every staff form carries.
#[component]
pub fn CsrfField() -> impl IntoView {
    let token = current_staff().map(|s| s.csrf).unwrap_or_default();
    view! { <input type="hidden" name="csrf" value=token/> }
}

/// The signed-in member of staff, if any (set by the access middleware).
pub fn current_staff() -> Option<CurrentStaff> {
    use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<CurrentStaff>().cloned())
}

/// A group of radios in a fieldset whose legend is the question. None is pre-selected.
#[component]
pub fn Radios(
    /// `name` of every radio (and `id` of the first, for error links).
    name: &'static str,
    /// The question.
    legend: String,
    /// (value, label) pairs.
    options: Vec<(String, String)>,
    /// The form state (for the chosen value and the error).
    form: FormState,
    /// Hint under the legend.
    #[prop(optional)]
    hint: Option<String>,
    /// Make the legend the page's heading size.
    #[prop(optional)]
    large: bool,
) -> impl IntoView {
    let error = form.error(name);
    let chosen = form.value(name);
    let class = if error.is_some() { "field field--error" } else { "field" };
    let legend_class = if large { "fieldset__legend fieldset__legend--large" } else { "fieldset__legend" };
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = [hint.as_ref().map(|_| hint_id.clone()), error.as_ref().map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let id = if i == 0 { name.to_owned() } else { format!("{name}-{i}") };
            let checked = value == chosen;
            view! {
                <div class="radio">
                    <input class="radio__input" type="radio" id=id.clone() name=name value=value checked=checked/>
                    <label class="radio__label" for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=class>
            <fieldset class="fieldset" aria-describedby=(!described.is_empty()).then_some(described)>
                <legend class=legend_class>{legend}</legend>
                {hint.map(|h| view! { <p class="field__hint" id=hint_id.clone()>{h}</p> })}
                {error.map(|e| view! { <p class="field__error" id=error_id.clone()>{e}</p> })}
                <div class="radios">{items}</div>
            </fieldset>
        </div>
    }
}

/// A labelled text area that keeps what was typed and says how long it may be.
#[component]
pub fn TextArea(
    /// `name` and `id`.
    name: &'static str,
    /// Label.
    label: String,
    /// Hint (e.g. who will read it).
    #[prop(optional)]
    hint: Option<String>,
    /// The most characters allowed.
    max: usize,
    /// The form state.
    form: FormState,
    /// Rows.
    #[prop(default = 6)]
    rows: u32,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = form.error(name);
    let class = if error.is_some() { "field field--error" } else { "field" };
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let limit = i18n.t_with("form-max-characters", &[("max", max.into())]);
    let described = [Some(hint_id.clone()), error.as_ref().map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <div class=class>
            <label class="field__label" for=name>{label}</label>
            <p class="field__hint" id=hint_id.clone()>{hint.map(|h| format!("{h} "))}{limit}</p>
            {error.clone().map(|e| view! { <p class="field__error" id=error_id.clone()>{e}</p> })}
            <textarea class="field__input field__textarea" id=name name=name rows=rows
                aria-describedby=described aria-invalid=error.is_some().then_some("true")>{form.value(name)}</textarea>
        </div>
    }
}

/// A single checkbox (its value is "yes").
#[component]
pub fn Checkbox(name: &'static str, label: String, form: FormState) -> impl IntoView {
    let error = form.error(name);
    let class = if error.is_some() { "field field--error" } else { "field" };
    let error_id = format!("{name}-error");
    view! {
        <div class=class>
            {error.clone().map(|e| view! { <p class="field__error" id=error_id.clone()>{e}</p> })}
            <div class="radio">
                <input class="radio__input" type="checkbox" id=name name=name value="yes"
                    checked=form.value(name) == "yes" aria-describedby=error.is_some().then_some(error_id.clone())/>
                <label class="radio__label" for=name>{label}</label>
            </div>
        </div>
    }
}

/// A hidden field.
#[component]
pub fn Hidden(name: &'static str, value: String) -> impl IntoView {
    view! { <input type="hidden" name=name value=value/> }
}
