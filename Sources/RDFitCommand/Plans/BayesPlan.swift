import RDFit

/// Options and table → the Bayesian single-endpoint specification (`--method bayes-endpoint`).
enum BayesPlan {
    /// Builds the specification.
    ///
    /// Refuses the options that do not go with the method, then hands the series, weights and
    /// output to ``BayesSingleEndpointSpecification/init(inputs:weights:output:likelihood:chains:drawsPerChain:warmUp:seed:threads:intervalLevel:storedDraws:)``.
    /// - Throws: ``SpecificationError`` for options that do not fit the method.
    static func specification(
        options: EstimateOptions, inputs: [TimeSeries], weights: [String: InputWeight],
        seed: UInt64, threads: Int
    ) throws -> BayesSingleEndpointSpecification {
        // `--no-cumulative` states the default, which the method uses.
        try options.refuse(
            [
                .resamplingScheme, .blockLength, .replicates, .intervalMethod, .window, .hacLag, .hacCorrection,
                .windowMean, .output, .interval,
            ] + (options.cumulative == true ? [.cumulative] : []),
            message:
                "does not go with --method bayes-endpoint, which uses a single output factor and posterior intervals")
        if options.growth == .leastSquares {
            throw SpecificationError(
                setting: .growthMethod,
                message:
                    "bayes-endpoint uses endpoint growth for its naive r and time scale; drop --growth least-squares")
        }
        return try BayesSingleEndpointSpecification(
            inputs: inputs, weights: weights, output: try EstimatePlan.outputGrowth(options: options),
            likelihood: options.likelihood ?? .exact,
            chains: options.chains ?? BayesSingleEndpointSpecification.defaultChains,
            drawsPerChain: options.draws ?? BayesSingleEndpointSpecification.defaultDrawsPerChain,
            warmUp: options.warmup ?? BayesSingleEndpointSpecification.defaultWarmUp,
            seed: seed, threads: threads, intervalLevel: options.level ?? 0.9)
    }
}
