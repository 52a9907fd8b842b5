//! Small-number suppression: every number shown about anonymous survey answers passes through here.
//!
//! **Why.** Someone who knows a child can often pick them out of a small table. Care Voice's
//! rules (`surveys-and-privacy.md`, "Small numbers") follow the Department for Education, which
//! hides small counts and then a second cell so the first cannot be worked out, and NHS Digital,
//! which also rounds to 5:
//!
//! 1. **Threshold.** Every shown cell or total is 0 or at least `k` young people (default 10;
//!    a council may raise it, never below [`MIN_K`] = 5).
//! 2. **Complements.** In every row or column whose total is shown, the hidden cells add up to 0
//!    or at least `k`, so "total minus shown cells" never gives a small number either.
//! 3. **Secondary suppression.** When a cell is hidden, more cells (the smallest) are hidden
//!    until no hidden number can be worked out: each can take at least two values in tables
//!    that agree with everything shown. A row whose total is below `k` is hidden whole.
//! 4. **Rounding and percentages.** Suppression is decided on exact counts; only then are shown
//!    counts rounded to the nearest multiple of the base (halves up; default 5). A percentage is
//!    given only when its count and its denominator are both shown; it is worked out from the
//!    exact counts and rounded to a whole number.
//!
//! **Attacker model.** Assume the worst: someone knows the *exact* value of every shown number
//! (percentages from exact counts can give them away, so rounding is only a second line of
//! defence), how rows and columns add up, and that counts are never negative. Rules 1 to 3 hold
//! against that person; the tests check this with an independent solver.
//!
//! **Zeros.** A true zero is shown when the whole table has at least `k` young people and the
//! zero's row is shown: "nobody chose this" then says nothing about one person. If the whole
//! table has fewer than `k`, everything is hidden, zeros too. In a row hidden because its total
//! is small, zeros are hidden too (they would show what everyone in that small group did not
//! answer), unless a shown column total of 0 already says so. A shown row where everyone gave
//! the same answer is shown (100%), as in published DfE and NHS statistics.
//!
//! **Table shape.** One row per question or group, one column per answer option; each young
//! person is counted at most once in a row, so row totals count young people. When rows are
//! different questions answered by the same young people, column totals and the grand total
//! count *answers*; do not display them. They are still treated as published here, which only
//! hides more.
//!
//! **Not covered.** Comparing two tables (differencing across filters) is the caller's job:
//! allow only coarse filters, never two small ones crossed. Pure: no I/O, clock or global state.

use std::collections::VecDeque;
use std::fmt;

use serde::{Deserialize, Serialize};

/// The lowest threshold a council may choose.
pub const MIN_K: u32 = 5;

/// The translation key for a hidden number (the page says e.g. "hidden: fewer than 10, or to protect another number").
pub const SUPPRESSED_KEY: &str = "stats-suppressed";

/// How strict to be: the threshold `k` and the rounding base (only [`Policy::new`] makes one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    k: u32,
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
                write!(f, "the threshold must be at least {MIN_K}, not {k}")
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
        /// The whole-number percentage of its denominator, from exact counts.
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
        self.is_suppressed().then_some(SUPPRESSED_KEY)
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
    row_labels: Vec<String>,
    column_labels: Vec<String>,
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
        if counts
            .iter()
            .flatten()
            .try_fold(0u64, |a, &c| a.checked_add(c))
            .is_none()
        {
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
    k: u32,
    row_labels: Vec<String>,
    column_labels: Vec<String>,
    cells: Vec<Vec<Cell>>,
    row_totals: Vec<Cell>,
    column_totals: Vec<Cell>,
    grand_total: Cell,
}

impl PublishedTable {
    /// The threshold used (for wording such as "fewer than 10").
    pub fn k(&self) -> u32 {
        self.k
    }

    /// The row labels.
    pub fn row_labels(&self) -> &[String] {
        &self.row_labels
    }

    /// The column labels.
    pub fn column_labels(&self) -> &[String] {
        &self.column_labels
    }

    /// The cells, `cells()[row][column]`, with percentages of their row total.
    pub fn cells(&self) -> &[Vec<Cell>] {
        &self.cells
    }

    /// The row totals (young people who answered the question, or in the group); no percentages.
    pub fn row_totals(&self) -> &[Cell] {
        &self.row_totals
    }

    /// The column totals, with percentages of the grand total.
    pub fn column_totals(&self) -> &[Cell] {
        &self.column_totals
    }

