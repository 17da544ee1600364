import Foundation
import RDFit

/// Options and table → the Bayesian single-endpoint specification (`--method bayes-endpoint`).
enum BayesPlan {
    /// Builds the specification.
    ///
    /// The input is one column (or several combined Cobb-Douglas at fixed weights) on consecutive
    /// years; the output is a factor over a horizon of T years (`--growth-factor F --over T`), or a
    /// doubling time or yearly multiple turned into the factor over the input's years.
    /// - Throws: ``SpecificationError`` for options that do not fit the method.
    static func specification(options: EstimateOptions, inputs: [TimeSeries], weights: [String: InputWeight],
                              seed: UInt64, threads: Int) throws -> BayesSingleEndpointSpecification {
        for (setting, given) in [(Setting.resamplingScheme, options.bootstrap != nil), (Setting.blockLength, options.blockLength != nil),
                                (Setting.replicates, options.replicates != nil), (Setting.intervalMethod, options.intervalMethod != nil),
                                (Setting.window, options.window != nil), (Setting.hacLag, options.hacLag != nil),
                                (Setting.output, options.output != nil), (Setting.interval, options.interval != nil),
                                (Setting.cumulative, options.cumulative == true)] where given {
            throw SpecificationError(setting: setting, message: "does not go with --method bayes-endpoint, which uses a single output factor and posterior intervals")
        }
        if options.growth == .leastSquares {
            throw SpecificationError(setting: .growthMethod, message: "bayes-endpoint uses endpoint growth for its naive r and time scale; drop --growth least-squares")
        }
        let cobbDouglas = try CobbDouglasWeights(names: inputs.map(\.name), given: weights)
        if cobbDouglas.hasRanges || cobbDouglas.stated.contains(where: { $0?.isRange ?? false }) {
            throw SpecificationError(setting: .weight, message: "bayes-endpoint needs fixed weights (the posterior does not integrate over weight ranges)")
        }
        let years = inputs[0].years
        for i in 1..<max(years.count, 1) where years[i] - years[i - 1] != 1 {
            throw SpecificationError(setting: .years, message:
                "bayes-endpoint needs consecutive yearly inputs (its time unit is one year); years \(PlainNumber.text(years[i - 1])) and \(PlainNumber.text(years[i])) are not consecutive")
        }
        for series in inputs {
            if let i = series.values.firstIndex(where: { $0 == nil }) {
                throw DataError(.tooFewPoints, line: series.lines?[i], column: series.column, columnName: series.name, message:
                    "column '\(series.name)' is missing year \(PlainNumber.text(series.years[i])); bayes-endpoint needs every year's input")
            }
        }
        for series in inputs { try series.requirePositive(purpose: "bayes-endpoint") }
        let w = cobbDouglas.central
        let composite = years.indices.map { i in exp(inputs.indices.reduce(0) { $0 + w[$1] * log(inputs[$1].values[i]!) }) }
        let horizon: Int
        let factor: Double
        let output = try EstimatePlan.outputGrowth(options: options)
        switch output {
        case let .growthFactor(f, t, _):
            guard t == t.rounded(), t >= 2 else {
                throw SpecificationError(setting: .growthHorizon, message: "bayes-endpoint needs a whole number of years (at least 2) as the horizon (got \(t))")
            }
            horizon = Int(t)
            factor = f
        case .doublingTime, .growthMultiple:
            horizon = composite.count
            factor = exp((output.centralRate ?? .nan) * Double(horizon))
        case .series:
            throw SpecificationError(setting: .output, message: "bayes-endpoint takes the output as a factor over a horizon, not a series")
        }
        return try BayesSingleEndpointSpecification(
            inputs: composite, horizon: horizon, outputFactor: factor, likelihood: options.likelihood ?? .exact,
            chains: options.chains ?? BayesSingleEndpointSpecification.defaultChains,
            drawsPerChain: options.draws ?? BayesSingleEndpointSpecification.defaultDrawsPerChain,
            warmUp: options.warmup ?? BayesSingleEndpointSpecification.defaultWarmUp,
            seed: seed, threads: threads, intervalLevel: options.level ?? 0.9)
    }
}
