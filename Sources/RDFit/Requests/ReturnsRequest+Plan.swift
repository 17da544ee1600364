extension ReturnsRequest {
    /// Resolves the request against `table` for a growth-rate estimator (steady-state, Jones OLS
    /// or Bayesian single-endpoint): columns by name, weights, years, the bootstrap scheme and
    /// the method's settings, refusing settings the method does not read.
    /// - Parameters:
    ///   - table: the data.
    ///   - threads: worker threads for the bootstrap or sampler; results do not depend on it.
    ///   - drawnSeed: the seed used when the request states none (``ReturnsPlan/seedWasDrawn``).
    /// - Throws: ``SpecificationError`` for bad or conflicting settings (a full-series method
    ///   included: use ``seriesPlan(table:threads:drawnSeed:)``), ``DataError`` for data that
    ///   cannot be used.
    public func plan(
        table: DataTable, threads: Int = 1, drawnSeed: UInt64 = BayesSingleEndpointSpecification.defaultSeed
    ) throws -> ReturnsPlan {
        try checkLimits()
        let method = self.method ?? .steadyState
        let output = try outputGrowth()
        let outputColumn = try self.output.map { try table.column(named: $0, setting: .output) }
        let inputColumns = try self.inputColumns(in: table, output: outputColumn)
        let weights = try self.weights(of: inputColumns, in: table)
        var inputs = inputColumns.map(table.series(of:))
        var outputSeries = outputColumn.map(table.series(of:))
        if let years {
            inputs = inputs.map { $0.restricted(to: years) }
            outputSeries = outputSeries?.restricted(to: years)
            if inputs[0].years.isEmpty {
                throw SpecificationError(
                    setting: .years,
                    message:
                        "no rows have years from \(PlainNumber.text(years.lowerBound)) to \(PlainNumber.text(years.upperBound)); the file has \(GrowthFit.formatYearRange(table.years))"
                )
            }
        }
        let seed = self.seed ?? drawnSeed
        let level = self.level ?? 0.9
        let bootstrap = try self.bootstrap(
            method: method, observations: inputs[0].years.count, seed: seed, threads: threads)
        let specification: ReturnsPlan.Specification
        switch method {
        case .steadyState:
            try refuse(
                [.window, .hacLag, .hacCorrection, .windowMean],
                message: "goes with \(Setting.method.mention) jones-ols")
            specification = .steadyState(
                try SteadyStateSpecification(
                    inputs: inputs, weights: weights, output: output, outputSeries: outputSeries,
                    growthMethod: growthMethod ?? .leastSquares, cumulative: cumulative ?? false, level: level,
                    intervalMethod: intervalMethod ?? .percentile, bootstrap: bootstrap))
        case .jonesOLS:
            guard let outputSeries else {
                throw SpecificationError(
                    setting: .method,
                    message: "jones-ols needs a level series of the output: name it with \(Setting.output.mention) COL")
            }
            if growthMethod != nil {
                throw SpecificationError(
                    setting: .growthMethod,
                    message:
                        "goes with \(Setting.method.mention) steady-state; the Jones regression uses window growth rates"
                )
            }
            specification = .jones(
                try JonesSpecification(
                    inputs: inputs, weights: weights, output: outputSeries,
                    window: window ?? JonesSpecification.defaultWindow, neweyWestLag: hacLag,
                    hacSmallSampleCorrection: hacCorrection ?? false, windowMean: windowMean ?? .windowPlusOne,
                    level: level, intervalMethod: intervalMethod ?? .percentile, bootstrap: bootstrap))
        case .bayesEndpoint:
            specification = .bayesEndpoint(
                try bayesEndpoint(inputs: inputs, weights: weights, output: output, seed: seed, threads: threads))
        case .mle, .bayesSeries:
            throw SpecificationError(
                setting: .method,
                message: "\(method.rawValue) fits a level series and is available in rdfit estimate only")
        }
        try refuse([.noise, .inputKind, .holdOut], message: "goes with \(Setting.method.mention) mle")
        if method != .bayesEndpoint {
            try refuse(
                [.likelihood, .chains, .draws, .warmUp], message: "goes with \(Setting.method.mention) bayes-endpoint")
        }
        return ReturnsPlan(
            specification: specification, seed: seed, seedWasDrawn: self.seed == nil, inputs: inputs,
            weights: weights, output: output, notes: table.readingNotes)
    }

    /// The input columns: those named, or every column but the year and the output.
    private func inputColumns(in table: DataTable, output: DataColumn?) throws -> [DataColumn] {
        var columns: [DataColumn]
        if inputs.isEmpty {
            columns = table.columns.filter { $0.name != output?.name }
            guard !columns.isEmpty else {
                throw SpecificationError(
                    setting: .input,
                    message:
                        "the file has no input column besides the output; add one or name it with \(Setting.input.mention)"
                )
            }
        } else {
            columns = try inputs.map { try table.column(named: $0, setting: .input) }
            for (k, column) in columns.enumerated() where columns[..<k].contains(where: { $0.name == column.name }) {
                throw SpecificationError(
                    setting: .input, message: "'\(column.name)' is named more than once; give each input once")
            }
        }
        if columns.contains(where: { $0.name == table.yearColumnName }) {
            throw SpecificationError(setting: .input, message: "the year column cannot be an input")
        }
        if let output, columns.contains(where: { $0.name == output.name }) {
            throw SpecificationError(
                setting: .input, message: "'\(output.name)' is the output; it cannot also be an input")
        }
        return columns
    }

    /// The stated weights by input column name, each checked to name an input once.
    private func weights(of inputColumns: [DataColumn], in table: DataTable) throws -> [String: InputWeight] {
        var result: [String: InputWeight] = [:]
        for assignment in weights {
            let column = try table.column(named: assignment.column, setting: .weight)
            guard inputColumns.contains(where: { $0.name == column.name }) else {
                throw SpecificationError(
                    setting: .weight,
                    message:
                        "'\(column.name)' is not an input (inputs: \(inputColumns.map(\.name).joined(separator: ", ")))"
                )
            }
            guard result[column.name] == nil else {
                throw SpecificationError(setting: .weight, message: "'\(column.name)' has two weights; give one")
            }
            try assignment.weight.validate(setting: .weight, name: column.name)
            result[column.name] = assignment.weight
        }
        return result
    }

    /// The bootstrap: the scheme (pairs by default, moving blocks of the window for Jones OLS)
    /// with its block length, the replicates and the seed.
    private func bootstrap(
        method: ReturnsMethod, observations n: Int, seed: UInt64, threads: Int
    ) throws -> BootstrapSpecification {
        let choice = resampling ?? (method == .jonesOLS ? .block : .pairs)
        if blockLength != nil && choice != .block && choice != .stationary {
            throw SpecificationError(
                setting: .blockLength,
                message: "a block length goes with \(Setting.resamplingScheme.mention) block or stationary")
        }
        let window = self.window ?? JonesSpecification.defaultWindow
        let defaultBlock =
            method == .jonesOLS ? Double(window) : Double(ResamplingScheme.defaultBlockLength(observations: n))
        let length = blockLength ?? defaultBlock
        guard length >= 1, length.isFinite else {
            throw SpecificationError(
                setting: .blockLength, message: "the block length must be at least 1 (got \(length))")
        }
        if blockLength != nil && length > Double(max(n, 1)) {
            throw SpecificationError(
                setting: .blockLength,
                message:
                    "the block length \(PlainNumber.text(length)) is longer than the \(n) rows used; give at most \(n)")
        }
        let scheme: ResamplingScheme
        switch choice {
        case .pairs: scheme = .pairs
        case .residual: scheme = .residual
        case .block: scheme = .movingBlock(length: Int(length.rounded()))
        case .stationary: scheme = .stationary(meanLength: length)
        }
        return try BootstrapSpecification(
            scheme: scheme, replicates: replicates ?? BootstrapSpecification.defaultReplicates, seed: seed,
            threads: threads)
    }

    /// The Bayesian single-endpoint specification, refusing the settings it does not read.
    private func bayesEndpoint(
        inputs: [TimeSeries], weights: [String: InputWeight], output: OutputGrowth, seed: UInt64, threads: Int
    ) throws -> BayesSingleEndpointSpecification {
        // A cumulative setting of false states the default, which the method uses.
        try refuse(
            [
                .resamplingScheme, .blockLength, .replicates, .intervalMethod, .window, .hacLag, .hacCorrection,
                .windowMean, .output, .interval,
            ] + (cumulative == true ? [.cumulative] : []),
            message:
                "does not go with \(Setting.method.mention) bayes-endpoint, which uses a single output factor and posterior intervals"
        )
        if growthMethod == .leastSquares {
            throw SpecificationError(
                setting: .growthMethod,
                message:
                    "bayes-endpoint uses endpoint growth for its naive r and time scale; drop \(Setting.growthMethod.mention) least-squares"
            )
        }
        return try BayesSingleEndpointSpecification(
            inputs: inputs, weights: weights, output: output, likelihood: likelihood ?? .exact,
            sampler: sampler(defaults: BayesSingleEndpointSpecification.defaultSampler, seed: seed, threads: threads))
    }

    /// The stated chains, draws, warm-up and level over a specification's `defaults`.
    func sampler(defaults: SamplerSettings, seed: UInt64, threads: Int) -> SamplerSettings {
        SamplerSettings(
            chains: chains ?? defaults.chains, drawsPerChain: draws ?? defaults.drawsPerChain,
            warmUp: warmUp ?? defaults.warmUp, seed: seed, threads: threads, intervalLevel: level ?? 0.9)
    }
}
