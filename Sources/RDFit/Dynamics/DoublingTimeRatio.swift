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

/// How long each software doubling takes relative to the previous one, q = 2^(1/r − 1), with
/// the intermediate steps of Eth & Davidson's derivation.
///
/// Eth & Davidson (2025) define r as software doublings per doubling of *cumulative* R&D. One
/// software doubling therefore needs 1/r doublings of cumulative R&D, i.e. cumulative R&D grows
/// by 2^(1/r). The next doubling uses 2^(1/r) − 1 times all R&D done before it, while the current
/// doubling used (2^(1/r) − 1)/2^(1/r) of all R&D done through its end, so the next doubling needs
/// 2^(1/r) times as much R&D as the current one. Software, and hence research effort, is twice as
/// high during the next doubling, so it takes q = 2^(1/r)/2 = 2^(1/r − 1) times as long.
/// Footnote 23 walks through r = 0.7 (q ≈ 1.35, "35% longer"); footnote 25 through r = 3
/// (q ≈ 0.63, "63% as long"). <doc:DoublingDynamics>.
public struct DoublingTimeRatio: Sendable, Hashable, Codable {
    /// The returns to software R&D, r = λ/β.
    public let r: Double
    /// 1/r: doublings of cumulative R&D needed per software doubling.
    public let cumulativeResearchDoublingsPerSoftwareDoubling: Double
    /// 2^(1/r): the factor by which cumulative R&D grows over one software doubling.
    public let cumulativeResearchGrowthFactor: Double
    /// 2^(1/r) − 1: R&D for the next doubling as a multiple of all R&D done before it.
    public let nextDoublingResearchRelativeToPriorCumulative: Double
    /// (2^(1/r) − 1)/2^(1/r): R&D of a doubling as a share of all R&D done through its end.
    public let doublingResearchShareOfCumulative: Double
    /// 2^(1/r): R&D needed for doubling n + 1 relative to doubling n (the ratio of the two above).
    public let researchRatioBetweenConsecutiveDoublings: Double
    /// q = 2^(1/r − 1): the duration of doubling n + 1 relative to doubling n.
    public let value: Double

    /// Computes q and its derivation for a given r.
    ///
    /// - Parameter r: The returns to software R&D; finite and > 0.
    /// - Throws: ``SpecificationError`` (`.returns`) if r is not finite and positive.
    public init(r: Double) throws {
        guard r.isFinite, r > 0 else {
            throw SpecificationError(setting: .returns, message: "r must be a finite number above 0 (got \(r)).")
        }
        self.r = r
        let doublings = 1 / r
        let growth = exp2(doublings)
        let increment = growth - 1
        let share = increment / growth
        cumulativeResearchDoublingsPerSoftwareDoubling = doublings
        cumulativeResearchGrowthFactor = growth
        nextDoublingResearchRelativeToPriorCumulative = increment
        doublingResearchShareOfCumulative = share
        researchRatioBetweenConsecutiveDoublings = increment / share
        value = exp2(doublings - 1)
    }

    /// 100·(q − 1): how much longer (positive) or shorter (negative) each doubling is, in percent.
    public var percentChangePerDoubling: Double { 100 * (value - 1) }

    /// Fizzle, exponential growth or explosion.
    public var regime: GrowthRegime { GrowthRegime(r: r) }
}
