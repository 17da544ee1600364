// rdfit statistical validation: coverage of nominal 90% bootstrap intervals on r and bias of r̂,
// on synthetic datasets with a known r (summarised in Docs/validation.md).
//
//   swift build -c release --product RDFitValidation
//   .build/release/RDFitValidation [--datasets 1000] [--replicates 999] [--seed 20261122] [--quick]
//   .build/release/RDFitValidation --series [--series-datasets 500] [--stable-datasets 100]  (SeriesValidation.swift)
//
// Data-generating processes (every draw from rdfit's seeded generator, dataset d from stream d):
// - steady state: years 0…n−1; ln I_t = g_E·t + ε_t, ln A_t = r·g_E·t + η_t, ε, η ~ N(0, σ²)
//   i.i.d. (g_E = 0.3, σ = 0.15, r = 0.8, n = 15), or with the noise in the growth rate instead
//   (random walks with drift, increments g + N(0, σ²)). The output is either the level series A
//   or a reported doubling time whose 90% range is the lognormal the estimator assumes.
// - Jones law of motion: d ln A/dt = θ·A^(−β)·R^λ·e^(u_year) integrated in steps of 0.05 years,
//   ln R_t = g_R·t + ε_t, observed yearly for n = 50 years (β = 0.5, λ = 0.4, r = 0.8, g_R = 0.1,
//   σ_u = 0.1, σ_ε = 0.05, A_0 below its balanced path so the series carries transition dynamics).
// Each configuration (estimator × growth method × scheme) runs on the same datasets; the four
// interval methods come from one set of replicates. Coverage is the share of datasets whose
// interval contains the true r (an undefined interval counts as a miss); its Monte-Carlo standard
// error is √(c(1−c)/N). Bias is mean(r̂) − r with standard error sd(r̂)/√N.
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
if arguments.contains("--series") {
    // The full-series likelihood study (SeriesValidation.swift).
    runSeriesValidation(arguments: arguments, masterSeed: UInt64(option("--seed", default: 20_261_122)))
    exit(0)
}
let quick = arguments.contains("--quick")
let datasetCount = option("--datasets", default: quick ? 200 : 1000)
let replicateCount = option("--replicates", default: quick ? 499 : 999)
let masterSeed = UInt64(option("--seed", default: 20_261_122))
let level = 0.9
let trueR = 0.8

/// One synthetic dataset.
struct Dataset {
    let years: [Double]
    let input: [Double]
    let output: [Double]
    /// For the reported-doubling-time form: the reported value and its 90% range.
    let doublingTime: Double
    let doublingRange: (Double, Double)
}

func steadyStateDataset(index: Int, n: Int, randomWalk: Bool, sigma: Double = 0.15) -> Dataset {
    var g = Xoshiro256StarStar(seed: masterSeed, stream: UInt64(index))
    let gE = 0.3, gA = trueR * gE
    let years = (0..<n).map(Double.init)
    var input: [Double], output: [Double]
    if randomWalk {
        // Noise in the growth rate: ln I_t = g_E·t + Σ_(s ≤ t) ε_s, a random walk with drift.
        var logI = 1.0, logA = 0.0
        input = [exp(logI)]
        output = [exp(logA)]
        for _ in 1..<n {
            logI += gE + sigma * g.nextStandardNormal()
            logA += gA + sigma * g.nextStandardNormal()
            input.append(exp(logI))
            output.append(exp(logA))
        }
    } else {
        input = years.map { exp(1 + gE * $0 + sigma * g.nextStandardNormal()) }
        output = years.map { exp(gA * $0 + sigma * g.nextStandardNormal()) }
    }
    // A published doubling time: ln ĝ_A ~ N(ln g_A, s²), reported with its 90% lognormal range.
    let s = 0.25
    let reportedRate = gA * exp(s * g.nextStandardNormal())
    let d = 12 * log(2) / reportedRate
    let z = NormalDistribution.twoSidedCriticalValue(level: 0.9)
    return Dataset(
        years: years, input: input, output: output, doublingTime: d, doublingRange: (d * exp(-z * s), d * exp(z * s)))
}

