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

/// What is known about the growth of software quality A (<doc:SteadyStateEstimation>), and the growth rate
/// g_A = d ln A/dt it implies.
public enum OutputGrowth: Sendable, Hashable, Codable {
    /// A doubling time in months: g_A = ln 2 / (d/12). With an interval, d is drawn from the
    /// two-piece lognormal with median `months` and the interval's ends as its quantiles.
    case doublingTime(months: Double, interval: QuantityInterval?)
    /// A factor F = A_T/A_0 over `years` years: g_A = ln F / T. With an interval, F is drawn like the
    /// doubling time (median `factor`), so g_A is a two-piece normal.
    case growthFactor(factor: Double, years: Double, interval: QuantityInterval?)
    /// A growth multiple m per year ("3×/yr"): g_A = ln m. With an interval, m is drawn like the
    /// doubling time (median `perYear`), so g_A is a two-piece normal.
    case growthMultiple(perYear: Double, interval: QuantityInterval?)
    /// A level series of A, fitted like the inputs (least-squares or endpoints growth of ln A).
    case series(name: String)

    /// Checks the quantity is usable.
    /// - Throws: ``SpecificationError`` naming the option.
    public func validate() throws {
        switch self {
        case let .doublingTime(months, _):
            guard months > 0, months.isFinite else {
                throw SpecificationError(
                    setting: .doublingTime,
                    message: "the doubling time must be a positive number of months (got \(months))")
            }
        case let .growthFactor(factor, years, _):
            guard factor > 0, factor.isFinite else {
                throw SpecificationError(
                    setting: .growthFactor, message: "the growth factor must be positive (got \(factor))")
            }
            guard years > 0, years.isFinite else {
                throw SpecificationError(
                    setting: .growthHorizon, message: "the horizon must be a positive number of years (got \(years))")
            }
        case let .growthMultiple(perYear, _):
            guard perYear > 0, perYear.isFinite else {
                throw SpecificationError(
                    setting: .growthMultiple, message: "the growth multiple must be positive (got \(perYear))")
            }
        case .series:
            break
        }
        // A positive, finite quantity can still imply an infinite rate (a doubling time of 1e-320
        // months): refuse it here rather than report r as undefined later.
        if let rate = centralRate, !rate.isFinite {
            throw SpecificationError(
                setting: setting,
                message: "\(summary) implies a growth rate of A that is not finite; check the value and its units")
        }
        if let interval, let central = centralQuantity, !interval.contains(central) {
            throw SpecificationError(
                setting: .interval,
                message:
                    "the stated value \(format(central)) lies outside its own interval \(format(interval.lower)):\(format(interval.upper)); give a range that contains it"
            )
        }
        if let interval, !(rate(fromQuantity: interval.lower).isFinite && rate(fromQuantity: interval.upper).isFinite) {
            throw SpecificationError(
                setting: .interval,
                message:
                    "the range \(interval.lower):\(interval.upper) implies a growth rate of A that is not finite; check the values and their units"
            )
        }
    }

    /// The setting that states this output.
    private var setting: Setting {
        switch self {
        case .doublingTime: return .doublingTime
        case .growthFactor: return .growthFactor
        case .growthMultiple: return .growthMultiple
        case .series: return .output
        }
    }

    /// The reported interval, if any.
    public var interval: QuantityInterval? {
        switch self {
        case let .doublingTime(_, interval), let .growthFactor(_, _, interval), let .growthMultiple(_, interval):
            return interval
        case .series: return nil
        }
    }

    /// The reported central value of the quantity: months, factor or multiple (nil for a series).
    public var centralQuantity: Double? {
        switch self {
        case let .doublingTime(months, _): return months
        case let .growthFactor(factor, _, _): return factor
        case let .growthMultiple(perYear, _): return perYear
        case .series: return nil
        }
    }

    /// g_A at the reported central value (nil for a series, which must be fitted).
    public var centralRate: Double? { centralQuantity.map(rate(fromQuantity:)) }

    /// g_A for a value q of the reported quantity.
    public func rate(fromQuantity q: Double) -> Double {
        switch self {
        case .doublingTime: return M_LN2 / (q / 12)
        case let .growthFactor(_, years, _): return log(q) / years
        case .growthMultiple: return log(q)
        case .series: return .nan
        }
    }

    /// One Monte-Carlo draw of g_A (the central rate when no interval was given). The quantity is
    /// drawn with its stated central value as median (``QuantityInterval/draw(median:using:)``), the
    /// value the point estimate uses, so the estimate and the draws share one centre.
    public func drawRate(using generator: inout Xoshiro256StarStar) -> Double? {
        guard let interval, let central = centralQuantity else { return centralRate }
        return rate(fromQuantity: interval.draw(median: central, using: &generator))
    }

    /// A short description for reports, e.g. "doubling time 9 months (95% range 4–25)".
    public var summary: String {
        func range(_ i: QuantityInterval?) -> String {
            guard let i else { return "" }
            return " (\(Int((i.level * 100).rounded()))% range \(format(i.lower))–\(format(i.upper)))"
        }
        switch self {
        case let .doublingTime(months, i): return "doubling time \(format(months)) months" + range(i)
        case let .growthFactor(factor, years, i):
            return "growth factor \(format(factor)) over \(format(years)) years" + range(i)
        case let .growthMultiple(m, i): return "growth multiple \(format(m))× per year" + range(i)
        case let .series(name): return "level series '\(name)'"
        }
    }

    private func format(_ x: Double) -> String { CFormat.string("%.4g", x) }
}
