import Foundation

/// One chain of adaptive random-walk Metropolis in the four unconstrained coordinates
/// v = (ln λ, ln β, ln σ_s, w) of ``BayesSingleEndpointModel/samplerLogDensity(_:)``
/// (w is ln u standardised around the low-noise solution, which removes a funnel).
///
/// Proposal q′ = q + s·L·z with z standard normal and L the Cholesky factor of a covariance
/// estimate. During warm-up (Andrieu & Thoms 2008, "A tutorial on adaptive MCMC", algorithm 4,
/// with Stan-style windows):
/// - ln s follows a Robbins–Monro recursion towards acceptance probability 0.25
///   (gain (k+1)^(−0.6), k counted from the last reset);
/// - L is re-estimated at 10%, 25%, 50% and 85% of the warm-up from the draws of the window
///   just ended (covariance shrunk towards 10⁻³·I as n/(n+5)·Σ + 10⁻³·5/(n+5)·I), and s reset
///   to 2.38/√4 (Roberts, Gelman & Gilks 1997);
/// - the last 15% only tunes s.
/// After warm-up s and L are frozen, so the retained draws come from a fixed Metropolis kernel
/// that leaves the posterior invariant. Starting points are drawn from v ~ Normal(0, I)
/// (λ, β, σ_s around 1, the HalfCauchy median; u near its low-noise solution), overdispersed
/// relative to the posterior.
struct AdaptiveMetropolisChain {
    /// Target acceptance probability of the scale adaptation.
    static let targetAcceptance = 0.25
    /// Fractions of the warm-up at which the covariance is re-estimated.
    static let windowEnds: [Double] = [0.10, 0.25, 0.50, 0.85]
    /// Number of attempts to find a finite starting point.
    static let startAttempts = 1000

    /// The retained draws of one chain.
    struct Output: Sendable {
        var lambda: [Double]
        var beta: [Double]
        var r: [Double]
        var accepted: Int
    }

    /// Runs the chain.
    /// - Parameters:
    ///   - model: the posterior.
    ///   - seed, stream: the chain's generator, `Xoshiro256StarStar(seed:stream:)`.
    ///   - warmUp, draws: iteration counts.
    ///   - report: called with the number of iterations done since the previous call.
    /// - Returns: the draws, or nil if no finite starting point was found.
    static func run(
        model: BayesSingleEndpointModel,
        seed: UInt64,
        stream: UInt64,
        warmUp: Int,
        draws: Int,
        report: (Int) -> Void
    ) -> Output? {
        var rng = Xoshiro256StarStar(seed: seed, stream: stream)
        var q = SIMD4<Double>(repeating: 0)
        var logDensity = -Double.infinity
        for _ in 0..<startAttempts {
            q = SIMD4(rng.nextStandardNormal(), rng.nextStandardNormal(), rng.nextStandardNormal(), rng.nextStandardNormal())
            logDensity = model.samplerLogDensity(q).logDensity
            if logDensity.isFinite { break }
        }
        guard logDensity.isFinite else { return nil }

        var factor = LowerTriangular4.identity
        var logScale = log(0.5)
        var adaptationStep = 0
        let windowBoundaries = windowEnds.map { Int((Double(warmUp) * $0).rounded()) }
        var windowStart = 0
        var accumulator = CovarianceAccumulator4()

        var output = Output(lambda: [], beta: [], r: [], accepted: 0)
        output.lambda.reserveCapacity(draws)
        output.beta.reserveCapacity(draws)
        output.r.reserveCapacity(draws)
        let reportEvery = max(1, (warmUp + draws) / 50)
        var sinceReport = 0

        for iteration in 0..<(warmUp + draws) {
            let z = SIMD4(rng.nextStandardNormal(), rng.nextStandardNormal(), rng.nextStandardNormal(), rng.nextStandardNormal())
            let proposal = q + exp(logScale) * factor.multiply(z)
            let proposalDensity = model.samplerLogDensity(proposal).logDensity
            let logRatio = proposalDensity - logDensity
            let uniform = rng.nextOpenDouble()
            let accept = proposalDensity.isFinite && log(uniform) < logRatio
            if accept {
                q = proposal
                logDensity = proposalDensity
            }
            if iteration < warmUp {
                let acceptance = proposalDensity.isFinite ? min(1, exp(min(0, logRatio))) : 0
                adaptationStep += 1
                logScale += pow(Double(adaptationStep), -0.6) * (acceptance - targetAcceptance)
                accumulator.add(q)
                if windowBoundaries.contains(iteration + 1), iteration + 1 > windowStart {
                    if accumulator.count >= 20, let estimate = accumulator.regularizedCovariance(), let chol = LowerTriangular4(cholesky: estimate) {
                        factor = chol
                        logScale = log(2.38 / 2)
                        adaptationStep = 0
                    }
                    accumulator = CovarianceAccumulator4()
                    windowStart = iteration + 1
                }
            } else {
                if accept { output.accepted += 1 }
                output.lambda.append(exp(q[0]))
                output.beta.append(exp(q[1]))
                output.r.append(exp(q[0] - q[1]))
            }
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
struct CovarianceAccumulator4 {
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
