#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A process-wide table of the stable density (``StableDistribution``) on a grid of (α, b, x),
/// from which `StableDensityInterpolant` builds a fast approximation for any (α, b) with
/// α ≥ 1.1. Used by the full-series likelihood while it optimises; every reported log-likelihood
/// is recomputed with the exact density.
///
/// Grid: α = 1.1, 1.15, …, 2 (19 nodes); b = −1, −0.875, …, 1 (17 nodes); and in the S0 variable
/// x = y − b·tan(πα/2) (y the S1 variable; the mode of the S0 law moves little with b and α, so
/// the density is smooth in (α, b) at fixed x), the nodes x = sinh(u) for u = −10, −9.8, …, 10
/// (101 nodes, |x| up to about 11,000). A node is computed the first time an interpolant needs it
/// and then kept. Node values depend on nothing but their place in the grid, so results do not
/// depend on the order or the thread that computed them.
package final class StableDensityGrid: @unchecked Sendable {
    static let shared = StableDensityGrid()

    static let alphaStart = 1.1, alphaStep = 0.05, alphaCount = 19
    static let skewnessStart = -1.0, skewnessStep = 0.125, skewnessCount = 17
    static let uStart = -10.0, uStep = 0.2, uCount = 101
    /// The quadrature's stopping rule for the nodes (density to about 1e-6 relative, far inside
    /// the interpolation's own error).
    static let levelAgreement = 1e-3

    private let lock = WorkerLock()
    /// Densities by (α index, b index, u index); NaN where not computed yet.
    private var nodes = [Double](repeating: .nan, count: alphaCount * skewnessCount * uCount)
    private var computed = 0
    /// The law at each (α, b) node, by α index · skewnessCount + b index.
    private let laws: [StableDistribution] = (0..<alphaCount).flatMap { i in
        (0..<skewnessCount).map { j in
            // The nodes lie within the law's range by construction.
            try! StableDistribution(
                alpha: min(alphaStart + alphaStep * Double(i), 2),
                skewness: min(max(skewnessStart + skewnessStep * Double(j), -1), 1))
        }
    }

    /// The density at α node `i`, skewness node `j`, u node `k`.
    func density(alphaIndex i: Int, skewnessIndex j: Int, uIndex k: Int) -> Double {
        combination([(i, j, 1)], uIndex: k)
    }

    /// Σ w·density over the (α node, b node, weight) triples at u node `k`, computing the nodes not
    /// known yet (outside the lock; two threads may compute the same node, to the same value).
    func combination(_ stencil: [(Int, Int, Double)], uIndex k: Int) -> Double {
        var total = 0.0
        var missing: [(index: Int, column: Int, weight: Double)] = []
        lock.withLock {
            for (i, j, w) in stencil {
                let column = i * Self.skewnessCount + j
                let value = nodes[column * Self.uCount + k]
                if value.isNaN {
                    missing.append((column * Self.uCount + k, column, w))
                } else {
                    total += w * value
                }
            }
        }
        guard !missing.isEmpty else { return total }
        let u = Self.uStart + Self.uStep * Double(k)
        let values = missing.map { node -> Double in
            let law = laws[node.column]
            let x = sinh(u) - Self.shift(alpha: law.alpha, skewness: law.skewness)
            return exp(law.logDensity(x, levelAgreement: Self.levelAgreement))
        }
        lock.withLock {
            for (node, value) in zip(missing, values) {
                if nodes[node.index].isNaN { computed += 1 }
                nodes[node.index] = value
            }
        }
        // Summed in the stencil's order, as when every node is known, so the value does not depend
        // on which nodes were computed now.
        total = 0
        lock.withLock {
            for (i, j, w) in stencil { total += w * nodes[(i * Self.skewnessCount + j) * Self.uCount + k] }
        }
        return total
    }

    /// ζ with x = y + ζ: the S0 variable from the S1 one, ζ = −b·tan(πα/2).
    static func shift(alpha: Double, skewness: Double) -> Double {
        alpha == 2 ? 0 : -skewness * tan(Double.pi * alpha / 2)
    }

    /// How many nodes have been computed (for tests and benchmarks).
    var computedNodes: Int { lock.withLock { computed } }

    /// How many nodes the shared grid holds (benchmarks report it).
    package static var sharedComputedNodes: Int { shared.computedNodes }
}

