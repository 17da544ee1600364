#!/usr/bin/env python3
"""Build Data/series/chess-stockfish.csv: a chained Elo level series of Stockfish master builds and
monthly development activity of the Stockfish repository, for the full-series likelihood.

Run from the package root (reads the project's collected sources, writes one file):

    python3 scripts/build-chess-data.py [/work/shared/data]

Choices (each is also written into the file's comment lines):
- Tests: the `master_test` rows of stockfish_regression_tests.csv with an `elo_1thread` value
  (1 thread, the only condition measured throughout).
- Comparability: the page's opening book was 8moves_v3 from 2013-11 to 2023-06 and UHO books
  (which inflate Elo differences) afterwards; before 2013-11 it used varied.bin and 8moves_GM.
  Only the development cycles tested wholly on 8moves_v3 are kept: from "Stockfish 5 Development"
  (baseline Stockfish DD, first test 2013-12-09) to "Stockfish 16 Development" (baseline
  Stockfish 15, last test 2023-06-22).
- Chaining: each test is Elo versus its cycle's baseline release. Elo(Stockfish DD) = 0, and the
  next baseline's Elo is the previous baseline's plus the last master test of the cycle (the last
  test before the release, as the source's caveat suggests). A test's level is its baseline's
  Elo plus its own Elo.
- Same-date tests: the CSV allows one row per date, so of several tests on one date the one
  listed last on the page is kept; the others are dropped and counted.
- Not adjusted: the 1-thread time control changed from 60s+0.5s to 60s+0.6s on 2016-01-02, and
  the games per test from 20k to 40k to 60k; both are kept as printed.
- Efficiency: A = exp(Elo / 142.987) (the chess notebook's convention, about 99 Elo per doubling
  of compute); the divisor is a parameter of this script (--elo-scale).
- Input: stockfish_git_monthly_2008_2026.csv, commits and distinct authors per calendar month,
  dated on the first day of the month; the partial last month (2026-08) is left out.
- Dates: fractional years, year + (day of year - 1) / days in year (as RDFit's FractionalYear).
"""
import argparse
import csv
import datetime
import math
import os

FIRST_CYCLE = "Stockfish 5 Development"
LAST_CYCLE = "Stockfish 16 Development"
PARTIAL_MONTH = "2026-08"


