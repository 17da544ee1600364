import Foundation

/// Convergence diagnostics for several Markov chains of one scalar quantity: rank-normalised
/// split R-hat and bulk effective sample size (Vehtari, Gelman, Simpson, Carpenter & Bürkner
/// 2021, "Rank-normalization, folding, and localization: an improved R-hat", Bayesian Analysis).
///
/// Each chain is split into halves (a middle draw is dropped for odd lengths); all draws are
/// replaced by z = Φ⁻¹((rank − 3/8)/(S + 1/4)) of their pooled ranks (average ranks for ties);
/// R-hat and ESS are then computed on z. Both are invariant under monotone transformations, so
/// the ESS of r equals that of ln r, and heavy tails do not distort them.
public enum MCMCConvergence {
    /// Rank-normalised split R-hat, sqrt(var⁺/W) with W the mean within-half variance and
    /// var⁺ = (n−1)/n·W + B/n. Values near 1 indicate the chains agree; above 1.01 they may not.
    /// - Parameter chains: one array of draws per chain, equal lengths of at least 4.
    /// - Returns: R-hat, or NaN when it is undefined (too short, or all draws equal).
    public static func splitRHat(chains: [[Double]]) -> Double {
        guard let halves = rankNormalizedHalves(chains) else { return .nan }
        return rHat(halves)
    }

    /// Rank-normalised bulk effective sample size: S / τ̂ with the integrated autocorrelation
    /// time τ̂ = −1 + 2·Σ_k P̂_k from Geyer's initial positive sequence P̂_k = ρ̂_2k + ρ̂_(2k+1),
    /// made monotone, and the multi-chain autocorrelation
    /// ρ̂_t = 1 − (W − mean of the chains' lag-t autocovariances)/var⁺ (Stan's estimator).
    /// Capped at S·log10(S) as in Stan.
    /// - Parameter chains: one array of draws per chain, equal lengths of at least 4.
    /// - Returns: the ESS, or NaN when undefined.
    public static func effectiveSampleSize(chains: [[Double]]) -> Double {
        guard let halves = rankNormalizedHalves(chains) else { return .nan }
        return ess(halves)
    }

    /// Splits the chains in halves and rank-normalises the pooled draws; nil if unusable.
    static func rankNormalizedHalves(_ chains: [[Double]]) -> [[Double]]? {
        guard let length = chains.first?.count, length >= 4, chains.allSatisfy({ $0.count == length }) else {
            return nil
        }
        let half = length / 2
        var halves: [[Double]] = []
        halves.reserveCapacity(2 * chains.count)
        for chain in chains {
            halves.append(Array(chain[0..<half]))
            halves.append(Array(chain[(length - half)..<length]))
        }
        let total = halves.count * half
        // Pooled ranks with ties averaged.
        var order: [(value: Double, index: Int)] = []
        order.reserveCapacity(total)
        for (h, values) in halves.enumerated() {
            for (i, v) in values.enumerated() {
                guard !v.isNaN else { return nil }
                order.append((v, h * half + i))
            }
        }
        order.sort { $0.value < $1.value }
        var ranks = [Double](repeating: 0, count: total)
        var start = 0
        while start < total {
            var end = start
            while end + 1 < total && order[end + 1].value == order[start].value { end += 1 }
            let averageRank = Double(start + end) / 2 + 1
            for k in start...end { ranks[order[k].index] = averageRank }
            start = end + 1
        }
        let s = Double(total)
        return (0..<halves.count).map { h in
            (0..<half).map { i in
                NormalDistribution.standardQuantile((ranks[h * half + i] - 0.375) / (s + 0.25))
            }
        }
    }

    static func meanAndVariance(_ values: [Double]) -> (mean: Double, variance: Double) {
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        var ss = 0.0
        for v in values { ss += (v - mean) * (v - mean) }
        return (mean, ss / (n - 1))
    }

    /// (W, var⁺) for equal-length chains.
    static func varianceComponents(_ chains: [[Double]]) -> (within: Double, plus: Double) {
        let n = Double(chains[0].count)
        let stats = chains.map(meanAndVariance)
        let within = stats.map(\.variance).reduce(0, +) / Double(chains.count)
        let grand = stats.map(\.mean).reduce(0, +) / Double(chains.count)
        var between = 0.0
        if chains.count > 1 {
            for s in stats { between += (s.mean - grand) * (s.mean - grand) }
            between *= n / Double(chains.count - 1)
        }
        return (within, (n - 1) / n * within + between / n)
    }

    static func rHat(_ chains: [[Double]]) -> Double {
        let (within, plus) = varianceComponents(chains)
        guard within > 0 else { return .nan }
        return (plus / within).squareRoot()
    }

    static func ess(_ chains: [[Double]]) -> Double {
        let m = chains.count
        let n = chains[0].count
        let (within, plus) = varianceComponents(chains)
        guard within > 0, plus > 0 else { return .nan }
        let centred = chains.map { chain -> [Double] in
            let mean = chain.reduce(0, +) / Double(n)
            return chain.map { $0 - mean }
        }
        // Mean over chains of the lag-t autocovariance (divisor n), computed lag by lag.
        func meanAutocovariance(_ lag: Int) -> Double {
            var total = 0.0
            for c in centred {
                var s = 0.0
                for i in 0..<(n - lag) { s += c[i] * c[i + lag] }
                total += s / Double(n)
            }
            return total / Double(m)
        }
        // W from the (n−1)-divisor variances; Stan's ρ̂_t = 1 − (W − acov_t)/var⁺.
        func rho(_ lag: Int) -> Double { 1 - (within - meanAutocovariance(lag)) / plus }
        var sumPairs = 0.0
        var previousPair = Double.infinity
        var t = 0
        while t + 1 < n {
            var pair = (t == 0 ? 1.0 : rho(t)) + rho(t + 1)
            if pair < 0 { break }
            pair = min(pair, previousPair)  // initial monotone sequence
            sumPairs += pair
            previousPair = pair
            t += 2
        }
        let tau = max(-1 + 2 * sumPairs, 1 / log10(Double(m * n)))
        return Double(m * n) / tau
    }
}
