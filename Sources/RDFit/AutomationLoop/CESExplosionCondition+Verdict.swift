extension CESExplosionCondition {
    /// The name of the adjustment row that states this verdict.
    public static let rowName = "compute-substitution"

    /// The verdict in one sentence, e.g. "CES research input, σ = 2.58 > 1 (substitutes): …".
    public var summary: String {
        let sigma = "σ = \(PlainNumber.text(elasticity))"
        if elasticity > 1 {
            return "CES research input, \(sigma) > 1 (substitutes), fixed compute: long-run explosion iff r > 1"
        }
        if elasticity == 1 {
            return "Cobb-Douglas research input (\(sigma)), fixed compute: explosion iff (1 − ε_K)·r > 1, ε_K = "
                + PlainNumber.text(computeShare)
        }
        return "CES research input, \(sigma) < 1 (complements), fixed compute: research input is bounded by "
            + "compute, so there is no long-run explosion whatever r"
    }

    /// The verdict on an estimate as an adjustment row beside the unadjusted r: its r is the
    /// effective returns that decide the long run (r for σ > 1, (1 − ε_K)·r for σ = 1; undefined
    /// for σ < 1) with the estimate's interval method and level, and its P(r > 1) is the share
    /// of draws that give an explosion (0 for σ < 1).
    /// - Throws: ``SpecificationError`` if the estimate has no draws.
    public func verdict(on estimate: ReturnsEstimate) throws -> AdjustedReturnsSummary {
        guard let draws = estimate.draws else {
            throw SpecificationError(
                setting: .computeShare, message: "the verdict is taken per draw of r; this estimate has none")
        }
        guard let factor = effectiveReturns(1) else {
            let none = draws.scaled(central: .nan) { _, _ in .nan }
            return AdjustedReturnsSummary(
                name: Self.rowName, summary: summary, adjustments: [], centralFactor: nil,
                effectiveInputGrowthRate: nil,
                r: ReturnsSummary(
                    estimate: .nan, lower: .nan, upper: .nan, level: estimate.r.level, probabilityAboveOne: 0),
                draws: none)
        }
        let scaled = try AdjustedEstimator.adjust(
            estimate, adjustments: [.computeBottleneck(computeShare: .fixed(1 - factor))])
        let row = scaled.adjusted[0]
        return AdjustedReturnsSummary(
            name: Self.rowName, summary: summary, adjustments: [], centralFactor: factor,
            effectiveInputGrowthRate: nil, r: row.r, draws: row.draws, diagnostics: row.diagnostics)
    }
}
