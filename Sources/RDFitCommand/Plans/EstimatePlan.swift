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

/// What `rdfit estimate` will compute: options and table turned into a library specification.
/// Building a plan is a plain function of its inputs (no I/O), so it is tested directly.
struct EstimatePlan {
    enum Specification {
        case steadyState(SteadyStateSpecification)
        case jones(JonesSpecification)
        case bayes(BayesSingleEndpointSpecification)
    }

    let specification: Specification
    let seed: UInt64
    let seedWasDrawn: Bool
    /// The input series, restricted to the years used.
    let inputs: [TimeSeries]
    /// The stated Cobb-Douglas weights by input name.
    let weights: [String: InputWeight]
    /// The inputs' names, in order.
    var inputNames: [String] { inputs.map(\.name) }
    let notes: [Diagnostic]

    /// The default number of bootstrap replicates.
    static let defaultReplicates = BootstrapSpecification.defaultReplicates

    /// Builds the plan.
    /// - Parameters:
    ///   - options: the merged options (command line over file defaults).
    ///   - table: the parsed data.
    ///   - threads: worker threads for the bootstrap.
    ///   - drawnSeed: the seed to use when `--seed` is absent.
    /// - Throws: ``SpecificationError`` for bad or conflicting options, ``DataError`` for data
    ///   that cannot be used.
    static func make(options: EstimateOptions, table: DataTable, threads: Int, drawnSeed: UInt64) throws -> EstimatePlan
    {
        try OptionLimits.check(options)
        var notes: [Diagnostic] = []
        let method = options.method ?? .steadyState
        let output = try outputGrowth(options: options)
        let outputColumn = try options.output.map { try table.column(named: $0, setting: .output) }

        var inputColumns: [DataColumn]
        if options.inputs.isEmpty {
            inputColumns = table.columns.filter { $0.name != outputColumn?.name }
            guard !inputColumns.isEmpty else {
                throw SpecificationError(
                    setting: .input,
                    message: "the file has no input column besides the output; add one or name it with --input")
            }
        } else {
            inputColumns = try options.inputs.map { try table.column(named: $0, setting: .input) }
            for (k, column) in inputColumns.enumerated()
            where inputColumns[..<k].contains(where: { $0.name == column.name }) {
                throw SpecificationError(
                    setting: .input, message: "'\(column.name)' is named more than once; give each input once")
            }
        }
        if inputColumns.contains(where: { $0.name == table.yearColumnName }) {
            throw SpecificationError(setting: .input, message: "the year column cannot be an input")
        }
        if let outputColumn, inputColumns.contains(where: { $0.name == outputColumn.name }) {
            throw SpecificationError(
                setting: .input, message: "'\(outputColumn.name)' is the output; it cannot also be an input")
        }
        var weights: [String: InputWeight] = [:]
        for text in options.weights {
            let (name, value) = try OptionValueParsing.assignment(
                text, setting: .weight, example: "compute=0.59:0.67:0.75")
            let column = try table.column(named: name, setting: .weight)
            guard inputColumns.contains(where: { $0.name == column.name }) else {
                throw SpecificationError(
                    setting: .weight,
                    message:
                        "'\(column.name)' is not an input (inputs: \(inputColumns.map(\.name).joined(separator: ", ")))"
                )
            }
            guard weights[column.name] == nil else {
                throw SpecificationError(setting: .weight, message: "'\(column.name)' has two weights; give one")
            }
            weights[column.name] = try OptionValueParsing.weight(value, setting: .weight, name: column.name)
        }

        func series(_ column: DataColumn) -> TimeSeries {
            TimeSeries(
                name: column.name, years: table.years, values: column.values, lines: table.rowLines,
                column: column.fieldNumber)
        }
        var inputs = inputColumns.map(series)
        var outputSeries = outputColumn.map(series)
        if let range = options.years {
            let (low, high) = (range.low, range.high)
            inputs = inputs.map { $0.restricted(to: low...high) }
            outputSeries = outputSeries?.restricted(to: low...high)
            if inputs[0].years.isEmpty {
                throw SpecificationError(
                    setting: .years,
                    message:
                        "no rows have years from \(range.text.replacing(":", with: " to ")); the file has \(GrowthFit.formatYearRange(table.years))"
                )
            }
        }
        notes += table.readingNotes

        let seed = options.seed ?? drawnSeed
        let level = options.level ?? 0.9
        let replicates = options.replicates ?? defaultReplicates
        let n = inputs[0].years.count
        let window = options.window ?? JonesSpecification.defaultWindow
        let schemeChoice = options.bootstrap ?? (method == .jonesOLS ? .block : .pairs)
        if options.blockLength != nil && schemeChoice != .block && schemeChoice != .stationary {
            throw SpecificationError(
                setting: .blockLength, message: "a block length goes with --bootstrap block or stationary")
        }
        let defaultBlock =
            method == .jonesOLS ? Double(window) : Double(ResamplingScheme.defaultBlockLength(observations: n))
        let blockLength = options.blockLength ?? defaultBlock
        guard blockLength >= 1, blockLength.isFinite else {
            throw SpecificationError(
                setting: .blockLength, message: "the block length must be at least 1 (got \(blockLength))")
        }
        if options.blockLength != nil && blockLength > Double(max(n, 1)) {
            throw SpecificationError(
                setting: .blockLength,
                message:
                    "the block length \(PlainNumber.text(blockLength)) is longer than the \(n) rows used; give at most \(n)"
            )
        }
        let scheme: ResamplingScheme
        switch schemeChoice {
        case .pairs: scheme = .pairs
        case .residual: scheme = .residual
        case .block: scheme = .movingBlock(length: Int(blockLength.rounded()))
        case .stationary: scheme = .stationary(meanLength: blockLength)
        }
        let bootstrap = try BootstrapSpecification(scheme: scheme, replicates: replicates, seed: seed, threads: threads)

        let specification: Specification
        switch method {
        case .steadyState:
            try options.refuse(
                [.window, .hacLag, .hacCorrection, .windowMean], message: "goes with --method jones-ols")
            specification = .steadyState(
                try SteadyStateSpecification(
                    inputs: inputs, weights: weights, output: output, outputSeries: outputSeries,
                    growthMethod: options.growth ?? .leastSquares, cumulative: options.cumulative ?? false,
                    level: level,
                    intervalMethod: options.intervalMethod ?? .percentile, bootstrap: bootstrap))
        case .jonesOLS:
            guard let outputSeries else {
                throw SpecificationError(
                    setting: .method, message: "jones-ols needs a level series of the output: name it with --output COL"
                )
            }
            if options.growth != nil {
                throw SpecificationError(
                    setting: .growthMethod,
                    message: "goes with --method steady-state; the Jones regression uses window growth rates")
            }
            specification = .jones(
                try JonesSpecification(
                    inputs: inputs, weights: weights, output: outputSeries, window: window,
                    neweyWestLag: options.hacLag, hacSmallSampleCorrection: options.hacCorrection ?? false,
                    windowMean: options.windowMean ?? .windowPlusOne,
                    level: level, intervalMethod: options.intervalMethod ?? .percentile, bootstrap: bootstrap))
        case .bayesEndpoint:
            specification = .bayes(
                try BayesPlan.specification(
                    options: options, inputs: inputs, weights: weights, seed: seed, threads: threads))
        case .mle, .bayesSeries:
            throw SpecificationError(
                setting: .method,
                message: "\(method.rawValue) fits a level series and is available in rdfit estimate only")
        }
        try options.refuse([.noise, .inputKind, .holdOut], message: "goes with --method mle")
        if method != .bayesEndpoint {
            try options.refuse([.likelihood, .chains, .draws, .warmUp], message: "goes with --method bayes-endpoint")
        }
        return EstimatePlan(
            specification: specification, seed: seed, seedWasDrawn: options.seed == nil,
            inputs: inputs, weights: weights, notes: notes)
    }

