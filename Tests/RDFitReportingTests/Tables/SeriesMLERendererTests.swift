import Foundation
import RDFitReporting
import Testing

@testable import RDFit

/// The full-series MLE report when a stable skewness estimate sits at its bound: the text, Markdown
/// and JSON say so (interval `at-bound`, the `estimate-at-bound` diagnostic) instead of printing a
/// −1 to 1 interval next to a near-zero standard error.
struct SeriesMLERendererTests {
    static func result(skewness: Double) -> SeriesMLEResult {
        let map = SeriesParameterization(noise: .stable, restriction: .none)
        var v = map.vector(SeriesParameters(beta: 0.5, lambda: 0.4, theta: 0.05, sigma: 0.01))
        v[4] = SeriesParameterization.logit(0.7)
        v[5] = SeriesParameterization.logit((skewness + 1) / 2)
        let p = map.parameters(v)
        let fit = SeriesFit(
            parameterization: map, vector: v, parameters: p, logLikelihood: 100, gradientNorm: 1e-6,
            criterion: .gradientNorm, iterations: 10, evaluations: 50, starts: 1, convergedStarts: 1)
        let covariance = SeriesCovariance(matrix: (0..<6).map { i in (0..<6).map { $0 == i ? 25.0 : 0 } })
        let e = SeriesEstimates(fit: fit, covariance: covariance, level: 0.9)
        return SeriesMLEResult(
            noise: .stable, inputKind: .flow, outputName: "quality", inputName: "effort", transitions: 100,
            skippedEqualDates: 0, parameters: p, returns: e.returnsWald, returnsWald: e.returnsWald, lambda: e.lambda,
            beta: e.beta, theta: e.theta, sigma: e.sigma, alpha: e.alpha, skewness: e.skewness, logLikelihood: 100,
            parameterCount: 6, aic: -188, tests: [], holdOut: nil, draws: [],
            convergence: SeriesConvergence(
                criterion: .gradientNorm, gradientNorm: 1e-6, gradientTolerance: 1e-4, iterations: 10,
                evaluations: 50, starts: 1, convergedStarts: 1),
            diagnostics: SeriesMLEEstimator.atBoundDiagnostics(e))
    }

    static func report(skewness: Double) -> SeriesMLEReport {
        SeriesMLEReport(result: result(skewness: skewness), file: "series.csv", seed: 1, seedWasDrawn: false)
    }

    static func row(_ name: String, in text: String) -> String? {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix(name) }
    }

    @Test func textSaysTheSkewnessIsAtItsBound() throws {
        let text = try SeriesMLERenderer.render(Self.report(skewness: 0.99995), format: .table)
        let row = try #require(Self.row("skewness", in: text), "\(text)")
        #expect(row.contains("none: at its bound") && row.contains("at-bound"), "\(row)")
        #expect(!row.contains("-1 – 1") && !row.contains("−1 – 1"), "\(row)")
        #expect(text.contains("the skewness estimate (1) sits at the bound 1"), "\(text)")
        // α, inside its range, keeps its Wald interval.
        let alpha = try #require(Self.row("alpha", in: text))
        #expect(alpha.contains("wald") && !alpha.contains("at its bound"), "\(alpha)")
        let markdown = try SeriesMLERenderer.render(Self.report(skewness: 0.99995), format: .markdown)
        #expect(markdown.contains("none: at its bound"))
    }

    @Test func jsonCarriesTheIntervalKindAndTheDiagnostic() throws {
        let json = try SeriesMLERenderer.render(Self.report(skewness: -0.9995), format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let skewness = try #require(object["skewness"] as? [String: Any])
        #expect(skewness["interval"] as? String == "at-bound")
        #expect(skewness["lower"] is NSNull && skewness["upper"] is NSNull && skewness["standardError"] is NSNull)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { $0["code"] as? String == "estimate-at-bound" }, "\(diagnostics)")
        let inside = try SeriesMLERenderer.render(Self.report(skewness: 0.5), format: .json)
        #expect(!inside.contains("estimate-at-bound") && !inside.contains("at-bound"))
    }
}
