/// An estimate of r together with every adjusted r (<doc:AdjustmentsAndSensitivity>: each adjusted figure beside the
/// unadjusted one, with the assumption that made it).
public struct AdjustedReturns: Sendable, Codable {
    /// The unadjusted estimate, identical to running its estimator alone.
    public let unadjusted: ReturnsEstimate
    /// One entry per adjustment in the order given, then ``AdjustedReturnsSummary/combinedName``
    /// when there are two or more.
    public let adjusted: [AdjustedReturnsSummary]

    /// Creates a result.
    public init(unadjusted: ReturnsEstimate, adjusted: [AdjustedReturnsSummary]) {
        self.unadjusted = unadjusted
        self.adjusted = adjusted
    }

    /// The most adjusted r: the combined entry, the only adjustment, or the unadjusted r.
    public var final: ReturnsSummary { adjusted.last?.r ?? unadjusted.r }

    /// The draws behind ``final``.
    public var finalDraws: Draws? { adjusted.last?.draws ?? unadjusted.draws }
}
