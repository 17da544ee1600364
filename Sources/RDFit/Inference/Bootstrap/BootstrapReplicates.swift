#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The stored outcome of a bootstrap run: the original estimate, every replicate, the jackknife
/// and the settings. Every interval method is computed afterwards from the same replicates
/// (as R's `boot` object and `boot.ci`).
public struct BootstrapReplicates: Sendable, Codable {
    /// The statistic on the original data.
    public let estimate: Double
    /// Replicate values in replicate order; NaN marks a failed replicate.
    public let values: ReplicateValues
    /// Leave-one-out values (NaN where undefined), if computed.
    public let jackknife: [Double]?
    /// The settings that produced the replicates.
    public let specification: BootstrapSpecification

    /// Creates a result from stored values (for example replicates computed elsewhere).
    public init(estimate: Double, values: [Double], jackknife: [Double]?, specification: BootstrapSpecification) {
        self.init(
            estimate: estimate, values: ReplicateValues(values), jackknife: jackknife, specification: specification)
    }

    /// Creates a result from replicates stored or derived on demand (``ReplicateValues``).
    public init(
        estimate: Double, values: ReplicateValues, jackknife: [Double]?, specification: BootstrapSpecification
    ) {
        self.estimate = estimate
        self.values = values
        self.jackknife = jackknife
        self.specification = specification
    }

    /// The successful replicates, sorted ascending.
    public var sortedSuccessfulValues: [Double] { values.sortedSuccessful }

    /// Number of replicates that failed (NaN).
    public var failedReplicates: Int { values.reduce(0) { $0 + ($1.isNaN ? 1 : 0) } }

    /// The share of successful replicates strictly above `threshold`, e.g. P(r > 1).
    public func probability(above threshold: Double) -> Double {
        SuccessfulValues.probability(of: values, above: threshold)
    }

    /// Standard deviation of the successful replicates (n − 1 denominator).
    public var standardError: Double { SuccessfulValues.moments(of: values).standardDeviation }

    /// Replicates whose range is at most this fraction of their magnitude are the same value up to
    /// rounding (an exact fit resampled), and are reported as degenerate.
    public static let degenerateSpread = 1e-10

