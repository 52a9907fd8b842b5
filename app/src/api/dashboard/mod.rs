//! The staff dashboard's numbers. Every table is built here once and passes through the
//! suppression rules (`domain::suppression`) before the page, the chart or the CSV sees it,
//! so the screen and the download cannot differ.

pub mod complaints;
pub mod promises;
pub mod references;
pub mod surveys;

use crate::domain::suppression::{suppress_table, Cell, CountTable, Policy};

/// A published table: labels translated, every number already suppressed and rounded.
#[derive(Clone, Debug)]
pub struct DashTable {
    /// Stable id (anchors, CSV file names, `?table=`).
    pub id: String,
    /// Title.
    pub title: String,
    /// A one-sentence summary of what the table shows (for the chart's text alternative).
    pub summary: String,
    /// Column headings.
    pub columns: Vec<String>,
    /// Rows: label, cells, row total.
    pub rows: Vec<(String, Vec<Cell>, Cell)>,
    /// The threshold used.
    pub k: u32,
}

/// Builds a published table from raw counts (rows × columns).
pub fn publish(
    policy: &Policy,
    id: &str,
    title: String,
    summary: String,
    columns: Vec<String>,
    rows: Vec<(String, Vec<u64>)>,
) -> Option<DashTable> {
    let (labels, counts): (Vec<String>, Vec<Vec<u64>>) = rows.into_iter().unzip();
    let table = CountTable::new(labels.clone(), columns.clone(), counts).ok()?;
    let published = suppress_table(policy, &table);
    let rows = labels
        .into_iter()
        .zip(published.cells().iter().cloned())
        .zip(published.row_totals().iter().cloned())
        .map(|((l, cells), total)| (l, cells, total))
        .collect();
    Some(DashTable { id: id.to_owned(), title, summary, columns, rows, k: policy.k() })
}

/// A cell as text: the number (and share), or the marker (e.g. "fewer than 10").
pub fn cell_text(c: &Cell, hidden: &str) -> String {
    match c {
        Cell::Shown { count, percent: Some(p) } => format!("{count} ({p}%)"),
        Cell::Shown { count, percent: None } => count.to_string(),
        Cell::Suppressed => hidden.to_owned(),
    }
}

/// The table as CSV: the same cells as the page, header row first.
pub fn to_csv(t: &DashTable, hidden: &str) -> String {
    let field = |s: &str| if s.contains([',', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() };
    let mut out = String::new();
    let mut header = vec![String::new()];
    header.extend(t.columns.iter().map(|c| field(c)));
    header.push("Total".into());
    out.push_str(&header.join(","));
    out.push('\n');
    for (label, cells, total) in &t.rows {
        let mut line = vec![field(label)];
        line.extend(cells.iter().map(|c| field(&cell_text(c, hidden))));
        line.push(field(&cell_text(total, hidden)));
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}
