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

/// Loader's saddle-point evaluation of Poisson-type log terms, ln(λ^k e^(−λ) / Γ(k+1)) for real
/// k ≥ 0 (C. Loader 2000, "Fast and accurate computation of binomial probabilities"; as in R's
/// `dpois_raw`). Writing it as −stirlerr(k) − bd0(k, λ) − ½ ln(2πk) avoids the cancellation of
/// k·ln λ, λ and lgamma(k+1), each of which can be 10²⁰ times the result when k and λ are huge
/// (low-noise parameter draws with a large order ν).
enum LoaderPoissonTerms {
    /// ln(λ^k e^(−λ) / Γ(k+1)) for k ≥ 0, λ ≥ 0.
    static func logTerm(_ k: Double, _ lambda: Double) -> Double {
        if lambda == 0 { return k == 0 ? 0 : -.infinity }
        if k < 1 { return k * log(lambda) - lambda - lgamma(k + 1) }
        return -stirlingError(k) - deviance(k, lambda) - 0.5 * log(2 * Double.pi * k)
    }

    /// stirlerr(n) = lgamma(n+1) − (n+½)ln n + n − ½ln(2π), the error of Stirling's formula;
    /// series in 1/n for n > 15, direct below (no cancellation problem there).
    static func stirlingError(_ n: Double) -> Double {
        let s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188
        if n <= 15 {
            return lgamma(n + 1) - (n + 0.5) * log(n) + n - 0.5 * log(2 * Double.pi)
        }
        let nn = n * n
        if n > 500 { return (s0 - s1 / nn) / n }
        if n > 80 { return (s0 - (s1 - s2 / nn) / nn) / n }
        if n > 35 { return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n }
        return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n
    }

    /// bd0(x, μ) = x·ln(x/μ) + μ − x ≥ 0, by a series in v = (x−μ)/(x+μ) when x ≈ μ.
    static func deviance(_ x: Double, _ mu: Double) -> Double {
        let difference = x - mu
        if abs(difference) < 0.1 * (x + mu) {
            let v = difference / (x + mu)
            var sum = difference * v
            var term = 2 * x * v
            let v2 = v * v
            var j = 1.0
            while j < 1000 {
                term *= v2
                let next = sum + term / (2 * j + 1)
                if next == sum { return next }
                sum = next
                j += 1
            }
            return sum
        }
        return x * log(x / mu) + mu - x
    }
}
