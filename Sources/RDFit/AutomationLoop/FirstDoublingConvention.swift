/// How long the first doubling after automation takes, given today's doubling time T₀.
public enum FirstDoublingConvention: String, Codable, Sendable, Hashable, CaseIterable {
    /// T₀/f: the published Monte Carlo.
    case dividedBySpeedUp
    /// T₀/(1 + f): the same authors' single-run page.
    case dividedByOnePlusSpeedUp
}
