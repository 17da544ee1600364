/// Everything the full-series Feller posterior (<doc:FullSeriesLikelihood>) needs: the series and the
/// sampler settings. A validated value: a specification that exists can be run with
/// ``SeriesPosteriorEstimator``.
public struct SeriesPosteriorSpecification: Sendable {
    /// Default number of chains, 4 (each density evaluation costs one Feller density per
    /// transition, hundreds of times the single-endpoint model's).
    public static let defaultChains = 4
    /// Default retained draws per chain, 2,500.
    public static let defaultDrawsPerChain = 2500
    /// Default warm-up iterations per chain, 1,500.
    public static let defaultWarmUp = 1500

    /// The series.
    public let data: SeriesData
    /// The Feller density: exact (default) or the published truncation.
    public let likelihood: BayesLikelihood
    /// Number of chains; retained draws and warm-up iterations per chain.
    public let chains: Int
    public let drawsPerChain: Int
    public let warmUp: Int
    /// The seed; chain c draws from stream c.
    public let seed: UInt64
    /// Worker threads; results do not depend on it.
    public let threads: Int
    /// Level of the equal-tailed credible intervals.
    public let intervalLevel: Double
    /// r draws kept in the result (evenly thinned).
    public let storedDraws: Int

    /// Validates the settings and that the series has input growth.
    /// - Throws: ``SpecificationError`` for settings out of the ranges of
    ///   ``BayesSingleEndpointSpecification`` (chains 1–1000, at least 100 draws and warm-up
    ///   iterations, totals at most 50 million, a level in (0, 1), threads ≥ 1); ``DataError``
    ///   (`non-positive-input-growth`) when the input does not grow over the series, since the
    ///   characteristic time Δt_s = β/(g_I·λ) needs g_I > 0.
    public init(
        data: SeriesData, likelihood: BayesLikelihood = .exact, chains: Int = defaultChains,
        drawsPerChain: Int = defaultDrawsPerChain, warmUp: Int = defaultWarmUp,
        seed: UInt64 = BayesSingleEndpointSpecification.defaultSeed, threads: Int = 1,
        intervalLevel: Double = BayesSingleEndpointSpecification.defaultIntervalLevel,
        storedDraws: Int = BayesSingleEndpointSpecification.defaultStoredDraws
    ) throws {
        try BayesSingleEndpointSpecification.validateSampler(
            chains: chains, drawsPerChain: drawsPerChain, warmUp: warmUp, threads: threads,
            intervalLevel: intervalLevel, storedDraws: storedDraws)
        let growth = data.inputGrowthRate
        guard growth > 0, growth.isFinite else {
            throw DataError(
                .nonPositiveInputGrowth, columnName: data.inputName,
                message:
                    "input '\(data.inputName)' does not grow between the first and last transitions (g_I = \(PlainNumber.text(growth)) per year); the full-series posterior's characteristic time needs g_I > 0"
            )
        }
        self.data = data
        self.likelihood = likelihood
        self.chains = chains
        self.drawsPerChain = drawsPerChain
        self.warmUp = warmUp
        self.seed = seed
        self.threads = threads
        self.intervalLevel = intervalLevel
        self.storedDraws = storedDraws
    }
}
