import RDFit
import RDFitReporting

extension SensitivityPlan {
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
