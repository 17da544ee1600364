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

/// Successive training runs after automation when each takes k times as long as the last
/// (Eth & Davidson 2025, footnotes 42–43).
///
/// m runs take first·(1 − k^m)/(1 − k); for k < 1 the infinite series sums to first/(1 − k), so
/// arbitrarily many runs fit in finite time (k = 0.9 → 10 × 2 months = 20 months;
/// k = 0.75 → 4 × 2 = 8 months). <doc:DoublingDynamics>.
public struct TrainingRunSeries: Sendable, Hashable, Codable {
    /// k: each run's duration relative to the previous run.
    public let durationRatio: Double
    /// Duration of the first run after automation, months.
    public let firstRunMonths: Double

    /// Creates a series.
    ///
    /// - Parameters:
    ///   - durationRatio: k, finite and > 0 (k ≥ 1 has no finite total).
    ///   - firstRunMonths: The first run's duration in months; finite, > 0.
    /// - Throws: ``SpecificationError`` (`.trainingRunRatio`, `.firstTrainingRun`).
    public init(durationRatio: Double, firstRunMonths: Double) throws {
        guard durationRatio.isFinite, durationRatio > 0 else {
            throw SpecificationError(
                setting: .trainingRunRatio,
                message:
                    "the ratio of successive training-run durations must be finite and above 0 (got \(durationRatio)).")
        }
        guard firstRunMonths.isFinite, firstRunMonths > 0 else {
            throw SpecificationError(
                setting: .firstTrainingRun,
                message: "the first training run must last a finite number of months above 0 (got \(firstRunMonths)).")
        }
        self.durationRatio = durationRatio
        self.firstRunMonths = firstRunMonths
    }

    /// Σ kⁿ for n = 0…∞ = 1/(1 − k) when k < 1, nil otherwise (footnote 43: 10 for k = 0.9, 4 for 0.75).
    public var seriesSum: Double? { durationRatio < 1 ? 1 / (1 - durationRatio) : nil }

    /// first/(1 − k): months by which any number of runs is complete; nil unless k < 1.
    public var totalMonthsForUnlimitedRuns: Double? { seriesSum.map { firstRunMonths * $0 } }

    /// Months to complete the first `count` runs: first·(1 − k^m)/(1 − k) (first·m when k = 1).
    ///
    /// - Parameter count: m ≥ 0.
    public func totalMonths(forRuns count: Int) -> Double {
        let m = Double(max(count, 0))
        if durationRatio == 1 { return firstRunMonths * m }
        let logK = log(durationRatio)
        return firstRunMonths * expm1(m * logK) / expm1(logK)
    }

    /// The first `count` runs with their durations and end times.
    ///
    /// - Parameter count: Number of runs, 1…10,000.
    /// - Throws: ``SpecificationError`` (`.trainingRuns`) outside that range.
    public func runs(count: Int) throws -> [TrainingRun] {
        guard (1...DoublingSequenceSpecification.maximumDoublings).contains(count) else {
            throw SpecificationError(
                setting: .trainingRuns,
                message:
                    "the number of training runs must be between 1 and \(DoublingSequenceSpecification.maximumDoublings) (got \(count))."
            )
        }
        var elapsed = 0.0
        return (1...count).map { index in
            let duration = firstRunMonths * pow(durationRatio, Double(index - 1))
            elapsed += duration
            return TrainingRun(index: index, durationMonths: duration, cumulativeMonths: elapsed)
        }
    }
}