/// A fast approximation of the standard stable log-density for one (α, b): C¹ piecewise-cubic
/// Hermite interpolation (`CubicHermiteWeights`) of the density across the (α, b) nodes of
/// `StableDensityGrid` (the density, not its logarithm, is smooth in α up to α = 2 in the power
/// tails), then of the log-density across its u nodes, u = asinh(x). It returns the exact
/// log-density for α < 1.1, at α = 2, beyond the grid's x range (|x| ≳ 9,000) and where the
/// interpolated density at a node used is not above 1e-280 (deep in a light tail). Accuracy of the
/// log-density, measured in `StableDensityInterpolantTests`: about 1e-3 in the core (6e-3 at α = 1.12,
/// b = −1), up to about
/// 0.1 where the density is below 1e-3 on a light side (coarse u nodes there): good enough to
/// locate a maximum, which is why reported likelihoods are exact.
///
/// Combined nodes are computed on first use and kept by the instance: make one per (α, b) and
/// evaluate it at every point (it is not thread-safe; the grid behind it is).
final class StableDensityInterpolant {
    let exact: StableDistribution
    private let shift: Double
    private let grid: StableDensityGrid
    /// The (α node, b node, weight) triples; empty when the exact density is used throughout.
    private let stencil: [(Int, Int, Double)]
    /// Interpolated log-density by u node: NaN = not computed yet, −∞ = not usable.
    private var logNodes: [Double]
    /// The stencils of ∂/∂α and ∂/∂b of the combined density (derivative weights in one factor).
    private let alphaSlopeStencil: [(Int, Int, Double)]
    private let skewnessSlopeStencil: [(Int, Int, Double)]
    /// ∂log-node/∂α and ∂log-node/∂b by u node: NaN = not computed yet.
    private var logNodeSlopes: [SIMD2<Double>]
    /// ∂ζ/∂α and ∂ζ/∂b of the shift ζ = −b·tan(πα/2).
    private let shiftSlopes: SIMD2<Double>

    init(_ law: StableDistribution, grid: StableDensityGrid = .shared) {
        exact = law
        self.grid = grid
        shift = StableDensityGrid.shift(alpha: law.alpha, skewness: law.skewness)
        logNodes = [Double](repeating: .nan, count: StableDensityGrid.uCount)
        logNodeSlopes = [SIMD2<Double>](repeating: SIMD2(.nan, .nan), count: StableDensityGrid.uCount)
        let angle = Double.pi * law.alpha / 2
        shiftSlopes = SIMD2(-law.skewness * (Double.pi / 2) / (cos(angle) * cos(angle)), -tan(angle))
        guard law.alpha >= StableDensityGrid.alphaStart, !law.isGaussian else {
            stencil = []
            alphaSlopeStencil = []
            skewnessSlopeStencil = []
            return
        }
        let G = StableDensityGrid.self
        let alphaPosition = (law.alpha - G.alphaStart) / G.alphaStep
        let skewnessPosition = (law.skewness - G.skewnessStart) / G.skewnessStep
        let a = CubicHermiteWeights(position: alphaPosition, count: G.alphaCount)
        let b = CubicHermiteWeights(position: skewnessPosition, count: G.skewnessCount)
        func product(_ a: CubicHermiteWeights, _ b: CubicHermiteWeights, _ factor: Double) -> [(Int, Int, Double)] {
            var stencil: [(Int, Int, Double)] = []
            for (i, wa) in zip(a.indices, a.weights) {
                for (j, wb) in zip(b.indices, b.weights) { stencil.append((i, j, wa * wb * factor)) }
            }
            return stencil
        }
        stencil = product(a, b, 1)
        alphaSlopeStencil = product(
            CubicHermiteWeights(position: alphaPosition, count: G.alphaCount, derivative: true), b, 1 / G.alphaStep)
        skewnessSlopeStencil = product(
            a, CubicHermiteWeights(position: skewnessPosition, count: G.skewnessCount, derivative: true),
            1 / G.skewnessStep)
    }

