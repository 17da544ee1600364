#!/usr/bin/env bash
# Builds and runs rdfit's libFuzzer targets outside SwiftPM (the root package's build and tests
# are unaffected).
#
#   scripts/fuzz.sh build [TARGET]        # build the three targets (or one) into .build/fuzz/
#   scripts/fuzz.sh run TARGET [SECONDS]  # TARGET: csv-reader | estimate-pipeline | option-values; default 600 s
#   scripts/fuzz.sh seeds [TARGET]        # (re)build the seed corpora (of one target) from Tests/Fixtures and Data
#
# Each target is compiled in one module with every library source under Sources/RDFit, with
# -sanitize=fuzzer,address; option-values builds the library and the reporting layer as modules
# and the command layer (Sources/RDFitCommand) with its harness as a third, and links
# ArgumentParser, compiled from SwiftPM's checkout without instrumentation (run 'swift build' once first so that the checkout exists). Crashers are written to .build/fuzz/artifacts/TARGET/; turn each into
# a fixture under Tests/Fixtures/bad-input/ and a test. Corpora grow in .build/fuzz/corpus/TARGET/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
out=.build/fuzz
mkdir -p "$out"

sources() { find Sources/RDFit -name '*.swift' | sort; }

# The C shim (LAPACK loaded on first use, with dlopen) compiled on its own, for every target to link.
shim_object() {
    mkdir -p "$out/lib"
    clang -c -O2 -fPIC Sources/CRDFitLAPACK/shim.c -I Sources/CRDFitLAPACK/include -o "$out/lib/crdfit-shim.o"
}

build_target() {
    local name=$1 harness=$2
    echo "building $name" >&2
    shim_object
    swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
        -module-name RDFitFuzz -package-name rdfit \
        -Xcc -fmodule-map-file="$root/Fuzz/module/module.modulemap" \
        -I Sources/CRDFitLAPACK/include \
        $(sources) Fuzz/FuzzCheck.swift "$harness" \
        "$out/lib/crdfit-shim.o" -llapack -lopenblas -ldl \
        -o "${FUZZ_OUT:-$out}/$name" 2>&1 | { grep -v "Cannot export local symbol" || true; }
    [ -x "${FUZZ_OUT:-$out}/$name" ] || { echo "building $name failed" >&2; exit 70; }
}

# The option-values target: the library and the reporting layer as instrumented static modules
# (RDFit, RDFitReporting), the command layer and the harness in one module (RDFitCommand, so the
# harness sees its internal API), ArgumentParser as separate uninstrumented modules; one package
# name, so package API is visible across them as in SwiftPM's build.
build_option_target() {
    local name=option-values parser=.build/checkouts/swift-argument-parser/Sources lib="$out/lib"
    [ -d "$parser/ArgumentParser" ] || { echo "run 'swift build' first (needs the ArgumentParser checkout)" >&2; exit 64; }
    mkdir -p "$lib"
    echo "building $name" >&2
    local files
    for module in ArgumentParserToolInfo ArgumentParser; do
        [ -f "$lib/lib$module.a" ] && [ -f "$lib/$module.swiftmodule" ] && continue
        # Its folders have spaces in their names ("Parsable Types").
        mapfile -d '' files < <(find "$parser/$module" -name '*.swift' -print0 | sort -z)
        swiftc -parse-as-library -O -module-name "$module" -I "$lib" -emit-library -static -emit-module \
            -emit-module-path "$lib/$module.swiftmodule" -o "$lib/lib$module.a" \
            "${files[@]}" 2>&1 | { grep -v "Cannot export local symbol" || true; }
    done
    local common=(-sanitize=fuzzer,address -parse-as-library -O -g -package-name rdfit -I "$lib" -L "$lib"
        -Xcc -fmodule-map-file="$root/Fuzz/module/module.modulemap" -I Sources/CRDFitLAPACK/include)
    swiftc "${common[@]}" -module-name RDFit -emit-library -static -emit-module \
        -emit-module-path "$lib/RDFit.swiftmodule" -o "$lib/libRDFit.a" $(sources) 2>&1 \
        | { grep -v "Cannot export local symbol" || true; }
    swiftc "${common[@]}" -module-name RDFitReporting -emit-library -static -emit-module \
        -emit-module-path "$lib/RDFitReporting.swiftmodule" -o "$lib/libRDFitReporting.a" \
        $(find Sources/RDFitReporting -name '*.swift' | sort) 2>&1 | { grep -v "Cannot export local symbol" || true; }
    shim_object
    swiftc "${common[@]}" -module-name RDFitCommand \
        $(find Sources/RDFitCommand -name '*.swift' | sort) Fuzz/FuzzCheck.swift Fuzz/FuzzOptionValues.swift \
        "$lib/crdfit-shim.o" -lRDFitReporting -lRDFit -lArgumentParser -lArgumentParserToolInfo -llapack -lopenblas -ldl \
        -o "${FUZZ_OUT:-$out}/$name" 2>&1 | { grep -v -e "Cannot export local symbol" -e "^ *|" -e "^[0-9]* |" || true; }
    [ -x "${FUZZ_OUT:-$out}/$name" ] || { echo "building $name failed" >&2; exit 70; }
}

