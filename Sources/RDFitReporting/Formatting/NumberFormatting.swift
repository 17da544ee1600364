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

/// The one number formatter of the reports and charts: significant digits and "–" for undefined
/// in text, locale-independent fixed decimals in SVG (`NumberFormatting+Chart.swift`).
package enum NumberFormatting {
    /// `x` with `digits` significant digits (no exponent for everyday magnitudes), or "–".
    package static func significant(_ x: Double?, _ digits: Int = 3) -> String {
        guard let x, x.isFinite else { return "–" }
        if x == 0 { return "0" }
        let magnitude = abs(x)
        if magnitude >= 1e-3 && magnitude < 1e7 {
            let decimals = max(0, digits - 1 - Int(floor(log10(magnitude))))
            return CFormat.string("%.\(decimals)f", x)
        }
        return CFormat.string("%.\(max(digits - 1, 0))e", x)
    }

    /// A probability with two decimals, e.g. "0.84".
    package static func probability(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "–" }
        let text = CFormat.string("%.2f", x)
        // A share strictly inside (0, 1) is never printed as certain: 0.997 is "0.997", not "1.00".
        if (text == "1.00" && x < 1) || (text == "0.00" && x > 0) {
            let finer = CFormat.string("%.3f", x)
            if finer == "1.000" { return ">0.999" }
            if finer == "0.000" { return "<0.001" }
            return finer
        }
        return text
    }

    /// A share of draws as a percentage, e.g. "84%"; a share strictly inside (0, 1) is never
    /// rounded to "0%" or "100%" (99.7% stays "99.7%", 99.97% is ">99.9%").
    package static func drawShare(_ x: Double) -> String {
        let whole = (x * 100).rounded()
        guard (whole == 100 && x < 1) || (whole == 0 && x > 0) else { return "\(Int(whole))%" }
        let tenths = (x * 1000).rounded()
        if tenths >= 1000 { return ">99.9%" }
        if tenths <= 0 { return "<0.1%" }
        return CFormat.string("%.1f%%", tenths / 10)
    }

    /// A share as a percentage, e.g. "84%".
    package static func percent(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "–" }
        return "\(Int((x * 100).rounded()))%"
    }

    /// Pads `text` on the right (`left == true`) or on the left to `width` characters.
    package static func pad(_ text: String, _ width: Int, left: Bool = true) -> String {
        let count = text.count
        guard count < width else { return text }
        let padding = String(repeating: " ", count: width - count)
        return left ? text + padding : padding + text
    }

    /// A plain-text table: the first row is the header; columns after the first are right-aligned.
    package static func table(_ rows: [[String]], indent: String = "  ") -> String {
        guard let first = rows.first else { return "" }
        let widths = (0..<first.count).map { j in rows.map { $0.indices.contains(j) ? $0[j].count : 0 }.max() ?? 0 }
        return rows.map { row in
            indent + row.enumerated().map { j, cell in pad(cell, widths[j], left: j == 0) }.joined(separator: "   ")
        }.joined(separator: "\n")
    }
}