    /// The output growth stated by the options.
    static func outputGrowth(options: EstimateOptions) throws -> OutputGrowth {
        let stated = [
            options.output.map { _ in Setting.output }, options.doublingTime.map { _ in Setting.doublingTime },
            options.growthFactor.map { _ in Setting.growthFactor },
            options.growthMultiple.map { _ in Setting.growthMultiple },
        ].compactMap { $0 }
        guard stated.count <= 1 else {
            throw SpecificationError(
                setting: stated[1],
                message: "give one output: \(stated.map(OptionNames.flag).joined(separator: " and ")) were both given")
        }
        guard let form = stated.first else {
            throw SpecificationError(
                setting: .output,
                message:
                    "say how software quality grows: --output COL (a level series), --doubling-time MONTHS, --growth-factor F --over YEARS, or --growth-multiple M"
            )
        }
        if options.over != nil && form != .growthFactor {
            throw SpecificationError(setting: .growthHorizon, message: "goes with --growth-factor")
        }
        var interval: QuantityInterval?
        if let range = options.interval {
            guard form != .output else {
                throw SpecificationError(
                    setting: .interval,
                    message:
                        "an interval goes with --doubling-time, --growth-factor or --growth-multiple, not with a level series (its uncertainty comes from the bootstrap)"
                )
            }
            interval = try QuantityInterval(
                lower: range.low, upper: range.high, level: options.intervalLevel?.value ?? 0.95)
        } else if options.intervalLevel != nil {
            throw SpecificationError(setting: .intervalLevel, message: "goes with --interval LO:HI")
        }
        let output: OutputGrowth
        switch form {
        case .output:
            output = .series(name: options.output!)
        case .doublingTime:
            output = .doublingTime(
                months: options.doublingTime!.value, interval: interval)
        case .growthFactor:
            guard let over = options.over else {
                throw SpecificationError(
                    setting: .growthFactor,
                    message: "give the horizon with --over YEARS, e.g. --growth-factor 9 --over 20")
            }
            output = .growthFactor(
                factor: options.growthFactor!.value, years: over.value, interval: interval)
        default:
            output = .growthMultiple(
                perYear: options.growthMultiple!.value, interval: interval)
        }
        try output.validate()
        return output
    }

    /// Runs the estimator; `progress` receives the Bayesian sampler's progress (0…1).
    func execute(progress: (@Sendable (Double) -> Void)? = nil) throws -> ReturnsEstimate {
        switch specification {
        case let .steadyState(spec): return try SteadyStateEstimator.estimate(spec)
        case let .jones(spec): return try JonesRegression.estimate(spec)
        case let .bayes(spec):
            return try BayesSingleEndpointEstimator.estimateReturns(
                spec, inputName: inputNames.joined(separator: " × "), progress: progress)
        }
    }
}
