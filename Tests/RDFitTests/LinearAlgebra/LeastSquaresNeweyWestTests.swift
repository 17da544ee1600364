import Foundation
import Testing

@testable import RDFit

/// Newey–West (HAC) covariance of `LeastSquaresFit` on a tiny regression, y = b0 + b1·x, n = 8.
@Suite struct LeastSquaresNeweyWestTests {
    static let x: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
    static let y: [Double] = [1.2, 1.9, 3.4, 3.9, 5.3, 5.8, 7.4, 7.7]

    /// Reference values from statsmodels 0.15.0 with numpy 2.4.6 (scratch script, not shipped):
    /// `sm.OLS(y, X).fit(cov_type="HAC", cov_kwds={"maxlags": L, "use_correction": False})` — Bartlett
    /// weights 1 − l/(L+1), no small-sample correction, as documented for
    /// ``LeastSquaresFit/neweyWestCovariance(lag:)``; lag 1 also agrees with a direct numpy evaluation
    /// of (XᵀX)⁻¹ [Σ u_t u_tᵀ + ½ Σ (u_t u_(t−1)ᵀ + u_(t−1) u_tᵀ)] (XᵀX)⁻¹ to 15 digits.
    static let statsmodelsCovariance: [Int: [[Double]]] = [
        0: [[0.025464194606413897, -0.005266490524781324], [-0.005266490524781328, 0.00148495707806932]],
        1: [[0.008926065962099123, -0.0020291431304664716], [-0.002029143130466472, 0.0005302857750242957]],
        2: [[0.00673307779744553, -0.0013398714077467754], [-0.0013398714077467735, 0.00038797973838061316]],
    ]
    /// statsmodels' OLS coefficients for the same data.
    static let statsmodelsCoefficients = [0.20357142857142874, 0.9714285714285711]

    static func fit(_ driver: LeastSquares.Driver) throws -> LeastSquaresFit {
        try LeastSquares.fit(design: Matrix(rows: x.map { [1, $0] }), response: y, driver: driver)
    }

    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
        abs(a - b) <= tolerance * max(abs(a), abs(b))
    }

    @Test(arguments: LeastSquares.Driver.allCases)
    func lagZeroIsWhiteHC0ComputedByHand(driver: LeastSquares.Driver) throws {
        let fit = try Self.fit(driver)
        let e = fit.residuals, x = Self.x
        // (XᵀX)⁻¹ for X = [1, x] in closed form.
        let n = Double(x.count), sx = x.reduce(0, +), sxx = x.reduce(0) { $0 + $1 * $1 }
        let det = n * sxx - sx * sx
        let inverse = [[sxx / det, -sx / det], [-sx / det, n / det]]
        // Meat Σ e_t² x_t x_tᵀ with x_t = (1, x_t).
        var meat = [[0.0, 0.0], [0.0, 0.0]]
        for t in x.indices {
            let row = [1, x[t]]
            for i in 0..<2 { for j in 0..<2 { meat[i][j] += e[t] * e[t] * row[i] * row[j] } }
        }
        var hc0 = [[0.0, 0.0], [0.0, 0.0]]
        for i in 0..<2 {
            for j in 0..<2 {
                for k in 0..<2 {
                    for l in 0..<2 {
                        hc0[i][j] += inverse[i][k] * meat[k][l] * inverse[l][j]
                    }
                }
            }
        }

        let covariance = fit.neweyWestCovariance(lag: 0)
        for i in 0..<2 {
            for j in 0..<2 {
                #expect(Self.close(covariance[i, j], hc0[i][j]), "(\(i),\(j)): \(covariance[i, j]) vs \(hc0[i][j])")
                #expect(Self.close(covariance[i, j], Self.statsmodelsCovariance[0]![i][j]))
            }
        }
        #expect(Self.close(fit.coefficients[0], Self.statsmodelsCoefficients[0]))
        #expect(Self.close(fit.coefficients[1], Self.statsmodelsCoefficients[1]))
    }

    @Test(arguments: LeastSquares.Driver.allCases, [1, 2])
    func matchesStatsmodels(driver: LeastSquares.Driver, lag: Int) throws {
        let fit = try Self.fit(driver)
        let covariance = fit.neweyWestCovariance(lag: lag)
        let reference = Self.statsmodelsCovariance[lag]!
        for i in 0..<2 {
            for j in 0..<2 {
                #expect(
                    Self.close(covariance[i, j], reference[i][j]),
                    "lag \(lag) (\(i),\(j)): \(covariance[i, j]) vs \(reference[i][j])")
            }
        }
        let errors = fit.neweyWestStandardErrors(lag: lag)
        #expect(Self.close(errors[0], reference[0][0].squareRoot()))
        #expect(Self.close(errors[1], reference[1][1].squareRoot()))
    }

    @Test func lagOneByHand() throws {
        // Lag 1 by hand: meat = Σ_t u_t u_tᵀ + ½ Σ_(t≥1) (u_t u_(t−1)ᵀ + u_(t−1) u_tᵀ), u_t = e_t·(1, x_t).
        let fit = try Self.fit(.svd)
        let e = fit.residuals, x = Self.x
        let u = x.indices.map { [e[$0], e[$0] * x[$0]] }
        var meat = [[0.0, 0.0], [0.0, 0.0]]
        for t in u.indices {
            for i in 0..<2 { for j in 0..<2 { meat[i][j] += u[t][i] * u[t][j] } }
            if t >= 1 {
                for i in 0..<2 {
                    for j in 0..<2 { meat[i][j] += 0.5 * (u[t][i] * u[t - 1][j] + u[t - 1][i] * u[t][j]) }
                }
            }
        }
        let n = Double(x.count), sx = x.reduce(0, +), sxx = x.reduce(0) { $0 + $1 * $1 }
        let det = n * sxx - sx * sx
        let inverse = [[sxx / det, -sx / det], [-sx / det, n / det]]
        let covariance = fit.neweyWestCovariance(lag: 1)
        for i in 0..<2 {
            for j in 0..<2 {
                var expected = 0.0
                for k in 0..<2 { for l in 0..<2 { expected += inverse[i][k] * meat[k][l] * inverse[l][j] } }
                #expect(Self.close(covariance[i, j], expected))
            }
        }
    }

    @Test func negativeLagGivesNaN() throws {
        #expect(try Self.fit(.svd).neweyWestStandardErrors(lag: -1).allSatisfy { $0.isNaN })
    }

    /// A fit decoded from JSON still gives Newey–West errors: `init(from:)` rebuilds (XᵀX)⁻¹ from
    /// the encoded design.
    @Test func decodedFitKeepsNeweyWest() throws {
        let fit = try Self.fit(.svd)
        let decoded = try JSONDecoder().decode(LeastSquaresFit.self, from: try JSONEncoder().encode(fit))
        #expect(decoded.coefficients == fit.coefficients)
        #expect(decoded.neweyWestStandardErrors(lag: 1) == fit.neweyWestStandardErrors(lag: 1))
    }
}
