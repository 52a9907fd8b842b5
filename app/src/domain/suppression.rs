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
    published_table(policy, table, &g)
}

fn published_table(policy: &Policy, table: &CountTable, g: &Grid) -> PublishedTable {
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

/// Applies the rules to a breakdown of one question by group: rows are groups that between
/// them hold everyone (so each column adds up to everyone's count for that answer).
///
/// Returns everyone's distribution, exactly as [`suppress_distribution`] publishes it, and the
/// table of groups, whose column totals and grand total are shown or hidden exactly as in that
/// distribution and never otherwise. So a filtered view and the unfiltered one come from one
/// set of decisions: subtracting one view from another (differencing) meets the same
/// secondary suppression as the table itself.
pub fn suppress_breakdown(policy: &Policy, table: &CountTable) -> (PublishedDistribution, PublishedTable) {
    let n = table.column_labels.len();
    let sums: Vec<u64> = (0..n).map(|j| table.counts.iter().map(|r| r[j]).sum()).collect();
    let everyone = suppress_distribution(policy, &sums);
    let margin: Vec<bool> = everyone
        .cells
        .iter()
        .chain([&everyone.total])
        .map(Cell::is_suppressed)
        .collect();
    let g = Grid::suppressed_within(policy, &table.counts, n, Some(&margin));
    (everyone, published_table(policy, table, &g))
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
    /// Entries whose hidden or shown state was decided elsewhere and must not change.
    fixed: Vec<bool>,
}

impl Grid {
    /// The extended table of `counts` (`n` columns) with the rules applied; all hidden if it cannot be added up.
    fn suppressed(policy: &Policy, counts: &[Vec<u64>], n: usize) -> Grid {
        Grid::suppressed_within(policy, counts, n, None)
    }

    /// As [`Grid::suppressed`], but with the last row (column totals and grand total) hidden
    /// exactly where `margin` says (`n + 1` entries) and never changed.
    fn suppressed_within(policy: &Policy, counts: &[Vec<u64>], n: usize, margin: Option<&[bool]>) -> Grid {
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
            fixed: vec![false; value.len()],
            value,
        };
        if let Some(margin) = margin.filter(|mg| fits && mg.len() == n + 1) {
            for (j, &h) in margin.iter().enumerate() {
                let e = grid.at(m, j);
                grid.hidden[e] = h;
                grid.fixed[e] = true;
            }
        }
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
            .filter(|&e| !self.hidden[e] && !self.fixed[e] && !self.pinned(e) && (!nonzero || self.value[e] > 0))
            .min_by_key(|&e| (self.value[e], !self.both_lines_hidden(e), e))
    }

    /// Primary suppression, then the line rules and the audit until both hold.
    fn suppress(&mut self, k: u64) {
        let (m, n) = (self.m, self.n);
        if self.value[self.at(m, n)] < k {
            self.hide_all_open();
            return;
        }
        for e in 0..self.value.len() {
            let (i, j) = self.coords(e);
            if !self.fixed[e] && self.value[e] > 0 && self.value[e] < k {
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
        self.hide_all_open();
    }

    /// Hides every entry not fixed from outside.
    fn hide_all_open(&mut self) {
        for (h, f) in self.hidden.iter_mut().zip(&self.fixed) {
            *h |= !f;
        }
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
                        .or_else(|| (!self.pinned(*total) && !self.fixed[*total]).then_some(*total))
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
        let open = |x: &usize| !self.hidden[*x] && !self.fixed[*x] && !self.pinned(*x);
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
#[path = "suppression_tests.rs"]
mod tests;