# Seeds for option-values: option values, defaults lines and command lines, one per file.
option_seeds() {
    local dir="$out/seeds/option-values" i=0
    mkdir -p "$dir"
    seed() { printf "\\$(printf '%03o' "$1")%s" "$2" > "$dir/$i"; i=$((i + 1)); }
    for value in '9' '2^(120/9)' '4:25' '0.59:0.67:0.75' 'compute=0.5' '−2×3÷4' '1e308*10' '((9))' '-2^2' '.5e-3' '1:2:3:4'; do seed 0 "$value"; done
    for f in Tests/Fixtures/bad-input/*.csv Tests/Fixtures/good/*.csv Data/*.csv; do
        [ -f "$f" ] || continue
        { grep -h '^# rdfit:' "$f" 2>/dev/null || true; } | head -c 4096 | while IFS= read -r line; do
            printf '\100%s' "${line#\# rdfit: }" > "$dir/$i-$(basename "$f")"; i=$((i + 1))
        done
    done
    seed 64 '--method jones-ols --output quality --window 3 --hac-lag 2'
    seed 64 '--method bayes-endpoint --growth-factor 8 --over 5 --chains 2 --draws 200 --warmup 200'
    seed 160 "$(printf -- '--doubling-time\n9\n--interval\n4:25\n--bootstrap\nblock\n--block-length\n2')"
    seed 160 "$(printf -- '--input\npapers\n--input\nstaff\n--weight\npapers=0.3:0.5\n--growth-multiple\n2')"
}

# Seeds for csv-reader (the files as they are) or estimate-pipeline (each file behind a settings byte).
file_seeds() {
    local target=$1
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
}

# The seeds of one target, or of all three.
seeds() {
    case "${1:-all}" in
        option-values) option_seeds ;;
        csv-reader | estimate-pipeline) file_seeds "$1" ;;
        all) option_seeds; file_seeds csv-reader; file_seeds estimate-pipeline ;;
        *) echo "unknown target '$1': csv-reader, estimate-pipeline or option-values" >&2; exit 64 ;;
    esac
}

case "${1:-}" in
    build)
        case "${2:-all}" in
            csv-reader | all) build_target csv-reader Fuzz/FuzzCSVReader.swift ;;&
            estimate-pipeline | all) build_target estimate-pipeline Fuzz/FuzzEstimatePipeline.swift ;;&
            option-values | all) build_option_target ;;
            csv-reader | estimate-pipeline) ;;
            *) echo "unknown target '$2': csv-reader, estimate-pipeline or option-values" >&2; exit 64 ;;
        esac
        ;;
    build-option-values)
        build_option_target
        ;;
    seeds)
        seeds "${2:-all}"
        ;;
    run)
        target=${2:?name a target: csv-reader, estimate-pipeline or option-values}
        seconds=${3:-600}
        [ -x "$out/$target" ] || { echo "run 'scripts/fuzz.sh build' first" >&2; exit 64; }
        [ -d "$out/seeds/$target" ] || seeds "$target"
        mkdir -p "$out/corpus/$target" "$out/artifacts/$target"
        # A '# rdfit:' line is at most 4096 bytes; longer inputs only test the length check.
        max_len=65536
        [ "$target" = option-values ] && max_len=4200
        # Keep going after a crash (-fork with -ignore_crashes) so one run reports every distinct crasher.
        ASAN_OPTIONS=detect_leaks=0 "$out/$target" "$out/corpus/$target" "$out/seeds/$target" \
            -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
            -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
            -artifact_prefix="$out/artifacts/$target/" -print_final_stats=1
        ;;
    *)
        sed -n '2,15p' "$0"
        exit 64
        ;;
esac
