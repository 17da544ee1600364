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

/// One chain of adaptive Metropolis in the four unconstrained coordinates
/// v = (ln λ, ln β, ln σ_s, w) of ``BayesSingleEndpointModel/samplerLogDensity(_:)``
/// (w is ln u standardised around the mean-matching solution, which removes a funnel).
///
/// Random-walk proposal v′ = v + s·L·z with z standard normal, L the Cholesky factor of a
/// covariance estimate and s a scale; once the pooled shape is estimated, iterations i with
/// i mod ``MetropolisProposalShape/independencePeriod`` ≠ 0 use its independence proposal
/// instead: during warm-up three in four, from one Student-t (it accepts about a quarter of its
/// draws, which are nearly independent, several times the random walk's effective samples per
/// density evaluation on the 2024 domains); for the retained draws fifteen in sixteen, from the
/// t mixture fitted at the end of warm-up (``MixtureProposal``, which accepts about half). The
/// chain only moves; adaptation is orchestrated by
/// ``BayesSingleEndpointEstimator`` (Andrieu & Thoms 2008, "A tutorial on adaptive MCMC",
/// algorithm 4, with Stan-style windows and pooling across chains):
/// - within a warm-up window each chain tunes its own ln s by a Robbins–Monro recursion towards
///   acceptance probability 0.25 (gain (k+1)^(−0.6)) and records its states;
/// - between windows the states of all chains are pooled, in chain order, into one covariance
///   (shrunk towards 10⁻³·I as n/(n+5)·Σ + 10⁻³·5/(n+5)·I), whose factor every chain then uses,
///   with s reset to 2.38/√4 (Roberts, Gelman & Gilks 1997);
/// - after the last window all chains use the mean of their ln s, and the mixture is fitted to
///   the pooled states of the last two windows.
/// Pooling gives every chain a covariance that describes the whole posterior rather than the
/// region one chain happened to explore, and the same kernel, so R-hat compares like with like.
/// After warm-up s, L and the mixture are frozen: the retained draws come from a fixed
/// Metropolis kernel that leaves the posterior invariant. Each chain draws only from its own
/// `Xoshiro256StarStar(seed:stream:)`, and pooling happens at fixed points in chain order, so
/// results do not depend on threads. Starting points are v ~ Normal(0, I) (λ, β, σ_s around 1,
/// the HalfCauchy median; u near its centre), overdispersed relative to the posterior.
struct AdaptiveMetropolisChain: Sendable {
    /// Target acceptance probability of the scale adaptation.
    static let targetAcceptance = 0.25
    /// Fractions of the warm-up at which the windows end (the pooled covariance is re-estimated
    /// at all but the last).
    static let windowEnds: [Double] = [0.10, 0.25, 0.50, 0.85, 1.0]
    /// Number of attempts to find a finite starting point.
    static let startAttempts = 1000
    /// Initial proposal scale (with L = I), before any adaptation.
    static let initialLogScale = log(0.5)
    /// Scale after each covariance update, 2.38/√d for d = 4.
    static let resetLogScale = log(2.38 / 2)

    /// The retained draws of one chain, as runs (``ChainRuns``).
    typealias Output = ChainRuns

    var rng: Xoshiro256StarStar
    var state: SIMD4<Double>
    var logDensity: Double
    /// This chain's ln s.
    var logScale = initialLogScale
    var adaptationStep = 0
    /// ln q(state) of the independence proposal of the shape in use, once computed, or nil; a
    /// rejected proposal keeps the state, so its value is reused until the chain moves (cleared
    /// whenever the state or the shape changes).
    var stateIndependenceLogDensity: Double?

    /// Starts chain `stream` at a random point with finite density, or returns nil.
    init?<Model: SamplerDensity>(model: Model, seed: UInt64, stream: UInt64) {
        rng = Xoshiro256StarStar(seed: seed, stream: stream)
        state = SIMD4(repeating: 0)
        logDensity = -.infinity
        for _ in 0..<Self.startAttempts {
            state = rng.nextStandardNormals()
            logDensity = model.samplerLogDensity(state).logDensity
            if logDensity.isFinite { return }
        }
        return nil
    }

