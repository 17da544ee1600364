/// Sample quantiles by linear interpolation between order statistics (Hyndman & Fan type 7,
/// the default of R's `quantile` and NumPy's `percentile`): for sorted x_1..x_n,
/// h = (n − 1)·p, q = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋) (0-based).
public enum Quantile {
    /// The type-7 quantile of already sorted, NaN-free values at probability `p` in [0, 1].
    public static func sorted(_ sortedValues: [Double], _ p: Double) -> Double {
        let n = sortedValues.count
        guard n > 0, p >= 0, p <= 1 else { return .nan }
        if n == 1 { return sortedValues[0] }
        let h = Double(n - 1) * p
        let lo = Int(h.rounded(.down))
        let hi = min(lo + 1, n - 1)
        return sortedValues[lo] + (h - Double(lo)) * (sortedValues[hi] - sortedValues[lo])
    }

    /// Type-7 quantiles of `values` (NaNs ignored) at each probability.
    public static func of(_ values: [Double], _ probabilities: [Double]) -> [Double] {
        let sortedValues = values.filter { !$0.isNaN }.sorted()
        return probabilities.map { sorted(sortedValues, $0) }
    }
}
