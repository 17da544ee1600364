/// One assumption a sensitivity analysis varies, as stated: the assumption's name (with the
/// column or multiplier it applies to) and its range, or for `input` the columns to compare.
/// ``SensitivityRequest/plan(table:threads:drawnSeed:)`` resolves it against the data.
public struct SensitivityVariation: Sendable, Hashable {
    /// What the assumption takes.
    public enum Values: Sendable, Hashable {
        /// A range of the assumption's value.
        case range(ClosedRange<Double>)
        /// Input columns to compare (for `input`).
        case columns([String])
    }

    /// One of ``SensitivityAssumption/names``, e.g. `doubling-time` or `spillover`.
    public var name: String
    /// The column (`spillover`, `spillover-share`, `weight`) or multiplier (`multiplier`) it
    /// applies to.
    public var argument: String?
    /// The range or the columns.
    public var values: Values
    /// The values as the user wrote them, for messages.
    public var text: String

    /// A variation of `name` (with `argument`) over `values`, written `text`.
    public init(name: String, argument: String? = nil, values: Values, text: String) {
        self.name = name
        self.argument = argument
        self.values = values
        self.text = text
    }
}

/// The settings of a sensitivity analysis (<doc:AdjustmentsAndSensitivity>): the estimate and its
/// adjustments at baseline, and the assumptions to vary one at a time.
public struct SensitivityRequest: Sendable, Hashable {
    /// The baseline estimate.
    public var estimate: ReturnsRequest
    /// The baseline adjustments.
    public var adjustments: AdjustmentRequest
    /// The assumptions to vary, each over its range, the others at baseline.
    public var variations: [SensitivityVariation]
    /// Grid points per varied assumption, 2–101 (default ``SensitivityAnalysis/defaultPoints``).
    public var points: Int?

    /// A request to vary `variations` around `estimate` with `adjustments`.
    public init(
        estimate: ReturnsRequest, adjustments: AdjustmentRequest = AdjustmentRequest(),
        variations: [SensitivityVariation], points: Int? = nil
    ) {
        self.estimate = estimate
        self.adjustments = adjustments
        self.variations = variations
        self.points = points
    }

    /// Resolves the request against `table`: the baseline (estimator, adjustments, the series
    /// spillovers and input choices read) and each variation's assumption and range.
    /// - Parameters:
    ///   - table: the data.
    ///   - threads: worker threads for the estimator.
    ///   - drawnSeed: the seed used when the estimate states none.
    /// - Throws: ``SpecificationError`` (`.assumptionRange`, `.points`, or the estimate's and
    ///   adjustments' settings) for what cannot be varied or estimated; ``DataError`` for data.
    public func plan(
        table: DataTable, threads: Int = 1, drawnSeed: UInt64 = BayesSingleEndpointSpecification.defaultSeed
    ) throws -> SensitivityPlan {
        guard !variations.isEmpty else {
            let vary = Setting.assumptionRange.mention
            throw SpecificationError(
                setting: .assumptionRange,
                message: "say what to vary, e.g. \(vary) doubling-time=4:25 or \(vary) compute-share=0.5:0.8")
        }
        let points = self.points ?? SensitivityAnalysis.defaultPoints
        guard (2...101).contains(points) else {
            throw SpecificationError(setting: .points, message: "give 2 to 101 grid points (got \(points))")
        }
        let resolved = try adjustments.resolved(in: table)
        let multipliers = resolved.adjustments.compactMap { a -> String? in
            if case let .outputMultiplier(name, _) = a { return name } else { return nil }
        }
        let varied = try variations.map { try $0.resolved(in: table, multipliers: multipliers) }
        var seen: Set<String> = []
        for v in varied where !seen.insert(v.assumption.name).inserted {
            throw SpecificationError(
                setting: .assumptionRange, message: "'\(v.assumption.name)' is varied twice; vary it once")
        }
        // Columns that spillovers read are not default inputs.
        var spilloverColumns = Set(resolved.otherSeries.map(\.name))
        for v in varied {
            switch v.assumption {
            case let .spilloverWeight(column), let .spilloverShare(column): spilloverColumns.insert(column)
            default: break
            }
        }
        var estimate = self.estimate
        if estimate.inputs.isEmpty && !spilloverColumns.isEmpty && (estimate.method ?? .steadyState) == .steadyState {
            estimate.inputs = table.columns.map(\.name).filter {
                !spilloverColumns.contains($0) && $0 != estimate.output
            }
        }
        let baseline = try estimate.sensitivityModel(table: table, threads: threads, drawnSeed: drawnSeed)
        for v in varied { try baseline.model.check(v.assumption) }
        let inputYears = baseline.inputYears
        func series(_ name: String) throws -> TimeSeries {
            let full = table.series(of: try table.column(named: name, setting: .assumptionRange))
            return inputYears.isEmpty ? full : full.restricted(to: inputYears[0]...inputYears[inputYears.count - 1])
        }
        let others = try spilloverColumns.sorted().map(series)
        var candidates: [TimeSeries] = []
        for v in varied { if case let .inputChoice(columns) = v.assumption { candidates += try columns.map(series) } }
        return SensitivityPlan(
            baseline: SensitivityBaseline(
                model: baseline.model, adjustments: resolved.adjustments, otherSeries: others,
                candidateInputs: candidates),
            varied: varied, points: points, seedWasDrawn: baseline.seedWasDrawn, notes: baseline.notes)
    }
}

/// A ``SensitivityRequest`` resolved against a data table: the baseline and the assumptions to
/// vary with their ranges.
public struct SensitivityPlan: Sendable {
    /// One assumption and its range.
    public struct Varied: Sendable {
        /// The assumption.
        public let assumption: SensitivityAssumption
        /// Its range (for an input choice, the candidates' indices).
        public let range: ClosedRange<Double>
    }

    /// The baseline: estimator, adjustments and the series they read.
    public let baseline: SensitivityBaseline
    /// The assumptions to vary, in the order stated.
    public let varied: [Varied]
    /// Grid points per varied assumption.
    public let points: Int
    /// Whether the estimate's seed is the caller's drawn one.
    public let seedWasDrawn: Bool
    /// Notes from reading the data.
    public let notes: [Diagnostic]
}
