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

/// r = g_A / g_eff with spillovers, recomputed per bootstrap replicate.
///
/// Replicate b resamples exactly as the unadjusted steady-state statistic does and draws the
/// output growth and the Cobb-Douglas weights from the replicate's own stream in the same order;
/// the spillover weights and shares come from their ``AdjustmentStream``s. Levels spillovers build
/// the effective series E_own + Σ w_j·E_j for the drawn w (then its running total when inputs are
/// cumulative) and refit its growth on the resample; growth-form spillovers mix the resampled
/// growth rates, g_eff = (1 − Σ s_j)·g_E + Σ s_j·g_j.
struct SpilloverStatistic: BootstrapStatistic {
    struct Level: Sendable {
        let name: String
        let weight: InputWeight
        let values: [Double]
    }
    struct Share: Sendable {
        let name: String
        let share: InputWeight
        let logs: [Double]
    }

    let seed: UInt64
    let growth: ResampledGrowth
    /// ln of each input (cumulative when asked).
    let inputLogs: [[Double]]
    /// ln of the output series, if any.
    let outputLogs: [Double]?
    let output: OutputGrowth
    let weights: CobbDouglasWeights
    let cumulative: Bool
    /// The single own input's levels (before any running total), for levels spillovers.
    let ownLevels: [Double]
    let levels: [Level]
    let shares: [Share]

    var observationCount: Int { growth.observationCount }

    func makeWorkspace() -> Void { () }

    /// g_eff at given spillover parameters, from growth rates computed by `rate`.
    private func effectiveGrowth(
        inputRates: [Double], weightValues: [Double], levelWeights: [Double], shareValues: [Double],
        rate: ([Double]) -> Double?
    ) -> Double? {
        var rates = inputRates
        if !levels.isEmpty {
            var effective = ownLevels
            for (level, w) in zip(levels, levelWeights) {
                for i in effective.indices { effective[i] += w * level.values[i] }
            }
            if cumulative { effective = GrowthFit.cumulative(effective) }
            guard effective.allSatisfy({ $0 > 0 }), let g = rate(effective.map { log($0) }) else { return nil }
            rates[0] = g
        }
        var combined = zip(weightValues, rates).reduce(0) { $0 + $1.0 * $1.1 }
        if !shares.isEmpty {
            let total = shareValues.reduce(0, +)
            combined *= 1 - total
            for (share, s) in zip(shares, shareValues) {
                guard let g = rate(share.logs) else { return nil }
                combined += s * g
            }
        }
        return combined
    }

    private func ratio(_ outputRate: Double?, _ combined: Double?) -> Double? {
        guard let outputRate, let combined, combined > 0, combined.isFinite else { return nil }
        let r = outputRate / combined
        return r.isFinite ? r : nil
    }

    /// g_eff on the original data at central values.
    var centralEffectiveGrowth: Double? {
        let inputRates = inputLogs.compactMap { growth.rate($0) }
        guard inputRates.count == inputLogs.count else { return nil }
        return effectiveGrowth(
            inputRates: inputRates, weightValues: weights.central, levelWeights: levels.map(\.weight.central),
            shareValues: shares.map(\.share.central), rate: { growth.rate($0) })
    }

    func originalEstimate(workspace: inout Void) -> Double? {
        let outputRate = outputLogs.flatMap { growth.rate($0) } ?? output.centralRate
        return ratio(outputRate, centralEffectiveGrowth)
    }

    func replicate(indices: [Int], generator: inout Xoshiro256StarStar, workspace: inout Void) -> Double? {
        replicate(number: 0, indices: indices, generator: &generator, workspace: &workspace)
    }

    func replicate(number: Int, indices: [Int], generator: inout Xoshiro256StarStar, workspace: inout Void) -> Double? {
        var inputRates: [Double] = []
        for logs in inputLogs {
            guard let g = growth.rate(logs, indices: indices) else { return nil }
            inputRates.append(g)
        }
        let outputRate: Double?
        if let outputLogs {
            outputRate = growth.rate(outputLogs, indices: indices)
        } else {
            outputRate = output.drawRate(using: &generator)
        }
        let weightValues = weights.draw(using: &generator)
        func draw(_ name: String, _ value: InputWeight) -> Double {
            var stream = AdjustmentStream.generator(seed: seed, name: name, replicate: number)
            return value.draw(using: &stream)
        }
        let levelWeights = levels.map { draw($0.name, $0.weight) }
        let shareValues = shares.map { draw($0.name, $0.share) }
        let combined = effectiveGrowth(
            inputRates: inputRates, weightValues: weightValues, levelWeights: levelWeights,
            shareValues: shareValues, rate: { growth.rate($0, indices: indices) })
        return ratio(outputRate, combined)
    }

    func leavingOut(_ omitted: Int, workspace: inout Void) -> Double? {
        var inputRates: [Double] = []
        for logs in inputLogs {
            guard let g = growth.rate(logs, leavingOut: omitted) else { return nil }
            inputRates.append(g)
        }
        let outputRate = outputLogs.flatMap { growth.rate($0, leavingOut: omitted) } ?? output.centralRate
        let combined = effectiveGrowth(
            inputRates: inputRates, weightValues: weights.central, levelWeights: levels.map(\.weight.central),
            shareValues: shares.map(\.share.central), rate: { growth.rate($0, leavingOut: omitted) })
        return ratio(outputRate, combined)
    }
}
