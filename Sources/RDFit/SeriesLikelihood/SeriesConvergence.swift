/// How an optimisation of the full-series likelihood ended.
public struct SeriesConvergence: Sendable, Hashable, Codable {
    /// The criterion that stopped the optimiser.
    public enum Criterion: String, Sendable, Hashable, Codable {
        /// The largest gradient component fell below the tolerance.
        case gradientNorm = "gradient-norm"
        /// The line search could not decrease the objective further while the gradient was within
        /// 100 times the tolerance (the limit of numerical differentiation).
        case noFurtherDecrease = "no-further-decrease"
    }

    /// The criterion reached.
    public let criterion: Criterion
    /// The largest absolute component of the log-likelihood's gradient at the estimate, in the
    /// optimiser's coordinates (β, λ, log θ, log σ, logit terms).
    public let gradientNorm: Double
    /// The tolerance on that norm.
    public let gradientTolerance: Double
    /// BFGS iterations of the winning start.
    public let iterations: Int
    /// Likelihood evaluations over all starts.
    public let evaluations: Int
    /// Starting points tried, and how many of them converged.
    public let starts: Int
    public let convergedStarts: Int
}

/// A full-series fit that did not converge, or input settings that cannot be fitted. Never
/// replaced by a number.
public struct SeriesFitError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What failed.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// No start reached the convergence criterion.
        case notConverged = "not-converged"
        /// The likelihood is not finite at any start.
        case nonFiniteLikelihood = "non-finite-likelihood"
        /// A setting of the specification is out of range.
        case invalidSetting = "invalid-setting"
    }

    /// What failed.
    public let kind: Kind
    /// The fit or setting concerned, e.g. `full model`, `lambda = 0`, `profile at r = 1.4`, `level`.
    public let subject: String
    /// Why, in one sentence.
    public let reason: String

    /// Creates an error.
    public init(_ kind: Kind, subject: String, reason: String) {
        self.kind = kind
        self.subject = subject
        self.reason = reason
    }

    public var description: String { "\(subject): \(reason)" }
}
