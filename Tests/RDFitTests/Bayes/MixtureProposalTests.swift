import Testing

@testable import RDFit

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The independence mixture of the Bayesian sampler's retained draws (`MixtureProposal`).
@Suite("Independence mixture proposal")
struct MixtureProposalTests {
    /// 30% of points from N((−2, 0, 1, 0), diag(0.25, 1, 0.5, 1)) and 70% from a correlated
    /// Gaussian around (2, 1, 0, −1), interleaved as a chain's states would be.
    static func twoGroups(count: Int, seed: UInt64 = 11) -> [SIMD4<Double>] {
        var rng = Xoshiro256StarStar(seed: seed, stream: 0)
        return (0..<count).map { i in
            let z = rng.nextStandardNormals()
            if i % 10 < 3 { return SIMD4(-2 + 0.5 * z[0], z[1], 1 + 0.5.squareRoot() * z[2], z[3]) }
            return SIMD4(2 + z[0], 1 + 0.6 * z[0] + 0.8 * z[1], 0.3 * z[2], -1 + z[3])
        }
    }

    /// The shape the sampler would have pooled from `points`.
    static func pooledShape(_ points: [SIMD4<Double>]) throws -> MetropolisProposalShape {
        var accumulator = CovarianceAccumulator4()
        for point in points { accumulator.add(point) }
        return try #require(MetropolisProposalShape(pooled: accumulator))
    }

    @Test("EM recovers the weights, means and covariances of two Gaussian groups")
    func fitRecoversTwoGroups() throws {
        let fitted = try #require(MixtureProposal.fitGaussianMixture(Self.twoGroups(count: 8000), components: 2))
        #expect(fitted.count == 2)
        let (small, large) = fitted[0].center[0] < fitted[1].center[0] ? (fitted[0], fitted[1]) : (fitted[1], fitted[0])
        #expect(abs(small.weight - 0.3) < 0.02 && abs(large.weight - 0.7) < 0.02)
        for (component, mean, variances) in [
            (small, SIMD4(-2.0, 0, 1, 0), SIMD4(0.25, 1, 0.5, 1)), (large, SIMD4(2.0, 1, 0, -1), SIMD4(1, 1, 0.09, 1)),
        ] {
            let e = component.factor.entries
            // Diagonal of L·Lᵀ.
            let diagonal = SIMD4(
                e[0] * e[0], e[4] * e[4] + e[5] * e[5], e[8] * e[8] + e[9] * e[9] + e[10] * e[10],
                e[12] * e[12] + e[13] * e[13] + e[14] * e[14] + e[15] * e[15])
            for d in 0..<4 {
                #expect(abs(component.center[d] - mean[d]) < 0.06, "mean \(d): \(component.center[d])")
                #expect(abs(diagonal[d] / variances[d] - 1) < 0.1, "variance \(d): \(diagonal[d])")
            }
        }
        // The large group's correlation of coordinates 0 and 1 (0.6).
        let e = large.factor.entries
        let correlation = e[0] * e[4] / (e[0] * (e[4] * e[4] + e[5] * e[5]).squareRoot())
        #expect(abs(correlation - 0.6) < 0.05)
    }

    @Test("The log density is the weighted sum of the components' t densities, up to one constant")
    func logDensityIsTheMixture() throws {
        let points = Self.twoGroups(count: 12_000)
        let defensive = try Self.pooledShape(points)
        let mixture = try #require(MixtureProposal(states: points, outOf: points.count, defensive: defensive))
        // Fitted components plus the defensive one, whose weight is the stated one.
        #expect(mixture.components.count == MixtureProposal.fittedComponents + 1)
        let weights = zip([0] + mixture.cumulativeWeights.dropLast(), mixture.cumulativeWeights.dropLast()).map {
            $1 - $0
        }
        #expect(abs((1 - weights.reduce(0, +)) - MixtureProposal.defensiveWeight) < 1e-12)
        let k = Double(MetropolisProposalShape.independenceDegreesOfFreedom)
        func direct(_ v: SIMD4<Double>) -> Double {
            var sum = 0.0
            for (index, component) in mixture.components.enumerated() {
                let weight = index < weights.count ? weights[index] : MixtureProposal.defensiveWeight
                let e = component.factor.entries
                let y = component.factor.solve(v - component.center)
                sum += weight / (e[0] * e[5] * e[10] * e[15]) * pow(1 + (y * y).sum() / k, -(k + 4) / 2)
            }
            return log(sum)
        }
        let reference = SIMD4(0.1, 0.2, 0.3, 0.4)
        for v in [SIMD4(-2.0, 0, 1, 0), SIMD4(2.0, 1, 0, -1), SIMD4(5.0, -3, 2, 4), SIMD4(0.0, 0, 0, 0)] {
            let ours = mixture.logDensity(v) - mixture.logDensity(reference)
            #expect(abs(ours - (direct(v) - direct(reference))) < 1e-10, "at \(v)")
        }
        // The defensive component keeps it positive far out, where the fitted ones are thin.
        #expect(mixture.logDensity(SIMD4(40, -40, 40, -40)).isFinite)
    }

