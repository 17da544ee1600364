import Dispatch

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

/// Runs the Bayesian single-endpoint estimator of Erdil, Besiroglu & Ho (2024), "Estimating
/// returns to research: methodology and evidence from software R&D" (<doc:BayesianSingleEndpoint>).
///
/// The sampler is adaptive random-walk Metropolis in (ln λ, ln β, ln σ_s, w), w a standardised
/// ln u (``BayesSingleEndpointModel``), with several chains whose proposal covariance is pooled
/// between warm-up windows and frozen for sampling; chain c draws only from
/// `Xoshiro256StarStar(seed: seed, stream: c)`, and pooling happens at fixed points in chain
/// order, so a result depends only on the specification, never on the thread count or
/// scheduling. Chains run in parallel with `DispatchQueue.concurrentPerform` when threads > 1. The source used a differential-
/// evolution Metropolis sampler; any correct sampler whose quantiles are stable will do (<doc:BayesianSingleEndpoint>).
public enum BayesSingleEndpointEstimator {
    /// The sampler, as recorded in results.
    public static let samplerDescription =
        "adaptive Metropolis in (ln λ, ln β, ln σ_s, standardised ln u): random walk mixed with a Student-t independence proposal, for the retained draws a fitted four-component t mixture when warm-up leaves at least 10,000 states; shape pooled across chains during warm-up, then frozen"
    /// R-hat above this value triggers a warning (Vehtari et al. 2021 recommend 1.01).
    public static let rHatThreshold = 1.01
    /// Effective sample size of r below this value triggers a warning (Vehtari et al. 2021
    /// recommend at least 100 per chain for four chains; 400 in total).
    public static let minimumEffectiveSampleSize = 400.0

    /// Samples the posterior and summarises it.
    /// - Parameters:
    ///   - specification: data and settings (already validated).
    ///   - progress: optional callback with the completed fraction in [0, 1], called after every
    ///     1000 iterations of each chain (and at the ends of warm-up windows) from worker threads,
    ///     serialised and non-decreasing, ending at 1. The library never prints; the CLI may draw
    ///     a progress bar with it.
    /// - Returns: the posterior summaries, diagnostics and a thinned sample of r.
    /// - Throws: ``DataError`` (`undefined-estimate`) if a chain finds no starting point with
    ///   finite posterior density in 1000 attempts (not seen for valid data).
    public static func estimate(
        _ specification: BayesSingleEndpointSpecification,
        progress: (@Sendable (Double) -> Void)? = nil
    ) throws -> BayesSingleEndpointResult {
        let model = BayesSingleEndpointModel(specification: specification)
        let collected = try sampleChains(
            model: model, chains: specification.chains, warmUp: specification.warmUp,
            drawsPerChain: specification.drawsPerChain, seed: specification.seed, threads: specification.threads,
            progress: progress)
        return summarize(specification: specification, outputs: collected)
    }