    /// The grand total; no percentage.
    pub fn grand_total(&self) -> Cell {
        self.grand_total
    }
}

/// One question's answers, safe to show: a cell per answer option and the total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedDistribution {
    k: u32,
    cells: Vec<Cell>,
    total: Cell,
}

impl PublishedDistribution {
    /// The threshold used (for wording such as "fewer than 10").
    pub fn k(&self) -> u32 {
        self.k
    }

    /// A cell per answer option, with percentages of the total.
    pub fn cells(&self) -> &[Cell] {
        &self.cells
    }

    /// The number who answered; no percentage.
    pub fn total(&self) -> Cell {
        self.total
    }
}

/// Applies the rules to a table: threshold, complements, secondary suppression, then rounding and percentages.
pub fn suppress_table(policy: &Policy, table: &CountTable) -> PublishedTable {
    let g = Grid::suppressed(policy, &table.counts, table.column_labels.len());
    let (m, n) = (g.m, g.n);
    let base = u64::from(policy.round_to);
    let show = |i, j, denominator| g.publish(g.at(i, j), denominator, base);
    PublishedTable {
        k: policy.k,
        row_labels: table.row_labels.clone(),
        column_labels: table.column_labels.clone(),
        cells: (0..m)
            .map(|i| (0..n).map(|j| show(i, j, Some(g.at(i, n)))).collect())
            .collect(),
        row_totals: (0..m).map(|i| show(i, n, None)).collect(),
        column_totals: (0..n).map(|j| show(m, j, Some(g.at(m, n)))).collect(),
        grand_total: show(m, n, None),
    }
}

