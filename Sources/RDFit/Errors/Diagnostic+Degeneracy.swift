extension Diagnostic {
    /// The codes whose warnings say the draws or the fit behind an interval are degenerate (every
    /// replicate the same, many failed, blocks spanning the sample, too few in a tail, a singular or
    /// ill-conditioned design, an undefined BCa interval, an unconverged sampler): a verdict on
    /// r > 1 that stands beside one of them is softened.
    public static let degeneracyCodes: Set<Code> = [
        .degenerateReplicates, .failedReplicates, .blockSpansSample, .tooFewReplicates, .rankDeficient,
        .illConditioned, .bcaUndefined, .hessianNotDefinite, .highRHat, .lowEffectiveSampleSize,
    ]

    /// Whether this is a warning (not a note) about degenerate draws or fits; see ``degeneracyCodes``.
    public var signalsDegeneracy: Bool { severity == .warning && Self.degeneracyCodes.contains(code) }
}
