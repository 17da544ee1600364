/// Elasticities of substitution between research labour and compute quoted in the sources.
///
/// Second-hand: rdfit has not re-estimated them. Whitfill & Wu (2025), as quoted in the 2025 Epoch
/// newsletter (see <doc:AutomationLoop>), find σ ≈ 2.58 (substitutes) from lab panel data, and a
/// near-zero value, reported as −0.10, once experiments must approach frontier scale, which the
/// newsletter reads as very strong complements. Treat σ as the user's assumption.
public enum CESElasticityPreset: String, Codable, Sendable, Hashable, CaseIterable {
    /// σ = 2.58: labour and compute as substitutes (Whitfill & Wu 2025, lab panel; second-hand).
    case whitfillWu2025Substitutes
    /// Near zero, reported as −0.10, when experiments must approach frontier scale
    /// (Whitfill & Wu 2025; second-hand).
    case whitfillWu2025FrontierScale
    /// σ = 1: Cobb-Douglas, the automation loop's implicit assumption.
    case cobbDouglas

    /// The value as reported by the source.
    public var reportedElasticity: Double {
        switch self {
        case .whitfillWu2025Substitutes: return 2.58
        case .whitfillWu2025FrontierScale: return -0.10
        case .cobbDouglas: return 1
        }
    }

    /// The σ rdfit uses. The reported −0.10 lies outside the CES's domain σ > 0, so the frontier
    /// preset uses 0.05, rdfit's own stand-in for "near zero" (chosen, not estimated); the
    /// long-run verdict (σ < 1: no explosion) does not depend on the exact value.
    public var modelledElasticity: Double {
        switch self {
        case .whitfillWu2025FrontierScale: return 0.05
        default: return reportedElasticity
        }
    }
}
