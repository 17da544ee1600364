/// The full-series Feller posterior (<doc:FullSeriesLikelihood>): posterior summaries of β, λ and
/// r = λ/β, the sampler's settings and diagnostics, and a thinned sample of r. Quantiles are
/// type 7 over every retained draw.
public struct SeriesPosteriorResult: Sendable, Hashable, Codable {
    /// The Feller density used.
    public let likelihood: BayesLikelihood
    /// The seed, chains, retained draws and warm-up iterations per chain.
    public let seed: UInt64
    public let chains: Int
    public let drawsPerChain: Int
    public let warmUp: Int
    /// The sampler, in words.
    public let sampler: String
    /// Names of the output and input series, and the transitions in the likelihood.
    public let outputName: String
    public let inputName: String
    public let transitions: Int
    /// Input growth g_I over the series (the characteristic time's), and output growth
    /// ln(A_n/A_0)/(t_n − t_0), per year.
    public let inputGrowth: Double
    public let outputGrowth: Double
    /// Posterior percentiles of β, λ and r.
    public let beta: BayesParameterQuantiles
    public let lambda: BayesParameterQuantiles
    public let r: BayesRQuantiles
    /// Equal-tailed credible intervals at the specification's level.
    public let rInterval: BayesCredibleInterval
    public let betaInterval: BayesCredibleInterval
    public let lambdaInterval: BayesCredibleInterval
    /// Posterior probability that r > 1.
    public let probabilityRAboveOne: Double
    /// Effective sample sizes, split R-hat, acceptance, Monte-Carlo error of the median.
    public let samplerDiagnostics: BayesSamplerDiagnostics
    /// Warnings: low effective sample size, R-hat above 1.01, unusual acceptance.
    public let diagnostics: [Diagnostic]
    /// Stored draws of r (evenly thinned, chain order).
    public let rDraws: [Double]
}
