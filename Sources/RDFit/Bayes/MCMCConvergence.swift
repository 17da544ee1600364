#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Convergence diagnostics for several Markov chains of one scalar quantity: rank-normalised
/// split R-hat and bulk effective sample size (Vehtari, Gelman, Simpson, Carpenter & Bürkner
/// 2021, "Rank-normalization, folding, and localization: an improved R-hat", Bayesian Analysis).
///
/// Each chain is split into halves (a middle draw is dropped for odd lengths); all draws are
/// replaced by z = Φ⁻¹((rank − 3/8)/(S + 1/4)) of their pooled ranks (average ranks for ties);
/// R-hat and ESS are then computed on z. Both are invariant under monotone transformations, so
/// the ESS of r equals that of ln r, and heavy tails do not distort them.
public enum MCMCConvergence {
    /// Rank-normalised split R-hat, sqrt(var⁺/W) with W the mean within-half variance and
    /// var⁺ = (n−1)/n·W + B/n. Values near 1 indicate the chains agree; above 1.01 they may not.
    /// - Parameter chains: one array of draws per chain, equal lengths of at least 4.
    /// - Returns: R-hat, or NaN when it is undefined (too short, or all draws equal).
    public static func splitRHat(chains: [[Double]]) -> Double {
        guard let halves = rankNormalizedHalvesEndToEnd(chains) else { return .nan }
        return rHat(halves)
    }

    /// Rank-normalised bulk effective sample size: S / τ̂ with the integrated autocorrelation
    /// time τ̂ = −1 + 2·Σ_k P̂_k from Geyer's initial positive sequence P̂_k = ρ̂_2k + ρ̂_(2k+1),
    /// made monotone, and the multi-chain autocorrelation
    /// ρ̂_t = 1 − (W − mean of the chains' lag-t autocovariances)/var⁺ (Stan's estimator).
    /// Capped at S·log10(S) as in Stan.
    /// - Parameter chains: one array of draws per chain, equal lengths of at least 4.
    /// - Returns: the ESS, or NaN when undefined.
    public static func effectiveSampleSize(chains: [[Double]]) -> Double {
        guard let halves = rankNormalizedHalvesEndToEnd(chains) else { return .nan }
        return ess(halves)
    }

    /// ``splitRHat(chains:)`` and ``effectiveSampleSize(chains:)`` from one rank normalisation
    /// (the same values as the two calls, at about half the cost).
    /// - Parameters:
    ///   - chains: one array of draws per chain, equal lengths of at least 4.
    ///   - sorted: optionally, all draws of `chains` sorted ascending, which saves sorting them
    ///     again when the chains' length is even (the halves then hold every draw).
    /// - Returns: R-hat and the ESS, each NaN when undefined.
    public static func splitRHatAndEffectiveSampleSize(
        chains: [[Double]], sorted: [Double]? = nil
    ) -> (rHat: Double, effectiveSampleSize: Double) {
        guard let halves = rankNormalizedHalvesEndToEnd(chains, sorted: sorted) else { return (.nan, .nan) }
        let rHat = rHat(halves)
        return (rHat, ess(halves))
    }

    /// ``effectiveSampleSize(chains:)`` of the indicators draw ≤ `threshold` (1 or 0), without
    /// building them or sorting: the pooled indicators have two groups of tied ranks, the zeros
    /// then the ones, whose scores follow from their counts, and their autocovariances follow from
    /// counts of pairs of ones (``IndicatorSegments``; the general path's values up to rounding).
    /// - Parameters:
    ///   - chains: one array of draws per chain, equal lengths of at least 4.
    ///   - threshold: the indicator is 1 for draws at or below it.
    /// - Returns: the ESS, or NaN when undefined.
    public static func indicatorEffectiveSampleSize(chains: [[Double]], threshold: Double) -> Double {
        guard let length = chains.first?.count, length >= 4, chains.allSatisfy({ $0.count == length }) else {
            return .nan
        }
        let half = length / 2
        var segments = IndicatorSegments(length: half)
        for chain in chains {
            for offset in [0, length - half] {
                var i = 0
                while i < half {
                    guard chain[offset + i] <= threshold else {
                        i += 1
                        continue
                    }
                    let from = i
                    while i < half && chain[offset + i] <= threshold { i += 1 }
                    segments.appendOnes(from: from, to: i)
                }
                segments.finishHalf()
            }
        }
        return segments.effectiveSampleSize()
    }