/// Applies the rules to one question's answer counts (a one-row table).
pub fn suppress_distribution(policy: &Policy, counts: &[u64]) -> PublishedDistribution {
    let g = Grid::suppressed(policy, &[counts.to_vec()], counts.len());
    let base = u64::from(policy.round_to);
    PublishedDistribution {
        k: policy.k,
        cells: (0..g.n)
            .map(|j| g.publish(g.at(0, j), Some(g.at(0, g.n)), base))
            .collect(),
        total: g.publish(g.at(0, g.n), None, base),
    }
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

/// The extended table: `m + 1` rows by `n + 1` columns, the last row and column holding totals.
///
/// In every row and column of it, the other entries add up to the last one: this includes the
/// last row (column totals add up to the grand total) and the last column (row totals do).
struct Grid {
    m: usize,
    n: usize,
    /// Exact values, row by row.
    value: Vec<u64>,
    /// Which entries are hidden.
    hidden: Vec<bool>,
}

impl Grid {
    /// The extended table of `counts` (`n` columns) with the rules applied; all hidden if it cannot be added up.
    fn suppressed(policy: &Policy, counts: &[Vec<u64>], n: usize) -> Grid {
        let m = counts.len();
        let w = n + 1;
        let mut value = vec![0u64; (m + 1) * w];
        let mut fits = n > 0 && counts.iter().all(|row| row.len() == n);
        for (i, row) in counts.iter().enumerate() {
            for (j, &c) in row.iter().enumerate().take(n) {
                value[i * w + j] = c;
                for e in [i * w + n, m * w + j, m * w + n] {
                    fits &= value[e].checked_add(c).map(|v| value[e] = v).is_some();
                }
            }
        }
        let mut grid = Grid {
            m,
            n,
            hidden: vec![!fits; value.len()],
            value,
        };
        if fits {
            grid.suppress(u64::from(policy.k));
        }
        grid
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

    /// Every row and column of the extended table, as (its other entries, its last entry).
    fn lines(&self) -> Vec<(Vec<usize>, usize)> {
        let (m, n) = (self.m, self.n);
        let rows = (0..=m).map(|i| ((0..n).map(|j| self.at(i, j)).collect(), self.at(i, n)));
        let cols = (0..=n).map(|j| ((0..m).map(|i| self.at(i, j)).collect(), self.at(m, j)));
        rows.chain(cols).collect()
    }

    /// A zero that a shown zero total already gives away: never worth hiding.
    fn pinned(&self, e: usize) -> bool {
        let (i, j) = self.coords(e);
        self.value[e] == 0
            && (self.value[self.at(i, self.n)] == 0 || self.value[self.at(self.m, j)] == 0)
    }

    /// Whether the row and the column through `e` both have something else hidden.
    fn both_lines_hidden(&self, e: usize) -> bool {
        let (i, j) = self.coords(e);
        let row = (0..=self.n).any(|jj| jj != j && self.hidden[self.at(i, jj)]);
        row && (0..=self.m).any(|ii| ii != i && self.hidden[self.at(ii, j)])
    }

    /// The shown entry among `candidates` to hide next: the smallest (non-zero if asked), then
    /// one that completes a rectangle of hidden entries, then the first.
    fn pick(&self, candidates: &[usize], nonzero: bool) -> Option<usize> {
        candidates
            .iter()
            .copied()
            .filter(|&e| !self.hidden[e] && !self.pinned(e) && (!nonzero || self.value[e] > 0))
            .min_by_key(|&e| (self.value[e], !self.both_lines_hidden(e), e))
    }

    /// Primary suppression, then the line rules and the audit until both hold.
    fn suppress(&mut self, k: u64) {
        let (m, n) = (self.m, self.n);
        if self.value[self.at(m, n)] < k {
            self.hidden.fill(true);
            return;
        }
        for e in 0..self.value.len() {
            let (i, j) = self.coords(e);
            if self.value[e] > 0 && self.value[e] < k {
                self.hidden[e] = true;
                if j == n {
                    // A small row is hidden whole, except zeros a shown zero total gives away.
                    for jj in 0..n {
                        let cell = self.at(i, jj);
                        self.hidden[cell] = !self.pinned(cell);
                    }
                }
            }
        }
        // Each round hides one more entry, so this ends; with all hidden, nothing is determined.
        for _ in 0..=self.value.len() {
            self.apply_line_rules(k);
            match (0..self.value.len()).find(|&e| self.hidden[e] && !self.can_change(e)) {
                None => return,
                Some(e) => self.protect(e),
            }
        }
        self.hidden.fill(true);
    }

    /// Hides entries until each line with a shown total has no hidden cells or at least two
    /// adding up to at least `k`, and each line with a hidden total has a hidden cell.
    fn apply_line_rules(&mut self, k: u64) {
        let lines = self.lines();
        let mut changed = true;
        while changed {
            changed = false;
            for (cells, total) in &lines {
                let hidden: Vec<u64> = cells
                    .iter()
                    .filter(|&&c| self.hidden[c])
                    .map(|&c| self.value[c])
                    .collect();
                let small = hidden.iter().map(|&v| u128::from(v)).sum::<u128>() < u128::from(k);
                let fix = if self.hidden[*total] {
                    if hidden.is_empty() {
                        self.pick(cells, false)
                    } else {
                        None
                    }
                } else if hidden.is_empty() || (hidden.len() >= 2 && !small) {
                    None
                } else {
                    small
                        .then(|| self.pick(cells, true))
                        .flatten()
                        .or_else(|| self.pick(cells, false))
                        .or_else(|| (!self.pinned(*total)).then_some(*total))
                };
                if let Some(e) = fix {
                    self.hidden[e] = true;
                    changed = true;
                }
            }
        }
    }

    /// Hides one more entry because hidden entry `e` can still be worked out: the smallest
    /// shown cell in its row or column, else a total there, else the smallest shown anywhere.
    fn protect(&mut self, e: usize) {
        let (i, j) = self.coords(e);
        let near = (0..=self.n)
            .map(|jj| self.at(i, jj))
            .chain((0..=self.m).map(|ii| self.at(ii, j)));
        let open = |x: &usize| !self.hidden[*x] && !self.pinned(*x);
        let choice = near
            .filter(open)
            .min_by_key(|&x| (self.is_total(x), self.value[x], x))
            .or_else(|| {
                (0..self.value.len())
                    .filter(open)
                    .min_by_key(|&x| (self.value[x], x))
            });
        if let Some(x) = choice {
            self.hidden[x] = true;
        }
    }

    /// Whether hidden entry `x` can differ in another table that agrees with everything shown.
    ///
    /// Changes that keep every row and column adding up are sums of alternating cycles through
    /// hidden entries, so `x` can change exactly when a cycle through it can be applied without
    /// making a cell negative (totals follow their cells, so they may go either way). Rows are
    /// nodes `0..=m`, columns `m+1..`; a hidden entry `(i, j)` is a step from row `i` to column
    /// `j` (it gains 1) and, if it can lose 1, from column `j` to row `i`.
    fn can_change(&self, x: usize) -> bool {
        let (i, j) = self.coords(x);
        let col = self.m + 1 + j;
        self.path_exists(x, col, i) || (self.can_lose(x) && self.path_exists(x, i, col))
    }

    /// Whether hidden entry `e` can lose 1 without going negative.
    fn can_lose(&self, e: usize) -> bool {
        self.is_total(e) || self.value[e] > 0
    }

    /// Breadth-first search for a path of steps (see [`Grid::can_change`]) that avoids entry `x`.
    fn path_exists(&self, x: usize, from: usize, to: usize) -> bool {
        let rows = self.m + 1;
        let mut seen = vec![false; rows + self.n + 1];
        let mut queue = VecDeque::from([from]);
        seen[from] = true;
        while let Some(node) = queue.pop_front() {
            if node == to {
                return true;
            }
            let next: Vec<(usize, usize)> = if node < rows {
                (0..=self.n)
                    .map(|jj| (self.at(node, jj), rows + jj))
                    .collect()
            } else {
                (0..rows).map(|ii| (self.at(ii, node - rows), ii)).collect()
            };
            for (e, step) in next {
                let allowed = e != x && self.hidden[e] && (node < rows || self.can_lose(e));
                if allowed && !seen[step] {
                    seen[step] = true;
                    queue.push_back(step);
                }
            }
        }
        false
    }

    /// The published form of entry `e`, with a percentage of entry `denominator` if that is shown.
    fn publish(&self, e: usize, denominator: Option<usize>, base: u64) -> Cell {
        if self.hidden[e] {
            return Cell::Suppressed;
        }
        let percent = denominator
            .filter(|&d| !self.hidden[d])
            .and_then(|d| percent(self.value[e], self.value[d]));
        Cell::Shown {
            count: round_to_base(self.value[e], base),
            percent,
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::needless_range_loop)] // the checks index rows and columns on purpose

    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

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

    /// A row (`true`, i) or column (`false`, j) of the extended table.
    type Node = (bool, usize);

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
            let mut parent: HashMap<Node, (Node, (usize, usize))> = HashMap::new();
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
    /// agreeing with what is shown, found by enumerating them; `None` if that would take too long.
    fn brute_force_varies(know: &Knowledge, exact: &[Vec<u64>]) -> Option<Vec<bool>> {
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
        // Bound the work: the product of each hidden cell's range.
        let work = (0..m)
            .flat_map(|i| (0..n).map(move |j| (i, j)))
            .filter(|&(i, j)| know.known[i][j].is_none())
            .map(|(i, j)| {
                let top = [know.known[i][n], know.known[m][j], know.known[m][n]];
                top.into_iter().flatten().min().unwrap_or(exact[m][n] + 1) + 1
            })
            .try_fold(1u64, u64::checked_mul);
        if work.is_none_or(|w| w > 300_000) {
            return None;
        }
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
        Some(search.varies)
    }

    #[test]
    fn audit_finds_a_determined_cell_in_a_bad_pattern() {
        // Only one cell hidden in a row with a shown total: the witness search must fail.
        let counts = vec![vec![3u64, 7], vec![7, 7]];
        let exact = extended(&counts);
        let mut known: Vec<Vec<Option<u64>>> = exact
            .iter()
            .map(|r| r.iter().map(|&v| Some(v)).collect())
            .collect();
        known[0][0] = None;
        let know = Knowledge { known, m: 2, n: 2 };
        assert!(witness(&know, &counts, 0, 0).is_none());
        assert_eq!(brute_force_varies(&know, &exact), Some(vec![false]));
        // Hiding the 2x2 block makes every cell undetermined.
        let mut known = know.known.clone();
        for (i, j) in [(0, 1), (1, 0), (1, 1)] {
            known[i][j] = None;
        }
        let know = Knowledge { known, m: 2, n: 2 };
        assert!(witness(&know, &counts, 0, 0).is_some());
        assert_eq!(brute_force_varies(&know, &exact), Some(vec![true; 4]));
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
        #![proptest_config(ProptestConfig::with_cases(2000))]

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
            let Some(brute) = brute_force_varies(&know, &exact) else { return Ok(()) };
            let mut grid = Grid::suppressed(&Policy::default(), &counts, n);
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
            if let Some(varies) = brute_force_varies(&know, &extended(&counts)) {
                prop_assert!(varies.iter().all(|v| *v), "{:?}", know);
            }
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