    /// Diagnostics about the replicates themselves: failures, degeneracy, too few for the level.
    public func diagnostics(level: Double) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let failed = failedReplicates
        let ok = values.count - failed
        if failed > 0 {
            let share = Double(failed) / Double(max(values.count, 1))
            result.append(
                Diagnostic(
                    code: .failedReplicates, severity: share > 0.05 ? .warning : .note,
                    message:
                        "\(failed) of \(values.count) bootstrap replicates failed (rank-deficient resample or undefined r) and were left out\(share > 0.05 ? "; the interval may be too narrow" : "")"
                ))
        }
        let sorted = sortedSuccessfulValues
        if let first = sorted.first, let last = sorted.last, ok > 1,
            last - first <= Self.degenerateSpread
                * max(abs(first), abs(last), abs(estimate).isFinite ? abs(estimate) : 0)
        {
            result.append(
                Diagnostic(
                    code: .degenerateReplicates,
                    message:
                        "every bootstrap replicate has the same value \(first) (to rounding error); the interval has zero width and says nothing about uncertainty (the data fit exactly, or the resampling cannot vary them)"
                ))
        }
        let tail = (1 - level) / 2
        if Double(ok) * tail < 5 {
            result.append(
                Diagnostic(
                    code: .tooFewReplicates,
                    message:
                        "only \(ok) successful replicates for a \(Int((level * 100).rounded()))% interval: fewer than 5 fall in each tail; raise \(Setting.replicates.mention)"
                ))
        }
        return result
    }

    /// The interval by `method` at `level`.
    ///
    /// Percentile quantiles use type-7 interpolation (``Quantile``). BCa falls back to NaN ends
    /// (and a diagnostic from the caller) when the jackknife is missing or degenerate, or when all
    /// replicates lie on one side of the estimate.
    /// - Parameters:
    ///   - method: percentile, basic, normal or BCa.
    ///   - level: nominal coverage in (0, 1).
    public func confidenceInterval(_ method: IntervalMethod, level: Double) -> ConfidenceInterval {
        confidenceInterval(method, level: level, sorted: sortedSuccessfulValues)
    }

    /// Several intervals at `level` from one sort of the replicates (each single call sorts).
    /// - Parameters:
    ///   - methods: the interval methods, e.g. `IntervalMethod.allCases`.
    ///   - level: nominal coverage in (0, 1).
    /// - Returns: one interval per method, in the order given.
    public func confidenceIntervals(_ methods: [IntervalMethod], level: Double) -> [ConfidenceInterval] {
        let sorted = sortedSuccessfulValues
        return methods.map { confidenceInterval($0, level: level, sorted: sorted) }
    }

    private func confidenceInterval(_ method: IntervalMethod, level: Double, sorted: [Double]) -> ConfidenceInterval {
        let alpha = 1 - level
        guard !sorted.isEmpty, estimate.isFinite else {
            return ConfidenceInterval(lower: .nan, upper: .nan, level: level, method: method)
        }
        switch method {
        case .percentile:
            return ConfidenceInterval(
                lower: Quantile.sorted(sorted, alpha / 2), upper: Quantile.sorted(sorted, 1 - alpha / 2), level: level,
                method: method)
        case .basic:
            return ConfidenceInterval(
                lower: 2 * estimate - Quantile.sorted(sorted, 1 - alpha / 2),
                upper: 2 * estimate - Quantile.sorted(sorted, alpha / 2), level: level, method: method)
        case .normal:
            let mean = sorted.reduce(0, +) / Double(sorted.count)
            let z = NormalDistribution.twoSidedCriticalValue(level: level)
            let centre = 2 * estimate - mean
            let se = standardError
            return ConfidenceInterval(lower: centre - z * se, upper: centre + z * se, level: level, method: method)
        case .bca:
            let (lowP, highP) = bcaLevels(sorted: sorted, level: level)
            guard lowP.isFinite, highP.isFinite else {
                return ConfidenceInterval(lower: .nan, upper: .nan, level: level, method: method)
            }
            return ConfidenceInterval(
                lower: Quantile.sorted(sorted, lowP), upper: Quantile.sorted(sorted, highP), level: level,
                method: method)
        }
    }

    /// Bias correction z₀ = Φ⁻¹(share of replicates below θ̂).
    public var biasCorrection: Double { biasCorrection(sorted: sortedSuccessfulValues) }

    private func biasCorrection(sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return .nan }
        // Count of replicates strictly below θ̂, by binary search in the sorted values.
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < estimate { low = middle + 1 } else { high = middle }
        }
        return NormalDistribution.standardQuantile(Double(low) / Double(sorted.count))
    }

    /// Acceleration a = Σ(θ̄ − θ₍ᵢ₎)³ / (6·(Σ(θ̄ − θ₍ᵢ₎)²)^(3/2)) from the jackknife.
    public var acceleration: Double {
        guard let jackknife else { return .nan }
        let ok = jackknife.filter { !$0.isNaN }
        guard ok.count >= 2, ok.count == jackknife.count else { return .nan }
        let mean = ok.reduce(0, +) / Double(ok.count)
        var s2 = 0.0, s3 = 0.0
        for v in ok { let d = mean - v; s2 += d * d; s3 += d * d * d }
        guard s2 > 0 else { return 0 }
        return s3 / (6 * pow(s2, 1.5))
    }

    private func bcaLevels(sorted: [Double], level: Double) -> (Double, Double) {
        let z0 = biasCorrection(sorted: sorted)
        let a = acceleration
        guard z0.isFinite, a.isFinite else { return (.nan, .nan) }
        let alpha = 1 - level
        func adjusted(_ p: Double) -> Double {
            let z = NormalDistribution.standardQuantile(p)
            return NormalDistribution.standardCDF(z0 + (z0 + z) / (1 - a * (z0 + z)))
        }
        return (adjusted(alpha / 2), adjusted(1 - alpha / 2))
    }
}
