/// The estimator behind a ``ReturnsEstimate``.
public enum EstimationMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// r = g_A / g_E on a balanced growth path (<doc:SteadyStateEstimation>).
    case steadyState = "steady-state"
    /// The Jones regression on a level series of A (<doc:JonesRegressionMethod>).
    case jonesOLS = "jones-ols"
    /// The Bayesian single-endpoint estimator (<doc:BayesianSingleEndpoint>).
    case bayesEndpoint = "bayes-endpoint"
    /// Full-series maximum likelihood (<doc:FullSeriesLikelihood>).
    case seriesMLE = "mle"
    /// The full-series Feller posterior (<doc:FullSeriesLikelihood>; the model and priors of <doc:BayesianSingleEndpoint>).
    case bayesSeries = "bayes-series"
}

/// r with its interval and the probability that it exceeds 1.
public struct ReturnsSummary: Sendable, Hashable, Codable {
    /// Point estimate (the estimate on the original data; the posterior median for Bayesian methods).
    public let estimate: Double
    /// Lower end of the interval.
    public let lower: Double
    /// Upper end of the interval.
    public let upper: Double
    /// Level of the interval.
    public let level: Double
    /// Share of replicates (or posterior draws) with r > 1.
    public let probabilityAboveOne: Double

    /// Creates a summary.
    public init(estimate: Double, lower: Double, upper: Double, level: Double, probabilityAboveOne: Double) {
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
        self.level = level
        self.probabilityAboveOne = probabilityAboveOne
    }
}

/// The growth of one research input.
public struct InputGrowthSummary: Sendable, Hashable, Codable {
    /// Column name.
    public let name: String
    /// The fitted growth rate g_j (per year, natural log).
    public let growth: GrowthEstimate
    /// Central Cobb-Douglas weight ε_j.
    public let weight: Double
    /// The stated weight (nil when it took the remainder).
    public let statedWeight: InputWeight?

    /// Creates a summary.
    public init(name: String, growth: GrowthEstimate, weight: Double, statedWeight: InputWeight?) {
        self.name = name
        self.growth = growth
        self.weight = weight
        self.statedWeight = statedWeight
    }
}

/// The growth of software quality A.
public struct OutputGrowthSummary: Sendable, Hashable, Codable {
    /// What the user gave, in words.
    public let source: String
    /// g_A at the central value (per year, natural log).
    public let growthRate: Double
    /// Doubling time of A in months.
    public let doublingTimeMonths: Double
    /// The fitted growth when A is a series.
    public let fit: GrowthEstimate?

    /// Creates a summary.
    public init(source: String, growthRate: Double, doublingTimeMonths: Double, fit: GrowthEstimate?) {
        self.source = source
        self.growthRate = growthRate
        self.doublingTimeMonths = doublingTimeMonths
        self.fit = fit
    }
}

/// A model parameter (λ, β) with its uncertainty.
public struct ParameterSummary: Sendable, Hashable, Codable {
    /// Point estimate (OLS) or posterior median.
    public let estimate: Double
    /// Standard error (HAC for the Jones regression), where defined.
    public let standardError: Double?
    /// Lower end of the interval at the result's level.
    public let lower: Double
    /// Upper end.
    public let upper: Double

    /// Creates a summary.
    public init(estimate: Double, standardError: Double?, lower: Double, upper: Double) {
        self.estimate = estimate
        self.standardError = standardError
        self.lower = lower
        self.upper = upper
    }
}

