/// The settings of the adaptive Metropolis sampler that every posterior in the library is drawn
/// with (``BayesSingleEndpointSpecification`` and ``SeriesPosteriorSpecification``): how many
/// chains, how long each runs, the seed, the worker threads, the credible level and how many r
/// draws the result keeps.
///
/// Each specification has its own defaults (``BayesSingleEndpointSpecification/defaultSampler``,
/// ``SeriesPosteriorSpecification/defaultSampler``); change a field of a copy to override one:
///
/// ```swift
/// var sampler = SeriesPosteriorSpecification.defaultSampler
/// sampler.seed = 7
/// let specification = try SeriesPosteriorSpecification(data: data, sampler: sampler)
/// ```
public struct SamplerSettings: Sendable, Hashable {
    /// Number of chains (independent after warm-up; their warm-up covariance is pooled), 1...1000.
    public var chains: Int
    /// Retained draws per chain (after warm-up), at least 100.
    public var drawsPerChain: Int
    /// Warm-up iterations per chain (adaptation; discarded), 100...``BayesSingleEndpointSpecification/maximumWarmUp``.
    public var warmUp: Int
    /// The seed; chain c draws from `Xoshiro256StarStar(seed: seed, stream: c)`.
    public var seed: UInt64
    /// Worker threads, at least 1. Results do not depend on it.
    public var threads: Int
    /// Level of the equal-tailed credible intervals, in (0, 1).
    public var intervalLevel: Double
    /// Maximum number of r draws kept in the result (evenly thinned), at least 0.
    public var storedDraws: Int

    /// Settings as given; they are checked when a specification is made (``validate()``).
    /// - Parameters:
    ///   - chains: number of chains.
    ///   - drawsPerChain: retained draws per chain.
    ///   - warmUp: warm-up iterations per chain.
    ///   - seed: the seed (default ``BayesSingleEndpointSpecification/defaultSeed``).
    ///   - threads: worker threads (default 1: run on the caller's thread).
    ///   - intervalLevel: level of the credible intervals (default 0.9).
    ///   - storedDraws: r draws kept in the result (default 4000).
    public init(
        chains: Int, drawsPerChain: Int, warmUp: Int, seed: UInt64 = BayesSingleEndpointSpecification.defaultSeed,
        threads: Int = 1, intervalLevel: Double = BayesSingleEndpointSpecification.defaultIntervalLevel,
        storedDraws: Int = BayesSingleEndpointSpecification.defaultStoredDraws
    ) {
        self.chains = chains
        self.drawsPerChain = drawsPerChain
        self.warmUp = warmUp
        self.seed = seed
        self.threads = threads
        self.intervalLevel = intervalLevel
        self.storedDraws = storedDraws
    }

    /// Checks the settings: chains 1–1000, at least 100 draws and warm-up iterations per chain,
    /// totals within ``BayesSingleEndpointSpecification/maximumTotalDraws``, threads ≥ 1, a level
    /// in (0, 1) and no negative number of stored draws.
    /// - Throws: ``SpecificationError`` naming the first setting out of range (`.chains`, `.draws`,
    ///   `.warmUp`, `.threads`, `.level`, `.storedDraws`).
    public func validate() throws {
        let maximumWarmUp = BayesSingleEndpointSpecification.maximumWarmUp
        let maximumTotalDraws = BayesSingleEndpointSpecification.maximumTotalDraws
        guard (1...1000).contains(chains) else {
            throw SpecificationError(
                setting: .chains, message: "the number of chains must be between 1 and 1000; got \(chains)")
        }
        guard drawsPerChain >= 100 else {
            throw SpecificationError(
                setting: .draws,
                message: "at least 100 draws per chain are needed for the convergence diagnostics; got \(drawsPerChain)"
            )
        }
        guard warmUp >= 100 else {
            throw SpecificationError(
                setting: .warmUp,
                message: "at least 100 warm-up iterations are needed to adapt the proposal; got \(warmUp)")
        }
        guard warmUp <= maximumWarmUp, chains * warmUp <= maximumTotalDraws else {
            throw SpecificationError(
                setting: .warmUp,
                message:
                    "give at most \(maximumWarmUp) warm-up iterations per chain and \(maximumTotalDraws) in all (chains × warm-up); got \(warmUp)"
            )
        }
        let total = chains.multipliedReportingOverflow(by: drawsPerChain)
        guard !total.overflow, total.partialValue <= maximumTotalDraws else {
            throw SpecificationError(
                setting: .draws, message: "chains × draws per chain must not exceed \(maximumTotalDraws)")
        }
        guard threads >= 1 else {
            throw SpecificationError(
                setting: .threads, message: "the number of threads must be at least 1; got \(threads)")
        }
        guard intervalLevel > 0, intervalLevel < 1 else {
            throw SpecificationError(
                setting: .level, message: "the interval level must lie strictly between 0 and 1; got \(intervalLevel)")
        }
        guard storedDraws >= 0 else {
            throw SpecificationError(
                setting: .storedDraws, message: "the number of stored draws cannot be negative; got \(storedDraws)")
        }
    }
}
