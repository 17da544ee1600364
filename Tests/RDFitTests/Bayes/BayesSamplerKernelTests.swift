import Foundation
import Testing

@testable import RDFit

/// The pieces behind the faster sampler: the shared-τ posterior evaluation, the independence
/// proposal and the extreme-order peak index (the diagnostics: `MCMCConvergenceKernelTests`).
@Suite("Bayes sampler kernel")
struct BayesSamplerKernelTests {
    static func model(_ likelihood: BayesLikelihood) throws -> BayesSingleEndpointModel {
        let inputs: [Double] = [111, 174, 505, 1446, 3564, 7821, 14147, 22062, 25758, 34543]
        return BayesSingleEndpointModel(
            specification: try BayesSingleEndpointSpecification(
                inputs: inputs, horizon: 10, outputFactor: pow(2, 120.0 / 9), likelihood: likelihood))
    }

    @Test(
        "The sampler density, computing τ once, equals the public posterior with the u transform",
        arguments: BayesLikelihood.allCases)
    func sharedTauMatchesSeparateEvaluation(likelihood: BayesLikelihood) throws {
        let model = try Self.model(likelihood)
        var rng = Xoshiro256StarStar(seed: 7, stream: 0)
        var finite = 0
        for _ in 0..<2000 {
            let v = 3 * rng.nextStandardNormals()
            let logTau = model.logTau(lambda: exp(v[0]))
            let (center, logWidth, width) = model.uTransform(
                logLambda: v[0], logBeta: v[1], logSigmaS: v[2], logTau: logTau, lambda: exp(v[0]), beta: exp(v[1]))
            #expect(model.logUTransform(logLambda: v[0], logBeta: v[1], logSigmaS: v[2]) == (center, logWidth))
            let q = SIMD4(v[0], v[1], v[2], center + width * v[3])
            let separate = model.logPosterior(q) + logWidth
            let shared = model.samplerLogDensity(v)
            #expect(shared.q == q)
            if separate.isFinite {
                finite += 1
                #expect(shared.logDensity == separate, "v = \(v)")
            } else {
                #expect(shared.logDensity == -.infinity)
            }
        }
        #expect(finite > 500)
    }

    /// The u transform as it was before speed-5: five softplus evaluations in log space.
    static func logsOnlyTransform(
        _ model: BayesSingleEndpointModel, logLambda: Double, logBeta: Double, logSigmaS: Double
    ) -> (center: Double, logWidth: Double) {
        let lambda = exp(logLambda), beta = exp(logBeta)
        let logTau = model.logTau(lambda: lambda)
        let growth = beta * model.logOutputFactor
        let logG = log(expm1(growth))
        let common = lambda * model.logInputs[0] - model.logInputGrowth - logLambda - logTau
        let logEll = M_LN2 + common - 2 * logSigmaS - logBeta
        let logLowNoise = logG + common
        let logOffset = 2 * logSigmaS + min(logBeta, 0) - M_LN2
        let softplus = BayesSingleEndpointModel.softplus
        let center = max(logLowNoise, logOffset) + softplus(-abs(logLowNoise - logOffset))
        let logK = softplus(logG + logEll)
        let logKPlus = softplus(softplus(growth) + logEll)
        let logGaussianWidth = 0.5 * logKPlus - logK
        return (center, logGaussianWidth - 0.5 * softplus(2 * logGaussianWidth))
    }

    @Test(
        "The u transform's width from k and k₊ equals the log-space formula to rounding, over 12 orders of ℓ",
        arguments: BayesLikelihood.allCases)
    func widthMatchesLogSpaceFormula(likelihood: BayesLikelihood) throws {
        let model = try Self.model(likelihood)
        var rng = Xoshiro256StarStar(seed: 3, stream: 1)
        var finite = 0
        for _ in 0..<20_000 {
            let v = SIMD3(
                4 * rng.nextStandardNormal(), 4 * rng.nextStandardNormal(), 6 * rng.nextStandardNormal())
            let logTau = model.logTau(lambda: exp(v[0]))
            let new = model.uTransform(
                logLambda: v[0], logBeta: v[1], logSigmaS: v[2], logTau: logTau, lambda: exp(v[0]), beta: exp(v[1]))
            let old = Self.logsOnlyTransform(model, logLambda: v[0], logBeta: v[1], logSigmaS: v[2])
            #expect(new.center == old.center)
            guard old.logWidth.isFinite else {
                #expect(!new.logWidth.isFinite || new.logWidth.isNaN == old.logWidth.isNaN)
                continue
            }
            #expect(abs(new.logWidth - old.logWidth) <= 1e-14 * max(1, abs(old.logWidth)), "v = \(v)")
            #expect(abs(new.width - exp(old.logWidth)) <= 1e-14 * exp(old.logWidth), "v = \(v)")
            finite += 1
        }
        #expect(finite > 10_000)
    }

    @Test("The prior from one logarithm of a product equals the sum of four log1p to a few ulps, overflow included")
    func priorMatchesSum() {
        var rng = Xoshiro256StarStar(seed: 5, stream: 0)
        for index in 0..<20_000 {
            let scale = index < 10_000 ? 3.0 : 90.0  // the second half overflows the product
            let q = scale * rng.nextStandardNormals()
            var sum = 0.0
            for i in 0..<4 {
                let p = exp(q[i])
                sum += q[i] - log1p(p * p)
            }
            let product = BayesSingleEndpointModel.logPrior(q, lambda: exp(q[0]), beta: exp(q[1]))
            if sum.isFinite {
                #expect(abs(product - sum) <= 4e-16 * max(1, abs(sum)) * 8, "q = \(q)")
            } else {
                #expect(product == sum, "q = \(q)")
            }
        }
    }

