//! Small-number suppression: every number shown about anonymous survey answers passes through here.
//!
//! **Why.** Someone who knows a child can often pick them out of a small table. Care Voice's
//! rules (see `surveys-and-privacy.md`, "Small numbers"; they follow the practice of the
//! Department for Education, which hides small counts and a second cell so the first cannot be
//! worked out, and of NHS Digital, which also rounds to 5):
//!
//! 1. **Threshold.** No shown cell or total is based on fewer than `k` young people: every shown
//!    count is 0 or at least `k` (default 10; a council may raise it, never below 5).
//! 2. **Complements.** In every row or column whose total is shown, the hidden cells add up to 0
//!    or at least `k`, so "total minus the shown cells" never gives a small number either.
//! 3. **Secondary suppression.** When a cell is hidden, other cells (the smallest ones) are
//!    hidden too, until no hidden number can be worked out from the shown ones: every hidden
//!    number can take at least two values in tables that agree with everything shown. A row
//!    whose total is below `k` is hidden whole, total included.
//! 4. **Rounding and percentages.** Suppression is decided first, on exact counts; only then
//!    are shown counts rounded to the nearest multiple of the base (halves round up; default 5).
//!    A percentage is shown only when its count and its denominator are both shown; it is
//!    computed from the exact counts and rounded to a whole number.
//!
//! **Attacker model.** The checks assume the worst: that someone knows the *exact* value of
//! every shown number (percentages from exact counts can give them away, so rounding is only a
//! second line of defence), every row and column relation, and that counts are never negative.
//! Rules 1 to 3 hold against that person.
//!
//! **Zeros.** A true zero is shown when the table as a whole has at least `k` young people and
//! the zero's row is shown: "nobody chose this" says nothing about one person when there are
//! enough others. If the whole table has fewer than `k`, everything is hidden, zeros included.
//! In a row hidden because its total is small, zeros are hidden too (otherwise they would show
//! that everyone in that small group gave the other answers), except where a shown column total
//! of 0 already says the cell is 0. A shown row in which everyone gave the same answer is shown
//! as it is (100%): with at least `k` young people and voluntary, anonymous answers, that is
//! treated as acceptable, as in published DfE and NHS statistics.
//!
//! **Table shape.** One row per question (or per group), one column per answer option; each
//! young person is counted at most once in a row. Row totals count young people. When the rows
//! are different questions answered by the same young people, column totals and the grand total
//! count *answers*, not people, and should not be displayed; they are still treated as published
//! in the checks above, which only makes the result safer.
//!
//! **Not covered here.** Comparing two different tables (differencing across filters) is the
//! caller's job: allow only coarse filters, and never two small ones crossed.
//!
//! Everything here is pure: no I/O, no clock, no global state.

use std::collections::VecDeque;
use std::fmt;

use serde::{Deserialize, Serialize};

/// The lowest threshold a council may choose.
pub const MIN_K: u32 = 5;

/// The translation key for a hidden number; the page says something like "hidden: fewer than 10 or to protect another number".
pub const SUPPRESSED_KEY: &str = "stats-suppressed";

/// How strict to be: the threshold `k` and the rounding base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// Counts from 1 to `k - 1` are never shown.
    k: u32,
    /// Shown counts are rounded to a multiple of this.
    round_to: u32,
}

/// Why a [`Policy`] was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyError {
    /// The threshold is below [`MIN_K`]; holds the threshold asked for.
    ThresholdTooLow(u32),
    /// The rounding base is 0 (use 1 for no rounding).
    ZeroRoundingBase,
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ThresholdTooLow(k) => {
                write!(
                    f,
                    "the small-number threshold must be at least {MIN_K}, not {k}"
                )
            }
            Self::ZeroRoundingBase => write!(f, "the rounding base must be at least 1"),
        }
    }
}

impl std::error::Error for PolicyError {}

impl Policy {
    /// A policy with threshold `k` (at least [`MIN_K`]) and rounding base `round_to` (at least 1).
    pub fn new(k: u32, round_to: u32) -> Result<Policy, PolicyError> {
        if k < MIN_K {
            return Err(PolicyError::ThresholdTooLow(k));
        }
        if round_to == 0 {
            return Err(PolicyError::ZeroRoundingBase);
        }
        Ok(Policy { k, round_to })
    }

    /// The threshold: shown counts are 0 or at least this.
    pub fn k(&self) -> u32 {
        self.k
    }

    /// The rounding base for shown counts.
    pub fn round_to(&self) -> u32 {
        self.round_to
    }
}

impl Default for Policy {
    /// Threshold 10, rounding to 5.
    fn default() -> Self {
        Policy { k: 10, round_to: 5 }
    }
}

/// One published number: shown (rounded, maybe with a percentage) or hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cell {
    /// A count that may be shown, already rounded, with its percentage when it has one.
    Shown {
        /// The rounded count.
        count: u64,
        /// The whole-number percentage of its denominator, computed from exact counts.
        percent: Option<u8>,
    },
    /// A hidden number: too small, or hidden so that another cannot be worked out.
    Suppressed,
}

impl Cell {
    /// The rounded count, if shown.
    pub fn count(&self) -> Option<u64> {
        match self {
            Cell::Shown { count, .. } => Some(*count),
            Cell::Suppressed => None,
        }
    }

    /// The percentage, if shown and it has one.
    pub fn percent(&self) -> Option<u8> {
        match self {
            Cell::Shown { percent, .. } => *percent,
            Cell::Suppressed => None,
        }
    }

    /// Whether the number is hidden.
    pub fn is_suppressed(&self) -> bool {
        matches!(self, Cell::Suppressed)
    }

    /// The translation key for the hidden marker ([`SUPPRESSED_KEY`]), or `None` if shown.
    pub fn marker_key(&self) -> Option<&'static str> {
        match self {
            Cell::Shown { .. } => None,
            Cell::Suppressed => Some(SUPPRESSED_KEY),
        }
    }
}

impl fmt::Display for Cell {
    /// `25`, `25 (48%)`, or the marker key for a hidden number.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Shown {
                count,
                percent: Some(p),
            } => write!(f, "{count} ({p}%)"),
            Cell::Shown {
                count,
                percent: None,
            } => write!(f, "{count}"),
            Cell::Suppressed => f.write_str(SUPPRESSED_KEY),
        }
    }
}

