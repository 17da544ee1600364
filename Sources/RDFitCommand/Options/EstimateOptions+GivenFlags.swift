import RDFit

extension EstimateOptions {
    /// The estimate options given, as settings, other than `--seed` and `--format`: the one table
    /// that the plans' refusals of options a method does not read, and `simulate`'s refusal of
    /// estimate options without `--r-from`, are drawn from.
    var givenSettings: [Setting] {
        let given: [(Setting, Bool)] = [
            (.input, !inputs.isEmpty), (.weight, !weights.isEmpty), (.output, output != nil),
            (.doublingTime, doublingTime != nil), (.growthFactor, growthFactor != nil), (.growthHorizon, over != nil),
            (.growthMultiple, growthMultiple != nil), (.interval, interval != nil),
            (.intervalLevel, intervalLevel != nil), (.method, method != nil), (.noise, noise != nil),
            (.inputKind, inputKind != nil), (.holdOut, holdout != nil), (.growthMethod, growth != nil),
            (.cumulative, cumulative != nil), (.years, years != nil), (.resamplingScheme, bootstrap != nil),
            (.blockLength, blockLength != nil), (.replicates, replicates != nil), (.level, level != nil),
            (.intervalMethod, intervalMethod != nil), (.window, window != nil), (.hacLag, hacLag != nil),
            (.hacCorrection, hacCorrection != nil), (.windowMean, windowMean != nil),
            (.likelihood, likelihood != nil), (.chains, chains != nil), (.draws, draws != nil),
            (.warmUp, warmup != nil),
        ]
        return given.filter(\.1).map(\.0)
    }

    /// The estimate options given, by flag (``givenSettings``): for refusing them in `simulate`
    /// without `--r-from`.
    var estimateFlagsGiven: [String] { givenSettings.map(OptionNames.flag(for:)) }

    /// Refuses the first of `settings`, in their order, that is given, with `message`.
    /// - Throws: ``SpecificationError`` naming that option.
    func refuse(_ settings: [Setting], message: String) throws {
        let given = Set(givenSettings)
        if let setting = settings.first(where: given.contains) {
            throw SpecificationError(setting: setting, message: message)
        }
    }
}

extension AdjustmentOptions {
    /// The adjustment options given, by flag.
    var givenFlags: [String] {
        let given: [(Setting, Bool)] = [
            (.spillover, !spillovers.isEmpty), (.spilloverShare, !spilloverShares.isEmpty),
            (.computeShare, computeShare != nil), (.outputMultiplier, !outputMultipliers.isEmpty),
        ]
        return given.filter(\.1).map { OptionNames.flag(for: $0.0) }
    }
}
