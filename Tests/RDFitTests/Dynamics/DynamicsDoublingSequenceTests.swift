import Foundation
import Testing

@testable import RDFit

@Suite("Doubling sequences after automation")
struct DynamicsDoublingSequenceTests {
    @Test("Text after footnote 22: r = 0.7 from one month: 41, 55, 74, 100 days; ~30x in a bit under a year")
    func fizzleFromOneMonth() throws {
        let sequence = try DoublingSequenceSpecification(r: 0.7, firstDoublingMonths: 1, extent: .doublings(5))
            .compute()
        let days = sequence.doublings.map(\.durationDays)
        #expect(agreesWithPrinted(days[0], 30.4, decimals: 1))
        #expect(agreesWithPrinted(days[1], 41, decimals: 0))
        #expect(agreesWithPrinted(days[2], 55, decimals: 0))
        #expect(agreesWithPrinted(days[3], 74, decimals: 0))
        #expect(agreesWithPrinted(days[4], 100, decimals: 0))
        // "~30x improvement in AI software capacity in a bit under a year": five doublings (32x)
        // end at about 300 days, under 12 months, and no sixth doubling completes within the year.
        let fifth = sequence.doublings[4]
        #expect(fifth.cumulativeMonths < 12 && fifth.cumulativeMonths > 9)
        #expect(agreesWithPrinted(fifth.softwareLevel, 30, decimals: -1))
        #expect(sequence.completedDoublings(withinMonths: 12) == 5)
        #expect(sequence.finiteTimeLimitDays == .some(nil))
        #expect(sequence.regime == .fizzle)
    }

    @Test("Text after footnote 24: r = 3 from one month: next doublings 19, 12, 7.6, 4.8 days")
    func explosionFromOneMonth() throws {
        let sequence = try DoublingSequenceSpecification(r: 3, firstDoublingMonths: 1, extent: .doublings(5)).compute()
        let days = sequence.doublings.map(\.durationDays)
        #expect(agreesWithPrinted(days[1], 19, decimals: 0))
        #expect(agreesWithPrinted(days[2], 12, decimals: 0))
        #expect(agreesWithPrinted(days[3], 7.6, decimals: 1))
        #expect(agreesWithPrinted(days[4], 4.8, decimals: 1))
        // Not printed in the report: the finite-time limit d₁/(1 − q) = 30.4/(1 − 2^(−2/3)) days.
        let limit = try #require(sequence.finiteTimeLimitDays)
        #expect(abs(limit - 30.4 / (1 - pow(2, -2.0 / 3))) <= 1e-9 * limit)
        #expect(abs(try #require(sequence.finiteTimeLimitMonths) - limit / 30.4) <= 1e-12)
        #expect(sequence.doublings.last!.cumulativeDays < limit)
    }

    @Test("Footnote 29: r = 0.9 from three days: 30 doublings in year one, ~1.5 and ~1 years' worth of 6/yr after")
    func footnote29() throws {
        let sequence = try DoublingSequenceSpecification(r: 0.9, firstDoublingDays: 3, extent: .horizonMonths(12))
            .compute()
        #expect(sequence.completedDoublingsWithinHorizon == 30)
        #expect(sequence.doublings.count == 30)
        let years = sequence.periods(count: 3)
        #expect(years.map(\.completedDoublingsInPeriod) == [30, 9, 5])
        // "about 5 years' worth of progress at today's rate" (around 6 doublings a year)
        #expect(agreesWithPrinted(try #require(years[0].equivalentPeriods(atPace: 6)), 5, decimals: 0))
        // "the next year would see around 1.5 years' worth"
        #expect(agreesWithPrinted(try #require(years[1].equivalentPeriods(atPace: 6)), 1.5, decimals: 1))
        // "the year after that would see around 1 year's worth"
        #expect(agreesWithPrinted(try #require(years[2].equivalentPeriods(atPace: 6)), 1, decimals: 0))
        // The same counts with a 365-day year.
        let calendar = try DoublingSequenceSpecification(
            r: 0.9, firstDoublingDays: 3, daysPerMonth: 365.0 / 12, extent: .horizonMonths(12)
        ).compute()
        #expect(calendar.periods(count: 2).map(\.completedDoublingsInPeriod) == [30, 9])
    }

    @Test("Cumulative days match the closed form d₁(qⁿ − 1)/(q − 1) and months use the stated month length")
    func closedForm() throws {
        let specification = try DoublingSequenceSpecification(
            r: 0.7, firstDoublingMonths: 2, daysPerMonth: 30, extent: .doublings(8))
        let sequence = specification.compute()
        let q = sequence.ratio.value
        for doubling in sequence.doublings {
            let expected = 60 * (pow(q, Double(doubling.index)) - 1) / (q - 1)
            #expect(abs(doubling.cumulativeDays - expected) <= 1e-9 * expected)
            #expect(abs(doubling.cumulativeMonths - doubling.cumulativeDays / 30) <= 1e-12 * doubling.cumulativeMonths)
            #expect(doubling.softwareLevel == pow(2, Double(doubling.index)))
        }
        #expect(sequence.doublings.map(\.index) == Array(1...8))
    }

