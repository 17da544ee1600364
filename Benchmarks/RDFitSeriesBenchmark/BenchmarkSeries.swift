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

extension BenchmarkSeries {
    /// The series as CSV, columns year, level and input: one row per output date (quarterly) with
    /// the input's yearly value on the dates it has one, and the input's last year after the
    /// output ends. Numbers to 17 significant digits, so that a reader gets the same doubles.
    static func csv(_ data: SeriesData) -> String {
        func text(_ x: Double) -> String { String(format: "%.17g", x) }
        let levels = Dictionary(
            zip([data.startDates[0]] + data.endDates, [data.startLevels[0]] + data.endLevels),
            uniquingKeysWith: { first, _ in first })
        let inputs = Dictionary(zip(data.inputDates, data.inputValues), uniquingKeysWith: { first, _ in first })
        let dates = Set(levels.keys).union(inputs.keys).sorted()
        let rows = dates.map { date in
            [text(date), levels[date].map(text) ?? "", inputs[date].map(text) ?? ""].joined(separator: ",")
        }
        return (["year,level,input"] + rows).joined(separator: "\n") + "\n"
    }

    /// The Gaussian job (fit, tests, profile interval) `repeats` times after one warm-up: median and
    /// minimum wall time in ms, and the estimates of one more, untimed fit at gradient tolerance
    /// 1e-6 (so that they can be compared with a peer's to 1e-6), as one JSON line
    /// (Benchmarks/compare-series.sh).
    static func peerJSON(_ data: SeriesData, specification: SeriesMLESpecification, repeats: Int) throws -> String {
        let estimator = SeriesMLEEstimator(specification: specification)
        _ = try estimator.fit(to: data)
        var times: [Double] = []
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try estimator.fit(to: data)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        var tight = specification
        tight.gradientTolerance = 1e-6
        let result = try SeriesMLEEstimator(specification: tight).fit(to: data)
        times.sort()
        func number(_ x: Double?) -> String { x.map { String(format: "%.17g", $0) } ?? "null" }
        let statistics = result.tests.map { 2 * (result.logLikelihood - $0.restrictedLogLikelihood) }
        let fields: [(String, String)] = [
            ("tool", "\"rdfit (analytic gradients)\""), ("transitions", "\(result.transitions)"),
            ("milliseconds", number(times[times.count / 2])), ("milliseconds_min", number(times[0])),
            ("beta", number(result.beta.estimate)), ("lambda", number(result.lambda.estimate)),
            ("r", number(result.returns.estimate)), ("logLikelihood", number(result.logLikelihood)),
            ("lower", number(result.returns.lower)), ("upper", number(result.returns.upper)),
            ("lambdaZeroStatistic", number(statistics.first)), ("ratioOneStatistic", number(statistics.last)),
            ("evaluations", "\(result.convergence.evaluations)"),
        ]
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }
}
