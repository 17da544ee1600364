/// The estimated probability of one ``ProgressCondition``.
public struct ConditionOutcome: Codable, Sendable, Hashable {
    /// The condition.
    public let condition: ProgressCondition
    /// K, the doublings that must fit in the window.
    public let requiredDoublings: Int
    /// Runs that met the condition.
    public let runsMeeting: Int
    /// All runs, including those that ended (ceiling, r ≤ 0) before meeting it.
    public let runs: Int
    /// runsMeeting / runs.
    public let probability: Double
    /// The Monte-Carlo standard error √(p(1 − p)/runs).
    public let standardError: Double
}
