/// One estimated quantity with its interval and standard error.
public struct SeriesEstimate: Sendable, Hashable, Codable {
    /// Point estimate (the maximum-likelihood value).
    public let estimate: Double
    /// Interval ends; nil when the interval is unbounded on that side or undefined (a diagnostic
    /// says which).
    public let lower: Double?
    public let upper: Double?
    /// Wald standard error from the inverse Hessian (delta method for transformed quantities);
    /// nil when the Hessian is not negative definite.
    public let standardError: Double?
    /// Level of the interval (e.g. 0.9).
    public let level: Double
    /// How the interval was made.
    public let interval: IntervalKind

    /// How an interval was made.
    public enum IntervalKind: String, Sendable, Hashable, Codable {
        /// Estimate ± z·standard error (for r: the delta method).
        case wald
        /// {x : 2·(ℓ̂ − ℓ_profile(x)) ≤ χ²₁(level)}.
        case profileLikelihood = "profile-likelihood"
        /// Fixed by the model (α = 2, skewness 0 for Gaussian noise).
        case fixed
        /// No interval: the estimate sits at a bound of its range (stable α at 1 or 2, skewness at
        /// ±1), where the Wald interval would span the whole range next to a near-zero
        /// delta-method standard error. `lower`, `upper` and `standardError` are nil; the
        /// ``Diagnostic/Code/estimateAtBound`` diagnostic names the bound.
        case atBound = "at-bound"
    }
}

/// A likelihood-ratio test of a restriction, against the χ² law with `degreesOfFreedom`.
public struct SeriesLikelihoodTest: Sendable, Hashable, Codable {
    /// The restriction, e.g. `lambda = 0` or `r = 1`.
    public let hypothesis: String
    /// 2·(ℓ_free − ℓ_restricted), never negative.
    public let statistic: Double
    public let degreesOfFreedom: Int
    /// P(χ² ≥ statistic).
    public let pValue: Double
    /// The restricted fit's maximised log-likelihood and its parameters.
    public let restrictedLogLikelihood: Double
    public let restrictedParameters: SeriesParameters
}

/// A chronological hold-out: fit the first share of transitions, score the rest.
public struct SeriesHoldOut: Sendable, Hashable, Codable {
    /// Transitions used to fit, and held out.
    public let fittedTransitions: Int
    public let heldOutTransitions: Int
    /// The free fit on the first part, and its log-likelihood on the held-out part.
    public let freeParameters: SeriesParameters
    public let freeHeldOutLogLikelihood: Double
    /// The λ = 0 fit on the first part, and its held-out log-likelihood.
    public let restrictedParameters: SeriesParameters
    public let restrictedHeldOutLogLikelihood: Double
    /// freeHeldOutLogLikelihood − restrictedHeldOutLogLikelihood (positive favours λ ≠ 0).
    public var heldOutGain: Double { freeHeldOutLogLikelihood - restrictedHeldOutLogLikelihood }
}

/// Draws of r = λ/β, labelled by how they were made.
public struct SeriesDraws: Sendable, Hashable, Codable {
    /// How a set of draws of r was made.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Refits on transitions resampled with replacement.
        case transitionBootstrap = "transition-bootstrap"
        /// Refits on series simulated from the fitted model (same dates, input and first level).
        case parametricBootstrap = "parametric-bootstrap"
        /// (β, λ) drawn from the normal law with the Wald covariance, no refits (the notebook's
        /// "parametric normal bootstrap").
        case waldNormal = "wald-normal"
    }

    public let kind: Kind
    /// The draws of r, in replicate order (failed replicates removed and counted).
    public let values: [Double]
    /// Replicates whose refit did not converge.
    public let failed: Int
    /// The seed; replicate b used stream b of that seed, whatever the thread count.
    public let seed: UInt64
    /// For the transition bootstrap: approximate leave-one-transition-out values of r, one per
    /// transition, from the infinitesimal jackknife (`SeriesInfluence`); they give the BCa
    /// interval its acceleration. Nil for the other kinds, or when the Wald covariance is undefined.
    public var jackknife: [Double]? = nil
}

/// The result of a full-series maximum-likelihood fit (<doc:FullSeriesLikelihood>).
public struct SeriesMLEResult: Sendable, Codable {
    /// The noise law and the input reading.
    public let noise: SeriesNoise
    public let inputKind: SeriesInputKind
    /// Names of the output and input series.
    public let outputName: String
    public let inputName: String
    /// Transitions fitted, and output pairs skipped for equal dates.
    public let transitions: Int
    public let skippedEqualDates: Int
    /// The fitted parameters.
    public let parameters: SeriesParameters
    /// r = λ/β with its profile-likelihood interval (the default interval) and Wald standard error.
    public let returns: SeriesEstimate
    /// r with its delta-method (Wald) interval.
    public let returnsWald: SeriesEstimate
    public let lambda: SeriesEstimate
    public let beta: SeriesEstimate
    public let theta: SeriesEstimate
    public let sigma: SeriesEstimate
    /// α and skewness (fixed at 2 and 0 for Gaussian noise).
    public let alpha: SeriesEstimate
    public let skewness: SeriesEstimate
    /// Maximised log-likelihood, number of free parameters, AIC = 2k − 2ℓ.
    public let logLikelihood: Double
    public let parameterCount: Int
    public let aic: Double
    /// Likelihood-ratio tests of λ = 0 and r = 1, each χ²(1).
    public let tests: [SeriesLikelihoodTest]
    /// The chronological hold-out, when requested and possible.
    public let holdOut: SeriesHoldOut?
    /// Draws of r, one entry per kind requested.
    public let draws: [SeriesDraws]
    /// How the optimiser converged.
    public let convergence: SeriesConvergence
    /// Warnings that leave an answer (flat likelihood in λ, unbounded profile interval, …).
    public let diagnostics: [Diagnostic]
}
