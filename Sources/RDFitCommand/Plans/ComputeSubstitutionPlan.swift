import RDFit

/// `estimate --compute-substitution SIGMA` → the CES explosion verdict row (<doc:AutomationLoop>).
enum ComputeSubstitutionPlan {
    /// ε_K for σ = 1 when `--compute-share` is not given: ≈ 2/3, the mode of Ho &
    /// Whitfill's 0.59–0.75.
    static let defaultComputeShare = AutomationLoopComputeBottleneck.defaultComputeShare

    /// The verdict row, or none without the option.
    /// - Throws: ``SpecificationError`` or ``AutomationLoopError`` naming the option.
    static func verdict(
        options: ComputeSubstitutionOptions, adjustments: AdjustmentOptions, estimate: ReturnsEstimate
    ) throws -> [AdjustedReturnsSummary] {
        guard let sigma = options.computeSubstitution?.value else { return [] }
        let share = adjustments.computeShare?.weight.central ?? defaultComputeShare
        let condition: CESExplosionCondition
        do {
            condition = try CESExplosionCondition(elasticity: sigma, computeShare: share)
        } catch let error as AutomationLoopError {
            if case .outOfRange(.computeShare, _, _) = error {
                throw SpecificationError(setting: .computeShare, message: error.description)
            }
            throw SpecificationError(setting: .computeSubstitution, message: error.description)
        }
        return [try condition.verdict(on: estimate)]
    }
}