    /// One random-walk Metropolis step with scale e^(ln s) and the shape's factor L; returns
    /// (accepted, acceptance probability).
    @inline(__always)
    mutating func randomWalkStep<Model: SamplerDensity>(
        model: Model, shape: MetropolisProposalShape,
        logScale: Double
    ) -> (Bool, Double) {
        let z = rng.nextStandardNormals()
        let proposal = state + exp(logScale) * shape.factor.multiply(z)
        let proposalDensity = model.samplerLogDensity(proposal).logDensity
        let logRatio = proposalDensity - logDensity
        let uniform = rng.nextOpenDouble()
        let accept = proposalDensity.isFinite && log(uniform) < logRatio
        if accept {
            state = proposal
            logDensity = proposalDensity
            stateIndependenceLogDensity = nil
        }
        return (accept, proposalDensity.isFinite ? min(1, exp(min(0, logRatio))) : 0)
    }

    /// One independence Metropolis–Hastings step from the shape's Student-t proposal
    /// (``MetropolisProposalShape``); returns whether it moved.
    @inline(__always)
    mutating func independenceStep<Model: SamplerDensity>(model: Model, shape: MetropolisProposalShape) -> Bool {
        let proposal = shape.independenceDraw(&rng)
        let proposalDensity = model.samplerLogDensity(proposal).logDensity
        let stateLogQ = stateIndependenceLogDensity ?? shape.independenceLogDensity(state)
        let proposalLogQ = shape.independenceLogDensity(proposal)
        let logRatio = proposalDensity - logDensity + stateLogQ - proposalLogQ
        let uniform = rng.nextOpenDouble()
        let accept = proposalDensity.isFinite && log(uniform) < logRatio
        if accept {
            state = proposal
            logDensity = proposalDensity
            stateIndependenceLogDensity = proposalLogQ
        } else {
            stateIndependenceLogDensity = stateLogQ
        }
        return accept
    }

    /// Iteration `iteration`'s step: independence or random walk (see
    /// ``MetropolisProposalShape/independencePeriod``);
    /// returns (accepted, the random walk's acceptance probability or nil).
    @inline(__always)
    mutating func step<Model: SamplerDensity>(
        model: Model, shape: MetropolisProposalShape, logScale: Double,
        iteration: Int
    ) -> (Bool, Double?) {
        if shape.isEstimated && iteration % shape.independencePeriod != 0 {
            return (independenceStep(model: model, shape: shape), nil)
        }
        let (accepted, probability) = randomWalkStep(model: model, shape: shape, logScale: logScale)
        return (accepted, probability)
    }

    /// Runs one warm-up window, tuning this chain's ln s, and returns the visited states' moments;
    /// if `states` is given, every `stride`-th visited state (from the first) is appended to it.
    mutating func warmUp<Model: SamplerDensity>(
        model: Model, shape: MetropolisProposalShape, iterations: Int, states: inout [SIMD4<Double>]?,
        stride: Int = 1, report: (Int) -> Void
    ) -> CovarianceAccumulator4 {
        var accumulator = CovarianceAccumulator4()
        stateIndependenceLogDensity = nil  // the shape may have changed since the last window
        var sinceReport = 0
        let reportEvery = 1000
        for iteration in 0..<iterations {
            let (_, acceptance) = step(model: model, shape: shape, logScale: logScale, iteration: iteration)
            if let acceptance {
                adaptationStep += 1
                logScale += pow(Double(adaptationStep), -0.6) * (acceptance - Self.targetAcceptance)
            }
            accumulator.add(state)
            if iteration % stride == 0 { states?.append(state) }
            sinceReport += 1
            if sinceReport == reportEvery {
                report(sinceReport)
                sinceReport = 0
            }
        }
        if sinceReport > 0 { report(sinceReport) }
        return accumulator
    }

    /// Restarts the scale adaptation at `logScale` (after a covariance update).
    mutating func resetScale(to value: Double) {
        logScale = value
        adaptationStep = 0
    }

