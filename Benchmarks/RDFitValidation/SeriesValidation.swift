// The full-series maximum-likelihood part of the validation study (issue 10, Docs/validation.md):
// `RDFitValidation --series [--series-datasets 500] [--stable-datasets 100] [--transitions 200]
// [--bootstrap B]`.
//
// Each simulated series has quarterly output dates over `transitions` quarters from A_0 = 1 and a
// yearly flow input growing 5% a year with swings of 0.3 on the log scale
// (`SeriesSimulation.quarterlyData`), and follows the full-series transition law with
// θ = 0.05 and Gaussian noise (σ = 0.01) or α-stable noise (α = 1.7, skewness 0.5, σ = 0.007).
// True r is 0.8 (β 0.5, λ 0.4), 1 (β 0.5, λ 0.5: the size of the r = 1 test) and 1.5 (β 0.4,
// λ 0.6). Series d of configuration c uses seed `masterSeed + 1,000,000·c + d`. For each series:
// the MLE with its profile-likelihood and Wald 90% intervals, and the likelihood-ratio test of
// r = 1 at 10%. With `--bootstrap B` (B > 0), also the 90% intervals of B transition-bootstrap
// refits (percentile, bias-corrected percentile and BCa, the acceleration from the infinitesimal
// jackknife) and the 90% percentile interval of B parametric-bootstrap refits (seed = the series'
// seed; `--parametric-bootstrap P` sets their number apart, 0 skips them). `--only-r LABEL` runs
// one true r; `--list` prints, for every series, r̂ with its profile interval, the Wald standard
// error and interval, α̂ and b̂. A fit that throws counts as a miss for coverage and as no rejection.
import Dispatch
import Foundation
import RDFit

struct SeriesValidationOutcome: Sendable {
    var estimate = Double.nan
    var profileCovers = false
    var waldCovers = false
    var profileBounded = false
    var rejectsOne = false
    var transitionCovers = false
    var transitionBiasCorrectedCovers = false
    var transitionBCaCovers = false
    var parametricCovers = false
    var failed = false
    /// The profile interval's ends, for `--list`.
    var lower = Double.nan
    var upper = Double.nan
    /// The Wald standard error of r̂ and its interval's ends, α̂ and b̂, for `--list`.
    var waldStandardError = Double.nan
    var waldLower = Double.nan
    var waldUpper = Double.nan
    var alpha = Double.nan
    var skewness = Double.nan
}

/// Whether the type-7 percentile interval at `level` of `draws` covers `value`.
func percentileCovers(_ draws: SeriesDraws?, _ value: Double, level: Double) -> Bool {
    guard let draws, draws.values.count >= 2 else { return false }
    let bounds = Quantile.of(draws.values, [(1 - level) / 2, (1 + level) / 2])
    return bounds[0] <= value && value <= bounds[1]
}

/// Whether the bias-corrected percentile interval at `level` of `draws` (levels Φ(2z₀ ± z), z₀ =
/// Φ⁻¹(share of draws below `estimate`); BCa with zero acceleration) covers `value`.
func biasCorrectedCovers(_ draws: SeriesDraws?, estimate: Double, _ value: Double, level: Double) -> Bool {
    guard let draws, draws.values.count >= 2 else { return false }
    let below = Double(draws.values.filter { $0 < estimate }.count) / Double(draws.values.count)
    let z0 = NormalDistribution.standardQuantile(below)
    guard z0.isFinite else { return false }
    let z = NormalDistribution.twoSidedCriticalValue(level: level)
    let bounds = Quantile.of(
        draws.values, [NormalDistribution.standardCDF(2 * z0 - z), NormalDistribution.standardCDF(2 * z0 + z)])
    return bounds[0] <= value && value <= bounds[1]
}

/// Whether the BCa interval at `level` of `draws` (``SeriesDraws/confidenceInterval(_:estimate:level:)``)
/// covers `value`; an undefined interval is a miss.
func bcaCovers(_ draws: SeriesDraws?, estimate: Double, _ value: Double, level: Double) -> Bool {
    guard let draws else { return false }
    let interval = draws.confidenceInterval(.bca, estimate: estimate, level: level)
    return interval.lower <= value && value <= interval.upper
}

