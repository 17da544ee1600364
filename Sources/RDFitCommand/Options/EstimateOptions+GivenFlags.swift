import RDFit

extension EstimateOptions {
    /// The estimate options given, by flag, other than `--seed` and `--format`
    /// (``ReturnsRequest/statedSettings``): for refusing them in `simulate` without `--r-from`.
    var estimateFlagsGiven: [String] { request.statedSettings.map(OptionNames.flag(for:)) }
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
