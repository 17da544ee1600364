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

/// A CES research input for the automation-loop Monte Carlo (<doc:AutomationLoop>): the doubling times
/// follow the law of motion dS/dt ∝ R^λ·S^(1−β) with R = [α·L^ρ + (1 − α)·K^ρ]^(1/ρ), L = S
/// (research labour scales with software once AI does it) and compute K = e^(g_K·t), instead of
/// the Cobb-Douglas recurrence.
///
/// The input is normalised so that L = K = 1 at automation: α is labour's share of research input
/// there, 1 − α compute's. Each run keeps its drawn p = αλ (so λ = p/α) and its falling r
/// (β = p/r). After each doubling the next doubling time is the last one times
/// D(next)/D(last), where D is the law's time for one doubling, ∫ S^β/R^λ d(ln S) over it, both
/// with the β just updated (Simpson's rule, 8 intervals per doubling, in logarithms). Compute is
/// held at its value at the middle of each doubling (a predictor-corrector step finds the next
/// one's middle). With σ = 1 and g_K = 0 the ratio is exactly 2^(β − αλ) = 2^(p(1/r − 1)), the
/// recurrence of ``AutomationLoopSimulation``; σ < 1 (complements) slows it, σ > 1 speeds it.
/// The retraining form, if any, applies to log₂ of the ratio, as it does to x.
public struct AutomationLoopComputeBottleneck: Codable, Sendable, Hashable {
    /// σ and α (scales 1).
    public let research: CESResearchInput
    /// g_K, compute's growth rate per month (natural log; 0: compute fixed).
    public let computeGrowthPerMonth: Double

    /// The compute share used when none is stated: 0.67, the mode of Ho & Whitfill's 0.59–0.75.
    public static let defaultComputeShare = 0.67

    /// Creates the bottleneck after checking it.
    /// - Parameters:
    ///   - elasticity: σ > 0 (1: Cobb-Douglas).
    ///   - computeShare: compute's share 1 − α of research input at automation, in (0, 1).
    ///   - computeGrowthPerMonth: g_K per month, finite; default 0.
    /// - Throws: ``AutomationLoopError`` naming the setting.
    public init(elasticity: Double, computeShare: Double, computeGrowthPerMonth: Double = 0) throws {
        guard computeShare > 0, computeShare < 1 else {
            throw AutomationLoopError.outOfRange(
                .computeShare, value: computeShare, allowed: "strictly between 0 and 1")
        }
        guard computeGrowthPerMonth.isFinite else {
            throw AutomationLoopError.notFinite(.computeGrowth, value: computeGrowthPerMonth)
        }
        research = try CESResearchInput(elasticity: elasticity, laborWeight: 1 - computeShare)
        self.computeGrowthPerMonth = computeGrowthPerMonth
    }

    /// Simpson's weights and nodes on [0, ln 2], 8 intervals.
    static let intervals = 8

    /// ln ∫ over one doubling starting at ln S = `start` of e^(β·v − λ·ln R(S, K)) dv, v = ln S − start,
    /// with ln K fixed at `logCompute`.
    func logDoublingIntegral(start: Double, beta: Double, lambda: Double, logCompute: Double) -> Double {
        let n = Self.intervals
        let h = M_LN2 / Double(n)
        var terms: [Double] = []
        terms.reserveCapacity(n + 1)
        var top = -Double.infinity
        for j in 0...n {
            let v = Double(j) * h
            let weight = j == 0 || j == n ? 1.0 : (j % 2 == 1 ? 4.0 : 2.0)
            let term =
                log(weight * h / 3) + beta * v
                - lambda * research.logValue(logLabor: start + v, logCompute: logCompute)
            terms.append(term)
            top = max(top, term)
        }
        guard top.isFinite else { return top }
        return top + log(terms.reduce(0) { $0 + exp($1 - top) })
    }

    /// log₂ of the ratio of the next doubling time to the last one.
    /// - Parameters:
    ///   - doublings: doublings completed (the last one took `lastMonths` and ended at `months`).
    ///   - returns: r just updated (> 0).
    ///   - parallelPenalty: p = αλ.
    func log2Ratio(
        doublings: Int, months: Double, lastMonths: Double, returns: Double, parallelPenalty: Double
    )
        -> Double
    {
        let beta = parallelPenalty / returns
        let lambda = parallelPenalty / research.laborWeight
        let end = Double(doublings) * M_LN2
        let g = computeGrowthPerMonth
        let last = logDoublingIntegral(
            start: end - M_LN2, beta: beta, lambda: lambda, logCompute: g * (months - lastMonths / 2))
        func ratio(nextMonths: Double) -> Double {
            let next = logDoublingIntegral(
                start: end, beta: beta, lambda: lambda, logCompute: g * (months + nextMonths / 2))
            // The next doubling starts ln 2 later, so its S^β carries an extra factor 2^β.
            return beta + (next - last) / M_LN2
        }
        let predicted = ratio(nextMonths: lastMonths)
        guard g != 0 else { return predicted }
        return ratio(nextMonths: lastMonths * exp2(predicted))
    }
}
