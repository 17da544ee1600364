#!/usr/bin/env python3
"""Reference log-densities of the standard stable law S(alpha, b; 1) (Nolan's S1, scale 1).

Writes Tests/Fixtures/stable/stable-density-reference.csv. Run from the package root:

    python3 Benchmarks/reference/stable_reference.py

Method (independent of rdfit's Swift code): mpmath at 40 significant digits.
- Every point: Zolotarev's integral in Nolan's (1997) form, evaluated by mpmath's tanh-sinh
  quadrature in theta, with the integrand's peak (g = 1) found by mpmath's root finder at
  40 digits and used as a break point.
- Check: at x = -2, 0.5 and 3 each value is compared with the Fourier inversion of the characteristic
  function, f(x) = (1/pi) * int_0^inf exp(-t^a) cos(b tan(pi a / 2) t^a - x t) dt, also at
  40 digits; the script stops if they differ by more than 1e-12 relative.
- alpha = 2: the normal density with variance 2, in closed form.
Rows whose density is below 1e-300 (deep light tails of skewed laws) are left out, since a double
cannot hold them.
"""
import csv
import multiprocessing
import os
import sys

import mpmath as mp

mp.mp.dps = 40

ALPHAS = ["1.1", "1.3", "1.5", "1.7", "1.9", "1.99", "2"]
SKEWNESSES = ["-1", "-0.5", "0", "0.5", "1"]
XS = ["-10000", "-1000", "-100", "-30", "-10", "-5", "-3", "-2", "-1", "-0.5", "-0.1", "0",
      "0.1", "0.5", "1", "2", "3", "5", "10", "30", "100", "1000", "10000"]


def zolotarev_density(x, a, b):
    """Nolan's integral for x != 0 in S1 coordinates (x = x0 - zeta)."""
    if x < 0:
        return zolotarev_density(-x, a, -b)
    theta0 = mp.atan(b * mp.tan(mp.pi * a / 2)) / a
    e = a / (a - 1)

    def log_g(theta):
        factors = (mp.cos(theta), mp.sin(a * (theta0 + theta)), mp.cos(a * theta0 + (a - 1) * theta))
        if min(factors) <= 0:
            return None
        c, s, last = factors
        v = mp.log(mp.cos(a * theta0)) / (a - 1) + e * (mp.log(c) - mp.log(s)) + mp.log(last) - mp.log(c)
        return e * mp.log(x) + v

    lo, hi = -theta0, mp.pi / 2
    eps = mp.mpf(10) ** -25
    a_end, b_end = lo + eps * (hi - lo), hi - eps * (hi - lo)
    # The ends are cut 1e-25 (relative) inside (-theta0, pi/2): there 40 digits still give the
    # 0/0 ratios of V to 15 digits, and the integrand beyond is negligible.
    # log g decreases in theta; find the peak (log g = 0) by bisection at full precision.
    lo, hi = a_end, b_end
    points = [lo, hi]
    if log_g(b_end) < 0 < log_g(a_end):
        left, right = a_end, b_end
        for _ in range(400):
            mid = (left + right) / 2
            if log_g(mid) > 0:
                left = mid
            else:
                right = mid
        peak = (left + right) / 2
        width = min(peak - lo, hi - peak)
        points = [lo] + [p for p in (peak - width / 2, peak, peak + width / 2) if lo < p < hi] + [hi]
        shift = -1
    else:
        shift = None

    def integrand(theta):
        lg = log_g(theta)
        if lg is None or not mp.isfinite(lg):
            return mp.mpf(0)
        return mp.exp(lg - mp.exp(lg) - (shift if shift is not None else ref))

    ref = 0
    if shift is None:
        end = b_end if log_g(b_end) >= 0 else a_end
        lg = log_g(end)
        ref = lg - mp.exp(lg)
    total = mp.quad(integrand, points, maxdegree=10)
    log_f = mp.log(a / (mp.pi * (a - 1) * x)) + (shift if shift is not None else ref) + mp.log(total)
    return log_f


def density_at_zero(a, b):
    zeta = -b * mp.tan(mp.pi * a / 2)
    theta0 = mp.atan(b * mp.tan(mp.pi * a / 2)) / a
    return mp.log(mp.gamma(1 + 1 / a) * mp.cos(theta0) / (mp.pi * (1 + zeta ** 2) ** (1 / (2 * a))))


def fourier_density(x, a, b):
    k = b * mp.tan(mp.pi * a / 2)
    f = lambda t: mp.exp(-t ** a) * mp.cos(k * t ** a - x * t)
    upper = mp.mpf(120) ** (1 / a) * 2
    n = int(max(8, abs(x) * upper / mp.pi))
    pts = [upper * i / n for i in range(n + 1)]
    return mp.log(mp.quad(f, pts) / mp.pi)


def log_density(x, a, b):
    if a == 2:
        return -x * x / 4 - mp.log(2 * mp.sqrt(mp.pi))
    if x == 0:
        return density_at_zero(a, b)
    return zolotarev_density(x, a, b)


CHECKED = {"-2", "0.5", "3"}


def rows_for(combo):
    sa, sb = combo
    a, b = mp.mpf(sa), mp.mpf(sb)
    rows = []
    for sx in XS:
        x = mp.mpf(sx)
        value = log_density(x, a, b)
        if value < mp.log(mp.mpf(10) ** -300):
            continue
        if sx in CHECKED and a != 2:
            check = fourier_density(x, a, b)
            if abs(mp.exp(check - value) - 1) > mp.mpf(10) ** -12:
                raise RuntimeError(f"reference methods disagree at alpha={sa} b={sb} x={sx}: "
                                   f"{mp.nstr(value, 20)} vs {mp.nstr(check, 20)}")
        rows.append((sa, sb, sx, mp.nstr(value, 20, strip_zeros=False)))
    print(f"alpha {sa} skewness {sb} done", file=sys.stderr, flush=True)
    return rows


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = os.path.join(root, "Tests", "Fixtures", "stable", "stable-density-reference.csv")
    combos = [(sa, sb) for sa in ALPHAS for sb in SKEWNESSES if not (sa == "2" and sb != "0")]
    with multiprocessing.Pool(2) as pool:
        rows = [row for part in pool.map(rows_for, combos) for row in part]
    with open(out, "w", newline="") as handle:
        handle.write("# Log-density of the standard stable law S(alpha, skewness; 1), Nolan's S1, scale 1.\n")
        handle.write("# Made by Benchmarks/reference/stable_reference.py (mpmath %s, 40 digits): Zolotarev's\n"
                     % mp.__version__)
        handle.write("# integral by tanh-sinh quadrature, checked against Fourier inversion at x = -2, 0.5, 3.\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["alpha", "skewness", "x", "log_density"])
        writer.writerows(rows)


if __name__ == "__main__":
    main()
