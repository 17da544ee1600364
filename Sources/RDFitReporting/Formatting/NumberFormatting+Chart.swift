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

/// Locale-independent fixed-precision number formatting, so the same chart is byte-identical on
/// every machine.
extension NumberFormatting {
    /// `value` rounded to `decimals` places (ties away from zero), e.g. 12.5 → "12.5" with 2
    /// decimals and `trimZeros`, "12.50" without. Non-finite values give "0"; "-0" never appears.
    static func fixed(_ value: Double, decimals: Int, trimZeros: Bool = false) -> String {
        guard value.isFinite else { return "0" }
        let decimals = min(max(decimals, 0), 12)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return value.description }
        let integer = UInt64(scaled)
        let divisor = UInt64(scale)
        let whole = integer / divisor
        var fraction = decimals > 0 ? String(integer % divisor) : ""
        if decimals > 0 {
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            if trimZeros {
                while fraction.hasSuffix("0") { fraction.removeLast() }
            }
        }
        let sign = (value < 0 && integer != 0) ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// A coordinate: two decimals, trailing zeros trimmed.
    static func coordinate(_ value: Double) -> String {
        fixed(value, decimals: 2, trimZeros: true)
    }

    /// A data value for labels: `significant` significant digits, trailing zeros trimmed, plain
    /// decimal notation between 10⁻⁴ and 10⁹ and `m×10^k` outside.
    static func value(_ value: Double, significant: Int = 3) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        let exponent = Int((magnitude.log10Floor))
        if exponent < -4 || exponent >= 9 {
            let mantissa = value / pow10(exponent)
            return "\(fixed(mantissa, decimals: max(significant - 1, 0), trimZeros: true))×10^\(exponent)"
        }
        let decimals = max(0, significant - 1 - exponent)
        return fixed(value, decimals: decimals, trimZeros: true)
    }

    /// 10^k for integer k, exact for |k| ≤ 22.
    static func pow10(_ k: Int) -> Double {
        var result = 1.0
        if k >= 0 {
            for _ in 0..<k { result *= 10 }
        } else {
            for _ in 0..<(-k) { result *= 10 }
            result = 1 / result
        }
        return result
    }
}

extension Double {
    /// floor(log10(self)) for positive finite values, corrected for rounding at exact powers of ten.
    var log10Floor: Int {
        var k = Int(Glibc.log10(self).rounded(.down))
        if NumberFormatting.pow10(k + 1) <= self { k += 1 }
        if NumberFormatting.pow10(k) > self { k -= 1 }
        return k
    }
}