func seriesValidationOutcome(
    truth: SeriesParameters, noise: SeriesNoise, transitions: Int, seed: UInt64, bootstrap: Int = 0,
    parametricBootstrap: Int = 0
) -> SeriesValidationOutcome {
    var outcome = SeriesValidationOutcome()
    do {
        let data = try SeriesSimulation.quarterlyData(
            transitions: transitions, parameters: truth, noise: noise, seed: seed, swings: 0.3)
        let spec = try SeriesMLESpecification(
            noise: noise, level: 0.9, holdOutShare: nil, transitionBootstrapReplicates: bootstrap,
            parametricBootstrapReplicates: parametricBootstrap, waldNormalDraws: 0, seed: seed)
        let fit = try SeriesMLEEstimator(specification: spec).fit(to: data)
        let r = truth.returns
        outcome.estimate = fit.returns.estimate
        outcome.lower = fit.returns.lower ?? -.infinity
        outcome.upper = fit.returns.upper ?? .infinity
        let lower = fit.returns.lower ?? -.infinity, upper = fit.returns.upper ?? .infinity
        let failedEnd = fit.diagnostics.contains { $0.code == .profileFitFailed }
        outcome.profileCovers = !failedEnd && lower <= r && r <= upper
        outcome.profileBounded = fit.returns.lower != nil && fit.returns.upper != nil
        if let wl = fit.returnsWald.lower, let wu = fit.returnsWald.upper { outcome.waldCovers = wl <= r && r <= wu }
        outcome.waldStandardError = fit.returnsWald.standardError ?? .nan
        outcome.waldLower = fit.returnsWald.lower ?? .nan
        outcome.waldUpper = fit.returnsWald.upper ?? .nan
        outcome.alpha = fit.parameters.alpha
        outcome.skewness = fit.parameters.skewness
        outcome.rejectsOne = (fit.tests.first { $0.hypothesis == "r = 1" }?.pValue ?? 1) < 0.1
        let transition = fit.draws.first { $0.kind == .transitionBootstrap }
        outcome.transitionCovers = percentileCovers(transition, r, level: 0.9)
        outcome.transitionBiasCorrectedCovers = biasCorrectedCovers(
            transition, estimate: fit.returns.estimate, r, level: 0.9)
        outcome.transitionBCaCovers = bcaCovers(transition, estimate: fit.returns.estimate, r, level: 0.9)
        outcome.parametricCovers = percentileCovers(
            fit.draws.first { $0.kind == .parametricBootstrap }, r, level: 0.9)
    } catch {
        outcome.failed = true
    }
    return outcome
}

final class SeriesOutcomeStore: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [SeriesValidationOutcome]
    init(count: Int) { values = Array(repeating: SeriesValidationOutcome(), count: count) }
    func set(_ i: Int, _ v: SeriesValidationOutcome) {
        lock.lock()
        values[i] = v
        lock.unlock()
    }
    var all: [SeriesValidationOutcome] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}

