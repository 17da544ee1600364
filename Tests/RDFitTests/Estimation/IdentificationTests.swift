import Foundation
import Testing

@testable import RDFit

/// Identification of r (issue 9, point 3): the typed warning and when it is raised.
@Suite("Identification of r")
struct IdentificationTests {
    static func summary(_ estimate: Double, _ lower: Double, _ upper: Double) -> ReturnsSummary {
        ReturnsSummary(estimate: estimate, lower: lower, upper: upper, level: 0.9, probabilityAboveOne: 0.4)
    }
    static func parameter(_ x: Double) -> ParameterSummary {
        ParameterSummary(estimate: x, standardError: 0.1, lower: x - 0.2, upper: x + 0.2)
    }
    static func draws(failed: Int, of count: Int) -> Draws {
        Draws(
            kind: .parametricDraws, estimate: 1,
            values: (0..<count).map { $0 < failed ? Double.nan : 0.8 + Double($0) / Double(count) }, seed: 1)
    }

    @Test("an identified estimate raises nothing")
    func identified() {
        #expect(
            Identification.diagnostic(
                r: Self.summary(0.9, 0.5, 1.3), lambda: Self.parameter(0.5), beta: Self.parameter(0.6),
                draws: Self.draws(failed: 5, of: 200)) == nil)
    }

    struct Case {
        let r: ReturnsSummary
        var lambda: ParameterSummary? = nil
        var beta: ParameterSummary? = nil
        var draws: Draws? = nil
        let reason: String
    }

    @Test("λ̂ ≤ 0, β̂ ≤ 0, more than 5% failed draws and an interval below 0 each raise r-not-identified")
    func eachReason() {
        let cases = [
            Case(
                r: Self.summary(0.9, 0.5, 1.3), lambda: Self.parameter(-0.1), beta: Self.parameter(0.6),
                reason: "λ̂ = -0.1 ≤ 0"),
            Case(
                r: Self.summary(.nan, .nan, .nan), lambda: Self.parameter(0.5), beta: Self.parameter(-0.3),
                reason: "β̂ = -0.3 ≤ 0"),
            Case(
                r: Self.summary(0.9, 0.5, 1.3), draws: Self.draws(failed: 11, of: 200), reason: "11 of 200 draws failed"
            ),
            Case(r: Self.summary(0.9, -0.2, 1.3), reason: "reaches below 0"),
        ]
        for c in cases {
            let d = Identification.diagnostic(r: c.r, lambda: c.lambda, beta: c.beta, draws: c.draws)
            #expect(d?.code == .rNotIdentified)
            #expect(d?.severity == .warning)
            #expect(d?.message.contains(c.reason) == true, "\(d?.message ?? "nil")")
        }
    }

    @Test("exactly 5% failed draws is still identified; the boundary is strict")
    func failedBoundary() {
        #expect(
            Identification.diagnostic(
                r: Self.summary(0.9, 0.5, 1.3), lambda: nil, beta: nil, draws: Self.draws(failed: 10, of: 200)) == nil)
    }

    @Test("a ReturnsEstimate carries the warning once and reports isIdentified")
    func estimateCarriesWarning() throws {
        let growth = GrowthEstimate(
            rate: 0.3, standardError: 0.01, lower: 0.28, upper: 0.32, level: 0.9, method: .endpoints,
            observationCount: 10, rSquared: .nan, logLevelAtCentre: .nan, centreYear: .nan)
        func estimate(lower: Double, diagnostics: [Diagnostic] = []) -> ReturnsEstimate {
            ReturnsEstimate(
                method: .steadyState, r: Self.summary(0.9, lower, 1.3), intervalMethod: .percentile,
                inputs: [InputGrowthSummary(name: "E", growth: growth, weight: 1, statedWeight: nil)],
                combinedInputGrowthRate: 0.3,
                output: OutputGrowthSummary(source: "x", growthRate: 0.27, doublingTimeMonths: 30, fit: nil),
                lambda: nil, beta: nil, draws: Self.draws(failed: 0, of: 100), seed: 1, diagnostics: diagnostics)
        }
        #expect(estimate(lower: 0.5).isIdentified)
        let bad = estimate(lower: -0.5)
        #expect(!bad.isIdentified)
        let again = estimate(lower: -0.5, diagnostics: bad.diagnostics)
        #expect(again.diagnostics.filter { $0.code == .rNotIdentified }.count == 1)
    }

    @Test("a Jones fit where growth rises with A and the input barely grows (β̂ < 0) is not identified")
    func jonesNegativeBeta() throws {
        let years = (0..<30).map(Double.init)
        let a = years.map { exp(0.02 * $0 * $0 + 0.1 * $0 + 0.05 * sin(2 * $0)) }
        let e = years.map { exp(0.01 * $0 + 0.2 * sin(1.3 * $0)) }
        let spec = try JonesSpecification(
            inputs: [TimeSeries(name: "E", years: years, values: e)],
            output: TimeSeries(name: "A", years: years, values: a), window: 5,
            bootstrap: BootstrapSpecification(scheme: .movingBlock(length: 5), replicates: 200, seed: 3))
        let result = try JonesRegression.estimate(spec)
        #expect(result.beta!.estimate <= 0)
        #expect(!result.isIdentified)
        #expect(result.diagnostics.contains { $0.code == .rNotIdentified && $0.message.contains("β̂") })
    }
}
