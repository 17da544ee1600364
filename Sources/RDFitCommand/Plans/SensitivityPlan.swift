import RDFit
import RDFitReporting

/// What `rdfit sensitivity` will compute: the baseline and the assumptions to vary, resolved
/// against the data file. A plain, testable function of options and table.
struct SensitivityPlan {
    struct Varied {
        let assumption: SensitivityAssumption
        let range: ClosedRange<Double>
    }

    let baseline: SensitivityBaseline
    let varied: [Varied]
    let points: Int
    let seedWasDrawn: Bool
    let notes: [Diagnostic]

    /// Resolves a `--vary NAME=VALUE` value (its name checked when parsed) against the table and
    /// the stated multipliers.
    /// - Throws: ``SpecificationError`` (`--vary`) for an unknown column or multiplier, a range with
    ///   LO ≥ HI or outside what the assumption admits.
    static func varied(_ vary: VaryValue, table: DataTable, multipliers: [String]) throws -> Varied {
        let (head, argument, value) = (vary.head, vary.argument, vary.value)
        func column(_ name: String) throws -> String {
            let column = try table.column(named: name, setting: .assumptionRange)
            guard column.name != table.yearColumnName else {
                throw SpecificationError(setting: .assumptionRange, message: "the year column cannot be varied")
            }
            return column.name
        }
        let assumption: SensitivityAssumption
        switch head {
        case "doubling-time": assumption = .doublingTime
        case "growth-multiple": assumption = .growthMultiple
        case "growth-factor": assumption = .growthFactor
        case "compute-share": assumption = .computeShare
        case "spillover": assumption = .spilloverWeight(column: try column(argument!))
        case "spillover-share": assumption = .spilloverShare(column: try column(argument!))
        case "weight": assumption = .inputWeight(column: try column(argument!))
        case "multiplier":
            let multiplier = argument!
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
        default:
            let columns = try value.split(separator: ",").map { try column(String($0).trimmingBlanks) }
            guard columns.count >= 2, Set(columns).count == columns.count else {
                throw SpecificationError(
                    setting: .assumptionRange,
                    message: "input=COL1,COL2 compares two or more different input columns (got '\(value)')")
            }
            return Varied(assumption: .inputChoice(columns: columns), range: 0...Double(columns.count - 1))
        }
        let (low, high) = try OptionValueParsing.range(value, setting: .assumptionRange)
        guard assumption.admits(low), assumption.admits(high) else {
            let bounds = assumption.admits(0.5) && !assumption.admits(1.5) ? "between 0 and 1" : "positive"
            throw SpecificationError(
                setting: .assumptionRange, message: "\(assumption.name) must be \(bounds) (got \(value))")
        }
        return Varied(assumption: assumption, range: low...high)
    }