func runSeriesValidation(arguments: [String], masterSeed: UInt64) {
    func option(_ name: String, default value: Int) -> Int {
        guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let v = Int(arguments[i + 1]) else {
            return value
        }
        return v
    }
    let gaussianCount = option("--series-datasets", default: 500)
    let stableCount = option("--stable-datasets", default: 100)
    let transitions = option("--transitions", default: 200)
    let threads = option("--threads", default: ProcessInfo.processInfo.activeProcessorCount)
    let bootstrap = option("--bootstrap", default: 0)
    let parametricBootstrap = option("--parametric-bootstrap", default: bootstrap)
    let truths: [(String, SeriesParameters)] = [
        ("0.8", SeriesParameters(beta: 0.5, lambda: 0.4, theta: 0.05, sigma: 0.01)),
        ("1 (size)", SeriesParameters(beta: 0.5, lambda: 0.5, theta: 0.05, sigma: 0.01)),
        ("1.5", SeriesParameters(beta: 0.4, lambda: 0.6, theta: 0.05, sigma: 0.01)),
    ]
    func line(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
    func percent(_ share: Double, _ n: Int) -> String {
        String(format: "%.1f ± %.1f", 100 * share, 100 * (share * (1 - share) / Double(max(n, 1))).squareRoot())
    }
    let start = Date()
    line(
        "rdfit series validation: \(transitions) quarterly transitions, nominal 90%, r = 1 test at 10%, seed \(masterSeed), \(threads) threads"
    )
    line(
        "\n| noise | true r | series | profile coverage % | Wald coverage % | bounded profile % | reject r = 1 % | bias of r̂ | median error | failed |"
            + (bootstrap > 0
                ? " transition-bootstrap coverage % | transition BC % | transition BCa % | parametric-bootstrap coverage % |"
                : "")
    )
    line("|---|---|---|---|---|---|---|---|---|---|" + (bootstrap > 0 ? "---|---|---|---|" : ""))
    if bootstrap > 0 {
        line(
            "(bootstrap intervals, 90%: \(bootstrap) transition-bootstrap refits (percentile, BC, BCa), "
                + "\(parametricBootstrap) parametric-bootstrap refits (percentile))")
    }
    var configuration = 0
    for noise in [SeriesNoise.gaussian, .stable] {
        let count = noise == .gaussian ? gaussianCount : stableCount
        guard count > 0 else { continue }
        for (label, base) in truths {
            // `--only-r LABEL` runs one true r (its series keep their seeds: the configuration
            // number still counts the ones skipped).
            if let i = arguments.firstIndex(of: "--only-r"), i + 1 < arguments.count,
                label.split(separator: " ").first.map(String.init) != arguments[i + 1]
            {
                configuration += 1
                continue
            }
            var truth = base
            if noise == .stable {
                truth.sigma = 0.007
                truth.alpha = 1.7
                truth.skewness = 0.5
            }
            let parameters = truth
            let store = SeriesOutcomeStore(count: count)
            let offset = masterSeed &+ UInt64(1_000_000 * configuration)
            let chunks = max(1, min(count, threads * 8))
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for d in (chunk * count / chunks)..<((chunk + 1) * count / chunks) {
                    store.set(
                        d,
                        seriesValidationOutcome(
                            truth: parameters, noise: noise, transitions: transitions, seed: offset &+ UInt64(d),
                            bootstrap: bootstrap, parametricBootstrap: parametricBootstrap))
                }
            }
            configuration += 1
            let outcomes = store.all
            // `--list`: one line per series (seed, r̂ and profile ends), to compare two builds.
            if arguments.contains("--list") {
                for (d, o) in outcomes.enumerated() {
                    line(
                        "series \(noise.rawValue) r \(label) seed \(offset &+ UInt64(d)): "
                            + String(format: "%.9f [%.9f, %.9f]", o.estimate, o.lower, o.upper)
                            + String(
                                format: " wald se %.6f [%.6f, %.6f] alpha %.4f skewness %.4f", o.waldStandardError,
                                o.waldLower, o.waldUpper, o.alpha, o.skewness))
                }
            }
            let n = outcomes.count
            func share(_ keep: (SeriesValidationOutcome) -> Bool) -> Double {
                Double(outcomes.filter(keep).count) / Double(max(n, 1))
            }
            let estimates = outcomes.map(\.estimate).filter(\.isFinite).sorted()
            let mean = estimates.reduce(0, +) / Double(max(estimates.count, 1))
            let sd = (estimates.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(estimates.count - 1, 1)))
                .squareRoot()
            let median = estimates.isEmpty ? Double.nan : estimates[estimates.count / 2]
            line(
                "| \(noise.rawValue) | \(label) | \(n) | \(percent(share(\.profileCovers), n)) | \(percent(share(\.waldCovers), n)) | "
                    + "\(String(format: "%.1f", 100 * share(\.profileBounded))) | \(percent(share(\.rejectsOne), n)) | "
                    + String(
                        format: "%+.3f ± %.3f", mean - truth.returns, sd / Double(max(estimates.count, 1)).squareRoot())
                    + " | " + String(format: "%+.3f", median - truth.returns)
                    + " | \(outcomes.filter(\.failed).count) |"
                    + (bootstrap > 0
                        ? " \(percent(share(\.transitionCovers), n)) | \(percent(share(\.transitionBiasCorrectedCovers), n)) | "
                            + "\(percent(share(\.transitionBCaCovers), n)) | "
                            + (parametricBootstrap > 0 ? "\(percent(share(\.parametricCovers), n))" : "not run") + " |"
                        : "")
            )
        }
    }
    line(String(format: "\nwall time %.1f s", Date().timeIntervalSince(start)))
}
