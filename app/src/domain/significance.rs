//! Whether a question's answers changed between two survey rounds by more than chance: the one
//! test the dashboard uses, kept here so it is written and checked once.
//!
//! **The test.** Pearson's chi-squared test of homogeneity on the 2 × C table of counts (the
//! previous round's answers and this round's, one column per answer category), without
//! continuity correction, at the 5% level: "significant" means that if young people's views
//! had not changed, a difference this large would turn up by chance less than 1 time in 20.
//!
//! **When it is not run.** Categories nobody chose in either round are dropped. The test needs
//! at least two categories left and every expected count at least 5 (Cochran's rule); smaller
//! tables give [`Comparison::TooFew`] rather than a misleading answer. The dashboard also runs it
//! only when every count in both rounds is shown (not suppressed): the flag is then worked out
//! from numbers the page already publishes, so it cannot reveal a hidden one.
//!
//! **Caution for readers.** With about 25 questions a round, one or two "significant" flags can
//! appear by chance alone; the page says so.

use statrs::distribution::{ChiSquared, ContinuousCDF};

/// The level below which a change is called significant.
pub const ALPHA: f64 = 0.05;

/// The smallest expected count for the test to be run.
pub const MIN_EXPECTED: f64 = 5.0;

/// The result of comparing two rounds' counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Comparison {
    /// The test was run.
    Tested {
        /// The chi-squared statistic.
        statistic: f64,
        /// Degrees of freedom (categories used minus one).
        df: u32,
        /// The p-value.
        p: f64,
    },
    /// Too few answers (or categories) for the test to mean anything.
    TooFew,
}

impl Comparison {
    /// Whether the change is significant at [`ALPHA`].
    pub fn significant(&self) -> bool {
        matches!(self, Comparison::Tested { p, .. } if *p < ALPHA)
    }
}

/// Compares the counts of two rounds, category by category (`before[i]` and `after[i]` are the
/// same answer). Slices of different lengths are compared over the shorter.
pub fn compare(before: &[u64], after: &[u64]) -> Comparison {
    let columns: Vec<(f64, f64)> = before
        .iter()
        .zip(after)
        .filter(|(b, a)| **b + **a > 0)
        .map(|(b, a)| (*b as f64, *a as f64))
        .collect();
    let (rb, ra): (f64, f64) = columns.iter().fold((0.0, 0.0), |(x, y), (b, a)| (x + b, y + a));
    let total = rb + ra;
    if columns.len() < 2 || rb == 0.0 || ra == 0.0 {
        return Comparison::TooFew;
    }
    let mut statistic = 0.0;
    for (b, a) in &columns {
        let column = b + a;
        for (observed, row) in [(b, rb), (a, ra)] {
            let expected = row * column / total;
            if expected < MIN_EXPECTED {
                return Comparison::TooFew;
            }
            statistic += (observed - expected).powi(2) / expected;
        }
    }
    let df = columns.len() as u32 - 1;
    let p = match ChiSquared::new(f64::from(df)) {
        Ok(dist) => dist.sf(statistic),
        Err(_) => return Comparison::TooFew,
    };
    Comparison::Tested { statistic, df, p }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tested(c: Comparison) -> (f64, u32, f64) {
        match c {
            Comparison::Tested { statistic, df, p } => (statistic, df, p),
            Comparison::TooFew => panic!("not tested"),
        }
    }

    #[test]
    fn a_worked_two_by_two_example() {
        // Expected 15 in every cell; statistic 4 × 25 / 15 = 6.667 on 1 df: p = 0.0098.
        let (stat, df, p) = tested(compare(&[10, 20], &[20, 10]));
        assert!((stat - 20.0 / 3.0).abs() < 1e-9);
        assert_eq!(df, 1);
        assert!((p - 0.009_823).abs() < 1e-5, "{p}");
        assert!(compare(&[10, 20], &[20, 10]).significant());
    }

    #[test]
    fn a_worked_three_category_example_matches_published_tables() {
        // 2 × 3, statistic 5.991 is the 5% point of chi-squared on 2 df.
        // Rows (40, 30, 30) and (20, 40, 40): expected (30, 35, 35) for both rows;
        // statistic = 2 × (100/30 + 25/35 + 25/35) = 9.524; p = 0.00855.
        let (stat, df, p) = tested(compare(&[40, 30, 30], &[20, 40, 40]));
        assert_eq!(df, 2);
        assert!((stat - 9.523_809).abs() < 1e-5, "{stat}");
        assert!((p - (-stat / 2.0).exp()).abs() < 1e-9, "on 2 df, p = exp(-x/2): {p}");
    }

    #[test]
    fn the_same_shares_are_never_significant() {
        let (stat, _, p) = tested(compare(&[20, 30, 50], &[40, 60, 100]));
        assert!(stat.abs() < 1e-12);
        assert!((p - 1.0).abs() < 1e-12);
        assert!(!compare(&[20, 30, 50], &[40, 60, 100]).significant());
    }

    #[test]
    fn the_same_change_is_significant_only_with_enough_young_people() {
        // 60% to 40% saying "yes": not significant with 20 a round, significant with 200.
        assert!(!compare(&[12, 8], &[8, 12]).significant());
        assert!(compare(&[120, 80], &[80, 120]).significant());
    }

    #[test]
    fn small_expected_counts_and_empty_rounds_are_not_tested() {
        assert_eq!(compare(&[3, 1], &[1, 3]), Comparison::TooFew);
        assert_eq!(compare(&[0, 0], &[10, 20]), Comparison::TooFew);
        assert_eq!(compare(&[30], &[20]), Comparison::TooFew);
        assert_eq!(compare(&[], &[]), Comparison::TooFew);
        // One category with a tiny expected count stops the test even if the rest are large.
        assert_eq!(compare(&[100, 100, 1], &[100, 100, 2]), Comparison::TooFew);
    }

    #[test]
    fn categories_nobody_chose_are_dropped_not_counted() {
        let with_empty = tested(compare(&[10, 0, 20], &[20, 0, 10]));
        let without = tested(compare(&[10, 20], &[20, 10]));
        assert_eq!(with_empty, without);
    }

    #[test]
    fn the_order_of_the_rounds_does_not_matter() {
        let a = tested(compare(&[25, 40, 35], &[45, 30, 25]));
        let b = tested(compare(&[45, 30, 25], &[25, 40, 35]));
        assert!((a.0 - b.0).abs() < 1e-9 && a.1 == b.1 && (a.2 - b.2).abs() < 1e-12);
    }
}