/// Why a [`CountTable`] could not be built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableError {
    /// The table has no rows or no columns.
    Empty,
    /// The row labels, column labels and rows of counts do not line up.
    Ragged,
    /// The counts add up to more than a `u64` can hold.
    TooLarge,
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Empty => "the table has no rows or no columns",
            Self::Ragged => "the labels and counts of the table do not line up",
            Self::TooLarge => "the counts are too large to add up",
        })
    }
}

impl std::error::Error for TableError {}

/// Exact counts of young people: one row per question or group, one column per answer option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountTable {
    /// A label per row.
    row_labels: Vec<String>,
    /// A label per column.
    column_labels: Vec<String>,
    /// `counts[row][column]`.
    counts: Vec<Vec<u64>>,
}

impl CountTable {
    /// Checks the shape (at least one row and column, every row as long as the column labels) and that the sum fits.
    pub fn new(
        row_labels: Vec<String>,
        column_labels: Vec<String>,
        counts: Vec<Vec<u64>>,
    ) -> Result<CountTable, TableError> {
        if counts.is_empty() || column_labels.is_empty() {
            return Err(TableError::Empty);
        }
        if row_labels.len() != counts.len()
            || counts.iter().any(|row| row.len() != column_labels.len())
        {
            return Err(TableError::Ragged);
        }
        if checked_sum(counts.iter().flatten().copied()).is_none() {
            return Err(TableError::TooLarge);
        }
        Ok(CountTable {
            row_labels,
            column_labels,
            counts,
        })
    }

    /// The row labels.
    pub fn row_labels(&self) -> &[String] {
        &self.row_labels
    }

    /// The column labels.
    pub fn column_labels(&self) -> &[String] {
        &self.column_labels
    }

    /// The exact counts, `counts()[row][column]`.
    pub fn counts(&self) -> &[Vec<u64>] {
        &self.counts
    }
}

/// A table that is safe to show: cells, row and column totals and the grand total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedTable {
    /// The policy it was made with.
    policy: Policy,
    /// A label per row.
    row_labels: Vec<String>,
    /// A label per column.
    column_labels: Vec<String>,
    /// `cells[row][column]`; percentages are of the row total.
    cells: Vec<Vec<Cell>>,
    /// One per row; no percentage.
    row_totals: Vec<Cell>,
    /// One per column; percentages are of the grand total.
    column_totals: Vec<Cell>,
    /// The grand total; no percentage.
    grand_total: Cell,
}

impl PublishedTable {
    /// The policy used (its `k` goes into the "fewer than k" wording).
    pub fn policy(&self) -> Policy {
        self.policy
    }

    /// The row labels.
    pub fn row_labels(&self) -> &[String] {
        &self.row_labels
    }

    /// The column labels.
    pub fn column_labels(&self) -> &[String] {
        &self.column_labels
    }

    /// The cells, `cells()[row][column]`, with percentages of the row total.
    pub fn cells(&self) -> &[Vec<Cell>] {
        &self.cells
    }

    /// The row totals (young people who answered that question or are in that group).
    pub fn row_totals(&self) -> &[Cell] {
        &self.row_totals
    }

    /// The column totals, with percentages of the grand total.
    pub fn column_totals(&self) -> &[Cell] {
        &self.column_totals
    }

    /// The grand total.
    pub fn grand_total(&self) -> Cell {
        self.grand_total
    }
}

/// One question's answers, safe to show: a cell per answer option and the total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedDistribution {
    /// The policy it was made with.
    policy: Policy,
    /// A cell per answer option, with percentages of the total.
    cells: Vec<Cell>,
    /// The number who answered.
    total: Cell,
}

impl PublishedDistribution {
    /// The policy used.
    pub fn policy(&self) -> Policy {
        self.policy
    }

    /// A cell per answer option, with percentages of the total.
    pub fn cells(&self) -> &[Cell] {
        &self.cells
    }

    /// The number who answered.
    pub fn total(&self) -> Cell {
        self.total
    }
}

/// Applies the rules to a table: threshold, complements, secondary suppression, then rounding and percentages.
pub fn suppress_table(policy: &Policy, table: &CountTable) -> PublishedTable {
    let grid = match Grid::new(&table.counts) {
        Some(mut grid) => {
            grid.suppress(u64::from(policy.k));
            grid
        }
        None => Grid::all_hidden(table.counts.len(), table.column_labels.len()),
    };
    let (m, n) = (grid.m, grid.n);
    let base = u64::from(policy.round_to);
    let cells = (0..m)
        .map(|i| {
            (0..n)
                .map(|j| grid.publish(grid.at(i, j), grid.at(i, n), base))
                .collect()
        })
        .collect();
    PublishedTable {
        policy: *policy,
        row_labels: table.row_labels.clone(),
        column_labels: table.column_labels.clone(),
        cells,
        row_totals: (0..m)
            .map(|i| grid.publish(grid.at(i, n), usize::MAX, base))
            .collect(),
        column_totals: (0..n)
            .map(|j| grid.publish(grid.at(m, j), grid.at(m, n), base))
            .collect(),
        grand_total: grid.publish(grid.at(m, n), usize::MAX, base),
    }
}

/// Applies the rules to one question's answer counts (a one-row table).
pub fn suppress_distribution(policy: &Policy, counts: &[u64]) -> PublishedDistribution {
    let rows = [counts.to_vec()];
    let grid = match Grid::new(&rows) {
        Some(mut grid) if !counts.is_empty() => {
            grid.suppress(u64::from(policy.k));
            grid
        }
        _ => Grid::all_hidden(1, counts.len()),
    };
    let n = grid.n;
    let base = u64::from(policy.round_to);
    PublishedDistribution {
        policy: *policy,
        cells: (0..n)
            .map(|j| grid.publish(grid.at(0, j), grid.at(0, n), base))
            .collect(),
        total: grid.publish(grid.at(0, n), usize::MAX, base),
    }
}

/// Adds up counts, or `None` on overflow.
fn checked_sum(values: impl IntoIterator<Item = u64>) -> Option<u64> {
    values.into_iter().try_fold(0u64, u64::checked_add)
}

/// Rounds to the nearest multiple of `base`, halves up.
fn round_to_base(value: u64, base: u64) -> u64 {
    if base <= 1 {
        return value;
    }
    (value.saturating_add(base / 2) / base).saturating_mul(base)
}

