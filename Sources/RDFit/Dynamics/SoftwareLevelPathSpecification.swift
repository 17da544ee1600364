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

/// Settings for the software level A(t) over a horizon after automation, as plotted in Eth &
/// Davidson's Figure 9 (first year, first doubling of 1 month, several r, hardware fixed).
///
/// A doubles at each cumulative doubling time of the ``DoublingSequence``. Between those times
/// log A is interpolated linearly within each doubling (``Interpolation/logLinearWithinDoubling``,
/// the default), or follows the smooth closed form n(t) = ln(1 + t(q − 1)/d₁)/ln q
/// (``Interpolation/continuous``), which is the exact solution of A = S^r with dS/dt ∝ A and
/// agrees with the piecewise path at every doubling. For r > 1 the level diverges at the
/// finite-time limit, so the path stops when it reaches ``maximumDoublings``.
public struct SoftwareLevelPathSpecification: Sendable, Hashable, Codable {
    /// How log A moves between doubling times.
    public enum Interpolation: String, Sendable, Hashable, Codable, CaseIterable {
        /// log₂ A rises linearly in time within each doubling (kinks at each doubling).
        case logLinearWithinDoubling = "log-linear"
        /// The smooth closed form of the continuous model.
        case continuous
    }

    /// Default number of grid intervals: 240 (e.g. every 0.05 month over a year).
    public static let defaultIntervals = 240
    /// Default cap on the plotted level for r > 1: 40 doublings (≈ 1.1 × 10¹²).
    public static let defaultMaximumDoublings = 40.0

    /// The returns to software R&D, r = λ/β.
    public let r: Double
    /// Duration of the first doubling, months.
    public let firstDoublingMonths: Double
    /// End of the path, months after automation.
    public let horizonMonths: Double
    /// Number of equal grid intervals between 0 and the horizon.
    public let intervals: Int
    /// The path stops once log₂ A reaches this value.
    public let maximumDoublings: Double
    /// Days per month (only affects day-valued fields).
    public let daysPerMonth: Double
    /// How log A moves between doubling times.
    public let interpolation: Interpolation

    /// Creates a specification.
    ///
    /// - Parameters:
    ///   - r: Returns to software R&D; finite, > 0.
    ///   - firstDoublingMonths: First doubling time in months; finite, > 0 (Figure 9: 1).
    ///   - horizonMonths: Horizon in months; finite, > 0; default 12 (Figure 9's first year).
    ///   - intervals: Grid intervals, 1…100,000; default 240.
    ///   - maximumDoublings: Cap on log₂ A, in (0, 1000]; default 40.
    ///   - daysPerMonth: Month length in days; default 30.4.
    ///   - interpolation: Default ``Interpolation/logLinearWithinDoubling``.
    /// - Throws: ``SpecificationError`` for `.returns`, `.firstDoubling`, `.horizon`, `.samples`,
    ///   `.maximumDoublings` or `.daysPerMonth` out of range.
    public init(
        r: Double, firstDoublingMonths: Double, horizonMonths: Double = 12, intervals: Int = defaultIntervals,
        maximumDoublings: Double = defaultMaximumDoublings,
        daysPerMonth: Double = DoublingSequenceSpecification.defaultDaysPerMonth,
        interpolation: Interpolation = .logLinearWithinDoubling
    ) throws {
        _ = try DoublingSequenceSpecification(
            r: r, firstDoublingMonths: firstDoublingMonths, daysPerMonth: daysPerMonth,
            extent: .horizonMonths(horizonMonths))
        guard (1...100_000).contains(intervals) else {
            throw SpecificationError(
                setting: .samples,
                message: "the number of grid intervals must be between 1 and 100000 (got \(intervals)).")
        }
        guard maximumDoublings > 0, maximumDoublings <= 1000 else {
            throw SpecificationError(
                setting: .maximumDoublings,
                message:
                    "the cap on doublings must be above 0 and at most 1000, i.e. a level of 2^1000 (got \(maximumDoublings))."
            )
        }
        self.r = r
        self.firstDoublingMonths = firstDoublingMonths
        self.horizonMonths = horizonMonths
        self.intervals = intervals
        self.maximumDoublings = maximumDoublings
        self.daysPerMonth = daysPerMonth
        self.interpolation = interpolation
    }

    /// Samples the path on the grid 0, h/intervals, …, h, adds each doubling time inside the range
    /// (so the kinks are exact), and ends at the cap when r > 1 reaches it first.
    public func compute() -> SoftwareLevelPath {
        let ratio = (try? DoublingTimeRatio(r: r))!
        let clock = DoublingClock(firstDays: firstDoublingMonths * daysPerMonth, ratio: ratio.value)
        func doublings(atMonths months: Double) -> Double {
            let days = months * daysPerMonth
            switch interpolation {
            case .logLinearWithinDoubling: return clock.piecewiseDoublings(atDays: days)
            case .continuous: return clock.continuousDoublings(atDays: days)
            }
        }
        // When the cap is reached (same time under both interpolations at whole doublings;
        // for a fractional cap the piecewise time is found within its doubling).
        let capMonths: Double? = {
            let whole = maximumDoublings.rounded(.down)
            let fraction = maximumDoublings - whole
            let capDays: Double
            switch interpolation {
            case .continuous:
                capDays = clock.cumulativeDays(afterDoublings: maximumDoublings)
            case .logLinearWithinDoubling:
                capDays =
                    clock.cumulativeDays(afterDoublings: whole) + fraction
                    * clock.durationDays(ofDoubling: Int(whole) + 1)
            }
            let months = capDays / daysPerMonth
            return months.isFinite && months < horizonMonths ? months : nil
        }()
        let end = capMonths ?? horizonMonths
        var times: [Double] = (0...intervals).map { horizonMonths * Double($0) / Double(intervals) }.filter { $0 < end }
        var index = 1
        while Double(index) < maximumDoublings {
            let knot = clock.cumulativeDays(afterDoublings: Double(index)) / daysPerMonth
            guard knot < end else { break }
            times.append(knot)
            index += 1
        }
        times.append(end)
        times.sort()
        var points: [SoftwareLevelPoint] = []
        points.reserveCapacity(times.count)
        for time in times {
            let n = time == capMonths ? maximumDoublings : min(doublings(atMonths: time), maximumDoublings)
            let point = SoftwareLevelPoint(months: time, doublings: n)
            // A doubling time within rounding of a grid point or the end is the same point: keep
            // the later, exact time.
            if let last = points.last, time - last.months <= 1e-12 * max(1, end) {
                points[points.count - 1] = point
            } else {
                points.append(point)
            }
        }
        var diagnostics: [Diagnostic] = []
        if let capMonths {
            diagnostics.append(
                Diagnostic(
                    code: .levelCapped, severity: .note,
                    message:
                        "The level reaches the cap of 2^\(maximumDoublings) at \(capMonths) months, before the horizon; the path stops there."
                ))
        }
        return SoftwareLevelPath(
            specification: self, ratio: ratio.value, regime: ratio.regime, points: points,
            finiteTimeLimitMonths: clock.finiteTimeLimitDays.map { $0 / daysPerMonth }, capReachedAtMonths: capMonths,
            diagnostics: diagnostics)
    }
}