    /// ∂/∂α and ∂/∂b of the log-node at u node `k` (whose value is finite).
    @inline(__always)
    private func logNodeSlope(_ k: Int) -> SIMD2<Double> {
        let known = logNodeSlopes[k]
        if !known.x.isNaN { return known }
        let density = exp(logNode(k))
        let value = SIMD2(
            grid.combination(alphaSlopeStencil, uIndex: k) / density,
            grid.combination(skewnessSlopeStencil, uIndex: k) / density)
        logNodeSlopes[k] = value
        return value
    }

    @inline(__always)
    private func logNode(_ k: Int) -> Double {
        let known = logNodes[k]
        if !known.isNaN { return known }
        let density = grid.combination(stencil, uIndex: k)
        let value = density > 1e-280 ? log(density) : -Double.infinity
        logNodes[k] = value
        return value
    }

    /// The approximate log-density at the S1 value `y`.
    func logDensity(_ y: Double) -> Double {
        guard !stencil.isEmpty, y.isFinite else { return exact.logDensity(y) }
        let position = (asinh(y + shift) - StableDensityGrid.uStart) / StableDensityGrid.uStep
        // Interior cells only: the cell [k, k + 1] and one node either side.
        guard position >= 1, position < Double(StableDensityGrid.uCount - 2) else { return exact.logDensity(y) }
        let k = Int(position)
        let v0 = logNode(k - 1), v1 = logNode(k), v2 = logNode(k + 1), v3 = logNode(k + 2)
        guard v0.isFinite, v1.isFinite, v2.isFinite, v3.isFinite else { return exact.logDensity(y) }
        return CubicHermiteWeights.interior(v0, v1, v2, v3, at: position - Double(k))
    }

    /// ``logDensity(_:)`` at `y` (the same value) with its derivatives in y, α and b, or nil where
    /// ``logDensity(_:)`` uses the exact density. The derivatives are those of the interpolant:
    /// in u through the cubic in the cell, in α and b through the derivative weights of the (α, b)
    /// interpolation at each u node and through the shift ζ = −b·tan(πα/2) of the S0 variable.
    func logDensityWithSlopes(_ y: Double) -> (value: Double, slope: Double, alphaSlope: Double, skewnessSlope: Double)?
    {
        guard !stencil.isEmpty, y.isFinite else { return nil }
        let x = y + shift
        let position = (asinh(x) - StableDensityGrid.uStart) / StableDensityGrid.uStep
        guard position >= 1, position < Double(StableDensityGrid.uCount - 2) else { return nil }
        let k = Int(position)
        let v0 = logNode(k - 1), v1 = logNode(k), v2 = logNode(k + 1), v3 = logNode(k + 2)
        guard v0.isFinite, v1.isFinite, v2.isFinite, v3.isFinite else { return nil }
        let s = position - Double(k)
        let value = CubicHermiteWeights.interior(v0, v1, v2, v3, at: s)
        let (weights, slopes) = CubicHermiteWeights.interiorWeights(at: s)
        let slopeInY = (slopes * SIMD4(v0, v1, v2, v3)).sum() / (StableDensityGrid.uStep * (1 + x * x).squareRoot())
        let nodes = [logNodeSlope(k - 1), logNodeSlope(k), logNodeSlope(k + 1), logNodeSlope(k + 2)]
        let alphaSlope =
            weights[0] * nodes[0].x + weights[1] * nodes[1].x + weights[2] * nodes[2].x
            + weights[3] * nodes[3].x
        let skewnessSlope =
            weights[0] * nodes[0].y + weights[1] * nodes[1].y + weights[2] * nodes[2].y
            + weights[3] * nodes[3].y
        return (
            value, slopeInY, alphaSlope + slopeInY * shiftSlopes.x, skewnessSlope + slopeInY * shiftSlopes.y
        )
    }
}
