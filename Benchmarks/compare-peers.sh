#!/usr/bin/env bash
# The same job in rdfit, SciPy and R, side by side (issue 5): 10,000 pairs-bootstrap refits of the
# 20x3 least-squares problem in Benchmarks/data/bootstrap-20x3.csv (statistic: the x1 slope) and
# a 95% BCa interval on it. Prints each tool's median time, rdfit's speed-up from the same run,
# the peak memory of an `rdfit estimate` run, and checks that rdfit's percentile and BCa bounds
# agree with SciPy's within Monte-Carlo tolerance. Peers that are not installed are skipped.
#
#   Benchmarks/compare-peers.sh            # REPEATS=21 runs per tool (R: R_REPEATS=5)
#
# Tolerance. The two tools draw different resamples, so their bounds differ by Monte-Carlo error
# only. A quantile q_p of B replicates has standard error √(p(1−p)/B)/f(q_p); for a near-normal
# bootstrap distribution with standard deviation s, f(q_0.025) = φ(1.96)/s, giving 0.0267·s at
# B = 10,000, and √2·0.0267·s = 0.038·s for the difference of two runs. Percentile bounds must
# agree within 4 such errors, 0.15·s. BCa bounds add the error of z0 = Φ⁻¹(share below θ̂)
# (≈ 0.0125 per run, moving the bound by about 2·s·Δz0): √(0.038² + 0.035²)·s ≈ 0.052·s, so
# 4 errors is 0.21·s. The jackknife acceleration is deterministic and the same in both tools.
# R's boot.ci estimates the BCa acceleration differently (regression on empirical influence
# values), so its BCa bounds are shown but not checked; its percentile bounds are checked.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
data=Benchmarks/data/bootstrap-20x3.csv
repeats=${REPEATS:-21}
r_repeats=${R_REPEATS:-5}
seed=${SEED:-1}
results=$(mktemp)
trap 'rm -f "$results"' EXIT

swift build -c release 2>&1 | grep -E "error|warning" >&2 || true
.build/release/RDFitBenchmarks --peer-job --repeat "$repeats" --seed "$seed" >> "$results"

if python3 -c 'import scipy, numpy' 2>/dev/null; then
    python3 Benchmarks/peers/scipy_job.py "$data" "$repeats" "$seed" qr >> "$results"
    python3 Benchmarks/peers/scipy_job.py "$data" "$repeats" "$seed" normal-equations >> "$results"
else
    echo "SciPy not installed: skipped (pip install scipy)" >&2
fi
if command -v Rscript >/dev/null && Rscript -e 'library(boot)' >/dev/null 2>&1; then
    Rscript Benchmarks/peers/r_job.R "$data" "$r_repeats" "$seed" >> "$results"
else
    echo "R with boot not installed: skipped (apt-get install r-base-core r-cran-boot)" >&2
fi

# Peak resident memory of one default `rdfit estimate` run (2000 replicates).
peak_kb=$( { /usr/bin/time -v .build/release/rdfit estimate Data/computer-vision.csv --seed 1 --format json > /dev/null; } 2>&1 \
    | awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')

python3 - "$results" "$peak_kb" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
peak_mb = int(sys.argv[2]) / 1024
rdfit = rows[0]
s = rdfit["standard_error"]
print(f"10,000 pairs-bootstrap refits of a 20x3 least-squares problem + 95% BCa (median wall time)\n")
print(f"{'tool':42} {'time (ms)':>10} {'rdfit speed-up':>15}   percentile 95%          BCa 95%")
def bounds(b): return f"[{b[0]:.5f}, {b[1]:.5f}]"
print(f"{'rdfit, ' + str(rdfit['threads']) + ' threads':42} {rdfit['milliseconds']:10.2f} {'':>15}   {bounds(rdfit['percentile'])}   {bounds(rdfit['bca'])}")
print(f"{'rdfit, 1 thread':42} {rdfit['milliseconds_one_thread']:10.2f} {'':>15}")
failures = []
for peer in rows[1:]:
    ratio = peer["milliseconds"] / rdfit["milliseconds"]
    ratio1 = peer["milliseconds"] / rdfit["milliseconds_one_thread"]
    print(f"{peer['tool']:42} {peer['milliseconds']:10.2f} {ratio:7.1f}x ({ratio1:.1f}x) {bounds(peer['percentile'])}   {bounds(peer['bca'])}")
print("\n(speed-up: peer time / rdfit time on all threads; in parentheses, against rdfit on one thread)\n")
for peer in rows[1:]:
    tool = peer["tool"]
    target = 4 if tool.startswith("scipy") else 10
    ratio = peer["milliseconds"] / rdfit["milliseconds"]
    verdict = "meets" if ratio >= target else "MISSES"
    print(f"speed target >= {target}x vs {tool}: {ratio:.1f}x, {verdict}")
    checks = [("percentile", 0.15)]
    if tool.startswith("scipy"):
        checks.append(("bca", 0.21))
    for name, tolerance in checks:
        worst = max(abs(a - b) for a, b in zip(rdfit[name], peer[name])) / s
        ok = worst <= tolerance
        if not ok: failures.append(f"{name} vs {tool}")
        print(f"  {name} bounds agree with {tool}: largest difference {worst:.3f} s.e. (tolerance {tolerance}) {'ok' if ok else 'FAIL'}")
print(f"\npeak resident memory of rdfit estimate Data/computer-vision.csv (2000 replicates): {peak_mb:.1f} MB (target <= 50 MB) {'meets' if peak_mb <= 50 else 'MISSES'}")
if failures:
    print("bounds disagree beyond Monte-Carlo tolerance: " + ", ".join(failures))
    sys.exit(1)
PY
