import RDFit

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

/// Tick positions and labels for linear and logarithmic axes.
public enum AxisTicks {
    /// Labels on a log axis use short forms ("0.001" … "1", "10", "100", "1k" … "1M") when every
    /// labelled value lies within [10⁻³, 10⁶], and powers of ten with superscripts otherwise.
    public static let shortLabelRange: ClosedRange<Int> = -3...6

    /// Log-axis ticks between `lower` and `upper` (both > 0).
    ///
    /// Spanning at least 2.5 decades: a labelled major tick at every power of ten (every
    /// ⌈decades/12⌉-th power when there are more than 12) and unlabelled minor ticks at 2…9 × 10^k
    /// (omitted beyond 12 decades). Spanning less: majors at 1, 2, 5 × 10^k, minors at the other
    /// integer multiples, so short log axes still carry several labels.
    ///
    /// - Parameters:
    ///   - lower: Smallest value on the axis, > 0.
    ///   - upper: Largest value on the axis, > lower.
    /// - Returns: Ticks in increasing order; empty for invalid bounds.
    public static func logarithmic(lower: Double, upper: Double) -> [AxisTick] {
        guard lower > 0, upper > lower, lower.isFinite, upper.isFinite else { return [] }
        let tolerance = 1e-9
        let low = lower * (1 - tolerance)
        let high = upper * (1 + tolerance)
        let firstDecade = lower.log10Floor
        let lastDecade = upper.log10Floor
        let decadesInside = (firstDecade...lastDecade).filter { NumberFormatting.pow10($0) >= low }.count
        var candidates: [(value: Double, multiple: Int, decade: Int)] = []
        for decade in firstDecade...lastDecade {
            for multiple in 1...9 {
                let value = Double(multiple) * NumberFormatting.pow10(decade)
                if value >= low && value <= high { candidates.append((value, multiple, decade)) }
            }
        }
        if decadesInside >= 2 && log10(upper / lower) >= 2.5 {
            let decades = lastDecade - firstDecade + 1
            let stride = decades > 12 ? Int((Double(decades) / 12).rounded(.up)) : 1
            let labelled = candidates.filter { $0.multiple == 1 }.map(\.decade)
            let short = labelled.allSatisfy { shortLabelRange.contains($0) }
            return candidates.compactMap { candidate in
                if candidate.multiple == 1 {
                    let isMajor = candidate.decade % stride == 0
                    return isMajor
                        ? logLabel(multiple: 1, decade: candidate.decade, short: short, value: candidate.value)
                        : AxisTick(value: candidate.value, isMajor: false, label: "")
                }
                return decades > 12 ? nil : AxisTick(value: candidate.value, isMajor: false, label: "")
            }
        }
        let majors: Set<Int> = [1, 2, 5]
        let short = candidates.filter { majors.contains($0.multiple) }.allSatisfy {
            shortLabelRange.contains($0.decade)
        }
        return candidates.map { candidate in
            majors.contains(candidate.multiple)
                ? logLabel(multiple: candidate.multiple, decade: candidate.decade, short: short, value: candidate.value)
                : AxisTick(value: candidate.value, isMajor: false, label: "")
        }
    }

    private static func logLabel(multiple: Int, decade: Int, short: Bool, value: Double) -> AxisTick {
        if short {
            return AxisTick(value: value, isMajor: true, label: shortLabel(multiple: multiple, decade: decade))
        }
        let coefficient = multiple == 1 ? "" : "\(multiple)×"
        return AxisTick(
            value: value, isMajor: true, label: "\(coefficient)10^\(decade)", powerOfTen: decade,
            coefficient: coefficient)
    }

    /// "2", "20", "200", "2k", "20k", "200k", "2M"; below 1 plain decimals ("0.002").
    static func shortLabel(multiple: Int, decade: Int) -> String {
        switch decade {
        case ..<0: return NumberFormatting.fixed(Double(multiple) * NumberFormatting.pow10(decade), decimals: -decade)
        case 0...2: return String(multiple * Int(NumberFormatting.pow10(decade)))
        case 3...5: return "\(multiple * Int(NumberFormatting.pow10(decade - 3)))k"
        default: return "\(multiple * Int(NumberFormatting.pow10(decade - 6)))M"
        }
    }

    /// A "nice" step (1, 2 or 5 × 10^k) giving about `target` intervals over `span`.
    static func niceStep(span: Double, target: Int) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / Double(max(target, 1))
        let magnitude = NumberFormatting.pow10(raw.log10Floor)
        let fraction = raw / magnitude
        let nice: Double = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        return nice * magnitude
    }

    /// Linear-axis ticks: majors at multiples of a nice step (about `target` of them) labelled
    /// with the step's decimals, e.g. 0, 0.5, 1.0, 1.5; values of 10⁵ and above in k, M or B.
    ///
    /// - Parameters:
    ///   - lower: Smallest value on the axis.
    ///   - upper: Largest value on the axis, > lower.
    ///   - target: Desired number of intervals; default 6.
    /// - Returns: Major ticks in increasing order; empty for invalid bounds.
    public static func linear(lower: Double, upper: Double, target: Int = 6) -> [AxisTick] {
        guard lower.isFinite, upper.isFinite, upper > lower else { return [] }
        let step = niceStep(span: upper - lower, target: target)
        let first = (lower / step - 1e-9).rounded(.up)
        let last = (upper / step + 1e-9).rounded(.down)
        guard last >= first, last - first < 1000 else { return [] }
        let largest = max(abs(lower), abs(upper))
        let (divisor, suffix): (Double, String) =
            largest >= 1e9 ? (1e9, "B") : largest >= 1e6 ? (1e6, "M") : largest >= 1e5 ? (1e3, "k") : (1, "")
        let decimals = max(0, -((step / divisor).log10Floor))
        return stride(from: first, through: last, by: 1).map { k in
            let value = k * step
            let label =
                value == 0 && !suffix.isEmpty
                ? "0" : NumberFormatting.fixed(value / divisor, decimals: decimals) + suffix
            return AxisTick(value: value, isMajor: true, label: label)
        }
    }
}
