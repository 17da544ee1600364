import Foundation
import Testing

@testable import RDFit

/// The optimiser's fast stable density (`StableDensityInterpolant`) against the exact one, and the
/// pieces it is made of.
struct StableDensityInterpolantTests {
    /// Relative error of the interpolated density over the body, wherever the density exceeds 1e-12.
    @Test(arguments: [(1.12, -1.0), (1.37, 0.3), (1.7, 0.5), (1.83, -0.61), (1.93, -0.8), (1.99, 1.0), (1.5, 0.97)])
    func interpolatedDensityIsCloseToExact(alpha: Double, skewness: Double) throws {
        let law = try StableDistribution(alpha: alpha, skewness: skewness)
        let fast = StableDensityInterpolant(law, grid: StableDensityGrid())
        var worstCore = 0.0, worstBody = 0.0, worstTail = 0.0
        var y = -40.0
        while y <= 60 {
            let exact = law.logDensity(y)
            let error = abs(fast.logDensity(y) - exact)
            if exact > log(0.05) { worstCore = max(worstCore, error) }
            if exact > log(1e-3) { worstBody = max(worstBody, error) }
            if exact > log(1e-12) { worstTail = max(worstTail, error) }
            y += 0.173
        }
        let context = "alpha \(alpha), skewness \(skewness): errors \(worstCore), \(worstBody), \(worstTail)"
        print("interpolant \(context)")
        #expect(worstCore < 1e-2, "\(context)")
        #expect(worstBody < 0.1, "\(context)")
        #expect(worstTail < 0.3, "\(context)")
    }

    @Test func gaussianAndSmallAlphaUseTheExactDensity() throws {
        for (alpha, skewness) in [(2.0, 0.3), (1.05, 0.2)] {
            let law = try StableDistribution(alpha: alpha, skewness: skewness)
            let fast = StableDensityInterpolant(law, grid: StableDensityGrid())
            for y in [-3.0, 0.4, 7.5] { #expect(fast.logDensity(y) == law.logDensity(y)) }
        }
    }

    @Test func gridKeepsEachNodeOnce() throws {
        let grid = StableDensityGrid()
        let first = grid.density(alphaIndex: 3, skewnessIndex: 5, uIndex: 50)
        #expect(grid.computedNodes == 1)
        #expect(grid.density(alphaIndex: 3, skewnessIndex: 5, uIndex: 50) == first)
        #expect(grid.computedNodes == 1)
        // At a grid node (α = 1.25, b = −0.375) the interpolant reads one column only.
        let law = try StableDistribution(alpha: 1.25, skewness: -0.375)
        _ = StableDensityInterpolant(law, grid: grid).logDensity(0.3)
        #expect(grid.computedNodes == 1 + 4)
    }

    @Test func hermiteWeightsReproduceQuadraticsAndSumToOne() {
        for position in [0.0, 0.3, 1.0, 2.71, 7.5, 9.0] {
            let w = CubicHermiteWeights(position: position, count: 10)
            #expect(abs(w.weights.reduce(0, +) - 1) < 1e-12)
            let value = zip(w.indices, w.weights).reduce(0.0) { $0 + $1.1 * Double($1.0 * $1.0) }
            #expect(abs(value - position * position) < 1e-10, "at \(position)")
        }
    }

    @Test func interiorFormulaMatchesTheWeights() {
        let values = (0..<10).map { sin(0.7 * Double($0)) }
        for position in [1.0, 1.4, 3.99, 6.5] {
            let w = CubicHermiteWeights(position: position, count: 10)
            let byWeights = zip(w.indices, w.weights).reduce(0.0) { $0 + $1.1 * values[$1.0] }
            let k = Int(position)
            let direct = CubicHermiteWeights.interior(
                values[k - 1], values[k], values[k + 1], values[k + 2], at: position - Double(k))
            #expect(abs(byWeights - direct) < 1e-12)
        }
    }
}
