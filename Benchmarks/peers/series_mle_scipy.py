#!/usr/bin/env python3
"""Peer timing and cross-check for rdfit's full-series Gaussian MLE (Sources/RDFit/RDFit.docc/FullSeriesLikelihood.md).

Fits the Gaussian transition law to Data/series/chess-stockfish.csv (efficiency on the test dates,
monthly commits as a flow) with scipy.optimize.minimize (BFGS, numerical gradients) from the
same grid of starts rdfit uses, and prints the estimates, the log-likelihood and the time.
Run from the package root:  python3 Benchmarks/peers/series_mle_scipy.py [input-column]

The likelihood is written here independently of the Swift code, in the same coordinates
(beta, lambda, log theta, log(sigma/beta)) so that the two fits can be compared number by number.
"""
import csv
import math
import sys
import time

import numpy as np
from scipy.optimize import minimize


def load(path, input_column, output_column="efficiency"):
    with open(path) as handle:
        rows = [line for line in handle if not line.startswith("#")]
    table = list(csv.DictReader(rows))
    out = [(float(r["year"]), float(r[output_column])) for r in table if r[output_column]]
    inp = [(float(r["year"]), float(r[input_column])) for r in table if r[input_column]]
    return out, inp


def transitions(out, inp):
    """Per transition: log A_i, log A_(i+1), and the (weight, log rate) of each overlapped segment."""
    result = []
    for (t0, a0), (t1, a1) in zip(out, out[1:]):
        if t1 == t0:
            continue
        segs = []
        for (s0, e), (s1, _) in zip(inp, inp[1:]):
            overlap = min(s1, t1) - max(s0, t0)
            if overlap > 0 and e > 0:
                segs.append((overlap, math.log(e)))
        w, lr = np.array([s[0] for s in segs]), np.array([s[1] for s in segs])
        result.append((math.log(a0), math.log(a1), w, lr))
    return result


def make_negative_log_likelihood(trans):
    l0 = np.array([t[0] for t in trans])
    l1 = np.array([t[1] for t in trans])
    # Pad segments into a matrix for a vectorised integral.
    width = max(len(t[2]) for t in trans)
    weights = np.zeros((len(trans), width))
    rates = np.zeros((len(trans), width))
    for i, t in enumerate(trans):
        weights[i, :len(t[2])] = t[2]
        rates[i, :len(t[3])] = t[3]

    def nll(v):
        beta, lam, log_theta, log_kappa = v
        integral = (weights * np.exp(lam * rates)).sum(axis=1)
        step = l1 - l0
        diff = step if beta == 0 else np.exp(beta * l0) * np.expm1(beta * step) / beta
        log_scale = log_kappa + 0.5 * beta * l0 + 0.5 * np.log(integral)
        z = (diff - math.exp(log_theta) * integral) / np.exp(log_scale)
        ll = (beta - 1) * l1 - 0.5 * math.log(2 * math.pi) - 0.5 * z * z - log_scale
        total = ll.sum()
        return -total if np.isfinite(total) else 1e300

    return nll


def grid_starts(trans, lambdas=lambda beta: (0.2, 0.6, 1.2)):
    """rdfit's data-driven starts; `lambdas(beta)` gives the lambdas tried with each beta."""
    starts = []
    for beta in (0.2, 0.5, 1.0, 2.0):
        for lam in lambdas(beta):
            num = den = 0.0
            rows = []
            for l0, l1, w, lr in trans:
                integral = float((w * np.exp(lam * lr)).sum())
                diff = math.exp(beta * l1) - math.exp(beta * l0)
                weight = 1 / (math.exp(beta * l0) * integral)
                num += weight * diff * beta * integral
                den += weight * (beta * integral) ** 2
                rows.append((diff, integral, weight))
            if num <= 0:
                continue
            theta = num / den
            sigma = math.sqrt(sum(wt * (d - theta * beta * i) ** 2 for d, i, wt in rows) / len(rows))
            starts.append(np.array([beta, lam, math.log(theta), math.log(sigma / beta)]))
    return starts


def main():
    column = sys.argv[1] if len(sys.argv) > 1 else "commits"
    out, inp = load("Data/series/chess-stockfish.csv", column)
    trans = transitions(out, inp)
    nll = make_negative_log_likelihood(trans)
    began = time.perf_counter()
    starts = sorted(grid_starts(trans), key=nll)[:3]
    fits = [minimize(nll, s, method="BFGS", options={"gtol": 1e-4}) for s in starts]
    best = min(fits, key=lambda f: f.fun)
    elapsed = time.perf_counter() - began
    beta, lam, log_theta, log_kappa = best.x
    print(f"scipy BFGS, Gaussian, {len(trans)} transitions, input {column}: {elapsed * 1000:.1f} ms "
          f"({sum(f.nfev for f in fits)} evaluations, 3 starts, converged {best.success})")
    print(f"  beta {beta:.6f}  lambda {lam:.6f}  r {lam / beta:.4f}  theta {math.exp(log_theta):.6g}  "
          f"sigma {math.exp(log_kappa) * abs(beta):.6g}  log-likelihood {-best.fun:.6f}")


if __name__ == "__main__":
    main()
