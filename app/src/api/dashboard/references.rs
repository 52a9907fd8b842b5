//! National figures for all young people (`content/references.toml`), drawn as reference lines
//! beside survey results.

use serde::Deserialize;
use std::sync::OnceLock;

/// A national figure for all young people, drawn as a reference line.
#[derive(Clone, Debug, Deserialize)]
pub struct Reference {
    /// Band slug.
    pub band: String,
    /// Question id.
    pub question: String,
    /// Result category (`domain::survey_results::categories`).
    pub category: String,
    /// Share of all young people, in per cent.
    pub percent: u8,
    /// Who the figure is about (English, as published; not translated).
    pub who: String,
    /// Where it was published.
    pub source: String,
}

#[derive(Deserialize)]
struct ReferenceFile {
    #[serde(default)]
    reference: Vec<Reference>,
}

/// The shipped reference figures (`content/references.toml`).
pub fn references() -> &'static [Reference] {
    static REFS: OnceLock<Vec<Reference>> = OnceLock::new();
    REFS.get_or_init(|| {
        toml::from_str::<ReferenceFile>(include_str!("../../../../content/references.toml"))
            .map(|f| f.reference)
            .unwrap_or_default()
    })
}
