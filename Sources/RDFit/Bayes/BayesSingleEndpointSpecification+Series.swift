#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension BayesSingleEndpointSpecification {
    /// The specification from yearly input series, their Cobb-Douglas weights and the output
    /// growth: the inputs are combined into one composite flow (``CompositeInput``) and the
    /// output becomes a factor A_T/A_0 over a horizon of T years.
    ///
    /// A growth factor over a horizon is used as given (the horizon must be a whole number of
    /// years, at least 2); a doubling time or yearly multiple becomes the factor over the
    /// inputs' years, exp(g_A·n).
    /// - Parameters:
    ///   - inputs: one or more series on the same consecutive years, with every year's value.
    ///   - weights: fixed Cobb-Douglas weights by input name; one input may be left to take the
    ///     remainder (default: equal weights).
    ///   - output: the output's growth: a factor over a horizon, a doubling time or a multiple.
    ///   - likelihood: `.exact` (default) or `.published`.
    ///   - sampler: chains, draws, warm-up, seed, threads, level and stored draws (default
    ///     ``defaultSampler``).
    /// - Throws: ``SpecificationError`` for weight ranges (`.weight`), years that are not
    ///   consecutive (`.years`), a horizon that is not a whole number of years (`.growthHorizon`)
    ///   or a level series as output (`.output`); ``DataError`` for a missing or non-positive input.
    public init(
        inputs: [TimeSeries],
        weights: [String: InputWeight] = [:],
        output: OutputGrowth,
        likelihood: BayesLikelihood = .exact,
        sampler: SamplerSettings = defaultSampler
    ) throws {
        guard let first = inputs.first else {
            throw SpecificationError(setting: .input, message: "at least one input column is needed")
        }
        let cobbDouglas = try CobbDouglasWeights(names: inputs.map(\.name), given: weights)
        if cobbDouglas.hasRanges || cobbDouglas.stated.contains(where: { $0?.isRange ?? false }) {
            throw SpecificationError(
                setting: .weight,
                message: "bayes-endpoint needs fixed weights (the posterior does not integrate over weight ranges)")
        }
        let years = first.years
        for i in 1..<max(years.count, 1) where years[i] - years[i - 1] != 1 {
            throw DataError(
                .nonConsecutiveYears, line: first.lines?[i],
                message:
                    "bayes-endpoint needs consecutive yearly inputs (its time unit is one year); years \(PlainNumber.text(years[i - 1])) and \(PlainNumber.text(years[i])) are not consecutive; fill the gap or choose consecutive rows with `years`"
            )
        }
        for series in inputs {
            if let i = series.values.firstIndex(where: { $0 == nil }) {
                throw DataError(
                    .tooFewPoints, line: series.lines?[i], column: series.column, columnName: series.name,
                    message:
                        "column '\(series.name)' is missing year \(PlainNumber.text(series.years[i])); bayes-endpoint needs every year's input"
                )
            }
        }
        for series in inputs { try series.requirePositive(purpose: "bayes-endpoint") }
        let composite = CompositeInput.levels(inputs.map { $0.values.map { $0! } }, weights: cobbDouglas.central)
        let horizon: Int
        let factor: Double
        switch output {
        case let .growthFactor(f, t, _):
            guard t == t.rounded(), t >= 2, t <= Double(Self.maximumHorizon) else {
                throw SpecificationError(
                    setting: .growthHorizon,
                    message:
                        "bayes-endpoint needs a whole number of years from 2 to \(Self.maximumHorizon) as the horizon (got \(PlainNumber.text(t)))"
                )
            }
            horizon = Int(t)
            factor = f
        case .doublingTime, .growthMultiple:
            horizon = composite.count
            factor = exp((output.centralRate ?? .nan) * Double(horizon))
        case .series:
            throw SpecificationError(
                setting: .output, message: "bayes-endpoint takes the output as a factor over a horizon, not a series")
        }
        try self.init(
            inputs: composite, horizon: horizon, outputFactor: factor, likelihood: likelihood, sampler: sampler)
    }
}
