import RDFit

/// One assumption on a ``TornadoChart``: the outcome with the assumption at its low and at its
/// high setting, all else at baseline.
public struct TornadoBar: Sendable, Hashable, Codable {
    /// The assumption, e.g. "Input growth g_E".
    public let name: String
    /// Outcome with the assumption at its low setting.
    public let outcomeAtLow: Double
    /// Outcome with the assumption at its high setting.
    public let outcomeAtHigh: Double
    /// The low setting as text, e.g. "15%/yr"; shown beside the outcome; optional.
    public let lowSetting: String?
    /// The high setting as text; optional.
    public let highSetting: String?

    /// Creates a bar.
    ///
    /// - Parameters:
    ///   - name: Assumption name.
    ///   - outcomeAtLow: Outcome at the low setting.
    ///   - outcomeAtHigh: Outcome at the high setting.
    ///   - lowSetting: Low setting text; default nil.
    ///   - highSetting: High setting text; default nil.
    public init(
        name: String, outcomeAtLow: Double, outcomeAtHigh: Double, lowSetting: String? = nil, highSetting: String? = nil
    ) {
        self.name = name
        self.outcomeAtLow = outcomeAtLow
        self.outcomeAtHigh = outcomeAtHigh
        self.lowSetting = lowSetting
        self.highSetting = highSetting
    }

    /// |outcome at high − outcome at low|, the sort key (non-finite counts as 0).
    public var width: Double {
        let value = abs(outcomeAtHigh - outcomeAtLow)
        return value.isFinite ? value : 0
    }
}
