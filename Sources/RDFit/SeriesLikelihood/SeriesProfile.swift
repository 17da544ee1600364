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

/// The profile likelihood of r = λ/β: ℓ_p(r) = max ℓ subject to λ = r·β, and the interval
/// {r : 2·(ℓ̂ − ℓ_p(r)) ≤ χ²₁(level)}.
///
/// Each end is bracketed by stepping out from r̂ in doubling steps (first step the Wald standard
/// error, at least 0.02·max(1, |r̂|)), each profile fit warm-started from the nearest fit already
/// made, then located by Brent's method to 1e-4·max(1, |r̂|). An end not bracketed within
/// ``maximumDoublings`` steps is reported as unbounded.
///
/// For stable noise the search runs on the interpolated likelihood the fits maximise; each end
/// found is then corrected with the exact density: the excess 2·(ℓ̂ − ℓ_p(r)) − χ² is recomputed
/// exactly at the end and removed by one Newton step with the slope of a quadratic profile,
/// 2χ²/(r − r̂) (the correction is of the order of the interpolation error, so one step is enough).
struct SeriesProfile {
    static let maximumDoublings = 12

    let data: SeriesData
    let full: SeriesFit
    let tolerance: Double
    /// The free fit's log-likelihood with the exact density.
    let fullExactLogLikelihood: Double
    /// Profile fits made so far, by r.
    private(set) var fits: [(r: Double, fit: SeriesFit)] = []

    init(data: SeriesData, full: SeriesFit, tolerance: Double, fullExactLogLikelihood: Double) {
        self.data = data
        self.full = full
        self.tolerance = tolerance
        self.fullExactLogLikelihood = fullExactLogLikelihood
    }

    /// The maximised log-likelihood with λ = r·β.
    mutating func logLikelihood(at r: Double) throws -> SeriesFit {
        let map = SeriesParameterization(noise: full.parameterization.noise, restriction: .ratioFixed(r))
        let nearest = fits.min { abs($0.r - r) < abs($1.r - r) }
        var start = nearest?.fit.parameters ?? full.parameters
        if nearest == nil || abs(full.parameters.returns - r) < abs(nearest!.r - r) { start = full.parameters }
        start.lambda = r * start.beta
        let fit = try SeriesFitting.fit(
            data, map, starts: [start], tolerance: tolerance, explore: false,
            subject: "profile likelihood at r = \(PlainNumber.text(r))")
        fits.append((r, fit))
        return fit
    }

    /// `end` moved by one Newton step on the exact-density excess (stable noise; unchanged for
    /// Gaussian noise, whose likelihood is exact already).
    mutating func exactlyCorrected(
        _ end: Double, rHat: Double, critical: Double, failures: inout [String]
    ) -> Double? {
        guard full.parameterization.noise == .stable, end != rHat else { return end }
        do {
            let fit = try logLikelihood(at: end)
            let exact = SeriesFitting.exactLogLikelihood(fit, data: data)
            let excess = 2 * (fullExactLogLikelihood - exact) - critical
            return end - excess * (end - rHat) / (2 * critical)
        } catch {
            failures.append("\(error)")
            return nil
        }
    }

    /// The interval ends (nil = unbounded, or not found when a profile fit failed: `failures`
    /// then says where and why).
    mutating func interval(
        level: Double, waldStandardError: Double?
    )
        -> (lower: Double?, upper: Double?, failures: [String])
    {
        let critical = pow(NormalDistribution.twoSidedCriticalValue(level: level), 2)
        let rHat = full.parameters.returns
        let scale = max(1, abs(rHat))
        let firstStep = max(waldStandardError ?? 0, 0.02 * scale)
        let excess: (inout SeriesProfile, Double) throws -> Double = { profile, r in
            2 * (profile.full.logLikelihood - (try profile.logLikelihood(at: r).logLikelihood)) - critical
        }
        var ends: [Double?] = []
        var failures: [String] = []
        for direction in [-1.0, 1.0] {
            var inside = rHat, insideValue = -critical, step = firstStep, outside: Double?
            do {
                for _ in 0..<Self.maximumDoublings {
                    let trial = rHat + direction * step
                    let value = try excess(&self, trial)
                    if value > 0 {
                        outside = trial
                        break
                    }
                    inside = trial
                    insideValue = value
                    step *= 2
                }
            } catch {
                failures.append("\(error)")
            }
            guard let outside else {
                ends.append(nil)
                continue
            }
            var failure: Error?
            var profile = self
            let root = RootFinding.brent(
                from: inside, to: outside, fa: insideValue,
                tolerance: 1e-4 * scale
            ) { r in
                do { return try excess(&profile, r) } catch {
                    failure = error
                    return .nan
                }
            }
            self = profile
            if let failure { failures.append("\(failure)") }
            guard failure == nil, let root else {
                ends.append(nil)
                continue
            }
            ends.append(exactlyCorrected(root, rHat: rHat, critical: critical, failures: &failures))
        }
        return (ends[0], ends[1], failures)
    }
}
