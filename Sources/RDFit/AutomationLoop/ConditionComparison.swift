/// One condition's probability with r₀ from data beside its probability under the published prior.
public struct ConditionComparison: Codable, Sendable, Hashable {
    /// The condition.
    public let condition: ProgressCondition
    /// The outcome with r₀ from data.
    public let fromData: ConditionOutcome
    /// The outcome with r₀ from the published prior.
    public let publishedPrior: ConditionOutcome
    /// fromData − publishedPrior.
    public let difference: Double
    /// √(s₁² + s₂²), the standard error of the difference as if the two runs were independent.
    /// Run j of both draws the same f, p and Y (common random numbers), which usually makes the
    /// true error smaller.
    public let differenceStandardError: Double
}
