import Foundation
import Testing

@testable import RDFit

/// The draws kept as runs (`ChainRuns`, `PooledChainRuns`) give the summaries of the expanded
/// draws, bit for bit (issue 12: draws streamed to summaries).
@Suite("MCMC draws kept as runs")
struct PooledChainRunsTests {
    /// Metropolis-like chains whose moves land on a coarse grid, so that equal values occur in
    /// different runs and chains (ties across runs), with acceptance `moves`.
    static func chains(_ count: Int, draws: Int, moves: Double, seed: UInt64 = 5) -> [ChainRuns] {
        var rng = Xoshiro256StarStar(seed: seed, stream: 0)
        return (0..<count).map { _ in
            var output = ChainRuns()
            var logLambda = 0.0, logBeta = 0.0
            for _ in 0..<draws {
                let moved = rng.nextDouble() < moves
                if moved {
                    logLambda = (4 * rng.nextStandardNormal()).rounded() / 8
                    logBeta = (3 * rng.nextStandardNormal()).rounded() / 8
                }
                output.record(logLambda: logLambda, logBeta: logBeta, moved: moved)
            }
            return output
        }
    }

    @Test("a chain keeps one entry per run and expands to its draws", arguments: [0.0, 0.3, 1.0])
    func runs(moves: Double) {
        let chain = Self.chains(1, draws: 1001, moves: moves)[0]
        #expect(chain.count == 1001 && chain.draws(.r).count == 1001)
        #expect(chain.runLengths.count <= chain.accepted + 1 && chain.runLengths.reduce(0, +) == 1001)
        let lambda = chain.draws(.lambda), beta = chain.draws(.beta), r = chain.draws(.r)
        for i in [0, 500, 1000] {
            #expect(lambda[i] > 0 && beta[i] > 0)
            #expect(abs(r[i] - lambda[i] / beta[i]) <= 1e-12 * r[i])
        }
    }

    @Test(
        "quantiles, P(x > 1), R-hat, ESS, quantile errors and thinned draws equal the dense ones",
        arguments: [(4, 2000), (4, 2001), (3, 997), (1, 400)])
    func summaries(chains count: Int, draws: Int) throws {
        let chains = Self.chains(count, draws: draws, moves: 0.35)
        for parameter in ChainRuns.Parameter.allCases {
            let dense = chains.map { $0.draws(parameter) }
            let sorted = dense.flatMap { $0 }.sorted()
            let pooled = PooledChainRuns(chains, parameter: parameter)
            #expect(pooled.drawCount == sorted.count)
            for p in [0, 0.001, 0.05, 0.25, 0.3333, 0.5, 0.75, 0.95, 0.999, 1] {
                #expect(pooled.quantile(p) == Quantile.sorted(sorted, p), "p = \(p)")
            }
            for threshold in [sorted[0], 1, sorted[sorted.count / 2], 2.5] {
                let above = Double(sorted.filter { $0 > threshold }.count) / Double(sorted.count)
                #expect(pooled.fractionAbove(threshold) == above)
            }
            let dense2 = MCMCConvergence.splitRHatAndEffectiveSampleSize(chains: dense)
            let streamed = pooled.splitRHatAndEffectiveSampleSize()
            #expect(streamed.rHat == dense2.rHat && streamed.effectiveSampleSize == dense2.effectiveSampleSize)
            #expect(streamed.effectiveSampleSize.isFinite)
            for p in BayesRQuantiles.probabilities {
                let threshold = Quantile.sorted(sorted, p)
                let denseESS = MCMCConvergence.indicatorEffectiveSampleSize(chains: dense, threshold: threshold)
                let runsESS = pooled.indicatorEffectiveSampleSize(threshold: threshold)
                #expect(runsESS == denseESS || (runsESS.isNaN && denseESS.isNaN))
                let denseError = BayesQuantileError(chains: dense, sorted: sorted, probability: p)
                let runsError = BayesQuantileError(pooled: pooled, probability: p)
                #expect(runsError.standardError == denseError.standardError || denseError.standardError.isNaN)
            }
            let positions = stride(from: 0, to: sorted.count, by: 7).map { $0 }
            let flat = dense.flatMap { $0 }
            #expect(pooled.draws(at: positions) == positions.map { flat[$0] })
        }
    }

    @Test("summarizeDraws gives the dense summaries, and no quantity's pooled runs outlive its summary")
    func summarizeDraws() {
        let chains = Self.chains(4, draws: 3001, moves: 0.25)
        let summary = BayesSingleEndpointEstimator.summarizeDraws(
            chains, level: 0.8, drawsPerChain: 3001, storedDraws: 50, threads: 2)
        let r = chains.map { $0.draws(.r) }
        let sortedR = r.flatMap { $0 }.sorted()
        #expect(summary.r.q25 == Quantile.sorted(sortedR, 0.25))
        #expect(summary.rInterval.upper == Quantile.sorted(sortedR, 0.9))
        #expect(summary.samplerDiagnostics.rHatR == MCMCConvergence.splitRHat(chains: r))
        #expect(summary.samplerDiagnostics.effectiveSampleSizeR == MCMCConvergence.effectiveSampleSize(chains: r))
        let beta = chains.map { $0.draws(.beta) }
        #expect(summary.beta.q95 == Quantile.sorted(beta.flatMap { $0 }.sorted(), 0.95))
        #expect(summary.samplerDiagnostics.rHatBeta == MCMCConvergence.splitRHat(chains: beta))
        #expect(summary.storedDraws.count == 50 && summary.storedDraws[1] == r.flatMap { $0 }[240])
        let above = Double(sortedR.filter { $0 > 1 }.count) / Double(sortedR.count)
        #expect(summary.probabilityRAboveOne == above)
    }
}
