import CRDFitLAPACK
import Foundation
import Testing

@testable import RDFit

@Suite("Growth-slope kernel")
struct GrowthSlopeKernelTests {
    /// The general Householder kernel's slopes for the same problem: the reference the
    /// specialisation must match to the bit.
    static func generalSlopes(years: [Double], responses: [[Double]]) -> [Double]? {
        let m = years.count
        var general = SmallLeastSquaresKernel(rows: m, columns: 2, responses: responses.count)
        for k in 0..<m {
            general.a[k] = 1
            general.a[k + m] = years[k]
        }
        for (s, y) in responses.enumerated() {
            for k in 0..<m { general.b[k + s * m] = y[k] }
        }
        guard general.solve() else { return nil }
        return responses.indices.map { general.solution[1 + 2 * $0] }
    }

    static func specialisedSlopes(years: [Double], responses: [[Double]]) -> [Double]? {
        let m = years.count
        let kernel = GrowthSlopeKernel(rows: m, responses: responses.count)
        for k in 0..<m { kernel.regressor[k] = years[k] }
        for (s, y) in responses.enumerated() {
            for k in 0..<m { kernel.response[k + s * m] = y[k] }
        }
        guard kernel.solve() else { return nil }
        return responses.indices.map { kernel.slopes[$0] }
    }

    @Test("slopes equal the general Householder kernel's to the bit", arguments: [2, 3, 5, 8, 13, 22, 40])
    func matchesGeneralKernel(rows: Int) {
        var generator = Xoshiro256StarStar(seed: UInt64(rows))
        for _ in 0..<200 {
            // Resampled centred years (ties included) and one to three log series.
            let years = (0..<rows).map { _ in Double(generator.nextInt(below: rows)) - Double(rows - 1) / 2 }
            let responses = (0..<(1 + generator.nextInt(below: 3))).map { _ in
                years.map { 5 + 0.07 * $0 + 0.3 * generator.nextStandardNormal() }
            }
            let general = Self.generalSlopes(years: years, responses: responses)
            let specialised = Self.specialisedSlopes(years: years, responses: responses)
            #expect(general?.map(\.bitPattern) == specialised?.map(\.bitPattern))
        }
    }

    @Test("a constant regressor or a single row is reported as rank-deficient, as the general kernel does")
    func rankDeficient() {
        #expect(Self.specialisedSlopes(years: [3, 3, 3, 3], responses: [[1, 2, 3, 4]]) == nil)
        #expect(Self.generalSlopes(years: [3, 3, 3, 3], responses: [[1, 2, 3, 4]]) == nil)
        #expect(Self.specialisedSlopes(years: [1], responses: [[1]]) == nil)
        let slope = Self.specialisedSlopes(years: [0, 1, 2], responses: [[1, 3, 5]])?.first ?? .nan
        #expect(abs(slope - 2) < 1e-12)
    }

    @Test("LAPACK is loaded on first use, with OpenBLAS held to one thread")
    func lapackLoadsOnFirstUse() throws {
        let fit = try LeastSquares.fit(
            design: Matrix(columns: [[1, 1, 1, 1], [0, 1, 2, 3]]), response: [1, 3, 5, 7.5])
        #expect(abs(fit.coefficients[1] - 2.15) < 1e-12)
        #expect(crdfit_lapack_load() == 1)
        #expect(String(cString: crdfit_lapack_status()).hasPrefix("liblapack"))
        #expect(getenv("OPENBLAS_NUM_THREADS") != nil)
    }
}
