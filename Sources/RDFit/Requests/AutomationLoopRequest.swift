/// The settings of the automation-loop Monte Carlo (<doc:AutomationLoop>): the Davidson &
/// Houlden (2025) ranges (``AutomationLoopSpecification/davidsonHoulden2025(runs:seed:retrainingCost:gradualBoost:constantReturns:firstDoubling:initialReturns:speedUp:parallelPenalty:distanceToLimits:conditions:bandMonths:)``)
/// with whichever are stated put in their place. ``specification()`` checks and resolves them.
public struct AutomationLoopRequest: Sendable, Hashable {
    /// Monte-Carlo runs.
    public var runs: Int
    /// Seed of the runs.
    public var seed: UInt64
    /// r₀ drawn from these values, one per run (draws of an estimate), or nil.
    public var returnsDraws: [Double]?
    /// r₀ as `[low, high]`, log-uniform (one value fixes it), or nil for the preset's.
    public var initialReturns: [Double]?
    /// The initial speed-up f as `[low, high]`, log-uniform.
    public var speedUp: [Double]?
    /// The parallel penalty p as `[low, high]`, log-uniform.
    public var parallelPenalty: [Double]?
    /// The distance to limits in years as `[low, high]`, uniform.
    public var distanceToLimits: [Double]?
    /// Software's share of AI progress (default the preset's).
    public var softwareShare: Double?
    /// Today's software doubling time in months (default the preset's).
    public var softwareDoublingMonths: Double?
    /// The simulated horizon in months (default the preset's).
    public var horizonMonths: Double?
    /// The retraining cost.
    public var retrainingCost: RetrainingCost = .none
    /// Whether the speed-up ramps up over five years.
    public var gradualBoost = false
    /// Whether r stays at r₀.
    public var constantReturns = false
    /// How the first doubling is shortened.
    public var firstDoubling: FirstDoublingConvention = .dividedBySpeedUp
    /// The elasticity of substitution σ of a CES research input in labour and compute, or nil for
    /// none.
    public var elasticity: Double?
    /// With ``elasticity``: experiment compute's growth rate per year, natural log (default 0).
    public var computeGrowthPerYear: Double?
    /// With ``elasticity``: compute's share of research input at automation (default
    /// ``AutomationLoopComputeBottleneck/defaultComputeShare``).
    public var computeWeight: Double?
    /// Conditions estimated beside ``ProgressCondition/standard`` (one already there is not repeated).
    public var extraConditions: [ProgressCondition] = []
    /// Whether the trajectory bands are kept, on ``bandGrid(horizonMonths:steps:)``.
    public var bands = false

    /// The preset's ranges for `runs` runs with `seed`; nothing else stated.
    public init(runs: Int, seed: UInt64) {
        self.runs = runs
        self.seed = seed
    }

    /// The months of the trajectory bands: `steps` equal steps from 0 to the horizon.
    public static func bandGrid(horizonMonths: Double, steps: Int = 96) -> [Double] {
        (0...steps).map { horizonMonths * Double($0) / Double(steps) }
    }

    /// The CES compute bottleneck, or nil without ``elasticity``.
    /// - Throws: ``SpecificationError`` for a compute growth or weight without an elasticity;
    ///   ``AutomationLoopError`` for values out of range.
    public func computeBottleneck() throws -> AutomationLoopComputeBottleneck? {
        guard let elasticity else {
            if computeGrowthPerYear != nil || computeWeight != nil {
                throw SpecificationError(
                    setting: computeGrowthPerYear != nil ? .computeGrowth : .computeWeight,
                    message: "goes with \(Setting.substitution.mention) SIGMA (the CES research input)")
            }
            return nil
        }
        return try AutomationLoopComputeBottleneck(
            elasticity: elasticity, computeShare: computeWeight ?? AutomationLoopComputeBottleneck.defaultComputeShare,
            computeGrowthPerMonth: (computeGrowthPerYear ?? 0) / 12)
    }

    /// The specification: the preset with the stated settings in its place.
    /// - Throws: ``AutomationLoopError`` or ``SpecificationError`` for settings out of range.
    public func specification() throws -> AutomationLoopSpecification {
        func range(
            _ ends: [Double]?, _ setting: AutomationLoopError.Setting, _ scale: SamplingRange.Scale
        ) throws
            -> SamplingRange?
        {
            try ends.map { try SamplingRange($0[0], $0[$0.count - 1], scale: scale, setting: setting) }
        }
        let returns: ReturnsSource? =
            try returnsDraws.map { .draws($0) }
            ?? range(initialReturns, .initialReturns, .logUniform).map { .range($0) }
        var conditions = ProgressCondition.standard
        for condition in extraConditions where !conditions.contains(condition) { conditions.append(condition) }
        let preset = try AutomationLoopSpecification.davidsonHoulden2025(
            runs: runs, seed: seed, retrainingCost: retrainingCost, gradualBoost: gradualBoost,
            constantReturns: constantReturns, firstDoubling: firstDoubling, initialReturns: returns,
            speedUp: try range(speedUp, .speedUp, .logUniform),
            parallelPenalty: try range(parallelPenalty, .parallelPenalty, .logUniform),
            distanceToLimits: try range(distanceToLimits, .distanceToLimits, .uniform), conditions: conditions)
        let horizonMonths = self.horizonMonths ?? preset.horizonMonths
        let bandMonths =
            bands && horizonMonths.isFinite && horizonMonths > 0
            ? Self.bandGrid(horizonMonths: horizonMonths) : preset.bandMonths
        return try AutomationLoopSpecification(
            initialReturns: preset.initialReturns, speedUp: preset.speedUp, parallelPenalty: preset.parallelPenalty,
            distanceToLimits: preset.distanceToLimits, softwareShare: softwareShare ?? preset.softwareShare,
            softwareDoublingMonths: softwareDoublingMonths ?? preset.softwareDoublingMonths,
            horizonMonths: horizonMonths, retrainingCost: preset.retrainingCost, gradualBoost: preset.gradualBoost,
            constantReturns: preset.constantReturns, firstDoubling: preset.firstDoubling,
            computeBottleneck: try computeBottleneck(), conditions: preset.conditions,
            quantileLevels: preset.quantileLevels, bandMonths: bandMonths, runs: runs, seed: seed)
    }
}
