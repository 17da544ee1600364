/// Sample quantiles by linear interpolation between order statistics (Hyndman & Fan type 7,
/// R's default): for sorted x₁…xₙ, position h = (n − 1)p, value x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋).
enum SampleQuantile {
    /// The p-quantile of already sorted finite values; nil when empty.
    static func type7(sorted values: [Double], p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let h = Double(values.count - 1) * min(max(p, 0), 1)
        let lower = Int(h.rounded(.down))
        let upper = min(lower + 1, values.count - 1)
        return values[lower] + (h - Double(lower)) * (values[upper] - values[lower])
    }
}
