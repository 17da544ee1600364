#!/usr/bin/env bash
# Builds and runs rdfit's libFuzzer targets outside SwiftPM (the root package's build and tests
# are unaffected).
#
#   scripts/fuzz.sh build                 # build both targets into .build/fuzz/
#   scripts/fuzz.sh run TARGET [SECONDS]  # TARGET: csv-reader | estimate-pipeline; default 600 s
#   scripts/fuzz.sh seeds                 # (re)build the seed corpora from Tests/Fixtures and Data
#
# Each target is compiled in one module with every library source under Sources/RDFit, with
# -sanitize=fuzzer,address. Crashers are written to .build/fuzz/artifacts/TARGET/; turn each into
# a fixture under Tests/Fixtures/bad-input/ and a test. Corpora grow in .build/fuzz/corpus/TARGET/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
out=.build/fuzz
mkdir -p "$out"

sources() { find Sources/RDFit -name '*.swift' | sort; }

build_target() {
    local name=$1 harness=$2
    echo "building $name" >&2
    swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
        -module-name RDFitFuzz \
        -Xcc -fmodule-map-file="$root/Fuzz/module/module.modulemap" \
        -I Sources/CRDFitLAPACK/include \
        $(sources) Fuzz/FuzzCheck.swift "$harness" \
        -llapack -lopenblas \
        -o "${FUZZ_OUT:-$out}/$name" 2>&1 | { grep -v "Cannot export local symbol" || true; }
}

seeds() {
    for target in csv-reader estimate-pipeline; do
        mkdir -p "$out/seeds/$target"
        for f in Tests/Fixtures/bad-input/*.csv Tests/Fixtures/good/*.csv Data/*.csv; do
            [ -f "$f" ] || continue
            if [ "$target" = csv-reader ]; then
                cp "$f" "$out/seeds/$target/$(basename "$f")"
            else
                # The pipeline target reads its settings from the first byte: one copy per output form.
                for s in 0 40 65 96 137 255; do
                    { printf "\\$(printf '%03o' "$s")"; cat "$f"; } > "$out/seeds/$target/$s-$(basename "$f")"
                done
            fi
        done
    done
}

case "${1:-}" in
    build)
        build_target csv-reader Fuzz/FuzzCSVReader.swift
        build_target estimate-pipeline Fuzz/FuzzEstimatePipeline.swift
        ;;
    seeds)
        seeds
        ;;
    run)
        target=${2:?name a target: csv-reader or estimate-pipeline}
        seconds=${3:-600}
        [ -x "$out/$target" ] || { echo "run 'scripts/fuzz.sh build' first" >&2; exit 64; }
        [ -d "$out/seeds/$target" ] || seeds
        mkdir -p "$out/corpus/$target" "$out/artifacts/$target"
        # Keep going after a crash (-fork with -ignore_crashes) so one run reports every distinct crasher.
        ASAN_OPTIONS=detect_leaks=0 "$out/$target" "$out/corpus/$target" "$out/seeds/$target" \
            -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
            -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
            -artifact_prefix="$out/artifacts/$target/" -print_final_stats=1
        ;;
    *)
        sed -n '2,12p' "$0"
        exit 64
        ;;
esac
