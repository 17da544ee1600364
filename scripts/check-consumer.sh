#!/usr/bin/env bash
# Builds and runs the README's library example in a fresh package that depends on this one by
# path, so the example compiles and runs exactly as written. Used by .ci/run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Sources/Example"
cat > "$work/Package.swift" <<PACKAGE
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Example",
    dependencies: [.package(path: "$root")],
    targets: [.executableTarget(name: "Example", dependencies: [.product(name: "RDFit", package: "$(basename "$root")")])]
)
PACKAGE
# The Swift code between the consumer-example markers, without the fence lines.
sed -n '/<!-- consumer-example:begin -->/,/<!-- consumer-example:end -->/p' "$root/README.md" \
    | sed '1d;$d' | sed '1d;$d' > "$work/Sources/Example/main.swift"
test -s "$work/Sources/Example/main.swift" || { echo "check-consumer: no example between the markers in README.md" >&2; exit 1; }
cd "$work"
swift build 2>&1 | tail -n 3
output="$(.build/debug/Example)"
echo "$output"
grep -q '^r = ' <<<"$output" || { echo "check-consumer: the example printed no estimate" >&2; exit 1; }
