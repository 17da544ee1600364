#!/usr/bin/env bash
# The automation-loop Monte Carlo (issue 11) in rdfit and in a plain Python loop, side by side:
# rdfit's wall time for 20,000 runs of the main preset (2 threads, median of 11), runs/s, peak
# memory at 20k, 200k and 2M runs (fresh process each), the Davidson & Houlden table recomputed,
# and Benchmarks/peers/automation_loop.py timed in the same run (skipped without python3).
#
#   Benchmarks/compare-automation.sh                       # 100,000 runs per table row
#   REPRODUCTION_RUNS=1000000 Benchmarks/compare-automation.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
nice -n 10 swift build -c release --product RDFitAutomationBenchmark 2>&1 | grep -E "error|warning" >&2 || true
.build/release/RDFitAutomationBenchmark --reproduction-runs "${REPRODUCTION_RUNS:-100000}"
