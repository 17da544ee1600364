// rdfit benchmarks: prints timings for the speed targets of the core issue.
//
//   swift build -c release && .build/release/RDFitBenchmarks [--repeat N] [--threads T]
//   .build/release/RDFitBenchmarks --peer-job [--seed S]   # one JSON line for compare-peers.sh
//
// 1. 10,000 pairs-bootstrap refits of the 20×3 least-squares problem in
//    Benchmarks/data/bootstrap-20x3.csv (target ≤ 5 ms on 2 cores);
// 2. the same replicates plus a BCa interval (jackknife included);
// 3. one `rdfit estimate` run on a bundled file, wall time and peak memory of the child
//    process (targets ≤ 50 ms, ≤ 50 MB).
// 4. with --bayes: `rdfit reproduce table4-endpoint` (four domains × both likelihoods) for five
//    seeds: wall and CPU time per run (target ≤ 1.5 s wall, issue 13), peak memory (≤ 50 MB) and
//    the spread of each r median across seeds, its Monte-Carlo standard error (target ≤ 0.5%).
// 5. with --bayes-study [--seeds N --draws D --warmup W --chains C]: the same runs in-process,
//    per domain and likelihood (BayesSamplerStudy.swift), with CPU time for a loaded machine.
// 6. with --bayes-importance [--draws N]: an independent check of the sampler, the r quantiles of
//    two domains by adaptive importance sampling from the public log posterior.
// 7. with --demetropolis-study [--replicates K --draws D]: the 2024 notebook's DEMetropolis sampler
//    re-run K times on the published likelihood (DEMetropolisStudy.swift), the spread of each
//    quantile across replicates: the Monte-Carlo error of the published quantiles.
// 8. with --kernel: ns per replicate of the 22-row steady-state bootstrap (issue 13), one JSON line;
//    with --processes HELLO: start-up (`rdfit --version`) against the HELLO binary and the 22-row
//    job as a whole process, interleaved, one JSON line (SteadyStateJob.swift; compare-peers.sh).
// Timings are medians over repeats, after one warm-up.
import Dispatch
import Foundation
import RDFit

let arguments = CommandLine.arguments
func option(_ name: String, default value: Int) -> Int {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let v = Int(arguments[i + 1]) else {
        return value
    }
    return v
}
let repeats = option("--repeat", default: 21)
let threads = option("--threads", default: ProcessInfo.processInfo.activeProcessorCount)
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func loadProblem() throws -> (Matrix, [Double]) {
    let text = try String(
        contentsOf: root.appendingPathComponent("Benchmarks/data/bootstrap-20x3.csv"), encoding: .utf8)
    var rows: [[Double]] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("x1") {
        rows.append(line.split(separator: ",").map { Double($0)! })
    }
    let design = Matrix(columns: [rows.map { _ in 1.0 }, rows.map { $0[0] }, rows.map { $0[1] }])
    return (design, rows.map { $0[2] })
}

func median(_ values: [Double]) -> Double { Quantile.of(values, [0.5])[0] }

func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

if arguments.contains("--bayes-study") {
    // In-process sampler study (BayesSamplerStudy.swift); 0 for chains/draws/warm-up means the default.
    func setting(_ name: String) -> Int? { let v = option(name, default: 0); return v > 0 ? v : nil }
    try bayesStudy(
        root: root, seeds: option("--seeds", default: 5), chains: setting("--chains"),
        draws: setting("--draws"), warmUp: setting("--warmup"), threads: threads)
    exit(0)
}
if arguments.contains("--demetropolis-study") {
    try deMetropolisStudy(
        root: root, replicates: option("--replicates", default: 8), draws: option("--draws", default: 45000),
        threads: threads)
    exit(0)
}
if arguments.contains("--bayes-importance") {
    // The r median of each domain by importance sampling (BayesImportanceCheck.swift).
    for name in ["computer-vision", "sat-solvers"] {
        let domain = try BayesStudyDomain(root: root, name: name)
        for likelihood in BayesLikelihood.allCases {
            let spec = try domain.specification(likelihood, seed: 1, chains: nil, draws: nil, warmUp: nil, threads: 1)
            bayesImportanceCheck(
                spec, label: "\(name) \(likelihood.rawValue)", draws: option("--draws", default: 2_000_000))
        }
    }
    exit(0)
}
if arguments.contains("--kernel") {
    // The 22-row steady-state replicate kernel (SteadyStateJob.swift): ns per replicate.
    let one = try SteadyStateJob.kernel(root: root, repeats: repeats, threads: 1)
    let many = try SteadyStateJob.kernel(root: root, repeats: repeats, threads: threads)
    let fields: [String: Any] = [
        "threads": threads, "ns_one_thread_min": one.min, "ns_one_thread_median": one.median,
        "ns_min": many.min, "ns_median": many.median,
    ]
    print(String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self))
    exit(0)
}
if let i = arguments.firstIndex(of: "--processes"), i + 1 < arguments.count {
    // Start-up against a hello-world binary, and the 22-row job as a process (SteadyStateJob.swift).
    let rdfit = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
        "rdfit")
    let path = ProcessInfo.processInfo.environment["RDFIT_BINARY"] ?? rdfit.path
    print(try SteadyStateJob.processes(rdfit: path, hello: arguments[i + 1], root: root, repeats: repeats))
    exit(0)
}
let (design, response) = try loadProblem()
if arguments.contains("--peer-job") {
    // Benchmarks/compare-peers.sh: one JSON line with time and bounds (PeerJob.swift).
    print(
        try peerJob(
            design: design, response: response, repeats: repeats, threads: threads,
            seed: UInt64(option("--seed", default: 1))))
    exit(0)
}
let statistic = try RegressionStatistic(design: design, response: response, scheme: .pairs) { $0[1] }

