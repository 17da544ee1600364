/// A ``ReturnsRequest`` resolved against a data table for a full-series estimator
/// (<doc:FullSeriesLikelihood>): one output level column on one input column, fitted by maximum
/// likelihood or sampled from the Feller posterior. Made by
/// ``ReturnsRequest/seriesPlan(table:threads:drawnSeed:)``.
public struct SeriesReturnsPlan: Sendable {
    /// The estimator and its settings.
    public enum Estimation: Sendable {
        /// ``SeriesMLEEstimator``.
        case mle(SeriesMLESpecification)
        /// ``SeriesPosteriorEstimator``.
        case posterior(SeriesPosteriorSpecification)
    }

    /// The most transition-bootstrap refits accepted (each is a full refit).
    public static let maximumReplicates = 100_000
    /// The default share of transitions held out at the end, 0.2.
    public static let defaultHoldOut = 0.2

    /// The estimator and its settings.
    public let estimation: Estimation
    /// The series.
    public let data: SeriesData
    /// The seed of every random draw.
    public let seed: UInt64
    /// Whether the seed is the one drawn by the caller (the request stated none).
    public let seedWasDrawn: Bool

    /// The maximum-likelihood settings (nil for the posterior).
    public var specification: SeriesMLESpecification? {
        if case let .mle(specification) = estimation { return specification }
        return nil
    }

    /// The posterior's settings (nil for maximum likelihood).
    public var posterior: SeriesPosteriorSpecification? {
        if case let .posterior(specification) = estimation { return specification }
        return nil
    }

    /// The method: ``ReturnsMethod/mle`` or ``ReturnsMethod/bayesSeries``.
    public var method: ReturnsMethod { specification == nil ? .bayesSeries : .mle }

    /// Runs the fit or the sampler; an `mle` estimate's ``ReturnsEstimate/seriesFit`` holds the
    /// whole fit, a posterior's ``ReturnsEstimate/seriesPosterior`` the posterior.
    /// - Throws: ``SeriesFitError`` when no start converges; ``DataError`` when no chain starts.
    public func estimate(progress: (@Sendable (Double) -> Void)? = nil) throws -> ReturnsEstimate {
        switch estimation {
        case let .mle(specification):
            return try SeriesMLEEstimator.estimate(SeriesMLEProblem(data: data, specification: specification))
        case let .posterior(specification):
            return try SeriesPosteriorEstimator.estimate(specification, progress: progress)
        }
    }
}
