/// One printed probability beside the one computed here.
public struct DavidsonHouldenComparison: Codable, Sendable, Hashable {
    /// The condition.
    public let condition: ProgressCondition
    /// The printed value.
    public let published: Double
    /// The value computed by ``AutomationLoopSimulation``.
    public let computed: Double
    /// The computed value's Monte-Carlo standard error.
    public let standardError: Double
    /// 3 standard errors plus half a printed percentage point.
    public let tolerance: Double
    /// Whether |computed − published| ≤ tolerance.
    public let passes: Bool
}
