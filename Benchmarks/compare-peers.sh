#!/usr/bin/env bash
# rdfit against its peers, in one run (issues 5 and 13). Every figure is printed with its ratio to
# the peer measured in the same run, so that a loaded machine moves both sides alike:
#
#  1. start-up: `rdfit --version` against a Swift hello-world built with `swiftc -O` (target <= 1.6x),
#     wall and CPU time, interleaved runs;
#  2. the 22-row steady-state job, `rdfit estimate Data/sat-solvers.csv --growth least-squares
#     --years 0:21 --replicates 10000` (r = g_A / slope of ln unique_authors on t, pairs bootstrap,
#     90% percentile interval), as a whole process, against SciPy's and R's in-process bootstrap of the
#     same statistic (Benchmarks/peers/scipy_steady_state.py, r_steady_state.R; targets: no slower than
#     SciPy, >= 10x faster than R), with the percentile bounds checked against each other;
#  3. ns per replicate of that job's bootstrap kernel on all threads and on one (target <= 300 ns on 2);
#  4. the four-domain Bayesian reproduction, `rdfit reproduce table4-endpoint` (target <= 1.5 s wall);
#  5. the 20x3 least-squares job of issue 5, described below.
# Peak resident memory is shown for the rdfit runs (target <= 50 MB). Peers that are not installed
# are reported and skipped. rdfit is built as scripts/rdfit builds it (release, Swift runtime linked
# statically).
#
#   Benchmarks/compare-peers.sh    # REPEATS=21 runs per figure (R: R_REPEATS=5, Bayes: BAYES_REPEATS=3)
#
# Section 5, the 20x3 job (issue 5): 10,000 pairs-bootstrap refits of the
# 20x3 least-squares problem in Benchmarks/data/bootstrap-20x3.csv (statistic: the x1 slope) and
# a 95% BCa interval on it. Prints each tool's median time, rdfit's speed-up from the same run,
# the peak memory of an `rdfit estimate` run, and checks that rdfit's percentile and BCa bounds
# agree with SciPy's within Monte-Carlo tolerance. Peers that are not installed are skipped.
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
STEADY_ARGS=(estimate Data/sat-solvers.csv --growth least-squares --years 0:21 --replicates 10000 --seed 1 --format json)
trap 'rm -f "$results"' EXIT

swift build -c release --static-swift-stdlib 2>&1 | grep -E "error|warning" | grep -v "use of .mktemp" >&2 || true
bayes_repeats=${BAYES_REPEATS:-3}
hello=.build/hello-world
if [ ! -x "$hello" ]; then
    echo 'print("hello, world")' > .build/hello-world.swift
    swiftc -O .build/hello-world.swift -o "$hello"
fi
echo "rdfit against its peers on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
echo "(min and median over $repeats runs; ratios are between figures measured in this same run)"
echo

processes=$(.build/release/RDFitBenchmarks --processes "$hello" --repeat "$repeats")
kernel=$(.build/release/RDFitBenchmarks --kernel --repeat "$repeats")
scipy_steady='{}'
if python3 -c 'import scipy, numpy' 2>/dev/null; then
    scipy_steady=$(python3 Benchmarks/peers/scipy_steady_state.py Data/sat-solvers.csv "$repeats" "$seed" 2>/dev/null)
fi
r_steady='{}'
if command -v Rscript >/dev/null && Rscript -e 'library(boot)' >/dev/null 2>&1; then
    r_steady=$(Rscript Benchmarks/peers/r_steady_state.R Data/sat-solvers.csv "$r_repeats" "$seed")
fi
.build/release/rdfit "${STEADY_ARGS[@]}" > "$results.steady.json"
bayes_times=$(mktemp)
for run in $(seq "$bayes_repeats"); do
    /usr/bin/time -f "%e %U %S %M" -o "$bayes_times.one" .build/release/rdfit reproduce table4-endpoint --format json > /dev/null
    cat "$bayes_times.one" >> "$bayes_times"
done
rm -f "$bayes_times.one"

