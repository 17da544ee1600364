/// The split halves of a 0/1 indicator series (draw ≤ threshold) kept as its segments of ones,
/// from which the rank-normalised effective sample size of the indicator
/// (``MCMCConvergence/effectiveSampleSize(chains:)`` of the 0/1 chains) is computed from exact
/// counts instead of a sum over the draws at every lag.
///
/// Why it is exact: the rank-normalised indicator takes two values, the zeros' score z₀ and the
/// ones' z₁ (``MCMCConvergence/indicatorScores(zeros:ones:)``), so a half of n draws with k ones,
/// centred by its mean z₀ + d·k/n (d = z₁ − z₀), has the variance d²·k(n − k)/(n(n − 1)) and the
/// lag-t autocovariance
///
///     (1/n)·Σ_(i<n−t) c_i·c_(i+t) = (d²/n)·[N₁₁(t) − p·(O₁(t) + O₂(t)) + p²·(n − t)],  p = k/n,
///
/// with the integer counts N₁₁(t) (pairs i, i + t both ones), O₁(t) (ones among the first n − t
/// draws) and O₂(t) (among the last n − t), all read from the half's prefix counts of ones: N₁₁(t)
/// is, over the segments [a, b) of ones, the ones among draws a + t ..< b + t, two look-ups a
/// segment where the sum over the draws took a multiply-add a draw. The result differs from that sum only by
/// rounding (it has none in the counts); the dense and the pooled indicator ESS both use this type,
/// so they agree bit for bit.
struct IndicatorSegments {
    /// Draws per half.
    let length: Int
    /// Start and end (exclusive) of every segment of ones, positions within its half, halves end
    /// to end; segments of one half are disjoint, ascending and never adjacent.
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    /// Half h's segments are `halfStarts[h]..<halfStarts[h + 1]`.
    private var halfStarts = [0]
    /// Ones in each half.
    private(set) var ones: [Int] = []

    /// An empty set of halves of `length` draws each (at most `Int32.max`).
    init(length: Int) {
        self.length = length
    }

    /// The number of halves recorded.
    var halfCount: Int { ones.count }

    /// Adds the draws from..<to (positions within the current half, ascending across calls) as
    /// ones, merged with the previous segment when they touch it.
    mutating func appendOnes(from: Int, to: Int) {
        guard to > from else { return }
        if starts.count > halfStarts[halfStarts.count - 1], Int(ends[ends.count - 1]) == from {
            ends[ends.count - 1] = Int32(to)
        } else {
            starts.append(Int32(from))
            ends.append(Int32(to))
        }
    }

    /// Closes the current half (its ones are the draws added since the last call).
    mutating func finishHalf() {
        var count = 0
        for s in halfStarts[halfStarts.count - 1]..<starts.count { count += Int(ends[s] - starts[s]) }
        ones.append(count)
        halfStarts.append(starts.count)
    }

    /// The ones before each position of every half: entry h·(n + 1) + k counts the ones among
    /// half h's first k draws (k = 0...n).
    func prefixCounts() -> [Int32] {
        let n = length
        var counts = [Int32](repeating: 0, count: halfCount * (n + 1))
        counts.withUnsafeMutableBufferPointer { counts in
            for h in 0..<halfCount {
                let base = h * (n + 1)
                var position = 0
                var running: Int32 = 0
                for s in halfStarts[h]..<halfStarts[h + 1] {
                    let start = Int(starts[s]), end = Int(ends[s])
                    while position < start {
                        position += 1
                        counts[base + position] = running
                    }
                    while position < end {
                        running += 1
                        position += 1
                        counts[base + position] = running
                    }
                }
                while position < n {
                    position += 1
                    counts[base + position] = running
                }
            }
        }
        return counts
    }

    /// Half h's N₁₁(t), the number of i < n − t with draws i and i + t both ones: over the
    /// segments [a, b) of ones, the ones among draws min(a, n − t) + t ..< min(b, n − t) + t,
    /// from the half's prefix counts `counts` (``prefixCounts()``, the half's n + 1 entries).
    func pairsOfOnes(half h: Int, lag t: Int, counts: UnsafeBufferPointer<Int32>) -> Int {
        let limit = Int32(length - t), lag = Int32(t)
        var total = 0
        starts.withUnsafeBufferPointer { starts in
            ends.withUnsafeBufferPointer { ends in
                for s in halfStarts[h]..<halfStarts[h + 1] {
                    let from = Int(min(starts[s], limit) + lag), to = Int(min(ends[s], limit) + lag)
                    total += Int(counts[to] - counts[from])
                }
            }
        }
        return total
    }

    /// The rank-normalised effective sample size of the indicator over all halves (the estimator
    /// of ``MCMCConvergence/effectiveSampleSize(chains:)``, Geyer's initial monotone sequence
    /// on Stan's multi-chain autocorrelation), or NaN when it is undefined (fewer than 2 draws a
    /// half, or every draw on one side).
    func effectiveSampleSize() -> Double {
        let m = halfCount, n = length
        guard m > 0, n >= 2 else { return .nan }
        let totalOnes = ones.reduce(0, +)
        let (zeroScore, oneScore) = MCMCConvergence.indicatorScores(zeros: m * n - totalOnes, ones: totalOnes)
        let d = oneScore - zeroScore
        let size = Double(n)
        let stats: [(mean: Double, variance: Double)] = ones.map { k in
            let kk = Double(k)
            return (((size - kk) * zeroScore + kk * oneScore) / size, d * d * (kk * (size - kk)) / (size * (size - 1)))
        }
        let (within, plus) = MCMCConvergence.varianceComponents(stats, length: n)
        guard within > 0, plus > 0 else { return .nan }
        let fractions = ones.map { Double($0) / size }
        let counts = prefixCounts()
        return counts.withUnsafeBufferPointer { counts in
            MCMCConvergence.geyerEffectiveSampleSize(chains: m, length: n, within: within, plus: plus) { t in
                var total = 0.0
                for h in 0..<m {
                    let half = UnsafeBufferPointer(rebasing: counts[(h * (n + 1))..<((h + 1) * (n + 1))])
                    let p = fractions[h]
                    let pairs = Double(pairsOfOnes(half: h, lag: t, counts: half))
                    // O₁(t), the ones among the first n − t draws, and O₂(t), among the last n − t.
                    let leading = Int(half[n - t]), trailing = ones[h] - Int(half[t])
                    let bracket = pairs - p * Double(leading + trailing) + p * p * Double(n - t)
                    total += d * d * bracket / size
                }
                return total / Double(m)
            }
        }
    }
}
