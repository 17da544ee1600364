import Dispatch
import Foundation
import RDFit

/// The 22-row steady-state job of issue 13: `rdfit estimate Data/sat-solvers.csv --growth
/// least-squares --years 0:21 --replicates 10000`, r = g_A / (slope of ln unique_authors on t) with
/// g_A fixed by the growth factor 2^(21/2) over 21 years, pairs bootstrap.
enum SteadyStateJob {
    static let replicates = 10_000
    static let arguments = [
        "estimate", "Data/sat-solvers.csv", "--growth", "least-squares", "--years", "0:21", "--replicates",
        "\(replicates)", "--seed", "1", "--format", "json",
    ]

    static func specification(root: URL, threads: Int) throws -> SteadyStateSpecification {
        let text = try String(contentsOf: root.appendingPathComponent("Data/sat-solvers.csv"), encoding: .utf8)
        var years: [Double] = [], authors: [Double] = []
        for line in text.split(separator: "\n") where line.first?.isNumber == true {
            let fields = line.split(separator: ",")
            years.append(Double(fields[0])!)
            authors.append(Double(fields[1])!)
        }
        return try SteadyStateSpecification(
            inputs: [TimeSeries(name: "unique_authors", years: years, values: authors)],
            output: .growthFactor(factor: pow(2, 21.0 / 2), years: 21, interval: nil), growthMethod: .leastSquares,
            bootstrap: BootstrapSpecification(scheme: .pairs, replicates: replicates, seed: 1, threads: threads))
    }

    /// Nanoseconds per replicate of the bootstrap alone (no fits, jackknife or intervals), minimum
    /// and median over `repeats` runs after 300 ms of warm-up.
    static func kernel(root: URL, repeats: Int, threads: Int) throws -> (min: Double, median: Double) {
        let spec = try specification(root: root, threads: threads)
        func once() -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = SteadyStateEstimator.replicatesOnly(spec)
            return Double(DispatchTime.now().uptimeNanoseconds - start) / Double(replicates)
        }
        let warmUpEnd = DispatchTime.now().uptimeNanoseconds + 300_000_000
        while DispatchTime.now().uptimeNanoseconds < warmUpEnd { _ = once() }
        let times = (0..<repeats).map { _ in once() }
        return (times.min()!, Quantile.of(times, [0.5])[0])
    }

    /// One child process, its output to /dev/null: wall milliseconds, CPU milliseconds (user +
    /// system) and peak resident kilobytes, from posix_spawn and wait4.
    static func spawn(_ path: String, _ args: [String], in directory: String) -> (wall: Double, cpu: Double, kb: Int) {
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(directory)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return (.nan, .nan, 0) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let cpu =
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3
        return (wall, cpu, usage.ru_maxrss)
    }

    /// Start-up and the whole job as processes, interleaved so that all three see the same load:
    /// a hello-world binary, `rdfit --version` and the job. One JSON object of minima and medians.
    static func processes(rdfit: String, hello: String, root: URL, repeats: Int) throws -> String {
        var samples: [String: [(wall: Double, cpu: Double, kb: Int)]] = [:]
        for run in 0...repeats {
            let h = spawn(hello, [], in: root.path)
            let v = spawn(rdfit, ["--version"], in: root.path)
            let j = spawn(rdfit, arguments, in: root.path)
            if run > 0 {
                samples["hello", default: []].append(h)
                samples["version", default: []].append(v)
                samples["job", default: []].append(j)
            }
        }
        var fields: [String: Any] = ["repeats": repeats, "job": arguments.joined(separator: " ")]
        for (name, runs) in samples {
            let walls = runs.map(\.wall), cpus = runs.map(\.cpu)
            fields[name + "_wall_min"] = walls.min()!
            fields[name + "_wall_median"] = Quantile.of(walls, [0.5])[0]
            fields[name + "_cpu_min"] = cpus.min()!
            fields[name + "_cpu_median"] = Quantile.of(cpus, [0.5])[0]
            fields[name + "_peak_mb"] = Double(runs.map(\.kb).max()!) / 1024
        }
        let data = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
