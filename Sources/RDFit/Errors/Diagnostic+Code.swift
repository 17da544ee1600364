extension Diagnostic {
    /// The kind of a diagnostic: a stable identifier (its raw value appears in JSON and in brackets in
    /// text reports), so callers switch on it rather than match message text.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// The log-linear fits leave serially correlated residuals, so resampling years understates the uncertainty.
        case autocorrelatedResiduals = "autocorrelated-residuals"
        /// The BCa interval is undefined (degenerate jackknife or all replicates on one side).
        case bcaUndefined = "bca-undefined"
        /// Bootstrap blocks span the whole sample, so the interval has no width.
        case blockSpansSample = "block-spans-sample"
        /// Every bootstrap replicate has the same value.
        case degenerateReplicates = "degenerate-replicates"
        /// More doublings complete within the horizon than a sequence lists.
        case doublingsTruncated = "doublings-truncated"
        /// A likelihood estimate (stable α or skewness) sits at a bound of its range, so no Wald
        /// interval or standard error is reported for it.
        case estimateAtBound = "estimate-at-bound"
        /// Some bootstrap replicates failed and were left out.
        case failedReplicates = "failed-replicates"
        /// The likelihood is nearly flat in λ: the input carries little information about r.
        case flatLikelihoodInLambda = "flat-likelihood-in-lambda"
        /// The Hessian of the negative log-likelihood is not positive definite, so Wald errors are undefined.
        case hessianNotDefinite = "hessian-not-definite"
        /// Split R-hat is above the convergence threshold.
        case highRHat = "high-r-hat"
        /// The chronological hold-out was not computed (too few transitions or a failed fit).
        case holdOutSkipped = "hold-out-skipped"
        /// Input values after the Bayesian horizon were ignored.
        case ignoredInputs = "ignored-inputs"
        /// The least-squares design is ill-conditioned.
        case illConditioned = "ill-conditioned"
        /// A software-level path reaches its cap.
        case levelCapped = "level-capped"
        /// The posterior's effective sample size is low.
        case lowEffectiveSampleSize = "low-effective-sample-size"
        /// The Jones regression's β̂ is at most 0, so r = λ/β is not meaningful.
        case nonPositiveBeta = "non-positive-beta"
        /// An adjustment leaves effective input that does not grow.
        case nonPositiveEffectiveInputGrowth = "non-positive-effective-input-growth"
        /// An input shrinks.
        case nonPositiveInputGrowth = "non-positive-input-growth"
        /// Software quality does not grow.
        case nonPositiveOutputGrowth = "non-positive-output-growth"
        /// A fit has as many coefficients as observations.
        case noResidualDegreesOfFreedom = "no-residual-degrees-of-freedom"
        /// A value overflows a double.
        case overflow = "overflow"
        /// A likelihood parameter sits at the edge of its range: the other parameters' Wald standard errors hold it fixed.
        case parameterAtBoundary = "parameter-at-boundary"
        /// A restricted fit of the profile likelihood failed, so that end of the profile interval is missing.
        case profileFitFailed = "profile-fit-failed"
        /// The least-squares design is rank-deficient.
        case rankDeficient = "rank-deficient"
        /// The residual bootstrap resamples deviations of yearly log increments.
        case residualSchemeOnIncrements = "residual-scheme-on-increments"
        /// r is not identified: λ̂ ≤ 0 or β̂ ≤ 0, an undefined estimate, more than 5% of replicates
        /// failed, or the interval reaches below 0 (``Identification``); no verdict on r > 1 is given.
        case rNotIdentified = "r-not-identified"
        /// Rows were sorted by year.
        case rowsReordered = "rows-reordered"
        /// Years with a missing value in a used column were left out.
        case rowsWithMissingValues = "rows-with-missing-values"
        /// The bootstrap scheme resamples overlapping windows as if independent.
        case schemeIgnoresOverlap = "scheme-ignores-overlap"
        /// Too few observations for reliable intervals.
        case smallSample = "small-sample"
        /// Bootstrap intervals under-cover at this sample size.
        case smallSampleCoverage = "small-sample-coverage"
        /// Too few successful replicates fall in each tail of the interval.
        case tooFewReplicates = "too-few-replicates"
        /// Infinitely many doublings complete before the horizon.
        case unboundedDoublings = "unbounded-doublings"
        /// The profile-likelihood interval for r does not close within the searched range.
        case unboundedProfileInterval = "unbounded-profile-interval"
        /// The Metropolis acceptance rate is outside 0.1–0.6.
        case unusualAcceptance = "unusual-acceptance"
        /// Jones windows without output growth were left out.
        case windowsWithoutGrowth = "windows-without-growth"
    }
}
