import Foundation
import RDFit
import RDFitTestSupport
import Synchronization
import Testing

/// The four 2024 domains (`data/epoch2024_single_endpoint_*.csv`), as the tests use them.
enum BayesTestData {
    /// Image recognition: unique authors 2012–2021 (T = 10), training efficiency doubling every
    /// 9 months for 10 years.
    static let computerVisionInputs: [Double] = [111, 174, 505, 1446, 3564, 7821, 14147, 22062, 25758, 34543]
    static let computerVisionFactor = pow(2, 120.0 / 9)
    /// SAT solvers: 22 values listed for T = 21 (the last is not used).
    static let satInputs: [Double] = [
        147, 175, 176, 229, 292, 389, 387, 445, 526, 484, 617, 560, 606, 644, 633,
        709, 781, 709, 609, 701, 776, 655,
    ]
    static let satFactor = pow(2, 21.0 / 2)
}

@Suite("Bayesian single-endpoint estimator")
struct BayesSingleEndpointEstimatorTests {
    func smallSpecification(
        seed: UInt64 = 7, threads: Int = 1, likelihood: BayesLikelihood = .exact
    ) throws -> BayesSingleEndpointSpecification {
        try BayesSingleEndpointSpecification(
            inputs: BayesTestData.computerVisionInputs, horizon: 10, outputFactor: BayesTestData.computerVisionFactor,
            likelihood: likelihood,
            sampler: BayesSingleEndpointSpecification.defaultSampler.changed(
                chains: 4, drawsPerChain: 400, warmUp: 300, seed: seed, threads: threads))
    }

    @Test("Same seed gives an identical result; a different seed a different one")
    func reproducibleForSeed() throws {
        let first = try BayesSingleEndpointEstimator.estimate(smallSpecification(seed: 11))
        let second = try BayesSingleEndpointEstimator.estimate(smallSpecification(seed: 11))
        #expect(first == second)
        let other = try BayesSingleEndpointEstimator.estimate(smallSpecification(seed: 12))
        #expect(other.r != first.r)
    }

    @Test("Thread count does not change the result (independent per-chain streams)")
    func independentOfThreads() throws {
        let one = try BayesSingleEndpointEstimator.estimate(smallSpecification(seed: 5, threads: 1))
        let two = try BayesSingleEndpointEstimator.estimate(smallSpecification(seed: 5, threads: 2))
        let three = try BayesSingleEndpointEstimator.estimate(smallSpecification(seed: 5, threads: 3))
        #expect(one == two)
        #expect(one == three)
    }

