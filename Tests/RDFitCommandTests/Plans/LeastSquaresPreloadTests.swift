import Testing

@testable import RDFit
@testable import RDFitCommand

/// The start-up hint that loads LAPACK while the command line is parsed.
@Suite("LeastSquaresPreload")
struct LeastSquaresPreloadTests {
    @Test("the Jones regression, in either spelling, starts the load")
    func selects() {
        #expect(LeastSquaresPreload.isLikely(["estimate", "data.csv", "--method", "jones-ols"]))
        #expect(LeastSquaresPreload.isLikely(["estimate", "data.csv", "--method=jones-ols"]))
        #expect(LeastSquaresPreload.isLikely(["sensitivity", "data.csv", "--method", "jones-ols"]))
    }

    @Test("a growth-rate fit (a closed-form line), help, version and other subcommands do not")
    func skips() {
        #expect(!LeastSquaresPreload.isLikely(["estimate", "data.csv", "--growth", "endpoints"]))
        #expect(!LeastSquaresPreload.isLikely(["estimate", "data.csv", "--growth", "least-squares"]))
        #expect(!LeastSquaresPreload.isLikely(["estimate", "data.csv", "--method", "jones-ols", "--help"]))
        #expect(!LeastSquaresPreload.isLikely(["--version"]))
        #expect(!LeastSquaresPreload.isLikely(["reproduce", "least-squares"]))
        #expect(!LeastSquaresPreload.isLikely([]))
    }

    @Test("a fit after a background load gives the same answer as one that loads the library itself")
    func sameFit() throws {
        LeastSquares.prepare()
        let design = Matrix(rows: [[1, 0], [1, 1], [1, 2], [1, 3]])
        let fit = try LeastSquares.fit(design: design, response: [1, 3, 5, 7.5])
        #expect(abs(fit.coefficients[1] - 2.15) < 1e-12)
        #expect(abs(fit.coefficients[0] - 0.9) < 1e-12)
    }
}
