/// Settings of the steady-state (growth-ratio) estimator r = g_A / g_E (<doc:SteadyStateEstimation>).
public struct SteadyStateSpecification: Sendable {
    /// The research-input series, all on the same years.
    public let inputs: [TimeSeries]
    /// Their Cobb-Douglas weights.
    public let weights: CobbDouglasWeights
    /// What is known about output growth.
    public let output: OutputGrowth
    /// The output level series when ``output`` is `.series`.
    public let outputSeries: TimeSeries?
    /// How growth rates are read off the series.
    public let growthMethod: GrowthMethod
    /// Whether inputs are replaced by their running totals (growth of cumulative input).
    public let cumulative: Bool
    /// Level of the interval on r.
    public let level: Double
    /// How the interval on r is formed from the replicates.
    public let intervalMethod: IntervalMethod
    /// Bootstrap settings (the seed also drives the Monte-Carlo draws of output and weights).
    public let bootstrap: BootstrapSpecification

    /// Creates a specification.
    /// - Parameters:
    ///   - inputs: one or more input series on the same years.
    ///   - weights: stated weights by input name (see ``CobbDouglasWeights``); default equal weights.
    ///   - output: the output's growth; `.series(name:)` requires `outputSeries`.
    ///   - outputSeries: the level series of A.
    ///   - growthMethod: default `.leastSquares`.
    ///   - cumulative: default false.
    ///   - level: default 0.9.
    ///   - intervalMethod: default percentile.
    ///   - bootstrap: scheme, replicates, seed, threads.
    /// - Throws: ``SpecificationError`` for invalid settings.
    public init(
        inputs: [TimeSeries], weights: [String: InputWeight] = [:], output: OutputGrowth,
        outputSeries: TimeSeries? = nil,
        growthMethod: GrowthMethod = .leastSquares, cumulative: Bool = false, level: Double = 0.9,
        intervalMethod: IntervalMethod = .percentile, bootstrap: BootstrapSpecification
    ) throws {
        try output.validate()
        if case .series = output, outputSeries == nil {
            throw SpecificationError(setting: .output, message: "an output series is needed for a level output")
        }
        try SpecificationChecks.requireInputs(inputs, alignedWith: [outputSeries].compactMap { $0 }, level: level)
        self.inputs = inputs
        self.weights = try CobbDouglasWeights(names: inputs.map(\.name), given: weights)
        self.output = output
        self.outputSeries = outputSeries
        self.growthMethod = growthMethod
        self.cumulative = cumulative
        self.level = level
        self.intervalMethod = intervalMethod
        self.bootstrap = bootstrap
    }
}
