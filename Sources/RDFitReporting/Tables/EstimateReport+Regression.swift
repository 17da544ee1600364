import RDFit

extension EstimateReport {
    /// One coefficient of the Jones regression in the JSON `regression` object.
    package struct Coefficient: Encodable {
        let name: String
        let estimate: Double?
        let standardError: Double?
        let t: Double?
    }

    /// The Jones regression table (JSON `regression`; absent for the other estimators).
    package struct Regression: Encodable {
        /// Constant (ln θ), ln A (−β) and ln Ē (λ).
        let coefficients: [Coefficient]
        let rSquared: Double?
        let windows: Int
        let durbinWatson: Double?
        /// `bartlett`.
        let kernel: String
        let lag: Int
        /// n/(n − 3) scaling of the HAC covariance (statsmodels' `use_correction=True`).
        let smallSampleCorrection: Bool
        /// The window k in observations.
        let window: Int
        /// Input observations averaged per window: `k+1` or `k`.
        let windowMean: String

        init(_ t: JonesRegressionTable) {
            coefficients = t.coefficients.map {
                Coefficient(
                    name: $0.name, estimate: finite($0.estimate), standardError: finite($0.standardError),
                    t: finite($0.tStatistic))
            }
            rSquared = finite(t.rSquared)
            windows = t.windows
            durbinWatson = finite(t.durbinWatson)
            kernel = t.kernel.rawValue
            lag = t.lag
            smallSampleCorrection = t.smallSampleCorrection
            window = t.window
            windowMean = t.windowMean.rawValue
        }

        /// The HAC settings and the window in words, e.g. "Bartlett kernel, lag 9, no small-sample
        /// correction; window 10, mean input over k+1 = 11 observations".
        var settings: String {
            let averaged = windowMean == JonesWindowMean.window.rawValue ? window : window + 1
            return
                "HAC: \(kernel == HACKernel.bartlett.rawValue ? "Bartlett" : kernel) kernel, lag \(lag), \(smallSampleCorrection ? "small-sample correction n/(n − 3)" : "no small-sample correction"); window \(window), mean input over \(windowMean) = \(averaged) observations"
        }

        /// Header and coefficient rows of the table.
        var rows: [[String]] {
            [["regression of ln g", "estimate", "HAC s.e.", "t"]]
                + coefficients.map {
                    [
                        $0.name, NumberFormatting.significant($0.estimate, 4),
                        NumberFormatting.significant($0.standardError, 3), NumberFormatting.significant($0.t, 3),
                    ]
                }
        }

        /// The fit line, e.g. "R² = 0.93, 27 windows, Durbin–Watson 0.41".
        var fitLine: String {
            "R² = \(NumberFormatting.significant(rSquared, 3)), \(windows) windows, Durbin–Watson \(NumberFormatting.significant(durbinWatson, 3))"
        }
    }
}

extension EstimateRenderer {
    /// The Jones regression block of the text report (empty for the other estimators).
    static func regressionText(_ r: EstimateReport) -> [String] {
        guard let g = r.regression else { return [] }
        return ["", NumberFormatting.table(g.rows), "  \(g.fitLine)", "  \(g.settings)"]
    }

    /// The Jones regression block of the Markdown report.
    static func regressionMarkdown(_ r: EstimateReport) -> [String] {
        guard let g = r.regression else { return [] }
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        let rows = g.rows
        return ["", row(rows[0]), row(rows[0].map { _ in "---" })] + rows.dropFirst().map(row) + [
            "", "\(g.fitLine); \(g.settings).",
        ]
    }

    /// The regression's CSV rows as (quantity, estimate, standard error, note), in the column
    /// layout of ``EstimateRenderer/csv(_:)``.
    static func regressionCSV(_ r: EstimateReport) -> [(String, String, Double?, String)] {
        guard let g = r.regression else { return [] }
        func number(_ x: Double?) -> String { x.map { $0.isFinite ? "\($0)" : "" } ?? "" }
        let keys = ["constant", "lnA", "lnE"]
        var rows: [(String, String, Double?, String)] = []
        for (key, c) in zip(keys, g.coefficients) {
            rows.append(("regression.\(key)", number(c.estimate), c.standardError, "t = \(number(c.t))"))
        }
        return rows + [
            ("regression.rSquared", number(g.rSquared), nil, ""), ("regression.windows", "\(g.windows)", nil, ""),
            ("regression.durbinWatson", number(g.durbinWatson), nil, ""),
            (
                "regression.hacLag", "\(g.lag)", nil,
                "\(g.kernel) kernel; small-sample correction \(g.smallSampleCorrection ? "on" : "off")"
            ),
            ("regression.windowMean", g.windowMean, nil, ""),
        ]
    }
}
