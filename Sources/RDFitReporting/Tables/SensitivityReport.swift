import RDFit

/// The machine-readable form of a sensitivity analysis (`--format json`); NaN becomes null.
package struct SensitivityReport: Encodable {
    package struct Point: Encodable {
        let value: Double?
        let label: String?
        let estimate: Double?
        let median: Double?
        let lower: Double?
        let upper: Double?
        let level: Double
        let probabilityAboveOne: Double?

        init(_ p: SensitivityPoint) {
            value = p.label == nil ? finite(p.value) : nil
            label = p.label
            estimate = finite(p.estimate); median = finite(p.median); lower = finite(p.lower); upper = finite(p.upper)
            level = p.level
            probabilityAboveOne = finite(p.probabilityAboveOne)
        }
    }
    package struct BreakEvenEntry: Encodable {
        /// `estimate`, `median`, `lower` or `upper`.
        let quantity: String
        /// `crosses`, `always-above`, `always-below` or `undefined`.
        let status: String
        let value: Double?
        let aboveOneBelowBreakEven: Bool?
        let crossings: Int
        let minimum: Double?
        let maximum: Double?
        let message: String
    }
    package struct Assumption: Encodable {
        let name: String
        let unit: String?
        let low: Double?
        let high: Double?
        let points: [Point]
        let breakEven: [BreakEvenEntry]
    }
    package struct TornadoEntry: Encodable {
        let name: String
        let lowSetting: String
        let highSetting: String
        let medianAtLow: Double?
        let medianAtHigh: Double?
        let width: Double?
    }
    package struct Grid: Encodable {
        let rows: String
        let columns: String
        let rowValues: [Double]
        let columnValues: [Double]
        let median: [[Double?]]
        let probabilityAboveOne: [[Double?]]
    }

    package let file: String
    package let method: String
    package let growthMethod: String?
    package let adjustments: [String]
    package let baseline: Point
    package let assumptions: [Assumption]
    package let tornado: [TornadoEntry]
    package let grid: Grid?
    package let replicates: Int
    package let intervalMethod: String
    package let seed: UInt64
    package let seedWasDrawn: Bool
    package let notes: [Diagnostic]

    /// The report of `result` with `notes` from reading the data.
    package init(result: SensitivityResult, seedWasDrawn: Bool, notes: [Diagnostic], file: String) {
        let baselineRun = result.run
        self.file = file
        let model = baselineRun.model
        method = model.method.rawValue
        growthMethod = model.steadyState?.growthMethod.rawValue
        adjustments = baselineRun.adjustments.map(\.name)
        baseline = Point(result.baseline)
        assumptions = result.sweeps.map { sweep in
            let numeric = sweep.assumption.isNumeric
            return Assumption(
                name: sweep.assumption.name, unit: sweep.assumption.unit, low: numeric ? sweep.low : nil,
                high: numeric ? sweep.high : nil,
                points: sweep.points.map(Point.init),
                breakEven: sweep.breakEvens.map { b in
                    BreakEvenEntry(
                        quantity: b.quantity.rawValue, status: b.status.rawValue, value: b.value.flatMap(finite),
                        aboveOneBelowBreakEven: b.aboveOneBelowBreakEven,
                        crossings: b.crossings, minimum: finite(b.minimum), maximum: finite(b.maximum),
                        message: SensitivityReport.message(b, sweep: sweep))
                })
        }
        tornado = result.sweeps.compactMap { sweep in
            guard let ends = sweep.ends else { return nil }
            func setting(_ p: SensitivityPoint) -> String { p.label ?? NumberFormatting.setting(p.value) }
            return TornadoEntry(
                name: sweep.assumption.name, lowSetting: setting(ends.low), highSetting: setting(ends.high),
                medianAtLow: finite(ends.low.median),
                medianAtHigh: finite(ends.high.median), width: finite(abs(ends.high.median - ends.low.median)))
        }.sorted { ($0.width ?? 0) > ($1.width ?? 0) }
        grid = result.grid.map { g in
            Grid(
                rows: g.rows.name, columns: g.columns.name, rowValues: g.rowValues, columnValues: g.columnValues,
                median: g.points.map { $0.map { finite($0.median) } },
                probabilityAboveOne: g.points.map { $0.map { finite($0.probabilityAboveOne) } })
        }
        if let spec = model.steadyState {
            replicates = spec.bootstrap.replicates
            intervalMethod = spec.intervalMethod.rawValue
            seed = spec.bootstrap.seed
        } else {
            let estimate = baselineRun.unadjusted
            replicates = estimate?.draws?.values.count ?? 0
            intervalMethod = (estimate?.intervalMethod ?? .percentile).rawValue
            seed = estimate?.seed ?? 0
        }
        self.seedWasDrawn = seedWasDrawn
        self.notes = notes
    }

    /// One sentence on a break-even, e.g. "median r = 1 at doubling-time = 12.9 months (r > 1 below it)".
    package static func message(_ b: BreakEven, sweep: SensitivitySweep) -> String {
        let what: String
        switch b.quantity {
        case .estimate: what = "r (estimate)"
        case .median: what = "median r"
        case .lower: what = "the interval's lower end"
        case .upper: what = "the interval's upper end"
        }
        let name = sweep.assumption.name
        let unit = sweep.assumption.shortUnit
        let range = "\(NumberFormatting.setting(sweep.low))–\(NumberFormatting.setting(sweep.high))\(unit)"
        switch b.status {
        case .crosses:
            let side = b.aboveOneBelowBreakEven == true ? "r > 1 below it" : "r > 1 above it"
            let more = b.crossings > 1 ? "; it crosses 1 \(b.crossings) times in the range, this is the first" : ""
            return "\(what) = 1 at \(name) = \(NumberFormatting.setting(b.value))\(unit) (\(side)\(more))"
        case .alwaysAbove:
            return
                "\(what) stays above 1 (\(NumberFormatting.significant(b.minimum)) to \(NumberFormatting.significant(b.maximum))) for \(name) \(range): no break-even in this range"
        case .alwaysBelow:
            return
                "\(what) stays below 1 (\(NumberFormatting.significant(b.minimum)) to \(NumberFormatting.significant(b.maximum))) for \(name) \(range): no break-even in this range"
        case .undefined:
            return "\(what) is undefined over \(name) \(range)"
        }
    }
}
