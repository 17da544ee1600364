import Foundation
import RDFit

// An independent check of the sampler (`--bayes-importance`): the posterior r median of one
// domain by self-normalised importance sampling from a multivariate Student-t in
// q = (ln λ, ln β, ln σ_s, ln u), using only the public `logPosterior`. The proposal is adapted
// over a few rounds (population Monte Carlo: weighted mean and covariance, widened), then the
// final round's draws are split into batches whose spread gives the Monte-Carlo error.

/// Weighted importance sample of r: values and normalised weights.
private struct WeightedSample {
    var r: [Double] = []
    var logWeights: [Double] = []

    func quantile(_ p: Double) -> Double {
        let largest = logWeights.max() ?? 0
        let order = r.indices.sorted { r[$0] < r[$1] }
        let weights = logWeights.map { exp($0 - largest) }
        let total = weights.reduce(0, +)
        var cumulative = 0.0
        for i in order {
            cumulative += weights[i]
            if cumulative >= p * total { return r[i] }
        }
        return r[order.last ?? 0]
    }

    var effectiveSize: Double {
        let largest = logWeights.max() ?? 0
        let weights = logWeights.map { exp($0 - largest) }
        let sum = weights.reduce(0, +)
        return sum * sum / weights.reduce(0) { $0 + $1 * $1 }
    }
}

/// Student-t proposal with mean `mean`, scale matrix L·Lᵀ (L lower triangular, row-major).
private struct TProposal {
    static let degrees = 3.0
    var mean: SIMD4<Double>
    var factor: [Double]

    func draw(_ rng: inout Xoshiro256StarStar) -> (SIMD4<Double>, Double) {
        let z = SIMD4(
            rng.nextStandardNormal(), rng.nextStandardNormal(),
            rng.nextStandardNormal(), rng.nextStandardNormal())
        var chi = 0.0
        for _ in 0..<3 {
            let g = rng.nextStandardNormal()
            chi += g * g
        }
        let w = (Self.degrees / chi).squareRoot()
        var v = mean
        for i in 0..<4 {
            for j in 0...i { v[i] += w * factor[4 * i + j] * z[j] }
        }
        let squared = (z * z).sum() * w * w
        var logDeterminant = 0.0
        for i in 0..<4 { logDeterminant += log(factor[5 * i]) }
        return (v, -(Self.degrees + 4) / 2 * log1p(squared / Self.degrees) - logDeterminant)
    }

    /// The t proposal matching weighted draws' mean and covariance, widened by `widen`.
    init?(draws: [SIMD4<Double>], logWeights: [Double], widen: Double) {
        let largest = logWeights.max() ?? 0
        let weights = logWeights.map { exp($0 - largest) }
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        var mean = SIMD4<Double>(repeating: 0)
        for (v, w) in zip(draws, weights) { mean += v * (w / total) }
        var covariance = [Double](repeating: 0, count: 16)
        for (v, w) in zip(draws, weights) {
            let d = v - mean
            for i in 0..<4 { for j in 0..<4 { covariance[4 * i + j] += w / total * d[i] * d[j] * widen * widen } }
        }
        var l = [Double](repeating: 0, count: 16)
        for i in 0..<4 {
            for j in 0...i {
                var sum = covariance[4 * i + j]
                for k in 0..<j { sum -= l[4 * i + k] * l[4 * j + k] }
                if i == j {
                    guard sum > 0 else { return nil }
                    l[5 * i] = sum.squareRoot()
                } else {
                    l[4 * i + j] = sum / l[5 * j]
                }
            }
        }
        self.mean = mean
        factor = l
    }

    init(mean: SIMD4<Double>, factor: [Double]) {
        self.mean = mean
        self.factor = factor
    }
}

/// Prints the importance-sampling r median (and 5th, 95th percentiles) of `specification`.
func bayesImportanceCheck(_ specification: BayesSingleEndpointSpecification, label: String, draws: Int) {
    let model = BayesSingleEndpointModel(specification: specification)
    var rng = Xoshiro256StarStar(seed: specification.sampler.seed, stream: 99)
    var proposal = TProposal(mean: SIMD4(repeating: 0), factor: [2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2])
    func round(_ count: Int) -> ([SIMD4<Double>], WeightedSample) {
        var points: [SIMD4<Double>] = []
        var sample = WeightedSample()
        for _ in 0..<count {
            let (q, logProposal) = proposal.draw(&rng)
            let logPosterior = model.logPosterior(q)
            guard logPosterior.isFinite else { continue }
            points.append(q)
            sample.r.append(exp(q[0] - q[1]))
            sample.logWeights.append(logPosterior - logProposal)
        }
        return (points, sample)
    }
    for widen in [1.5, 1.5, 1.3, 1.3, 1.2] {
        let (points, sample) = round(100_000)
        guard let next = TProposal(draws: points, logWeights: sample.logWeights, widen: widen) else { break }
        proposal = next
    }
    var medians: [Double] = [], lows: [Double] = [], highs: [Double] = [], sizes: [Double] = []
    for _ in 0..<4 {
        let (_, sample) = round(draws / 4)
        medians.append(sample.quantile(0.5))
        lows.append(sample.quantile(0.05))
        highs.append(sample.quantile(0.95))
        sizes.append(sample.effectiveSize)
    }
    func summary(_ values: [Double]) -> String {
        let m = values.reduce(0, +) / Double(values.count)
        let sd = (values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count - 1)).squareRoot()
        return String(format: "%.4f ± %.4f", m, sd / Double(values.count).squareRoot())
    }
    print(
        "\(label): importance sampling, \(draws) draws, weight ESS per batch \(Int(sizes.min() ?? 0)): r median "
            + summary(medians) + ", 5th " + summary(lows) + ", 95th " + summary(highs))
}
