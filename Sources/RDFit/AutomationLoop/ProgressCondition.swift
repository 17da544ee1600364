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

/// An outcome of the automation loop: "at least k·M/12 years of AI progress within M months".
///
/// One year of progress is (12/T₀)/s_c software doublings (8 with the defaults: software doubled
/// every T₀ = 3 months and is s_c = ½ of progress). A run meets the condition when some K
/// consecutive doublings take less than M months, t_(i+K) − t_i < M, with
/// K = ⌊(M/12)·((12/T₀)/s_c)·k⌋ evaluated in that order, as the published code does. A guard of
/// 10⁻⁹ (relative) keeps a product such as 79.999999999 from flooring to 79.
public struct ProgressCondition: Codable, Sendable, Hashable {
    /// The window M in months.
    public let months: Double
    /// The speed multiple k: progress k times faster than the recent pace.
    public let speedMultiple: Double

    /// The condition "k times the recent pace for M months".
    /// - Throws: ``AutomationLoopError`` if either value is not positive and finite.
    public init(months: Double, speedMultiple: Double) throws {
        guard months.isFinite else { throw AutomationLoopError.notFinite(.conditionMonths, value: months) }
        guard months > 0 else { throw AutomationLoopError.notPositive(.conditionMonths, value: months) }
        guard speedMultiple.isFinite else {
            throw AutomationLoopError.notFinite(.conditionSpeedMultiple, value: speedMultiple)
        }
        guard speedMultiple > 0 else {
            throw AutomationLoopError.notPositive(.conditionSpeedMultiple, value: speedMultiple)
        }
        self.months = months
        self.speedMultiple = speedMultiple
    }

    /// The condition "at least `years` of progress within `months` months".
    /// - Throws: ``AutomationLoopError`` if either value is not positive and finite.
    public init(years: Double, withinMonths months: Double) throws {
        guard years.isFinite else { throw AutomationLoopError.notFinite(.conditionSpeedMultiple, value: years) }
        guard years > 0 else { throw AutomationLoopError.notPositive(.conditionSpeedMultiple, value: years) }
        try self.init(months: months, speedMultiple: years * 12 / months)
    }

    private init(uncheckedMonths months: Double, speedMultiple: Double) {
        self.months = months
        self.speedMultiple = speedMultiple
    }

    /// Years of progress the condition asks for, k·M/12.
    public var years: Double { speedMultiple * months / 12 }

    /// The number of doublings K that must fit in the window.
    /// - Parameter doublingsPerYearOfProgress: (12/T₀)/s_c.
    public func requiredDoublings(doublingsPerYearOfProgress: Double) -> Int {
        let product = (months / 12) * doublingsPerYearOfProgress * speedMultiple
        let guarded = product + 1e-9 * max(1, product)
        return guarded >= Double(Int.max) ? Int.max : Int(guarded.rounded(.down))
    }

    /// "≥ 3 years in ≤ 1 year": (M, k) = (12, 3).
    public static let threeYearsInOneYear = ProgressCondition(uncheckedMonths: 12, speedMultiple: 3)
    /// "≥ 3 years in ≤ 4 months": (M, k) = (4, 10), strictly 3⅓ years.
    public static let threeYearsInFourMonths = ProgressCondition(uncheckedMonths: 4, speedMultiple: 10)
    /// "≥ 10 years in ≤ 1 year": (M, k) = (12, 10).
    public static let tenYearsInOneYear = ProgressCondition(uncheckedMonths: 12, speedMultiple: 10)
    /// "≥ 10 years in ≤ 4 months": (M, k) = (4, 30).
    public static let tenYearsInFourMonths = ProgressCondition(uncheckedMonths: 4, speedMultiple: 30)

    /// The four conditions of the published table, in its column order
    /// (3 years in 12 months, 3 years in 4 months, 10 years in 12 months, 10 years in 4 months).
    public static let standard: [ProgressCondition] = [
        threeYearsInOneYear, threeYearsInFourMonths, tenYearsInOneYear, tenYearsInFourMonths,
    ]
}
