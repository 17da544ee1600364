extension ReturnsRequest {
    /// Resolves the request against `table` for a full-series estimator: ``method`` is
    /// ``ReturnsMethod/mle`` (the default here) or ``ReturnsMethod/bayesSeries``; ``output``
    /// names the level series and ``inputs`` at most one input (default: the one other column).
    /// - Parameters:
    ///   - table: the data.
    ///   - threads: worker threads; results do not depend on it.
    ///   - drawnSeed: the seed used when the request states none.
    /// - Throws: ``SpecificationError`` for settings that do not go with the method or are out of
    ///   range, ``DataError`` (with line and column) for series that cannot be fitted,
    ///   ``SeriesFitError`` for a setting the fit rejects.
    public func seriesPlan(
        table: DataTable, threads: Int = 1, drawnSeed: UInt64 = BayesSingleEndpointSpecification.defaultSeed
    ) throws -> SeriesReturnsPlan {
        let bayes = method == .bayesSeries
        let name = bayes ? "bayes-series" : "mle"
        try refuseForeignSettings(method: bayes ? .bayesSeries : .mle)
        guard let outputName = output else {
            throw SpecificationError(
                setting: .output,
                message: "\(name) needs a level series of the output: name it with \(Setting.output.mention) COL")
        }
        let outputColumn = try table.column(named: outputName, setting: .output)
        let inputColumn: DataColumn
        switch inputs.count {
        case 1: inputColumn = try table.column(named: inputs[0], setting: .input)
        case 0:
            let candidates = table.columns.filter { $0.name != outputColumn.name }
            guard candidates.count == 1 else {
                throw SpecificationError(
                    setting: .input,
                    message: "\(name) fits one input; name it with \(Setting.input.mention) COL (columns: "
                        + "\(candidates.map(\.name).joined(separator: ", ")))")
            }
            inputColumn = candidates[0]
        default:
            throw SpecificationError(
                setting: .input, message: "\(name) fits one input; give \(Setting.input.mention) once")
        }
        if inputColumn.name == outputColumn.name {
            throw SpecificationError(
                setting: .input, message: "'\(outputColumn.name)' is the output; it cannot also be the input")
        }
        if inputColumn.name == table.yearColumnName {
            throw SpecificationError(setting: .input, message: "the year column cannot be an input")
        }
        var output = table.series(of: outputColumn)
        var input = table.series(of: inputColumn)
        if let years {
            output = output.restricted(to: years)
            input = input.restricted(to: years)
        }
        let level = self.level ?? 0.9
        guard level > 0, level < 1 else {
            throw SpecificationError(
                setting: .level, message: "the level must lie strictly between 0 and 1 (got \(PlainNumber.text(level)))"
            )
        }
        let seed = self.seed ?? drawnSeed
        let data = try SeriesData(output: output, input: input, inputKind: inputKind ?? .flow)
        if bayes {
            let specification = try SeriesPosteriorSpecification(
                data: data, likelihood: likelihood ?? .exact,
                sampler: sampler(defaults: SeriesPosteriorSpecification.defaultSampler, seed: seed, threads: threads))
            return SeriesReturnsPlan(
                estimation: .posterior(specification), data: data, seed: seed, seedWasDrawn: self.seed == nil)
        }
        let holdOut = self.holdOut ?? SeriesReturnsPlan.defaultHoldOut
        guard holdOut >= 0, holdOut < 1 else {
            throw SpecificationError(
                setting: .holdOut,
                message: "the held-out share must be at least 0 and below 1 (got \(PlainNumber.text(holdOut)))")
        }
        let replicates = self.replicates ?? 0
        guard (0...SeriesReturnsPlan.maximumReplicates).contains(replicates) else {
            throw SpecificationError(
                setting: .replicates,
                message:
                    "mle takes 0 to \(SeriesReturnsPlan.maximumReplicates) transition-bootstrap replicates (got \(replicates))"
            )
        }
        let specification = try SeriesMLESpecification(
            noise: noise ?? .gaussian, level: level, holdOutShare: holdOut == 0 ? nil : 1 - holdOut,
            transitionBootstrapReplicates: replicates, seed: seed, threads: threads)
        return SeriesReturnsPlan(
            estimation: .mle(specification), data: data, seed: seed, seedWasDrawn: self.seed == nil)
    }

    /// Refuses the settings of the other estimators, which a full-series `method` does not read.
    func refuseForeignSettings(method: ReturnsMethod) throws {
        let foreign: [Setting] = [
            .weight, .doublingTime, .growthFactor, .growthHorizon, .growthMultiple, .interval, .intervalLevel,
            .growthMethod, .cumulative, .resamplingScheme, .blockLength, .intervalMethod, .window, .hacLag,
            .hacCorrection, .windowMean,
        ]
        try refuse(
            foreign + (method == .mle ? [.likelihood, .chains, .draws, .warmUp] : [.noise, .holdOut, .replicates]),
            message:
                "does not go with \(Setting.method.mention) \(method.rawValue) (it fits a level series: \(Setting.output.mention) COL \(Setting.input.mention) COL)"
        )
    }
}