func jonesDataset(index: Int, n: Int = 50) -> Dataset {
    var g = Xoshiro256StarStar(seed: masterSeed ^ 0x4A4F_4E45_53, stream: UInt64(index))
    let beta = 0.5, lambda = trueR * 0.5, gR = 0.1, sigmaU = 0.1, sigmaE = 0.05
    let gA = lambda * gR / beta
    // θ puts A = 1, R = 1 on the balanced path at t = 0; start A below it.
    let theta = gA
    var logA = -1.0
    let step = 0.05, stepsPerYear = 20
    var years: [Double] = [], input: [Double] = [], output: [Double] = []
    for year in 0..<n {
        let logR = gR * Double(year) + sigmaE * g.nextStandardNormal()
        years.append(Double(year))
        input.append(exp(logR))
        output.append(exp(logA))
        let u = sigmaU * g.nextStandardNormal()
        for k in 0..<stepsPerYear {
            let t = Double(year) + Double(k) * step
            let logRt = gR * t
            logA += theta * exp(-beta * logA + lambda * logRt + u) * step
        }
    }
    return Dataset(years: years, input: input, output: output, doublingTime: 0, doublingRange: (0, 0))
}

enum Form { case series, doublingTime, jones }

struct Configuration {
    let name: String
    let form: Form
    let growth: GrowthMethod
    let scheme: ResamplingScheme
    var n: Int = 15
    var randomWalk = false
}

struct Outcome {
    var estimate = Double.nan
    var covered: [IntervalMethod: Bool] = [:]
    var width: [IntervalMethod: Double] = [:]
    var failed = false
    var diagnosticCodes: Set<String> = []
}

func run(_ c: Configuration, dataset index: Int) -> Outcome {
    var outcome = Outcome()
    do {
        let result: ReturnsEstimate
        let seed = masterSeed &+ UInt64(index) &* 7919
        switch c.form {
        case .series, .doublingTime:
            let d = steadyStateDataset(index: index, n: c.n, randomWalk: c.randomWalk)
            let input = TimeSeries(name: "input", years: d.years, values: d.input)
            let bootstrap = try BootstrapSpecification(scheme: c.scheme, replicates: replicateCount, seed: seed)
            if c.form == .series {
                result = try SteadyStateEstimator.estimate(
                    SteadyStateSpecification(
                        inputs: [input], output: .series(name: "quality"),
                        outputSeries: TimeSeries(name: "quality", years: d.years, values: d.output),
                        growthMethod: c.growth, level: level, bootstrap: bootstrap))
            } else {
                let interval = try QuantityInterval(lower: d.doublingRange.0, upper: d.doublingRange.1, level: 0.9)
                result = try SteadyStateEstimator.estimate(
                    SteadyStateSpecification(
                        inputs: [input], output: .doublingTime(months: d.doublingTime, interval: interval),
                        growthMethod: c.growth, level: level, bootstrap: bootstrap))
            }
        case .jones:
            let d = jonesDataset(index: index)
            let bootstrap = try BootstrapSpecification(scheme: c.scheme, replicates: replicateCount, seed: seed)
            result = try JonesRegression.estimate(
                JonesSpecification(
                    inputs: [TimeSeries(name: "input", years: d.years, values: d.input)],
                    output: TimeSeries(name: "quality", years: d.years, values: d.output), level: level,
                    bootstrap: bootstrap))
        }
        outcome.estimate = result.r.estimate
        outcome.diagnosticCodes = Set(result.diagnostics.map(\.code.rawValue))
        for method in IntervalMethod.allCases {
            let interval = result.replicates!.confidenceInterval(method, level: level)
            let defined = interval.lower.isFinite && interval.upper.isFinite
            outcome.covered[method] = defined && interval.lower <= trueR && trueR <= interval.upper
            outcome.width[method] = defined ? interval.upper - interval.lower : .nan
        }
    } catch {
        outcome.failed = true
        for method in IntervalMethod.allCases { outcome.covered[method] = false }
    }
    return outcome
}

final class Results: @unchecked Sendable {
    var outcomes: [Outcome]
    init(count: Int) { outcomes = Array(repeating: Outcome(), count: count) }
}

func evaluate(_ c: Configuration) -> [Outcome] {
    let results = Results(count: datasetCount)
    let lock = NSLock()
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    DispatchQueue.concurrentPerform(iterations: workers) { w in
        var i = w
        while i < datasetCount {
            let o = run(c, dataset: i)
            lock.lock(); results.outcomes[i] = o; lock.unlock()
            i += workers
        }
    }
    return results.outcomes
}

func percent(_ x: Double) -> String { String(format: "%.1f", 100 * x) }
func median(_ values: [Double]) -> Double { Quantile.of(values, [0.5])[0] }

