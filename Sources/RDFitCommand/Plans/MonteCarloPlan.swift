import RDFit

/// `rdfit simulate --runs N` options → an ``AutomationLoopSpecification`` (no I/O beyond the
/// draws already read by the caller).
enum MonteCarloPlan {
    /// `VALUE` (a fixed value) or `LO:HI`; the library checks the bounds and names the setting.
    static func range(
        _ text: String, setting: Setting, loopSetting: AutomationLoopError.Setting, scale: SamplingRange.Scale
    ) throws -> SamplingRange {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 1 || parts.count == 2 else {
            throw SpecificationError(
                setting: setting,
                message: "\(MessageText.quoted(text)) is not a value or a range; write LO:HI, e.g. 2:32")
        }
        let values = try parts.map { try OptionValueParsing.number($0, setting: setting) }
        return try SamplingRange(values[0], values[values.count - 1], scale: scale, setting: loopSetting)
    }

    /// `YEARS:MONTHS`: at least YEARS of progress within MONTHS months.
    static func condition(_ text: String) throws -> ProgressCondition {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else {
            throw SpecificationError(
                setting: .progressCondition,
                message: "\(MessageText.quoted(text)) is not YEARS:MONTHS, e.g. 5:6 for 5 years of progress in 6 months"
            )
        }
        let years = try OptionValueParsing.number(parts[0], setting: .progressCondition)
        let months = try OptionValueParsing.number(parts[1], setting: .progressCondition)
        return try ProgressCondition(years: years, withinMonths: months)
    }

    /// The default compute share of the CES research input: the mode of Ho & Whitfill's 0.59–0.75.
    static let defaultComputeWeight = 0.67

    /// `--substitution`: a number or a preset name (second-hand values; see the DocC article on the automation loop).
    static func elasticity(_ text: String, setting: Setting = .substitution) throws -> Double {
        let presets: [String: CESElasticityPreset] = [
            "whitfill-wu-2025": .whitfillWu2025Substitutes, "whitfill-wu-2025-frontier": .whitfillWu2025FrontierScale,
            "cobb-douglas": .cobbDouglas,
        ]
        if let preset = presets[text.trimmingBlanks.lowercased()] { return preset.modelledElasticity }
        return try OptionValueParsing.number(text, setting: setting)
    }

    /// The CES options → a compute bottleneck, or nil without `--substitution`.
    static func computeBottleneck(options o: MonteCarloOptions) throws -> AutomationLoopComputeBottleneck? {
        guard let text = o.substitution else {
            if o.computeGrowth != nil || o.computeWeight != nil {
                throw SpecificationError(
                    setting: o.computeGrowth != nil ? .computeGrowth : .computeWeight,
                    message: "goes with --substitution SIGMA (the CES research input)")
            }
            return nil
        }
        let growth = try o.computeGrowth.map { try OptionValueParsing.number($0, setting: .computeGrowth) } ?? 0
        let weight =
            try o.computeWeight.map { try OptionValueParsing.number($0, setting: .computeWeight) }
            ?? defaultComputeWeight
        return try AutomationLoopComputeBottleneck(
            elasticity: try elasticity(text), computeShare: weight, computeGrowthPerMonth: growth / 12)
    }

    /// The months of the trajectory bands drawn by `--plot`: `steps` equal steps from 0 to the horizon.
    static func bandGrid(horizonMonths: Double, steps: Int = 96) -> [Double] {
        (0...steps).map { horizonMonths * Double($0) / Double(steps) }
    }

    /// The specification of `rdfit simulate --runs N`; with `bands`, the trajectory bands are kept
    /// on ``bandGrid(horizonMonths:steps:)``.
    static func specification(
        options o: MonteCarloOptions, runs: Int, r: String?, horizon: String?, draws: [Double]?, seed: UInt64,
        bands: Bool = false
    ) throws -> AutomationLoopSpecification {
        func number(_ text: String?, _ setting: Setting) throws -> Double? {
            try text.map { try OptionValueParsing.number($0, setting: setting) }
        }
        let returns: ReturnsSource? =
            try draws.map { .draws($0) }
            ?? r.map { .range(try range($0, setting: .returns, loopSetting: .initialReturns, scale: .logUniform)) }
        var conditions = ProgressCondition.standard
        for text in o.compress {
            let condition = try condition(text)
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
        let horizonMonths = try number(horizon, .horizon) ?? preset.horizonMonths
        let bandMonths =
            bands && horizonMonths.isFinite && horizonMonths > 0
            ? bandGrid(horizonMonths: horizonMonths) : preset.bandMonths
        return try AutomationLoopSpecification(
            initialReturns: preset.initialReturns, speedUp: preset.speedUp, parallelPenalty: preset.parallelPenalty,
            distanceToLimits: preset.distanceToLimits,
            softwareShare: number(o.softwareShare, .softwareShare) ?? preset.softwareShare,
            softwareDoublingMonths: number(o.recentDoublingTime, .softwareDoublingTime)
                ?? preset.softwareDoublingMonths,
            horizonMonths: horizonMonths,
            retrainingCost: preset.retrainingCost, gradualBoost: preset.gradualBoost,
            constantReturns: preset.constantReturns, firstDoubling: preset.firstDoubling,
            computeBottleneck: try computeBottleneck(options: o),
            conditions: preset.conditions, quantileLevels: preset.quantileLevels, bandMonths: bandMonths,
            runs: runs, seed: seed)
    }
}
