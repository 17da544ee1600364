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
        "adaptive Metropolis in (ln λ, ln β, ln σ_s, standardised ln u): random walk mixed with a Student-t independence proposal; shape pooled across chains during warm-up, then frozen"
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
        for (index, fraction) in AdaptiveMetropolisChain.windowEnds.enumerated() {
            let windowEnd = Int((Double(warmUp) * fraction).rounded())
            let iterations = windowEnd - windowStart
            windowStart = windowEnd
            let currentShape = shape
            let accumulators = AccumulatorStore(count: chainCount)
            forEachChain(count: chainCount, workers: workers) { chain in
                var state = chains.get(chain)
                let visited = state.warmUp(
                    model: model, shape: currentShape, iterations: iterations,
                    report: { tracker.advance(by: $0) })
                chains.set(chain, state)
                accumulators.set(chain, visited)
            }
            let isLast = index == AdaptiveMetropolisChain.windowEnds.count - 1
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
        let finalShape = shape

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

    /// - Parameter threads: worker threads for the diagnostics (the results do not depend on it).
    static func summarizeDraws(
        _ outputs: [AdaptiveMetropolisChain.Output], level: Double, drawsPerChain: Int, storedDraws keep: Int,
        threads: Int = 1
    ) -> DrawSummary {
        let rChains = outputs.map(\.r)
        let betaChains = outputs.map(\.beta)
        let lambdaChains = outputs.map(\.lambda)
        // Radix sort gives the order of `sorted()` for these NaN-free positive draws, faster; it
        // reads the chains end to end in place (no concatenated copy). The three sorts are
        // independent and run on `threads` workers, each result in its own slot.
        let allChains = [rChains, betaChains, lambdaChains]
        let sortedSlots = LockedArray<[Double]>(Array(repeating: [], count: 3))
        forEachChain(count: 3, workers: min(max(threads, 1), 3)) { parameter in
            sortedSlots.set(parameter, RadixSort.sortedDroppingNaN(allChains[parameter].joined()))
        }
        let sortedR = sortedSlots.get(0)
        let sortedBeta = sortedSlots.get(1)
        let sortedLambda = sortedSlots.get(2)
        let drawCount = sortedR.count
        func q(_ sorted: [Double], _ p: Double) -> Double { Quantile.sorted(sorted, p) }
        // Draw i of the chains end to end (they have equal lengths), without concatenating them.
        let chainLength = rChains.first?.count ?? 0
        func draw(_ chains: [[Double]], _ i: Int) -> Double { chains[i / chainLength][i % chainLength] }

        let rQuantiles = BayesRQuantiles(
            q05: q(sortedR, 0.05), q25: q(sortedR, 0.25), q50: q(sortedR, 0.5),
            q75: q(sortedR, 0.75), q95: q(sortedR, 0.95))
        let interval = BayesCredibleInterval(
            level: level, lower: q(sortedR, (1 - level) / 2), upper: q(sortedR, (1 + level) / 2))
        // P(r > 1): the draws above the last one at or below 1.
        var low = 0, high = drawCount
        while low < high {
            let middle = (low + high) / 2
            if sortedR[middle] <= 1 { low = middle + 1 } else { high = middle }
        }
        let above = Double(drawCount - low) / Double(drawCount)

        // R-hat and ESS of r, β and λ, and the MCSE of each quantile (Vehtari et al. 2021, §4.3:
        // the ESS of the indicator draw ≤ q_p gives the standard deviation of the quantile's
        // position; ±1 sd is mapped through the quantiles): independent computations, run on
        // `threads` workers, each result stored in its own slot.
        let parameters = [(rChains, sortedR), (betaChains, sortedBeta), (lambdaChains, sortedLambda)]
        let probabilities = [
            BayesRQuantiles.probabilities, BayesParameterQuantiles.probabilities,
            BayesParameterQuantiles.probabilities,
        ]
        let quantileTasks = (0..<3).flatMap { parameter in probabilities[parameter].map { (parameter, $0) } }
        let convergence = LockedArray<(rHat: Double, effectiveSampleSize: Double)>(
            Array(repeating: (.nan, .nan), count: 3))
        let quantileErrors = LockedArray<BayesQuantileError?>(Array(repeating: nil, count: quantileTasks.count))
        let taskCount = 3 + quantileTasks.count
        forEachChain(count: taskCount, workers: min(max(threads, 1), taskCount)) { task in
            if task < 3 {
                convergence.set(
                    task,
                    MCMCConvergence.splitRHatAndEffectiveSampleSize(
                        chains: parameters[task].0, sorted: parameters[task].1))
            } else {
                let (parameter, p) = quantileTasks[task - 3]
                quantileErrors.set(
                    task - 3,
                    BayesQuantileError(chains: parameters[parameter].0, sorted: parameters[parameter].1, probability: p)
                )
            }
        }
        let (rHatR, essR) = convergence.get(0)
        let (rHatBeta, essBeta) = convergence.get(1)
        let (rHatLambda, essLambda) = convergence.get(2)
        let errors = (0..<quantileTasks.count).map { quantileErrors.get($0)! }
        let rCount = BayesRQuantiles.probabilities.count, otherCount = BayesParameterQuantiles.probabilities.count
        let rErrors = Array(errors[0..<rCount])
        let betaErrors = Array(errors[rCount..<(rCount + otherCount)])
        let lambdaErrors = Array(errors[(rCount + otherCount)...])
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

        // The same thinning for r, β and λ, so stored draw i of each is one posterior draw.
        let storedIndices: [Int]
        if drawCount <= keep {
            storedIndices = Array(0..<drawCount)
        } else if keep == 0 {
            storedIndices = []
        } else {
            storedIndices = (0..<keep).map { Int((Double($0) * Double(drawCount) / Double(keep)).rounded(.down)) }
        }
        return DrawSummary(
            r: rQuantiles, rInterval: interval,
            beta: BayesParameterQuantiles(q05: q(sortedBeta, 0.05), q50: q(sortedBeta, 0.5), q95: q(sortedBeta, 0.95)),
            lambda: BayesParameterQuantiles(
                q05: q(sortedLambda, 0.05), q50: q(sortedLambda, 0.5), q95: q(sortedLambda, 0.95)),
            betaInterval: BayesCredibleInterval(
                level: level, lower: q(sortedBeta, (1 - level) / 2), upper: q(sortedBeta, (1 + level) / 2)),
            lambdaInterval: BayesCredibleInterval(
                level: level, lower: q(sortedLambda, (1 - level) / 2), upper: q(sortedLambda, (1 + level) / 2)),
            probabilityRAboveOne: above,
            samplerDiagnostics: BayesSamplerDiagnostics(
                effectiveSampleSizeR: essR, effectiveSampleSizeBeta: essBeta, effectiveSampleSizeLambda: essLambda,
                rHatR: rHatR, rHatBeta: rHatBeta, rHatLambda: rHatLambda,
                acceptanceRate: acceptance, chainAcceptanceRates: perChain, medianRStandardError: medianError,
                rQuantileErrors: rErrors, betaQuantileErrors: betaErrors, lambdaQuantileErrors: lambdaErrors),
            diagnostics: diagnostics, storedDraws: storedIndices.map { draw(rChains, $0) },
            storedBeta: storedIndices.map { draw(betaChains, $0) },
            storedLambda: storedIndices.map { draw(lambdaChains, $0) })
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

/// Per-chain values read and written from worker threads (each index by one thread at a time).
private final class LockedArray<Element: Sendable>: @unchecked Sendable {
    private let lock = WorkerLock()
    private var values: [Element]

    init(_ values: [Element]) { self.values = values }

    func set(_ index: Int, _ value: Element) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    func get(_ index: Int) -> Element {
        lock.lock()
        defer { lock.unlock() }
        return values[index]
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