    /// The rank-normalised scores of pooled 0/1 indicators, two groups of tied ranks (the zeros,
    /// then the ones): z = Φ⁻¹((average rank − 3/8)/(S + 1/4)) of each group (0 for an empty one).
    static func indicatorScores(zeros: Int, ones: Int) -> (zero: Double, one: Double) {
        let s = Double(zeros + ones)
        func score(position: Int, count: Int) -> Double {
            let averageRank = Double(2 * position + count - 1) / 2 + 1
            return NormalDistribution.standardQuantile((averageRank - 0.375) / (s + 0.25))
        }
        return (zeros > 0 ? score(position: 0, count: zeros) : 0, ones > 0 ? score(position: zeros, count: ones) : 0)
    }

    /// Splits the chains in halves and rank-normalises the pooled draws; nil if unusable.
    /// `sorted`, if given, holds all draws of `chains` sorted ascending (used for even lengths).
    static func rankNormalizedHalves(_ chains: [[Double]], sorted: [Double]? = nil) -> [[Double]]? {
        guard let halves = rankNormalizedHalvesEndToEnd(chains, sorted: sorted) else { return nil }
        return (0..<halves.chains).map { Array(halves.chain($0)) }
    }

    /// ``rankNormalizedHalves(_:sorted:)`` with the halves end to end in one array.
    static func rankNormalizedHalvesEndToEnd(_ chains: [[Double]], sorted: [Double]? = nil) -> ChainsEndToEnd? {
        guard let length = chains.first?.count, length >= 4, chains.allSatisfy({ $0.count == length }) else {
            return nil
        }
        let half = length / 2
        let halfCount = 2 * chains.count
        let total = halfCount * half
        let hasNaN = chains.contains { chain in
            chain[0..<half].contains(where: \.isNaN) || chain[(length - half)..<length].contains(where: \.isNaN)
        }
        guard !hasNaN else { return nil }
        // Pooled ranks with ties averaged: the draws sorted once (radix sort), each group of equal
        // values given z of its average rank, and each draw its group's z by binary search.
        // Rejected proposals repeat the previous draw, so consecutive equal draws are looked up once.
        let sortedPool: [Double]
        if length % 2 == 0, let sorted, sorted.count == total {
            sortedPool = sorted  // the halves hold every draw: the same values, already sorted
        } else {
            var pooled: [Double] = []
            pooled.reserveCapacity(total)
            for chain in chains {
                pooled += chain[0..<half]
                pooled += chain[(length - half)..<length]
            }
            sortedPool = RadixSort.sorted(pooled)
        }
        let s = Double(total)
        var distinct: [Double] = []
        var distinctScores: [Double] = []
        var first = 0
        while first < total {
            let value = sortedPool[first]
            var end = first + 1
            while end < total && sortedPool[end] == value { end += 1 }
            let count = end - first
            let averageRank = Double(2 * first + count - 1) / 2 + 1
            distinct.append(value)
            distinctScores.append(NormalDistribution.standardQuantile((averageRank - 0.375) / (s + 0.25)))
            first = end
        }
        let lookup = SortedValueLookup(distinct)
        // Each half's scores, written straight from its chain (no pooled copy), halves end to end.
        var scores = [Double](repeating: 0, count: total)
        for h in 0..<halfCount {
            let chain = chains[h / 2]
            let offset = h % 2 == 0 ? 0 : length - half
            let start = h * half
            var k = 0
            while k < half {
                let value = chain[offset + k]
                let score = distinctScores[lookup.index(of: value)]
                scores[start + k] = score
                k += 1
                while k < half && chain[offset + k] == value {
                    scores[start + k] = score
                    k += 1
                }
            }
        }
        return ChainsEndToEnd(values: scores, chains: halfCount, length: half)
    }

    static func meanAndVariance(_ values: [Double]) -> (mean: Double, variance: Double) {
        meanAndVariance(values[...])
    }

    /// Mean and (n−1)-divisor variance, each sum in index order.
    static func meanAndVariance(_ values: ArraySlice<Double>) -> (mean: Double, variance: Double) {
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        var ss = 0.0
        for v in values { ss += (v - mean) * (v - mean) }
        return (mean, ss / (n - 1))
    }

    /// (W, var⁺) for equal-length chains.
    static func varianceComponents(_ chains: [[Double]]) -> (within: Double, plus: Double) {
        let stats = chains.map(meanAndVariance)
        return varianceComponents(stats, length: chains[0].count)
    }