/// `100 * part / whole` rounded to the nearest whole number, halves up; `None` if `whole` is 0.
fn percent(part: u64, whole: u64) -> Option<u8> {
    if whole == 0 || part > whole {
        return None;
    }
    let (p, w) = (u128::from(part), u128::from(whole));
    u8::try_from((200 * p + w) / (2 * w)).ok()
}

/// A row or column of the extended table (cells plus totals).
#[derive(Debug, Clone, Copy)]
enum Line {
    /// Row `i` (row `m` is the row of column totals).
    Row(usize),
    /// Column `j` (column `n` is the column of row totals).
    Col(usize),
}

/// The extended table: `m + 1` rows by `n + 1` columns, the last row and column holding totals.
///
/// Every row and column of it obeys "cells add up to the last entry", including the last row
/// (column totals add up to the grand total) and the last column (row totals add up to it).
struct Grid {
    /// Number of table rows.
    m: usize,
    /// Number of table columns.
    n: usize,
    /// Exact values, row by row.
    value: Vec<u64>,
    /// Which entries are hidden.
    hidden: Vec<bool>,
}

impl Grid {
    /// The extended table for rectangular `counts`, or `None` if a sum overflows.
    fn new(counts: &[Vec<u64>]) -> Option<Grid> {
        let m = counts.len();
        let n = counts.first().map_or(0, Vec::len);
        let mut value = vec![0u64; (m + 1) * (n + 1)];
        for (i, row) in counts.iter().enumerate() {
            for (j, &c) in row.iter().enumerate().take(n) {
                value[i * (n + 1) + j] = c;
                value[i * (n + 1) + n] = value[i * (n + 1) + n].checked_add(c)?;
                value[m * (n + 1) + j] = value[m * (n + 1) + j].checked_add(c)?;
                value[m * (n + 1) + n] = value[m * (n + 1) + n].checked_add(c)?;
            }
        }
        let hidden = vec![false; value.len()];
        Some(Grid {
            m,
            n,
            value,
            hidden,
        })
    }

    /// A grid with everything hidden (used when the counts cannot be added up).
    fn all_hidden(m: usize, n: usize) -> Grid {
        let len = (m + 1) * (n + 1);
        Grid {
            m,
            n,
            value: vec![0; len],
            hidden: vec![true; len],
        }
    }

    /// The index of entry `(i, j)`.
    fn at(&self, i: usize, j: usize) -> usize {
        i * (self.n + 1) + j
    }

    /// The row and column of an index.
    fn coords(&self, e: usize) -> (usize, usize) {
        (e / (self.n + 1), e % (self.n + 1))
    }

    /// Whether an index is a total (in the last row or column).
    fn is_total(&self, e: usize) -> bool {
        let (i, j) = self.coords(e);
        i == self.m || j == self.n
    }

    /// A line's cells and its total.
    fn line(&self, line: Line) -> (Vec<usize>, usize) {
        match line {
            Line::Row(i) => (
                (0..self.n).map(|j| self.at(i, j)).collect(),
                self.at(i, self.n),
            ),
            Line::Col(j) => (
                (0..self.m).map(|i| self.at(i, j)).collect(),
                self.at(self.m, j),
            ),
        }
    }

    /// Every row and column of the extended table.
    fn lines(&self) -> Vec<Line> {
        (0..=self.m)
            .map(Line::Row)
            .chain((0..=self.n).map(Line::Col))
            .collect()
    }

    /// A zero that a shown zero total already gives away; never worth hiding.
    fn pinned(&self, e: usize) -> bool {
        let (i, j) = self.coords(e);
        self.value[e] == 0
            && (self.value[self.at(i, self.n)] == 0 || self.value[self.at(self.m, j)] == 0)
    }

    /// Whether the row or column crossing `e` (the other line through it) has anything hidden.
    fn crossing_has_hidden(&self, e: usize, line: Line) -> bool {
        let (i, j) = self.coords(e);
        let crossing = match line {
            Line::Row(_) => Line::Col(j),
            Line::Col(_) => Line::Row(i),
        };
        let (cells, total) = self.line(crossing);
        self.hidden[total] || cells.iter().any(|&c| self.hidden[c])
    }

    /// The best shown entry of `line` to hide next: smallest value, then one whose crossing line is already hidden in, then first.
    fn pick(&self, candidates: &[usize], line: Line, nonzero: bool) -> Option<usize> {
        candidates
            .iter()
            .copied()
            .filter(|&e| !self.hidden[e] && !self.pinned(e) && (!nonzero || self.value[e] > 0))
            .min_by_key(|&e| (self.value[e], !self.crossing_has_hidden(e, line), e))
    }

    /// The whole procedure: primary suppression, then line rules and the audit until both hold.
    fn suppress(&mut self, k: u64) {
        let (m, n) = (self.m, self.n);
        if self.value[self.at(m, n)] < k {
            self.hidden.iter_mut().for_each(|h| *h = true);
            return;
        }
        for e in 0..self.value.len() {
            let (i, j) = self.coords(e);
            let v = self.value[e];
            if v > 0 && v < k && !(i == m && j == n) {
                self.hidden[e] = true;
                if j == n {
                    // A small row: hide it whole, except zeros a shown zero total gives away.
                    for jj in 0..n {
                        let cell = self.at(i, jj);
                        self.hidden[cell] = !self.pinned(cell);
                    }
                }
            }
        }
        // Each round hides at least one more entry, so this ends; all hidden always passes.
        for _ in 0..=self.value.len() {
            self.apply_line_rules(k);
            match self.first_determined() {
                None => return,
                Some(e) => self.protect(e),
            }
        }
        self.hidden.iter_mut().for_each(|h| *h = true);
    }

    /// Hides entries until every line with a shown total has 0, or at least 2 hidden cells adding up to at least `k`, and every line with a hidden total has a hidden cell.
    fn apply_line_rules(&mut self, k: u64) {
        loop {
            let mut changed = false;
            for line in self.lines() {
                if let Some(e) = self.line_fix(line, k) {
                    self.hidden[e] = true;
                    changed = true;
                }
            }
            if !changed {
                return;
            }
        }
    }