    /// Runs the adaptive sampler on `model`: `chains` chains of `warmUp` adaptation iterations
    /// (windows pooled in chain order) and `drawsPerChain` retained draws with the frozen kernel.
    /// Chain c draws only from stream c of `seed`, so the draws do not depend on `threads`.
    /// - Throws: ``DataError`` (`undefined-estimate`) if a chain finds no starting point with
    ///   finite density.
    static func sampleChains<Model: SamplerDensity>(
        model: Model, chains chainCount: Int, warmUp: Int, drawsPerChain: Int, seed: UInt64, threads: Int,
        progress: (@Sendable (Double) -> Void)?
    ) throws -> [AdaptiveMetropolisChain.Output] {
        let tracker = ProgressTracker(total: chainCount * (warmUp + drawsPerChain), callback: progress)
        let workers = min(threads, chainCount)

        var initial: [AdaptiveMetropolisChain] = []
        for chain in 0..<chainCount {
            guard let started = AdaptiveMetropolisChain(model: model, seed: seed, stream: UInt64(chain))
            else {
                throw DataError(
                    .undefinedEstimate,
                    message:
                        "chain \(chain) found no parameter values with finite posterior density; the data may be outside what the model can fit"
                )
            }
            initial.append(started)
        }
        let chains = ChainStore(initial)

        // Warm-up windows; between them the chains' states are pooled in chain order.
        var shape = MetropolisProposalShape.initial
        var windowStart = 0
        // The states of the last two windows, in chain order, for the independence mixture: every
        // stride-th of each chain's, so that about the fit's number are kept however long the
        // warm-up (chains × warm-up may reach 5·10⁷).
        let fitWindows = AdaptiveMetropolisChain.windowEnds.count - 2
        let fitStart = Int((Double(warmUp) * AdaptiveMetropolisChain.windowEnds[fitWindows - 1]).rounded())
        let visitedCount = chainCount * (warmUp - fitStart)
        let fitStride = max(1, visitedCount / MixtureProposal.maximumFitStates)
        var fitStates: [SIMD4<Double>] = []
        for (index, fraction) in AdaptiveMetropolisChain.windowEnds.enumerated() {
            let windowEnd = Int((Double(warmUp) * fraction).rounded())
            let iterations = windowEnd - windowStart
            windowStart = windowEnd
            let currentShape = shape
            let accumulators = AccumulatorStore(count: chainCount)
            let isLast = index == AdaptiveMetropolisChain.windowEnds.count - 1
            let keepsStates = index >= fitWindows
            let states = LockedArray<[SIMD4<Double>]>(Array(repeating: [], count: chainCount))
            forEachChain(count: chainCount, workers: workers) { chain in
                var state = chains.get(chain)
                var visitedStates: [SIMD4<Double>]? = keepsStates ? [] : nil
                let visited = state.warmUp(
                    model: model, shape: currentShape, iterations: iterations, states: &visitedStates,
                    stride: fitStride, report: { tracker.advance(by: $0) })
                chains.set(chain, state)
                accumulators.set(chain, visited)
                if let visitedStates { states.set(chain, visitedStates) }
            }
            if keepsStates {
                for chain in 0..<chainCount { fitStates += states.get(chain) }
            }
            if !isLast {
                var pooled = CovarianceAccumulator4()
                for chain in 0..<chainCount { pooled.merge(accumulators.get(chain)) }
                if let estimated = MetropolisProposalShape(pooled: pooled) {
                    shape = estimated
                    for chain in 0..<chainCount {
                        var state = chains.get(chain)
                        state.resetScale(to: AdaptiveMetropolisChain.resetLogScale)
                        chains.set(chain, state)
                    }
                }
            }
        }
        var logScaleSum = 0.0
        for chain in 0..<chainCount { logScaleSum += chains.get(chain).logScale }
        let sharedLogScale = logScaleSum / Double(chainCount)
        var fittedShape = shape
        fittedShape.mixture = MixtureProposal(states: fitStates, outOf: visitedCount, defensive: shape)
        let finalShape = fittedShape

        let outputs = OutputStore(count: chainCount)
        forEachChain(count: chainCount, workers: workers) { chain in
            var state = chains.get(chain)
            let output = state.sample(
                model: model, shape: finalShape, logScale: sharedLogScale,
                draws: drawsPerChain, report: { tracker.advance(by: $0) })
            outputs.set(chain, output)
        }
        return (0..<chainCount).map { outputs.get($0)! }
    }

