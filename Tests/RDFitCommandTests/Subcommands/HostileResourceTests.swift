import Foundation
import RDFitReporting
import Testing

@testable import RDFit
@testable import RDFitCommand

/// Issue 12, resources: long series are decimated in charts, and inputs that would make the
/// option parser quadratic are bounded.
@Suite("hostile input: resources")
struct HostileResourceTests {
    @Test("decimation keeps at most the limit, the ends and every run's extremes, in order")
    func decimation() {
        func y(_ i: Int) -> Double {
            if i == 77_777 { return 1e9 }
            if i == 33_333 { return -1e9 }
            return sin(Double(i) / 100)
        }
        let points = (0..<100_003).map { i in ChartPoint(x: Double(i), y: y(i)) }
        let kept = ChartDecimation.decimated(points)
        #expect(kept.count <= ChartDecimation.maximumPoints)
        #expect(kept.first == points.first && kept.last == points.last)
        #expect(kept.contains(points[77_777]) && kept.contains(points[33_333]))
        #expect(zip(kept, kept.dropFirst()).allSatisfy { $0.x < $1.x })
        let short = Array(points.prefix(ChartDecimation.maximumPoints))
        #expect(ChartDecimation.decimated(short) == short)
    }

    @Test("a decimated chart says so; an undecimated one does not")
    func notes() {
        let long = ChartSeries(
            name: "papers", x: (0..<10_000).map(Double.init), y: (0..<10_000).map { exp(Double($0) / 1000) })
        let short = ChartSeries(name: "staff", x: [0, 1, 2], y: [1, 2, 3])
        let chart = LineChart(
            title: "t", xAxis: ChartAxis(label: "x"), yAxis: ChartAxis(label: "y"), series: [long, short])
        let thinned = ChartDecimation.decimated(chart)
        #expect(thinned.series[0].points.count <= ChartDecimation.maximumPoints && thinned.series[1] == short)
        #expect(
            thinned.notes.count == chart.notes.count + 1
                && thinned.notes.last!.hasPrefix("papers: 10000 points drawn as"))
    }

    @Test("--plot-kind inputs on 50,000 rows writes a small SVG that states the decimation")
    func longSeriesPlot() throws {
        var text = "year,papers\n"
        for i in 0..<50_000 {
            text += "\(Double(i) / 10),\(100 * exp(0.01 * Double(i) / 10) * (1 + 0.01 * sin(Double(i))))\n"
        }
        let path = try CommandRunner.temporaryFile(text, name: "long.csv")
        let plot = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("inputs.svg").path
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        }
        let outcome = try CommandRunner.run([
            "estimate", path, "--doubling-time", "12", "--replicates", "10", "--seed", "1", "--plot", plot,
            "--plot-kind", "inputs",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let svg = try String(contentsOfFile: plot, encoding: .utf8)
        #expect(svg.utf8.count < 2_000_000, "\(svg.utf8.count) bytes")
        #expect(svg.contains("50000 points drawn as"))
    }

    /// Peak resident memory of `rdfit arguments…` alone, in kilobytes (`wait4`'s `ru_maxrss` for
    /// that child, unlike `getrusage(RUSAGE_CHILDREN)`, which other tests' children would raise).
    static func peakKilobytes(_ arguments: [String]) throws -> Int {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(
                &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = ([CommandRunner.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, CommandRunner.binary.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        #expect(status == 0, "rdfit \(arguments.joined(separator: " ")) exited with \(status)")
        return usage.ru_maxrss
    }

    /// Stored, a replicate is 8 bytes; forming an interval adds one sorted copy (8 more): 15.9
    /// bytes at 10^7 in a release build. The bound leaves room for allocator noise at 10^6.
    @Test("bootstrap replicates cost about 16 bytes each at peak (issue 12: 43 bytes before)")
    func replicateMemory() throws {
        let file = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/bad-input/good.csv").path
        func peak(_ replicates: Int) throws -> Int {
            try Self.peakKilobytes([
                "estimate", file, "--doubling-time", "9", "--replicates", "\(replicates)", "--seed", "1", "--format",
                "json",
            ])
        }
        let small = try peak(10_000)
        let large = try peak(1_010_000)
        let bytesPerReplicate = Double(large - small) * 1024 / 1_000_000
        #expect(bytesPerReplicate <= 20, "\(bytesPerReplicate) bytes per replicate (\(small) KB, \(large) KB)")
    }

    /// The Jones regression stores λ and β per replicate and derives r = λ/β on demand (16 bytes);
    /// forming an interval or a median adds one sorted copy (8 more): 23.5 bytes at 10^6 in a
    /// release build, against 31.5 when r was stored beside them. The bound sits between the two.
    @Test("Jones bootstrap replicates cost about 24 bytes each at peak (issue 12: 31.5 bytes before)")
    func jonesReplicateMemory() throws {
        let file = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/good/jones.csv").path
        func peak(_ replicates: Int) throws -> Int {
            try Self.peakKilobytes([
                "estimate", file, "--method", "jones-ols", "--output", "quality", "--replicates", "\(replicates)",
                "--seed", "1", "--format", "json",
            ])
        }
        let small = try peak(10_000)
        let large = try peak(1_010_000)
        let bytesPerReplicate = Double(large - small) * 1024 / 1_000_000
        #expect(bytesPerReplicate <= 27, "\(bytesPerReplicate) bytes per replicate (\(small) KB, \(large) KB)")
    }

    /// A retained MCMC draw is kept as part of its chain's run of repeated draws (20 bytes a run),
    /// and the summaries work on the runs (about 56 bytes a run for one quantity at a time,
    /// sorting included), so the cost a draw follows the acceptance rate: with the single t
    /// (warm-up 1,000: 2,000 states visited, fewer than the mixture needs) about a quarter of the
    /// draws start a run, 20 bytes a draw at peak in a release build; with the fitted mixture
    /// (warm-up 10,000) about half, 37 bytes; 87 when every chain held λ, β and r per draw and the
    /// summaries sorted and rank-normalised copies of them. 2 chains, 120,000 extra draws (a debug
    /// build samples slowly); `bayes-series` runs the same sampler and summaries.
    @Test(
        "MCMC draws cost at most 32 bytes each at peak with the single t, 48 with the mixture (issue 12: 87 before)",
        arguments: [(1000, 32.0), (10_000, 48.0)])
    func drawMemory(warmUp: Int, bound: Double) throws {
        let file = CommandRunner.packageRoot.appendingPathComponent("Data/computer-vision.csv").path
        func peak(_ draws: Int) throws -> Int {
            try Self.peakKilobytes([
                "estimate", file, "--method", "bayes-endpoint", "--chains", "2", "--warmup", "\(warmUp)", "--draws",
                "\(draws)", "--seed", "1", "--format", "json",
            ])
        }
        let small = try peak(5_000)
        let large = try peak(65_000)
        let bytesPerDraw = Double(large - small) * 1024 / 120_000
        #expect(bytesPerDraw <= bound, "\(bytesPerDraw) bytes per draw (\(small) KB, \(large) KB)")
    }
}
