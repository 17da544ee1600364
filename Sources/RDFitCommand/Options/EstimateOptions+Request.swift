import RDFit

extension EstimateOptions {
    /// The options as the library's request: the values as parsed, the rest left to the
    /// library's defaults.
    var request: ReturnsRequest {
        var request = ReturnsRequest()
        request.method = method
        request.inputs = inputs
        request.weights = weights.map { InputWeightAssignment(column: $0.name, weight: $0.value.weight) }
        request.output = output
        request.doublingTime = doublingTime?.value
        request.growthFactor = growthFactor?.value
        request.growthHorizon = over?.value
        request.growthMultiple = growthMultiple?.value
        request.interval = interval.map { $0.low...$0.high }
        request.intervalLevel = intervalLevel?.value
        request.noise = noise
        request.inputKind = inputKind
        request.holdOut = holdout
        request.growthMethod = growth
        request.cumulative = cumulative
        request.years = years.map { $0.low...$0.high }
        request.resampling = bootstrap
        request.blockLength = blockLength
        request.replicates = replicates
        request.level = level
        request.intervalMethod = intervalMethod
        request.seed = seed
        request.window = window
        request.hacLag = hacLag
        request.hacCorrection = hacCorrection
        request.windowMean = windowMean
        request.likelihood = likelihood
        request.chains = chains
        request.draws = draws
        request.warmUp = warmup
        return request
    }
}
