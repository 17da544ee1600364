import Foundation
import Testing

@testable import RDFit

/// A small seeded version of `RDFitValidation --series`, so that a broken interval or test fails CI:
/// Gaussian series of 120 quarterly transitions with known r.
struct SeriesCoverageTests {
    static func outcomes(truth: SeriesParameters, count: Int, seed: UInt64) throws -> (covers: Int, rejects: Int) {
        var covers = 0, rejects = 0
        for d in 0..<count {
            let data = try SeriesSimulation.quarterlyData(
                transitions: 120, parameters: truth, noise: .gaussian, seed: seed &+ UInt64(d), swings: 0.3)
            let spec = try SeriesMLESpecification(holdOutShare: nil, waldNormalDraws: 0)
            let fit = try SeriesMLEEstimator(specification: spec).fit(to: data)
            if let lower = fit.returns.lower, let upper = fit.returns.upper, lower <= truth.returns,
                truth.returns <= upper
            {
                covers += 1
            }
            if (fit.tests.last?.pValue ?? 1) < 0.1 { rejects += 1 }
        }
        return (covers, rejects)
    }

    @Test("the 90% profile interval covers r = 0.8 in 70–100% of 30 series")
    func profileCoverage() throws {
        let truth = SeriesParameters(beta: 0.5, lambda: 0.4, theta: 0.05, sigma: 0.01)
        let (covers, _) = try Self.outcomes(truth: truth, count: 30, seed: 700)
        #expect((21...30).contains(covers), "covered \(covers) of 30")
    }

    @Test("at r = 1 the 10% likelihood-ratio test rejects in at most 30% of 30 series; at r = 2 in most")
    func sizeAndPower() throws {
        let null = SeriesParameters(beta: 0.5, lambda: 0.5, theta: 0.05, sigma: 0.01)
        let (_, falseRejections) = try Self.outcomes(truth: null, count: 30, seed: 900)
        #expect(falseRejections <= 9, "rejected \(falseRejections) of 30 at r = 1")
        let far = SeriesParameters(beta: 0.3, lambda: 0.6, theta: 0.05, sigma: 0.01)
        let (_, rejections) = try Self.outcomes(truth: far, count: 10, seed: 1100)
        #expect(rejections >= 6, "rejected \(rejections) of 10 at r = 2")
    }
}