    /// (W, var⁺) for equal-length chains stored end to end.
    static func varianceComponents(_ chains: ChainsEndToEnd) -> (within: Double, plus: Double) {
        varianceComponents((0..<chains.chains).map { meanAndVariance(chains.chain($0)) }, length: chains.length)
    }

    /// (W, var⁺) from each chain's mean and variance, for chains of `length` draws.
    static func varianceComponents(
        _ stats: [(mean: Double, variance: Double)], length: Int
    ) -> (within: Double, plus: Double) {
        let n = Double(length)
        let within = stats.map(\.variance).reduce(0, +) / Double(stats.count)
        let grand = stats.map(\.mean).reduce(0, +) / Double(stats.count)
        var between = 0.0
        if stats.count > 1 {
            for s in stats { between += (s.mean - grand) * (s.mean - grand) }
            between *= n / Double(stats.count - 1)
        }
        return (within, (n - 1) / n * within + between / n)
    }

    static func rHat(_ chains: ChainsEndToEnd) -> Double {
        let (within, plus) = varianceComponents(chains)
        guard within > 0 else { return .nan }
        return (plus / within).squareRoot()
    }

    static func ess(_ chains: [[Double]]) -> Double {
        streamedRHatAndESS(count: chains.count, length: chains[0].count) { c, buffer in
            buffer.withUnsafeMutableBufferPointer { target in
                chains[c].withUnsafeBufferPointer { source in
                    for i in 0..<source.count { target[i] = source[i] }
                }
            }
        }.effectiveSampleSize
    }

    /// The ESS of equal-length chains stored end to end (the arithmetic of ``ess(_:)``).
    static func ess(_ chains: ChainsEndToEnd) -> Double {
        streamedRHatAndESS(count: chains.chains, length: chains.length) { c, buffer in
            let chain = chains.chain(c)
            buffer.withUnsafeMutableBufferPointer { target in
                for (i, value) in zip(0..., chain) { target[i] = value }
            }
        }.effectiveSampleSize
    }

    /// R-hat and the ESS of `m` chains of `n` values each that are never all in memory at once:
    /// `fill(c, &buffer)` writes chain c into `buffer` (n values), as often as the passes over the
    /// draws need it (one for the variances, one for every ``lagsPerBlock`` lags of the autocovariances).
    /// The arithmetic, and so every bit of the result, is that of ``rHat(_:)`` and ``ess(_:)`` on
    /// the chains in memory; the memory is one chain's length, or all of them centred, written
    /// once, when they hold at most `limit` values (default ``centredValueLimit``).
    static func streamedRHatAndESS(
        count m: Int, length n: Int, keepingAtMost limit: Int = centredValueLimit, fill: (Int, inout [Double]) -> Void
    ) -> (rHat: Double, effectiveSampleSize: Double) {
        var buffer = [Double](repeating: 0, count: n)
        var stats: [(mean: Double, variance: Double)] = []
        stats.reserveCapacity(m)
        // Small enough: the centred chains are kept for the autocovariance passes instead of being
        // written again for every pass (the same values: each is `buffer[i] - mean` either way).
        let keepsCentred = m * n <= limit
        var centred: [Double] = []
        if keepsCentred { centred.reserveCapacity(m * n) }
        for c in 0..<m {
            fill(c, &buffer)
            let (mean, variance) = meanAndVariance(buffer)
            stats.append((mean, variance))
            if keepsCentred {
                for i in 0..<n { centred.append(buffer[i] - mean) }
            }
        }
        let (within, plus) = varianceComponents(stats, length: n)
        let rHat = within > 0 ? (plus / within).squareRoot() : .nan
        guard within > 0, plus > 0 else { return (rHat, .nan) }
        // Mean over chains of the lag-t autocovariances (divisor n), `lagsPerBlock` lags per pass
        // over the draws (see `addAutocovariances`), computed as the sequence below asks for them.
        var autocovariances: [Double] = []
        func autocovariance(_ lag: Int) -> Double {
            while autocovariances.count <= lag {
                let firstLag = autocovariances.count
                let lags = max(0, min(lagsPerBlock, n - firstLag))
                var totals = [Double](repeating: 0, count: lags)
                for c in 0..<m {
                    if keepsCentred {
                        centred.withUnsafeBufferPointer { all in
                            let chain = UnsafeBufferPointer(rebasing: all[(c * n)..<((c + 1) * n)])
                            addAutocovariances(chain, firstLag: firstLag, lags: lags, into: &totals)
                        }
                        continue
                    }
                    fill(c, &buffer)
                    // The centred chain, as `chain.reduce(0, +) / n` is the mean of `meanAndVariance`.
                    let mean = stats[c].mean
                    for i in 0..<n { buffer[i] -= mean }
                    buffer.withUnsafeBufferPointer { chain in
                        addAutocovariances(chain, firstLag: firstLag, lags: lags, into: &totals)
                    }
                }
                autocovariances += totals.map { $0 / Double(m) }
            }
            return autocovariances[lag]
        }
        return (
            rHat,
            geyerEffectiveSampleSize(chains: m, length: n, within: within, plus: plus, autocovariance: autocovariance)
        )
    }

