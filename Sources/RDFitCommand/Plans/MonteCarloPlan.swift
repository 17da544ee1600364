import RDFit

/// `rdfit simulate --runs N` options → an ``AutomationLoopSpecification`` (no I/O beyond the
/// draws already read by the caller).
enum MonteCarloPlan {
    /// `VALUE` (a fixed value) or `LO:HI`; the library checks the bounds and names the setting.
    static func range(
        _ value: NumericDistribution, setting: Setting, loopSetting: AutomationLoopError.Setting,
        scale: SamplingRange.Scale
    ) throws -> SamplingRange {
        guard value.values.count <= 2 else {
            throw SpecificationError(
                setting: setting,
                message: "\(MessageText.quoted(value.text)) is not a value or a range; write LO:HI, e.g. 2:32")
        }
        return try SamplingRange(
            value.values[0], value.values[value.values.count - 1], scale: scale, setting: loopSetting)
    }

    /// The CES options → a compute bottleneck, or nil without `--substitution`.
    static func computeBottleneck(options o: MonteCarloOptions) throws -> AutomationLoopComputeBottleneck? {
        guard let elasticity = o.substitution else {
            if o.computeGrowth != nil || o.computeWeight != nil {
                throw SpecificationError(
                    setting: o.computeGrowth != nil ? .computeGrowth : .computeWeight,
                    message: "goes with --substitution SIGMA (the CES research input)")
            }
            return nil
        }
        let growth = o.computeGrowth?.value ?? 0
        let weight = o.computeWeight?.value ?? AutomationLoopComputeBottleneck.defaultComputeShare
        return try AutomationLoopComputeBottleneck(
            elasticity: elasticity.value, computeShare: weight, computeGrowthPerMonth: growth / 12)
    }

    /// The months of the trajectory bands drawn by `--plot`: `steps` equal steps from 0 to the horizon.
    static func bandGrid(horizonMonths: Double, steps: Int = 96) -> [Double] {
        (0...steps).map { horizonMonths * Double($0) / Double(steps) }
    }

    /// The specification of `rdfit simulate --runs N`; with `bands`, the trajectory bands are kept
    /// on ``bandGrid(horizonMonths:steps:)``.
    static func specification(
        options o: MonteCarloOptions, runs: Int, r: NumericDistribution?, horizon: NumericValue?, draws: [Double]?,
        seed: UInt64, bands: Bool = false
    ) throws -> AutomationLoopSpecification {
        let returns: ReturnsSource? =
            try draws.map { .draws($0) }
            ?? r.map { .range(try range($0, setting: .returns, loopSetting: .initialReturns, scale: .logUniform)) }
        var conditions = ProgressCondition.standard
        for value in o.compress {
            let condition = try value.condition()
            if !conditions.contains(condition) { conditions.append(condition) }
        }
        let preset = try AutomationLoopSpecification.davidsonHoulden2025(
            runs: runs, seed: seed, retrainingCost: o.retraining?.cost ?? .none, gradualBoost: o.gradualBoost,
            constantReturns: o.constantR, firstDoubling: o.firstDoublingConvention?.convention ?? .dividedBySpeedUp,
            initialReturns: returns,
            speedUp: try o.speedUp.map {
                try range($0, setting: .speedUp, loopSetting: .speedUp, scale: .logUniform)
            },
            parallelPenalty: try o.parallelPenalty.map {
                try range($0, setting: .parallelPenalty, loopSetting: .parallelPenalty, scale: .logUniform)
            },
            distanceToLimits: try o.limitYears.map {
                try range($0, setting: .distanceToLimits, loopSetting: .distanceToLimits, scale: .uniform)
            },
            conditions: conditions)
        let horizonMonths = horizon?.value ?? preset.horizonMonths
        let bandMonths =
            bands && horizonMonths.isFinite && horizonMonths > 0
            ? bandGrid(horizonMonths: horizonMonths) : preset.bandMonths
        return try AutomationLoopSpecification(
            initialReturns: preset.initialReturns, speedUp: preset.speedUp, parallelPenalty: preset.parallelPenalty,
            distanceToLimits: preset.distanceToLimits,
            softwareShare: o.softwareShare?.value ?? preset.softwareShare,
            softwareDoublingMonths: o.recentDoublingTime?.value ?? preset.softwareDoublingMonths,
            horizonMonths: horizonMonths,
            retrainingCost: preset.retrainingCost, gradualBoost: preset.gradualBoost,
            constantReturns: preset.constantReturns, firstDoubling: preset.firstDoubling,
            computeBottleneck: try computeBottleneck(options: o),
            conditions: preset.conditions, quantileLevels: preset.quantileLevels, bandMonths: bandMonths,
            runs: runs, seed: seed)
    }
}
