/// The estimator of r that a ``ReturnsRequest`` names.
public enum ReturnsMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// The steady-state ratio r = g_A/g_I with a bootstrap interval (``SteadyStateEstimator``).
    case steadyState = "steady-state"
    /// The Jones regression with its bootstrap (``JonesRegression``).
    case jonesOLS = "jones-ols"
    /// The Bayesian single-endpoint posterior (``BayesSingleEndpointEstimator``).
    case bayesEndpoint = "bayes-endpoint"
    /// The full-series maximum-likelihood fit (``SeriesMLEEstimator``).
    case mle
    /// The full-series Feller posterior (``SeriesPosteriorEstimator``).
    case bayesSeries = "bayes-series"

    /// Whether the method fits every transition of one level series on one input
    /// (``ReturnsRequest/seriesPlan(table:threads:drawnSeed:)``) rather than growth rates
    /// (``ReturnsRequest/plan(table:threads:drawnSeed:)``).
    public var fitsLevelSeries: Bool { self == .mle || self == .bayesSeries }
}

/// The bootstrap scheme that a ``ReturnsRequest`` names, before its block length is resolved
/// into a ``ResamplingScheme``.
public enum ResamplingChoice: String, Sendable, Hashable, Codable, CaseIterable {
    /// Resample (input, output) rows.
    case pairs
    /// Resample the residuals of the growth fit.
    case residual
    /// The moving-block bootstrap.
    case block
    /// The stationary bootstrap (blocks of random length).
    case stationary
}
