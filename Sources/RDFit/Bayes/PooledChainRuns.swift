#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One quantity's retained draws over all chains, kept as the chains' runs of equal draws
/// (``ChainRuns``) and sorted once as runs with their draw counts, from which the posterior
/// summaries are computed without ever holding one value per draw: quantiles of the pooled
/// draws, P(x > c), the rank-normalised split R-hat and bulk ESS (``MCMCConvergence``) and the
/// indicator ESS of each quantile's Monte-Carlo error (``BayesQuantileError``). Each result is the
/// one the dense computation on the expanded draws gives, bit for bit: the same order statistics,
/// the same tie groups and average ranks, the chains' halves fed to the same arithmetic one at
/// a time, and the same segments of ones for an indicator (``IndicatorSegments``).
///
/// Memory: 32 bytes a run (its value, its place in the sorted order and, while R-hat is computed,
/// its normal score) besides the chains' 20, and one half-chain buffer per diagnostic computed at
/// once.
struct PooledChainRuns: Sendable {
    /// A run in the sorted order: its value, the number of draws up to and including it in that
    /// order (at most ``BayesSingleEndpointSpecification/maximumTotalDraws``), and its index among
    /// the runs of all chains, end to end.
    struct SortedRun: Sendable {
        var value: Double
        var end: UInt32
        var run: UInt32
    }

    /// The chains (their runs' lengths are read from them).
    let chains: [ChainRuns]
    /// Draws per chain (equal for all chains).
    let length: Int
    /// The value of every run, chains end to end.
    let values: [Double]
    /// Chain c's runs are `runStarts[c]..<runStarts[c + 1]` of ``values``.
    let runStarts: [Int]
    /// All runs sorted by value.
    let sorted: [SortedRun]
    /// The number of draws over all chains.
    let drawCount: Int
    /// Whether a value is NaN (the convergence diagnostics are then undefined).
    let hasNaN: Bool
    /// For odd lengths, the run of each chain that holds its middle draw, which the split halves
    /// leave out.
    let middleRuns: Set<Int>

    /// Pools `parameter` of `chains`, which must have equal numbers of draws.
    init(_ chains: [ChainRuns], parameter: ChainRuns.Parameter) {
        self.chains = chains
        length = chains.first?.count ?? 0
        var values: [Double] = []
        var runStarts = [0]
        values.reserveCapacity(chains.reduce(0) { $0 + $1.runLengths.count })
        for chain in chains {
            for run in chain.runLengths.indices { values.append(chain.value(parameter, run: run)) }
            runStarts.append(values.count)
        }
        var sorted = [SortedRun](unsafeUninitializedCapacity: values.count) { buffer, count in
            var run = 0
            for chain in chains {
                for runLength in chain.runLengths {
                    buffer.initializeElement(
                        at: run, to: SortedRun(value: values[run], end: runLength, run: UInt32(run)))
                    run += 1
                }
            }
            count = run
        }
        hasNaN = values.contains(where: \.isNaN)
        if hasNaN {
            sorted.sort { $0.value < $1.value }
        } else {
            // The same order as that stable comparison sort, several times faster (``RadixSort``).
            sorted = RadixSort.stableSorted(sorted) { RadixSort.key($0.value) }
        }
        var total: UInt32 = 0
        for i in sorted.indices {
            total += sorted[i].end
            sorted[i].end = total
        }
        drawCount = Int(total)
        var middleRuns = Set<Int>()
        if length % 2 == 1 {
            let middle = length / 2
            for (c, chain) in chains.enumerated() {
                var position = 0
                for (run, runLength) in chain.runLengths.enumerated() {
                    position += Int(runLength)
                    if position > middle {
                        middleRuns.insert(runStarts[c] + run)
                        break
                    }
                }
            }
        }
        self.values = values
        self.runStarts = runStarts
        self.sorted = sorted
        self.middleRuns = middleRuns
    }

    /// The draw at `position` (0-based) of all draws in ascending order.
    func element(at position: Int) -> Double {
        var low = 0, high = sorted.count - 1
        while low < high {
            let middle = (low + high) / 2
            if Int(sorted[middle].end) <= position { low = middle + 1 } else { high = middle }
        }
        return sorted[low].value
    }

    /// The type-7 quantile of the pooled draws (``Quantile/sorted(_:_:)`` on them, expanded).
    func quantile(_ p: Double) -> Double {
        let n = drawCount
        guard n > 0, p >= 0, p <= 1 else { return .nan }
        if n == 1 { return element(at: 0) }
        let h = Double(n - 1) * p
        let lo = Int(h.rounded(.down))
        let hi = min(lo + 1, n - 1)
        let low = element(at: lo)
        return low + (h - Double(lo)) * (element(at: hi) - low)
    }

