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

/// Everything the Bayesian single-endpoint estimator (Erdil, Besiroglu & Ho 2024; <doc:BayesianSingleEndpoint>)
/// needs: the data (annual input flows and the output factor over the horizon) and the sampler
/// settings. A validated value: the initializer throws on bad data or invalid settings, so a
/// specification that exists can be run.
///
/// Run it with ``BayesSingleEndpointEstimator/estimate(_:progress:)``.
public struct BayesSingleEndpointSpecification: Sendable, Hashable {
    /// Default number of chains, 8: enough for a meaningful split R-hat (16 halves) and for
    /// pooling the warm-up covariance, and a multiple of the usual core counts.
    public static let defaultChains = 8
    /// Default retained draws per chain, 25,000. With the fitted independence mixture
    /// (`MixtureProposal`) the effective sample size of r is 26,000–54,000 for the four 2024
    /// domains and both likelihoods, Monte-Carlo standard error of the r median 0.11–0.34% of it
    /// (the single t gave 23,000–33,000 at 40,000 draws; the earlier random-walk sampler needed
    /// 50,000 draws for 5,000–12,000).
    public static let defaultDrawsPerChain = 25000
    /// Default warm-up iterations per chain, 5000 (adaptation; discarded). Shorter warm-ups
    /// (2000) left the pooled covariance poorly estimated and roughly halved the ESS per draw.
    public static let defaultWarmUp = 5000
    /// Default seed. Any fixed value would do; results are reproducible for a given seed.
    public static let defaultSeed: UInt64 = 20_240_101
    /// Default level of the equal-tailed interval for r, 0.9 (the 5th–95th percentiles quoted by
    /// the sources).
    public static let defaultIntervalLevel = 0.9
    /// Default number of r draws kept in the result for plotting, 4000 (evenly thinned).
    public static let defaultStoredDraws = 4000
    /// The default sampler: ``defaultChains`` chains of ``defaultDrawsPerChain`` draws after
    /// ``defaultWarmUp`` warm-up iterations, seed ``defaultSeed``, one thread, level
    /// ``defaultIntervalLevel`` and ``defaultStoredDraws`` stored draws.
    public static let defaultSampler = SamplerSettings(
        chains: defaultChains, drawsPerChain: defaultDrawsPerChain, warmUp: defaultWarmUp)
    /// The largest total number of retained draws (chains × draws) accepted, 50 million, to keep
    /// memory bounded (three doubles per draw).
    public static let maximumTotalDraws = 50_000_000
    /// The most warm-up iterations per chain accepted, 1,000,000 (200 times the default); the
    /// warm-up over all chains is also held to ``maximumTotalDraws``, so a run stays bounded in time.
    public static let maximumWarmUp = 1_000_000
    /// The longest horizon accepted when the output is a factor over whole years, 10,000 years, so
    /// that the horizon and the counts derived from it stay far from integer overflow.
    public static let maximumHorizon = 10_000

    /// The input flows I_0...I_(T−1) actually used (the first `horizon` values given).
    public let inputs: [Double]
    /// How many values after I_(T−1) were given and ignored (the 2024 SAT and LP series list T+1).
    public let ignoredInputCount: Int
    /// The horizon T in years: output is A_0 = 1 at t = 0 and A_T at t = T.
    public let horizon: Int
    /// The output factor A_T/A_0 (> 1).
    public let outputFactor: Double
    /// Which transition density to use.
    public let likelihood: BayesLikelihood
    /// The sampler's settings: chains, draws, warm-up, seed, threads, level and stored draws.
    public let sampler: SamplerSettings

