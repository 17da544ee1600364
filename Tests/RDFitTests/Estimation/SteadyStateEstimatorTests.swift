import Foundation
import RDFitTestSupport
import Testing

@testable import RDFit

/// Computer-vision unique authors, t = 0..9 (shared with the other suites).
let computerVisionAuthors = ComputerVisionData.authors

@Suite("Steady-state estimator")
struct SteadyStateEstimatorTests {
    func spec(
        method: GrowthMethod, output: OutputGrowth, weights: [String: InputWeight] = [:], inputs: [TimeSeries]? = nil,
        scheme: ResamplingScheme = .pairs, replicates: Int = 400, seed: UInt64 = 7, threads: Int = 1,
        intervalMethod: IntervalMethod = .percentile
    ) throws -> SteadyStateSpecification {
        let years = (0..<10).map(Double.init)
        let series = inputs ?? [TimeSeries(name: "unique_authors", years: years, values: computerVisionAuthors)]
        return try SteadyStateSpecification(
            inputs: series, weights: weights, output: output, growthMethod: method,
            intervalMethod: intervalMethod,
            bootstrap: BootstrapSpecification(scheme: scheme, replicates: replicates, seed: seed, threads: threads))
    }

    @Test("endpoint r on computer vision equals the closed form ln(2^(120/9))/10 ÷ (ln(34543/111)/9)")
    func computerVisionClosedForm() throws {
        let result = try SteadyStateEstimator.estimate(
            spec(method: .endpoints, output: .growthFactor(factor: pow(2, 120.0 / 9), years: 10, interval: nil)))
        let closedForm = (log(pow(2, 120.0 / 9)) / 10) / (log(34543.0 / 111) / 9)
        #expect(abs(result.r.estimate - closedForm) <= 1e-14 * closedForm)
        #expect(result.method == .steadyState)
        #expect(result.r.lower < result.r.estimate && result.r.estimate < result.r.upper)
    }

    @Test("least-squares growth equals the hand-computed slope of ln y on t")
    func leastSquaresGrowthMatchesHand() throws {
        let years = (0..<10).map(Double.init)
        let y = computerVisionAuthors.map { log($0) }
        let tBar = years.reduce(0, +) / 10, yBar = y.reduce(0, +) / 10
        let hand =
            zip(years, y).reduce(0) { $0 + ($1.0 - tBar) * ($1.1 - yBar) }
            / years.reduce(0) { $0 + ($1 - tBar) * ($1 - tBar) }
        let fit = try GrowthFit.fit(years: years, values: computerVisionAuthors, method: .leastSquares)
        #expect(abs(fit.rate - hand) < 1e-12)
        let endpoint = try GrowthFit.fit(years: years, values: computerVisionAuthors, method: .endpoints)
        #expect(abs(endpoint.rate - log(34543.0 / 111) / 9) < 1e-15)
    }

    @Test("Proxy 2 arithmetic: 1.1 / (0.67·1.3 + 0.33·0.85) ≈ 0.955")
    func proxyTwoArithmetic() throws {
        let years = [0.0, 1, 2, 3]
        let compute = TimeSeries(name: "compute", years: years, values: years.map { exp(1.3 * $0) })
        let staff = TimeSeries(name: "staff", years: years, values: years.map { exp(0.85 * $0) })
        let result = try SteadyStateEstimator.estimate(
            spec(
                method: .endpoints, output: .growthMultiple(perYear: exp(1.1), interval: nil),
                weights: ["compute": .fixed(0.67)], inputs: [compute, staff]))
        #expect(abs(result.r.estimate - 1.1 / (0.67 * 1.3 + 0.33 * 0.85)) < 1e-12)
        #expect(abs(result.inputs[1].weight - 0.33) < 1e-12)
    }

    @Test("same seed gives identical replicates whatever the thread count")
    func determinismAcrossThreads() throws {
        let output = OutputGrowth.doublingTime(
            months: 9, interval: try QuantityInterval(lower: 4, upper: 25, level: 0.95))
        let one = try SteadyStateEstimator.estimate(spec(method: .leastSquares, output: output, threads: 1))
        let two = try SteadyStateEstimator.estimate(spec(method: .leastSquares, output: output, threads: 2))
        let three = try SteadyStateEstimator.estimate(spec(method: .leastSquares, output: output, threads: 3))
        #expect(one.replicates!.values == two.replicates!.values)
        #expect(one.replicates!.values == three.replicates!.values)
        let other = try SteadyStateEstimator.estimate(spec(method: .leastSquares, output: output, seed: 8))
        #expect(other.replicates!.values != one.replicates!.values)
    }

    @Test("every interval method works from one replicate set", arguments: IntervalMethod.allCases)
    func intervalMethods(method: IntervalMethod) throws {
        let output = OutputGrowth.doublingTime(
            months: 9, interval: try QuantityInterval(lower: 4, upper: 25, level: 0.95))
        let result = try SteadyStateEstimator.estimate(spec(method: .leastSquares, output: output))
        let interval = result.replicates!.confidenceInterval(method, level: 0.9)
        #expect(interval.lower.isFinite && interval.upper.isFinite)
        #expect(interval.lower < interval.upper)
        #expect(interval.lower < result.r.estimate * 1.5 && interval.upper > result.r.estimate / 1.5)
    }

    @Test("a shrinking input makes r undefined with a data error")
    func shrinkingInput() throws {
        let years = [0.0, 1, 2, 3, 4]
        let series = TimeSeries(name: "papers", years: years, values: [50, 40, 30, 20, 10])
        #expect(throws: DataError.self) {
            try SteadyStateEstimator.estimate(
                spec(method: .leastSquares, output: .doublingTime(months: 9, interval: nil), inputs: [series]))
        }
    }

    @Test("weights that do not sum to 1 are a specification error")
    func weightsMustSumToOne() throws {
        let years = [0.0, 1, 2, 3]
        let a = TimeSeries(name: "a", years: years, values: [1, 2, 4, 8])
        let b = TimeSeries(name: "b", years: years, values: [1, 3, 9, 27])
        #expect(throws: SpecificationError.self) {
            try spec(
                method: .endpoints, output: .doublingTime(months: 9, interval: nil),
                weights: ["a": .fixed(0.5), "b": .fixed(0.6)], inputs: [a, b])
        }
    }
}
