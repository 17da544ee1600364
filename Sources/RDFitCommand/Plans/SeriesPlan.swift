import RDFit

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

/// What `rdfit estimate --method mle` or `--method bayes-series` will compute: the full-series
/// maximum-likelihood fit or the full-series Feller posterior (<doc:FullSeriesLikelihood>) of one
/// output level column on one input column. Building a plan is a plain function of its inputs
/// (no I/O), so it is tested directly.
struct SeriesPlan {
    /// The estimator and its settings.
    enum Estimation {
        case mle(SeriesMLESpecification)
        case posterior(SeriesPosteriorSpecification)
    }

    let estimation: Estimation
    let data: SeriesData
    let seed: UInt64
    let seedWasDrawn: Bool

    /// The maximum-likelihood settings (nil for `bayes-series`).
    var specification: SeriesMLESpecification? {
        if case let .mle(specification) = estimation { return specification }
        return nil
    }

    /// The posterior's settings (nil for `mle`).
    var posterior: SeriesPosteriorSpecification? {
        if case let .posterior(specification) = estimation { return specification }
        return nil
    }

    /// The method's name as the user wrote it.
    var methodName: String { specification == nil ? "bayes-series" : "mle" }

    /// The most transition-bootstrap refits (each is a full refit).
    static let maximumReplicates = 100_000
    /// The default share of transitions held out at the end.
    static let defaultHoldOut = 0.2

    /// Builds the plan.
    /// - Throws: ``SpecificationError`` for options that do not go with `mle` or are out of range,
    ///   ``DataError`` (with line and column) for series that cannot be fitted, ``SeriesFitError``
    ///   for a setting the library rejects.
    static func make(options: EstimateOptions, table: DataTable, threads: Int, drawnSeed: UInt64) throws -> SeriesPlan {
        let bayes = options.method == .bayesSeries
        let name = bayes ? "bayes-series" : "mle"
        try rejectForeignOptions(options, method: name)
        guard let outputName = options.output else {
            throw SpecificationError(
                setting: .output, message: "\(name) needs a level series of the output: name it with --output COL")
        }
        let outputColumn = try table.column(named: outputName, setting: .output)
        let inputColumn: DataColumn
        switch options.inputs.count {
        case 1: inputColumn = try table.column(named: options.inputs[0], setting: .input)
        case 0:
            let candidates = table.columns.filter { $0.name != outputColumn.name }
            guard candidates.count == 1 else {
                throw SpecificationError(
                    setting: .input,
                    message: "\(name) fits one input; name it with --input COL (columns: "
                        + "\(candidates.map(\.name).joined(separator: ", ")))")
            }
            inputColumn = candidates[0]
        default:
            throw SpecificationError(setting: .input, message: "\(name) fits one input; give --input once")
        }
        if inputColumn.name == outputColumn.name {
            throw SpecificationError(
                setting: .input, message: "'\(outputColumn.name)' is the output; it cannot also be the input")
        }
        if inputColumn.name == table.yearColumnName {
            throw SpecificationError(setting: .input, message: "the year column cannot be an input")
        }
        func series(_ column: DataColumn) -> TimeSeries {
            TimeSeries(
                name: column.name, years: table.years, values: column.values, lines: table.rowLines,
                column: column.fieldNumber)
        }
        var output = series(outputColumn)
        var input = series(inputColumn)
        if let range = options.years {
            let (low, high) = (range.low, range.high)
            output = output.restricted(to: low...high)
            input = input.restricted(to: low...high)
        }
        let level = options.level ?? 0.9
        guard level > 0, level < 1 else {
            throw SpecificationError(
                setting: .level, message: "the level must lie strictly between 0 and 1 (got \(PlainNumber.text(level)))"
            )
        }
        let seed = options.seed ?? drawnSeed
        let data = try SeriesData(output: output, input: input, inputKind: options.inputKind ?? .flow)
        if bayes {
            let specification = try SeriesPosteriorSpecification(
                data: data, likelihood: options.likelihood ?? .exact,
                chains: options.chains ?? SeriesPosteriorSpecification.defaultChains,
                drawsPerChain: options.draws ?? SeriesPosteriorSpecification.defaultDrawsPerChain,
                warmUp: options.warmup ?? SeriesPosteriorSpecification.defaultWarmUp, seed: seed, threads: threads,
                intervalLevel: level)
            return SeriesPlan(
                estimation: .posterior(specification), data: data, seed: seed, seedWasDrawn: options.seed == nil)
        }
        let holdout = options.holdout ?? defaultHoldOut
        guard holdout >= 0, holdout < 1 else {
            throw SpecificationError(
                setting: .holdOut,
                message: "the held-out share must be at least 0 and below 1 (got \(PlainNumber.text(holdout)))")
        }
        let replicates = options.replicates ?? 0
        guard (0...maximumReplicates).contains(replicates) else {
            throw SpecificationError(
                setting: .replicates,
                message: "mle takes 0 to \(maximumReplicates) transition-bootstrap replicates (got \(replicates))")
        }
        let specification = try SeriesMLESpecification(
            noise: options.noise ?? .gaussian, level: level, holdOutShare: holdout == 0 ? nil : 1 - holdout,
            transitionBootstrapReplicates: replicates, seed: seed, threads: threads)
        return SeriesPlan(estimation: .mle(specification), data: data, seed: seed, seedWasDrawn: options.seed == nil)
    }

    /// Options of the other estimators, which the series methods do not read: a usage error
    /// rather than silently ignored.
    static func rejectForeignOptions(_ options: EstimateOptions, method: String) throws {
        let foreign: [Setting] = [
            .weight, .doublingTime, .growthFactor, .growthHorizon, .growthMultiple, .interval, .intervalLevel,
            .growthMethod, .cumulative, .resamplingScheme, .blockLength, .intervalMethod, .window, .hacLag,
            .hacCorrection, .windowMean,
        ]
        try options.refuse(
            foreign + (method == "mle" ? [.likelihood, .chains, .draws, .warmUp] : [.noise, .holdOut, .replicates]),
            message: "does not go with --method \(method) (it fits a level series: --output COL --input COL)")
    }

    /// Runs the fit or the sampler; an `mle` estimate's ``ReturnsEstimate/seriesFit`` holds the
    /// whole fit, a `bayes-series` estimate's ``ReturnsEstimate/seriesPosterior`` the posterior.
    /// - Throws: ``SeriesFitError`` when no start converges; ``DataError`` when no chain starts.
    func execute(progress: (@Sendable (Double) -> Void)? = nil) throws -> ReturnsEstimate {
        switch estimation {
        case let .mle(specification):
            return try SeriesMLEEstimator.estimate(SeriesMLEProblem(data: data, specification: specification))
        case let .posterior(specification):
            return try SeriesPosteriorEstimator.estimate(specification, progress: progress)
        }
    }
}
