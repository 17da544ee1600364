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

/// An axis with its final bounds and ticks, mapping data values to fractions of the plot.
struct ResolvedAxis {
    let axis: ChartAxis
    let lower: Double
    let upper: Double
    let ticks: [AxisTick]

    /// Resolves bounds from the axis settings and the data values it must show.
    ///
    /// Unfixed bounds first move out by `padFraction` of the span (of log10 values on a log axis),
    /// so no point sits on the frame; then, when `snap` is true, linear bounds snap outwards to
    /// the tick step and log bounds to 1, 2, 5 × 10^k. Non-finite values (and non-positive values
    /// on a log axis) are ignored.
    init(axis: ChartAxis, values: [Double], snap: Bool = true, padFraction: Double = 0, includeZero: Bool = false) {
        self.axis = axis
        switch axis.scale {
        case .linear:
            var finite = values.filter(\.isFinite)
            if includeZero { finite.append(0) }
            var low = axis.lower ?? finite.min() ?? 0
            var high = axis.upper ?? finite.max() ?? 1
            if high <= low {
                let spread = low == 0 ? 1 : abs(low) * 0.1
                if axis.lower == nil { low -= spread }
                if axis.upper == nil || high <= low { high = low + 2 * spread }
            }
            let pad = (high - low) * padFraction
            if axis.lower == nil && !(includeZero && low == 0) { low -= pad }
            if axis.upper == nil { high += pad }
            if snap {
                let step = AxisTicks.niceStep(span: high - low, target: 6)
                if axis.lower == nil { low = (low / step + 1e-9).rounded(.down) * step }
                if axis.upper == nil { high = (high / step - 1e-9).rounded(.up) * step }
            }
            lower = low
            upper = high
            ticks = AxisTicks.linear(lower: low, upper: high)
        case .logarithmic:
            let positive = values.filter { $0.isFinite && $0 > 0 }
            var low = axis.lower.flatMap { $0 > 0 ? $0 : nil } ?? positive.min() ?? 1
            var high = axis.upper.flatMap { $0 > low ? $0 : nil } ?? positive.max() ?? 10
            if high <= low {
                if axis.lower == nil { low /= 2 }
                high = max(high, low) * 2
            }
            let logPad = padFraction * (log10(high) - log10(low))
            if axis.lower == nil { low /= pow(10, logPad) }
            if axis.upper == nil { high *= pow(10, logPad) }
            if snap {
                if axis.lower == nil { low = Self.niceLogBound(low, up: false) }
                if axis.upper == nil { high = Self.niceLogBound(high, up: true) }
            }
            lower = low
            upper = high
            ticks = AxisTicks.logarithmic(lower: low, upper: high)
        }
    }

    /// The nearest 1, 2 or 5 × 10^k at or beyond `value` (below when `up` is false).
    static func niceLogBound(_ value: Double, up: Bool) -> Double {
        let decade = value.log10Floor
        let candidates = [decade - 1, decade, decade + 1].flatMap { k in
            [1.0, 2, 5].map { $0 * NumberFormatting.pow10(k) }
        }
        let tolerance = 1e-9 * value
        if up { return candidates.filter { $0 >= value - tolerance }.min() ?? value }
        return candidates.filter { $0 <= value + tolerance }.max() ?? value
    }

    /// The title drawn beside the axis.
    var title: String { axis.title }

    /// Where `value` falls between the bounds, 0 at `lower` and 1 at `upper`; nil when it cannot
    /// be drawn (not finite, or not positive on a log axis). Values outside give fractions outside [0, 1].
    func fraction(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        switch axis.scale {
        case .linear:
            return (value - lower) / (upper - lower)
        case .logarithmic:
            guard value > 0 else { return nil }
            return (log10(value) - log10(lower)) / (log10(upper) - log10(lower))
        }
    }

    /// Whether `value` can be placed on this axis.
    func accepts(_ value: Double) -> Bool { fraction(value) != nil }
}

extension ResolvedAxis {
    /// The same bounds with ticks (and so grid lines and labels) only over `lower`…`upper`, a
    /// part of the axis: a tornado's margins, kept free for its end labels, carry no ticks.
    func ticked(from lower: Double, to upper: Double) -> ResolvedAxis {
        let ticks: [AxisTick]
        switch axis.scale {
        case .linear: ticks = AxisTicks.linear(lower: lower, upper: upper)
        case .logarithmic: ticks = AxisTicks.logarithmic(lower: lower, upper: upper)
        }
        return ResolvedAxis(axis: axis, lower: self.lower, upper: self.upper, ticks: ticks)
    }

    private init(axis: ChartAxis, lower: Double, upper: Double, ticks: [AxisTick]) {
        self.axis = axis
        self.lower = lower
        self.upper = upper
        self.ticks = ticks
    }
}
