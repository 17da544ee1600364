/// Figures of stored draws or replicates that skip the failed ones (NaN) in one pass, without the
/// filtered copy that `values.filter { !$0.isNaN }` would make: at 10^7 replicates that copy
/// alone is 80 MB. Sums run in storage order, so every figure is the same, to the bit, as the
/// same formula over the filtered copy.
enum SuccessfulValues {
    /// Count, mean and standard deviation of the values that are not NaN.
    struct Moments {
        /// Number of values that are not NaN.
        let count: Int
        /// Their mean; NaN when there are none.
        let mean: Double
        /// Their standard deviation (n − 1 denominator); NaN with fewer than two.
        let standardDeviation: Double
    }

    /// Count, mean and standard deviation of the values of `values` that are not NaN.
    static func moments(of values: some Collection<Double>) -> Moments {
        var count = 0
        var sum = 0.0
        for value in values where !value.isNaN {
            count += 1
            sum += value
        }
        guard count > 0 else { return Moments(count: 0, mean: .nan, standardDeviation: .nan) }
        let mean = sum / Double(count)
        guard count > 1 else { return Moments(count: count, mean: mean, standardDeviation: .nan) }
        var squares = 0.0
        for value in values where !value.isNaN { squares += (value - mean) * (value - mean) }
        return Moments(count: count, mean: mean, standardDeviation: (squares / Double(count - 1)).squareRoot())
    }

    /// The share of the values that are not NaN strictly above `threshold`; NaN when all are NaN.
    static func probability(of values: some Collection<Double>, above threshold: Double) -> Double {
        var count = 0
        var above = 0
        for value in values where !value.isNaN {
            count += 1
            if value > threshold { above += 1 }
        }
        return count == 0 ? .nan : Double(above) / Double(count)
    }
}