    /// Validates data and settings.
    /// - Parameters:
    ///   - inputs: annual research-input flows I_0, I_1, ...; at least `horizon` values, all
    ///     finite and positive. Values beyond I_(T−1) are ignored (τ = Σ_(j<T) I_j^λ and the
    ///     endpoint growth g_I = ln(I_(T−1)/I_0)/(T−1) use only I_0...I_(T−1)), and counted in
    ///     ``ignoredInputCount``.
    ///   - horizon: T in years, at least 2.
    ///   - outputFactor: A_T/A_0, finite and greater than 1.
    ///   - likelihood: `.exact` (default) or `.published`.
    ///   - sampler: chains, draws, warm-up, seed, threads, level and stored draws (default
    ///     ``defaultSampler``; the command-line tool passes its own thread count).
    /// - Throws: ``SpecificationError`` for an invalid `horizon` or sampler setting
    ///   (``SamplerSettings/validate()``); ``DataError`` for bad data:
    ///   too few inputs (`too-few-points`), non-finite (`non-finite-value`) or non-positive
    ///   (`non-positive-value`) inputs or factor, I_(T−1) ≤ I_0 (`non-positive-input-growth`),
    ///   factor ≤ 1 (`non-positive-output-growth`).
    public init(
        inputs: [Double],
        horizon: Int,
        outputFactor: Double,
        likelihood: BayesLikelihood = .exact,
        sampler: SamplerSettings = defaultSampler
    ) throws {
        guard horizon >= 2 else {
            throw SpecificationError(
                setting: .horizon,
                message:
                    "the horizon must be at least 2 years (the endpoint input growth needs I_0 and I_(T−1)); got \(horizon)"
            )
        }
        try sampler.validate()

        guard inputs.count >= horizon else {
            throw DataError(
                .tooFewPoints,
                message:
                    "a horizon of \(horizon) years needs the input flows I_0...I_\(horizon - 1) (\(horizon) values); got \(inputs.count)"
            )
        }
        let used = Array(inputs.prefix(horizon))
        for (index, value) in used.enumerated() {
            guard value.isFinite else {
                throw DataError(
                    .nonFiniteValue, message: "input I_\(index) is \(value); every input flow must be a finite number")
            }
            guard value > 0 else {
                throw DataError(
                    .nonPositiveValue, message: "input I_\(index) is \(value); every input flow must be positive")
            }
        }
        guard used[horizon - 1] > used[0] else {
            throw DataError(
                .nonPositiveInputGrowth,
                message:
                    "the input does not grow between the endpoints (I_0 = \(used[0]), I_\(horizon - 1) = \(used[horizon - 1])); the characteristic time needs g_I > 0"
            )
        }
        guard outputFactor.isFinite else {
            throw DataError(
                .nonFiniteValue, message: "the output factor is \(outputFactor); it must be a finite number")
        }
        guard outputFactor > 0 else {
            throw DataError(.nonPositiveValue, message: "the output factor is \(outputFactor); it must be positive")
        }
        guard outputFactor > 1 else {
            throw DataError(
                .nonPositiveOutputGrowth,
                message:
                    "the output factor is \(outputFactor); the single-endpoint model needs output growth (A_T/A_0 > 1)")
        }

        self.inputs = used
        self.ignoredInputCount = inputs.count - horizon
        self.horizon = horizon
        self.outputFactor = outputFactor
        self.likelihood = likelihood
        self.sampler = sampler
    }

    /// Endpoint input growth g_I = ln(I_(T−1)/I_0)/(T−1) per year (<doc:SteadyStateEstimation>).
    public var inputGrowth: Double {
        log(inputs[horizon - 1] / inputs[0]) / Double(horizon - 1)
    }

    /// Output growth g_A = ln(A_T/A_0)/T per year (<doc:SteadyStateEstimation>).
    public var outputGrowth: Double {
        log(outputFactor) / Double(horizon)
    }

    /// The steady-state ("naive") estimate r = g_A/g_I (<doc:SteadyStateEstimation>).
    public var naiveR: Double { outputGrowth / inputGrowth }
}

extension BayesSingleEndpointSpecification: SamplerSettingsCarrier {}
