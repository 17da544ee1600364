/// Settings of a bootstrap run: scheme, number of replicates, seed and threads.
///
/// Replicate b draws only from the stream `Xoshiro256StarStar(seed: seed, stream: b)`, so a run's
/// replicates depend on the seed and the replicate count only, never on the number of threads.
public struct BootstrapSpecification: Sendable, Hashable, Codable {
    /// The resampling scheme.
    public let scheme: ResamplingScheme
    /// The number of replicates B.
    public let replicates: Int
    /// The seed; recorded in every result.
    public let seed: UInt64
    /// Worker threads (1 = run on the caller's thread).
    public let threads: Int

    /// The default number of replicates, 2000: enough for 90–95% percentile and BCa intervals
    /// (Efron & Tibshirani recommend at least 1000 for intervals).
    public static let defaultReplicates = 2000

    /// Creates a bootstrap specification.
    /// - Throws: ``SpecificationError`` if `replicates` is below 10 or above 10,000,000, `threads`
    ///   is below 1, or a block length is below 1.
    public init(
        scheme: ResamplingScheme = .pairs, replicates: Int = BootstrapSpecification.defaultReplicates, seed: UInt64,
        threads: Int = 1
    ) throws {
        guard (10...10_000_000).contains(replicates) else {
            throw SpecificationError(
                setting: .replicates,
                message: "the number of replicates must be between 10 and 10000000 (got \(replicates))")
        }
        guard threads >= 1 else {
            throw SpecificationError(
                setting: .threads, message: "the number of threads must be at least 1 (got \(threads))")
        }
        if let length = scheme.blockLength, !(length >= 1) || !length.isFinite {
            throw SpecificationError(
                setting: .blockLength, message: "the block length must be at least 1 (got \(length))")
        }
        self.scheme = scheme
        self.replicates = replicates
        self.seed = seed
        self.threads = threads
    }
}