def fractional_year(iso):
    d = datetime.date.fromisoformat(iso)
    start = datetime.date(d.year, 1, 1)
    days = 366 if (d.year % 4 == 0 and d.year % 100 != 0) or d.year % 400 == 0 else 365
    return d.year + (d - start).days / days


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source", nargs="?", default="/work/shared/data")
    parser.add_argument("--elo-scale", type=float, default=142.987)
    parser.add_argument("--out", default=os.path.join("Data", "series", "chess-stockfish.csv"))
    args = parser.parse_args()

    with open(os.path.join(args.source, "stockfish_regression_tests.csv"), newline="") as handle:
        rows = list(csv.DictReader(handle))
    # The CSV lists the page's sections in page order; keep that order for ties within a date.
    order = {id(r): k for k, r in enumerate(rows)}
    tests = [r for r in rows if r["row_type"] == "master_test" and r["elo_1thread"]]
    cycles = []
    for r in tests:
        if r["dev_cycle"] not in cycles:
            cycles.append(r["dev_cycle"])
    cycles.sort(key=lambda c: min(t["date"] for t in tests if t["dev_cycle"] == c))
    kept_cycles = cycles[cycles.index(FIRST_CYCLE):cycles.index(LAST_CYCLE) + 1]

    baseline_elo = {}
    levels = []
    elo = 0.0
    for cycle in kept_cycles:
        cycle_tests = sorted((t for t in tests if t["dev_cycle"] == cycle), key=lambda t: (t["date"], order[id(t)]))
        baseline = cycle_tests[0]["baseline"]
        assert all(t["baseline"] == baseline for t in cycle_tests), cycle
        baseline_elo[baseline] = elo
        for t in cycle_tests:
            levels.append((t["date"], elo + float(t["elo_1thread"]), baseline, t["elo_1thread"]))
        elo += float(cycle_tests[-1]["elo_1thread"])

    by_date = {}
    for item in levels:
        by_date[item[0]] = item  # the last listed wins
    dropped = len(levels) - len(by_date)

    with open(os.path.join(args.source, "stockfish_git_monthly_2008_2026.csv"), newline="") as handle:
        months = [m for m in csv.DictReader(handle) if m["month"] != PARTIAL_MONTH]

    table = {}
    for date, level, _, _ in by_date.values():
        table.setdefault(date, {})["elo"] = level
    for m in months:
        table.setdefault(m["month"] + "-01", {}).update(commits=m["commits"], authors=m["distinct_authors"])

    first, last = min(by_date), max(by_date)
    with open(args.out, "w", newline="") as handle:
        w = handle.write
        w("# Stockfish: chained regression-test Elo of master builds (output) and monthly development activity\n")
        w("# of the Stockfish repository (input), for the full-series likelihood (Sources/RDFit/RDFit.docc/FullSeriesLikelihood.md).\n")
        w("# Made by scripts/build-chess-data.py from shared/data/stockfish_regression_tests.csv (Stockfish wiki\n")
        w("# \"Regression Tests\", mirror Chesszyh/Stockfish wiki/Regression-Tests.md at 927fa67) and\n")
        w("# shared/data/stockfish_git_monthly_2008_2026.csv (git log of official-stockfish/Stockfish at 762dd1d).\n")
        w("# year: fractional year of the date (year + (day of year - 1) / days in year);\n")
        w("# rows are test dates and month starts.\n")
        w("# elo: 1-thread Elo of the master build tested on that date, chained across releases;\n")
        w(f"# {len(by_date)} tests,")
        w(f" {first} to {last}, cycles '{FIRST_CYCLE}' to '{LAST_CYCLE}' only:\n")
        w("# all on the 8moves_v3 book\n")
        w("# (earlier books varied.bin/8moves_GM and later UHO books are not comparable; UHO inflates Elo).\n")
        w("# Chaining: Elo(Stockfish DD) = 0; each later baseline = previous baseline + the cycle's last test.\n")
        pairs = [f"{b} {v:.2f}" for b, v in baseline_elo.items()]
        for k in range(0, len(pairs), 4):
            lead = "# Baseline Elo used: " if k == 0 else "#   "
            w(lead + ", ".join(pairs[k:k + 4]) + ("." if k + 4 >= len(pairs) else ",") + "\n")
        w(f"# Same-date tests: the one listed last on the page is kept ({dropped} dropped).\n")
        w("# Not adjusted: time control 60s+0.5s until 2016-01-02 then 60s+0.6s; 20k/40k/60k games per test.\n")
        w(f"# efficiency: exp(elo / {args.elo_scale:g}) (the chess notebook's convention,")
        w(" ~99 Elo per compute doubling).\n")
        w("# commits, distinct_authors: per calendar month, dated on its first day; a flow whose value holds\n")
        w("# until the next month; 2008-09 to 2026-07 (2026-08 is partial and left out). Authors are not\n")
        w("# de-duplicated across spellings. A proxy: the chess notebook used cumulative Fishtest test runs (not\n")
        w("# available), so an r from this file is a new estimate, not a reproduction of r = 0.83.\n")
        w("# Defaults use Gaussian noise because a stable-noise fit takes minutes; add --noise stable to opt in.\n")
        w("# rdfit: --method mle --noise gaussian --input commits --input-kind flow --output efficiency\n")
        w("year,elo,efficiency,commits,distinct_authors\n")
        for date in sorted(table):
            cells = table[date]
            level = cells.get("elo")
            elo_text = f"{level:.2f}" if level is not None else ""
            eff_text = f"{math.exp(level / args.elo_scale):.10g}" if level is not None else ""
            w(f"{fractional_year(date):.6f},{elo_text},{eff_text},{cells.get('commits', '')},"
              f"{cells.get('authors', '')}\n")


if __name__ == "__main__":
    main()
