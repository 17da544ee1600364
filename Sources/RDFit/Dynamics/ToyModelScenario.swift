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

/// Eth & Davidson's toy model (2025, Figures 5–8, Tables 2–3): AGIs write papers, a number of
/// papers doubles efficiency, the fixed hardware then holds twice as many AGIs.
///
/// The papers needed per efficiency doubling grow by a factor p each doubling while researchers
/// double, so doubling n + 1 takes p/2 times as long as doubling n. Papers double log₂ p times per
/// efficiency doubling, hence r = 1/log₂ p (p = 3 → 0.63, fizzle; p = 1.5 → 1.71, explosion;
/// p = 2 → 1, exponential). For p < 2 all doublings finish by first/(1 − p/2) (8 months in
/// Figure 8's explosion). Defaults are the report's: 1 AGI writing 1 paper a month, 2 papers for
/// the first doubling. <doc:DoublingDynamics>.
public struct ToyModelScenario: Sendable, Hashable, Codable {
    /// p: papers for doubling n + 1 divided by papers for doubling n (Table 2's last column).
    public let paperGrowthFactor: Double
    /// Papers needed for the first efficiency doubling; default 2.
    public let firstDoublingPapers: Double
    /// AGIs at automation; default 1.
    public let initialResearchers: Double
    /// Papers each AGI writes per month; default 1.
    public let papersPerResearcherMonth: Double

    /// Creates a scenario.
    ///
    /// - Parameters:
    ///   - paperGrowthFactor: p > 1 (p ≤ 1 would mean no diminishing returns and r = ∞ or < 0).
    ///   - firstDoublingPapers: Papers for the first doubling; > 0, default 2.
    ///   - initialResearchers: AGIs at the start; > 0, default 1.
    ///   - papersPerResearcherMonth: Output per AGI per month; > 0, default 1.
    /// - Throws: ``SpecificationError`` (`.paperGrowth`, `.firstDoublingPapers`,
    ///   `.researchers`, `.papersPerMonth`) for values outside those ranges.
    public init(
        paperGrowthFactor: Double, firstDoublingPapers: Double = 2, initialResearchers: Double = 1,
        papersPerResearcherMonth: Double = 1
    ) throws {
        guard paperGrowthFactor.isFinite, paperGrowthFactor > 1 else {
            throw SpecificationError(
                setting: .paperGrowth,
                message:
                    "the growth factor of papers per doubling must be finite and above 1 (got \(paperGrowthFactor)).")
        }
        for (value, setting) in [
            (firstDoublingPapers, Setting.firstDoublingPapers), (initialResearchers, .researchers),
            (papersPerResearcherMonth, .papersPerMonth),
        ] {
            guard value.isFinite, value > 0 else {
                throw SpecificationError(setting: setting, message: "must be a finite number above 0 (got \(value)).")
            }
        }
        self.paperGrowthFactor = paperGrowthFactor
        self.firstDoublingPapers = firstDoublingPapers
        self.initialResearchers = initialResearchers
        self.papersPerResearcherMonth = papersPerResearcherMonth
    }

    /// log₂ p: doublings in papers required per additional efficiency doubling (Table 3, middle column).
    public var paperDoublingsPerEfficiencyDoubling: Double { log2(paperGrowthFactor) }

    /// r = 1/log₂ p (Table 3, last column).
    public var r: Double { 1 / paperDoublingsPerEfficiencyDoubling }

    /// p/2: duration of each doubling relative to the previous one (Figure 6 "50% longer",
    /// Figure 7 "75% as long").
    public var doublingTimeRatio: Double { paperGrowthFactor / 2 }

    /// Fizzle (p > 2), exponential (p = 2) or explosion (p < 2).
    public var regime: GrowthRegime { GrowthRegime(r: r) }

    /// Months to the first efficiency doubling: first papers / (researchers × papers per month).
    public var firstDoublingMonths: Double { firstDoublingPapers / (initialResearchers * papersPerResearcherMonth) }

    /// first/(1 − p/2), the finite time by which all doublings finish, months; nil unless p < 2.
    public var asymptoteMonths: Double? {
        doublingTimeRatio < 1 ? firstDoublingMonths / (1 - doublingTimeRatio) : nil
    }

    /// Steps the model through `count` efficiency doublings.
    ///
    /// - Parameter count: Number of doublings, ≥ 1.
    /// - Throws: ``SpecificationError`` (`.doublings`) if count < 1 or above 10,000.
    /// - Returns: One row per doubling: papers needed, researchers, months taken, months elapsed.
    public func doublings(count: Int) throws -> [ToyModelDoubling] {
        guard (1...DoublingSequenceSpecification.maximumDoublings).contains(count) else {
            throw SpecificationError(
                setting: .doublings,
                message:
                    "the number of doublings must be between 1 and \(DoublingSequenceSpecification.maximumDoublings) (got \(count))."
            )
        }
        var rows: [ToyModelDoubling] = []
        var papers = firstDoublingPapers
        var researchers = initialResearchers
        var elapsed = 0.0
        for index in 1...count {
            let rate = researchers * papersPerResearcherMonth
            let months = papers / rate
            elapsed += months
            rows.append(
                ToyModelDoubling(
                    index: index, papersRequired: papers, researchers: researchers, papersPerMonth: rate,
                    durationMonths: months, cumulativeMonths: elapsed))
            papers *= paperGrowthFactor
            researchers *= 2
        }
        return rows
    }
}
