"""The 22-row steady-state job in SciPy (issue 13): r = g_A / g_E on Data/sat-solvers.csv, with g_E
the least-squares slope of ln(unique_authors) on the year over all 22 rows and g_A = ln(2^(21/2))/21,
and a 90% percentile interval from 10,000 pairs-bootstrap replicates (scipy.stats.bootstrap,
vectorized, paired over the years): the statistic and interval of
`rdfit estimate Data/sat-solvers.csv --growth least-squares --years 0:21 --replicates 10000`.
Prints one JSON line with the median and minimum in-process wall time over REPEATS runs (after
300 ms of warm-up) and the bounds.

usage: scipy_steady_state.py FILE REPEATS SEED"""
import json
import math
import sys
import time

import numpy as np
from scipy import stats

path, repeats, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
data = np.loadtxt(path, delimiter=",", comments="#", skiprows=0, dtype=str)
rows = np.array([[float(v) for v in r] for r in data if r[0] != "year"])
years, logs = rows[:, 0], np.log(rows[:, 1])
output_rate = math.log(2 ** (21 / 2)) / 21


def ratio(t, y, axis=-1):
    """g_A / slope of y on t, for a batch of resamples (last axis = rows)."""
    tc = t - t.mean(axis=axis, keepdims=True)
    slope = (tc * (y - y.mean(axis=axis, keepdims=True))).sum(axis=axis) / (tc * tc).sum(axis=axis)
    return output_rate / slope


def job():
    return stats.bootstrap((years, logs), ratio, paired=True, vectorized=True, n_resamples=10_000,
                           confidence_level=0.9, method="percentile", random_state=np.random.default_rng(seed))


warm_up_end = time.perf_counter() + 0.3
while time.perf_counter() < warm_up_end:
    job()
times = []
for run in range(repeats):
    start = time.perf_counter()
    result = job()
    times.append((time.perf_counter() - start) * 1e3)
print(json.dumps({
    "tool": "scipy " + __import__("scipy").__version__,
    "milliseconds": float(np.median(times)),
    "milliseconds_min": float(np.min(times)),
    "estimate": float(ratio(years, logs)),
    "standard_error": float(result.standard_error),
    "percentile": [float(result.confidence_interval.low), float(result.confidence_interval.high)],
}, sort_keys=True))
