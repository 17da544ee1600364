extension AutomationLoopSpecification {
    /// The published ranges of Davidson & Houlden (2025), with any range overridden.
    ///
    /// Main run: r₀ log-uniform 0.4–3.6, f log-uniform 2–32, p log-uniform 0.15–0.6, Y uniform
    /// 6–16 years; s_c = 0.5, T₀ = 3 months, horizon 48 months. With `gradualBoost` the published
    /// gradual-boost run's defaults apply instead for r₀ (log-uniform 0.57–5.1) and Y (uniform
    /// 9–19), with the speed-up ramp of ``GradualBoost/published``. A range passed explicitly
    /// always wins over the preset's.
    /// - Parameters:
    ///   - runs: the number of runs.
    ///   - seed: the seed.
    ///   - retrainingCost: default none; the published retraining column used ``RetrainingCost/codeForm``.
    ///   - gradualBoost: whether the speed-up ramps up over five years.
    ///   - constantReturns: whether r stays at r₀.
    ///   - firstDoubling: default T₀/f, as in the published Monte Carlo.
    ///   - initialReturns: overrides the r₀ range, or supplies draws.
    ///   - speedUp: overrides the f range.
    ///   - parallelPenalty: overrides the p range.
    ///   - distanceToLimits: overrides the Y range.
    ///   - conditions: the outcomes; default the published four.
    ///   - bandMonths: months for trajectory bands, or nil.
    /// - Throws: ``AutomationLoopError`` for invalid settings.
    public static func davidsonHoulden2025(
        runs: Int, seed: UInt64, retrainingCost: RetrainingCost = .none, gradualBoost: Bool = false,
        constantReturns: Bool = false, firstDoubling: FirstDoublingConvention = .dividedBySpeedUp,
        initialReturns: ReturnsSource? = nil, speedUp: SamplingRange? = nil, parallelPenalty: SamplingRange? = nil,
        distanceToLimits: SamplingRange? = nil, conditions: [ProgressCondition] = ProgressCondition.standard,
        bandMonths: [Double]? = nil
    ) throws -> AutomationLoopSpecification {
        let returns =
            try initialReturns
            ?? .range(publishedInitialReturns(gradualBoost: gradualBoost))
        let limits =
            try distanceToLimits
            ?? (gradualBoost
                ? SamplingRange(9, 19, scale: .uniform, setting: .distanceToLimits)
                : SamplingRange(6, 16, scale: .uniform, setting: .distanceToLimits))
        return try AutomationLoopSpecification(
            initialReturns: returns,
            speedUp: speedUp ?? SamplingRange(2, 32, scale: .logUniform, setting: .speedUp),
            parallelPenalty: parallelPenalty ?? SamplingRange(0.15, 0.6, scale: .logUniform, setting: .parallelPenalty),
            distanceToLimits: limits,
            retrainingCost: retrainingCost,
            gradualBoost: gradualBoost ? .published : nil,
            constantReturns: constantReturns,
            firstDoubling: firstDoubling,
            conditions: conditions,
            bandMonths: bandMonths,
            runs: runs,
            seed: seed)
    }
}
