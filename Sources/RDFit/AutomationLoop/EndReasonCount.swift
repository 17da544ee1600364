/// How runs ended.
public struct EndReasonCount: Codable, Sendable, Hashable {
    /// The reason.
    public let reason: AutomationLoopEndReason
    /// Runs that ended this way.
    public let runs: Int
}
