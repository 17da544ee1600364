#!/usr/bin/env python3
"""A plain-Python loop of the automated research loop (Docs/from-r-to-a-forecast.md, main run), for timing only.

rdfit's own implementation is the Swift library; this script is a straightforward
re-statement of the same recurrence with Python's `random` module, written to measure how long
an ordinary interpreted loop takes and to check that its probabilities agree with rdfit's within
Monte-Carlo error. It prints one JSON object: runs, seconds, and the four probabilities.

    python3 Benchmarks/peers/automation_loop.py --runs 20000 --seed 1
"""
import argparse
import json
import math
import random
import time

CONDITIONS = [(12, 3), (4, 10), (12, 10), (4, 30)]  # (months M, speed multiple k)


def log_uniform(rng, low, high):
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def one_run(rng, share=0.5, doubling_months=3.0, horizon=48.0):
    r0 = log_uniform(rng, 0.4, 3.6)
    f = log_uniform(rng, 2.0, 32.0)
    p = log_uniform(rng, 0.15, 0.6)
    years = rng.uniform(6.0, 16.0)
    per_year = 12.0 / doubling_months / share
    ceiling = per_year * years
    step = r0 / ceiling
    r, t, dt, n = r0, 0.0, doubling_months / f, 0
    times = [0.0]
    while t < horizon and n < ceiling and r > 0:
        t += dt
        n += 1
        r -= step
        times.append(t)
        if r > 0:
            try:
                dt *= 2.0 ** (p * (1.0 / r - 1.0))
            except OverflowError:  # r barely above zero: the next doubling never comes
                break
    met = []
    for months, k in CONDITIONS:
        need = int((months / 12.0) * per_year * k + 1e-9)
        met.append(any(times[i + need] - times[i] < months for i in range(len(times) - need)))
    return met


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    counts = [0] * len(CONDITIONS)
    start = time.perf_counter()
    for _ in range(args.runs):
        for index, met in enumerate(one_run(rng)):
            counts[index] += met
    seconds = time.perf_counter() - start
    print(json.dumps({"runs": args.runs, "seconds": seconds,
                      "probabilities": [c / args.runs for c in counts]}))


if __name__ == "__main__":
    main()