    @Test("Draws have the mixture's mean and covariance (each t: k/(k − 2) times its scale matrix)")
    func drawsFollowTheMixture() throws {
        let points = Self.twoGroups(count: 12_000)
        let mixture = try #require(
            MixtureProposal(states: points, outOf: points.count, defensive: try Self.pooledShape(points)))
        let k = Double(MetropolisProposalShape.independenceDegreesOfFreedom)
        var previous = 0.0
        var mean = SIMD4<Double>(repeating: 0)
        var secondMoment = SIMD4<Double>(repeating: 0)
        for (component, cumulative) in zip(mixture.components, mixture.cumulativeWeights) {
            let weight = (cumulative.isFinite ? cumulative : 1) - previous
            previous = cumulative.isFinite ? cumulative : 1
            let e = component.factor.entries
            let diagonal = SIMD4(
                e[0] * e[0], e[4] * e[4] + e[5] * e[5], e[8] * e[8] + e[9] * e[9] + e[10] * e[10],
                e[12] * e[12] + e[13] * e[13] + e[14] * e[14] + e[15] * e[15])
            mean += weight * component.center
            secondMoment += weight * (k / (k - 2) * diagonal + component.center * component.center)
        }
        let variance = secondMoment - mean * mean
        var rng = Xoshiro256StarStar(seed: 7, stream: 3)
        var draws = CovarianceAccumulator4()
        for _ in 0..<200_000 { draws.add(mixture.draw(&rng)) }
        let drawn = try #require(draws.regularizedCovariance())
        for d in 0..<4 {
            #expect(abs(draws.mean[d] - mean[d]) < 0.02 * variance[d].squareRoot() + 0.01, "mean \(d)")
            #expect(abs(drawn[5 * d] / variance[d] - 1) < 0.1, "variance \(d)")
        }
    }

    @Test("Too few states, or a shape not yet estimated, leave the single t in use")
    func fallsBackToTheSingleT() throws {
        let points = Self.twoGroups(count: 12_000)
        let pooled = try Self.pooledShape(points)
        // The count that matters is the states visited, not the subset kept for the fit.
        #expect(MixtureProposal(states: points, outOf: MixtureProposal.minimumStates - 1, defensive: pooled) == nil)
        #expect(MixtureProposal(states: Array(points.prefix(3000)), outOf: 40_000, defensive: pooled) != nil)
        #expect(MixtureProposal(states: points, outOf: points.count, defensive: .initial) == nil)
        var shape = try Self.pooledShape(points)
        #expect(shape.independencePeriod == 4)
        shape.mixture = MixtureProposal(states: points, outOf: points.count, defensive: shape)
        #expect(shape.independencePeriod == 16)
        let v = SIMD4(1.0, 0.5, 0.2, -0.3)
        #expect(shape.independenceLogDensity(v) == shape.mixture!.logDensity(v))
    }

    @Test("The fit depends only on the states: the same states give the same components")
    func fitIsDeterministic() throws {
        let points = Self.twoGroups(count: 12_000, seed: 5)
        let defensive = try Self.pooledShape(points)
        let first = try #require(MixtureProposal(states: points, outOf: points.count, defensive: defensive))
        let second = try #require(MixtureProposal(states: points, outOf: points.count, defensive: defensive))
        #expect(first.cumulativeWeights == second.cumulativeWeights)
        for (a, b) in zip(first.components, second.components) {
            #expect(a.center == b.center && a.factor.entries == b.factor.entries)
        }
    }
}
