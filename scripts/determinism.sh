#!/usr/bin/env bash
# Checks that debug and release builds of rdfit print byte-identical JSON for the same seed, for
# both estimators, every bootstrap scheme and RDFIT_THREADS 1 and 2 (Docs/CHANGELOG.md says what
# may change seeded output between versions; nothing may change it between builds or thread counts).
#
#   scripts/determinism.sh        # builds both configurations, exit status 1 on any difference
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
swift build 2>&1 | grep -E "error|warning" >&2 || true
swift build -c release 2>&1 | grep -E "error|warning" >&2 || true
debug=.build/debug/rdfit
release=.build/release/rdfit
steady=(Tests/Fixtures/good/steady-state.csv --doubling-time 9 --interval 5:14)
jones=(Tests/Fixtures/good/jones.csv --method jones-ols --output quality --window 5)
runs=(
    "${steady[*]}"
    "${steady[*]} --bootstrap residual"
    "${steady[*]} --bootstrap block --block-length 3"
    "${steady[*]} --bootstrap stationary --block-length 2.5"
    "${steady[*]} --growth endpoints --interval-method bca"
    "Data/computer-vision.csv"
    "Data/atari-rl.csv --growth least-squares"
    "${jones[*]}"
    "${jones[*]} --bootstrap stationary"
    "${jones[*]} --bootstrap pairs --interval-method bca"
    "${jones[*]} --bootstrap residual"
)
status=0
for run in "${runs[@]}"; do
    # shellcheck disable=SC2086
    reference=$(RDFIT_THREADS=1 $debug estimate $run --seed 7 --replicates 2000 --format json)
    for threads in 1 2; do
        # shellcheck disable=SC2086
        candidate=$(RDFIT_THREADS=$threads $release estimate $run --seed 7 --replicates 2000 --format json)
        if [ "$reference" = "$candidate" ]; then
            echo "same   release (RDFIT_THREADS=$threads) = debug: $run"
        else
            echo "DIFFER release (RDFIT_THREADS=$threads) ≠ debug: $run"
            diff <(echo "$reference") <(echo "$candidate") | head -10
            status=1
        fi
    done
done
exit $status
