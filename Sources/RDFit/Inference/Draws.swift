/// The draws of r behind an estimate, labelled by what they are: bootstrap replicates, posterior
/// draws or parametric (Monte-Carlo) draws.
///
/// Intervals are computed from the draws afterwards, and only by the methods valid for their
/// kind (``intervalMethods``): every ``IntervalMethod`` for bootstrap replicates (BCa needs their
/// jackknife), the equal-tailed percentile interval for posterior and parametric draws. A NaN value
/// is a draw that failed (e.g. a rank-deficient resample); it is left out of every summary.
///
/// Beside r, the draws may carry λ and β drawn together with it (``parameters``): draw b of each
/// comes from the same resample or the same posterior draw. ``summary(of:)`` gives the bias,
/// standard error and median of each labelled quantity (``DrawsSummary``).
public struct Draws: Sendable, Codable {
    /// A quantity the draws are of: r, or a parameter drawn beside it.
    public enum Quantity: String, Sendable, Hashable, Codable, CaseIterable {
        /// r = λ/β.
        case r
        /// λ, the returns to research effort.
        case lambda
        /// β, how fast ideas get harder to find.
        case beta
    }

    /// Draws of one parameter beside r, in the same order as r's draws.
    public struct ParameterDraws: Sendable, Codable {
        /// The parameter (``Quantity/lambda`` or ``Quantity/beta``).
        public let quantity: Quantity
        /// Its point estimate (on the original data, or the posterior median).
        public let estimate: Double
        /// Its draws; NaN marks a failed draw.
        public let values: [Double]

        /// Creates the draws of one parameter.
        public init(quantity: Quantity, estimate: Double, values: [Double]) {
            self.quantity = quantity
            self.estimate = estimate
            self.values = values
        }
    }

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
    /// The draws of r, in generation order; NaN marks a failed draw. Jones bootstrap replicates
    /// derive them from λ and β on demand (``ReplicateValues``).
    public let values: ReplicateValues
    /// The seed of the random streams behind the draws.
    public let seed: UInt64
    /// The bootstrap replicates, with their jackknife and settings, when ``kind`` is
    /// ``Kind/bootstrapReplicates``; nil otherwise.
    public let replicates: BootstrapReplicates?
    /// λ and β drawn with r (same resample or posterior draw), where the method estimates them;
    /// empty otherwise.
    public let parameters: [ParameterDraws]

    /// Bootstrap replicates as draws, with the replicates of λ and β from the same resamples.
    /// - Precondition: every parameter has one value per replicate.
    public init(replicates: BootstrapReplicates, parameters: [ParameterDraws] = []) {
        precondition(parameters.allSatisfy { $0.values.count == replicates.values.count && $0.quantity != .r })
        kind = .bootstrapReplicates
        estimate = replicates.estimate
        values = replicates.values
        seed = replicates.specification.seed
        self.replicates = replicates
        self.parameters = parameters
    }

    /// Posterior or parametric draws around `estimate`, with λ and β drawn with them.
    /// - Precondition: `kind` is not ``Kind/bootstrapReplicates`` (use ``init(replicates:parameters:)``);
    ///   every parameter has one value per draw.
    public init(kind: Kind, estimate: Double, values: [Double], seed: UInt64, parameters: [ParameterDraws] = []) {
        precondition(
            kind != .bootstrapReplicates, "bootstrap replicates carry their specification: use init(replicates:)")
        precondition(parameters.allSatisfy { $0.values.count == values.count && $0.quantity != .r })
        self.kind = kind
        self.estimate = estimate
        self.values = ReplicateValues(values)
        self.seed = seed
        replicates = nil
        self.parameters = parameters
    }

    /// The labelled quantities these draws hold, r first.
    public var quantities: [Quantity] { [.r] + parameters.map(\.quantity) }

    /// The draws of `quantity` in generation order (NaN = failed), or nil when it was not drawn.
    public func values(of quantity: Quantity) -> [Double]? {
        quantity == .r ? values.array : parameters.first { $0.quantity == quantity }?.values
    }

    /// Bias, standard error and median of `quantity`'s draws (see ``DrawsSummary`` for what
    /// bias means for each kind), or nil when it was not drawn.
    public func summary(of quantity: Quantity) -> DrawsSummary? {
        if quantity == .r { return DrawsSummary(values: values, estimate: estimate, kind: kind) }
        guard let p = parameters.first(where: { $0.quantity == quantity }) else { return nil }
        return DrawsSummary(values: p.values, estimate: p.estimate, kind: kind)
    }

    /// The interval methods valid for these draws: all four for bootstrap replicates, the
    /// equal-tailed percentile interval for posterior and parametric draws.
    public var intervalMethods: [IntervalMethod] {
        kind == .bootstrapReplicates ? IntervalMethod.allCases : [.percentile]
    }

    /// The draws that succeeded, sorted ascending.
    public var sortedSuccessfulValues: [Double] { values.sortedSuccessful }

    /// The share of successful draws strictly above `threshold`, e.g. P(r > 1); NaN when none.
    public func probability(above threshold: Double) -> Double {
        SuccessfulValues.probability(of: values, above: threshold)
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
    /// The adjusted draws are of r only (λ and β are not carried over).
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