/// The estimate of the returns to software R&D, r = λ/β, with every fit behind it.
public struct ReturnsEstimate: Sendable, Codable {
    /// The estimator.
    public let method: EstimationMethod
    /// r with its interval and P(r > 1).
    public let r: ReturnsSummary
    /// The interval method used for ``r`` (nil for posterior intervals).
    public let intervalMethod: IntervalMethod?
    /// Each input's growth.
    public let inputs: [InputGrowthSummary]
    /// g_E = Σ ε_j g_j at central weights.
    public let combinedInputGrowthRate: Double
    /// The output's growth.
    public let output: OutputGrowthSummary
    /// λ, where the method estimates it.
    public let lambda: ParameterSummary?
    /// β, where the method estimates it.
    public let beta: ParameterSummary?
    /// The draws of r behind the interval: bootstrap replicates, posterior or parametric draws.
    public let draws: Draws?
    /// The seed of every random draw behind this result.
    public let seed: UInt64
    /// Warnings that still leave an answer; a ``Diagnostic/Code/rNotIdentified`` warning is added
    /// on creation when ``Identification`` finds r not identified.
    public let diagnostics: [Diagnostic]
    /// The regression table of the Jones regression; nil for the other estimators.
    public let regression: JonesRegressionTable?
    /// The posterior behind a Bayesian single-endpoint estimate (sampler settings, quantiles,
    /// convergence diagnostics); nil for the other estimators.
    public let posterior: BayesSingleEndpointResult?
    /// The full-series maximum-likelihood fit behind an `mle` estimate (tests, hold-out, every
    /// parameter, convergence); nil for the other estimators.
    public let seriesFit: SeriesMLEResult?
    /// The full-series posterior behind a `bayes-series` estimate; nil for the other estimators.
    public let seriesPosterior: SeriesPosteriorResult?

    /// The bootstrap replicates of r when the draws are bootstrap replicates; every interval
    /// method can be computed from them with ``BootstrapReplicates/confidenceInterval(_:level:)``.
    public var replicates: BootstrapReplicates? { draws?.replicates }
    /// The draws of r that succeeded, in generation order, for plots.
    public var successfulDraws: [Double] { draws?.values.filter { !$0.isNaN } ?? [] }

    /// Creates a result.
    public init(
        method: EstimationMethod, r: ReturnsSummary, intervalMethod: IntervalMethod?, inputs: [InputGrowthSummary],
        combinedInputGrowthRate: Double, output: OutputGrowthSummary, lambda: ParameterSummary?,
        beta: ParameterSummary?,
        draws: Draws?, seed: UInt64, diagnostics: [Diagnostic], posterior: BayesSingleEndpointResult? = nil,
        regression: JonesRegressionTable? = nil, seriesFit: SeriesMLEResult? = nil,
        seriesPosterior: SeriesPosteriorResult? = nil
    ) {
        self.method = method
        self.r = r
        self.intervalMethod = intervalMethod
        self.inputs = inputs
        self.combinedInputGrowthRate = combinedInputGrowthRate
        self.output = output
        self.lambda = lambda
        self.beta = beta
        self.draws = draws
        self.seed = seed
        self.diagnostics = Identification.adding(to: diagnostics, r: r, lambda: lambda, beta: beta, draws: draws)
        self.posterior = posterior
        self.regression = regression
        self.seriesFit = seriesFit
        self.seriesPosterior = seriesPosterior
    }

    /// Whether r is identified well enough for a verdict on r > 1 (no
    /// ``Diagnostic/Code/rNotIdentified`` warning).
    public var isIdentified: Bool { !diagnostics.contains { $0.code == .rNotIdentified } }

    /// Creates a result from bootstrap replicates.
    public init(
        method: EstimationMethod, r: ReturnsSummary, intervalMethod: IntervalMethod?, inputs: [InputGrowthSummary],
        combinedInputGrowthRate: Double, output: OutputGrowthSummary, lambda: ParameterSummary?,
        beta: ParameterSummary?,
        replicates: BootstrapReplicates?, seed: UInt64, diagnostics: [Diagnostic],
        regression: JonesRegressionTable? = nil
    ) {
        self.init(
            method: method, r: r, intervalMethod: intervalMethod, inputs: inputs,
            combinedInputGrowthRate: combinedInputGrowthRate,
            output: output, lambda: lambda, beta: beta, draws: replicates.map { Draws(replicates: $0) }, seed: seed,
            diagnostics: diagnostics, regression: regression)
    }
}
