#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One software doubling in a ``DoublingSequence``.
public struct Doubling: Sendable, Hashable, Codable {
    /// 1-based position in the sequence.
    public let index: Int
    /// How long this doubling takes, days.
    public let durationDays: Double
    /// How long this doubling takes, months of ``DoublingSequenceSpecification/daysPerMonth`` days.
    public let durationMonths: Double
    /// Time from automation to the end of this doubling, days.
    public let cumulativeDays: Double
    /// Time from automation to the end of this doubling, months.
    public let cumulativeMonths: Double
    /// Software level at the end of this doubling relative to the start, 2^index.
    public let softwareLevel: Double

    /// Creates a row.
    public init(index: Int, durationDays: Double, cumulativeDays: Double, daysPerMonth: Double) {
        self.index = index
        self.durationDays = durationDays
        self.durationMonths = durationDays / daysPerMonth
        self.cumulativeDays = cumulativeDays
        self.cumulativeMonths = cumulativeDays / daysPerMonth
        self.softwareLevel = exp2(Double(index))
    }
}
