/// Why one run stopped.
public enum AutomationLoopEndReason: String, Codable, Sendable, Hashable, CaseIterable {
    /// The step that passed the horizon was taken.
    case horizonPassed
    /// Software reached the ceiling set by the distance to limits.
    case ceilingReached
    /// r fell to zero or below (or started there).
    case returnsExhausted
    /// The next doubling time was so short that time no longer advanced (t + dt = t).
    case doublingTimeUnderflow
    /// The next doubling time overflowed to infinity.
    case doublingTimeOverflow
}
