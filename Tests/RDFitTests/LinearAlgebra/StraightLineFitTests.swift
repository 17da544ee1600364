import Foundation
import Testing

@testable import RDFit

/// The closed-form line that the least-squares growth rate uses instead of LAPACK.
@Suite("StraightLineFit")
struct StraightLineFitTests {
    @Test("slope, intercept, standard error and R² agree with the LAPACK fit of the same design")
    func matchesLAPACK() throws {
        let cases: [([Double], [Double])] = [
            ([0, 1, 2, 3], [1, 3, 5, 7.5]),
            ((0..<22).map { Double($0) - 10.5 }, (0..<22).map { 2 + 0.31 * Double($0) + sin(Double($0) * 1.7) }),
            ([1990, 1993.5, 2001, 2007.25, 2020], [4.1, 4.9, 6.2, 7.0, 9.8]),
            ([1e-6, 2e-6, 4e-6], [3, 1, 2]),
        ]
        for (x, y) in cases {
            let line = try #require(StraightLineFit(x: x, y: y))
            let design = Matrix(columns: [Array(repeating: 1, count: x.count), x])
            let reference = try LeastSquares.fit(design: design, response: y)
            let slopeScale = max(abs(reference.coefficients[1]), reference.standardErrors[1])
            #expect(abs(line.slope - reference.coefficients[1]) <= 1e-12 * slopeScale)
            #expect(abs(line.intercept - reference.coefficients[0]) <= 1e-12 * max(1, abs(reference.coefficients[0])))
            #expect(abs(line.slopeStandardError - reference.standardErrors[1]) <= 1e-10 * reference.standardErrors[1])
            #expect(abs(line.rSquared - reference.rSquared) <= 1e-12)
        }
    }

    @Test("a constant regressor or fewer than two points has no line")
    func rankDeficient() {
        #expect(StraightLineFit(x: [2001, 2001, 2001], y: [1, 2, 3]) == nil)
        #expect(StraightLineFit(x: [0, 0, 0], y: [1, 2, 3]) == nil)
        #expect(StraightLineFit(x: [5], y: [1]) == nil)
        #expect(StraightLineFit(x: [2001, 2001 + 1e-9, 2001], y: [1, 2, 3]) == nil)
    }

    @Test("an exact line has R² of 1 and zero standard error; a constant response has NaN R²")
    func exactAndConstant() throws {
        let exact = try #require(StraightLineFit(x: [0, 1, 2, 3], y: [1, 3, 5, 7]))
        #expect(exact.slope == 2 && exact.intercept == 1)
        #expect(exact.slopeStandardError == 0 && exact.rSquared == 1)
        let flat = try #require(StraightLineFit(x: [0, 1, 2], y: [4, 4, 4]))
        #expect(flat.slope == 0 && flat.rSquared.isNaN)
    }
}
