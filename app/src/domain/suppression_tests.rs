//! Tests of `domain::suppression`.
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
    audit_published(policy, counts, &suppress_table(policy, &t))
}

/// Checks every rule on a published form of `counts`.
fn audit_published(policy: &Policy, counts: &[Vec<u64>], p: &PublishedTable) -> Result<(), String> {
    let (m, n) = (counts.len(), counts[0].len());
    let k = u64::from(policy.k());
    let exact = extended(counts);
    let know = knowledge(p, counts);
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// A breakdown by group follows every rule of a table, and its margin (everyone's
    /// numbers) is published exactly as the unfiltered view publishes it.
    #[test]
    fn breakdowns_follow_every_rule_and_match_the_unfiltered_view(counts in any_table(), policy in any_policy()) {
        let t = table(&counts.iter().map(Vec::as_slice).collect::<Vec<_>>());
        let (everyone, p) = suppress_breakdown(&policy, &t);
        let n = counts[0].len();
        let sums: Vec<u64> = (0..n).map(|j| counts.iter().map(|r| r[j]).sum()).collect();
        prop_assert_eq!(&everyone, &suppress_distribution(&policy, &sums));
        prop_assert_eq!(p.column_totals(), everyone.cells());
        prop_assert_eq!(p.grand_total(), everyone.total());
        if let Err(problem) = audit_published(&policy, &counts, &p) {
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