    @Test(
        "Reproduces Eth & Davidson (2025) Table 4 for image recognition (published likelihood): r ≈ 1.4, 5th–95th 0.8–2.4"
    )
    func reproducesEthDavidsonTable4ImageRecognition() throws {
        // Reduced run (8 chains × 5000 draws, about 2% Monte-Carlo error on the median); the
        // tolerances are explained in BayesTolerances.
        let specification = try BayesSingleEndpointSpecification(
            inputs: BayesTestData.computerVisionInputs, horizon: 10, outputFactor: BayesTestData.computerVisionFactor,
            likelihood: .published,
            sampler: BayesSingleEndpointSpecification.defaultSampler.changed(
                chains: 8, drawsPerChain: 5000, warmUp: 2000, seed: 2024, threads: 2))
        let result = try BayesSingleEndpointEstimator.estimate(specification)
        #expect(
            abs(result.r.q50 - 1.4) < BayesTolerances.tableMedian,
            "median \(result.r.q50) 5th \(result.r.q05) 95th \(result.r.q95)")
        #expect(abs(result.r.q05 - 0.8) < BayesTolerances.tableLowerTail, "5th \(result.r.q05)")
        #expect(abs(result.r.q95 - 2.4) < BayesTolerances.tableUpperTail, "95th \(result.r.q95)")
        #expect(result.rInterval.level == 0.9)
        #expect(result.rInterval.lower == result.r.q05 && result.rInterval.upper == result.r.q95)
        #expect(result.probabilityRAboveOne > 0.8 && result.probabilityRAboveOne < 0.97)
        #expect(abs(result.naiveR - 1.449) < 0.001)
        #expect(result.samplerDiagnostics.rHatR < 1.05)
        #expect(result.samplerDiagnostics.effectiveSampleSizeR > 100)  // sanity: a short run, not a quality bar
        #expect(result.samplerDiagnostics.acceptanceRate > 0.1 && result.samplerDiagnostics.acceptanceRate < 0.6)
    }

    @Test(
        "Metropolis posterior agrees with importance sampling from the prior (checks the reparameterisation's Jacobian)"
    )
    func agreesWithImportanceSampling() throws {
        let specification = try BayesSingleEndpointSpecification(
            inputs: BayesTestData.computerVisionInputs, horizon: 10, outputFactor: BayesTestData.computerVisionFactor,
            likelihood: .exact,
            sampler: BayesSingleEndpointSpecification.defaultSampler.changed(
                chains: 8, drawsPerChain: 5000, warmUp: 2000, seed: 99, threads: 2))
        let model = BayesSingleEndpointModel(specification: specification)
        // Independent prior draws weighted by the likelihood: exact in expectation, no Markov chain.
        var rng = Xoshiro256StarStar(seed: 4242)
        func halfCauchy() -> Double { tan(Double.pi / 2 * rng.nextOpenDouble()) }
        var samples: [(r: Double, weight: Double)] = []
        var logWeights: [Double] = []
        var rs: [Double] = []
        for _ in 0..<BayesTolerances.importanceDraws {
            let lambda = halfCauchy(), beta = halfCauchy(), sigma = halfCauchy(), u = halfCauchy()
            let logLik = model.logLikelihood(lambda: lambda, beta: beta, sigmaS: sigma, u: u)
            guard logLik > -.infinity else { continue }
            logWeights.append(logLik)
            rs.append(lambda / beta)
        }
        let top = logWeights.max()!
        for (r, lw) in zip(rs, logWeights) { samples.append((r, exp(lw - top))) }
        samples.sort { $0.r < $1.r }
        let total = samples.reduce(0) { $0 + $1.weight }
        func weightedQuantile(_ p: Double) -> Double {
            var cumulative = 0.0
            for s in samples {
                cumulative += s.weight
                if cumulative >= p * total { return s.r }
            }
            return samples.last!.r
        }
        let result = try BayesSingleEndpointEstimator.estimate(specification)
        for (p, mcmc) in [(0.25, result.r.q25), (0.5, result.r.q50), (0.75, result.r.q75)] {
            let reference = weightedQuantile(p)
            #expect(
                abs(mcmc / reference - 1) < BayesTolerances.importanceAgreement,
                "p=\(p): MCMC \(mcmc) vs IS \(reference)")
        }
    }

    @Test("Progress reaches 1, is non-decreasing, and stored draws give type-7 quantiles")
    func progressAndStoredDraws() throws {
        let fractions = Mutex<[Double]>([])
        let specification = try smallSpecification(seed: 3, threads: 2)
        let result = try BayesSingleEndpointEstimator.estimate(specification) { fraction in
            fractions.withLock { $0.append(fraction) }
        }
        let seen = fractions.withLock { $0 }
        #expect(!seen.isEmpty)
        #expect(seen.last == 1)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0 <= $1 })
        // 4 × 400 = 1600 draws, all stored (default limit 4000).
        #expect(result.rDraws.count == 1600)
        let sorted = result.rDraws.sorted()
        #expect(result.rQuantile(0.5) == Quantile.sorted(sorted, 0.5))
        #expect(result.rQuantile(0.5) == result.r.q50)
        #expect(result.rQuantiles([0.05, 0.95]) == [result.r.q05, result.r.q95])
        // Thinning keeps the requested number.
        let thinned = try BayesSingleEndpointEstimator.estimate(
            BayesSingleEndpointSpecification(
                inputs: BayesTestData.computerVisionInputs, horizon: 10,
                outputFactor: BayesTestData.computerVisionFactor,
                sampler: BayesSingleEndpointSpecification.defaultSampler.changed(
                    chains: 2, drawsPerChain: 400, warmUp: 200, seed: 3, threads: 1, storedDraws: 100)))
        #expect(thinned.rDraws.count == 100)
        // The result round-trips through JSON.
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(BayesSingleEndpointResult.self, from: data) == result)
    }

    @Test("Type-7 quantiles match R's quantile() defaults")
    func typeSevenQuantiles() {
        let values: [Double] = [1, 2, 3, 4]
        #expect(Quantile.sorted(values, 0.25) == 1.75)
        #expect(Quantile.sorted(values, 0.5) == 2.5)
        #expect(Quantile.sorted(values, 0) == 1)
        #expect(Quantile.sorted(values, 1) == 4)
        #expect(abs(Quantile.sorted([10, 20, 30, 40, 50], 0.9) - 46) < 1e-12)
        #expect(Quantile.sorted([], 0.5).isNaN)
    }

    @Test(
        "Split R-hat and ESS: ≈1 and ≈S for independent draws, large R-hat for disagreeing chains, ESS ≈ S(1−ρ)/(1+ρ) for AR(1)"
    )
    func convergenceDiagnostics() {
        var rng = Xoshiro256StarStar(seed: 1)
        let independent = (0..<4).map { _ in (0..<4000).map { _ in rng.nextStandardNormal() } }
        let rHat = MCMCConvergence.splitRHat(chains: independent)
        #expect(abs(rHat - 1) < 0.01)
        let ess = MCMCConvergence.effectiveSampleSize(chains: independent)
        #expect(ess > 0.8 * 16000 && ess < 1.25 * 16000, "ESS \(ess)")
        let shifted = independent.enumerated().map { index, chain in chain.map { $0 + Double(index) } }
        #expect(MCMCConvergence.splitRHat(chains: shifted) > 1.5)
        let rho = 0.9
        let autoregressive = (0..<4).map { _ -> [Double] in
            var x = 0.0
            return (0..<20000).map { _ in
                x = rho * x + (1 - rho * rho).squareRoot() * rng.nextStandardNormal()
                return x
            }
        }
        let expected = 80000 * (1 - rho) / (1 + rho)
        let arESS = MCMCConvergence.effectiveSampleSize(chains: autoregressive)
        #expect(arESS > 0.75 * expected && arESS < 1.33 * expected, "AR(1) ESS \(arESS) vs \(expected)")
        #expect(MCMCConvergence.splitRHat(chains: [[1, 2, 3]]).isNaN)
    }

    @Test("Invalid settings throw SpecificationError with the setting at fault")
    func invalidSettings() {
        let inputs = BayesTestData.computerVisionInputs
        let factor = BayesTestData.computerVisionFactor
        func option(_ make: () throws -> BayesSingleEndpointSpecification) -> Setting?? {
            do { _ = try make(); return .some(nil) } catch let error as SpecificationError {
                return error.setting
            } catch { return nil }
        }
        #expect(option { try .init(inputs: inputs, horizon: 1, outputFactor: factor) } == .horizon)
        #expect(
            option {
                try .init(
                    inputs: inputs, horizon: 10, outputFactor: factor,
                    sampler: BayesSingleEndpointSpecification.defaultSampler.changed(chains: 0))
            } == .chains)
        #expect(
            option {
                try .init(
                    inputs: inputs, horizon: 10, outputFactor: factor,
                    sampler: BayesSingleEndpointSpecification.defaultSampler.changed(drawsPerChain: 50))
            } == .draws)
        #expect(
            option {
                try .init(
                    inputs: inputs, horizon: 10, outputFactor: factor,
                    sampler: BayesSingleEndpointSpecification.defaultSampler.changed(warmUp: 10))
            } == .warmUp)
        #expect(
            option {
                try .init(
                    inputs: inputs, horizon: 10, outputFactor: factor,
                    sampler: BayesSingleEndpointSpecification.defaultSampler.changed(threads: 0))
            } == .threads)
        #expect(
            option {
                try .init(
                    inputs: inputs, horizon: 10, outputFactor: factor,
                    sampler: BayesSingleEndpointSpecification.defaultSampler.changed(intervalLevel: 1))
            } == .level)
        #expect(
            option {
                try .init(
                    inputs: inputs, horizon: 10, outputFactor: factor,
                    sampler: BayesSingleEndpointSpecification.defaultSampler.changed(storedDraws: -1))
            } == .storedDraws)
        #expect(option { try .init(inputs: inputs, horizon: 10, outputFactor: factor) } == .some(nil))
    }

    @Test("Bad data throws DataError of the right kind")
    func badData() {
        let inputs = BayesTestData.computerVisionInputs
        let factor = BayesTestData.computerVisionFactor
        func kind(_ make: () throws -> BayesSingleEndpointSpecification) -> DataError.Kind? {
            do { _ = try make(); return nil } catch let error as DataError { return error.kind } catch {
                return DataError.Kind(rawValue: "other")
            }
        }
        #expect(kind { try .init(inputs: Array(inputs.prefix(5)), horizon: 10, outputFactor: factor) } == .tooFewPoints)
        var withZero = inputs; withZero[3] = 0
        #expect(kind { try .init(inputs: withZero, horizon: 10, outputFactor: factor) } == .nonPositiveValue)
        var withNaN = inputs; withNaN[2] = .nan
        #expect(kind { try .init(inputs: withNaN, horizon: 10, outputFactor: factor) } == .nonFiniteValue)
        #expect(
            kind { try .init(inputs: inputs.reversed(), horizon: 10, outputFactor: factor) } == .nonPositiveInputGrowth)
        #expect(kind { try .init(inputs: inputs, horizon: 10, outputFactor: 1) } == .nonPositiveOutputGrowth)
        #expect(kind { try .init(inputs: inputs, horizon: 10, outputFactor: -3) } == .nonPositiveValue)
        #expect(kind { try .init(inputs: inputs, horizon: 10, outputFactor: .infinity) } == .nonFiniteValue)
    }

    @Test("Inputs beyond I_(T−1) are ignored and reported (SAT lists T+1 values)")
    func ignoredInputs() throws {
        let specification = try BayesSingleEndpointSpecification(
            inputs: BayesTestData.satInputs, horizon: 21, outputFactor: BayesTestData.satFactor,
            sampler: BayesSingleEndpointSpecification.defaultSampler.changed(
                chains: 2, drawsPerChain: 200, warmUp: 200, seed: 1, threads: 1))
        #expect(specification.inputs.count == 21)
        #expect(specification.ignoredInputCount == 1)
        #expect(abs(specification.inputGrowth - log(776.0 / 147) / 20) < 1e-15)
        #expect(abs(specification.naiveR - (log(BayesTestData.satFactor) / 21) / (log(776.0 / 147) / 20)) < 1e-12)
        let result = try BayesSingleEndpointEstimator.estimate(specification)
        #expect(result.diagnostics.contains { $0.code == .ignoredInputs })
    }

    @Test("The likelihood is finite over typical parameters and the published one vanishes for ν > 170.6")
    func likelihoodSanity() throws {
        let specification = try BayesSingleEndpointSpecification(
            inputs: BayesTestData.computerVisionInputs, horizon: 10, outputFactor: BayesTestData.computerVisionFactor)
        let exact = BayesSingleEndpointModel(specification: specification)
        for lambda in [0.1, 1.0, 5.0] {
            for beta in [0.1, 1.0, 4.0] {
                for sigma in [0.01, 1.0, 10.0] {
                    for u in [0.01, 1.0, 100.0] {
                        #expect(exact.logLikelihood(lambda: lambda, beta: beta, sigmaS: sigma, u: u).isFinite)
                    }
                }
            }
        }
        let publishedSpecification = try BayesSingleEndpointSpecification(
            inputs: BayesTestData.computerVisionInputs, horizon: 10, outputFactor: BayesTestData.computerVisionFactor,
            likelihood: .published)
        let published = BayesSingleEndpointModel(specification: publishedSpecification)
        // β = 1, σ_s = 0.1, u = 1: ν = (2u/σ_s² − 1)/β = 199 > 170.6.
        #expect(published.logLikelihood(lambda: 1, beta: 1, sigmaS: 0.1, u: 1) == -.infinity)
        #expect(exact.logLikelihood(lambda: 1, beta: 1, sigmaS: 0.1, u: 1).isFinite)
    }
}
