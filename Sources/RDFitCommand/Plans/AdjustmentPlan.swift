import RDFit

/// The adjustments the options ask for, resolved against the data file: a plain, testable function
/// of options and table, like ``EstimatePlan``.
struct AdjustmentPlan {
    let adjustments: [ReturnsAdjustment]
    /// Every column a spillover reads, on the table's years.
    let otherSeries: [TimeSeries]

    /// Resolves the options.
    /// - Throws: ``SpecificationError`` for malformed values, unknown columns (with the nearest
    ///   name), a multiplier name one typo away from a known one, or values out of range.
    static func make(options: AdjustmentOptions, table: DataTable) throws -> AdjustmentPlan {
        var adjustments: [ReturnsAdjustment] = []
        var others: [String: TimeSeries] = [:]
        func otherColumn(_ name: String, setting: Setting) throws -> String {
            let column = try table.column(named: name, setting: setting)
            if column.name == table.yearColumnName {
                throw SpecificationError(setting: setting, message: "the year column cannot be a spillover series")
            }
            others[column.name] = TimeSeries(
                name: column.name, years: table.years, values: column.values, lines: table.rowLines,
                column: column.fieldNumber)
            return column.name
        }
        for given in options.spillovers {
            let column = try otherColumn(given.name, setting: .spillover)
            adjustments.append(.spillover(column: column, weight: given.value.weight))
        }
        for given in options.spilloverShares {
            let column = try otherColumn(given.name, setting: .spilloverShare)
            adjustments.append(.spilloverShare(column: column, share: given.value.weight))
        }
        if let share = options.computeShare {
            adjustments.append(.computeBottleneck(computeShare: share.weight))
        }
        for given in options.outputMultipliers {
            try checkMultiplierName(given.name)
            adjustments.append(.outputMultiplier(name: given.name, multiplier: given.value.weight))
        }
        for adjustment in adjustments { try adjustment.validate() }
        return AdjustmentPlan(adjustments: adjustments, otherSeries: others.keys.sorted().map { others[$0]! })
    }

    /// Multiplier names are free labels, but one that is a typo of a known name
    /// (``ReturnsAdjustment/knownMultiplierNames``) is refused with the suggestion.
    static func checkMultiplierName(_ name: String) throws {
        let known = ReturnsAdjustment.knownMultiplierNames
        guard !known.contains(name), let suggestion = NearestName.suggestion(for: name, among: known) else { return }
        throw SpecificationError(
            setting: .outputMultiplier,
            message:
                "'\(name)' is not a known multiplier; did you mean '\(suggestion)'? (known: \(known.joined(separator: ", ")); other names are fine if they are not near one of these)"
        )
    }

    /// The estimate options with the spillover columns left out of the default inputs (every numeric
    /// column but the year and the output), so that `--spillover COL=W` alone works.
    static func excludingSpilloverColumns(
        _ options: EstimateOptions, adjustments: AdjustmentOptions, table: DataTable
    ) -> EstimateOptions {
        guard options.inputs.isEmpty, !adjustments.spillovers.isEmpty || !adjustments.spilloverShares.isEmpty else {
            return options
        }
        let named = Set(
            (adjustments.spillovers + adjustments.spilloverShares).compactMap { given in
                (try? table.column(named: given.name))?.name
            })
        var result = options
        result.inputs = table.columns.map(\.name).filter { !named.contains($0) && $0 != options.output }
        return result
    }

    /// The plan's unadjusted estimate with the adjustments: spillovers re-run the steady-state
    /// bootstrap (same seed), factor adjustments rescale any estimator's replicates.
    func adjust(_ estimate: ReturnsEstimate, plan: EstimatePlan) throws -> AdjustedReturns {
        guard !adjustments.isEmpty else { return AdjustedReturns(unadjusted: estimate, adjusted: []) }
        if case let .steadyState(spec) = plan.specification {
            let years = spec.inputs[0].years
            let restricted = otherSeries.map { series in
                years.isEmpty ? series : series.restricted(to: years[0]...years[years.count - 1])
            }
            return try AdjustedEstimator.estimate(
                spec, adjustments: adjustments, otherSeries: restricted, unadjusted: estimate)
        }
        return try AdjustedEstimator.adjust(estimate, adjustments: adjustments)
    }
}
