extension AutomationLoopSpecification {
    /// The published range of r₀ (Davidson & Houlden 2025): log-uniform 0.4–3.6 in the main run,
    /// 0.57–5.1 in the gradual-boost run.
    /// - Throws: never in practice (the bounds are valid); ``AutomationLoopError`` by signature.
    public static func publishedInitialReturns(gradualBoost: Bool) throws -> SamplingRange {
        gradualBoost
            ? try SamplingRange(0.57, 5.1, scale: .logUniform, setting: .initialReturns)
            : try SamplingRange(0.4, 3.6, scale: .logUniform, setting: .initialReturns)
    }

    /// The same specification with r₀ taken from `source` instead; every other setting, the seed
    /// included, is kept, so run j draws the same f, p and Y.
    /// - Throws: ``AutomationLoopError`` if `source` is invalid (empty or non-finite draws).
    public func replacingInitialReturns(with source: ReturnsSource) throws -> AutomationLoopSpecification {
        try AutomationLoopSpecification(
            initialReturns: source, speedUp: speedUp, parallelPenalty: parallelPenalty,
            distanceToLimits: distanceToLimits, softwareShare: softwareShare,
            softwareDoublingMonths: softwareDoublingMonths, horizonMonths: horizonMonths,
            retrainingCost: retrainingCost, gradualBoost: gradualBoost, constantReturns: constantReturns,
            firstDoubling: firstDoubling, computeBottleneck: computeBottleneck, conditions: conditions,
            quantileLevels: quantileLevels,
            bandMonths: bandMonths, runs: runs, seed: seed)
    }

    /// This specification with r₀ drawn from the published prior
    /// (``publishedInitialReturns(gradualBoost:)``) instead: the run a result from data is
    /// compared with.
    /// - Throws: never in practice (only r₀ changes, to a valid range); ``AutomationLoopError`` by
    ///   signature.
    public func publishedPrior() throws -> AutomationLoopSpecification {
        try replacingInitialReturns(with: .range(Self.publishedInitialReturns(gradualBoost: gradualBoost != nil)))
    }
}
