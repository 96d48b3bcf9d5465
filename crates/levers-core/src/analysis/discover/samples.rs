//! The table PRIM reads: one row per draw, one column per sampled dimension
//! (an assumption, or a measure field `--vary` adds), and whether the draw is
//! a case of interest. Kept apart from the model so that PRIM can be tested
//! on synthetic functions whose answer is known.

/// Points in a unit of PRIM's input: `values` row by row, `cases` one per row.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Samples {
    /// Columns per row.
    pub dimensions: usize,
    /// Row-major values: row `i`, column `j` is `values[i * dimensions + j]`.
    pub values: Vec<f64>,
    /// Whether each row is a case of interest (the outcome happened).
    pub cases: Vec<bool>,
}

impl Samples {
    /// An empty table of `dimensions` columns.
    pub fn new(dimensions: usize) -> Samples {
        Samples {
            dimensions,
            values: Vec::new(),
            cases: Vec::new(),
        }
    }

    /// Appends a row; `row` must have `dimensions` values.
    pub fn push(&mut self, row: &[f64], case: bool) {
        debug_assert_eq!(row.len(), self.dimensions);
        self.values.extend_from_slice(row);
        self.cases.push(case);
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.cases.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.cases.is_empty()
    }

    /// Column `j` of row `i`.
    pub fn value(&self, i: usize, j: usize) -> f64 {
        self.values[i * self.dimensions + j]
    }

    /// Number of cases of interest.
    pub fn case_count(&self) -> usize {
        self.cases.iter().filter(|c| **c).count()
    }

    /// For each column, its (value, row, case) in ascending order of value
    /// (ties by row number): a peel never sorts again, and reads one column's
    /// values in a row instead of jumping through the whole table.
    pub(crate) fn orders(&self) -> Vec<Vec<Sorted>> {
        (0..self.dimensions)
            .map(|j| {
                let mut order: Vec<usize> = (0..self.len()).collect();
                order.sort_by(|a, b| {
                    self.value(*a, j)
                        .total_cmp(&self.value(*b, j))
                        .then(a.cmp(b))
                });
                order
                    .into_iter()
                    .map(|row| Sorted {
                        value: self.value(row, j),
                        row,
                        case: self.cases[row],
                    })
                    .collect()
            })
            .collect()
    }

    /// The lowest and highest value of each column: the box PRIM starts from.
    pub fn extent(&self) -> Vec<Limits> {
        (0..self.dimensions)
            .map(|j| {
                (0..self.len()).fold(
                    Limits {
                        low: f64::INFINITY,
                        high: f64::NEG_INFINITY,
                    },
                    |l, i| Limits {
                        low: l.low.min(self.value(i, j)),
                        high: l.high.max(self.value(i, j)),
                    },
                )
            })
            .collect()
    }
}

/// One entry of a column sorted by value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Sorted {
    pub value: f64,
    pub row: usize,
    pub case: bool,
}

/// A closed interval of one dimension: a point is inside when `low ≤ x ≤ high`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    /// Lowest value inside.
    pub low: f64,
    /// Highest value inside.
    pub high: f64,
}

impl Limits {
    /// Whether `x` lies within the limits.
    pub fn contains(self, x: f64) -> bool {
        self.low <= x && x <= self.high
    }
}

/// Whether row `i` of `samples` lies in the box `limits`.
pub(crate) fn in_box(samples: &Samples, limits: &[Limits], i: usize) -> bool {
    limits
        .iter()
        .enumerate()
        .all(|(j, l)| l.contains(samples.value(i, j)))
}

/// The number of dimensions `limits` restricts relative to `extent`.
pub(crate) fn restricted_count(limits: &[Limits], extent: &[Limits]) -> usize {
    limits
        .iter()
        .zip(extent)
        .filter(|(l, e)| l.low > e.low || l.high < e.high)
        .count()
}