    /// Draws `draws` states with the frozen kernel and records their ln λ and ln β, one entry per
    /// run of repeated draws (λ, β and r = λ/β follow from them, ``ChainRuns``).
    mutating func sample<Model: SamplerDensity>(
        model: Model, shape: MetropolisProposalShape, logScale: Double, draws: Int,
        report: (Int) -> Void
    ) -> Output {
        var output = Output()
        stateIndependenceLogDensity = nil  // the shape may have changed since warm-up
        var sinceReport = 0
        let reportEvery = 1000
        // A rejected proposal keeps the state: the draw repeats and only its run grows.
        for iteration in 0..<draws {
            let (accepted, _) = step(model: model, shape: shape, logScale: logScale, iteration: iteration)
            output.record(logLambda: state[0], logBeta: state[1], moved: accepted)
            sinceReport += 1
            if sinceReport == reportEvery {
                report(sinceReport)
                sinceReport = 0
            }
        }
        if sinceReport > 0 { report(sinceReport) }
        return output
    }
}

/// A lower-triangular 4×4 matrix stored by rows (10 entries used).
struct LowerTriangular4: Sendable {
    var entries: SIMD16<Double>  // row-major 4×4

    static let identity = LowerTriangular4(entries: SIMD16(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1))

    init(entries: SIMD16<Double>) { self.entries = entries }

    /// The Cholesky factor of a symmetric positive definite 4×4 matrix (row-major), or nil.
    init?(cholesky a: [Double]) {
        var l = SIMD16<Double>(repeating: 0)
        for i in 0..<4 {
            for j in 0...i {
                var sum = a[4 * i + j]
                for k in 0..<j { sum -= l[4 * i + k] * l[4 * j + k] }
                if i == j {
                    guard sum > 0, sum.isFinite else { return nil }
                    l[4 * i + i] = sum.squareRoot()
                } else {
                    l[4 * i + j] = sum / l[4 * j + j]
                }
            }
        }
        entries = l
    }

    /// L⁻¹·b by forward substitution.
    func solve(_ b: SIMD4<Double>) -> SIMD4<Double> {
        let e = entries
        let y0 = b[0] / e[0]
        let y1 = (b[1] - e[4] * y0) / e[5]
        let y2 = (b[2] - e[8] * y0 - e[9] * y1) / e[10]
        let y3 = (b[3] - e[12] * y0 - e[13] * y1 - e[14] * y2) / e[15]
        return SIMD4(y0, y1, y2, y3)
    }

    func multiply(_ z: SIMD4<Double>) -> SIMD4<Double> {
        let e = entries
        return SIMD4(
            e[0] * z[0],
            e[4] * z[0] + e[5] * z[1],
            e[8] * z[0] + e[9] * z[1] + e[10] * z[2],
            e[12] * z[0] + e[13] * z[1] + e[14] * z[2] + e[15] * z[3]
        )
    }
}

/// Welford's running mean and covariance of 4-vectors.
struct CovarianceAccumulator4: Sendable {
    var count = 0
    var mean = SIMD4<Double>(repeating: 0)
    var comoment = [Double](repeating: 0, count: 16)

    mutating func add(_ v: SIMD4<Double>) {
        count += 1
        let delta = v - mean
        mean += delta / Double(count)
        let delta2 = v - mean
        for i in 0..<4 {
            for j in 0..<4 { comoment[4 * i + j] += delta[i] * delta2[j] }
        }
    }

    /// Merges another accumulator (Chan et al.'s pairwise update); the order of merges is fixed
    /// by the caller, so the result is reproducible.
    mutating func merge(_ other: CovarianceAccumulator4) {
        guard other.count > 0 else { return }
        guard count > 0 else { self = other; return }
        let n1 = Double(count), n2 = Double(other.count)
        let n = n1 + n2
        let delta = other.mean - mean
        for i in 0..<4 {
            for j in 0..<4 {
                comoment[4 * i + j] += other.comoment[4 * i + j] + delta[i] * delta[j] * n1 * n2 / n
            }
        }
        mean += delta * (n2 / n)
        count += other.count
    }

    /// n/(n+5)·Σ + 10⁻³·5/(n+5)·I (Stan's regularisation), or nil with fewer than 2 points.
    func regularizedCovariance() -> [Double]? {
        guard count >= 2 else { return nil }
        let n = Double(count)
        var result = comoment.map { $0 / (n - 1) * n / (n + 5) }
        for i in 0..<4 { result[5 * i] += 1e-3 * 5 / (n + 5) }
        // Symmetrise against rounding.
        for i in 0..<4 {
            for j in 0..<i {
                let average = (result[4 * i + j] + result[4 * j + i]) / 2
                result[4 * i + j] = average
                result[4 * j + i] = average
            }
        }
        return result
    }
}