    /// The entry to hide to mend `line`, if it breaks a line rule.
    fn line_fix(&self, line: Line, k: u64) -> Option<usize> {
        let (cells, total) = self.line(line);
        let hidden: Vec<usize> = cells.iter().copied().filter(|&c| self.hidden[c]).collect();
        let sum = hidden
            .iter()
            .map(|&c| u128::from(self.value[c]))
            .sum::<u128>();
        if self.hidden[total] {
            return if hidden.is_empty() {
                self.pick(&cells, line, false)
            } else {
                None
            };
        }
        if hidden.is_empty() || (hidden.len() >= 2 && sum >= u128::from(k)) {
            return None;
        }
        let choice = if sum < u128::from(k) {
            self.pick(&cells, line, true)
        } else {
            None
        };
        choice
            .or_else(|| self.pick(&cells, line, false))
            .or_else(|| (!self.pinned(total)).then_some(total))
    }

    /// Hides one more entry near `e`, a hidden entry that can still be worked out.
    ///
    /// Prefers the smallest shown cell in `e`'s row or column, then a total there, then the
    /// smallest shown entry anywhere.
    fn protect(&mut self, e: usize) {
        let (i, j) = self.coords(e);
        let mut near: Vec<usize> = Vec::new();
        for line in [Line::Row(i), Line::Col(j)] {
            let (cells, total) = self.line(line);
            near.extend(cells);
            near.push(total);
        }
        let candidate = |x: &usize| !self.hidden[*x] && !self.pinned(*x);
        let choice = near
            .iter()
            .copied()
            .filter(candidate)
            .min_by_key(|&x| (self.is_total(x), self.value[x], x))
            .or_else(|| {
                (0..self.value.len())
                    .filter(candidate)
                    .min_by_key(|&x| (self.value[x], x))
            });
        if let Some(x) = choice {
            self.hidden[x] = true;
        }
    }

    /// The first hidden entry whose value is fixed by the shown ones, if any.
    fn first_determined(&self) -> Option<usize> {
        (0..self.value.len()).find(|&e| self.hidden[e] && !self.can_change(e))
    }

    /// Whether hidden entry `x` can change in some other table that agrees with everything shown.
    ///
    /// Changes that keep every row and column relation are sums of alternating cycles through
    /// hidden entries (totals taking the opposite sign), so `x` can change exactly when some
    /// cycle through it can be applied without making a cell negative.
    fn can_change(&self, x: usize) -> bool {
        let (i, j) = self.coords(x);
        let rows = self.m + 1;
        // Up: x gains 1 (row node to column node), then a path back from its column to its row.
        self.path_exists(x, rows + j, i)
            || (self.can_decrease(x) && self.path_exists(x, i, rows + j))
    }

    /// Whether hidden entry `e` can lose 1 without going negative (totals follow their cells).
    fn can_decrease(&self, e: usize) -> bool {
        self.is_total(e) || self.value[e] > 0
    }

    /// Breadth-first search over rows (`0..=m`) and columns (`m+1..`), skipping entry `x`.
    ///
    /// A hidden entry `(i, j)` gives the step row `i` to column `j` (it gains 1) and, if it can
    /// lose 1, the step column `j` to row `i`.
    fn path_exists(&self, x: usize, from: usize, to: usize) -> bool {
        let rows = self.m + 1;
        let nodes = rows + self.n + 1;
        let mut seen = vec![false; nodes];
        let mut queue = VecDeque::from([from]);
        seen[from] = true;
        while let Some(node) = queue.pop_front() {
            if node == to {
                return true;
            }
            let steps: Vec<usize> = if node < rows {
                (0..=self.n)
                    .filter(|&jj| {
                        let e = self.at(node, jj);
                        e != x && self.hidden[e]
                    })
                    .map(|jj| rows + jj)
                    .collect()
            } else {
                let jj = node - rows;
                (0..=self.m)
                    .filter(|&ii| {
                        let e = self.at(ii, jj);
                        e != x && self.hidden[e] && self.can_decrease(e)
                    })
                    .collect()
            };
            for next in steps {
                if !seen[next] {
                    seen[next] = true;
                    queue.push_back(next);
                }
            }
        }
        false
    }