python3 - "$processes" "$kernel" "$scipy_steady" "$r_steady" "$results.steady.json" "$bayes_times" <<'PY'
import json, statistics, sys
processes, kernel, scipy, r = (json.loads(a) for a in sys.argv[1:5])
steady = json.load(open(sys.argv[5]))
bayes = [[float(v) for v in line.split()] for line in open(sys.argv[6]) if line.strip()]
def mm(prefix): return f"{processes[prefix + '_min']:7.2f} / {processes[prefix + '_median']:7.2f}"
def verdict(ok): return "meets" if ok else "MISSES"
print("1. start-up, ms (min / median)            wall              CPU")
print(f"   hello world (swiftc -O)          {mm('hello_wall')}   {mm('hello_cpu')}")
print(f"   rdfit --version                  {mm('version_wall')}   {mm('version_cpu')}")
for kind in ("wall", "cpu"):
    ratio = processes[f"version_{kind}_median"] / processes[f"hello_{kind}_median"]
    ratio_min = processes[f"version_{kind}_min"] / processes[f"hello_{kind}_min"]
    print(f"   rdfit / hello, {kind:4}: median {ratio:.2f}x, min {ratio_min:.2f}x   (target <= 1.6x) {verdict(ratio_min <= 1.6)}")
print()
print("2. 22-row steady-state job (10,000 pairs replicates, 90% percentile), ms (min / median)")
print(f"   rdfit estimate, whole process    {mm('job_wall')}   (CPU {mm('job_cpu')}), peak {processes['job_peak_mb']:.1f} MB")
job = processes["job_wall_median"]
job_min = processes["job_wall_min"]
lower, upper = steady["intervals"]["percentile"]["lower"], steady["intervals"]["percentile"]["upper"]
print(f"   rdfit r = {steady['r']['estimate']:.4f}, 90% percentile [{lower:.4f}, {upper:.4f}]")
for peer, target, name in ((scipy, 1, "SciPy"), (r, 10, "R")):
    if not peer:
        print(f"   {name}: not installed, skipped" + (" (apt-get install r-base-core r-cran-boot)" if name == "R" else " (pip install scipy)"))
        continue
    ratio = peer["milliseconds"] / job
    ratio_min = peer["milliseconds_min"] / job_min
    print(f"   {peer['tool'] + ', in process':32} {peer['milliseconds_min']:7.2f} / {peer['milliseconds']:7.2f}"
          f"   peer / rdfit: median {ratio:.1f}x, min {ratio_min:.1f}x   (target >= {target}x) {verdict(ratio >= target)}")
    s = peer["standard_error"]
    worst = max(abs(lower - peer["percentile"][0]), abs(upper - peer["percentile"][1])) / s
    print(f"     percentile bounds [{peer['percentile'][0]:.4f}, {peer['percentile'][1]:.4f}]: largest difference {worst:.3f} s.e. (tolerance 0.15) {'ok' if worst <= 0.15 else 'FAIL'}")
print()
print("3. bootstrap kernel of the 22-row job, ns per replicate (min / median)")
print(f"   {kernel['threads']} threads: {kernel['ns_min']:7.1f} / {kernel['ns_median']:7.1f}   (target <= 300 ns on 2) {verdict(kernel['ns_min'] <= 300)}")
print(f"   1 thread:  {kernel['ns_one_thread_min']:7.1f} / {kernel['ns_one_thread_median']:7.1f}"
      f"   (one thread / {kernel['threads']}: {kernel['ns_one_thread_median'] / kernel['ns_median']:.2f}x)")
print()
walls = [b[0] for b in bayes]
cpus = [b[1] + b[2] for b in bayes]
print(f"4. rdfit reproduce table4-endpoint (4 domains x 2 likelihoods), {len(bayes)} runs")
print(f"   wall min {min(walls):.2f} s, median {statistics.median(walls):.2f} s   (target <= 1.5 s) {verdict(min(walls) <= 1.5)};"
      f" CPU median {statistics.median(cpus):.2f} s; peak {max(b[3] for b in bayes) / 1024:.1f} MB")
print()
PY
rm -f "$results.steady.json" "$bayes_times"

echo "5. 20x3 least-squares job (issue 5)"
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
