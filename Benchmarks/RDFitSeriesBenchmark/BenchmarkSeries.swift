import Foundation
import RDFit

/// The simulated series the benchmark fits: quarterly output dates, a yearly flow input growing
/// 5% a year, first level 1.
enum BenchmarkSeries {
    static func make(
        transitions: Int, parameters: SeriesParameters, noise: SeriesNoise, seed: UInt64,
        swings: Double = 0
    ) throws -> SeriesData {
        try SeriesSimulation.quarterlyData(
            transitions: transitions, parameters: parameters, noise: noise, seed: seed, swings: swings)
    }
}

extension BenchmarkSeries {
    /// The bundled chess file (run from the package root).
    static func chess(input: String) throws -> SeriesData {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: "Data/series/chess-stockfish.csv")))
        let table = try DataTable.parse(bytes: bytes)
        func series(_ name: String) throws -> TimeSeries {
            let column = try table.column(named: name)
            return TimeSeries(
                name: column.name, years: table.years, values: column.values, lines: table.rowLines,
                column: column.fieldNumber)
        }
        return try SeriesData(output: try series("efficiency"), input: try series(input), inputKind: .flow)
    }

    /// A few lines describing a fit.
    static func summary(_ r: SeriesMLEResult) -> String {
        func text(_ value: Double?) -> String { value.map { String(format: "%.4g", $0) } ?? "unbounded" }
        var lines = [
            "  beta \(text(r.beta.estimate)) (se \(text(r.beta.standardError))), lambda \(text(r.lambda.estimate)) "
                + "(se \(text(r.lambda.standardError))), alpha \(text(r.alpha.estimate)), "
                + "skewness \(text(r.skewness.estimate)), log-likelihood \(text(r.logLikelihood)), AIC \(text(r.aic))",
            "  r \(text(r.returns.estimate)), 90% profile [\(text(r.returns.lower)), \(text(r.returns.upper))], "
                + "Wald [\(text(r.returnsWald.lower)), \(text(r.returnsWald.upper))]",
        ]
        for test in r.tests {
            lines.append("  LRT \(test.hypothesis): statistic \(text(test.statistic)), p \(text(test.pValue))")
        }
        if let h = r.holdOut {
            lines.append(
                "  hold-out (first \(h.fittedTransitions)): beta \(text(h.freeParameters.beta)), "
                    + "lambda \(text(h.freeParameters.lambda)), held-out gain over lambda = 0 \(text(h.heldOutGain))")
        }
        for set in r.draws where !set.values.isEmpty {
            let sorted = set.values.sorted()
            let mean = sorted.reduce(0, +) / Double(sorted.count)
            let sd = (sorted.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(sorted.count - 1)).squareRoot()
            lines.append(
                "  \(set.kind.rawValue): \(sorted.count) draws (\(set.failed) failed), median "
                    + "\(text(Quantile.sorted(sorted, 0.5))), sd \(text(sd))")
        }
        lines.append(
            "  convergence \(r.convergence.criterion.rawValue), "
                + "gradient norm \(text(r.convergence.gradientNorm))")
        lines += r.diagnostics.map { "  \($0)" }
        return lines.joined(separator: "\n")
    }
}
