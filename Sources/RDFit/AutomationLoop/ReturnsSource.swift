/// Where each run's initial returns r₀ come from.
public enum ReturnsSource: Codable, Sendable, Hashable {
    /// Drawn from a range (log-uniform 0.4–3.6 in the published main run).
    case range(SamplingRange)
    /// Taken from supplied draws of r (bootstrap replicates or posterior draws, after the
    /// adjustments that turn rdfit's λ/β into the model's deflated λα/β): run j uses the draw at
    /// an index chosen uniformly from its own stream, so the choice is seeded and independent of
    /// threads. A draw ≤ 0 gives a run that makes no progress; it is counted, not dropped.
    case draws([Double])
}
