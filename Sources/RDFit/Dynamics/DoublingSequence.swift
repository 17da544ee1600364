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

/// The software doublings after automation for one r and first doubling time: each doubling's
/// duration and end time, how many fit in a horizon and, for r > 1, the finite-time limit.
///
/// Produced by ``DoublingSequenceSpecification/compute()``. Durations follow
/// dₙ = d₁·q^(n − 1) with q = 2^(1/r − 1); cumulative time after n doublings is d₁(qⁿ − 1)/(q − 1),
/// which for q < 1 tends to d₁/(1 − q) (Eth & Davidson 2025, text after footnote 22, footnotes
/// 23, 25, 29; <doc:DoublingDynamics>).
public struct DoublingSequence: Sendable, Hashable, Codable {
    /// The settings that produced this sequence.
    public let specification: DoublingSequenceSpecification
    /// q and its derivation from r.
    public let ratio: DoublingTimeRatio
    /// Fizzle, exponential growth or explosion.
    public let regime: GrowthRegime
    /// The listed doublings, first to last.
    public let doublings: [Doubling]
    /// The horizon in months, when the extent was a horizon.
    public let horizonMonths: Double?
    /// Whole doublings completed by the horizon; nil without a horizon or when infinitely many
    /// complete (r > 1 and the horizon reaches the finite-time limit).
    public let completedDoublingsWithinHorizon: Int?
    /// Real-valued doublings by the horizon on the smooth closed form
    /// n(t) = ln(1 + t(q − 1)/d₁)/ln q; nil without a horizon or when unbounded.
    public let continuousDoublingsAtHorizon: Double?
    /// d₁/(1 − q), the time by which infinitely many doublings complete, days; nil unless r > 1.
    public let finiteTimeLimitDays: Double?
    /// The finite-time limit in months; nil unless r > 1.
    public let finiteTimeLimitMonths: Double?
    /// Notes about truncated or overflowing lists.
    public let diagnostics: [Diagnostic]

    init(
        specification: DoublingSequenceSpecification, ratio: DoublingTimeRatio, doublings: [Doubling],
        horizonMonths: Double?, clock: DoublingClock, diagnostics: [Diagnostic]
    ) {
        self.specification = specification
        self.ratio = ratio
        self.regime = ratio.regime
        self.doublings = doublings
        self.horizonMonths = horizonMonths
        if let horizonMonths {
            let days = horizonMonths * specification.daysPerMonth
            completedDoublingsWithinHorizon = clock.completedDoublings(atDays: days)
            let continuous = clock.continuousDoublings(atDays: days)
            continuousDoublingsAtHorizon = continuous.isFinite ? continuous : nil
        } else {
            completedDoublingsWithinHorizon = nil
            continuousDoublingsAtHorizon = nil
        }
        finiteTimeLimitDays = clock.finiteTimeLimitDays
        finiteTimeLimitMonths = clock.finiteTimeLimitDays.map { $0 / specification.daysPerMonth }
        self.diagnostics = diagnostics
    }

    /// The month length used for every month-valued field, days (default 30.4).
    public var daysPerMonth: Double { specification.daysPerMonth }

    private var clock: DoublingClock {
        DoublingClock(firstDays: specification.firstDoublingDays, ratio: ratio.value)
    }

    /// Whole doublings completed within `months` of automation; nil when infinitely many.
    ///
    /// - Parameter months: Time since automation in months of ``DoublingSequenceSpecification/daysPerMonth`` days.
    public func completedDoublings(withinMonths months: Double) -> Int? {
        clock.completedDoublings(atDays: max(0, months) * specification.daysPerMonth)
    }

    /// Doublings completed in consecutive periods (e.g. years) after automation.
    ///
    /// Footnote 29 counts r = 0.9 with a three-day first doubling: about 30 doublings in the
    /// first year and about 1.5 years' worth of today's ~6 doublings a year in the second.
    ///
    /// - Parameters:
    ///   - lengthMonths: Period length in months; default 12 (a year of 12 × 30.4 = 364.8 days
    ///     with the default month).
    ///   - count: Number of periods, ≥ 1.
    /// - Returns: One ``DoublingPeriod`` per period.
    public func periods(lengthMonths: Double = 12, count: Int) -> [DoublingPeriod] {
        let clock = self.clock
        let daysPerMonth = specification.daysPerMonth
        var result: [DoublingPeriod] = []
        var previousCompleted: Int? = 0
        var previousContinuous = 0.0
        for index in stride(from: 1, through: max(count, 0), by: 1) {
            let end = Double(index) * lengthMonths
            let completed = clock.completedDoublings(atDays: end * daysPerMonth)
            let continuous = clock.continuousDoublings(atDays: end * daysPerMonth)
            let inPeriod: Int? = {
                guard let completed, let previousCompleted else { return nil }
                return completed - previousCompleted
            }()
            let continuousInPeriod = continuous.isFinite ? continuous - previousContinuous : nil
            result.append(
                DoublingPeriod(
                    index: index, startMonths: end - lengthMonths, endMonths: end, completedDoublingsByEnd: completed,
                    completedDoublingsInPeriod: inPeriod, continuousDoublingsInPeriod: continuousInPeriod))
            previousCompleted = completed
            previousContinuous = continuous
        }
        return result
    }
}
