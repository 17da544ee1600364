#!/usr/bin/env python3
"""SciPy peer of rdfit's benchmark job "one Gaussian MLE with tests and profile interval" (issue 10).

The same job as `RDFitSeriesBenchmark` times: on one series, the Gaussian full-series MLE from the
best 3 of rdfit's grid of starts, the restricted fits of lambda = 0 and r = 1 (each from the free
estimate and from the restricted grid, keeping the better), and the 90% profile-likelihood interval
of r = lambda/beta (each end bracketed by doubling steps from r-hat, then located by brentq, each
profile fit warm-started from the nearest one made). The likelihood and the starts come from
series_mle_scipy.py (written independently of the Swift code, in the same coordinates).
Optimiser: scipy.optimize.minimize, BFGS with numerical gradients (the usual way a notebook calls
it). The timed runs stop at rdfit's default rule, largest gradient component <= 1e-4 (gtol 1e-4,
norm inf); the estimates printed come from one more, untimed run at gtol 1e-7 with central-difference
gradients (jac="3-point"; forward differences are only good to ~1e-6 here), so that they can be
compared with rdfit's (also refitted at a tight tolerance) to about 1e-6.

    python3 Benchmarks/peers/series_job_scipy.py FILE [repeats]

FILE is a CSV with columns year, level and input (quarterly levels, a yearly flow input), as
`RDFitSeriesBenchmark --write-series FILE` writes the benchmark's 300-transition series. Prints one
JSON object: the median and minimum time in milliseconds over the repeats, and the tight estimates.
"""
import json
import math
import os
import statistics
import sys
import time

import numpy as np
from scipy.optimize import brentq, minimize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from series_mle_scipy import grid_starts, load, make_negative_log_likelihood, transitions  # noqa: E402

CRITICAL = 2.705543454095404  # chi-squared(1) 90% quantile


def best_fit(nll, starts, gtol, jac=None):
    fits = [minimize(nll, s, method="BFGS", jac=jac, options={"gtol": gtol}) for s in starts]
    return min(fits, key=lambda f: f.fun)


def restricted_grid(trans, nll_r, lambda_of_beta):
    """rdfit's restricted grid: beta in (0.2, 0.5, 1, 2), lambda set by the restriction; the best 3."""
    starts = [np.array([s[0], s[2], s[3]]) for s in grid_starts(trans, lambda beta: (lambda_of_beta(beta),))]
    return sorted(starts, key=nll_r)[:3]


def job(trans, gtol, jac=None):
    nll = make_negative_log_likelihood(trans)
    starts = sorted(grid_starts(trans), key=nll)[:3]
    full = best_fit(nll, starts, gtol, jac)
    beta, lam, log_theta, log_kappa = full.x
    r_hat = lam / beta

    def restricted(lambda_of_beta):
        nll_r = lambda w: nll(np.array([w[0], lambda_of_beta(w[0]), w[1], w[2]]))  # noqa: E731
        warm = np.array([beta, log_theta, log_kappa])
        return best_fit(nll_r, [warm] + restricted_grid(trans, nll_r, lambda_of_beta), gtol, jac)

    lambda_zero = restricted(lambda b: 0.0)
    ratio_one = restricted(lambda b: b)

    # Profile of r, warm-started from the nearest fit made.
    made = [(r_hat, np.array([beta, log_theta, log_kappa]))]

    def profile(r):
        start = min(made, key=lambda m: abs(m[0] - r))[1]
        fit = minimize(lambda w: nll(np.array([w[0], r * w[0], w[1], w[2]])), start, method="BFGS", jac=jac,
                       options={"gtol": gtol})
        made.append((r, fit.x))
        return 2 * (fit.fun - full.fun) - CRITICAL

    gradient = np.array([-lam / beta**2, 1 / beta, 0, 0])
    se = math.sqrt(max(gradient @ full.hess_inv @ gradient, 0))
    ends = []
    for direction in (-1, 1):
        inside, step = r_hat, max(se, 0.02 * max(1, abs(r_hat)))
        outside = None
        for _ in range(12):
            trial = r_hat + direction * step
            if profile(trial) > 0:
                outside = trial
                break
            inside, step = trial, step * 2
        ends.append(None if outside is None else brentq(profile, inside, outside, xtol=1e-6 * max(1, abs(r_hat))))
    return {
        "beta": beta, "lambda": lam, "r": r_hat, "logLikelihood": -full.fun,
        "lower": ends[0], "upper": ends[1],
        "lambdaZeroStatistic": 2 * (lambda_zero.fun - full.fun),
        "ratioOneStatistic": 2 * (ratio_one.fun - full.fun),
    }


def main():
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    out, inp = load(path, "input", output_column="level")
    trans = transitions(out, inp)
    times, result = [], None
    for _ in range(repeats):
        began = time.perf_counter()
        job(trans, 1e-4)
        times.append((time.perf_counter() - began) * 1000)
    # The comparison run: central differences (jac="3-point"), whose error is far below the
    # forward differences' ~1e-6 on this likelihood, so that the point found is the maximum to 1e-6.
    result = job(trans, 1e-7, jac="3-point")
    result.update({"tool": "scipy BFGS (numerical gradients)", "transitions": len(trans),
                   "milliseconds": statistics.median(times), "milliseconds_min": min(times)})
    print(json.dumps(result))


if __name__ == "__main__":
    main()
