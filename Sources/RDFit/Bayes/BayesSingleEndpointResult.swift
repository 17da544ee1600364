/// Posterior 5th, 50th and 95th percentiles of a parameter (type-7 quantiles of all draws).
public struct BayesParameterQuantiles: Sendable, Hashable, Codable {
    /// 5th percentile.
    public let q05: Double
    /// Median.
    public let q50: Double
    /// 95th percentile.
    public let q95: Double

    /// Creates the summary.
    public init(q05: Double, q50: Double, q95: Double) {
        self.q05 = q05
        self.q50 = q50
        self.q95 = q95
    }

    /// The probabilities summarised, in order: 0.05, 0.5, 0.95.
    public static let probabilities = [0.05, 0.5, 0.95]
    /// The quantiles in the order of ``probabilities``.
    public var values: [Double] { [q05, q50, q95] }
}

/// Posterior 5th, 25th, 50th, 75th and 95th percentiles of r = λ/β, computed per draw
/// (type-7 quantiles of all retained draws).
public struct BayesRQuantiles: Sendable, Hashable, Codable {
    /// 5th percentile.
    public let q05: Double
    /// 25th percentile.
    public let q25: Double
    /// Median.
    public let q50: Double
    /// 75th percentile.
    public let q75: Double
    /// 95th percentile.
    public let q95: Double

    /// Creates the summary.
    public init(q05: Double, q25: Double, q50: Double, q75: Double, q95: Double) {
        self.q05 = q05
        self.q25 = q25
        self.q50 = q50
        self.q75 = q75
        self.q95 = q95
    }

    /// The probabilities summarised, in order: 0.05, 0.25, 0.5, 0.75, 0.95.
    public static let probabilities = [0.05, 0.25, 0.5, 0.75, 0.95]
    /// The quantiles in the order of ``probabilities``.
    public var values: [Double] { [q05, q25, q50, q75, q95] }
}

/// An equal-tailed posterior interval: the (1−level)/2 and (1+level)/2 quantiles.
public struct BayesCredibleInterval: Sendable, Hashable, Codable {
    /// The level, e.g. 0.9.
    public let level: Double
    /// The (1−level)/2 quantile.
    public let lower: Double
    /// The (1+level)/2 quantile.
    public let upper: Double

    /// Creates the interval.
    public init(level: Double, lower: Double, upper: Double) {
        self.level = level
        self.lower = lower
        self.upper = upper
    }
}

/// Sampler diagnostics: rank-normalised bulk effective sample sizes and split R-hat
/// (``MCMCConvergence``) for r, β and λ, and Metropolis acceptance rates after warm-up.
public struct BayesSamplerDiagnostics: Sendable, Hashable, Codable {
    /// Effective sample size of r (equal to that of ln r: rank-based).
    public let effectiveSampleSizeR: Double
    /// Effective sample size of β.
    public let effectiveSampleSizeBeta: Double
    /// Effective sample size of λ.
    public let effectiveSampleSizeLambda: Double
    /// Split R-hat of r across chains.
    public let rHatR: Double
    /// Split R-hat of β.
    public let rHatBeta: Double
    /// Split R-hat of λ.
    public let rHatLambda: Double
    /// Share of accepted proposals over all retained iterations of all chains.
    public let acceptanceRate: Double
    /// Acceptance rate of each chain, in chain order.
    public let chainAcceptanceRates: [Double]
    /// Estimated Monte-Carlo standard error of the r median, from the effective sample size of
    /// the indicator r ≤ median (Vehtari et al. 2021, §4.3): the half-width of the 68% interval
    /// of the median's position, mapped through the posterior quantiles of r.
    public let medianRStandardError: Double
    /// Monte-Carlo errors of the reported r quantiles (p = 0.05, 0.25, 0.5, 0.75, 0.95), each from
    /// the effective sample size of its own indicator (``BayesQuantileError``); the median's
    /// standard error equals ``medianRStandardError``.
    public let rQuantileErrors: [BayesQuantileError]
    /// Monte-Carlo errors of the reported β quantiles (p = 0.05, 0.5, 0.95).
    public let betaQuantileErrors: [BayesQuantileError]
    /// Monte-Carlo errors of the reported λ quantiles (p = 0.05, 0.5, 0.95).
    public let lambdaQuantileErrors: [BayesQuantileError]

    /// Creates the diagnostics.
    public init(
        effectiveSampleSizeR: Double, effectiveSampleSizeBeta: Double, effectiveSampleSizeLambda: Double,
        rHatR: Double, rHatBeta: Double, rHatLambda: Double,
        acceptanceRate: Double, chainAcceptanceRates: [Double], medianRStandardError: Double,
        rQuantileErrors: [BayesQuantileError], betaQuantileErrors: [BayesQuantileError],
        lambdaQuantileErrors: [BayesQuantileError]
    ) {
        self.effectiveSampleSizeR = effectiveSampleSizeR
        self.effectiveSampleSizeBeta = effectiveSampleSizeBeta
        self.effectiveSampleSizeLambda = effectiveSampleSizeLambda
        self.rHatR = rHatR
        self.rHatBeta = rHatBeta
        self.rHatLambda = rHatLambda
        self.acceptanceRate = acceptanceRate
        self.chainAcceptanceRates = chainAcceptanceRates
        self.medianRStandardError = medianRStandardError
        self.rQuantileErrors = rQuantileErrors
        self.betaQuantileErrors = betaQuantileErrors
        self.lambdaQuantileErrors = lambdaQuantileErrors
    }
}