    @Test("r = 1 fits exactly twelve one-month doublings in twelve months")
    func exponentialHorizon() throws {
        let sequence = try DoublingSequenceSpecification(r: 1, firstDoublingMonths: 1, extent: .horizonMonths(12))
            .compute()
        #expect(sequence.completedDoublingsWithinHorizon == 12)
        #expect(abs(try #require(sequence.continuousDoublingsAtHorizon) - 12) <= 1e-12)
        #expect(sequence.doublings.count == 12)
    }

    @Test("r > 1 with a horizon past the finite-time limit: unbounded count, truncated list, diagnostic")
    func unboundedHorizon() throws {
        let sequence = try DoublingSequenceSpecification(r: 3, firstDoublingMonths: 1, extent: .horizonMonths(12))
            .compute()
        #expect(sequence.completedDoublingsWithinHorizon == .some(nil))
        #expect(sequence.continuousDoublingsAtHorizon == .some(nil))
        #expect(sequence.diagnostics.contains { $0.code == .unboundedDoublings })
        #expect(sequence.doublings.count <= DoublingSequenceSpecification.maximumDoublings)
        #expect(
            sequence.doublings.allSatisfy {
                $0.cumulativeDays.isFinite && $0.cumulativeDays < sequence.finiteTimeLimitDays!
            })
        // Before the limit the count is finite.
        let early = try DoublingSequenceSpecification(r: 3, firstDoublingMonths: 1, extent: .horizonMonths(2)).compute()
        #expect(early.completedDoublingsWithinHorizon == early.doublings.count)
    }

    @Test("Horizons within rounding of the finite-time limit finish promptly")
    func nearLimit() throws {
        let limitMonths = 1 / (1 - pow(2, -2.0 / 3))
        for horizon in [limitMonths * (1 - 1e-13), limitMonths * (1 - 1e-9), limitMonths, limitMonths * (1 + 1e-12)] {
            let sequence = try DoublingSequenceSpecification(
                r: 3, firstDoublingMonths: 1, extent: .horizonMonths(horizon)
            ).compute()
            #expect(sequence.doublings.count <= DoublingSequenceSpecification.maximumDoublings)
        }
        let barelyExplosive = try SoftwareLevelPathSpecification(
            r: 1.0001, firstDoublingMonths: 1, horizonMonths: 1e6, maximumDoublings: 1000
        ).compute()
        #expect(barelyExplosive.capReachedAtMonths != nil)
        #expect(barelyExplosive.points.count < 2000)
    }

    @Test("Very small r overflows cleanly with a diagnostic instead of infinities")
    func overflow() throws {
        let sequence = try DoublingSequenceSpecification(r: 0.01, firstDoublingMonths: 1, extent: .doublings(100))
            .compute()
        #expect(sequence.doublings.count < 100)
        #expect(sequence.doublings.allSatisfy { $0.durationDays.isFinite })
        #expect(sequence.diagnostics.contains { $0.code == .overflow })
        _ = try JSONEncoder().encode(sequence)
    }

    @Test("Invalid settings name the setting at fault")
    func invalidSettings() {
        func option(_ make: () throws -> DoublingSequenceSpecification) -> Setting?? {
            do { _ = try make(); return .some(nil) } catch let error as SpecificationError {
                return error.setting
            } catch { return nil }
        }
        #expect(option { try .init(r: -1, firstDoublingMonths: 1, extent: .doublings(3)) } == .returns)
        #expect(option { try .init(r: 1, firstDoublingMonths: 0, extent: .doublings(3)) } == .firstDoubling)
        #expect(option { try .init(r: 1, firstDoublingDays: .nan, extent: .doublings(3)) } == .firstDoubling)
        #expect(
            option { try .init(r: 1, firstDoublingMonths: 1, daysPerMonth: 0, extent: .doublings(3)) } == .daysPerMonth)
        #expect(option { try .init(r: 1, firstDoublingMonths: 1, extent: .doublings(0)) } == .doublings)
        #expect(option { try .init(r: 1, firstDoublingMonths: 1, extent: .horizonMonths(-2)) } == .horizon)
    }

    @Test("The result round-trips through JSON")
    func codable() throws {
        let sequence = try DoublingSequenceSpecification(r: 0.7, firstDoublingMonths: 1, extent: .horizonMonths(12))
            .compute()
        let data = try JSONEncoder().encode(sequence)
        let decoded = try JSONDecoder().decode(DoublingSequence.self, from: data)
        #expect(decoded == sequence)
        #expect(String(decoding: data, as: UTF8.self).contains("\"extent\":{\"horizonMonths\":12}"))
        let counted = try DoublingSequenceSpecification(r: 3, firstDoublingMonths: 1, extent: .doublings(4))
        #expect(
            try JSONDecoder().decode(DoublingSequenceSpecification.self, from: JSONEncoder().encode(counted)) == counted
        )
    }

    @Test("With no extent stated: the first year for r ≤ 1, the first 20 doublings for r > 1")
    func standardExtent() {
        #expect(DoublingSequenceSpecification.Extent.standard(r: 0.7) == .horizonMonths(12))
        #expect(DoublingSequenceSpecification.Extent.standard(r: 1) == .horizonMonths(12))
        #expect(DoublingSequenceSpecification.Extent.standard(r: 1.5) == .doublings(20))
    }
}