    /// The fraction of the draws above `threshold`.
    func fractionAbove(_ threshold: Double) -> Double {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].value <= threshold { low = middle + 1 } else { high = middle }
        }
        let atOrBelow = low == 0 ? 0 : Int(sorted[low - 1].end)
        return Double(drawCount - atOrBelow) / Double(drawCount)
    }

    /// Writes split half `h` (chain h / 2, its first or last ⌊length/2⌋ draws) into `buffer` as
    /// `score(run)` of each draw's run.
    @inline(__always)
    func fillHalf(_ h: Int, _ buffer: inout [Double], score: (Int) -> Double) {
        let half = length / 2
        let c = h / 2
        let start = h % 2 == 0 ? 0 : length - half
        let runLengths = chains[c].runLengths
        var position = 0, k = 0
        buffer.withUnsafeMutableBufferPointer { target in
            for (index, runLength) in runLengths.enumerated() {
                let runEnd = position + Int(runLength)
                defer { position = runEnd }
                if runEnd <= start { continue }
                let from = max(position, start), to = min(runEnd, start + half)
                if from >= to { break }
                let value = score(runStarts[c] + index)
                for _ in from..<to {
                    target[k] = value
                    k += 1
                }
            }
        }
    }

    /// ``MCMCConvergence/indicatorEffectiveSampleSize(chains:threshold:)`` of the expanded draws:
    /// each half's runs at or below `threshold` become its segments of ones (``IndicatorSegments``),
    /// one step a run.
    func indicatorEffectiveSampleSize(threshold: Double) -> Double {
        guard length >= 4, !chains.isEmpty else { return .nan }
        let half = length / 2
        var segments = IndicatorSegments(length: half)
        for (c, chain) in chains.enumerated() {
            for start in [0, length - half] {
                var position = 0
                for (index, runLength) in chain.runLengths.enumerated() {
                    let runEnd = position + Int(runLength)
                    defer { position = runEnd }
                    if runEnd <= start { continue }
                    let from = max(position, start), to = min(runEnd, start + half)
                    if from >= to { break }
                    if values[runStarts[c] + index] <= threshold {
                        segments.appendOnes(from: from - start, to: to - start)
                    }
                }
                segments.finishHalf()
            }
        }
        return segments.effectiveSampleSize()
    }

    /// ``MCMCConvergence/splitRHatAndEffectiveSampleSize(chains:sorted:)`` of the expanded draws:
    /// every run gets the normal score of its tie group's average rank among the halves' draws.
    func splitRHatAndEffectiveSampleSize() -> (rHat: Double, effectiveSampleSize: Double) {
        guard length >= 4, !chains.isEmpty, !hasNaN else { return (.nan, .nan) }
        let half = length / 2
        let s = Double(2 * chains.count * half)
        var scores = [Double](repeating: 0, count: values.count)
        var first = 0
        var i = 0
        while i < sorted.count {
            let value = sorted[i].value
            var end = i
            var count = 0
            while end < sorted.count && sorted[end].value == value {
                let previous = end == 0 ? 0 : Int(sorted[end - 1].end)
                let run = Int(sorted[end].run)
                count += Int(sorted[end].end) - previous - (middleRuns.contains(run) ? 1 : 0)
                end += 1
            }
            if count > 0 {
                let averageRank = Double(2 * first + count - 1) / 2 + 1
                let score = NormalDistribution.standardQuantile((averageRank - 0.375) / (s + 0.25))
                for k in i..<end { scores[Int(sorted[k].run)] = score }
                first += count
            }
            i = end
        }
        return MCMCConvergence.streamedRHatAndESS(count: 2 * chains.count, length: half) { h, buffer in
            fillHalf(h, &buffer) { scores[$0] }
        }
    }

    /// The draws at `positions` (ascending) of the chains end to end.
    func draws(at positions: [Int]) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(positions.count)
        var c = 0, run = 0, runStart = 0
        for position in positions {
            while position >= (c + 1) * length {
                c += 1
                run = 0
                runStart = c * length
            }
            while position >= runStart + Int(chains[c].runLengths[run]) {
                runStart += Int(chains[c].runLengths[run])
                run += 1
            }
            result.append(values[runStarts[c] + run])
        }
        return result
    }
}
