/// The adjustments stated for an estimate (<doc:AdjustmentsAndSensitivity>), with spillover
/// series named by column: ``resolved(in:)`` looks the columns up in a data table and checks
/// every value, giving the ``ReturnsAdjustment`` list and the series the spillovers read.
public struct AdjustmentRequest: Sendable, Hashable {
    /// An output multiplier by name (a free label; names near a known one are refused).
    public struct Multiplier: Sendable, Hashable {
        /// The label, e.g. `post-training`.
        public var name: String
        /// The multiplier X > 0: fixed, uniform or triangular.
        public var value: InputWeight

        /// A multiplier `value` labelled `name`.
        public init(name: String, value: InputWeight) {
            self.name = name
            self.value = value
        }
    }

    /// Spillovers in levels: effective input = input + W·COL, by column.
    public var spillovers: [InputWeightAssignment] = []
    /// Spillovers in growth form: g_eff = (1 − S)·g_E + S·g(COL), by column.
    public var spilloverShares: [InputWeightAssignment] = []
    /// A compute bottleneck: (1 − ε_K)·r.
    public var computeShare: InputWeight?
    /// Unmeasured output or fixed hardware: r·X.
    public var outputMultipliers: [Multiplier] = []

    /// No adjustment.
    public init() {}

    /// Whether no adjustment is stated.
    public var isEmpty: Bool {
        spillovers.isEmpty && spilloverShares.isEmpty && computeShare == nil && outputMultipliers.isEmpty
    }

    /// The adjustments in their order (spillovers, spillover shares, compute share, multipliers),
    /// with every column a spillover reads on the table's years.
    /// - Throws: ``SpecificationError`` for unknown columns (with the nearest name), the year
    ///   column, a multiplier name one typo away from a known one, or values out of range.
    public func resolved(in table: DataTable) throws -> ResolvedAdjustments {
        var adjustments: [ReturnsAdjustment] = []
        var others: [String: TimeSeries] = [:]
        func otherColumn(_ name: String, setting: Setting) throws -> String {
            let column = try table.column(named: name, setting: setting)
            if column.name == table.yearColumnName {
                throw SpecificationError(setting: setting, message: "the year column cannot be a spillover series")
            }
            others[column.name] = table.series(of: column)
            return column.name
        }
        for given in spillovers {
            adjustments.append(
                .spillover(column: try otherColumn(given.column, setting: .spillover), weight: given.weight))
        }
        for given in spilloverShares {
            let column = try otherColumn(given.column, setting: .spilloverShare)
            adjustments.append(.spilloverShare(column: column, share: given.weight))
        }
        if let computeShare { adjustments.append(.computeBottleneck(computeShare: computeShare)) }
        for given in outputMultipliers {
            try Self.checkMultiplierName(given.name)
            adjustments.append(.outputMultiplier(name: given.name, multiplier: given.value))
        }
        for adjustment in adjustments { try adjustment.validate() }
        return ResolvedAdjustments(adjustments: adjustments, otherSeries: others.keys.sorted().map { others[$0]! })
    }

    /// Multiplier names are free labels, but one that is a typo of a known name
    /// (``ReturnsAdjustment/knownMultiplierNames``) is refused with the suggestion.
    /// - Throws: ``SpecificationError`` (`.outputMultiplier`) naming the known name.
    public static func checkMultiplierName(_ name: String) throws {
        let known = ReturnsAdjustment.knownMultiplierNames
        guard !known.contains(name), let suggestion = NearestName.suggestion(for: name, among: known) else { return }
        throw SpecificationError(
            setting: .outputMultiplier,
            message:
                "'\(name)' is not a known multiplier; did you mean '\(suggestion)'? (known: \(known.joined(separator: ", ")); other names are fine if they are not near one of these)"
        )
    }

    /// `request` with the spillover columns left out of its default inputs (every column but the
    /// year and the output), so that a spillover alone works; a request that names its inputs,
    /// or states no spillover, is returned as it is.
    public func excludingSpilloverColumns(from request: ReturnsRequest, in table: DataTable) -> ReturnsRequest {
        guard request.inputs.isEmpty, !spillovers.isEmpty || !spilloverShares.isEmpty else { return request }
        let named = Set((spillovers + spilloverShares).compactMap { (try? table.column(named: $0.column))?.name })
        var result = request
        result.inputs = table.columns.map(\.name).filter { !named.contains($0) && $0 != request.output }
        return result
    }
}

/// An ``AdjustmentRequest`` resolved against a data table.
public struct ResolvedAdjustments: Sendable {
    /// The adjustments, in order.
    public let adjustments: [ReturnsAdjustment]
    /// Every column a spillover reads, on the table's years, by name.
    public let otherSeries: [TimeSeries]

    /// `estimate` (planned by `plan`) with the adjustments: spillovers re-run the steady-state
    /// bootstrap (same seed), factor adjustments rescale any estimator's draws.
    /// - Throws: what ``AdjustedEstimator`` throws.
    public func adjust(_ estimate: ReturnsEstimate, plan: ReturnsPlan) throws -> AdjustedReturns {
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
