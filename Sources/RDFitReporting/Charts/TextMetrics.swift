import RDFit

/// Rough text widths for layout (no font access in a pure library): 0.6 em per character, 0.66 em
/// in bold, an overestimate for most DejaVu Sans/Helvetica/Arial text, so labels err towards not
/// overlapping. Combining marks (the hat of r̂) take no width of their own: Swift counts r̂ as one
/// character.
package enum TextMetrics {
    /// The width of one character, in em.
    static func em(bold: Bool) -> Double { bold ? 0.66 : 0.6 }

    /// Estimated width of `text` at `fontSize`, in bold when `bold` is true.
    package static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        Double(text.count) * fontSize * em(bold: bold)
    }

    /// Estimated width of a tick label, counting a superscript at 75% size.
    static func width(_ tick: AxisTick, fontSize: Double) -> Double {
        guard let power = tick.powerOfTen else { return width(tick.label, fontSize: fontSize) }
        return width(tick.coefficient + "10", fontSize: fontSize)
            + width(exponentText(power), fontSize: fontSize * 0.75)
    }

    /// The exponent as shown in a superscript, with a true minus sign.
    static func exponentText(_ power: Int) -> String {
        power < 0 ? "−\(-power)" : "\(power)"
    }

    /// `text` cut to fit `maximumWidth` at `fontSize`, ending in "…" when cut.
    static func truncate(_ text: String, toWidth maximumWidth: Double, fontSize: Double, bold: Bool = false) -> String {
        let characters = Int(maximumWidth / (fontSize * em(bold: bold)))
        guard text.count > characters, characters > 1 else { return text }
        return String(text.prefix(characters - 1)) + "…"
    }
}