    /// The published form of entry `e`, with a percentage of `denominator` (an index; `usize::MAX` for none).
    fn publish(&self, e: usize, denominator: usize, base: u64) -> Cell {
        if self.hidden[e] {
            return Cell::Suppressed;
        }
        let percent = match denominator {
            d if d < self.value.len() && !self.hidden[d] => percent(self.value[e], self.value[d]),
            _ => None,
        };
        Cell::Shown {
            count: round_to_base(self.value[e], base),
            percent,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn table(counts: &[&[u64]]) -> CountTable {
        let n = counts.first().map_or(0, |r| r.len());
        let rows = counts
            .iter()
            .enumerate()
            .map(|(i, _)| format!("row {i}"))
            .collect();
        let cols = (0..n).map(|j| format!("option {j}")).collect();
        match CountTable::new(rows, cols, counts.iter().map(|r| r.to_vec()).collect()) {
            Ok(t) => t,
            Err(e) => panic!("bad test table: {e}"),
        }
    }

    fn policy(k: u32, round_to: u32) -> Policy {
        match Policy::new(k, round_to) {
            Ok(p) => p,
            Err(e) => panic!("bad test policy: {e}"),
        }
    }

    fn hidden_pattern(p: &PublishedTable) -> Vec<Vec<bool>> {
        p.cells()
            .iter()
            .map(|r| r.iter().map(Cell::is_suppressed).collect())
            .collect()
    }

    // ----- unit tests -----

    #[test]
    fn policy_refuses_k_below_five_and_a_zero_base() {
        assert_eq!(Policy::new(4, 5), Err(PolicyError::ThresholdTooLow(4)));
        assert_eq!(Policy::new(0, 5), Err(PolicyError::ThresholdTooLow(0)));
        assert_eq!(Policy::new(10, 0), Err(PolicyError::ZeroRoundingBase));
        assert_eq!(Policy::new(5, 1).map(|p| (p.k(), p.round_to())), Ok((5, 1)));
        assert_eq!(
            (Policy::default().k(), Policy::default().round_to()),
            (10, 5)
        );
    }

    #[test]
    fn one_small_cell_hides_it_and_a_second_cell() {
        let d = suppress_distribution(&Policy::default(), &[3, 12, 20, 30]);
        assert_eq!(d.cells()[0], Cell::Suppressed);
        assert_eq!(d.cells()[1], Cell::Suppressed); // the smallest other cell
        assert_eq!(
            d.cells()[2],
            Cell::Shown {
                count: 20,
                percent: Some(31)
            }
        );
        assert_eq!(
            d.cells()[3],
            Cell::Shown {
                count: 30,
                percent: Some(46)
            }
        );
        assert_eq!(
            d.total(),
            Cell::Shown {
                count: 65,
                percent: None
            }
        );
    }

    #[test]
    fn one_small_cell_in_a_two_way_table_hides_a_rectangle() {
        let p = suppress_table(&Policy::default(), &table(&[&[3, 12, 20], &[15, 25, 30]]));
        assert_eq!(
            hidden_pattern(&p),
            vec![vec![true, true, false], vec![true, true, false]]
        );
        assert!(p
            .row_totals()
            .iter()
            .chain(p.column_totals())
            .all(|c| !c.is_suppressed()));
        assert_eq!(
            p.grand_total(),
            Cell::Shown {
                count: 105,
                percent: None
            }
        );
    }

    #[test]
    fn a_row_total_under_k_hides_the_whole_row() {
        let p = suppress_table(
            &Policy::default(),
            &table(&[&[2, 3, 0], &[20, 15, 12], &[18, 22, 30]]),
        );
        assert!(
            p.cells()[0].iter().all(Cell::is_suppressed),
            "zeros in a small row are hidden too"
        );
        assert_eq!(p.row_totals()[0], Cell::Suppressed);
        assert!(!p.grand_total().is_suppressed());
    }

    #[test]
    fn percentages_are_absent_when_the_denominator_is_hidden() {
        let p = suppress_table(
            &Policy::default(),
            &table(&[&[1, 2, 0], &[40, 40, 40], &[12, 13, 50]]),
        );
        let mut seen = 0;
        for (row, total) in p.cells().iter().zip(p.row_totals()) {
            for cell in row {
                if total.is_suppressed() {
                    assert_eq!(cell.percent(), None);
                    seen += usize::from(!cell.is_suppressed());
                } else if !cell.is_suppressed() {
                    assert!(cell.percent().is_some());
                }
            }
        }
        assert!(
            seen > 0,
            "expected a shown cell in a row with a hidden total: {p:?}"
        );
    }

    #[test]
    fn a_small_table_is_hidden_entirely_zeros_included() {
        let p = suppress_table(&Policy::default(), &table(&[&[0, 3], &[2, 0]]));
        assert!(hidden_pattern(&p).iter().flatten().all(|h| *h));
        assert!(p
            .row_totals()
            .iter()
            .chain(p.column_totals())
            .all(Cell::is_suppressed));
        assert_eq!(p.grand_total(), Cell::Suppressed);
        let empty = suppress_distribution(&Policy::default(), &[0, 0, 0]);
        assert!(empty.cells().iter().all(Cell::is_suppressed) && empty.total().is_suppressed());
    }

    #[test]
    fn zeros_are_shown_in_a_big_enough_table() {
        let p = suppress_table(&Policy::default(), &table(&[&[0, 20], &[15, 15]]));
        assert_eq!(
            p.cells()[0][0],
            Cell::Shown {
                count: 0,
                percent: Some(0)
            }
        );
        assert_eq!(
            p.cells()[0][1],
            Cell::Shown {
                count: 20,
                percent: Some(100)
            }
        );
        assert_eq!(
            p.column_totals()[0],
            Cell::Shown {
                count: 15,
                percent: Some(30)
            }
        );
        // A column nobody chose stays 0 even next to a hidden small row.
        let q = suppress_table(&Policy::default(), &table(&[&[4, 0], &[30, 0], &[25, 0]]));
        assert_eq!(
            q.cells()[0][1],
            Cell::Shown {
                count: 0,
                percent: None
            }
        );
        assert_eq!(
            q.column_totals()[1],
            Cell::Shown {
                count: 0,
                percent: Some(0)
            }
        );
    }

    #[test]
    fn counts_are_rounded_after_suppression_and_percentages_use_exact_counts() {
        let d = suppress_distribution(&Policy::default(), &[12, 13, 22, 0]);
        let shown: Vec<_> = d.cells().iter().map(|c| (c.count(), c.percent())).collect();
        assert_eq!(
            shown,
            vec![
                (Some(10), Some(26)),
                (Some(15), Some(28)),
                (Some(20), Some(47)),
                (Some(0), Some(0))
            ]
        );
        assert_eq!(d.total().count(), Some(45));
        assert_eq!(round_to_base(15, 10), 20);
        assert_eq!(round_to_base(14, 10), 10);
        assert_eq!(round_to_base(7, 1), 7);
        assert_eq!(percent(1, 8), Some(13));
        assert_eq!(percent(1, 0), None);
    }

    #[test]
    fn a_higher_threshold_hides_more() {
        let d = suppress_distribution(&policy(15, 1), &[12, 40, 50]);
        assert!(d.cells()[0].is_suppressed() && d.cells()[1].is_suppressed());
        assert_eq!(d.cells()[2].count(), Some(50));
    }

    #[test]
    fn marker_key_and_display() {
        assert_eq!(Cell::Suppressed.marker_key(), Some(SUPPRESSED_KEY));
        assert_eq!(Cell::Suppressed.to_string(), "stats-suppressed");
        let shown = Cell::Shown {
            count: 25,
            percent: Some(48),
        };
        assert_eq!(shown.marker_key(), None);
        assert_eq!(shown.to_string(), "25 (48%)");
        assert_eq!(
            Cell::Shown {
                count: 0,
                percent: None
            }
            .to_string(),
            "0"
        );
    }

    #[test]
    fn count_table_checks_its_shape() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            CountTable::new(s(&[]), s(&["a"]), vec![]),
            Err(TableError::Empty)
        );
        assert_eq!(
            CountTable::new(s(&["r"]), s(&["a", "b"]), vec![vec![1]]),
            Err(TableError::Ragged)
        );
        assert_eq!(
            CountTable::new(s(&["r", "q"]), s(&["a"]), vec![vec![1]]),
            Err(TableError::Ragged)
        );
        assert_eq!(
            CountTable::new(s(&["r"]), s(&["a", "b"]), vec![vec![u64::MAX, 1]]),
            Err(TableError::TooLarge)
        );
        let too_big = suppress_distribution(&Policy::default(), &[u64::MAX, 1]);
        assert!(too_big.cells().iter().all(Cell::is_suppressed));
    }

    // ----- the attacker -----

