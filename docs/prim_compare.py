"""Compare levers' PRIM with the EMA workbench's on the same samples.

Not run in CI. In a virtual environment with `pip install ema_workbench`:

    levers discover policies/blueprint-2032.toml --threshold 1.5 --draws 10000 \
        --max-quasi-p 1 --samples-out samples.csv --format json > levers.json
    python docs/prim_compare.py samples.csv levers.json

`samples.csv` has one row per draw: every sampled dimension, then `case`
(1 or 0). Both tools peel the same table with alpha 0.05 and the "lenient1"
objective down to 5% of the points; the script prints both peeling
trajectories (coverage, density, restricted dimensions) step by step, the
largest differences, and each tool's limits at the step levers chose.
`--max-quasi-p 1` keeps every restriction in levers' box, as the workbench's
box keeps them, so the quasi-p-values compare like with like.
"""

import json
import sys

import pandas as pd
from ema_workbench.analysis import prim


def main(samples_path, levers_path):
    table = pd.read_csv(samples_path)
    y = table.pop("case").to_numpy().astype(bool)
    x = table
    ours = json.load(open(levers_path))
    options = ours["options"]
    finder = prim.Prim(
        x,
        y,
        # Any density: levers chooses the box itself (the workbench returns the
        # whole sample when its last box is below the threshold).
        threshold=0.01,
        peel_alpha=options["peel_alpha"],
        paste_alpha=options["paste_alpha"],
        mass_min=options["min_mass"],
        threshold_type=prim.ABOVE,
        obj_function=prim.PRIMObjectiveFunctions.LENIENT1,
    )
    found = finder.find_box()
    theirs = found.peeling_trajectory
    levers = ours["trajectory"]
    print(f"{len(x)} draws, {int(y.sum())} cases, {x.shape[1]} dimensions")
    print(f"steps: levers {len(levers)}, ema_workbench {len(theirs)} (its last may be a paste)")
    print("step  levers cov  dens  res | ema cov  dens  res")
    worst = 0.0
    for k in range(max(len(levers), len(theirs))):
        left = levers[k] if k < len(levers) else None
        right = theirs.iloc[k] if k < len(theirs) else None
        cells = []
        if left is not None:
            cells.append(f"{left['coverage']:.4f} {left['density']:.4f} {left['restricted_dimensions']:3d}")
        else:
            cells.append(" " * 18)
        if right is not None:
            cells.append(f"{right['coverage']:.4f} {right['density']:.4f} {int(right['res_dim']):3d}")
        if left is not None and right is not None:
            worst = max(worst, abs(left["coverage"] - right["coverage"]), abs(left["density"] - right["density"]))
        print(f"{k:4d}  " + " | ".join(cells))
    print(f"largest difference in coverage or density over the common steps: {worst:.6f}")
    step = ours["box"]["step"]
    print(f"\nlimits at step {step} (levers chose it; before pasting), with quasi-p-values:")
    _, table = found.inspect(step, style="data")[0]
    for column, row in table.iterrows():
        values = row.to_numpy()
        p = values[2] if values[2] == values[2] else values[3]
        print(f"  ema_workbench {column}: {values[0]:.6g} .. {values[1]:.6g}, quasi-p {p:.4g}")
    for r in ours["box"]["restrictions"]:
        print(f"  levers (pasted) {r['parameter']}: {r['low']:.6g} .. {r['high']:.6g}, quasi-p {r['quasi_p']:.4g}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