func bootstrapTimes(threads: Int, jackknife: Bool, bca: Bool) throws -> [Double] {
    let spec = try BootstrapSpecification(scheme: .pairs, replicates: 10_000, seed: 1, threads: threads)
    var times: [Double] = []
    for run in 0...repeats {
        let t = time {
            let result = Bootstrap.run(statistic, specification: spec, jackknife: jackknife)
            if bca { _ = result.confidenceInterval(.bca, level: 0.95) }
        }
        if run > 0 { times.append(t) }
    }
    return times
}

print(
    "rdfit benchmarks (release build expected), \(ProcessInfo.processInfo.activeProcessorCount) cores, median of \(repeats) runs"
)
let single = try bootstrapTimes(threads: 1, jackknife: false, bca: false)
let multi = try bootstrapTimes(threads: threads, jackknife: false, bca: false)
let withBCa = try bootstrapTimes(threads: threads, jackknife: true, bca: true)
print(String(format: "10,000 pairs-bootstrap refits, 20x3, 1 thread:     %8.2f ms", median(single)))
print(
    String(
        format: "10,000 pairs-bootstrap refits, 20x3, %d threads:    %8.2f ms   (target <= 5 ms)", threads,
        median(multi)))
print(String(format: "same + jackknife + BCa 95%% interval, %d threads:   %8.2f ms", threads, median(withBCa)))

// One CLI run on bundled data, as a child process started with posix_spawn (Foundation's
// Process adds tens of milliseconds of its own): its wall milliseconds.
func spawnAndWait(_ path: String, _ args: [String], in directory: String) -> Double {
    SteadyStateJob.spawn(path, args, in: directory).wall
}

let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rdfit")
if FileManager.default.isExecutableFile(atPath: binary.path) {
    var walls: [Double] = [], baseline: [Double] = []
    for run in 0...repeats {
        let t = spawnAndWait(
            binary.path, ["estimate", "Data/computer-vision.csv", "--seed", "1", "--format", "json"], in: root.path)
        let b = spawnAndWait(binary.path, ["--version"], in: root.path)
        if run > 0 { walls.append(t); baseline.append(b) }
    }
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    print(
        String(
            format: "rdfit estimate Data/computer-vision.csv (2000 replicates), wall: %8.2f ms   (target <= 50 ms)",
            median(walls)))
    print(String(format: "  of which process start-up (rdfit --version):            %8.2f ms", median(baseline)))
    print(
        String(
            format: "peak resident memory of an rdfit estimate run:          %8.1f MB   (target <= 50 MB)",
            Double(usage.ru_maxrss) / 1024))
} else {
    print("rdfit binary not found beside the benchmark (\(binary.path)); build the package in release first")
}

if arguments.contains("--bayes"), FileManager.default.isExecutableFile(atPath: binary.path) {
    print("")
    print("Bayesian single-endpoint reproduction (4 domains x 2 likelihoods, default sampler settings), 5 seeds:")
    var medians: [String: [Double]] = [:]
    var walls: [Double] = []
    func childCPU() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }
    let cpuBefore = childCPU()
    for seed in 1...5 {
        let output = root.appendingPathComponent(".build/bayes-benchmark-\(seed).json").path
        let start = DispatchTime.now().uptimeNanoseconds
        let process = Process()
        process.executableURL = binary
        process.arguments = ["reproduce", "table4-endpoint", "--seed", "\(seed * 1000)", "--format", "json"]
        process.currentDirectoryURL = root
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: output)
        try process.run()
        process.waitUntilExit()
        walls.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let rows = ((object?["tables"] as? [[String: Any]])?.first?["rows"] as? [[String: Any]]) ?? []
        for row in rows {
            guard let label = row["label"] as? String, label.contains("r median"),
                let value = row["computed"] as? Double
            else { continue }
            medians[label, default: []].append(value)
        }
    }
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    print(
        String(
            format: "  wall time per run: median %.2f s, max %.2f s   (target <= 1.5 s); CPU per run %.2f s",
            median(walls), walls.max() ?? .nan, (childCPU() - cpuBefore) / 5))
    print(
        String(
            format: "  peak resident memory of an rdfit run: %.1f MB   (target <= 50 MB)",
            Double(usage.ru_maxrss) / 1024))
    var worst = 0.0
    for (label, values) in medians.sorted(by: { $0.key < $1.key }) {
        let mean = values.reduce(0, +) / Double(values.count)
        let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(values.count - 1, 1))).squareRoot()
        worst = max(worst, sd / mean)
        let padded = label.padding(toLength: 58, withPad: " ", startingAt: 0)
        print("  " + padded + String(format: " mean %.4f  sd across seeds %.4f (%.2f%%)", mean, sd, 100 * sd / mean))
    }
    print(
        String(format: "  largest relative Monte-Carlo spread of an r median: %.2f%%   (target <= 0.5%%)", 100 * worst))
}
