/// The draws of r behind an estimate, labelled by what they are: bootstrap replicates, posterior
/// draws or parametric (Monte-Carlo) draws.
///
/// Intervals are computed from the draws afterwards, and only by the methods valid for their
/// kind (``intervalMethods``): every ``IntervalMethod`` for bootstrap replicates (BCa needs their
/// jackknife), the equal-tailed percentile interval for posterior and parametric draws. A NaN value
/// is a draw that failed (e.g. a rank-deficient resample); it is left out of every summary.
public struct Draws: Sendable, Codable {
    /// What the draws are.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Bootstrap replicates of the estimate (``BootstrapReplicates``).
        case bootstrapReplicates
        /// Draws from a posterior distribution (e.g. MCMC).
        case posteriorDraws
        /// Monte-Carlo draws from a parametric distribution of the inputs.
        case parametricDraws
    }

    /// What the draws are.
    public let kind: Kind
    /// The point estimate they go with: the estimate on the original data for bootstrap
    /// replicates, the posterior median for posterior draws.
    public let estimate: Double
    /// The draws of r, in generation order; NaN marks a failed draw.
    public let values: [Double]
    /// The seed of the random streams behind the draws.
    public let seed: UInt64
    /// The bootstrap replicates, with their jackknife and settings, when ``kind`` is
    /// ``Kind/bootstrapReplicates``; nil otherwise.
    public let replicates: BootstrapReplicates?

    /// Bootstrap replicates as draws.
    public init(replicates: BootstrapReplicates) {
        kind = .bootstrapReplicates
        estimate = replicates.estimate
        values = replicates.values
        seed = replicates.specification.seed
        self.replicates = replicates
    }

    /// Posterior or parametric draws around `estimate`.
    /// - Precondition: `kind` is not ``Kind/bootstrapReplicates`` (use ``init(replicates:)``).
    public init(kind: Kind, estimate: Double, values: [Double], seed: UInt64) {
        precondition(
            kind != .bootstrapReplicates, "bootstrap replicates carry their specification: use init(replicates:)")
        self.kind = kind
        self.estimate = estimate
        self.values = values
        self.seed = seed
        replicates = nil
    }

    /// The interval methods valid for these draws: all four for bootstrap replicates, the
    /// equal-tailed percentile interval for posterior and parametric draws.
    public var intervalMethods: [IntervalMethod] {
        kind == .bootstrapReplicates ? IntervalMethod.allCases : [.percentile]
    }

    /// The draws that succeeded, sorted ascending.
    public var sortedSuccessfulValues: [Double] { RadixSort.sorted(values.filter { !$0.isNaN }) }

    /// The share of successful draws strictly above `threshold`, e.g. P(r > 1); NaN when none.
    public func probability(above threshold: Double) -> Double {
        let ok = values.filter { !$0.isNaN }
        guard !ok.isEmpty else { return .nan }
        return Double(ok.filter { $0 > threshold }.count) / Double(ok.count)
    }

    /// Median of the successful draws (type-7; NaN if none).
    public var median: Double {
        let sorted = sortedSuccessfulValues
        return sorted.isEmpty ? .nan : Quantile.sorted(sorted, 0.5)
    }

    /// The interval by `method` at `level`, or nil when `method` is not valid for these draws
    /// (see ``intervalMethods``).
    /// - Parameters:
    ///   - method: the interval method.
    ///   - level: nominal coverage in (0, 1).
    public func interval(_ method: IntervalMethod, level: Double) -> ConfidenceInterval? {
        if let replicates { return replicates.confidenceInterval(method, level: level) }
        guard method == .percentile else { return nil }
        let sorted = sortedSuccessfulValues
        guard !sorted.isEmpty, estimate.isFinite else {
            return ConfidenceInterval(lower: .nan, upper: .nan, level: level, method: method)
        }
        let alpha = 1 - level
        return ConfidenceInterval(
            lower: Quantile.sorted(sorted, alpha / 2), upper: Quantile.sorted(sorted, 1 - alpha / 2), level: level,
            method: method)
    }

    /// The draws with each successful draw b replaced by `transform(b, value)` and the estimate
    /// (and any jackknife) multiplied by `central`: how a factor adjustment of r carries over.
    package func scaled(central: Double, _ transform: (Int, Double) -> Double) -> Draws {
        let scaledValues = values.enumerated().map { b, value in value.isNaN ? Double.nan : transform(b, value) }
        if let replicates {
            return Draws(
                replicates: BootstrapReplicates(
                    estimate: replicates.estimate * central, values: scaledValues,
                    jackknife: replicates.jackknife?.map { $0 * central },
                    specification: replicates.specification))
        }
        return Draws(kind: kind, estimate: estimate * central, values: scaledValues, seed: seed)
    }
}