    /// Runs `body` for chains 0..<count, on `workers` threads (chain c on worker c mod workers).
    static func forEachChain(count: Int, workers: Int, _ body: @Sendable (Int) -> Void) {
        if workers > 1 {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var chain = worker
                while chain < count {
                    body(chain)
                    chain += workers
                }
            }
        } else {
            for chain in 0..<count { body(chain) }
        }
    }

    /// Posterior summaries of the retained draws of several chains: quantiles and credible
    /// intervals of r, β and λ, P(r > 1), the sampler diagnostics, warnings about them, and up to
    /// `storedDraws` evenly thinned draws of r.
    struct DrawSummary {
        let r: BayesRQuantiles
        let rInterval: BayesCredibleInterval
        let beta: BayesParameterQuantiles
        let lambda: BayesParameterQuantiles
        let betaInterval: BayesCredibleInterval
        let lambdaInterval: BayesCredibleInterval
        let probabilityRAboveOne: Double
        let samplerDiagnostics: BayesSamplerDiagnostics
        /// Low effective sample size, high R-hat, unusual acceptance.
        let diagnostics: [Diagnostic]
        /// Thinned draws of r, and of β and λ at the same draws.
        let storedDraws: [Double]
        let storedBeta: [Double]
        let storedLambda: [Double]
    }

    /// One quantity's summaries: quantiles at 0.05, 0.25, 0.5, 0.75, 0.95 and the interval's ends,
    /// split R-hat and bulk ESS, the quantile errors, P(x > 1) and the thinned draws.
    struct QuantitySummary {
        let quantiles: [Double]
        let rHat: Double
        let effectiveSampleSize: Double
        let errors: [BayesQuantileError]
        let fractionAboveOne: Double
        let stored: [Double]
    }

    /// - Parameter threads: worker threads for the diagnostics (the results do not depend on it).
    static func summarizeDraws(
        _ outputs: [AdaptiveMetropolisChain.Output], level: Double, drawsPerChain: Int, storedDraws keep: Int,
        threads: Int = 1
    ) -> DrawSummary {
        // One quantity at a time, pooled as runs (`PooledChainRuns`: no array of one value per
        // draw), its R-hat and ESS and the MCSE of each quantile (Vehtari et al. 2021, §4.3: the
        // ESS of the indicator draw ≤ q_p gives the standard deviation of the quantile's position;
        // ±1 sd is mapped through the quantiles) computed on `threads` workers, each result in its
        // own slot, so the results do not depend on the thread count.
        let drawCount = outputs.reduce(0) { $0 + $1.count }
        // The same thinning for r, β and λ, so stored draw i of each is one posterior draw.
        let storedIndices: [Int]
        if drawCount <= keep {
            storedIndices = Array(0..<drawCount)
        } else if keep == 0 {
            storedIndices = []
        } else {
            storedIndices = (0..<keep).map { Int((Double($0) * Double(drawCount) / Double(keep)).rounded(.down)) }
        }
        // Quantiles at 0.05, 0.25, 0.5, 0.75, 0.95 and the interval's ends.
        let probabilities = [0.05, 0.25, 0.5, 0.75, 0.95, (1 - level) / 2, (1 + level) / 2]
        func summary(_ parameter: ChainRuns.Parameter, errorProbabilities: [Double]) -> QuantitySummary {
            let pooled = PooledChainRuns(outputs, parameter: parameter)
            let convergence = LockedArray<(rHat: Double, effectiveSampleSize: Double)>([(.nan, .nan)])
            let errors = LockedArray<BayesQuantileError?>(Array(repeating: nil, count: errorProbabilities.count))
            let taskCount = 1 + errorProbabilities.count
            forEachChain(count: taskCount, workers: min(max(threads, 1), taskCount)) { task in
                if task == 0 {
                    convergence.set(0, pooled.splitRHatAndEffectiveSampleSize())
                } else {
                    let p = errorProbabilities[task - 1]
                    errors.set(task - 1, BayesQuantileError(pooled: pooled, probability: p))
                }
            }
            let (rHat, ess) = convergence.get(0)
            return QuantitySummary(
                quantiles: probabilities.map(pooled.quantile), rHat: rHat, effectiveSampleSize: ess,
                errors: (0..<errorProbabilities.count).map { errors.get($0)! },
                fractionAboveOne: pooled.fractionAbove(1),
                stored: pooled.draws(at: storedIndices))
        }
        // One after the other, so that only one quantity's pooled runs exist at a time.
        let r = summary(.r, errorProbabilities: BayesRQuantiles.probabilities)
        let beta = summary(.beta, errorProbabilities: BayesParameterQuantiles.probabilities)
        let lambda = summary(.lambda, errorProbabilities: BayesParameterQuantiles.probabilities)
        let (rHatR, essR, rErrors) = (r.rHat, r.effectiveSampleSize, r.errors)
        let (rHatBeta, essBeta, betaErrors) = (beta.rHat, beta.effectiveSampleSize, beta.errors)
        let (rHatLambda, essLambda, lambdaErrors) = (lambda.rHat, lambda.effectiveSampleSize, lambda.errors)
        let perChain = outputs.map { Double($0.accepted) / Double(drawsPerChain) }
        let acceptance = perChain.reduce(0, +) / Double(perChain.count)
        let medianError = rErrors[2].standardError

        var diagnostics: [Diagnostic] = []
        if !(essR >= minimumEffectiveSampleSize) {
            diagnostics.append(
                Diagnostic(
                    code: .lowEffectiveSampleSize,
                    message:
                        "the effective sample size of r is \(Int(essR.isFinite ? essR.rounded() : 0)), below \(Int(minimumEffectiveSampleSize)); increase the draws per chain"
                ))
        }
        let worstRHat = [rHatR, rHatBeta, rHatLambda].map { $0.isNaN ? Double.infinity : $0 }.max() ?? .infinity
        if worstRHat > rHatThreshold {
            diagnostics.append(
                Diagnostic(
                    code: .highRHat,
                    message:
                        "split R-hat is \(worstRHat) (r: \(rHatR), β: \(rHatBeta), λ: \(rHatLambda)), above \(rHatThreshold); the chains may not have converged; increase the warm-up and draws"
                ))
        }
        if acceptance < 0.1 || acceptance > 0.6 {
            diagnostics.append(
                Diagnostic(
                    code: .unusualAcceptance, severity: .note,
                    message:
                        "the Metropolis acceptance rate is \(acceptance), outside 0.1–0.6; the adaptation may have struggled"
                ))
        }

        func interval(_ s: QuantitySummary) -> BayesCredibleInterval {
            BayesCredibleInterval(level: level, lower: s.quantiles[5], upper: s.quantiles[6])
        }
        func quantiles(_ s: QuantitySummary) -> BayesParameterQuantiles {
            BayesParameterQuantiles(q05: s.quantiles[0], q50: s.quantiles[2], q95: s.quantiles[4])
        }
        return DrawSummary(
            r: BayesRQuantiles(
                q05: r.quantiles[0], q25: r.quantiles[1], q50: r.quantiles[2], q75: r.quantiles[3],
                q95: r.quantiles[4]),
            rInterval: interval(r), beta: quantiles(beta), lambda: quantiles(lambda),
            betaInterval: interval(beta), lambdaInterval: interval(lambda), probabilityRAboveOne: r.fractionAboveOne,
            samplerDiagnostics: BayesSamplerDiagnostics(
                effectiveSampleSizeR: essR, effectiveSampleSizeBeta: essBeta, effectiveSampleSizeLambda: essLambda,
                rHatR: rHatR, rHatBeta: rHatBeta, rHatLambda: rHatLambda,
                acceptanceRate: acceptance, chainAcceptanceRates: perChain, medianRStandardError: medianError,
                rQuantileErrors: rErrors, betaQuantileErrors: betaErrors, lambdaQuantileErrors: lambdaErrors),
            diagnostics: diagnostics, storedDraws: r.stored, storedBeta: beta.stored, storedLambda: lambda.stored)
    }

    static func summarize(
        specification: BayesSingleEndpointSpecification,
        outputs: [AdaptiveMetropolisChain.Output]
    ) -> BayesSingleEndpointResult {
        let summary = summarizeDraws(
            outputs, level: specification.intervalLevel, drawsPerChain: specification.drawsPerChain,
            storedDraws: specification.storedDraws, threads: specification.threads)
        var diagnostics: [Diagnostic] = []
        if specification.ignoredInputCount > 0 {
            diagnostics.append(
                Diagnostic(
                    code: .ignoredInputs, severity: .note,
                    message:
                        "\(specification.ignoredInputCount) input value(s) after I_\(specification.horizon - 1) were ignored; τ and g_I use I_0...I_\(specification.horizon - 1) only"
                ))
        }
        diagnostics += summary.diagnostics
        return BayesSingleEndpointResult(
            likelihood: specification.likelihood, seed: specification.seed, chains: specification.chains,
            drawsPerChain: specification.drawsPerChain, warmUp: specification.warmUp, sampler: samplerDescription,
            horizon: specification.horizon, outputFactor: specification.outputFactor,
            beta: summary.beta, lambda: summary.lambda, r: summary.r, rInterval: summary.rInterval,
            betaInterval: summary.betaInterval, lambdaInterval: summary.lambdaInterval,
            probabilityRAboveOne: summary.probabilityRAboveOne,
            inputGrowth: specification.inputGrowth, outputGrowth: specification.outputGrowth,
            naiveR: specification.naiveR, samplerDiagnostics: summary.samplerDiagnostics,
            diagnostics: diagnostics, rDraws: summary.storedDraws, betaDraws: summary.storedBeta,
            lambdaDraws: summary.storedLambda)
    }
}

