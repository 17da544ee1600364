import Foundation
import Testing

@testable import RDFit

/// The bundled chess file reads as a series and its full-series fit converges.
struct SeriesChessDataTests {
    @Test func chessFileGivesTransitions() throws {
        let data = try SeriesTestSupport.chess()
        #expect(data.transitionCount == 207)
        #expect(data.startDates.first.map { $0 > 2013.9 && $0 < 2014 } == true)
    }

    @Test func gaussianFitOnChessConverges() throws {
        let data = try SeriesTestSupport.chess()
        let spec = try SeriesMLESpecification(
            noise: .gaussian, profileInterval: false, holdOutShare: 0.8,
            waldNormalDraws: 0)
        let result = try SeriesMLEEstimator(specification: spec).fit(to: data)
        #expect(result.convergence.gradientNorm <= 100 * result.convergence.gradientTolerance)
        #expect(result.logLikelihood.isFinite)
        #expect(result.tests.count == 2)
        #expect(result.holdOut?.heldOutGain.isFinite == true)
    }
}
