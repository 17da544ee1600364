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

/// Settings for the sequence of software doublings after AI R&D is automated (hardware fixed):
/// r, the first doubling time, the month length and how far to go.
///
/// Each doubling takes q = 2^(1/r − 1) times the previous (``DoublingTimeRatio``). Eth & Davidson
/// (2025) count a month as 30.4 days in their worked examples (text after footnote 22, footnotes
/// 23, 25 and 29), which is the default here. <doc:DoublingDynamics>.
public struct DoublingSequenceSpecification: Sendable, Hashable, Codable {
    /// How far the sequence runs. In JSON: `{"doublings": 5}` or `{"horizonMonths": 12}`.
    public enum Extent: Sendable, Hashable, Codable {
        /// A fixed number of doublings (1…``DoublingSequenceSpecification/maximumDoublings``).
        case doublings(Int)
        /// Every doubling that completes within this many months after automation.
        case horizonMonths(Double)

        private enum CodingKeys: String, CodingKey {
            case doublings, horizonMonths
        }

        /// Decodes `{"doublings": n}` or `{"horizonMonths": m}`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let count = try container.decodeIfPresent(Int.self, forKey: .doublings) {
                self = .doublings(count)
            } else {
                self = .horizonMonths(try container.decode(Double.self, forKey: .horizonMonths))
            }
        }

        /// Encodes as a single-key object.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .doublings(let count): try container.encode(count, forKey: .doublings)
            case .horizonMonths(let months): try container.encode(months, forKey: .horizonMonths)
            }
        }

        /// The extent listed when none is stated: the first year after automation, or for r > 1
        /// (where infinitely many doublings fit in a finite time) the first
        /// ``DoublingSequenceSpecification/standardDoublingsAboveOne`` doublings.
        public static func standard(r: Double) -> Extent {
            r > 1 ? .doublings(DoublingSequenceSpecification.standardDoublingsAboveOne) : .horizonMonths(12)
        }
    }

    /// Doublings listed for r > 1 when no extent is stated (``Extent/standard(r:)``).
    public static let standardDoublingsAboveOne = 20

    /// The month length of Eth & Davidson's worked examples, 30.4 days (≈ 365/12).
    public static let defaultDaysPerMonth = 30.4
    /// The most doublings a sequence lists (r > 1 with a horizon beyond the finite-time limit
    /// would otherwise list infinitely many).
    public static let maximumDoublings = 10_000

    /// The returns to software R&D, r = λ/β.
    public let r: Double
    /// Duration of the first doubling after automation, days.
    public let firstDoublingDays: Double
    /// Days per month used to express durations in months.
    public let daysPerMonth: Double
    /// How far the sequence runs.
    public let extent: Extent

    /// Creates a specification with the first doubling time in months.
    ///
    /// - Parameters:
    ///   - r: Returns to software R&D; finite, > 0.
    ///   - firstDoublingMonths: The first doubling time in months; finite, > 0.
    ///   - daysPerMonth: Month length in days; default 30.4 as in Eth & Davidson.
    ///   - extent: A number of doublings or a horizon in months.
    /// - Throws: ``SpecificationError`` for `.returns`, `.firstDoubling`, `.daysPerMonth`,
    ///   `.doublings` or `.horizon` values that are not finite and positive (or too many doublings).
    public init(
        r: Double, firstDoublingMonths: Double, daysPerMonth: Double = defaultDaysPerMonth, extent: Extent
    ) throws {
        try Self.validate(daysPerMonth: daysPerMonth)
        guard firstDoublingMonths.isFinite, firstDoublingMonths > 0 else {
            throw SpecificationError(
                setting: .firstDoubling,
                message:
                    "the first doubling time must be a finite number of months above 0 (got \(firstDoublingMonths)).")
        }
        try self.init(
            r: r, firstDoublingDays: firstDoublingMonths * daysPerMonth, daysPerMonth: daysPerMonth, extent: extent)
    }

    /// Creates a specification with the first doubling time in days (e.g. footnote 29's three days).
    ///
    /// - Parameters:
    ///   - r: Returns to software R&D; finite, > 0.
    ///   - firstDoublingDays: The first doubling time in days; finite, > 0.
    ///   - daysPerMonth: Month length in days; default 30.4 as in Eth & Davidson.
    ///   - extent: A number of doublings or a horizon in months.
    /// - Throws: ``SpecificationError`` as for the months initializer.
    public init(r: Double, firstDoublingDays: Double, daysPerMonth: Double = defaultDaysPerMonth, extent: Extent) throws
    {
        _ = try DoublingTimeRatio(r: r)
        try Self.validate(daysPerMonth: daysPerMonth)
        guard firstDoublingDays.isFinite, firstDoublingDays > 0 else {
            throw SpecificationError(
                setting: .firstDoubling,
                message: "the first doubling time must be finite and above 0 (got \(firstDoublingDays) days).")
        }
        switch extent {
        case .doublings(let count):
            guard (1...Self.maximumDoublings).contains(count) else {
                throw SpecificationError(
                    setting: .doublings,
                    message: "the number of doublings must be between 1 and \(Self.maximumDoublings) (got \(count)).")
            }
        case .horizonMonths(let months):
            guard months.isFinite, months > 0 else {
                throw SpecificationError(
                    setting: .horizon, message: "the horizon must be a finite number of months above 0 (got \(months))."
                )
            }
        }
        self.r = r
        self.firstDoublingDays = firstDoublingDays
        self.daysPerMonth = daysPerMonth
        self.extent = extent
    }

    private static func validate(daysPerMonth: Double) throws {
        guard daysPerMonth.isFinite, daysPerMonth > 0 else {
            throw SpecificationError(
                setting: .daysPerMonth,
                message: "the month length must be a finite number of days above 0 (got \(daysPerMonth)).")
        }
    }

    /// The first doubling time in months.
    public var firstDoublingMonths: Double { firstDoublingDays / daysPerMonth }

    /// Lists the doublings.
    ///
    /// With a horizon, lists every doubling completing by then (at most ``maximumDoublings``; a
    /// diagnostic says when r > 1 makes the count unbounded or the list was cut). A doubling whose
    /// duration overflows a `Double` ends the list with a diagnostic.
    public func compute() -> DoublingSequence {
        // The initializer validated r, so this cannot throw.
        let ratio = (try? DoublingTimeRatio(r: r))!
        let clock = DoublingClock(firstDays: firstDoublingDays, ratio: ratio.value)
        var diagnostics: [Diagnostic] = []
        let wanted: Int
        var horizonMonths: Double?
        switch extent {
        case .doublings(let count):
            wanted = count
        case .horizonMonths(let months):
            horizonMonths = months
            if let completed = clock.completedDoublings(atDays: months * daysPerMonth) {
                if completed > Self.maximumDoublings {
                    diagnostics.append(
                        Diagnostic(
                            code: .doublingsTruncated, severity: .note,
                            message:
                                "\(completed) doublings complete within the horizon; only the first \(Self.maximumDoublings) are listed."
                        ))
                }
                wanted = min(completed, Self.maximumDoublings)
            } else {
                diagnostics.append(
                    Diagnostic(
                        code: .unboundedDoublings, severity: .note,
                        message:
                            "With r > 1 infinitely many doublings complete before the finite-time limit, which lies within the horizon; only the first \(Self.maximumDoublings) are listed."
                    ))
                wanted = Self.maximumDoublings
            }
        }
        var doublings: [Doubling] = []
        doublings.reserveCapacity(wanted)
        var cumulative = 0.0
        for index in stride(from: 1, through: wanted, by: 1) {
            let duration = clock.durationDays(ofDoubling: index)
            cumulative += duration
            guard duration.isFinite, cumulative.isFinite else {
                diagnostics.append(
                    Diagnostic(
                        code: .overflow,
                        message:
                            "Doubling \(index) would take longer than a Double can hold; the list stops at doubling \(index - 1)."
                    ))
                break
            }
            doublings.append(
                Doubling(index: index, durationDays: duration, cumulativeDays: cumulative, daysPerMonth: daysPerMonth))
        }
        return DoublingSequence(
            specification: self, ratio: ratio, doublings: doublings, horizonMonths: horizonMonths, clock: clock,
            diagnostics: diagnostics)
    }
}
