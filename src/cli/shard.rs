//! `--shard K/N`: one of N contiguous, nearly equal parts of a command's work
//! (the packages of a sweep, the draws of a Monte Carlo run). Shards need
//! nothing from each other and always cut the work the same way, so they can
//! run on different machines (a Slurm job array, GNU parallel); their outputs,
//! concatenated in order K = 1..N, are byte for byte the unsharded output (a
//! CSV header is written by shard 1 only).

use std::ops::Range;

use super::expected::Expected;

/// Part `index` (1-based) of `count`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
}

/// Most shards a run may be cut into.
pub const MAX_SHARDS: usize = 1_000_000;

impl Shard {
    /// The whole run, unsharded.
    pub const WHOLE: Shard = Shard { index: 1, count: 1 };

    /// This shard's part of `total` items: items `total·(K−1)/N` up to
    /// `total·K/N`.
    pub fn range(self, total: usize) -> Range<usize> {
        let cut = |k: usize| ((total as u128 * k as u128) / self.count as u128) as usize;
        cut(self.index - 1)..cut(self.index)
    }

    /// Shard 1 writes what comes once, before every row (a CSV header).
    pub fn is_first(self) -> bool {
        self.index == 1
    }
}

/// `--shard K/N`: whole numbers with 1 ≤ K ≤ N ≤ [`MAX_SHARDS`].
pub fn parse(text: &str) -> Result<Shard, Expected> {
    let expected = || Expected::new("arg-expected-shard");
    let (k, n) = text.split_once('/').ok_or_else(expected)?;
    let whole = |part: &str| part.trim().parse::<usize>().ok();
    match (whole(k), whole(n)) {
        (Some(_), Some(count)) if count > MAX_SHARDS => {
            Err(Expected::new("arg-expected-shard-count")
                .with("most", MAX_SHARDS)
                .with("count", count))
        }
        (Some(index), Some(count)) if (1..=count).contains(&index) => Ok(Shard { index, count }),
        _ => Err(expected()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_cover_every_item_once_in_order() {
        for total in [0, 1, 2, 7, 100, 1001] {
            for count in 1..=9 {
                let mut next = 0;
                for index in 1..=count {
                    let range = Shard { index, count }.range(total);
                    assert_eq!(range.start, next);
                    next = range.end;
                }
                assert_eq!(next, total);
            }
        }
    }

    #[test]
    fn bad_shards_are_refused() {
        for text in ["0/3", "4/3", "3", "a/3", "1/0", "-1/3", "1/2000000"] {
            assert!(parse(text).is_err(), "{text}");
        }
        assert_eq!(parse("2/3").ok(), Some(Shard { index: 2, count: 3 }));
    }
}
