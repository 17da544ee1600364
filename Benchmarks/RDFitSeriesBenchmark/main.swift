import Foundation
import RDFit

// Timings of the full-series likelihood (Sources/RDFit/RDFit.docc/FullSeriesLikelihood.md) on
// simulated series, release build:
//     swift run -c release RDFitSeriesBenchmark [--stable] [--bootstrap]
// Goals: one Gaussian fit with profile interval on 300 transitions ≤ 50 ms; one stable-noise fit
// ≤ 500 ms; 1,000 transition-bootstrap refits (Gaussian) on 2 threads ≤ 5 s. The stable fit and
// the bootstrap take longer, so they run only when asked for.

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let arguments = CommandLine.arguments
let truth = SeriesParameters(beta: 0.5, lambda: 0.4, theta: 0.05, sigma: 0.01, alpha: 1.7, skewness: 0.5)
let data = try BenchmarkSeries.make(transitions: 300, parameters: truth, noise: .gaussian, seed: 1)

let gaussianSpec = try SeriesMLESpecification(noise: .gaussian, holdOutShare: nil, waldNormalDraws: 0)
_ = try SeriesMLEEstimator(specification: gaussianSpec).fit(to: data)
var gaussian: SeriesMLEResult?
let gaussianTime = try seconds { gaussian = try SeriesMLEEstimator(specification: gaussianSpec).fit(to: data) }
print(
    String(
        format: "Gaussian MLE, tests and profile interval, 300 transitions: %.1f ms (goal 50 ms)",
        gaussianTime * 1000))
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
    let spec = try SeriesMLESpecification(noise: .stable, profileInterval: false, holdOutShare: nil, waldNormalDraws: 0)
    var stable: SeriesMLEResult?
    let time = try seconds { stable = try SeriesMLEEstimator(specification: spec).fit(to: stableData) }
    print(String(format: "stable MLE with both tests (no profile), 300 transitions: %.1f s (goal 0.5 s)", time))
    if let s = stable {
        let line = String(
            format: "  r %.4f, beta %.4f, lambda %.4f, alpha %.3f, skewness %.3f", s.returns.estimate,
            s.beta.estimate, s.lambda.estimate, s.alpha.estimate, s.skewness.estimate)
        print(line + " (truth 0.8, 0.5, 0.4, 1.7, 0.5)")
    }
}

if arguments.contains("--bootstrap") {
    let spec = try SeriesMLESpecification(
        noise: .gaussian, profileInterval: false, holdOutShare: nil,
        transitionBootstrapReplicates: 1000, waldNormalDraws: 0, seed: 3, threads: 2)
    var boot: SeriesMLEResult?
    let time = try seconds { boot = try SeriesMLEEstimator(specification: spec).fit(to: data) }
    print(String(format: "Gaussian fit + 1,000 transition-bootstrap refits, 2 threads: %.2f s (goal 5 s)", time))
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
