import Foundation
import Testing

@testable import RDFit

/// The faster rank normalisation, split R-hat and ESS behind the sampler's diagnostics, against
/// the plain computations they replaced.
@Suite("MCMC convergence kernel")
struct MCMCConvergenceKernelTests {
    /// The rank normalisation as first written: a comparison sort of (value, index) pairs.
    static func referenceScores(_ halves: [[Double]]) -> [[Double]] {
        let half = halves[0].count
        let total = halves.count * half
        var order: [(value: Double, index: Int)] = []
        for (h, values) in halves.enumerated() {
            for (i, v) in values.enumerated() { order.append((v, h * half + i)) }
        }
        order.sort { $0.value < $1.value }
        var ranks = [Double](repeating: 0, count: total)
        var start = 0
        while start < total {
            var end = start
            while end + 1 < total && order[end + 1].value == order[start].value { end += 1 }
            for k in start...end { ranks[order[k].index] = Double(start + end) / 2 + 1 }
            start = end + 1
        }
        return (0..<halves.count).map { h in
            (0..<half).map {
                NormalDistribution.standardQuantile((ranks[h * half + $0] - 0.375) / (Double(total) + 0.25))
            }
        }
    }

    @Test("Rank normalisation with many ties equals the pair-sorting reference, bit for bit")
    func rankNormalisation() throws {
        var rng = Xoshiro256StarStar(seed: 11, stream: 0)
        // Metropolis-like chains: each value repeats with probability 0.7, plus exact ties across chains.
        let chains: [[Double]] = (0..<4).map { _ in
            var value = 0.0
            return (0..<3001).map { _ in
                if rng.nextDouble() > 0.7 { value = (rng.nextStandardNormal() * 8).rounded() / 8 }
                return value
            }
        }
        let halves = try #require(MCMCConvergence.rankNormalizedHalves(chains))
        let reference = Self.referenceScores(chains.flatMap { [Array($0[0..<1500]), Array($0[1501..<3001])] })
        #expect(halves == reference)
    }

    @Test("ESS computing sixteen lags per pass equals the plain lag-by-lag sum, bit for bit")
    func essPartialSums() {
        var rng = Xoshiro256StarStar(seed: 5, stream: 2)
        let chains: [[Double]] = (0..<4).map { _ in
            var x = 0.0
            return (0..<4003).map { _ in
                x = 0.8 * x + rng.nextStandardNormal()
                return x
            }
        }
        let ess = MCMCConvergence.ess(chains)
        // Reference: ρ̂_t from plainly summed autocovariances.
        let n = chains[0].count, m = chains.count
        let (within, plus) = MCMCConvergence.varianceComponents(chains)
        let centred = chains.map { c in c.map { $0 - c.reduce(0, +) / Double(n) } }
        func rho(_ lag: Int) -> Double {
            let acov = centred.map { c in (0..<(n - lag)).reduce(0.0) { $0 + c[$1] * c[$1 + lag] } / Double(n) }
            return 1 - (within - acov.reduce(0, +) / Double(m)) / plus
        }
        var sumPairs = 0.0, previous = Double.infinity, t = 0
        while t + 1 < n {
            var pair = (t == 0 ? 1.0 : rho(t)) + rho(t + 1)
            if pair < 0 { break }
            pair = min(pair, previous)
            sumPairs += pair
            previous = pair
            t += 2
        }
        let reference = Double(m * n) / max(-1 + 2 * sumPairs, 1 / log10(Double(m * n)))
        #expect(ess == reference, "ESS \(ess) vs \(reference)")
    }

    /// Metropolis-like outputs of `chains` chains: λ and β repeat with probability 0.7 per draw.
    static func outputs(chains: Int, draws: Int) -> [AdaptiveMetropolisChain.Output] {
        var rng = Xoshiro256StarStar(seed: 21, stream: 0)
        return (0..<chains).map { _ in
            var logLambda = 0.0, logBeta = 0.0
            var output = AdaptiveMetropolisChain.Output()
            for _ in 0..<draws {
                let moved = rng.nextDouble() > 0.7
                if moved {
                    logLambda = 0.3 * rng.nextStandardNormal()
                    logBeta = 0.2 * rng.nextStandardNormal()
                }
                output.record(logLambda: logLambda, logBeta: logBeta, moved: moved)
            }
            return output
        }
    }

    @Test("R-hat and ESS from one rank normalisation equal the two separate diagnostics")
    func sharedNormalisation() {
        let chains = Self.outputs(chains: 4, draws: 2001).map { $0.draws(.r) }
        let both = MCMCConvergence.splitRHatAndEffectiveSampleSize(chains: chains)
        #expect(both.rHat == MCMCConvergence.splitRHat(chains: chains))
        #expect(both.effectiveSampleSize == MCMCConvergence.effectiveSampleSize(chains: chains))
        #expect(both.rHat.isFinite && both.effectiveSampleSize > 0)
    }

