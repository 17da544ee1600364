/// r under one adjustment (or under all of them together), beside the unadjusted r.
public struct AdjustedReturnsSummary: Sendable, Codable {
    /// The adjustment's name (``ReturnsAdjustment/name``), or ``AdjustedReturnsSummary/combinedName``.
    public let name: String
    /// One sentence saying what was assumed.
    public let summary: String
    /// The adjustments applied: one, or every one for the combined entry.
    public let adjustments: [ReturnsAdjustment]
    /// The product of the factor adjustments' central factors (1 − ε_K, m); nil when none applies.
    public let centralFactor: Double?
    /// g_E after the spillovers, at central values (nil when no spillover applies).
    public let effectiveInputGrowthRate: Double?
    /// Adjusted r: the estimate at central parameter values, the interval (same method and level
    /// as the unadjusted r) and P(r > 1), all from the adjusted draws.
    public let r: ReturnsSummary
    /// The adjusted draws, of the unadjusted draws' kind (draw b adjusts unadjusted draw b).
    public let draws: Draws
    /// Warnings about this adjusted r only (failed refits with spillovers, an undefined estimate,
    /// and the ``Diagnostic/Code/rNotIdentified`` warning added on creation when it applies).
    public let diagnostics: [Diagnostic]

    /// The name of the entry with every adjustment applied at once.
    public static let combinedName = "all"

    /// Creates a summary.
    public init(
        name: String, summary: String, adjustments: [ReturnsAdjustment], centralFactor: Double?,
        effectiveInputGrowthRate: Double?, r: ReturnsSummary, draws: Draws, diagnostics: [Diagnostic] = []
    ) {
        self.name = name
        self.summary = summary
        self.adjustments = adjustments
        self.centralFactor = centralFactor
        self.effectiveInputGrowthRate = effectiveInputGrowthRate
        self.r = r
        self.draws = draws
        self.diagnostics = Identification.adding(to: diagnostics, r: r, lambda: nil, beta: nil, draws: draws)
    }

    /// Whether this adjusted r is identified well enough for a verdict on r > 1.
    public var isIdentified: Bool { !diagnostics.contains { $0.code == .rNotIdentified } }

    /// The adjusted bootstrap replicates, when the draws are bootstrap replicates.
    public var replicates: BootstrapReplicates? { draws.replicates }

    /// Median of the successful adjusted draws (NaN if none).
    public var median: Double { draws.median }
}
