import Foundation
import Testing

@testable import RDFit

/// Invariances of `LeastSquares.fit` that hold for any correct least-squares solver, checked with
/// both drivers on the NIST data sets of ``LeastSquaresCertifiedTests``.
@Suite struct LeastSquaresPropertyTests {
    /// Two solves of the same (permuted or rescaled) Longley problem agree to far more digits than
    /// this; see the certified tests for the achieved accuracy (≈ 11 digits).
    static let agreement = 1e-9

    static func relativeDifference(_ a: Double, _ b: Double) -> Double {
        a == b ? 0 : abs(a - b) / max(abs(a), abs(b))
    }

    @Test(arguments: LeastSquares.Driver.allCases)
    func permutingRowsLeavesTheFitUnchanged(driver: LeastSquares.Driver) throws {
        let design = LeastSquaresCertifiedTests.longleyDesign
        let response = LeastSquaresCertifiedTests.longleyResponse
        var generator = Xoshiro256StarStar(seed: 2024)
        var order = Array(0..<design.rows)
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, generator.nextInt(below: i + 1)) }
        #expect(order != Array(0..<design.rows))

        let fit = try LeastSquares.fit(design: design, response: response, driver: driver)
        let permuted = try LeastSquares.fit(
            design: design.selectingRows(order), response: order.map { response[$0] }, driver: driver)
        for j in fit.coefficients.indices {
            #expect(Self.relativeDifference(fit.coefficients[j], permuted.coefficients[j]) < Self.agreement)
            #expect(Self.relativeDifference(fit.standardErrors[j], permuted.standardErrors[j]) < Self.agreement)
        }
        #expect(Self.relativeDifference(fit.residualStandardError, permuted.residualStandardError) < Self.agreement)
        #expect(Self.relativeDifference(fit.rSquared, permuted.rSquared) < Self.agreement)
        for (k, i) in order.enumerated() {
            #expect(abs(permuted.residuals[k] - fit.residuals[i]) < Self.agreement * fit.residualStandardError * 100)
        }
    }

    @Test(arguments: LeastSquares.Driver.allCases)
    func duplicatedColumnIsRankDeficient(driver: LeastSquares.Driver) throws {
        let data = LeastSquaresCertifiedTests.norrisData
        let response = data.map(\.y)
        let full = try LeastSquares.fit(
            design: Matrix(rows: data.map { [1, $0.x] }), response: response, driver: driver)
        let duplicated = try LeastSquares.fit(
            design: Matrix(rows: data.map { [1, $0.x, $0.x] }), response: response, driver: driver)

        #expect(duplicated.rank == 2)
        #expect(!duplicated.isFullRank)
        #expect(duplicated.diagnostics.contains { $0.code == .rankDeficient })
        #expect(duplicated.standardErrors.allSatisfy { $0.isNaN })
        #expect(duplicated.neweyWestStandardErrors(lag: 1).allSatisfy { $0.isNaN })
        // No huge coefficients (plain dgels would give about ±1e14 here): the minimum-norm solution
        // splits the slope equally between the two identical columns.
        let largest = full.coefficients.map(abs).max()!
        #expect(duplicated.coefficients.allSatisfy { abs($0) <= 2 * largest })
        #expect(Self.relativeDifference(duplicated.coefficients[0], full.coefficients[0]) < 1e-9)
        #expect(Self.relativeDifference(duplicated.coefficients[1], full.coefficients[1] / 2) < 1e-9)
        #expect(Self.relativeDifference(duplicated.coefficients[2], full.coefficients[1] / 2) < 1e-9)
        #expect(Self.relativeDifference(duplicated.residualSumOfSquares, full.residualSumOfSquares) < 1e-9)
    }

    @Test(arguments: LeastSquares.Driver.allCases)
    func scalingAColumnScalesItsCoefficientInversely(driver: LeastSquares.Driver) throws {
        let design = LeastSquaresCertifiedTests.longleyDesign
        let response = LeastSquaresCertifiedTests.longleyResponse
        let column = 2, factor = 1e-3  // GNP in thousands instead of units
        var scaled = design
        for i in 0..<design.rows { scaled[i, column] = design[i, column] * factor }

        let fit = try LeastSquares.fit(design: design, response: response, driver: driver)
        let rescaled = try LeastSquares.fit(design: scaled, response: response, driver: driver)
        for j in fit.coefficients.indices {
            let expected = j == column ? fit.coefficients[j] / factor : fit.coefficients[j]
            let expectedError = j == column ? fit.standardErrors[j] / factor : fit.standardErrors[j]
            #expect(Self.relativeDifference(rescaled.coefficients[j], expected) < Self.agreement)
            #expect(Self.relativeDifference(rescaled.standardErrors[j], expectedError) < Self.agreement)
        }
        #expect(Self.relativeDifference(rescaled.rSquared, fit.rSquared) < Self.agreement)
        // Column equilibration makes the condition number independent of units.
        #expect(Self.relativeDifference(rescaled.conditionNumber, fit.conditionNumber) < 1e-6)
    }
}