    /// Builds the plan.
    static func make(
        options: EstimateOptions, adjustments: AdjustmentOptions, sensitivity: SensitivityOptions, table: DataTable,
        threads: Int, drawnSeed: UInt64
    ) throws -> SensitivityPlan {
        guard !sensitivity.vary.isEmpty else {
            throw SpecificationError(
                setting: .assumptionRange,
                message: "say what to vary, e.g. --vary doubling-time=4:25 or --vary compute-share=0.5:0.8")
        }
        let points = sensitivity.points ?? SensitivityAnalysis.defaultPoints
        guard (2...101).contains(points) else {
            throw SpecificationError(setting: .points, message: "give 2 to 101 grid points (got \(points))")
        }
        let adjustmentPlan = try adjustments.request.resolved(in: table)
        let multipliers = adjustmentPlan.adjustments.compactMap { a -> String? in
            if case let .outputMultiplier(name, _) = a { return name } else { return nil }
        }
        let varied = try sensitivity.vary.map { try self.varied($0, table: table, multipliers: multipliers) }
        var seen: Set<String> = []
        for v in varied where !seen.insert(v.assumption.name).inserted {
            throw SpecificationError(
                setting: .assumptionRange, message: "'\(v.assumption.name)' is varied twice; vary it once")
        }
        // Columns that spillovers read are not default inputs.
        var spilloverColumns = Set(adjustmentPlan.otherSeries.map(\.name))
        for v in varied {
            switch v.assumption {
            case let .spilloverWeight(column), let .spilloverShare(column): spilloverColumns.insert(column)
            default: break
            }
        }
        var merged = options
        if merged.inputs.isEmpty && !spilloverColumns.isEmpty && (merged.method ?? .steadyState) == .steadyState {
            merged.inputs = table.columns.map(\.name).filter { !spilloverColumns.contains($0) && $0 != merged.output }
        }
        let (model, inputYears, seedWasDrawn, notes) = try self.model(
            options: merged, table: table, threads: threads, drawnSeed: drawnSeed)
        for v in varied { try model.check(v.assumption) }
        func series(_ name: String) throws -> TimeSeries {
            let column = try table.column(named: name, setting: .assumptionRange)
            let full = TimeSeries(
                name: column.name, years: table.years, values: column.values, lines: table.rowLines,
                column: column.fieldNumber)
            return inputYears.isEmpty ? full : full.restricted(to: inputYears[0]...inputYears[inputYears.count - 1])
        }
        let others = try spilloverColumns.sorted().map(series)
        var candidates: [TimeSeries] = []
        for v in varied { if case let .inputChoice(columns) = v.assumption { candidates += try columns.map(series) } }
        let baseline = SensitivityBaseline(
            model: model, adjustments: adjustmentPlan.adjustments, otherSeries: others, candidateInputs: candidates)
        return SensitivityPlan(
            baseline: baseline, varied: varied, points: points, seedWasDrawn: seedWasDrawn, notes: notes)
    }

    /// The estimator `--method` names with its settings, the years its inputs cover (empty for the
    /// series methods), whether the seed was drawn, and the notes from reading the data.
    static func model(
        options: EstimateOptions, table: DataTable, threads: Int, drawnSeed: UInt64
    ) throws -> (SensitivityModel, [Double], Bool, [Diagnostic]) {
        let request = options.request
        if request.method?.fitsLevelSeries == true {
            let plan = try request.seriesPlan(table: table, threads: threads, drawnSeed: drawnSeed)
            let notes = table.readingNotes
            switch plan.estimation {
            case let .mle(specification):
                return (
                    .seriesMLE(SeriesMLEProblem(data: plan.data, specification: specification)), [],
                    plan.seedWasDrawn, notes
                )
            case let .posterior(specification): return (.seriesPosterior(specification), [], plan.seedWasDrawn, notes)
            }
        }
        let plan = try request.plan(table: table, threads: threads, drawnSeed: drawnSeed)
        let model: SensitivityModel
        switch plan.specification {
        case let .steadyState(specification): model = .steadyState(specification)
        case let .jones(specification): model = .jones(specification)
        case let .bayesEndpoint(sampler):
            model = .bayesEndpoint(inputs: plan.inputs, weights: plan.weights, output: plan.output, sampler: sampler)
        }
        return (model, plan.inputs[0].years, plan.seedWasDrawn, plan.notes)
    }

    /// The baseline, every sweep, and the two-way grid when exactly two numeric assumptions vary;
    /// `progress` (a terminal's progress line) names each step while it runs.
    func execute(progress: ProgressLine? = nil) throws -> SensitivityResult {
        func step<T>(_ label: String, _ body: () throws -> T) throws -> T {
            guard let progress else { return try body() }
            return try progress.ticking("sensitivity: \(label)", body)
        }
        defer { progress?.clear() }
        let baseline = try step("baseline") { try self.baseline.prepared() }
        let base = try baseline.evaluate()
        let sweeps = try varied.enumerated().map { index, v in
            try step("varying \(v.assumption.name) (\(index + 1) of \(varied.count))") {
                try SensitivityAnalysis.sweep(baseline, v.assumption, range: v.range, points: points)
            }
        }
        var grid: SensitivityGrid?
        if varied.count == 2, varied.allSatisfy(\.assumption.isNumeric) {
            grid = try step("two-way grid") {
                try SensitivityGrid.evaluate(
                    baseline, rows: (varied[0].assumption, varied[0].range),
                    columns: (varied[1].assumption, varied[1].range), size: min(points, 5))
            }
        }
        return SensitivityResult(baseline: base, sweeps: sweeps, grid: grid, run: baseline)
    }
}
