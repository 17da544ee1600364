/// The summary of one quantity's draws that R's `print.boot` shows beside an interval: bias,
/// standard error and median (Efron & Tibshirani 1993, §2 and §10).
///
/// - For bootstrap replicates and parametric (Monte-Carlo) draws, ``bias`` is the mean of the
///   successful draws minus the point estimate, and ``standardError`` their standard deviation
///   (n − 1 denominator): the bootstrap estimates of the estimator's bias and standard error.
/// - For posterior draws there is no sampling distribution around a point estimate: ``bias`` is
///   NaN (reported as `null`), ``standardError`` is the posterior standard deviation and
///   ``median`` the posterior median of the stored draws.
///
/// Failed draws (NaN) are left out of every figure and counted in ``failedCount``.
public struct DrawsSummary: Sendable, Hashable, Codable {
    /// The point estimate the draws go with.
    public let estimate: Double
    /// Mean of the successful draws minus ``estimate``; NaN for posterior draws or without draws.
    public let bias: Double
    /// Standard deviation of the successful draws (n − 1 denominator); NaN with fewer than two.
    public let standardError: Double
    /// Type-7 median of the successful draws; NaN without any.
    public let median: Double
    /// Mean of the successful draws; NaN without any.
    public let mean: Double
    /// Number of successful draws.
    public let successfulCount: Int
    /// Number of failed draws.
    public let failedCount: Int

    /// Summarises `values` (NaN marks a failed draw) around `estimate`.
    /// - Parameters:
    ///   - values: the draws, in any order.
    ///   - estimate: the point estimate they go with.
    ///   - kind: what the draws are; posterior draws get no bias.
    public init(values: some Collection<Double>, estimate: Double, kind: Draws.Kind) {
        self.init(values, estimate: estimate, kind: kind) { RadixSort.sortedDroppingNaN(values) }
    }

    /// Summarises replicate values, reading the median from their shared sorted copy
    /// (``ReplicateValues/sortedSuccessful``) rather than sorting them again.
    public init(values: ReplicateValues, estimate: Double, kind: Draws.Kind) {
        self.init(values, estimate: estimate, kind: kind) { values.sortedSuccessful }
    }

    private init(
        _ values: some Collection<Double>, estimate: Double, kind: Draws.Kind, sorted: () -> [Double]
    ) {
        let moments = SuccessfulValues.moments(of: values)
        self.estimate = estimate
        successfulCount = moments.count
        failedCount = values.count - moments.count
        mean = moments.mean
        standardError = moments.standardDeviation
        median = moments.count == 0 ? .nan : Quantile.sorted(sorted(), 0.5)
        bias = kind == .posteriorDraws ? .nan : moments.mean - estimate
    }
}
