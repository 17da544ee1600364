extension SeriesDraws {
    /// The draws' kind in the vocabulary of ``Draws``: refits (transition and parametric
    /// bootstrap) are bootstrap replicates, Wald-normal draws are parametric draws.
    public var drawsKind: Draws.Kind {
        switch kind {
        case .transitionBootstrap, .parametricBootstrap: return .bootstrapReplicates
        case .waldNormal: return .parametricDraws
        }
    }

    /// Bias (mean of the draws − `estimate`), standard error and median of these draws of r,
    /// with the failed replicates counted (``DrawsSummary``).
    /// - Parameter estimate: the maximum-likelihood r̂ the draws go with.
    public func summary(estimate: Double) -> DrawsSummary {
        DrawsSummary(
            values: values + [Double](repeating: .nan, count: failed), estimate: estimate, kind: drawsKind)
    }
}