/// The result of the Bayesian single-endpoint estimator (Erdil, Besiroglu & Ho 2024;
/// <doc:BayesianSingleEndpoint>): posterior summaries of β, λ and r = λ/β, the steady-state comparison, the
/// settings that reproduce it, diagnostics and a thinned sample of r for plotting.
///
/// All quantiles use linear interpolation between order statistics (type 7,
/// ``Quantile``). The summaries use every retained draw; ``rQuantile(_:)`` uses the
/// stored (thinned) draws ``rDraws``.
public struct BayesSingleEndpointResult: Sendable, Hashable, Codable {
    /// The likelihood used.
    public let likelihood: BayesLikelihood
    /// The seed.
    public let seed: UInt64
    /// Number of chains.
    public let chains: Int
    /// Retained draws per chain.
    public let drawsPerChain: Int
    /// Warm-up iterations per chain.
    public let warmUp: Int
    /// The sampler, in words.
    public let sampler: String
    /// Horizon T in years.
    public let horizon: Int
    /// Output factor A_T/A_0.
    public let outputFactor: Double

    /// Posterior percentiles of β.
    public let beta: BayesParameterQuantiles
    /// Posterior percentiles of λ.
    public let lambda: BayesParameterQuantiles
    /// Posterior percentiles of r = λ/β.
    public let r: BayesRQuantiles
    /// Equal-tailed interval for r at the requested level.
    public let rInterval: BayesCredibleInterval
    /// Equal-tailed credible interval for β at the specification's level.
    public let betaInterval: BayesCredibleInterval
    /// Equal-tailed credible interval for λ at the specification's level.
    public let lambdaInterval: BayesCredibleInterval
    /// Posterior probability that r > 1 (share of draws).
    public let probabilityRAboveOne: Double

    /// Endpoint input growth g_I = ln(I_(T−1)/I_0)/(T−1).
    public let inputGrowth: Double
    /// Output growth g_A = ln(A_T)/T.
    public let outputGrowth: Double
    /// The steady-state estimate r = g_A/g_I (<doc:SteadyStateEstimation>).
    public let naiveR: Double

    /// Sampler diagnostics.
    public let samplerDiagnostics: BayesSamplerDiagnostics
    /// Warnings: low effective sample size, R-hat above 1.01, unusual acceptance, ignored inputs.
    public let diagnostics: [Diagnostic]

    /// r draws kept for plotting: all retained draws if there are at most the requested number,
    /// otherwise that many evenly spaced ones from the chain-by-chain sequence (chain order).
    public let rDraws: [Double]
    /// β at the same posterior draws as ``rDraws`` (empty when not stored).
    public let betaDraws: [Double]
    /// λ at the same posterior draws as ``rDraws`` (empty when not stored).
    public let lambdaDraws: [Double]

    /// Creates a result (normally done by ``BayesSingleEndpointEstimator``).
    public init(
        likelihood: BayesLikelihood, seed: UInt64, chains: Int, drawsPerChain: Int, warmUp: Int, sampler: String,
        horizon: Int, outputFactor: Double,
        beta: BayesParameterQuantiles, lambda: BayesParameterQuantiles, r: BayesRQuantiles,
        rInterval: BayesCredibleInterval, betaInterval: BayesCredibleInterval, lambdaInterval: BayesCredibleInterval,
        probabilityRAboveOne: Double,
        inputGrowth: Double, outputGrowth: Double, naiveR: Double,
        samplerDiagnostics: BayesSamplerDiagnostics, diagnostics: [Diagnostic], rDraws: [Double],
        betaDraws: [Double] = [], lambdaDraws: [Double] = []
    ) {
        self.likelihood = likelihood
        self.seed = seed
        self.chains = chains
        self.drawsPerChain = drawsPerChain
        self.warmUp = warmUp
        self.sampler = sampler
        self.horizon = horizon
        self.outputFactor = outputFactor
        self.beta = beta
        self.lambda = lambda
        self.r = r
        self.rInterval = rInterval
        self.betaInterval = betaInterval
        self.lambdaInterval = lambdaInterval
        self.probabilityRAboveOne = probabilityRAboveOne
        self.inputGrowth = inputGrowth
        self.outputGrowth = outputGrowth
        self.naiveR = naiveR
        self.samplerDiagnostics = samplerDiagnostics
        self.diagnostics = diagnostics
        self.rDraws = rDraws
        self.betaDraws = betaDraws
        self.lambdaDraws = lambdaDraws
    }

    /// The type-7 quantile of the stored r draws ``rDraws`` at probability p.
    /// - Parameter probability: p in [0, 1].
    /// - Returns: the quantile; NaN if no draws were stored or p is outside [0, 1].
    public func rQuantile(_ probability: Double) -> Double {
        Quantile.sorted(rDraws.sorted(), probability)
    }

    /// Type-7 quantiles of the stored r draws at several probabilities (one sort).
    /// - Parameter probabilities: values in [0, 1].
    public func rQuantiles(_ probabilities: [Double]) -> [Double] {
        let sorted = rDraws.sorted()
        return probabilities.map { Quantile.sorted(sorted, $0) }
    }
}
