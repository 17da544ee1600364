import RDFit

extension EstimateOptions {
    /// The estimate options given, by flag, other than `--seed` and `--format` (which `simulate`
    /// shares with every mode): for refusing them in `simulate` without `--r-from`.
    var estimateFlagsGiven: [String] {
        let given: [(Setting, Bool)] = [
            (.input, !inputs.isEmpty), (.weight, !weights.isEmpty), (.output, output != nil),
            (.doublingTime, doublingTime != nil), (.growthFactor, growthFactor != nil), (.growthHorizon, over != nil),
            (.growthMultiple, growthMultiple != nil), (.interval, interval != nil),
            (.intervalLevel, intervalLevel != nil), (.method, method != nil), (.noise, noise != nil),
            (.inputKind, inputKind != nil), (.holdOut, holdout != nil), (.growthMethod, growth != nil),
            (.cumulative, cumulative != nil), (.years, years != nil), (.resamplingScheme, bootstrap != nil),
            (.blockLength, blockLength != nil), (.replicates, replicates != nil), (.level, level != nil),
            (.intervalMethod, intervalMethod != nil), (.window, window != nil), (.hacLag, hacLag != nil),
            (.likelihood, likelihood != nil), (.chains, chains != nil), (.draws, draws != nil),
            (.warmUp, warmup != nil),
        ]
        return given.filter(\.1).map { OptionNames.flag(for: $0.0) }
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
