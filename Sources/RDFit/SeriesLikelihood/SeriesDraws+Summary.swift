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

    /// These draws as ``BootstrapReplicates`` (the pairs scheme over transitions, failed replicates
    /// as NaN, ``jackknife`` as the jackknife), so that every bootstrap interval method applies;
    /// nil for Wald-normal draws or fewer than 10 replicates.
    /// - Parameters:
    ///   - estimate: the maximum-likelihood r̂ the draws go with.
    ///   - threads: the thread count recorded in the replicates' settings.
    public func bootstrapReplicates(estimate: Double, threads: Int = 1) -> BootstrapReplicates? {
        guard kind != .waldNormal,
            let settings = try? BootstrapSpecification(
                scheme: .pairs, replicates: values.count + failed, seed: seed, threads: max(threads, 1))
        else { return nil }
        return BootstrapReplicates(
            estimate: estimate, values: values + [Double](repeating: .nan, count: failed),
            jackknife: kind == .transitionBootstrap ? jackknife : nil, specification: settings)
    }

    /// The interval for r by `method` at `level` from these bootstrap refits
    /// (``BootstrapReplicates/confidenceInterval(_:level:)``). BCa takes its acceleration from
    /// ``jackknife`` and has NaN ends without it (parametric-bootstrap draws have none).
    /// - Parameters:
    ///   - method: percentile, basic, normal or BCa.
    ///   - estimate: the maximum-likelihood r̂ the draws go with.
    ///   - level: nominal coverage in (0, 1).
    public func confidenceInterval(_ method: IntervalMethod, estimate: Double, level: Double) -> ConfidenceInterval {
        bootstrapReplicates(estimate: estimate)?.confidenceInterval(method, level: level)
            ?? ConfidenceInterval(lower: .nan, upper: .nan, level: level, method: method)
    }
}
