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
    /// The default sampler: ``defaultChains`` chains of ``defaultDrawsPerChain`` draws after
    /// ``defaultWarmUp`` warm-up iterations, and the single-endpoint defaults for the rest (seed,
    /// one thread, level 0.9, 4000 stored draws).
    public static let defaultSampler = SamplerSettings(
        chains: defaultChains, drawsPerChain: defaultDrawsPerChain, warmUp: defaultWarmUp)

    /// The series.
    public let data: SeriesData
    /// The Feller density: exact (default) or the published truncation.
    public let likelihood: BayesLikelihood
    /// The sampler's settings: chains, draws, warm-up, seed, threads, level and stored draws.
    public let sampler: SamplerSettings

    /// Validates the settings and that the series has input growth.
    /// - Parameters:
    ///   - data: the series.
    ///   - likelihood: the Feller density, `.exact` (default) or `.published`.
    ///   - sampler: chains, draws, warm-up, seed, threads, level and stored draws (default
    ///     ``defaultSampler``).
    /// - Throws: ``SpecificationError`` for sampler settings out of range
    ///   (``SamplerSettings/validate()``); ``DataError``
    ///   (`non-positive-input-growth`) when the input does not grow over the series, since the
    ///   characteristic time Δt_s = β/(g_I·λ) needs g_I > 0.
    public init(
        data: SeriesData, likelihood: BayesLikelihood = .exact, sampler: SamplerSettings = defaultSampler
    ) throws {
        try sampler.validate()
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
        self.sampler = sampler
    }
}

extension SeriesPosteriorSpecification: SamplerSettingsCarrier {}
