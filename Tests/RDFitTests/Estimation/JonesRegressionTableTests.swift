import Foundation
import Testing

@testable import RDFit

/// The Jones regression table (issue 9, point 4), checked against Python statsmodels 0.15.0:
///
///     t = np.arange(30.0); A = np.exp(0.3*t + 0.2*np.sin(t)); E = np.exp(0.25*t + 0.15*np.cos(0.7*t))
///     rows i = 0…29−k: y = ln((ln A[i+k] − ln A[i])/k), X = [1, ln A[i], ln mean(E[i:i+k+1])]
///     (E[i:i+k] for the k-observation mean)
///     sm.OLS(y, X).fit(cov_type='HAC', cov_kwds={'maxlags': L, 'use_correction': C})
///     statsmodels.stats.stattools.durbin_watson(resid)
///
/// with the values printed by `repr` below (k = 5).
@Suite("Jones regression table against statsmodels")
struct JonesRegressionTableTests {
    struct Reference {
        let windowMean: JonesWindowMean
        let lag: Int
        let correction: Bool
        let params: [Double]
        let bse: [Double]
        let t: [Double]
        let rSquared: Double
        let durbinWatson: Double
    }

    static let references = [
        Reference(
            windowMean: .windowPlusOne, lag: 4, correction: false,
            params: [-1.5597520409450025, -0.39169455216367044, 0.4733952275739716],
            bse: [0.06694608791479005, 0.07841633457218732, 0.09187102362303423],
            t: [-23.298628635780442, -4.995063264568816, 5.152824132192213],
            rSquared: 0.3410770413738935, durbinWatson: 0.8996526283826657),
        Reference(
            windowMean: .windowPlusOne, lag: 1, correction: true,
            params: [-1.5597520409450025, -0.39169455216367044, 0.4733952275739716],
            bse: [0.07995473207432996, 0.08832500237029732, 0.10208534010450172],
            t: [-19.507939061004897, -4.434696197589832, 4.637249844976478],
            rSquared: 0.3410770413738935, durbinWatson: 0.8996526283826657),
        Reference(
            windowMean: .window, lag: 4, correction: false,
            params: [-1.4584940041808852, -0.34598186064583214, 0.4196228294789176],
            bse: [0.058858558961983685, 0.08270147271338166, 0.09654022950364584],
            t: [-24.7796417360968, -4.183503017472263, 4.34661106190006],
            rSquared: 0.2964872943598258, durbinWatson: 0.8917263032354836),
    ]

    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test("coefficients, HAC errors, t, R² and Durbin–Watson match statsmodels", arguments: references.indices)
    func matchesStatsmodels(index: Int) throws {
        let reference = Self.references[index]
        let years = (0..<30).map(Double.init)
        let a = years.map { exp(0.3 * $0 + 0.2 * sin($0)) }
        let e = years.map { exp(0.25 * $0 + 0.15 * cos(0.7 * $0)) }
        let spec = try JonesSpecification(
            inputs: [TimeSeries(name: "E", years: years, values: e)],
            output: TimeSeries(name: "A", years: years, values: a), window: 5, neweyWestLag: reference.lag,
            hacSmallSampleCorrection: reference.correction, windowMean: reference.windowMean,
            bootstrap: BootstrapSpecification(scheme: .movingBlock(length: 5), replicates: 50, seed: 1))
        let result = try JonesRegression.estimate(spec)
        let table = try #require(result.regression)
        #expect(table.windows == 25)
        #expect(table.kernel == .bartlett && table.lag == reference.lag)
        #expect(table.smallSampleCorrection == reference.correction && table.windowMean == reference.windowMean)
        for j in 0..<3 {
            let c = table.coefficients[j]
            #expect(Self.close(c.estimate, reference.params[j]), "coefficient \(j): \(c.estimate)")
            #expect(Self.close(c.standardError, reference.bse[j]), "s.e. \(j): \(c.standardError)")
            #expect(Self.close(c.tStatistic, reference.t[j]), "t \(j): \(c.tStatistic)")
        }
        #expect(Self.close(table.rSquared, reference.rSquared))
        #expect(Self.close(table.durbinWatson, reference.durbinWatson))
        // λ and β in the summary carry the same HAC errors.
        #expect(Self.close(result.beta!.standardError!, reference.bse[1]))
        #expect(Self.close(result.lambda!.standardError!, reference.bse[2]))
    }

    @Test("the default is lag k − 1, no correction, mean over k + 1 observations")
    func defaults() throws {
        let years = (0..<30).map(Double.init)
        let spec = try JonesSpecification(
            inputs: [TimeSeries(name: "E", years: years, values: years.map { exp(0.25 * $0 + 0.15 * cos(0.7 * $0)) })],
            output: TimeSeries(name: "A", years: years, values: years.map { exp(0.3 * $0 + 0.2 * sin($0)) }),
            window: 5, bootstrap: BootstrapSpecification(scheme: .movingBlock(length: 5), replicates: 50, seed: 1))
        let table = try #require(try JonesRegression.estimate(spec).regression)
        #expect(table.lag == 4 && !table.smallSampleCorrection && table.windowMean == .windowPlusOne)
        #expect(Self.close(table.coefficients[1].standardError, Self.references[0].bse[1]))
    }

    @Test("the small-sample correction scales the HAC covariance by n/(n − p)")
    func correctionScales() throws {
        let design = Matrix(columns: [
            [1, 1, 1, 1, 1, 1, 1, 1], [0, 1, 2, 3, 4, 5, 6, 7], [1, 0, 2, 1, 3, 2, 5, 3],
        ])
        let fit = try LeastSquares.fit(design: design, response: [1, 2.5, 2, 4.5, 4, 6.5, 5, 8.5])
        let plain = fit.neweyWestCovariance(lag: 2),
            corrected = fit.neweyWestCovariance(
                lag: 2, smallSampleCorrection: true)
        for i in 0..<3 { for j in 0..<3 { #expect(Self.close(corrected[i, j], plain[i, j] * 8 / 5, 1e-12)) } }
    }
}
