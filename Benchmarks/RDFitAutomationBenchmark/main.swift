// Times the automation-loop Monte Carlo (issue 11) and shows that its memory does not grow with
// the number of runs. Release build:
//
//   swift run -c release RDFitAutomationBenchmark            # timing, memory, reproduction, Python peer
//   swift run -c release RDFitAutomationBenchmark --reproduction-runs 1000000
//   swift run -c release RDFitAutomationBenchmark --memory-probe 200000   # one run, prints peak RSS (KiB)
//
// Peak memory is measured in a fresh child process per run count (getrusage's ru_maxrss is a
// high-water mark, so one process measuring both counts would only show the larger).
import Foundation
import RDFit

func peakResidentKiB() -> Int {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage.ru_maxrss
}

func simulate(runs: Int, threads: Int, seed: UInt64 = 1) throws -> AutomationLoopResult {
    let specification = try AutomationLoopSpecification.davidsonHoulden2025(runs: runs, seed: seed)
    return AutomationLoopSimulation(specification: specification).run(threads: threads)
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func runChild(_ executable: String, _ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

func percent(_ value: Double) -> String { String(format: "%5.1f%%", 100 * value) }

let arguments = CommandLine.arguments
if let flag = arguments.firstIndex(of: "--memory-probe"), flag + 1 < arguments.count,
    let runs = Int(arguments[flag + 1])
{
    _ = try simulate(runs: runs, threads: 2)
    print(peakResidentKiB())
    exit(0)
}

let threads = 2
let runs = 20_000
_ = try simulate(runs: runs, threads: threads)
var times: [Double] = []
var result: AutomationLoopResult?
for _ in 0..<11 {
    times.append(try seconds { result = try simulate(runs: runs, threads: threads) })
}
times.sort()
let median = times[times.count / 2]
print("Automation-loop Monte Carlo, main preset, \(runs) runs, \(threads) threads (median of 11)")
print(
    String(
        format: "  wall time %.1f ms (fastest %.1f ms), %.2f million runs/s; goal ≤ 100 ms",
        1000 * median, 1000 * times[0], Double(runs) / median / 1e6))
let single = try seconds { _ = try simulate(runs: runs, threads: 1) }
print(String(format: "  one thread: %.1f ms", 1000 * single))
if let result {
    print("  probabilities: " + result.outcomes.map { percent($0.probability) }.joined(separator: "  "))
}

print("\nPeak resident memory (fresh process per count)")
let executable = URL(fileURLWithPath: arguments[0]).path
for count in [20_000, 200_000, 2_000_000] {
    if let kib = runChild(executable, ["--memory-probe", String(count)]) {
        print("  N = \(count): \(kib) KiB")
    }
}

let reproductionRuns =
    arguments.firstIndex(of: "--reproduction-runs").flatMap {
        $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil
    } ?? 100_000
print("\nDavidson & Houlden (2025) table (DavidsonHouldenReproduction), \(reproductionRuns) runs per row")
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let table = root.appendingPathComponent("Data/reference/davidson-houlden-2025-probabilities.csv")
if let text = try? String(contentsOf: table, encoding: .utf8) {
    let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
    let rows = try lines.compactMap { line -> DavidsonHouldenPublishedRow? in
        let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard let run = DavidsonHouldenRun(publishedLabel: fields[0]) else { return nil }
        return try DavidsonHouldenPublishedRow(run: run, probabilities: fields[1...4].compactMap(Double.init))
    }
    var reproduced: [DavidsonHouldenReproducedRow] = []
    let elapsed = try seconds {
        reproduced = try DavidsonHouldenReproduction(runs: reproductionRuns, seed: 2025, threads: threads)
            .reproduce(rows)
    }
    print("  run                  condition      published  computed  s.e.    tolerance  pass")
    for row in reproduced {
        for comparison in row.comparisons {
            let name = row.run.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
            let condition = String(format: "%4.1fy in %2.0fm", comparison.condition.years, comparison.condition.months)
            print(
                String(
                    format: "  %@ %@   %.2f       %.4f    %.4f  %.4f     %@", name, condition,
                    comparison.published, comparison.computed, comparison.standardError,
                    comparison.tolerance, comparison.passes ? "yes" : "NO"))
        }
    }
    print(String(format: "  (%.2f s for %d rows)", elapsed, reproduced.count))
}

print("\nPeer: a plain Python loop of the same model (Benchmarks/peers/automation_loop.py)")
let script = root.appendingPathComponent("Benchmarks/peers/automation_loop.py").path
if let output = runChild("/usr/bin/env", ["python3", script, "--runs", String(runs), "--seed", "1"]),
    let data = output.data(using: .utf8),
    let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
    let pythonSeconds = json["seconds"] as? Double
{
    let python = json["probabilities"] as? [Double] ?? []
    print(
        String(
            format: "  Python: %.0f ms for %d runs (%.0fx rdfit's %d-thread median)",
            1000 * pythonSeconds, runs, pythonSeconds / median, threads))
    print("  probabilities: " + python.map(percent).joined(separator: "  "))
    // Different generators, same model: the two estimates differ by sampling error only, with
    // standard error √(2·p(1 − p)/n) for the difference; allow 4 of them.
    if let outcomes = result?.outcomes, python.count == outcomes.count {
        let agree = zip(python, outcomes).allSatisfy { value, outcome in
            abs(value - outcome.probability) <= 4
                * (2 * outcome.probability * (1 - outcome.probability)
                / Double(outcome.runs)).squareRoot()
        }
        print("  agrees with rdfit within 4 standard errors of the difference: \(agree ? "yes" : "NO")")
    }
} else {
    print("  python3 not found or the script failed; skipped")
}
