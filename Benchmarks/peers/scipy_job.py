"""The compare-peers job in SciPy: 10,000 paired bootstrap refits of the 20x3 least-squares problem
(statistic: the x1 slope), vectorized, with the 95% BCa interval; percentile bounds from the same
bootstrap distribution (linear interpolation, as rdfit's type-7 quantiles). Prints one JSON line
with the median wall time over REPEATS runs (after 300 ms of warm-up) and the bounds.

usage: scipy_job.py FILE REPEATS SEED [qr|normal-equations]
  qr                batched Householder QR (numpy.linalg.qr) then a triangular solve: the same
                    numerics as rdfit's refits (default);
  normal-equations  batched solve of X'X b = X'y: the fastest vectorized form, but it squares the
                    condition number, which rdfit does not do."""
import json
import sys
import time

import numpy as np
from scipy import stats

path, repeats, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
variant = sys.argv[4] if len(sys.argv) > 4 else "qr"
data = np.loadtxt(path, delimiter=",", comments="#", skiprows=3)
x1, x2, y = data[:, 0], data[:, 1], data[:, 2]


def slope(x1, x2, y, axis=-1):
    """OLS coefficient of x1 in y ~ 1 + x1 + x2, for a batch of resamples (last axis = rows)."""
    x = np.stack([np.ones_like(x1), x1, x2], axis=-1)          # (..., n, 3)
    if variant == "qr":
        q, r = np.linalg.qr(x)
        coefficients = np.linalg.solve(r, np.swapaxes(q, -1, -2) @ y[..., None])
    else:
        xt = np.swapaxes(x, -1, -2)
        coefficients = np.linalg.solve(xt @ x, xt @ y[..., None])
    return coefficients[..., 1, 0]


def job():
    return stats.bootstrap((x1, x2, y), slope, paired=True, vectorized=True, n_resamples=10_000,
                           confidence_level=0.95, method="BCa", random_state=np.random.default_rng(seed))


# Warm up for 300 ms, as the rdfit job does, then time REPEATS runs.
warm_up_end = time.perf_counter() + 0.3
while time.perf_counter() < warm_up_end:
    job()
times = []
for run in range(repeats):
    start = time.perf_counter()
    result = job()
    times.append((time.perf_counter() - start) * 1e3)
distribution = result.bootstrap_distribution
print(json.dumps({
    "tool": "scipy " + __import__("scipy").__version__ + " (" + variant + ")",
    "milliseconds": float(np.median(times)),
    "estimate": float(slope(x1, x2, y)),
    "standard_error": float(result.standard_error),
    "percentile": [float(v) for v in np.percentile(distribution, [2.5, 97.5])],
    "bca": [float(result.confidence_interval.low), float(result.confidence_interval.high)],
}, sort_keys=True))