    /// What someone sees, assuming the worst: the exact value of every shown number.
    #[derive(Debug)]
    struct Knowledge {
        /// `(m + 1) x (n + 1)` entries, totals last; `None` where hidden.
        known: Vec<Vec<Option<u64>>>,
        m: usize,
        n: usize,
    }

    /// The extended table of exact values (cells, row totals, column totals, grand total).
    fn extended(counts: &[Vec<u64>]) -> Vec<Vec<u64>> {
        let n = counts[0].len();
        let mut ext: Vec<Vec<u64>> = counts
            .iter()
            .map(|r| r.iter().copied().chain([r.iter().sum()]).collect())
            .collect();
        ext.push((0..=n).map(|j| ext.iter().map(|r| r[j]).sum()).collect());
        ext
    }

    fn knowledge(p: &PublishedTable, counts: &[Vec<u64>]) -> Knowledge {
        let (m, n) = (counts.len(), counts[0].len());
        let exact = extended(counts);
        let published = |i: usize, j: usize| -> Cell {
            match (i == m, j == n) {
                (false, false) => p.cells()[i][j],
                (false, true) => p.row_totals()[i],
                (true, false) => p.column_totals()[j],
                (true, true) => p.grand_total(),
            }
        };
        let known = (0..=m)
            .map(|i| {
                (0..=n)
                    .map(|j| (!published(i, j).is_suppressed()).then_some(exact[i][j]))
                    .collect()
            })
            .collect();
        Knowledge { known, m, n }
    }

    /// Whether a candidate table (cells only, may be negative) agrees with everything shown.
    fn consistent(k: &Knowledge, candidate: &[Vec<i64>]) -> bool {
        let sums: Vec<Vec<i64>> = {
            let mut ext: Vec<Vec<i64>> = candidate
                .iter()
                .map(|r| r.iter().copied().chain([r.iter().sum()]).collect())
                .collect();
            ext.push((0..=k.n).map(|j| ext.iter().map(|r| r[j]).sum()).collect());
            ext
        };
        candidate.iter().flatten().all(|&v| v >= 0)
            && (0..=k.m).all(|i| {
                (0..=k.n).all(|j| k.known[i][j].is_none_or(|v| i64::try_from(v) == Ok(sums[i][j])))
            })
    }

    /// Another table agreeing with everything shown in which hidden entry `(xi, xj)` differs,
    /// found by a breadth-first search for an alternating cycle through hidden entries.
    fn witness(k: &Knowledge, counts: &[Vec<u64>], xi: usize, xj: usize) -> Option<Vec<Vec<i64>>> {
        let (m, n) = (k.m, k.n);
        let hidden = |i: usize, j: usize| k.known[i][j].is_none() && (i, j) != (xi, xj);
        let is_cell = |i: usize, j: usize| i < m && j < n;
        let value = |i: usize, j: usize| counts[i][j];
        for sign in [1i64, -1] {
            if sign == -1 && is_cell(xi, xj) && value(xi, xj) == 0 {
                continue;
            }
            // Nodes: (true, i) = row i, (false, j) = column j. An entry with change +s is
            // walked row -> column, with -s column -> row. Cells may lose 1 only if positive.
            let start = if sign == 1 { (false, xj) } else { (true, xi) };
            let goal = if sign == 1 { (true, xi) } else { (false, xj) };
            let mut parent: std::collections::HashMap<
                (bool, usize),
                ((bool, usize), (usize, usize)),
            > = std::collections::HashMap::new();
            let mut queue = VecDeque::from([start]);
            let mut found = start == goal;
            while let Some(node) = queue.pop_front() {
                if node == goal {
                    found = true;
                    break;
                }
                let steps: Vec<((bool, usize), (usize, usize))> = match node {
                    (true, i) => (0..=n)
                        .filter(|&j| hidden(i, j))
                        .map(|j| ((false, j), (i, j)))
                        .collect(),
                    (false, j) => (0..=m)
                        .filter(|&i| hidden(i, j) && (!is_cell(i, j) || value(i, j) > 0))
                        .map(|i| ((true, i), (i, j)))
                        .collect(),
                };
                for (next, entry) in steps {
                    if next != start && !parent.contains_key(&next) {
                        parent.insert(next, (node, entry));
                        queue.push_back(next);
                    }
                }
            }
            if !found {
                continue;
            }
            // Walk back from the goal, applying the alternating changes to the cells.
            let mut cand: Vec<Vec<i64>> = counts
                .iter()
                .map(|r| r.iter().map(|&v| v as i64).collect())
                .collect();
            let mut apply = |i: usize, j: usize, d: i64| {
                if is_cell(i, j) {
                    cand[i][j] += d;
                }
            };
            apply(xi, xj, sign);
            let mut node = goal;
            while node != start {
                let (prev, (i, j)) = parent[&node];
                // Row -> column steps gain 1, column -> row steps lose 1.
                apply(i, j, if prev.0 { 1 } else { -1 });
                node = prev;
            }
            return Some(cand);
        }
        None
    }

