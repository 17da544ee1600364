/// A ``ReturnsRequest`` resolved against a data table for a growth-rate estimator: the validated
/// specification, the seed, the input series used and their stated weights, and the notes from
/// reading the data. Made by ``ReturnsRequest/plan(table:threads:drawnSeed:)``.
public struct ReturnsPlan: Sendable {
    /// The estimator's validated specification.
    public enum Specification: Sendable {
        /// ``SteadyStateEstimator``.
        case steadyState(SteadyStateSpecification)
        /// ``JonesRegression``.
        case jones(JonesSpecification)
        /// ``BayesSingleEndpointEstimator``.
        case bayesEndpoint(BayesSingleEndpointSpecification)
    }

    /// The specification.
    public let specification: Specification
    /// The seed of every random draw.
    public let seed: UInt64
    /// Whether the seed is the one drawn by the caller (the request stated none).
    public let seedWasDrawn: Bool
    /// The input series, restricted to the years used.
    public let inputs: [TimeSeries]
    /// The stated Cobb-Douglas weights by input name.
    public let weights: [String: InputWeight]
    /// The output growth the request states.
    public let output: OutputGrowth
    /// Notes from reading the data (``DataTable/readingNotes``).
    public let notes: [Diagnostic]

    /// The inputs' names, in order.
    public var inputNames: [String] { inputs.map(\.name) }

    /// The growth method of a steady-state plan (nil for the other estimators).
    public var growthMethod: GrowthMethod? {
        if case let .steadyState(specification) = specification { return specification.growthMethod }
        return nil
    }

    /// Runs the estimator; `progress` receives the Bayesian sampler's progress (0…1).
    /// - Throws: ``DataError`` for data the estimator cannot use.
    public func estimate(progress: (@Sendable (Double) -> Void)? = nil) throws -> ReturnsEstimate {
        switch specification {
        case let .steadyState(specification): return try SteadyStateEstimator.estimate(specification)
        case let .jones(specification): return try JonesRegression.estimate(specification)
        case let .bayesEndpoint(specification):
            return try BayesSingleEndpointEstimator.estimateReturns(
                specification, inputName: inputNames.joined(separator: " × "), progress: progress)
        }
    }
}
