/// The software level A(t)/A(0) over a horizon after automation for one r; see
/// ``SoftwareLevelPathSpecification`` (Eth & Davidson 2025, Figure 9).
public struct SoftwareLevelPath: Sendable, Hashable, Codable {
    /// The settings that produced this path.
    public let specification: SoftwareLevelPathSpecification
    /// q = 2^(1/r − 1).
    public let ratio: Double
    /// Fizzle, exponential growth or explosion.
    public let regime: GrowthRegime
    /// Points in increasing time: the grid, every doubling time, and the end.
    public let points: [SoftwareLevelPoint]
    /// d₁/(1 − q) in months, when r > 1.
    public let finiteTimeLimitMonths: Double?
    /// When the level reached the cap, if before the horizon.
    public let capReachedAtMonths: Double?
    /// Notes (e.g. `level-capped`).
    public let diagnostics: [Diagnostic]
}
