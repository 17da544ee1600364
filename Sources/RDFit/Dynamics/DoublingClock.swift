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

/// Closed forms for a geometric sequence of doubling times: the first lasts `firstDays`, each
/// later one q times the previous.
///
/// Cumulative time after n doublings is first·(qⁿ − 1)/(q − 1) (first·n when q = 1), evaluated
/// with `expm1` so that q near 1 loses no precision. Its inverse, n(t) = ln(1 + t(q − 1)/first)/ln q,
/// is also the exact solution of the continuous model A = S^r, dS/dt ∝ A behind q = 2^(1/r − 1).
struct DoublingClock: Sendable, Hashable {
    /// Duration of the first doubling, days.
    let firstDays: Double
    /// ln q.
    let logRatio: Double

    init(firstDays: Double, ratio: Double) {
        self.firstDays = firstDays
        self.logRatio = log(ratio)
    }

    /// q.
    var ratio: Double { exp(logRatio) }

    /// first/(1 − q) when q < 1, nil otherwise.
    var finiteTimeLimitDays: Double? {
        logRatio < 0 ? firstDays / -expm1(logRatio) : nil
    }

    /// Duration of doubling `index` (1-based), days: first·q^(index − 1).
    func durationDays(ofDoubling index: Int) -> Double {
        firstDays * exp(Double(index - 1) * logRatio)
    }

    /// Time at which `n` doublings (real-valued) are complete, days.
    func cumulativeDays(afterDoublings n: Double) -> Double {
        if logRatio == 0 { return firstDays * n }
        return firstDays * expm1(n * logRatio) / expm1(logRatio)
    }

    /// Real-valued doublings completed by time `days` on the smooth closed form; +∞ at or beyond
    /// the finite-time limit.
    func continuousDoublings(atDays days: Double) -> Double {
        if logRatio == 0 { return days / firstDays }
        let argument = days * expm1(logRatio) / firstDays
        if argument <= -1 { return .infinity }
        return log1p(argument) / logRatio
    }

    /// Whole doublings completed by time `days`: ⌊n(t) + 10⁻⁹⌋, so a doubling ending within
    /// rounding of `days` counts as complete; nil when infinitely many (at or past the finite-time
    /// limit) or more than 9 × 10¹⁵ are complete.
    func completedDoublings(atDays days: Double) -> Int? {
        let estimate = continuousDoublings(atDays: days)
        guard estimate.isFinite, estimate < 9e15 else { return nil }
        return max(0, Int((estimate + 1e-9).rounded(.down)))
    }

    /// Doublings by time `days` with log-linear interpolation inside each doubling: the completed
    /// count plus the elapsed fraction of the current doubling; +∞ beyond the finite-time limit.
    func piecewiseDoublings(atDays days: Double) -> Double {
        guard let count = completedDoublings(atDays: days) else { return .infinity }
        let start = cumulativeDays(afterDoublings: Double(count))
        let fraction = (days - start) / durationDays(ofDoubling: count + 1)
        return Double(count) + min(max(fraction, 0), 1)
    }
}