private typealias ChainStore = LockedArray<AdaptiveMetropolisChain>

private final class AccumulatorStore: @unchecked Sendable {
    let array: LockedArray<CovarianceAccumulator4>
    init(count: Int) { array = LockedArray(Array(repeating: CovarianceAccumulator4(), count: count)) }
    func set(_ index: Int, _ value: CovarianceAccumulator4) { array.set(index, value) }
    func get(_ index: Int) -> CovarianceAccumulator4 { array.get(index) }
}

private final class OutputStore: @unchecked Sendable {
    let array: LockedArray<AdaptiveMetropolisChain.Output?>
    init(count: Int) { array = LockedArray(Array(repeating: nil, count: count)) }
    func set(_ index: Int, _ value: AdaptiveMetropolisChain.Output) { array.set(index, value) }
    func get(_ index: Int) -> AdaptiveMetropolisChain.Output? { array.get(index) }
}

/// Counts completed iterations across chains and forwards the fraction to the callback.
private final class ProgressTracker: @unchecked Sendable {
    private let lock = WorkerLock()
    private let total: Int
    private var done = 0
    private let callback: (@Sendable (Double) -> Void)?

    init(total: Int, callback: (@Sendable (Double) -> Void)?) {
        self.total = total
        self.callback = callback
    }

    func advance(by count: Int) {
        guard let callback else { return }
        lock.lock()
        defer { lock.unlock() }
        done += count
        callback(min(1, Double(done) / Double(total)))
    }
}