    /// The ESS of `m` chains of `n` draws from W (the mean (n−1)-divisor variance), var⁺ and
    /// `autocovariance(t)`, the mean over the chains of the lag-t autocovariances (divisor n),
    /// asked for in increasing t from 1: S/τ̂ with Stan's ρ̂_t = 1 − (W − acov_t)/var⁺ and
    /// Geyer's initial positive sequence made monotone, τ̂ at least 1/log10(S).
    static func geyerEffectiveSampleSize(
        chains m: Int, length n: Int, within: Double, plus: Double, autocovariance: (Int) -> Double
    ) -> Double {
        // W from the (n−1)-divisor variances; Stan's ρ̂_t = 1 − (W − acov_t)/var⁺.
        func rho(_ lag: Int) -> Double { 1 - (within - autocovariance(lag)) / plus }
        var sumPairs = 0.0
        var previousPair = Double.infinity
        var t = 0
        while t + 1 < n {
            var pair = (t == 0 ? 1.0 : rho(t)) + rho(t + 1)
            if pair < 0 { break }
            pair = min(pair, previousPair)  // initial monotone sequence
            sumPairs += pair
            previousPair = pair
            t += 2
        }
        let tau = max(-1 + 2 * sumPairs, 1 / log10(Double(m * n)))
        return Double(m * n) / tau
    }

    /// The most values (chains × length) whose centred copies ``streamedRHatAndESS(count:length:fill:)``
    /// keeps between its passes, 1,000,000 (8 MB); longer runs are written again for every pass.
    static let centredValueLimit = 1_000_000

    /// Lags per pass of ``addAutocovariances(_:firstLag:lags:into:)``: sixteen, two SIMD
    /// accumulators whose additions are independent, so the pass is not bound by the latency of
    /// one chain of additions (eight lags a pass took about as long per pass as sixteen).
    static let lagsPerBlock = 16

    /// Adds Σ_i c_i·c_(i+t)/n for t = firstLag..<firstLag+lags (lags ≤ ``lagsPerBlock``) of one
    /// centred chain to `totals`. One pass loads each draw once for all the lags; every lag's sum
    /// still runs over i in increasing order, so the values are those of a plain loop, bit for bit
    /// (whatever the number of lags per pass).
    static func addAutocovariances(
        _ chain: UnsafeBufferPointer<Double>, firstLag: Int, lags: Int, into totals: inout [Double]
    ) {
        let n = chain.count
        guard lags > 0, let base = chain.baseAddress else { return }
        let full = lags == lagsPerBlock
        var low = SIMD8<Double>(repeating: 0)
        var high = SIMD8<Double>(repeating: 0)
        // All the lags in range: i + firstLag + lagsPerBlock − 1 < n.
        let common = max(0, n - firstLag - (lagsPerBlock - 1))
        if full {
            let raw = UnsafeRawPointer(base + firstLag)
            let stride = MemoryLayout<Double>.stride
            for i in 0..<common {
                let offset = i * stride
                let x = SIMD8(repeating: base[i])
                low += x * raw.loadUnaligned(fromByteOffset: offset, as: SIMD8<Double>.self)
                high += x * raw.loadUnaligned(fromByteOffset: offset + 8 * stride, as: SIMD8<Double>.self)
            }
        }
        for j in 0..<lags {
            var sum = full ? (j < 8 ? low[j] : high[j - 8]) : 0
            for i in (full ? common : 0)..<(n - firstLag - j) { sum += base[i] * base[i + firstLag + j] }
            totals[j] += sum / Double(n)
        }
    }
}

/// Equal-length chains stored end to end in one array: chain c is values[c·length..<(c+1)·length].
struct ChainsEndToEnd {
    var values: [Double]
    let chains: Int
    let length: Int

    /// Chain c's draws.
    func chain(_ c: Int) -> ArraySlice<Double> { values[(c * length)..<((c + 1) * length)] }
}
