/// Settings of the Jones regression on a level series of software quality (<doc:JonesRegressionMethod>).
public struct JonesSpecification: Sendable {
    /// The research-input series (combined Cobb-Douglas at central weights).
    public let inputs: [TimeSeries]
    /// Their weights.
    public let weights: CobbDouglasWeights
    /// The level series of A.
    public let output: TimeSeries
    /// Window length k in observations (the source used 10).
    public let window: Int
    /// Newey–West lag; nil = k − 1, since windows overlapping by k − 1 observations make the
    /// errors a moving average of that order.
    public let neweyWestLag: Int?
    /// Whether the Newey–West covariance is scaled by n/(n − 3) (statsmodels' `use_correction=True`;
    /// the source's notebook used it with lag 1). Default false.
    public let hacSmallSampleCorrection: Bool
    /// Which input observations each window averages (default k + 1, E_i … E_(i+k)).
    public let windowMean: JonesWindowMean
    /// Level of the intervals.
    public let level: Double
    /// How the interval on r is formed from the bootstrap replicates.
    public let intervalMethod: IntervalMethod
    /// Bootstrap settings; block schemes suit the overlapping windows.
    public let bootstrap: BootstrapSpecification

    /// The source's window length.
    public static let defaultWindow = 10

    /// Creates a specification.
    /// - Throws: ``SpecificationError`` for a window below 1, a negative lag, a level outside (0, 1),
    ///   mismatched years, or invalid weights.
    public init(
        inputs: [TimeSeries], weights: [String: InputWeight] = [:], output: TimeSeries,
        window: Int = JonesSpecification.defaultWindow,
        neweyWestLag: Int? = nil, hacSmallSampleCorrection: Bool = false,
        windowMean: JonesWindowMean = .windowPlusOne, level: Double = 0.9, intervalMethod: IntervalMethod = .percentile,
        bootstrap: BootstrapSpecification
    ) throws {
        guard window >= 1 else {
            throw SpecificationError(
                setting: .window, message: "the window must be at least 1 observation (got \(window))")
        }
        if let neweyWestLag, neweyWestLag < 0 {
            throw SpecificationError(
                setting: .hacLag, message: "the Newey–West lag must be 0 or more (got \(neweyWestLag))")
        }
        try SpecificationChecks.requireInputs(inputs, alignedWith: [output], level: level)
        self.inputs = inputs
        self.weights = try CobbDouglasWeights(names: inputs.map(\.name), given: weights)
        self.output = output
        self.window = window
        self.neweyWestLag = neweyWestLag
        self.hacSmallSampleCorrection = hacSmallSampleCorrection
        self.windowMean = windowMean
        self.level = level
        self.intervalMethod = intervalMethod
        self.bootstrap = bootstrap
    }
}
