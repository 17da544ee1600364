import RDFit

extension SensitivityAssumption {
    /// The unit after a number in a sentence (" months", "×/yr"), or nothing for shares.
    package var shortUnit: String {
        switch self {
        case .doublingTime: return " months"
        case .growthMultiple: return "×/yr"
        case .growthFactor, .outputMultiplier: return "×"
        default: return ""
        }
    }
}

extension NumberFormatting {
    /// A setting of an assumption: four significant digits without trailing zeros ("0.31", "12.99", "4").
    package static func setting(_ x: Double?) -> String {
        var text = significant(x, 4)
        guard text.contains("."), !text.contains("e") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
