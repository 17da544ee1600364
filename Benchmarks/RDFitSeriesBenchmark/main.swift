import Foundation
import RDFit

// Timings of the full-series likelihood (Sources/RDFit/RDFit.docc/FullSeriesLikelihood.md) on
// simulated series, release build:
//     swift run -c release RDFitSeriesBenchmark [--stable] [--bootstrap]
//     RDFitSeriesBenchmark --write-series FILE    # the 300-transition Gaussian series as CSV (for SciPy)
//     RDFitSeriesBenchmark --peer-json [--repeat N]   # the Gaussian job N times, one JSON line
// (Benchmarks/compare-series.sh runs the last two against Benchmarks/peers/series_job_scipy.py.)
// Goals: one Gaussian fit with profile interval on 300 transitions ≤ 50 ms; one stable-noise fit
// with profile interval ≤ 500 ms; 1,000 transition-bootstrap refits (Gaussian) on 2 threads ≤ 5 s.
// Each line gives wall and CPU time (on a shared machine the CPU time is the figure to compare).
// `--stable` runs two stable fits: the first computes the density-grid nodes it needs
// (StableDensityGrid), the second, on another series, finds most of them computed.

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// CPU seconds of the process so far (all threads): on a shared machine, the figure that does not
/// depend on what else is running.
func processorSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Wall and CPU seconds of `work`.
func timed(_ work: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    let cpu = processorSeconds()
    let wall = try seconds(work)
    return (wall, processorSeconds() - cpu)
}

let arguments = CommandLine.arguments
let truth = SeriesParameters(beta: 0.5, lambda: 0.4, theta: 0.05, sigma: 0.01, alpha: 1.7, skewness: 0.5)
let data = try BenchmarkSeries.make(transitions: 300, parameters: truth, noise: .gaussian, seed: 1)

let gaussianSpec = try SeriesMLESpecification(noise: .gaussian, holdOutShare: nil, waldNormalDraws: 0)
if let flag = arguments.firstIndex(of: "--write-series"), flag + 1 < arguments.count {
    try BenchmarkSeries.csv(data).write(toFile: arguments[flag + 1], atomically: true, encoding: .utf8)
    exit(0)
}
if arguments.contains("--peer-json") {
    let flag = arguments.firstIndex(of: "--repeat")
    let repeats = flag.flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil } ?? 11
    print(try BenchmarkSeries.peerJSON(data, specification: gaussianSpec, repeats: repeats))
    exit(0)
}
_ = try SeriesMLEEstimator(specification: gaussianSpec).fit(to: data)
var gaussian: SeriesMLEResult?
let gaussianTime = try timed { gaussian = try SeriesMLEEstimator(specification: gaussianSpec).fit(to: data) }
print(
    String(
        format: "Gaussian MLE, tests and profile interval, 300 transitions: %.1f ms wall, %.1f ms CPU (goal 50 ms)",
        gaussianTime.wall * 1000, gaussianTime.cpu * 1000))
if let g = gaussian {
    print(
        String(
            format: "  r %.4f, 90%% profile [%.4f, %.4f], beta %.4f, lambda %.4f (truth r 0.8)",
            g.returns.estimate, g.returns.lower ?? .nan, g.returns.upper ?? .nan, g.beta.estimate,
            g.lambda.estimate))
}

let stableData = try BenchmarkSeries.make(transitions: 300, parameters: truth, noise: .stable, seed: 2)
let evaluations = 20
let evaluationTime = seconds {
    for _ in 0..<evaluations { _ = SeriesLogLikelihood.value(truth, data: stableData, noise: .stable) }
}
print(
    String(
        format: "one stable log-likelihood, 300 transitions: %.2f ms",
        evaluationTime / Double(evaluations) * 1000))

if arguments.contains("--stable") {
    // The first fit computes the density grid's columns it needs (StableDensityGrid); the second,
    // on another series from the same law, finds most of them computed.
    let spec = try SeriesMLESpecification(noise: .stable, holdOutShare: nil, waldNormalDraws: 0)
    for (run, seed) in [(1, UInt64(2)), (2, UInt64(4))] {
        let series =
            seed == 2
            ? stableData
            : try BenchmarkSeries.make(
                transitions: 300, parameters: truth, noise: .stable, seed: seed)
        var stable: SeriesMLEResult?
        let time = try timed { stable = try SeriesMLEEstimator(specification: spec).fit(to: series) }
        print(
            String(
                format: "stable MLE, tests and profile interval, 300 transitions (fit %d): %.0f ms wall, %.0f ms CPU "
                    + "(goal 500 ms); density-grid nodes computed so far %d", run, time.wall * 1000, time.cpu * 1000,
                StableDensityGrid.sharedComputedNodes))
        if let s = stable {
            let line = String(
                format: "  r %.4f, 90%% profile [%.4f, %.4f], beta %.4f, lambda %.4f, alpha %.3f, skewness %.3f, "
                    + "log-likelihood %.6f, evaluations %d",
                s.returns.estimate, s.returns.lower ?? .nan, s.returns.upper ?? .nan, s.beta.estimate,
                s.lambda.estimate, s.alpha.estimate, s.skewness.estimate, s.logLikelihood, s.convergence.evaluations)
            print(line + " (truth 0.8, 0.5, 0.4, 1.7, 0.5)")
        }
    }
}

if arguments.contains("--bootstrap") {
    let spec = try SeriesMLESpecification(
        noise: .gaussian, profileInterval: false, holdOutShare: nil,
        transitionBootstrapReplicates: 1000, waldNormalDraws: 0, seed: 3, threads: 2)
    var boot: SeriesMLEResult?
    let time = try timed { boot = try SeriesMLEEstimator(specification: spec).fit(to: data) }
    print(
        String(
            format: "Gaussian fit + 1,000 transition-bootstrap refits, 2 threads: %.2f s wall, %.2f s CPU (goal 5 s)",
            time.wall, time.cpu))
    if let draws = boot?.draws.first { print("  \(draws.values.count) draws, \(draws.failed) failed") }
}

// `--chess <input>`: the full report on the bundled chess file, Gaussian and stable noise.
if let flag = arguments.firstIndex(of: "--chess") {
    let input = arguments.count > flag + 1 ? arguments[flag + 1] : "commits"
    let chess = try BenchmarkSeries.chess(input: input)
    for noise in [SeriesNoise.gaussian, .stable] {
        let spec = try SeriesMLESpecification(
            noise: noise, transitionBootstrapReplicates: noise == .gaussian ? 100 : 0,
            seed: 1, threads: 2)
        var fit: SeriesMLEResult?
        let time = try seconds { fit = try SeriesMLEEstimator(specification: spec).fit(to: chess) }
        guard let r = fit else { continue }
        print(
            "chess, input \(input), \(noise.rawValue) noise, \(r.transitions) transitions, "
                + String(format: "%.1f s", time))
        print(BenchmarkSeries.summary(r))
    }
}