    /// Checks every rule on one table; returns a description of the first problem.
    fn audit(policy: &Policy, counts: &[Vec<u64>]) -> Result<(), String> {
        let t = table(&counts.iter().map(Vec::as_slice).collect::<Vec<_>>());
        let p = suppress_table(policy, &t);
        let (m, n) = (counts.len(), counts[0].len());
        let k = u64::from(policy.k());
        let exact = extended(counts);
        let know = knowledge(&p, counts);
        let grand = exact[m][n];
        // Threshold: every shown number is 0 or at least k; nothing is shown if the table is small.
        for i in 0..=m {
            for j in 0..=n {
                if let Some(v) = know.known[i][j] {
                    if v != 0 && v < k {
                        return Err(format!("shown {v} at ({i},{j})"));
                    }
                    if grand < k {
                        return Err(format!("shown ({i},{j}) in a table of {grand}"));
                    }
                }
            }
        }
        // A row under k is hidden whole, except zeros that a shown zero column total gives away.
        for i in 0..m {
            if exact[i][n] > 0 && exact[i][n] < k {
                for j in 0..=n {
                    if know.known[i][j].is_some() && !(j < n && know.known[m][j] == Some(0)) {
                        return Err(format!("({i},{j}) shown in a small row"));
                    }
                }
            }
        }
        // Complements: in every line with a shown total, the hidden entries add up to 0 or >= k,
        // and there are never exactly one of them.
        let mut lines: Vec<Vec<(usize, usize)>> =
            (0..=m).map(|i| (0..=n).map(|j| (i, j)).collect()).collect();
        lines.extend((0..=n).map(|j| (0..=m).map(|i| (i, j)).collect()));
        for line in &lines {
            let Some(&(ti, tj)) = line.last() else {
                continue;
            };
            if know.known[ti][tj].is_none() {
                continue;
            }
            let hidden: Vec<_> = line[..line.len() - 1]
                .iter()
                .filter(|&&(i, j)| know.known[i][j].is_none())
                .collect();
            let sum: u64 = hidden.iter().map(|&&(i, j)| exact[i][j]).sum();
            if hidden.len() == 1 || (sum != 0 && sum < k) {
                return Err(format!(
                    "line ending ({ti},{tj}): hidden {hidden:?} add to {sum}"
                ));
            }
        }
        // Nothing hidden can be worked out: each has a verified alternative table.
        for i in 0..=m {
            for j in 0..=n {
                if know.known[i][j].is_some() {
                    continue;
                }
                let Some(cand) = witness(&know, counts, i, j) else {
                    return Err(format!("hidden ({i},{j}) is determined: {know:?}"));
                };
                let cand_ext = {
                    let mut e: Vec<Vec<i64>> = cand
                        .iter()
                        .map(|r| r.iter().copied().chain([r.iter().sum()]).collect())
                        .collect();
                    e.push((0..=n).map(|jj| e.iter().map(|r| r[jj]).sum()).collect());
                    e
                };
                if !consistent(&know, &cand) || cand_ext[i][j] == exact[i][j] as i64 {
                    return Err(format!("bad witness for ({i},{j}): {cand:?}"));
                }
            }
        }
        // Rounding and percentages.
        let base = u64::from(policy.round_to());
        for i in 0..=m {
            for j in 0..=n {
                let cell = match (i == m, j == n) {
                    (false, false) => p.cells()[i][j],
                    (false, true) => p.row_totals()[i],
                    (true, false) => p.column_totals()[j],
                    (true, true) => p.grand_total(),
                };
                let Cell::Shown {
                    count,
                    percent: pct,
                } = cell
                else {
                    continue;
                };
                let v = exact[i][j];
                if count % base != 0 || count.abs_diff(v) * 2 > base {
                    return Err(format!("({i},{j}) = {v} shown as {count}"));
                }
                let denominator = match (i == m, j == n) {
                    (false, false) => Some((i, n)),
                    (true, false) => Some((m, n)),
                    _ => None,
                };
                let expected = denominator.and_then(|(di, dj)| {
                    know.known[di][dj]
                        .filter(|&d| d > 0)
                        .map(|d| ((200 * v + d) / (2 * d)) as u8)
                });
                if pct != expected {
                    return Err(format!("({i},{j}) percent {pct:?}, expected {expected:?}"));
                }
            }
        }
        Ok(())
    }

    /// For each hidden entry (row by row), whether it takes at least two values over every table
    /// agreeing with what is shown, found by enumerating them (small tables only).
    fn brute_force_varies(know: &Knowledge, exact: &[Vec<u64>]) -> Vec<bool> {
        struct Search<'a> {
            know: &'a Knowledge,
            cap: i64,
            cand: Vec<Vec<i64>>,
            open: Vec<Vec<bool>>,
            entries: Vec<(usize, usize)>,
            seen: Vec<Option<i64>>,
            varies: Vec<bool>,
        }
        impl Search<'_> {
            /// The cells of each line with a shown total, and that total.
            fn lines(&self) -> Vec<(Vec<(usize, usize)>, i64)> {
                let (m, n, k) = (self.know.m, self.know.n, &self.know.known);
                let mut out = Vec::new();
                for i in 0..m {
                    if let Some(t) = k[i][n] {
                        out.push(((0..n).map(|j| (i, j)).collect(), t as i64));
                    }
                }
                for j in 0..n {
                    if let Some(t) = k[m][j] {
                        out.push(((0..m).map(|i| (i, j)).collect(), t as i64));
                    }
                }
                if let Some(t) = k[m][n] {
                    out.push((
                        (0..m).flat_map(|i| (0..n).map(move |j| (i, j))).collect(),
                        t as i64,
                    ));
                }
                out
            }

            fn go(&mut self) {
                if self.varies.iter().all(|v| *v) {
                    return;
                }
                let mut forced = None;
                let mut cap = self.cap;
                let next = (0..self.know.m)
                    .flat_map(|i| (0..self.know.n).map(move |j| (i, j)))
                    .find(|&(i, j)| self.open[i][j]);
                for (cells, total) in self.lines() {
                    let rest = total - cells.iter().map(|&(i, j)| self.cand[i][j]).sum::<i64>();
                    let open: Vec<_> = cells.iter().filter(|&&(i, j)| self.open[i][j]).collect();
                    if rest < 0 || (open.is_empty() && rest != 0) {
                        return;
                    }
                    if open.len() == 1 {
                        forced = Some((*open[0], rest));
                    }
                    if next.is_some_and(|c| cells.contains(&c)) {
                        cap = cap.min(rest);
                    }
                }
                let (cell, values) = match (forced, next) {
                    (Some((c, v)), _) => (c, v..=v),
                    (None, Some(c)) => (c, 0..=cap),
                    (None, None) => return self.record(),
                };
                self.open[cell.0][cell.1] = false;
                for v in values {
                    self.cand[cell.0][cell.1] = v;
                    self.go();
                }
                self.cand[cell.0][cell.1] = 0;
                self.open[cell.0][cell.1] = true;
            }

