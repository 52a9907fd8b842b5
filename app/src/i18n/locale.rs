//! The languages Care Voice speaks, and how the server picks one for a request.

/// A language the app is translated into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Locale {
    /// English (UK): the reference language; every message exists here first.
    EnGb,
    /// Welsh.
    Cy,
    /// Arabic (right to left).
    Ar,
}

impl Locale {
    /// Every locale, in the order the language switcher shows them.
    pub const ALL: [Locale; 3] = [Locale::EnGb, Locale::Cy, Locale::Ar];

    /// The BCP 47 tag used in `?lang=`, the cookie and `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnGb => "en-GB",
            Locale::Cy => "cy",
            Locale::Ar => "ar",
        }
    }

    /// Text direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language's own name for itself (what the switcher shows).
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::EnGb => "English",
            Locale::Cy => "Cymraeg",
            Locale::Ar => "العربية",
        }
    }

    /// Parses a tag exactly as the app writes it (case-insensitive); `None` for anything else.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }
}

/// The name of the cookie that remembers a chosen language.
pub const LANG_COOKIE: &str = "lang";

/// Picks the language for a request: `?lang=`, then the cookie, then `Accept-Language`, then
/// English. Unknown values at one step fall through to the next.
#[cfg(feature = "ssr")]
pub fn negotiate(query: Option<&str>, cookie: Option<&str>, accept_language: Option<&str>) -> Locale {
    if let Some(l) = query.and_then(Locale::from_tag).or_else(|| cookie.and_then(Locale::from_tag)) {
        return l;
    }
    let Some(header) = accept_language else { return Locale::EnGb };
    let requested = fluent_langneg::accepted_languages::parse(header);
    let available: Vec<unic_langid::LanguageIdentifier> =
        Locale::ALL.iter().filter_map(|l| l.tag().parse().ok()).collect();
    let default: unic_langid::LanguageIdentifier = unic_langid::langid!("en-GB");
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|id| Locale::from_tag(&id.to_string()))
        .unwrap_or(Locale::EnGb)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn query_beats_cookie_beats_header() {
        assert_eq!(negotiate(Some("cy"), Some("ar"), Some("ar")), Locale::Cy);
        assert_eq!(negotiate(None, Some("ar"), Some("cy")), Locale::Ar);
        assert_eq!(negotiate(None, None, Some("cy-GB,cy;q=0.9,en;q=0.5")), Locale::Cy);
        assert_eq!(negotiate(None, None, None), Locale::EnGb);
    }

    #[test]
    fn unknown_values_fall_through() {
        assert_eq!(negotiate(Some("xx"), Some("cy"), None), Locale::Cy);
        assert_eq!(negotiate(Some("<script>"), None, Some("ar-EG")), Locale::Ar);
        assert_eq!(negotiate(None, None, Some("fr-FR,de;q=0.8")), Locale::EnGb);
        assert_eq!(negotiate(None, None, Some(";;;q=bad")), Locale::EnGb);
    }
}