    @Test("ln τ with the largest term from max ln I equals the log-sum-exp that searches for it, bit for bit")
    func logTauLargestTerm() throws {
        let model = try Self.model(.exact)
        var rng = Xoshiro256StarStar(seed: 8, stream: 0)
        for index in 0..<5000 {
            let lambda = index == 0 ? 0 : exp(6 * rng.nextStandardNormal())
            var largest = -Double.infinity
            for logInput in model.logInputs { largest = max(largest, lambda * logInput) }
            var sum = 0.0
            for logInput in model.logInputs { sum += exp(lambda * logInput - largest) }
            let searched = largest + log(sum)
            #expect(model.logTau(lambda: lambda).bitPattern == searched.bitPattern, "λ = \(lambda)")
        }
    }

    @Test("Peak index and density stay finite and fast for orders whose square overflows")
    func extremeOrder() {
        // ν = 1e200 with ℓx = 1e300: the series peaks near m = ℓx/ν = 1e100, far out; ν² overflows.
        let peak = FellerTransitionDensity.peakIndex(x: 1e200, ell: 1e100, nu: 1e200)
        #expect(abs(peak / 1e100 - 1) < 1e-12)
        let value = FellerTransitionDensity.logDensity(x: 1e200, ell: 1e100, nu: 1e200)
        #expect(!value.isInfinite)
        // Below the overflow the peak index is the plain formula's, bit for bit.
        for (x, ell, nu) in [(3.0, 2.0, 1.5), (400.0, 300.0, 25.0), (1e6, 1e3, 1e5), (0.5, 0.1, -0.5)] {
            let product = x * ell
            let root = (nu * nu + 4 * product).squareRoot()
            let expected = max(0, ((4 * product - 4 * nu - 4) / (root + nu + 2)) / 2)
            #expect(FellerTransitionDensity.peakIndex(x: x, ell: ell, nu: nu) == expected)
        }
    }

    @Test("L⁻¹ undoes L, and the independence log density is the Student-t kernel")
    func independenceProposal() throws {
        var accumulator = CovarianceAccumulator4()
        var rng = Xoshiro256StarStar(seed: 3, stream: 1)
        for _ in 0..<5000 {
            let z = rng.nextStandardNormals()
            accumulator.add(SIMD4(1 + z[0], -2 + 0.5 * z[0] + 0.3 * z[1], 0.2 * z[2] - z[1], 2 * z[3]))
        }
        let shape = try #require(MetropolisProposalShape(pooled: accumulator))
        #expect(shape.isEstimated)
        let b = SIMD4(0.3, -1.2, 2.5, 0.7)
        let roundTrip = shape.factor.multiply(shape.factor.solve(b))
        #expect(((roundTrip - b) * (roundTrip - b)).sum() < 1e-24)
        let k = Double(MetropolisProposalShape.independenceDegreesOfFreedom)
        let kappa = MetropolisProposalShape.independenceScale
        let y = shape.factor.solve(b - shape.center) / kappa
        #expect(abs(shape.independenceLogDensity(b) + (k + 4) / 2 * log(1 + (y * y).sum() / k)) < 1e-12)
        // Draws: mean μ and covariance κ²·k/(k − 2)·Σ.
        var draws = CovarianceAccumulator4()
        for _ in 0..<200_000 { draws.add(shape.independenceDraw(&rng)) }
        let sigma = try #require(accumulator.regularizedCovariance())
        let drawn = try #require(draws.regularizedCovariance())
        for i in 0..<4 {
            let variance = kappa * kappa * k / (k - 2) * sigma[5 * i]
            #expect(abs(draws.mean[i] - shape.center[i]) < 0.05 * variance.squareRoot() + 0.01)
            #expect(abs(drawn[5 * i] / variance - 1) < 0.1, "coordinate \(i)")
        }
    }
}

/// The chain's cached ln q of its state under the independence proposal always equals a fresh
/// evaluation (it is reused while proposals are rejected and replaced when the chain moves).
@Suite("Independence proposal cache")
struct IndependenceProposalCacheTests {
    @Test("The cached ln q(state) equals a fresh evaluation after every step", arguments: BayesLikelihood.allCases)
    func cacheMatchesFreshEvaluation(likelihood: BayesLikelihood) throws {
        let model = try BayesSamplerKernelTests.model(likelihood)
        guard var chain = AdaptiveMetropolisChain(model: model, seed: 11, stream: 2) else {
            Issue.record("no starting point")
            return
        }
        let shape = MetropolisProposalShape(center: chain.state, factor: .identity, isEstimated: true)
        var moves = 0
        for iteration in 0..<3000 {
            let before = chain.state
            _ = chain.step(model: model, shape: shape, logScale: log(0.5), iteration: iteration)
            if chain.state != before { moves += 1 }
            if let cached = chain.stateIndependenceLogDensity {
                #expect(cached == shape.independenceLogDensity(chain.state))
            }
        }
        #expect(moves > 100)
        // A new warm-up window or the sampling phase may bring a new shape: the cache is cleared.
        var states: [SIMD4<Double>]? = []
        _ = chain.warmUp(model: model, shape: .initial, iterations: 1, states: &states, report: { _ in })
        #expect(states?.count == 1)
        let moved = MetropolisProposalShape(center: chain.state + 1, factor: .identity, isEstimated: true)
        _ = chain.sample(model: model, shape: moved, logScale: log(0.5), draws: 200, report: { _ in })
        if let cached = chain.stateIndependenceLogDensity {
            #expect(cached == moved.independenceLogDensity(chain.state))
        }
    }
}
