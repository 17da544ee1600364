/// One efficiency doubling of the toy model; see ``ToyModelScenario/doublings(count:)``.
public struct ToyModelDoubling: Sendable, Hashable, Codable {
    /// 1-based doubling number.
    public let index: Int
    /// Papers this doubling needs: first · p^(index − 1).
    public let papersRequired: Double
    /// AGIs working during this doubling: initial · 2^(index − 1).
    public let researchers: Double
    /// Papers written per month during this doubling.
    public let papersPerMonth: Double
    /// Months this doubling takes: papers required / papers per month.
    public let durationMonths: Double
    /// Months from automation to the end of this doubling.
    public let cumulativeMonths: Double
}
