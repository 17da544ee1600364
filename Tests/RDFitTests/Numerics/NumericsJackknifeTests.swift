import Foundation
import Testing

@testable import RDFit

/// The O(n) jackknife (leave-one-out identity for regressions, downdated sums for growth rates)
/// against the definition: refitting without each observation.
@Suite("Numerics: jackknife by downdating equals refitting")
struct NumericsJackknifeTests {
    static let tolerance = 1e-10

    @Test("regression statistic: β̂ − (XᵀX)⁻¹xᵢeᵢ/(1 − hᵢᵢ) equals the refit without row i")
    func regressionLeaveOneOut() throws {
        var g = Xoshiro256StarStar(seed: 12)
        let n = 25
        let x1 = (0..<n).map { _ in g.nextStandardNormal() }, x2 = (0..<n).map { _ in 3 + 2 * g.nextStandardNormal() }
        let y = (0..<n).map { 1 + 0.5 * x1[$0] - 0.25 * x2[$0] + 0.3 * g.nextStandardNormal() }
        let design = Matrix(columns: [[Double](repeating: 1, count: n), x1, x2])
        let statistic = try RegressionStatistic(design: design, response: y, scheme: .pairs) { $0[1] / $0[2] }
        var workspace = statistic.makeWorkspace()
        for omitted in 0..<n {
            let kept = (0..<n).filter { $0 != omitted }
            let refit = try LeastSquares.fit(design: design.selectingRows(kept), response: kept.map { y[$0] })
            let expected = refit.coefficients[1] / refit.coefficients[2]
            let value = try #require(statistic.leavingOut(omitted, workspace: &workspace))
            #expect(abs(value - expected) <= Self.tolerance * abs(expected), "row \(omitted)")
        }
    }

    @Test("a row that alone fixes a coefficient (leverage 1) gives an undefined leave-one-out value")
    func fullLeverage() throws {
        // x2 is non-zero only in row 0: without that row the design loses rank.
        let design = Matrix(columns: [[1, 1, 1, 1, 1, 1], [0, 1, 2, 3, 4, 5], [1, 0, 0, 0, 0, 0]])
        let statistic = try RegressionStatistic(design: design, response: [1, 2, 2.9, 4.2, 5.1, 5.8], scheme: .pairs) {
            $0[1]
        }
        var workspace = statistic.makeWorkspace()
        #expect(statistic.leavingOut(0, workspace: &workspace) == nil)
        #expect(statistic.leavingOut(3, workspace: &workspace) != nil)
    }

    @Test(
        "steady-state statistic: downdated growth rates equal refits without each year or increment",
        arguments: GrowthMethod.allCases)
    func steadyStateLeaveOneOut(method: GrowthMethod) throws {
        var g = Xoshiro256StarStar(seed: 3)
        let years: [Double] = [0, 1, 2, 4, 5, 7, 8, 9, 12, 13]
        let input = years.map { 1 + 0.3 * $0 + 0.1 * g.nextStandardNormal() }
        let output = years.map { 0.2 * $0 + 0.1 * g.nextStandardNormal() }
        let weights = try CobbDouglasWeights(names: ["input"], given: [:])
        let statistic = SteadyStateStatistic(
            years: years, logs: [input, output], hasOutputSeries: true, output: .series(name: "quality"),
            weights: weights, method: method, scheme: .pairs)
        var workspace = statistic.makeWorkspace()
        for omitted in 0..<statistic.observationCount {
            let expected: Double
            switch method {
            case .leastSquares:
                let kept = years.indices.filter { $0 != omitted }
                let t = kept.map { years[$0] }
                let slope = { (v: [Double]) -> Double in
                    try! LeastSquares.fit(design: Matrix(columns: [t.map { _ in 1 }, t]), response: kept.map { v[$0] })
                        .coefficients[1]
                }
                expected = slope(output) / slope(input)
            case .endpoints:
                let increments = (1..<years.count).filter { $0 - 1 != omitted }
                let span = increments.reduce(0) { $0 + years[$1] - years[$1 - 1] }
                let rate = { (v: [Double]) -> Double in increments.reduce(0) { $0 + v[$1] - v[$1 - 1] } / span }
                expected = rate(output) / rate(input)
            }
            let value = try #require(statistic.leavingOut(omitted, workspace: &workspace))
            #expect(abs(value - expected) <= Self.tolerance * abs(expected), "unit \(omitted)")
        }
    }
}
