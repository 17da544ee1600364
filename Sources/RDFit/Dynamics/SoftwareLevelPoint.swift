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

/// One point of a ``SoftwareLevelPath``.
public struct SoftwareLevelPoint: Sendable, Hashable, Codable {
    /// Months after automation.
    public let months: Double
    /// log₂ of the level: doublings since automation.
    public let doublings: Double
    /// The level relative to automation, 2^doublings.
    public let level: Double

    /// Creates a point from its time and doublings.
    public init(months: Double, doublings: Double) {
        self.months = months
        self.doublings = doublings
        self.level = exp2(doublings)
    }
}
