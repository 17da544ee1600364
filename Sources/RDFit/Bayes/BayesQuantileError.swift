/// The Monte-Carlo error of one posterior quantile (Vehtari, Gelman, Simpson, Carpenter & Bürkner
/// 2021, §4.3): the effective sample size S of the indicator draw ≤ q_p and the standard error it
/// implies, (q(p + d) − q(p − d))/2 with d = sqrt(p(1 − p)/S).
///
/// For another sampler of the same posterior with effective sample size S′ at this quantile, the
/// standard error is about `standardError · sqrt(effectiveSampleSize / S′)` (both are d/f(q_p) to
/// first order, f the posterior density), which is how ``EndpointTableReproduction`` carries it
/// over to the 2024 notebook's sampler.
public struct BayesQuantileError: Sendable, Hashable, Codable {
    /// The probability p of the quantile.
    public let probability: Double
    /// The Monte-Carlo standard error of the quantile.
    public let standardError: Double
    /// The effective sample size of the indicator draw ≤ q_p over all chains.
    public let effectiveSampleSize: Double

    /// Creates the summary.
    public init(probability: Double, standardError: Double, effectiveSampleSize: Double) {
        self.probability = probability
        self.standardError = standardError
        self.effectiveSampleSize = effectiveSampleSize
    }

    /// The error of the p-quantile of the pooled draws of `chains`.
    /// - Parameters:
    ///   - chains: one array of draws per chain, equal lengths of at least 4.
    ///   - sorted: all draws of `chains`, sorted ascending.
    ///   - p: the probability, in (0, 1).
    /// - Returns: the summary; its standard error and effective sample size are NaN when undefined.
    public init(chains: [[Double]], sorted: [Double], probability p: Double) {
        self.init(probability: p, quantile: { Quantile.sorted(sorted, $0) }) { q in
            MCMCConvergence.indicatorEffectiveSampleSize(chains: chains, threshold: q)
        }
    }

    /// The error of the p-quantile of `pooled`'s draws: the value the dense initialiser gives on
    /// the expanded chains, bit for bit.
    init(pooled: PooledChainRuns, probability p: Double) {
        self.init(
            probability: p, quantile: pooled.quantile,
            indicatorEffectiveSampleSize: { pooled.indicatorEffectiveSampleSize(threshold: $0) })
    }

    /// The error of the p-quantile from the draws' quantile function and the ESS of the indicator
    /// draw ≤ q: what both the dense and the pooled initialisers compute.
    private init(
        probability p: Double, quantile: (Double) -> Double, indicatorEffectiveSampleSize: (Double) -> Double
    ) {
        let ess = indicatorEffectiveSampleSize(quantile(p))
        var error = Double.nan
        if ess.isFinite, ess > 0 {
            let d = (p * (1 - p) / ess).squareRoot()
            error = (quantile(min(1, p + d)) - quantile(max(0, p - d))) / 2
        }
        self.init(probability: p, standardError: error, effectiveSampleSize: ess)
    }
}
