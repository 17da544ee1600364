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

/// Bootstrap and Wald-normal draws of r for a full-series fit, in parallel and deterministic:
/// replicate b of each kind draws from `Xoshiro256StarStar(seed:stream:)` with stream
/// b + kind offset, so the draws do not depend on the thread count.
enum SeriesReplicates {
    /// Stream offsets per kind (replicate b uses offset + b).
    static func streamOffset(_ kind: SeriesDraws.Kind) -> UInt64 {
        switch kind {
        case .transitionBootstrap: return 0
        case .parametricBootstrap: return 1 << 40
        case .waldNormal: return 2 << 40
        }
    }

    /// Runs `count` replicates of `kind`; a replicate returning nil counts as failed.
    static func run(
        _ kind: SeriesDraws.Kind, count: Int, seed: UInt64, threads: Int,
        _ replicate: @escaping @Sendable (inout Xoshiro256StarStar) -> Double?
    ) -> SeriesDraws {
        guard count > 0 else { return SeriesDraws(kind: kind, values: [], failed: 0, seed: seed) }
        let buffer = SendableBuffer(count: count)
        let workers = max(1, min(threads, count))
        let chunks = workers == 1 ? 1 : min(count, workers * 8)
        let offset = streamOffset(kind)
        let work: @Sendable (Int) -> Void = { chunk in
            for b in (chunk * count / chunks)..<((chunk + 1) * count / chunks) {
                var generator = Xoshiro256StarStar(seed: seed, stream: offset + UInt64(b))
                let value = replicate(&generator)
                buffer.pointer[b] = value.flatMap { $0.isFinite ? $0 : nil } ?? .nan
            }
        }
        if chunks == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: chunks, execute: work) }
        let all = buffer.toArray()
        let values = all.filter { !$0.isNaN }
        return SeriesDraws(kind: kind, values: values, failed: count - values.count, seed: seed)
    }

    /// Transition bootstrap: resample the transitions with replacement and refit from the estimate,
    /// BFGS seeded with the full fit's covariance (`inverseHessian`, when defined) as its first
    /// inverse-Hessian approximation.
    static func transitionBootstrap(
        data: SeriesData, fit: SeriesFit, count: Int, seed: UInt64, threads: Int,
        tolerance: Double, inverseHessian: [[Double]]? = nil
    ) -> SeriesDraws {
        let n = data.transitionCount
        return run(.transitionBootstrap, count: count, seed: seed, threads: threads) { generator in
            let indices = (0..<n).map { _ in generator.nextInt(below: n) }
            return refit(data.transitions(indices), fit: fit, tolerance: tolerance, inverseHessian: inverseHessian)
        }
    }

    /// Parametric bootstrap: simulate from the fitted model and refit.
    static func parametricBootstrap(
        data: SeriesData, fit: SeriesFit, count: Int, seed: UInt64, threads: Int,
        tolerance: Double
    ) -> SeriesDraws {
        run(.parametricBootstrap, count: count, seed: seed, threads: threads) { generator in
            guard
                let simulated = SeriesSimulation.simulate(
                    data, parameters: fit.parameters,
                    noise: fit.parameterization.noise,
                    generator: &generator)
            else { return nil }
            return refit(simulated, fit: fit, tolerance: tolerance)
        }
    }

    /// (β, λ) from the bivariate normal law with the Wald covariance; r = λ/β.
    static func waldNormal(fit: SeriesFit, covariance: SeriesCovariance, count: Int, seed: UInt64) -> SeriesDraws {
        let m = covariance.matrix
        let sdBeta = m[0][0].squareRoot()
        guard sdBeta > 0, m[1][1] > 0 else {
            return SeriesDraws(kind: .waldNormal, values: [], failed: count, seed: seed)
        }
        let slope = m[0][1] / sdBeta
        let residual = max(m[1][1] - slope * slope, 0).squareRoot()
        let beta = fit.parameters.beta, lambda = fit.parameters.lambda
        return run(.waldNormal, count: count, seed: seed, threads: 1) { generator in
            let z1 = generator.nextStandardNormal(), z2 = generator.nextStandardNormal()
            let b = beta + sdBeta * z1
            return (lambda + slope * z1 + residual * z2) / b
        }
    }

    static func refit(
        _ data: SeriesData, fit: SeriesFit, tolerance: Double, inverseHessian: [[Double]]? = nil
    ) -> Double? {
        let fitted = try? SeriesFitting.fit(
            data, fit.parameterization, starts: [fit.parameters], tolerance: tolerance,
            explore: false, subject: "bootstrap refit", initialInverse: inverseHessian)
        return fitted?.parameters.returns
    }
}