    @Test("The draw summaries do not depend on the number of threads computing them")
    func summariesThreadIndependent() {
        let outputs = Self.outputs(chains: 5, draws: 3000)
        let one = BayesSingleEndpointEstimator.summarizeDraws(
            outputs, level: 0.9, drawsPerChain: 3000, storedDraws: 100, threads: 1)
        let three = BayesSingleEndpointEstimator.summarizeDraws(
            outputs, level: 0.9, drawsPerChain: 3000, storedDraws: 100, threads: 3)
        #expect(one.samplerDiagnostics == three.samplerDiagnostics)
        #expect(one.r == three.r && one.beta == three.beta && one.lambda == three.lambda)
        #expect(one.storedDraws == three.storedDraws)
        // The quantile errors come back in order: r's five, then β's and λ's three each.
        #expect(one.samplerDiagnostics.rQuantileErrors.map(\.probability) == BayesRQuantiles.probabilities)
        #expect(one.samplerDiagnostics.lambdaQuantileErrors.map(\.probability) == BayesParameterQuantiles.probabilities)
        let pooled = outputs.flatMap { $0.draws(.r) }.sorted()
        #expect(one.r.q50 == Quantile.sorted(pooled, 0.5))
    }

    @Test("The indicator ESS from counts of pairs of ones equals the ESS of the built indicator chains to rounding")
    func indicatorESS() {
        for draws in [2001, 2000, 41] {
            let chains = Self.outputs(chains: 4, draws: draws).map { $0.draws(.r) }
            let pooled = chains.flatMap { $0 }.sorted()
            for p in [0.05, 0.25, 0.5, 0.95] {
                let q = Quantile.sorted(pooled, p)
                let built = MCMCConvergence.effectiveSampleSize(chains: chains.map { $0.map { $0 <= q ? 1 : 0 } })
                let counted = MCMCConvergence.indicatorEffectiveSampleSize(chains: chains, threshold: q)
                // The sum over the draws rounds at every draw; the counts are exact.
                #expect(abs(counted / built - 1) < 1e-10, "draws \(draws), p \(p): \(counted) vs \(built)")
            }
            // All draws on one side: both undefined.
            #expect(MCMCConvergence.indicatorEffectiveSampleSize(chains: chains, threshold: pooled.last!).isNaN)
        }
    }

    @Test("The ESS with the centred chains kept between passes equals the one writing them for every pass, bit for bit")
    func keptCentredChains() {
        var rng = Xoshiro256StarStar(seed: 8, stream: 1)
        // Slowly mixing chains, so that the autocovariances take several passes of 16 lags.
        let chains: [[Double]] = (0..<3).map { _ in
            var x = 0.0
            return (0..<2500).map { _ in
                x = 0.97 * x + rng.nextStandardNormal()
                return x
            }
        }
        func fill(_ c: Int, _ buffer: inout [Double]) {
            for i in 0..<chains[c].count { buffer[i] = chains[c][i] }
        }
        let kept = MCMCConvergence.streamedRHatAndESS(count: 3, length: 2500, fill: fill)
        let streamed = MCMCConvergence.streamedRHatAndESS(count: 3, length: 2500, keepingAtMost: 0, fill: fill)
        #expect(kept.rHat == streamed.rHat && kept.effectiveSampleSize == streamed.effectiveSampleSize)
        #expect(kept.effectiveSampleSize < 250)  // τ of about 60: more than one pass of lags
        #expect(MCMCConvergence.ess(chains) == kept.effectiveSampleSize)
    }

    @Test("Indicator segments count the pairs of ones at every lag exactly")
    func indicatorPairCounts() {
        var rng = Xoshiro256StarStar(seed: 4, stream: 3)
        let n = 300
        // Sticky 0/1 halves, with ones at both ends of one of them.
        var halves: [[Bool]] = (0..<3).map { _ in
            var bit = false
            return (0..<n).map { _ in
                if rng.nextDouble() < 0.2 { bit.toggle() }
                return bit
            }
        }
        halves[1][0] = true
        halves[1][n - 1] = true
        var segments = IndicatorSegments(length: n)
        for half in halves {
            var i = 0
            while i < n {
                // Split runs of ones in two appends where they are long: adjacent appends merge.
                if half[i] {
                    let from = i
                    while i < n && half[i] { i += 1 }
                    let middle = (from + i) / 2
                    segments.appendOnes(from: from, to: middle)
                    segments.appendOnes(from: middle, to: i)
                } else {
                    i += 1
                }
            }
            segments.finishHalf()
        }
        #expect(segments.ones == halves.map { $0.filter { $0 }.count })
        let counts = segments.prefixCounts()
        counts.withUnsafeBufferPointer { counts in
            for (h, half) in halves.enumerated() {
                let own = UnsafeBufferPointer(rebasing: counts[(h * (n + 1))..<((h + 1) * (n + 1))])
                for t in [1, 2, 7, 50, 299] {
                    let expected = (0..<(n - t)).filter { half[$0] && half[$0 + t] }.count
                    #expect(segments.pairsOfOnes(half: h, lag: t, counts: own) == expected, "half \(h), lag \(t)")
                }
            }
        }
    }

    @Test("Rank normalisation given the sorted draws equals sorting them itself (even lengths), bit for bit")
    func sortedReuse() throws {
        let chains = Self.outputs(chains: 4, draws: 2000).map { $0.draws(.r) }
        let sorted = chains.flatMap { $0 }.sorted()
        let given = try #require(MCMCConvergence.rankNormalizedHalves(chains, sorted: sorted))
        let own = try #require(MCMCConvergence.rankNormalizedHalves(chains))
        #expect(given == own)
        let both = MCMCConvergence.splitRHatAndEffectiveSampleSize(chains: chains, sorted: sorted)
        #expect(both.effectiveSampleSize == MCMCConvergence.effectiveSampleSize(chains: chains))
    }
}
