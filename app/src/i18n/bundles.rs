//! Fluent bundles built once from the embedded `.ftl` files.

use super::Locale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::LazyLock;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<HashMap<Locale, Bundle>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for locale in Locale::ALL {
        let Ok(id) = locale.tag().parse() else { continue };
        let mut bundle = Bundle::new_concurrent(vec![id]);
        // Unicode isolation marks would show up inside copied text and attribute values; the
        // page sets `dir` and wraps mixed-direction values itself.
        bundle.set_use_isolating(false);
        let files = embedded::LOCALE_FILES
            .iter()
            .find(|(tag, _)| *tag == locale.tag())
            .map(|(_, files)| *files)
            .unwrap_or_default();
        for (name, text) in files {
            match FluentResource::try_new((*text).to_owned()) {
                Ok(res) => {
                    if let Err(errors) = bundle.add_resource(res) {
                        tracing::error!(locale = locale.tag(), file = name, ?errors, "duplicate Fluent messages");
                    }
                }
                Err((_, errors)) => {
                    tracing::error!(locale = locale.tag(), file = name, ?errors, "Fluent file does not parse");
                }
            }
        }
        map.insert(locale, bundle);
    }
    map
});

/// Whether `locale` has a message called `id`.
pub fn has_message(locale: Locale, id: &str) -> bool {
    BUNDLES.get(&locale).is_some_and(|b| b.has_message(id))
}

/// The translation handle for one request: cheap to copy into every component.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct I18n {
    /// The request's language.
    pub locale: Locale,
}

impl I18n {
    /// A handle for `locale`.
    pub fn new(locale: Locale) -> Self {
        Self { locale }
    }

    /// The message `id`, or the id itself (and an error in the log) when it is missing.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        self.format(id, Some(&fargs))
    }

    /// Whether the message `id` exists in this language.
    pub fn has(&self, id: &str) -> bool {
        has_message(self.locale, id)
    }

    /// Numbered messages `{prefix}-1`, `{prefix}-2`, … up to the first gap.
    pub fn numbered(&self, prefix: &str) -> Vec<String> {
        (1..)
            .map(|n| format!("{prefix}-{n}"))
            .take_while(|id| self.has(id))
            .map(|id| self.t(&id))
            .collect()
    }

    /// A date in words, e.g. "Monday 11 January 2027".
    pub fn date(&self, d: time::Date) -> String {
        let weekday = self.t(&format!("weekday-{}", d.weekday().number_from_monday()));
        let month = self.t(&format!("month-{}", u8::from(d.month())));
        self.t_with(
            "date-long",
            &[("weekday", weekday.into()), ("day", d.day().to_string().into()), ("month", month.into()), ("year", d.year().to_string().into())],
        )
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(bundle) = BUNDLES.get(&self.locale) else { return id.to_owned() };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            tracing::error!(locale = self.locale.tag(), id, "missing Fluent message");
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::error!(locale = self.locale.tag(), id, ?errors, "Fluent formatting error");
        }
        text.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_loads_and_knows_the_home_title() {
        for l in Locale::ALL {
            assert!(has_message(l, "home-title"), "{l:?}");
            assert_ne!(I18n::new(l).t("home-title"), "home-title");
        }
    }

    #[test]
    fn a_missing_message_shows_its_id_not_a_panic() {
        assert_eq!(I18n::new(Locale::Cy).t("no-such-message"), "no-such-message");
    }
}
