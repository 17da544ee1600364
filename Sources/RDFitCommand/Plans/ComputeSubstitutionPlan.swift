import RDFit

/// `estimate --compute-substitution SIGMA` → the CES explosion verdict row (<doc:AutomationLoop>).
enum ComputeSubstitutionPlan {
    /// ε_K for σ = 1 when `--compute-share` is not given: ≈ 2/3, the mode of Ho &
    /// Whitfill's 0.59–0.75.
    static let defaultComputeShare = AutomationLoopComputeBottleneck.defaultComputeShare

    /// The explosion condition of σ and the compute share (the central value of
    /// `--compute-share`, else ``defaultComputeShare``), or nil without the option.
    /// - Throws: ``CommandError`` (usage) naming `--compute-substitution` or `--compute-share`.
    static func condition(
        options: ComputeSubstitutionOptions, adjustments: AdjustmentOptions
    ) throws -> CESExplosionCondition? {
        guard let sigma = options.computeSubstitution?.value else { return nil }
        let share = adjustments.computeShare?.weight.central ?? defaultComputeShare
        do {
            return try CESExplosionCondition(elasticity: sigma, computeShare: share)
        } catch let error as AutomationLoopError {
            if case .outOfRange(.computeShare, _, _) = error {
                throw CommandError.specification(SpecificationError(setting: .computeShare, message: error.description))
            }
            throw CommandError.specification(
                SpecificationError(setting: .computeSubstitution, message: error.description))
        }
    }

    /// The check `validate()` makes before anything is estimated: σ, and the compute share that
    /// σ = 1 uses (below 1), unless the compute share is one the adjustments refuse themselves.
    /// - Throws: ``CommandError`` (usage), as ``condition(options:adjustments:)``.
    static func check(options: ComputeSubstitutionOptions, adjustments: AdjustmentOptions) throws {
        if let share = adjustments.computeShare,
            (try? ReturnsAdjustment.computeBottleneck(computeShare: share.weight).validate()) == nil
        {
            return
        }
        _ = try condition(options: options, adjustments: adjustments)
    }

    /// The verdict row, or none without the option.
    /// - Throws: ``CommandError`` (usage) naming the option.
    static func verdict(
        options: ComputeSubstitutionOptions, adjustments: AdjustmentOptions, estimate: ReturnsEstimate
    ) throws -> [AdjustedReturnsSummary] {
        guard let condition = try condition(options: options, adjustments: adjustments) else { return [] }
        return [try condition.verdict(on: estimate)]
    }
}
