import Foundation

/// Sample quantiles by linear interpolation between order statistics, Hyndman & Fan's type 7
/// (the default of R's `quantile` and NumPy's `percentile`): for sorted x_1 ≤ ... ≤ x_n and
/// probability p, h = (n − 1)·p and Q(p) = x_⌊h⌋+1 + (h − ⌊h⌋)·(x_⌊h⌋+2 − x_⌊h⌋+1).
public enum PosteriorQuantiles {
    /// The type-7 quantile of already sorted values.
    /// - Parameters:
    ///   - sorted: values in ascending order, not empty.
    ///   - probability: p in [0, 1].
    /// - Returns: Q(p); NaN for an empty sample or p outside [0, 1].
    public static func quantile(sorted: [Double], probability p: Double) -> Double {
        guard !sorted.isEmpty, p >= 0, p <= 1 else { return .nan }
        let h = Double(sorted.count - 1) * p
        let lower = Int(h.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = h - Double(lower)
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower])
    }
}
