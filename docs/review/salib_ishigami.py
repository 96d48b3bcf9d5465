"""Compare levers' Sobol estimators with SALib's on the Ishigami function.

Not run in CI. Set up once:
    python3 -m venv /tmp/salib-venv && /tmp/salib-venv/bin/pip install SALib
    /tmp/salib-venv/bin/python docs/review/salib_ishigami.py

Both sides see the same samples (SALib's Saltelli design, N base rows, k = 3,
no second order): SALib's `sobol.analyze` and a line-for-line copy of the
estimators in crates/levers-core/src/analysis/sobol.rs (first order after
Saltelli et al. 2010 with f(B) centred, total order after Jansen 1999, both
over the variance of f on A and B, then clamped to [0, 1]).
"""

import numpy as np
from SALib.analyze import sobol as sobol_analyze
from SALib.sample import sobol as sobol_sample
from SALib.test_functions import Ishigami

PROBLEM = {
    "num_vars": 3,
    "names": ["x1", "x2", "x3"],
    "bounds": [[-np.pi, np.pi]] * 3,
}
ANALYTIC_FIRST = [0.3139, 0.4424, 0.0]
ANALYTIC_TOTAL = [0.5576, 0.4424, 0.2437]


def levers_estimators(y, k):
    """The estimators of levers' sobol.rs on SALib's layout [A, AB_1..AB_k, B]."""
    rows = y.reshape(-1, k + 2)
    fa, fb = rows[:, 0], rows[:, -1]
    mean = (fa.sum() + fb.sum()) / (2 * len(fa))
    var = (((fa - mean) ** 2).sum() + ((fb - mean) ** 2).sum()) / (2 * len(fa))
    first, total = [], []
    for i in range(k):
        fab = rows[:, 1 + i]
        first.append(np.clip(np.mean((fb - mean) * (fab - fa)) / var, 0, 1))
        total.append(np.clip(np.mean((fa - fab) ** 2) / (2 * var), 0, 1))
    return np.array(first), np.array(total)


def main():
    for n in (1024, 8192):
        x = sobol_sample.sample(PROBLEM, n, calc_second_order=False, seed=42)
        y = Ishigami.evaluate(x)
        salib = sobol_analyze.analyze(PROBLEM, y, calc_second_order=False, seed=42)
        first, total = levers_estimators(y, 3)
        print(f"N = {n} (runs {len(y)})")
        print("  input  S1 analytic  S1 SALib  S1 levers   ST analytic  ST SALib  ST levers")
        for i in range(3):
            print(
                f"  x{i + 1}     {ANALYTIC_FIRST[i]:.4f}      {salib['S1'][i]:.4f}    {first[i]:.4f}"
                f"      {ANALYTIC_TOTAL[i]:.4f}      {salib['ST'][i]:.4f}    {total[i]:.4f}"
            )
        print(
            f"  largest |levers - SALib|: S1 {np.max(np.abs(first - salib['S1'])):.1e},"
            f" ST {np.max(np.abs(total - salib['ST'])):.1e}"
        )


if __name__ == "__main__":
    main()