            fn record(&mut self) {
                let n = self.know.n;
                let mut ext: Vec<Vec<i64>> = self
                    .cand
                    .iter()
                    .map(|r| r.iter().copied().chain([r.iter().sum()]).collect())
                    .collect();
                ext.push((0..=n).map(|j| ext.iter().map(|r| r[j]).sum()).collect());
                assert!(consistent(self.know, &self.cand));
                for (e, &(i, j)) in self.entries.iter().enumerate() {
                    match self.seen[e] {
                        None => self.seen[e] = Some(ext[i][j]),
                        Some(v) if v != ext[i][j] => self.varies[e] = true,
                        Some(_) => {}
                    }
                }
            }
        }
        let (m, n) = (know.m, know.n);
        let entries: Vec<(usize, usize)> = (0..=m)
            .flat_map(|i| (0..=n).map(move |j| (i, j)))
            .filter(|&(i, j)| know.known[i][j].is_none())
            .collect();
        let mut search = Search {
            know,
            cap: exact[m][n] as i64 + 1,
            cand: (0..m)
                .map(|i| {
                    (0..n)
                        .map(|j| know.known[i][j].map_or(0, |v| v as i64))
                        .collect()
                })
                .collect(),
            open: (0..m)
                .map(|i| (0..n).map(|j| know.known[i][j].is_none()).collect())
                .collect(),
            seen: vec![None; entries.len()],
            varies: vec![false; entries.len()],
            entries,
        };
        search.go();
        search.varies
    }

    #[test]
    fn audit_finds_a_determined_cell_in_a_bad_pattern() {
        // Only one cell hidden in a row with a shown total: the witness search must fail.
        let counts = vec![vec![3u64, 20], vec![20, 20]];
        let exact = extended(&counts);
        let mut known: Vec<Vec<Option<u64>>> = exact
            .iter()
            .map(|r| r.iter().map(|&v| Some(v)).collect())
            .collect();
        known[0][0] = None;
        let know = Knowledge { known, m: 2, n: 2 };
        assert!(witness(&know, &counts, 0, 0).is_none());
        assert_eq!(brute_force_varies(&know, &exact), vec![false]);
        // Hiding the 2x2 block makes every cell undetermined.
        let mut known = know.known.clone();
        for (i, j) in [(0, 1), (1, 0), (1, 1)] {
            known[i][j] = None;
        }
        let know = Knowledge { known, m: 2, n: 2 };
        assert!(witness(&know, &counts, 0, 0).is_some());
        assert!(brute_force_varies(&know, &exact).iter().all(|v| *v));
    }

    fn small_count() -> impl Strategy<Value = u64> {
        prop_oneof![4 => 0u64..5, 3 => 0u64..12, 2 => 0u64..25, 1 => 0u64..=60]
    }

    fn any_table() -> impl Strategy<Value = Vec<Vec<u64>>> {
        (1usize..=6, 2usize..=6).prop_flat_map(|(m, n)| {
            proptest::collection::vec(proptest::collection::vec(small_count(), n), m)
        })
    }

    fn any_policy() -> impl Strategy<Value = Policy> {
        (
            prop_oneof![3 => Just(10u32), 1 => 5u32..=20],
            prop_oneof![Just(1u32), Just(5), Just(10)],
        )
            .prop_map(|(k, r)| policy(k, r))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn published_tables_follow_every_rule(counts in any_table(), policy in any_policy()) {
            if let Err(problem) = audit(&policy, &counts) {
                return Err(TestCaseError::fail(format!("{problem}\ncounts: {counts:?}")));
            }
        }
    }

    fn tiny_table() -> impl Strategy<Value = Vec<Vec<u64>>> {
        (2usize..=3, 2usize..=3).prop_flat_map(|(m, n)| {
            proptest::collection::vec(
                proptest::collection::vec(prop_oneof![2 => 0u64..4, 1 => 0u64..9], n),
                m,
            )
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// The cycle search (the test's and the module's) agrees with brute force on arbitrary
        /// hidden patterns, so "no cycle" really means "determined" and vice versa.
        #[test]
        fn cycle_search_matches_brute_force_on_any_pattern(
            (counts, mask) in tiny_table().prop_flat_map(|c| {
                let cells = (c.len() + 1) * (c[0].len() + 1);
                (Just(c), proptest::collection::vec(prop::bool::weighted(0.4), cells))
            })
        ) {
            let (m, n) = (counts.len(), counts[0].len());
            let exact = extended(&counts);
            let known: Vec<Vec<Option<u64>>> = (0..=m)
                .map(|i| (0..=n).map(|j| (!mask[i * (n + 1) + j]).then_some(exact[i][j])).collect())
                .collect();
            let know = Knowledge { known, m, n };
            let brute = brute_force_varies(&know, &exact);
            let Some(mut grid) = Grid::new(&counts) else { return Err(TestCaseError::fail("sum")) };
            grid.hidden = mask.clone();
            let hidden: Vec<(usize, usize)> = (0..=m)
                .flat_map(|i| (0..=n).map(move |j| (i, j)))
                .filter(|&(i, j)| mask[i * (n + 1) + j])
                .collect();
            for (e, &(i, j)) in hidden.iter().enumerate() {
                prop_assert_eq!(witness(&know, &counts, i, j).is_some(), brute[e], "witness at ({},{})", i, j);
                prop_assert_eq!(grid.can_change(grid.at(i, j)), brute[e], "module at ({},{})", i, j);
            }
        }

        #[test]
        fn brute_force_agrees_nothing_hidden_is_determined(counts in tiny_table(), k in 5u32..=8) {
            let t = table(&counts.iter().map(Vec::as_slice).collect::<Vec<_>>());
            let p = suppress_table(&policy(k, 1), &t);
            let know = knowledge(&p, &counts);
            prop_assert!(brute_force_varies(&know, &extended(&counts)).iter().all(|v| *v), "{:?}", know);
        }

        #[test]
        fn distributions_follow_the_rules(
            counts in proptest::collection::vec(small_count(), 1..=8),
            policy in any_policy(),
        ) {
            let d = suppress_distribution(&policy, &counts);
            let k = u64::from(policy.k());
            let total: u64 = counts.iter().sum();
            prop_assert_eq!(d.cells().len(), counts.len());
            let hidden: Vec<u64> = counts.iter().zip(d.cells()).filter(|(_, c)| c.is_suppressed()).map(|(v, _)| *v).collect();
            for (&v, cell) in counts.iter().zip(d.cells()) {
                if let Cell::Shown { percent, .. } = cell {
                    prop_assert!(v == 0 || v >= k);
                    prop_assert!(total >= k);
                    let expected = (!d.total().is_suppressed() && total > 0).then(|| ((200 * v + total) / (2 * total)) as u8);
                    prop_assert_eq!(*percent, expected);
                }
            }
            if d.total().is_suppressed() {
                prop_assert!(total < k || hidden.len() == counts.len());
            } else {
                prop_assert!(total >= k);
                prop_assert!(hidden.len() != 1);
                let sum: u64 = hidden.iter().sum();
                prop_assert!(sum == 0 || sum >= k);
            }
        }
    }
}