func summarise(_ c: Configuration, _ outcomes: [Outcome]) -> String {
    let n = Double(outcomes.count)
    let estimates = outcomes.filter { !$0.failed && $0.estimate.isFinite }.map(\.estimate)
    let m = Double(estimates.count)
    let mean = estimates.reduce(0, +) / max(m, 1)
    let sd = (estimates.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(m - 1, 1)).squareRoot()
    var cells = [c.name]
    for method in IntervalMethod.allCases {
        let k = Double(outcomes.filter { $0.covered[method] == true }.count)
        let p = k / n
        cells.append("\(percent(p)) ± \(percent((p * (1 - p) / n).squareRoot()))")
    }
    cells.append(String(format: "%+.3f ± %.3f", mean - trueR, sd / max(m, 1).squareRoot()))
    cells.append(String(format: "%+.3f", median(estimates) - trueR))
    cells.append(String(format: "%.3f", median(outcomes.compactMap { $0.width[.percentile] }.filter { $0.isFinite })))
    cells.append(percent(Double(outcomes.filter { !$0.diagnosticCodes.isDisjoint(with: coverageCodes) }.count) / n))
    cells.append("\(outcomes.filter(\.failed).count)")
    return "| " + cells.joined(separator: " | ") + " |"
}

let configurations: [Configuration] = [
    Configuration(
        name: "steady-state, series, least-squares, pairs (default)", form: .series, growth: .leastSquares,
        scheme: .pairs),
    Configuration(
        name: "steady-state, series, least-squares, residual", form: .series, growth: .leastSquares, scheme: .residual),
    Configuration(
        name: "steady-state, series, least-squares, block (l = 2)", form: .series, growth: .leastSquares,
        scheme: .movingBlock(length: 2)),
    Configuration(
        name: "steady-state, series, least-squares, stationary (l = 2)", form: .series, growth: .leastSquares,
        scheme: .stationary(meanLength: 2)),
    Configuration(name: "steady-state, series, endpoints, pairs", form: .series, growth: .endpoints, scheme: .pairs),
    Configuration(
        name: "steady-state, series, endpoints, residual", form: .series, growth: .endpoints, scheme: .residual),
    Configuration(
        name: "steady-state, series, endpoints, block (l = 2)", form: .series, growth: .endpoints,
        scheme: .movingBlock(length: 2)),
    Configuration(
        name: "steady-state, series, random-walk noise, least-squares, pairs", form: .series, growth: .leastSquares,
        scheme: .pairs, randomWalk: true),
    Configuration(
        name: "steady-state, series, random-walk noise, least-squares, block (l = 2)", form: .series,
        growth: .leastSquares, scheme: .movingBlock(length: 2), randomWalk: true),
    Configuration(
        name: "steady-state, series, random-walk noise, endpoints, pairs", form: .series, growth: .endpoints,
        scheme: .pairs, randomWalk: true),
    Configuration(
        name: "steady-state, doubling time ± range, least-squares, pairs", form: .doublingTime, growth: .leastSquares,
        scheme: .pairs),
    Configuration(
        name: "steady-state, doubling time ± range, endpoints, pairs", form: .doublingTime, growth: .endpoints,
        scheme: .pairs),
    Configuration(
        name: "jones-ols, window 10, block (l = 10, default)", form: .jones, growth: .leastSquares,
        scheme: .movingBlock(length: 10)),
    Configuration(
        name: "jones-ols, window 10, stationary (l = 10)", form: .jones, growth: .leastSquares,
        scheme: .stationary(meanLength: 10)),
    Configuration(name: "jones-ols, window 10, pairs", form: .jones, growth: .leastSquares, scheme: .pairs),
    Configuration(name: "jones-ols, window 10, residual", form: .jones, growth: .leastSquares, scheme: .residual),
]

/// Writes a line at once (unbuffered), so a long run shows progress through a pipe.
func emit(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

/// The diagnostics that warn of under-coverage; the "flagged" column is the share of datasets carrying one.
let coverageCodes: Set<String> = [
    "small-sample", "small-sample-coverage", "autocorrelated-residuals", "scheme-ignores-overlap",
]

let header =
    "| configuration | percentile | basic | normal | BCa | bias of r̂ | median error | median width (pct.) | flagged % | errors |\n|---|---|---|---|---|---|---|---|---|---|"
let start = Date()
emit(
    "rdfit validation: \(datasetCount) datasets per configuration, \(replicateCount) replicates, nominal 90%, true r = \(trueR), seed \(masterSeed)"
)
emit("Coverage in % ± Monte-Carlo s.e.; bias = mean(r̂) − r ± s.e.; median error = median(r̂) − r.\n")
emit(header)
for c in configurations {
    emit(summarise(c, evaluate(c)))

}

emit("\nSample size, default method (steady-state, level series, least-squares growth, pairs):\n")
emit(header)
for n in [5, 6, 8, 10, 15, 25, 40] {
    let c = Configuration(name: "n = \(n)", form: .series, growth: .leastSquares, scheme: .pairs, n: n)
    emit(summarise(c, evaluate(c)))

}
emit(String(format: "\nwall time %.1f s", Date().timeIntervalSince(start)))
