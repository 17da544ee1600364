extension SensitivityVariation {
    /// The assumption and range, with columns resolved in `table` and a multiplier checked
    /// against the stated `multipliers`.
    /// - Throws: ``SpecificationError`` (`.assumptionRange`) for an unknown column or multiplier,
    ///   the year column, too few input columns, or a range the assumption does not admit.
    func resolved(in table: DataTable, multipliers: [String]) throws -> SensitivityPlan.Varied {
        func column(_ name: String) throws -> String {
            let column = try table.column(named: name, setting: .assumptionRange)
            guard column.name != table.yearColumnName else {
                throw SpecificationError(setting: .assumptionRange, message: "the year column cannot be varied")
            }
            return column.name
        }
        let assumption: SensitivityAssumption
        switch name {
        case "doubling-time": assumption = .doublingTime
        case "growth-multiple": assumption = .growthMultiple
        case "growth-factor": assumption = .growthFactor
        case "compute-share": assumption = .computeShare
        case "spillover": assumption = .spilloverWeight(column: try column(argument ?? ""))
        case "spillover-share": assumption = .spilloverShare(column: try column(argument ?? ""))
        case "weight": assumption = .inputWeight(column: try column(argument ?? ""))
        case "multiplier":
            let multiplier = argument ?? ""
            if !multipliers.contains(multiplier) {
                if let suggestion = NearestName.suggestion(for: multiplier, among: multipliers) {
                    throw SpecificationError(
                        setting: .assumptionRange,
                        message:
                            "'multiplier:\(multiplier)' is not a stated multiplier; did you mean 'multiplier:\(suggestion)'? (stated: \(multipliers.joined(separator: ", ")))"
                    )
                }
                try AdjustmentRequest.checkMultiplierName(multiplier)
            }
            assumption = .outputMultiplier(name: multiplier)
        case "input":
            guard case let .columns(names) = values else {
                throw SpecificationError(
                    setting: .assumptionRange, message: "input=COL1,COL2 compares input columns (got '\(text)')")
            }
            let columns = try names.map(column)
            guard columns.count >= 2, Set(columns).count == columns.count else {
                throw SpecificationError(
                    setting: .assumptionRange,
                    message: "input=COL1,COL2 compares two or more different input columns (got '\(text)')")
            }
            return SensitivityPlan.Varied(
                assumption: .inputChoice(columns: columns), range: 0...Double(columns.count - 1))
        default:
            throw SpecificationError(
                setting: .assumptionRange, message: "'\(name)' is not an assumption that can be varied")
        }
        guard case let .range(range) = values else {
            throw SpecificationError(
                setting: .assumptionRange, message: "\(assumption.name) takes a range LO:HI (got \(text))")
        }
        guard assumption.admits(range.lowerBound), assumption.admits(range.upperBound) else {
            let bounds = assumption.admits(0.5) && !assumption.admits(1.5) ? "between 0 and 1" : "positive"
            throw SpecificationError(
                setting: .assumptionRange, message: "\(assumption.name) must be \(bounds) (got \(text))")
        }
        return SensitivityPlan.Varied(assumption: assumption, range: range)
    }
}

extension ReturnsRequest {
    /// The estimator a sensitivity analysis varies, with the years its inputs cover (empty for the
    /// series methods), whether the seed was drawn, and the notes from reading the data.
    func sensitivityModel(
        table: DataTable, threads: Int, drawnSeed: UInt64
    ) throws -> (model: SensitivityModel, inputYears: [Double], seedWasDrawn: Bool, notes: [Diagnostic]) {
        if method?.fitsLevelSeries == true {
            let plan = try seriesPlan(table: table, threads: threads, drawnSeed: drawnSeed)
            switch plan.estimation {
            case let .mle(specification):
                return (
                    .seriesMLE(SeriesMLEProblem(data: plan.data, specification: specification)), [], plan.seedWasDrawn,
                    table.readingNotes
                )
            case let .posterior(specification):
                return (.seriesPosterior(specification), [], plan.seedWasDrawn, table.readingNotes)
            }
        }
        let plan = try self.plan(table: table, threads: threads, drawnSeed: drawnSeed)
        let model: SensitivityModel
        switch plan.specification {
        case let .steadyState(specification): model = .steadyState(specification)
        case let .jones(specification): model = .jones(specification)
        case let .bayesEndpoint(sampler):
            model = .bayesEndpoint(inputs: plan.inputs, weights: plan.weights, output: plan.output, sampler: sampler)
        }
        return (model, plan.inputs[0].years, plan.seedWasDrawn, plan.notes)
    }
}
