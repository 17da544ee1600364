/// Doublings completed within one period (e.g. one year) after automation; see
/// ``DoublingSequence/periods(lengthMonths:count:)``.
public struct DoublingPeriod: Sendable, Hashable, Codable {
    /// 1-based period number.
    public let index: Int
    /// Start of the period, months after automation.
    public let startMonths: Double
    /// End of the period, months after automation.
    public let endMonths: Double
    /// Whole doublings completed from automation to the end of the period; nil when infinitely many.
    public let completedDoublingsByEnd: Int?
    /// Whole doublings that complete inside this period; nil when infinitely many.
    public let completedDoublingsInPeriod: Int?
    /// Real-valued doublings gained in this period on the smooth closed form; nil when unbounded.
    public let continuousDoublingsInPeriod: Double?

    /// How many periods of progress at a reference pace this period equals, e.g. 1.5 "years'
    /// worth" of today's ~6 doublings a year (footnote 29); uses whole completed doublings.
    ///
    /// - Parameter doublingsPerPeriod: The reference pace, doublings per period; > 0.
    /// - Returns: completed doublings in the period / reference pace; nil when unbounded or when
    ///   the pace is not finite and positive.
    public func equivalentPeriods(atPace doublingsPerPeriod: Double) -> Double? {
        guard doublingsPerPeriod.isFinite, doublingsPerPeriod > 0 else { return nil }
        return completedDoublingsInPeriod.map { Double($0) / doublingsPerPeriod }
    }
}
